package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Outbox kinds and states.
const (
	OutboxText     = "text"     // a customer-service text message; Body is the text
	OutboxTemplate = "template" // a template message; Body is its JSON

	OutboxPending = "pending"
	OutboxSent    = "sent"
	OutboxFailed  = "failed"
)

// OutboxItem is a message waiting to be pushed to a user.
type OutboxItem struct {
	ID            int64          `db:"id"`
	OpenID        string         `db:"openid"`
	Kind          string         `db:"kind"`
	Body          string         `db:"body"`
	DedupeKey     sql.NullString `db:"dedupe_key"`
	CreatedAt     time.Time      `db:"created_at"`
	NextAttemptAt time.Time      `db:"next_attempt_at"`
	LeaseUntil    *time.Time     `db:"lease_until"`
	Attempts      int            `db:"attempts"`
	State         string         `db:"state"`
	SentAt        *time.Time     `db:"sent_at"`
	LastError     string         `db:"last_error"`
}

const outboxColumns = `id, openid, kind, body, dedupe_key, created_at, next_attempt_at, lease_until, attempts, state, sent_at, last_error`

// Enqueue adds a message to push. With a non-empty dedupeKey a second enqueue
// of the same key is a no-op reported as ECONFLICT, so a result is never
// queued twice.
func (s *DB) Enqueue(ctx context.Context, openID, kind, body, dedupeKey string) (int64, error) {
	now := s.now()
	var key sql.NullString
	if dedupeKey != "" {
		key = sql.NullString{String: dedupeKey, Valid: true}
	}
	var id int64
	err := s.db.GetContext(ctx, &id, s.db.Rebind(`
		INSERT INTO outbox (openid, kind, body, dedupe_key, created_at, next_attempt_at, attempts, state, last_error)
		VALUES (?, ?, ?, ?, ?, ?, 0, ?, '') RETURNING id`),
		openID, kind, body, key, now, now, OutboxPending)
	if err != nil {
		return 0, fmt.Errorf("enqueue: %w", formatError(err))
	}
	return id, nil
}

// ClaimDue leases up to limit pending items whose time has come, so that of
// several instances exactly one delivers each. A lease that runs out (the
// instance died mid-send) frees the item again.
func (s *DB) ClaimDue(ctx context.Context, limit int, lease time.Duration) ([]*OutboxItem, error) {
	now := s.now()
	var cands []*OutboxItem
	err := s.db.SelectContext(ctx, &cands, s.db.Rebind(`
		SELECT `+outboxColumns+` FROM outbox
		WHERE state = ? AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
		ORDER BY next_attempt_at, id LIMIT ?`), OutboxPending, now, now, limit)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	var out []*OutboxItem
	until := now.Add(lease)
	for _, it := range cands {
		res, err := s.db.ExecContext(ctx, s.db.Rebind(`
			UPDATE outbox SET lease_until = ? WHERE id = ? AND state = ? AND (lease_until IS NULL OR lease_until <= ?)`),
			until, it.ID, OutboxPending, now)
		if err != nil {
			return out, fmt.Errorf("claim outbox: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			it.LeaseUntil = &until
			out = append(out, it)
		}
	}
	return out, nil
}

// MarkSent records a delivered item.
func (s *DB) MarkSent(ctx context.Context, id int64) error {
	now := s.now()
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE outbox SET state = ?, sent_at = ?, attempts = attempts + 1, lease_until = NULL WHERE id = ?`),
		OutboxSent, now, id)
	if err != nil {
		return fmt.Errorf("mark sent: %w", err)
	}
	return nil
}

// MarkRetry records a failed attempt to be tried again at next.
func (s *DB) MarkRetry(ctx context.Context, id int64, next time.Time, errText string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, lease_until = NULL, last_error = ? WHERE id = ?`),
		next.UTC(), errText, id)
	if err != nil {
		return fmt.Errorf("mark retry: %w", err)
	}
	return nil
}

// MarkFailed gives up on an item; staff see it on the diagnostics panel.
func (s *DB) MarkFailed(ctx context.Context, id int64, errText string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE outbox SET state = ?, attempts = attempts + 1, lease_until = NULL, last_error = ? WHERE id = ?`),
		OutboxFailed, errText, id)
	if err != nil {
		return fmt.Errorf("mark failed: %w", err)
	}
	return nil
}

// OutboxStats counts pending and failed items.
func (s *DB) OutboxStats(ctx context.Context) (pending, failed int, err error) {
	rows := []struct {
		State string `db:"state"`
		N     int    `db:"n"`
	}{}
	if err := s.db.SelectContext(ctx, &rows, `SELECT state, COUNT(*) AS n FROM outbox GROUP BY state`); err != nil {
		return 0, 0, fmt.Errorf("outbox stats: %w", err)
	}
	for _, r := range rows {
		switch r.State {
		case OutboxPending:
			pending = r.N
		case OutboxFailed:
			failed = r.N
		}
	}
	return pending, failed, nil
}

// Outbox returns items in state (all states when ""), newest first.
func (s *DB) Outbox(ctx context.Context, state string, limit int) ([]*OutboxItem, error) {
	q := `SELECT ` + outboxColumns + ` FROM outbox`
	var args []any
	if state != "" {
		q += ` WHERE state = ?`
		args = append(args, state)
	}
	q += ` ORDER BY id DESC LIMIT ?`
	args = append(args, limit)
	var items []*OutboxItem
	if err := s.db.SelectContext(ctx, &items, s.db.Rebind(q), args...); err != nil {
		return nil, fmt.Errorf("list outbox: %w", err)
	}
	return items, nil
}

// PushesSince counts customer-service messages delivered to openID since t:
// WeChat allows 5 per 48 h after the user's last message, shared by async
// replies and reminders.
func (s *DB) PushesSince(ctx context.Context, openID string, t time.Time) (int, error) {
	var n int
	err := s.db.GetContext(ctx, &n, s.db.Rebind(`
		SELECT COUNT(*) FROM outbox WHERE openid = ? AND kind = ? AND state = ? AND sent_at >= ?`),
		openID, OutboxText, OutboxSent, t.UTC())
	if err != nil {
		return 0, fmt.Errorf("count pushes: %w", err)
	}
	return n, nil
}
