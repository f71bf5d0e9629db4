-- Check evidence is the frame each content finding of an entry's video check
-- was seen in (colour bars, caption card, corner logo), a small JPEG shown to
-- staff beside the check. n is the finding's place in the report (from 1).
CREATE TABLE check_evidence (
    entry_id    INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,
    jpeg        BLOB NOT NULL,
    created_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (entry_id, n)
);
