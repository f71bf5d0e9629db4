package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"contestbot"
)

// Inbound states.
const (
	InboundWorking = "working" // an instance holds the lease and is computing the reply
	InboundReplied = "replied" // the reply went out passively; Reply holds it
	InboundAsync   = "async"   // the reply went (or goes) by customer-service message
)

// Inbound is one message or event received from WeChat: the one place a
// message is recorded as received, and then as handled.
type Inbound struct {
	DedupeKey  string     `db:"dedupe_key"`
	OpenID     string     `db:"openid"`
	MsgType    string     `db:"msg_type"`
	ReceivedAt time.Time  `db:"received_at"`
	State      string     `db:"state"`
	Reply      string     `db:"reply"`
	Message    string     `db:"message"` // the message as the bot's adapter encoded it, for a takeover
	LeaseUntil *time.Time `db:"lease_until"`
	Attempts   int        `db:"attempts"`
}

const inboundColumns = `dedupe_key, openid, msg_type, received_at, state, reply, message, lease_until, attempts`

// ClaimInbound records a message under its dedupe key and leases it to the
// caller for lease. It reports whether the caller now owns the message: a
// new key, or a key still 'working' whose lease ran out because the
// instance answering it died. A false claim (WeChat's retry of a message
// that is answered or being answered) means the caller must not act.
func (s *DB) ClaimInbound(ctx context.Context, key, openID, msgType, message string, lease time.Duration) (bool, error) {
	now := s.now()
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO inbound (dedupe_key, openid, msg_type, received_at, state, reply, message, lease_until, attempts)
		VALUES (?, ?, ?, ?, ?, '', ?, ?, 1) ON CONFLICT (dedupe_key) DO NOTHING`),
		key, openID, msgType, now, InboundWorking, message, now.Add(lease))
	if err != nil {
		return false, fmt.Errorf("claim inbound: %w", formatError(err))
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return true, nil
	}
	return s.TakeOverInbound(ctx, key, lease)
}

// TakeOverInbound leases a 'working' message whose lease ran out to the
// caller. Of several instances trying at once exactly one gets true.
func (s *DB) TakeOverInbound(ctx context.Context, key string, lease time.Duration) (bool, error) {
	now := s.now()
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE inbound SET lease_until = ?, attempts = attempts + 1
		WHERE dedupe_key = ? AND state = ? AND lease_until IS NOT NULL AND lease_until <= ?`),
		now.Add(lease), key, InboundWorking, now)
	if err != nil {
		return false, fmt.Errorf("take over inbound: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// RenewInbound extends the lease of a message still being answered.
func (s *DB) RenewInbound(ctx context.Context, key string, lease time.Duration) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE inbound SET lease_until = ? WHERE dedupe_key = ? AND state = ?`),
		s.now().Add(lease), key, InboundWorking)
	if err != nil {
		return fmt.Errorf("renew inbound: %w", err)
	}
	return nil
}

// AbandonedInbound lists up to limit messages left 'working' whose lease
// ran out: their instance died before answering.
func (s *DB) AbandonedInbound(ctx context.Context, limit int) ([]*Inbound, error) {
	var out []*Inbound
	err := s.db.SelectContext(ctx, &out, s.db.Rebind(`SELECT `+inboundColumns+` FROM inbound
		WHERE state = ? AND lease_until IS NOT NULL AND lease_until <= ? ORDER BY received_at LIMIT ?`),
		InboundWorking, s.now(), limit)
	if err != nil {
		return nil, fmt.Errorf("abandoned inbound: %w", err)
	}
	return out, nil
}

// FinishInbound records how the message was answered. The message's
// content, kept only so another instance could take it over, is dropped.
func (s *DB) FinishInbound(ctx context.Context, key, state, reply string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE inbound SET state = ?, reply = ?, message = '', lease_until = NULL WHERE dedupe_key = ?`), state, reply, key)
	if err != nil {
		return fmt.Errorf("finish inbound: %w", err)
	}
	return nil
}

// Inbound returns the message recorded under key, or ENOTFOUND.
func (s *DB) Inbound(ctx context.Context, key string) (*Inbound, error) {
	var in Inbound
	err := s.db.GetContext(ctx, &in, s.db.Rebind(`SELECT `+inboundColumns+` FROM inbound WHERE dedupe_key = ?`), key)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, contestbot.Errorf(contestbot.ENOTFOUND, "没有这条消息")
	} else if err != nil {
		return nil, fmt.Errorf("get inbound: %w", err)
	}
	return &in, nil
}

// CountInbound returns how many messages are recorded (tests and metrics).
func (s *DB) CountInbound(ctx context.Context) (int, error) {
	var n int
	if err := s.db.GetContext(ctx, &n, `SELECT COUNT(*) FROM inbound`); err != nil {
		return 0, fmt.Errorf("count inbound: %w", err)
	}
	return n, nil
}

// PurgeInbound forgets dedupe keys older than before: WeChat retries within
// seconds, so a day of keys is plenty.
func (s *DB) PurgeInbound(ctx context.Context, before time.Time) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM inbound WHERE received_at < ?`), before.UTC())
	if err != nil {
		return fmt.Errorf("purge inbound: %w", err)
	}
	return nil
}
