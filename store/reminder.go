package store

import (
	"context"
	"fmt"
	"time"
)

// Reminder channels: how a reminder went out, or why it did not.
const (
	ReminderCustomer    = "customer"    // a customer-service text (within 48 h of the user's last message)
	ReminderTemplate    = "template"    // a template message
	ReminderUnreachable = "unreachable" // neither was possible; staff should phone the contact
	ReminderSkipped     = "skipped"     // a missed slot superseded by a later one
)

// Reminder statuses.
const (
	ReminderClaimed = "claimed" // reserved; a crash here means it is never sent twice
	ReminderSent    = "sent"
	ReminderFailed  = "failed" // WeChat refused it; Detail says why
	// The unreachable and skipped statuses share their channel's name.
)

// Reminder records one (user, slot) reminder.
type Reminder struct {
	OpenID    string     `db:"openid"`
	Slot      string     `db:"slot"`
	PlannedAt time.Time  `db:"planned_at"`
	SentAt    *time.Time `db:"sent_at"`
	Channel   string     `db:"channel"`
	Status    string     `db:"status"`
	Detail    string     `db:"detail"`
}

// ClaimReminder reserves (openID, slot) for sending. It reports false when
// the slot was already claimed (by this or another instance, before or after
// a restart): the reminder must then not be sent.
func (s *DB) ClaimReminder(ctx context.Context, openID, slot string, plannedAt time.Time) (bool, error) {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO reminders (openid, slot, planned_at, channel, status, detail) VALUES (?, ?, ?, '', 'claimed', '')`),
		openID, slot, plannedAt.UTC())
	if err != nil {
		if err = formatError(err); IsConflict(err) {
			return false, nil
		}
		return false, fmt.Errorf("claim reminder: %w", err)
	}
	return true, nil
}

// FinishReminder records how a claimed reminder went out (or why it could not).
func (s *DB) FinishReminder(ctx context.Context, openID, slot, channel, status, detail string) error {
	var sent *time.Time
	if status == "sent" {
		now := s.now()
		sent = &now
	}
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE reminders SET channel = ?, status = ?, detail = ?, sent_at = ? WHERE openid = ? AND slot = ?`),
		channel, status, detail, sent, openID, slot)
	if err != nil {
		return fmt.Errorf("finish reminder: %w", err)
	}
	return nil
}

const reminderColumns = `openid, slot, planned_at, sent_at, channel, status, detail`

// Reminders returns every recorded reminder, newest first.
func (s *DB) Reminders(ctx context.Context) ([]*Reminder, error) {
	var rs []*Reminder
	err := s.db.SelectContext(ctx, &rs, `SELECT `+reminderColumns+` FROM reminders ORDER BY planned_at DESC, openid`)
	if err != nil {
		return nil, fmt.Errorf("list reminders: %w", err)
	}
	return rs, nil
}
