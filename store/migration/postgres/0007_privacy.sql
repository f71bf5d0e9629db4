-- When the user was shown the personal-information notice (个人信息保护法 第十七条).
ALTER TABLE users ADD COLUMN privacy_seen_at TIMESTAMPTZ NULL;

-- Deletions record that personal information was deleted, by whom and why,
-- without keeping any of it: subject is "user <hashed openid>" or "entry <id>".
CREATE TABLE deletions (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    subject     TEXT NOT NULL,
    actor       TEXT NOT NULL,   -- "user" (the person themselves), "purge", or a staff login
    reason      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);

-- Jobs claim a periodic pass once per slot across instances (the retention purge).
CREATE TABLE jobs (
    name        TEXT NOT NULL,
    slot        TEXT NOT NULL,
    claimed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (name, slot)
);
