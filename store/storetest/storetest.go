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
	"sync"
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
	tb.Helper()
	path := SQLitePath(tb)
	return func(tb testing.TB) *store.DB { tb.Helper(); return OpenFile(tb, path) }
}

// SQLitePath returns the path of a fresh SQLite file under the test's
// temporary directory that already holds every migration, for tests that
// open (and reopen) the store themselves. store.Open on it finds the
// migrations recorded and applies none.
//
// The file is a copy of one migrated once per test process: running the
// migrations is most of the cost of a fresh store under -race (parsing
// the schema in modernc's SQLite), and the dialog scripts open hundreds.
func SQLitePath(tb testing.TB) string {
	tb.Helper()
	img, err := migratedSQLite()
	if err != nil {
		tb.Fatalf("storetest: migrated SQLite template: %v", err)
	}
	path := filepath.Join(tb.TempDir(), "test.db")
	if err := os.WriteFile(path, img, 0o600); err != nil {
		tb.Fatal(err)
	}
	return path
}

// migratedSQLite returns the bytes of a SQLite database with every
// migration applied, made on first use.
var migratedSQLite = sync.OnceValues(func() ([]byte, error) {
	dir, err := os.MkdirTemp("", "storetest-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "template.db")
	db, err := store.Open(context.Background(), "sqlite", path)
	if err != nil {
		return nil, err
	}
	// Closing the last connection checkpoints the WAL into the file and
	// removes it, so the file alone is the whole database.
	if err := db.Close(); err != nil {
		return nil, err
	}
	if _, err := os.Stat(path + "-wal"); err == nil {
		return nil, fmt.Errorf("%s-wal left after close", path)
	}
	return os.ReadFile(path)
})

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
