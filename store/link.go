package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"contestbot"
)

func errNotFound(msg string) error { return contestbot.Errorf(contestbot.ENOTFOUND, "%s", msg) }

// LinkToken is what an opaque link token stands for. The token itself is
// random and never stored; the store keeps its SHA-256.
type LinkToken struct {
	Purpose   string    `db:"purpose"` // "files", "check"
	OpenID    string    `db:"openid"`
	CreatedAt time.Time `db:"created_at"`
	ExpiresAt time.Time `db:"expires_at"`
}

// CreateLinkToken stores the digest of a new token.
func (s *DB) CreateLinkToken(ctx context.Context, tokenSHA256, purpose, openID string, expires time.Time) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO link_tokens (token_sha256, purpose, openid, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`),
		tokenSHA256, purpose, openID, s.now(), expires.UTC())
	if err != nil {
		return fmt.Errorf("create link token: %w", formatError(err))
	}
	return nil
}

// LinkToken returns the token of purpose with that digest, or ENOTFOUND.
// The caller checks ExpiresAt against its own clock.
func (s *DB) LinkToken(ctx context.Context, tokenSHA256, purpose string) (*LinkToken, error) {
	var lt LinkToken
	err := s.db.GetContext(ctx, &lt, s.db.Rebind(`
		SELECT purpose, openid, created_at, expires_at FROM link_tokens
		WHERE token_sha256 = ? AND purpose = ?`), tokenSHA256, purpose)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errNotFound("链接无效或已过期")
	} else if err != nil {
		return nil, fmt.Errorf("get link token: %w", err)
	}
	return &lt, nil
}

// PurgeLinkTokens forgets expired tokens.
func (s *DB) PurgeLinkTokens(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM link_tokens WHERE expires_at <= ?`), s.now()); err != nil {
		return fmt.Errorf("purge link tokens: %w", err)
	}
	return nil
}
