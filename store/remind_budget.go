package store

import (
	"context"
	"fmt"
	"time"
)

// RemindersSentSince counts reminders delivered to openID over channel since
// t. Customer-service reminders share WeChat's 5-per-48-h budget with the
// outbox pushes PushesSince counts.
func (s *DB) RemindersSentSince(ctx context.Context, openID, channel string, t time.Time) (int, error) {
	var n int
	err := s.db.GetContext(ctx, &n, s.db.Rebind(`
		SELECT COUNT(*) FROM reminders WHERE openid = ? AND channel = ? AND status = ? AND sent_at >= ?`),
		openID, channel, ReminderSent, t.UTC())
	if err != nil {
		return 0, fmt.Errorf("count reminders: %w", err)
	}
	return n, nil
}

// ClaimNudge records an in-conversation nudge for openID at time at, unless
// one was already given at or after since (the start of the day). It reports
// whether the caller may nudge; the conditional update makes two concurrent
// messages nudge at most once.
func (s *DB) ClaimNudge(ctx context.Context, openID string, at, since time.Time) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE users SET last_nudge = ? WHERE openid = ? AND (last_nudge IS NULL OR last_nudge < ?)`),
		at.UTC(), openID, since.UTC())
	if err != nil {
		return false, fmt.Errorf("claim nudge: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim nudge: %w", err)
	}
	return n == 1, nil
}
