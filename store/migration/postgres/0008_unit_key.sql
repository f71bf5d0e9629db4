-- The unit an entry belongs to (s11-a): its 推荐单位 is kept as typed, and
-- the works of one school are one unit whatever name each was typed under
-- ("X学院党委", "中共X学院委员会" and "X学院" are X学院's). unit_key is that unit
-- (contestbot.UnitKey): 序号, ranking, the 汇总表 and the unit's contacts go
-- by it. Existing rows start with their name as the key; Open then re-keys
-- the rows whose name is a school's party body (store.rekeyUnits), since the
-- key is computed in Go, not in SQL.
ALTER TABLE entries ADD COLUMN unit_key TEXT NOT NULL DEFAULT '';
UPDATE entries SET unit_key = unit;
CREATE INDEX entries_unit_key ON entries (unit_key, seq);
