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
	InboundWorking = "working" // the first attempt is still computing its reply
	InboundReplied = "replied" // the reply went out passively; Reply holds it
	InboundAsync   = "async"   // the reply went (or goes) by customer-service message
)

// Inbound is one message or event received from WeChat.
type Inbound struct {
	DedupeKey  string    `db:"dedupe_key"`
	OpenID     string    `db:"openid"`
	MsgType    string    `db:"msg_type"`
	ReceivedAt time.Time `db:"received_at"`
	State      string    `db:"state"`
	Reply      string    `db:"reply"`
}

// ClaimInbound records a message under its dedupe key. A second claim of the
// same key (WeChat's retry) fails with ECONFLICT: the caller must not act again.
func (s *DB) ClaimInbound(ctx context.Context, key, openID, msgType string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO inbound (dedupe_key, openid, msg_type, received_at, state, reply) VALUES (?, ?, ?, ?, ?, '')`),
		key, openID, msgType, s.now(), InboundWorking)
	if err != nil {
		return fmt.Errorf("claim inbound: %w", formatError(err))
	}
	return nil
}

// FinishInbound records how the message was answered.
func (s *DB) FinishInbound(ctx context.Context, key, state, reply string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE inbound SET state = ?, reply = ? WHERE dedupe_key = ?`), state, reply, key)
	if err != nil {
		return fmt.Errorf("finish inbound: %w", err)
	}
	return nil
}

// Inbound returns the message recorded under key, or ENOTFOUND.
func (s *DB) Inbound(ctx context.Context, key string) (*Inbound, error) {
	var in Inbound
	err := s.db.GetContext(ctx, &in, s.db.Rebind(`SELECT dedupe_key, openid, msg_type, received_at, state, reply FROM inbound WHERE dedupe_key = ?`), key)
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
