// Package store keeps contestbot's state in SQL through sqlx: SQLite (the
// default, pure Go via modernc.org/sqlite) or PostgreSQL (pgx). Queries are
// written once, with ? placeholders rebound per driver; only the migrations
// differ by dialect.
package store

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"contestbot"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"github.com/jmoiron/sqlx"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// PostgreSQL pool sizes: see Open.
const (
	pgMaxConns    = 30
	userLockConns = 12
)

//go:embed migration/*/*.sql
var migrationFS embed.FS

// DB is the store. Its methods are safe for concurrent use.
type DB struct {
	db     *sqlx.DB
	driver string // "sqlite" or "postgres"
	locks  keyedMutex
	// userLocks bounds the connections held by PostgreSQL user locks.
	userLocks chan struct{}

	// Now is the clock every stored timestamp comes from; tests replace it.
	Now func() time.Time
}

// Open connects to the database and applies pending migrations. driver is
// "sqlite" (dsn: a file path, created with its directory if missing) or
// "postgres" (dsn: a PostgreSQL URL).
func Open(ctx context.Context, driver, dsn string) (*DB, error) {
	s := &DB{driver: driver, Now: time.Now}
	var err error
	switch driver {
	case "sqlite", "":
		s.driver = "sqlite"
		s.db, err = openSQLite(dsn)
	case "postgres":
		s.db, err = sqlx.Open("pgx", dsn)
		if err == nil {
			s.db = sqlx.NewDb(s.db.DB, "postgres") // so Rebind uses $1
			// Bounded so several instances stay under PostgreSQL's default
			// max_connections (100). A user lock holds a connection for its
			// turn, so at most userLockConns of them are held at once and
			// the turns' own queries always find a connection.
			s.db.SetMaxOpenConns(pgMaxConns)
			s.db.SetMaxIdleConns(pgMaxConns / 2)
			s.userLocks = make(chan struct{}, userLockConns)
		}
	default:
		return nil, fmt.Errorf("open store: unknown driver %q (want sqlite or postgres)", driver)
	}
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	if err := s.claimLegacyUnits(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

func openSQLite(path string) (*sqlx.DB, error) {
	memory := path == ":memory:" || strings.Contains(path, "mode=memory")
	if !memory && !strings.HasPrefix(path, "file:") {
		if dir := filepath.Dir(path); dir != "." {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, err
			}
		}
	}
	dsn := path
	if !strings.HasPrefix(dsn, "file:") {
		// A plain path becomes a file: URI, where "#" would end the name and
		// "%" start an escape: a path holding them must name the same file.
		name, query, hasQuery := strings.Cut(dsn, "?")
		dsn = "file:" + strings.NewReplacer("%", "%25", "#", "%23").Replace(name)
		if hasQuery {
			dsn += "?" + query
		}
	}
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	// WAL lets readers run beside the writer; busy_timeout makes a writer wait
	// for the lock instead of failing; _txlock=immediate takes the write lock at
	// BEGIN so two transactions never deadlock upgrading from read to write.
	dsn += sep + "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
		"&_pragma=synchronous(NORMAL)&_txlock=immediate&_time_format=sqlite"
	db, err := sqlx.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	if memory {
		// Each pooled connection to :memory: would be its own empty database.
		db.SetMaxOpenConns(1)
	} else {
		db.SetMaxOpenConns(8)
	}
	return db, nil
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Ping reports whether the database answers; /healthz uses it.
func (s *DB) Ping(ctx context.Context) error { return s.db.PingContext(ctx) }

// Driver is "sqlite" or "postgres".
func (s *DB) Driver() string { return s.driver }

func (s *DB) now() time.Time { return s.Now().UTC() }

// migrate applies the embedded migrations for the driver that are not yet
// recorded in schema_migrations, each in its own transaction.
//
// On PostgreSQL the whole run holds a session advisory lock, so instances
// starting together on an empty database take turns: the first applies
// the migrations, the others find them recorded. (SQLite's write lock and
// one process per file make this moot there.)
func (s *DB) migrate(ctx context.Context) error {
	if s.driver == "postgres" {
		conn, err := s.db.Connx(ctx)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrationLockKey); err != nil {
			return fmt.Errorf("migrate: lock: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrationLockKey)
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	dir := "migration/" + s.driver
	names, err := fs.Glob(migrationFS, dir+"/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	for _, name := range names {
		version := filepath.Base(name)
		var n int
		if err := s.db.GetContext(ctx, &n, s.db.Rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), version); err != nil {
			return fmt.Errorf("migrate %s: %w", version, err)
		}
		if n > 0 {
			continue
		}
		body, err := migrationFS.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate %s: %w", version, err)
		}
		err = s.inTx(ctx, func(tx *sqlx.Tx) error {
			for _, stmt := range splitSQL(string(body)) {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO schema_migrations (version) VALUES (?)`), version)
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate %s: %w", version, err)
		}
	}
	// Still under the lock: the unit keys are derived in Go (unitkey.go).
	return s.rekeyUnits(ctx)
}

// splitSQL splits a migration into statements at semicolons that end a line,
// dropping comment-only lines.
func splitSQL(body string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(body, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(t, ";") {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, cur.String())
	}
	return out
}

// inTx runs fn in a transaction, committing if it returns nil.
func (s *DB) inTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// formatError turns driver errors into domain errors: a unique-key violation
// becomes ECONFLICT; anything else is returned as is.
func formatError(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return &conflictError{err: err}
		}
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" {
		return &conflictError{err: err}
	}
	return err
}

// conflictError is an ECONFLICT *contestbot.Error that keeps the driver error.
type conflictError struct{ err error }

func (e *conflictError) Error() string { return "conflict: " + e.err.Error() }
func (e *conflictError) Unwrap() []error {
	return []error{contestbot.Errorf(contestbot.ECONFLICT, "记录已存在"), e.err}
}

// IsConflict reports whether err is a unique-key violation.
func IsConflict(err error) bool { return contestbot.ErrorCode(err) == contestbot.ECONFLICT }
