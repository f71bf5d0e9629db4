package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// AdminSession is a staff login. The cookie holds a random id; the store
// keeps only its SHA-256, so a copy of the database opens no session.
type AdminSession struct {
	IDSHA256   string    `db:"id_sha256"`
	Username   string    `db:"username"`
	PasswordFP string    `db:"password_fp"` // a fingerprint of the password the login used
	CreatedAt  time.Time `db:"created_at"`
	ExpiresAt  time.Time `db:"expires_at"`
	Address    string    `db:"address"`
}

// CreateSession stores a new session.
func (s *DB) CreateSession(ctx context.Context, sess *AdminSession) error {
	sess.CreatedAt = s.now()
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO admin_sessions (id_sha256, username, password_fp, created_at, expires_at, address) VALUES (?, ?, ?, ?, ?, ?)`),
		sess.IDSHA256, sess.Username, sess.PasswordFP, sess.CreatedAt, sess.ExpiresAt.UTC(), sess.Address)
	if err != nil {
		return fmt.Errorf("create session: %w", formatError(err))
	}
	return nil
}

// Session returns the unexpired session with that id digest, or ENOTFOUND.
func (s *DB) Session(ctx context.Context, idSHA256 string) (*AdminSession, error) {
	var sess AdminSession
	err := s.db.GetContext(ctx, &sess, s.db.Rebind(`
		SELECT id_sha256, username, password_fp, created_at, expires_at, address FROM admin_sessions
		WHERE id_sha256 = ? AND expires_at > ?`), idSHA256, s.now())
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errNotFound("没有这个登录")
	} else if err != nil {
		return nil, fmt.Errorf("get session: %w", err)
	}
	return &sess, nil
}

// DeleteSession ends one session (logout).
func (s *DB) DeleteSession(ctx context.Context, idSHA256 string) error {
	if _, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM admin_sessions WHERE id_sha256 = ?`), idSHA256); err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

// DeleteSessionsExcept ends every session not made with the password
// fingerprint fp, and expired ones: after a password change, at start.
func (s *DB) DeleteSessionsExcept(ctx context.Context, fp string) (int, error) {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM admin_sessions WHERE password_fp <> ? OR expires_at <= ?`), fp, s.now())
	if err != nil {
		return 0, fmt.Errorf("delete sessions: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// LoginScope is one limit on login attempts: at most Max failures of Key
// ("addr:IP", "user:NAME") since Since.
type LoginScope struct {
	Key   string
	Since time.Time
	Max   int
}

// LoginAttempt checks and records a login attempt atomically: when every
// scope is under its limit it records a provisional failure for each and
// returns their ids (ok true); the caller removes them with ForgetFailures
// when the password is right. Parallel attempts, on any instance, see each
// other's provisional failures and cannot race past a limit.
func (s *DB) LoginAttempt(ctx context.Context, scopes []LoginScope) (ids []int64, ok bool, err error) {
	err = s.inTx(ctx, func(tx *sqlx.Tx) error {
		ids, ok = nil, false
		if s.driver == "postgres" {
			for _, sc := range scopes {
				if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey("login", sc.Key)); err != nil {
					return err
				}
			}
		}
		for _, sc := range scopes {
			var n int
			if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM login_failures WHERE scope = ? AND at > ?`), sc.Key, sc.Since.UTC()); err != nil {
				return err
			}
			if n >= sc.Max {
				return nil
			}
		}
		now := s.now()
		for _, sc := range scopes {
			var id int64
			if err := tx.GetContext(ctx, &id, tx.Rebind(`INSERT INTO login_failures (scope, at) VALUES (?, ?) RETURNING id`), sc.Key, now); err != nil {
				return err
			}
			ids = append(ids, id)
		}
		ok = true
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("login attempt: %w", err)
	}
	return ids, ok, nil
}

// ForgetFailures removes failures by id (a provisional failure whose
// password was right) and, with scope set, every failure of that scope.
func (s *DB) ForgetFailures(ctx context.Context, ids []int64, scope string) error {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		if len(ids) > 0 {
			q, args, err := sqlx.In(`DELETE FROM login_failures WHERE id IN (?)`, ids)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, tx.Rebind(q), args...); err != nil {
				return err
			}
		}
		if scope != "" {
			if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM login_failures WHERE scope = ?`), scope); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("forget login failures: %w", err)
	}
	return nil
}

// PurgeLogins forgets failures and sessions older than before.
func (s *DB) PurgeLogins(ctx context.Context, before time.Time) error {
	return s.inTx(ctx, func(tx *sqlx.Tx) error {
		if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM login_failures WHERE at < ?`), before.UTC()); err != nil {
			return fmt.Errorf("purge logins: %w", err)
		}
		if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM admin_sessions WHERE expires_at < ?`), s.now()); err != nil {
			return fmt.Errorf("purge sessions: %w", err)
		}
		return nil
	})
}
