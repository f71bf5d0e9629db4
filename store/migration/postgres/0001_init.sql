-- Users are WeChat openids the bot has heard from.
CREATE TABLE users (
    openid          TEXT PRIMARY KEY,
    first_seen      TIMESTAMPTZ NOT NULL,
    last_seen       TIMESTAMPTZ NOT NULL, -- last message from the user: opens WeChat's 48 h window
    subscribed      BOOLEAN NOT NULL DEFAULT TRUE,
    reminders_off   BOOLEAN NOT NULL DEFAULT FALSE,
    last_nudge      TIMESTAMPTZ NULL
);

-- Inbound holds one row per WeChat message or event; the primary key is the
-- dedupe key (MsgId, or FromUserName+CreateTime+Event), so a retry never acts twice.
CREATE TABLE inbound (
    dedupe_key      TEXT PRIMARY KEY,
    openid          TEXT NOT NULL,
    msg_type        TEXT NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    state           TEXT NOT NULL DEFAULT 'working', -- working | replied | async
    reply           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inbound_received_at ON inbound (received_at);

CREATE TABLE entries (
    id                  BIGSERIAL PRIMARY KEY,
    openid              TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'draft',
    unit                TEXT NOT NULL DEFAULT '',
    seq                 INTEGER NOT NULL DEFAULT 0,
    title               TEXT NOT NULL DEFAULT '',
    producer            TEXT NOT NULL DEFAULT '',
    contact             TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    duration_seconds    INTEGER NOT NULL DEFAULT 0,
    category            TEXT NOT NULL DEFAULT '',
    supervisor          TEXT NOT NULL DEFAULT '',
    director            TEXT NOT NULL DEFAULT '',
    writer              TEXT NOT NULL DEFAULT '',
    camera              TEXT NOT NULL DEFAULT '',
    editor              TEXT NOT NULL DEFAULT '',
    creators_done       BOOLEAN NOT NULL DEFAULT FALSE,
    synopsis            TEXT NOT NULL DEFAULT '',
    summary             TEXT NOT NULL DEFAULT '',
    copyright_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    made_since_2025     BOOLEAN NULL,
    unpublished         BOOLEAN NULL,
    unit_work           BOOLEAN NULL,
    ai_used             BOOLEAN NULL,
    ai_labelled         BOOLEAN NULL,
    video_url           TEXT NOT NULL DEFAULT '',
    check_verdict       TEXT NOT NULL DEFAULT '',
    check_json          TEXT NOT NULL DEFAULT '',
    checked_at          TIMESTAMPTZ NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    completed_at        TIMESTAMPTZ NULL
);
CREATE INDEX entries_openid ON entries (openid);
CREATE INDEX entries_unit ON entries (unit, seq);

-- Entry events are the history staff see on an entry's page.
CREATE TABLE entry_events (
    id          BIGSERIAL PRIMARY KEY,
    entry_id    BIGINT NOT NULL REFERENCES entries (id),
    at          TIMESTAMPTZ NOT NULL,
    what        TEXT NOT NULL
);
CREATE INDEX entry_events_entry ON entry_events (entry_id);

-- Dialog state is the conversation's memory for one user (JSON owned by dialogs).
CREATE TABLE dialog_state (
    openid      TEXT PRIMARY KEY,
    state       TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- Outbox holds messages to push (customer-service or template), delivered
-- with retries; dedupe_key makes an enqueue idempotent.
CREATE TABLE outbox (
    id              BIGSERIAL PRIMARY KEY,
    openid          TEXT NOT NULL,
    kind            TEXT NOT NULL,               -- text | template
    body            TEXT NOT NULL,
    dedupe_key      TEXT NULL UNIQUE,
    created_at      TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    lease_until     TIMESTAMPTZ NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    state           TEXT NOT NULL DEFAULT 'pending', -- pending | sent | failed
    sent_at         TIMESTAMPTZ NULL,
    last_error      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_openid_sent ON outbox (openid, sent_at);

-- Reminders record each (user, slot) once, across restarts and instances.
CREATE TABLE reminders (
    openid      TEXT NOT NULL,
    slot        TEXT NOT NULL,
    planned_at  TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ NULL,
    channel     TEXT NOT NULL DEFAULT '',  -- customer | template | unreachable | skipped
    status      TEXT NOT NULL DEFAULT '',  -- claimed | sent | unreachable | failed
    detail      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (openid, slot)
);

-- Settings keep small operational facts (the WeChat self-check result).
CREATE TABLE settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
