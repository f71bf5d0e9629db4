package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"testing"

	"contestbot"
	"contestbot/store"
	"contestbot/store/storetest"
)

// TestUnitKeySeq (s11-a): a 推荐单位 is stored as typed, and the works of one
// school share one 序号 sequence, one unit and one list whatever name each
// was typed under; a school's 二级学院 and bodies of no school are their own
// units.
func TestUnitKeySeq(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		storetest.Each(t, func(t *testing.T, db *store.DB) {
			typed := []string{"漯河市第二中等专业学校党委", "漯河市第二中等专业学校", "中共漯河市第二中等专业学校委员会",
				"漯河市第二中等专业学校党委组织部"}
			var es []*contestbot.Entry
			for i, u := range typed {
				e := completeEntry("u1", u, "片"+string(rune('A'+i)))
				if err := db.SaveTurn(ctx, "u1", nil, e); err != nil {
					t.Fatal(err)
				}
				es = append(es, e)
			}
			for i, e := range es {
				got, err := db.Entry(ctx, e.ID)
				if err != nil {
					t.Fatal(err)
				}
				if got.Unit != typed[i] || got.Seq != i+1 {
					t.Errorf("entry %d: unit %q seq %d; want %q seq %d", i, got.Unit, got.Seq, typed[i], i+1)
				}
			}
			// Another school's work, its 二级学院 and a body of no school:
			// each starts its own sequence.
			for _, u := range []string{"河南工业职业技术学院", "漯河市第二中等专业学校信息工程学院", "中共河南省委教育工作委员会"} {
				e := completeEntry("u1", u, "别的")
				if err := db.SaveTurn(ctx, "u1", nil, e); err != nil {
					t.Fatal(err)
				}
				if e.Seq != 1 {
					t.Errorf("%s: seq %d; want 1 (its own unit)", u, e.Seq)
				}
			}
			// The filter by unit takes any of the names, in 序号 order.
			for _, u := range []string{"漯河市第二中等专业学校", "漯河市第二中等专业学校党委"} {
				got, err := db.Entries(ctx, store.EntryFilter{Unit: u})
				if err != nil || len(got) != 4 {
					t.Fatalf("filter %q: %d entries, %v", u, len(got), err)
				}
				for i, e := range got {
					if e.Seq != i+1 {
						t.Errorf("filter %q: #%d seq %d", u, i, e.Seq)
					}
				}
			}
			// One unit, named by its school, with u1 its coordinator.
			un, err := db.Unit(ctx, "中共漯河市第二中等专业学校委员会")
			if err != nil || un.Name != "漯河市第二中等专业学校" || un.Coordinator != "u1" {
				t.Fatalf("unit %+v, %v", un, err)
			}
			// A colleague who joins with the code shares all four, and adds
			// the fifth to the same sequence under yet another name.
			if _, err := db.JoinUnit(ctx, "u2", un.Code); err != nil {
				t.Fatal(err)
			}
			e := completeEntry("u2", "漯河市第二中等专业学校党委宣传部", "第五个")
			if err := db.SaveTurn(ctx, "u2", nil, e); err != nil {
				t.Fatal(err)
			}
			if e.Seq != 5 {
				t.Errorf("colleague's work: seq %d; want 5", e.Seq)
			}
			shared, err := db.SharedEntries(ctx, "u2")
			if err != nil || len(shared) != 5 {
				t.Fatalf("u2 shares %d entries, %v", len(shared), err)
			}
			name, _, err := db.UnitContact(ctx, "漯河市第二中等专业学校党委")
			if err != nil || name != "张伟" {
				t.Fatalf("unit contact %q, %v", name, err)
			}
		})
	})
}

// TestMigrationUnitKey: a database from before migration 0008 (no
// unit_key), holding works typed as a school and as its 党委 under two units
// with clashing 序号, is re-keyed at Open: one unit, no 序号 twice, the
// typed names untouched, the second unit's contact a member of the first.
func TestMigrationUnitKey(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		storetest.OpenFile(t, path).Close() // every migration
		testMigrationUnitKey(t, "sqlite", path, "sqlite", "file:"+path)
	})
	t.Run("postgres", func(t *testing.T) {
		url := storetest.PostgresURL(t)
		if url == "" {
			t.Skip(storetest.PostgresDSNEnv + " not set")
		}
		testMigrationUnitKey(t, "postgres", url, "pgx", url)
	})
}

func testMigrationUnitKey(t *testing.T, driver, dsn, rawDriver, rawDSN string) {
	ctx := context.Background()
	db, err := store.Open(ctx, driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, x := range []struct{ who, unit string }{{"u1", "郑州财经学校"}, {"u1", "郑州财经学校"}, {"u2", "郑州财经学校党委"}, {"u2", "郑州财经学校党委"}} {
		e := completeEntry(x.who, x.unit, "片")
		if err := db.SaveTurn(ctx, x.who, nil, e); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, e.ID)
	}
	db.Close()
	raw, err := sql.Open(rawDriver, rawDSN)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	// As an older binary left it: the 党委's works numbered 1, 2 in a unit of
	// their own, claimed by u2, and no unit_key column.
	for _, stmt := range []string{
		`UPDATE entries SET seq = 1 WHERE id = ` + itoa(ids[2]),
		`UPDATE entries SET seq = 2 WHERE id = ` + itoa(ids[3]),
		`INSERT INTO units (name, code, coordinator_openid, created_at) VALUES ('郑州财经学校党委', 'K7M3Q9', 'u2', '2025-09-01 00:00:00')`,
		`INSERT INTO unit_members (unit, openid, role, added_by, joined_at) VALUES ('郑州财经学校党委', 'u2', 'coordinator', 'chat', '2025-09-01 00:00:00')`,
		`DROP INDEX entries_unit_key`,
		`ALTER TABLE entries DROP COLUMN unit_key`,
		`DELETE FROM schema_migrations WHERE version = '0008_unit_key.sql'`,
	} {
		if _, err := raw.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	db, err = store.Open(ctx, driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		unit string
		seq  int
	}{{"郑州财经学校", 1}, {"郑州财经学校", 2}, {"郑州财经学校党委", 3}, {"郑州财经学校党委", 4}}
	for i, id := range ids {
		e, err := db.Entry(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if e.Unit != want[i].unit || e.Seq != want[i].seq {
			t.Errorf("entry %d: %q seq %d; want %q seq %d", id, e.Unit, e.Seq, want[i].unit, want[i].seq)
		}
	}
	units, err := db.Units(ctx)
	if err != nil || len(units) != 1 || units[0].Name != "郑州财经学校" || units[0].Coordinator != "u1" {
		t.Fatalf("units %+v, %v", units, err)
	}
	ms, err := db.UnitMembers(ctx, "郑州财经学校党委")
	if err != nil || len(ms) != 2 || ms[1].OpenID != "u2" || ms[1].Role != contestbot.RoleMember {
		t.Fatalf("members %+v, %v", ms, err)
	}
	// A new work of either name takes the next number.
	e := completeEntry("u2", "郑州财经学校党委", "新")
	if err := db.SaveTurn(ctx, "u2", nil, e); err != nil || e.Seq != 5 {
		t.Fatalf("new work seq %d, %v; want 5", e.Seq, err)
	}
	// Opening again changes nothing.
	db.Close()
	db, err = store.Open(ctx, driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if e, _ := db.Entry(ctx, ids[2]); e.Seq != 3 {
		t.Errorf("after a second Open: seq %d; want 3", e.Seq)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
