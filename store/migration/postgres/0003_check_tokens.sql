-- Check tokens open a user's own check page (/check/TOKEN) for 24 hours.
-- Only a SHA-256 of the token is kept, so the table cannot open pages. Each
-- token counts its checks in a window for the rate limit.
CREATE TABLE check_tokens (
    token_hash      TEXT PRIMARY KEY,
    openid          TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    window_start    TIMESTAMPTZ NULL,
    window_uses     INTEGER NOT NULL DEFAULT 0,
    uses            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX check_tokens_expires ON check_tokens (expires_at);
CREATE INDEX check_tokens_openid ON check_tokens (openid);
