package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"time"
)

// Outbox kinds and states.
const (
	OutboxText     = "text"     // a customer-service text message; Body is the text
	OutboxTemplate = "template" // a template message; Body is its JSON

	OutboxPending = "pending"
	OutboxSending = "sending" // the API call was made (or is being made) by the lease holder
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
	LeaseToken    string         `db:"lease_token"`
}

const outboxColumns = `id, openid, kind, body, dedupe_key, created_at, next_attempt_at, lease_until, attempts, state, sent_at, last_error, lease_token`

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

// ClaimDue leases up to limit due items to the caller, so that of several
// instances exactly one delivers each. Each claim gets a fresh lease token:
// only its holder can move the item on (BeginSend, Finish*), so an instance
// whose lease ran out cannot mark sent what another instance now holds.
//
// An item left 'sending' whose lease ran out (its instance died during the
// API call) is claimed again: delivery is at least once. The window for a
// second send is one API call, between BeginSend and FinishSent.
func (s *DB) ClaimDue(ctx context.Context, limit int, lease time.Duration) ([]*OutboxItem, error) {
	now := s.now()
	var cands []*OutboxItem
	err := s.db.SelectContext(ctx, &cands, s.db.Rebind(`
		SELECT `+outboxColumns+` FROM outbox
		WHERE state IN (?, ?) AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
		ORDER BY next_attempt_at, id LIMIT ?`), OutboxPending, OutboxSending, now, now, limit)
	if err != nil {
		return nil, fmt.Errorf("claim outbox: %w", err)
	}
	var out []*OutboxItem
	until := now.Add(lease)
	for _, it := range cands {
		token := newToken()
		res, err := s.db.ExecContext(ctx, s.db.Rebind(`
			UPDATE outbox SET lease_until = ?, lease_token = ?
			WHERE id = ? AND state IN (?, ?) AND (lease_until IS NULL OR lease_until <= ?)`),
			until, token, it.ID, OutboxPending, OutboxSending, now)
		if err != nil {
			return out, fmt.Errorf("claim outbox: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			it.LeaseUntil, it.LeaseToken = &until, token
			out = append(out, it)
		}
	}
	return out, nil
}

// BeginSend records, just before the API call, that the lease holder is
// sending it, and renews the lease for the call. false means the lease was
// lost (it ran out and another instance claimed the item): do not send.
func (s *DB) BeginSend(ctx context.Context, it *OutboxItem, lease time.Duration) (bool, error) {
	now := s.now()
	until := now.Add(lease)
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE outbox SET state = ?, lease_until = ? WHERE id = ? AND lease_token = ? AND state IN (?, ?)`),
		OutboxSending, until, it.ID, it.LeaseToken, OutboxPending, OutboxSending)
	if err != nil {
		return false, fmt.Errorf("begin send: %w", err)
	}
	n, _ := res.RowsAffected()
	if n == 1 {
		it.State, it.LeaseUntil = OutboxSending, &until
	}
	return n == 1, nil
}

// FinishSent records a delivered item; only the lease holder can.
func (s *DB) FinishSent(ctx context.Context, it *OutboxItem) error {
	return s.resolve(ctx, it, `state = ?, sent_at = ?, attempts = attempts + 1`, OutboxSent, s.now())
}

// FinishRetry records a failed attempt to be tried again at next.
func (s *DB) FinishRetry(ctx context.Context, it *OutboxItem, next time.Time, errText string) error {
	return s.resolve(ctx, it, `state = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?`, OutboxPending, next.UTC(), errText)
}

// FinishFailed gives up on an item; staff see it on the diagnostics panel.
func (s *DB) FinishFailed(ctx context.Context, it *OutboxItem, errText string) error {
	return s.resolve(ctx, it, `state = ?, attempts = attempts + 1, last_error = ?`, OutboxFailed, errText)
}

func (s *DB) resolve(ctx context.Context, it *OutboxItem, set string, args ...any) error {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE outbox SET `+set+`, lease_until = NULL, lease_token = ''
		WHERE id = ? AND lease_token = ?`), append(args, it.ID, it.LeaseToken)...)
	if err != nil {
		return fmt.Errorf("resolve outbox %d: %w", it.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrLeaseLost
	}
	return nil
}

// ErrLeaseLost is returned when an item's lease ran out and another
// instance holds it now.
var ErrLeaseLost = errors.New("outbox lease lost")

// newToken is 128 random bits, hex.
func newToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// MarkSent records a delivered item regardless of leases (tools and
// tests; the Deliverer uses FinishSent).
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
		case OutboxPending, OutboxSending:
			pending += r.N
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
