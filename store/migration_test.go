package store_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"contestbot"
	"contestbot/store"
	"contestbot/store/storetest"
)

// TestMigrationMadeInPeriod: a database made before migration 0004, with
// the season-1 column made_since_2025, keeps every answer as made_in_period.
func TestMigrationMadeInPeriod(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, driver, dsn string, raw *sql.DB) {
		db, err := store.Open(ctx, driver, dsn)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, v := range []*bool{contestbot.Bool(true), contestbot.Bool(false), nil} {
			e := &contestbot.Entry{OpenID: "u1", Status: contestbot.StatusDraft, Unit: "郑州职院", MadeInPeriod: v}
			if err := db.CreateEntry(ctx, e); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, e.ID)
		}
		db.Close()
		// Back to the schema before 0004, as an older binary left it.
		for _, stmt := range []string{
			`ALTER TABLE entries RENAME COLUMN made_in_period TO made_since_2025`,
			`DELETE FROM schema_migrations WHERE version = '0004_made_in_period.sql'`,
		} {
			if _, err := raw.ExecContext(ctx, stmt); err != nil {
				t.Fatalf("%s: %v", stmt, err)
			}
		}
		db, err = store.Open(ctx, driver, dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for i, want := range []string{"true", "false", "nil"} {
			e, err := db.Entry(ctx, ids[i])
			if err != nil {
				t.Fatal(err)
			}
			if got := fmtBool(e.MadeInPeriod); got != want {
				t.Errorf("entry %d: MadeInPeriod = %s; want %s", ids[i], got, want)
			}
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "old.db")
		db := storetest.OpenFile(t, path) // creates the file with every migration
		db.Close()
		raw, err := sql.Open("sqlite", "file:"+path)
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		check(t, "sqlite", path, raw)
	})
	t.Run("postgres", func(t *testing.T) {
		dsn := os.Getenv(storetest.PostgresDSNEnv)
		if dsn == "" {
			t.Skip(storetest.PostgresDSNEnv + " not set")
		}
		admin, err := sql.Open("pgx", dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer admin.Close()
		schema := fmt.Sprintf("test_%d", rand.Int64())
		if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
			t.Fatal(err)
		}
		defer admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		url := dsn + sep + "search_path=" + schema
		raw, err := sql.Open("pgx", url)
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		check(t, "postgres", url, raw)
	})
}

func fmtBool(b *bool) string {
	if b == nil {
		return "nil"
	}
	return fmt.Sprint(*b)
}
