-- Callback replay guard: every accepted (timestamp, nonce, signature) with
-- a digest of its body, kept past the 5-minute timestamp window, so a
-- captured callback URL cannot carry another body.
CREATE TABLE callback_seen (
    timestamp   TEXT NOT NULL,
    nonce       TEXT NOT NULL,
    signature   TEXT NOT NULL,
    body_sha256 TEXT NOT NULL,
    seen_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (timestamp, nonce, signature)
);
CREATE INDEX callback_seen_at ON callback_seen (seen_at);

-- Inbound rows keep the message itself and a lease, so a row left
-- 'working' by a dead process is taken over and answered.
ALTER TABLE inbound ADD COLUMN message TEXT NOT NULL DEFAULT '';
ALTER TABLE inbound ADD COLUMN lease_until TIMESTAMPTZ NULL;
ALTER TABLE inbound ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
CREATE INDEX inbound_working ON inbound (state, lease_until);

-- Outbox leases carry the holder's token: only the holder may resolve an
-- item. 'sending' marks the moment the API call is made.
ALTER TABLE outbox ADD COLUMN lease_token TEXT NOT NULL DEFAULT '';

-- Staff sessions live in the store, so logout and a password change end them.
CREATE TABLE admin_sessions (
    id_sha256   TEXT PRIMARY KEY,
    username    TEXT NOT NULL,
    password_fp TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    address     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admin_sessions_expires ON admin_sessions (expires_at);

-- Failed staff logins, by account and by client address.
CREATE TABLE login_failures (
    id          BIGSERIAL PRIMARY KEY,
    scope       TEXT NOT NULL,  -- 'user:NAME' or 'addr:IP'
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failures_scope ON login_failures (scope, at);

-- Document links: an opaque random token (stored as its SHA-256) that
-- names an openid server-side.
CREATE TABLE link_tokens (
    token_sha256 TEXT PRIMARY KEY,
    purpose      TEXT NOT NULL,
    openid       TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX link_tokens_expires ON link_tokens (expires_at);

-- Video checks waiting for or holding a slot of the check pool; they
-- survive a restart.
CREATE TABLE check_jobs (
    id          BIGSERIAL PRIMARY KEY,
    openid      TEXT NOT NULL,
    entry_id    BIGINT NOT NULL DEFAULT 0,
    name        TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL,
    expect      TEXT NOT NULL DEFAULT '',
    dedupe_key  TEXT NOT NULL UNIQUE,
    state       TEXT NOT NULL DEFAULT 'queued', -- queued | running | done
    created_at  TIMESTAMPTZ NOT NULL,
    lease_until TIMESTAMPTZ NULL,
    lease_token TEXT NOT NULL DEFAULT ''
);
CREATE INDEX check_jobs_state ON check_jobs (state, id);
