package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"contestbot"

	"github.com/jmoiron/sqlx"
)

// SetEntryContentCheck records a video check that went through the content
// stage: the report, as SetEntryCheck does, and the frames of its content
// findings (JPEG, the n-th frame for the n-th finding), replacing the
// entry's earlier frames, in one transaction.
func (s *DB) SetEntryContentCheck(ctx context.Context, id int64, verdict contestbot.Verdict, reportJSON string, at time.Time, frames [][]byte) error {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		res, err := tx.ExecContext(ctx, tx.Rebind(`
			UPDATE entries SET check_verdict = ?, check_json = ?, checked_at = ?, updated_at = ? WHERE id = ?`),
			string(verdict), reportJSON, at.UTC(), s.now(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return contestbot.Errorf(contestbot.ENOTFOUND, "没有找到编号为%d的作品", id)
		}
		if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM check_evidence WHERE entry_id = ?`), id); err != nil {
			return err
		}
		for i, jpeg := range frames {
			if len(jpeg) == 0 {
				continue
			}
			if _, err := tx.ExecContext(ctx, tx.Rebind(`
				INSERT INTO check_evidence (entry_id, n, jpeg, created_at) VALUES (?, ?, ?, ?)`),
				id, i+1, jpeg, s.now()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil && contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
		return fmt.Errorf("set entry content check %d: %w", id, err)
	}
	return err
}

// EntryEvidence returns the frame of an entry's n-th content finding as a
// JPEG, or ENOTFOUND.
func (s *DB) EntryEvidence(ctx context.Context, id int64, n int) ([]byte, error) {
	var b []byte
	err := s.db.GetContext(ctx, &b, s.db.Rebind(`SELECT jpeg FROM check_evidence WHERE entry_id = ? AND n = ?`), id, n)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, contestbot.Errorf(contestbot.ENOTFOUND, "没有这张画面")
	} else if err != nil {
		return nil, fmt.Errorf("get entry evidence %d/%d: %w", id, n, err)
	}
	return b, nil
}
