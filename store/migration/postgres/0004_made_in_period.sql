-- The eligibility answer "made within the season's period" was stored as
-- made_since_2025, a season-1 name. Renaming keeps every answer given.
ALTER TABLE entries RENAME COLUMN made_since_2025 TO made_in_period;
