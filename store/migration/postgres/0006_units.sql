-- Units are the 推荐单位 shared by their contacts (issue 13). The first
-- contact of a unit is its coordinator and holds its code; colleagues join
-- with the code (or staff join them), and only members see the unit's entries.
CREATE TABLE units (
    name                TEXT PRIMARY KEY,
    code                TEXT NOT NULL UNIQUE,
    coordinator_openid  TEXT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE unit_members (
    unit        TEXT NOT NULL REFERENCES units (name) ON DELETE CASCADE,
    openid      TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'member', -- coordinator | member
    added_by    TEXT NOT NULL DEFAULT 'chat',   -- chat | staff
    joined_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (unit, openid)
);
CREATE INDEX unit_members_openid ON unit_members (openid);

-- Wrong unit codes, counted per openid so codes cannot be guessed.
CREATE TABLE unit_code_failures (
    openid      TEXT NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX unit_code_failures_openid ON unit_code_failures (openid, at);
