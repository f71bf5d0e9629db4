package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// SeenCallback records an accepted callback's (timestamp, nonce,
// signature) with a digest of its body. It reports false when the triple
// was seen before with another body: a captured callback URL replayed with
// a forged message. The same triple with the same body is WeChat's own
// retry and reports true (the MsgId dedupe then keeps it from acting twice).
func (s *DB) SeenCallback(ctx context.Context, timestamp, nonce, signature, bodySHA256 string) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO callback_seen (timestamp, nonce, signature, body_sha256, seen_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (timestamp, nonce, signature) DO NOTHING`),
		timestamp, nonce, signature, bodySHA256, s.now())
	if err != nil {
		return false, fmt.Errorf("seen callback: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return true, nil
	}
	var prev string
	err = s.db.GetContext(ctx, &prev, s.db.Rebind(`SELECT body_sha256 FROM callback_seen WHERE timestamp = ? AND nonce = ? AND signature = ?`),
		timestamp, nonce, signature)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil // purged between the two statements: refuse, WeChat retries
	} else if err != nil {
		return false, fmt.Errorf("seen callback: %w", err)
	}
	return prev == bodySHA256, nil
}

// PurgeCallbacks forgets triples seen before before; callers keep at least
// the timestamp window (the timestamp check refuses anything older).
func (s *DB) PurgeCallbacks(ctx context.Context, before time.Time) error {
	if _, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM callback_seen WHERE seen_at < ?`), before.UTC()); err != nil {
		return fmt.Errorf("purge callbacks: %w", err)
	}
	return nil
}

// CountCallbacks returns how many triples are kept (tests).
func (s *DB) CountCallbacks(ctx context.Context) (int, error) {
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT COUNT(*) FROM callback_seen`); err != nil {
		return 0, fmt.Errorf("count callbacks: %w", err)
	}
	return n, nil
}
