package store

import (
	"context"
	"fmt"
	"time"

	"contestbot"
)

// SetEntryCheck records the result of a video check on an entry, touching
// only the check columns, so a re-check running beside a conversation never
// overwrites answers the user gives meanwhile.
func (s *DB) SetEntryCheck(ctx context.Context, id int64, verdict contestbot.Verdict, reportJSON string, at time.Time) error {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`
		UPDATE entries SET check_verdict = ?, check_json = ?, checked_at = ?, updated_at = ? WHERE id = ?`),
		string(verdict), reportJSON, at.UTC(), s.now(), id)
	if err != nil {
		return fmt.Errorf("set entry check %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return contestbot.Errorf(contestbot.ENOTFOUND, "没有找到编号为%d的作品", id)
	}
	return nil
}
