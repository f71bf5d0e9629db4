// Package storetest opens real databases for tests: a fresh SQLite file
// under the test's temporary directory and, when
// $CONTESTBOT_TEST_POSTGRES_DSN names a server (.ci/run starts one), a fresh
// PostgreSQL schema dropped when the test ends.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"contestbot/store"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for creating schemas
)

// PostgresDSNEnv names the PostgreSQL URL the tests also run against.
const PostgresDSNEnv = "CONTESTBOT_TEST_POSTGRES_DSN"

// Opener opens one test database; each call opens it again, as a restarted
// process would. Every DB it returns is closed when the test ends.
type Opener func(tb testing.TB) *store.DB

// Open returns a fresh SQLite store with the migrations applied.
func Open(tb testing.TB) *store.DB {
	tb.Helper()
	return SQLite(tb)(tb)
}

// OpenFile opens the SQLite store at path, closed when the test ends.
func OpenFile(tb testing.TB, path string) *store.DB {
	tb.Helper()
	db, err := store.Open(context.Background(), "sqlite", path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// SQLite returns an Opener for a fresh SQLite file.
func SQLite(tb testing.TB) Opener {
	path := filepath.Join(tb.TempDir(), "test.db")
	return func(tb testing.TB) *store.DB { tb.Helper(); return OpenFile(tb, path) }
}

// Postgres returns an Opener for a fresh schema in $CONTESTBOT_TEST_POSTGRES_DSN,
// or nil when the variable is unset.
func Postgres(tb testing.TB) Opener {
	tb.Helper()
	url := PostgresURL(tb)
	if url == "" {
		return nil
	}
	return func(tb testing.TB) *store.DB {
		tb.Helper()
		db, err := store.Open(context.Background(), "postgres", url)
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { db.Close() })
		return db
	}
}

// PostgresURL returns the URL of a fresh schema in
// $CONTESTBOT_TEST_POSTGRES_DSN, dropped when the test ends, for tests that
// open the store themselves (several processes, concurrent starts); ""
// when the variable is unset.
func PostgresURL(tb testing.TB) string {
	tb.Helper()
	dsn := os.Getenv(PostgresDSNEnv)
	if dsn == "" {
		return ""
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		tb.Fatal(err)
	}
	schema := fmt.Sprintf("test_%d", rand.Int64())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		tb.Fatalf("create test schema: %v", err)
	}
	tb.Cleanup(func() {
		admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "search_path=" + schema
}

// Openers returns an Opener per driver: SQLite always, PostgreSQL when configured.
func Openers(tb testing.TB) map[string]Opener {
	out := map[string]Opener{"sqlite": SQLite(tb)}
	if pg := Postgres(tb); pg != nil {
		out["postgres"] = pg
	}
	return out
}

// Each runs fn as a subtest per driver ("sqlite", "postgres"), each with a
// fresh database; the postgres subtest is skipped when none is configured.
func Each(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, Open(t)) })
	t.Run("postgres", func(t *testing.T) {
		pg := Postgres(t)
		if pg == nil {
			t.Skip(PostgresDSNEnv + " not set")
		}
		fn(t, pg(t))
	})
}
