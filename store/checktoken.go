package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"contestbot"
)

// errNoCheckToken is what an unknown, altered or expired token gets.
var errNoCheckToken = contestbot.Errorf(contestbot.ENOTFOUND, "检查链接无效或已过期")

// hashCheckToken is the key a token is stored under: the token itself is
// never kept, so a copy of the database opens no page.
func hashCheckToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// CreateCheckToken makes a new opaque random token for openID's check page,
// valid for ttl, and forgets tokens that expired. The token is 32 random
// bytes, base64url.
func (s *DB) CreateCheckToken(ctx context.Context, openID string, ttl time.Duration) (string, time.Time, error) {
	b := make([]byte, 32)
	rand.Read(b) // never fails (crypto/rand panics on broken systems)
	token := base64.RawURLEncoding.EncodeToString(b)
	now := s.now()
	exp := now.Add(ttl)
	if _, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM check_tokens WHERE expires_at <= ?`), now); err != nil {
		return "", time.Time{}, fmt.Errorf("create check token: %w", err)
	}
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO check_tokens (token_hash, openid, created_at, expires_at, window_uses, uses)
		VALUES (?, ?, ?, ?, 0, 0)`), hashCheckToken(token), openID, now, exp)
	if err != nil {
		return "", time.Time{}, fmt.Errorf("create check token: %w", formatError(err))
	}
	return token, exp, nil
}

// CheckToken returns the openid a valid, unexpired token belongs to and
// when it expires; ENOTFOUND otherwise.
func (s *DB) CheckToken(ctx context.Context, token string) (string, time.Time, error) {
	if token == "" || len(token) > 100 {
		return "", time.Time{}, errNoCheckToken
	}
	var row struct {
		OpenID    string    `db:"openid"`
		ExpiresAt time.Time `db:"expires_at"`
	}
	err := s.db.GetContext(ctx, &row, s.db.Rebind(`
		SELECT openid, expires_at FROM check_tokens WHERE token_hash = ? AND expires_at > ?`),
		hashCheckToken(token), s.now())
	if errors.Is(err, sql.ErrNoRows) {
		return "", time.Time{}, errNoCheckToken
	} else if err != nil {
		return "", time.Time{}, fmt.Errorf("get check token: %w", err)
	}
	return row.OpenID, row.ExpiresAt, nil
}

// UseCheckToken counts one check against a valid token, at most limit per
// window, in one statement so that concurrent posts on several instances
// cannot exceed it. ok is false when the limit is reached; an unknown or
// expired token is ENOTFOUND.
func (s *DB) UseCheckToken(ctx context.Context, token string, limit int, window time.Duration) (openID string, ok bool, err error) {
	openID, _, err = s.CheckToken(ctx, token)
	if err != nil {
		return "", false, err
	}
	now := s.now()
	cutoff := now.Add(-window)
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE check_tokens SET
			window_uses = CASE WHEN window_start IS NULL OR window_start <= ? THEN 1 ELSE window_uses + 1 END,
			window_start = CASE WHEN window_start IS NULL OR window_start <= ? THEN ? ELSE window_start END,
			uses = uses + 1
		WHERE token_hash = ? AND expires_at > ? AND (window_start IS NULL OR window_start <= ? OR window_uses < ?)`),
		cutoff, cutoff, now, hashCheckToken(token), now, cutoff, limit)
	if err != nil {
		return "", false, fmt.Errorf("use check token: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return "", false, fmt.Errorf("use check token: %w", err)
	}
	return openID, n == 1, nil
}
