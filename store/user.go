package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"contestbot"
)

// User is someone who wrote to the account.
type User struct {
	OpenID       string     `db:"openid"`
	FirstSeen    time.Time  `db:"first_seen"`
	LastSeen     time.Time  `db:"last_seen"`
	Subscribed   bool       `db:"subscribed"`
	RemindersOff bool       `db:"reminders_off"`
	LastNudge    *time.Time `db:"last_nudge"`
}

const userColumns = `openid, first_seen, last_seen, subscribed, reminders_off, last_nudge`

// TouchUser records that openID wrote at time at (creating the user on first
// contact). A message from a user also means they follow the account.
func (s *DB) TouchUser(ctx context.Context, openID string, at time.Time) error {
	at = at.UTC()
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO users (openid, first_seen, last_seen, subscribed, reminders_off)
		VALUES (?, ?, ?, TRUE, FALSE)
		ON CONFLICT (openid) DO UPDATE SET last_seen = excluded.last_seen, subscribed = TRUE`),
		openID, at, at)
	if err != nil {
		return fmt.Errorf("touch user: %w", err)
	}
	return nil
}

// User returns the user, or ENOTFOUND.
func (s *DB) User(ctx context.Context, openID string) (*User, error) {
	var u User
	err := s.db.GetContext(ctx, &u, s.db.Rebind(`SELECT `+userColumns+` FROM users WHERE openid = ?`), openID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, contestbot.Errorf(contestbot.ENOTFOUND, "没有这个用户")
	} else if err != nil {
		return nil, fmt.Errorf("get user: %w", err)
	}
	return &u, nil
}

// Users returns every user, oldest first.
func (s *DB) Users(ctx context.Context) ([]*User, error) {
	var us []*User
	if err := s.db.SelectContext(ctx, &us, `SELECT `+userColumns+` FROM users ORDER BY first_seen, openid`); err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	return us, nil
}

// SetSubscribed records a subscribe or unsubscribe event. Unsubscribing also
// stops reminders: WeChat would refuse them anyway.
func (s *DB) SetSubscribed(ctx context.Context, openID string, subscribed bool) error {
	now := s.now()
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO users (openid, first_seen, last_seen, subscribed, reminders_off)
		VALUES (?, ?, ?, ?, FALSE)
		ON CONFLICT (openid) DO UPDATE SET subscribed = excluded.subscribed`),
		openID, now, now, subscribed)
	if err != nil {
		return fmt.Errorf("set subscribed: %w", err)
	}
	return nil
}

// SetRemindersOff records the user's choice to stop (true) or resume (false)
// deadline reminders.
func (s *DB) SetRemindersOff(ctx context.Context, openID string, off bool) error {
	now := s.now()
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO users (openid, first_seen, last_seen, subscribed, reminders_off)
		VALUES (?, ?, ?, TRUE, ?)
		ON CONFLICT (openid) DO UPDATE SET reminders_off = excluded.reminders_off`),
		openID, now, now, off)
	if err != nil {
		return fmt.Errorf("set reminders off: %w", err)
	}
	return nil
}

// SetLastNudge records when the user last got an in-conversation nudge.
func (s *DB) SetLastNudge(ctx context.Context, openID string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE users SET last_nudge = ? WHERE openid = ?`), at.UTC(), openID)
	if err != nil {
		return fmt.Errorf("set last nudge: %w", err)
	}
	return nil
}
