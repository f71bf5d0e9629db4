package store

import (
	"context"
	"fmt"
	"time"
)

// Check job states.
const (
	CheckQueued  = "queued"
	CheckRunning = "running"
)

// CheckJob is a video check waiting for, or holding, a slot of the check
// pool. Jobs live in the store so pending checks survive a restart.
type CheckJob struct {
	ID         int64      `db:"id"`
	OpenID     string     `db:"openid"`
	EntryID    int64      `db:"entry_id"`
	Name       string     `db:"name"`
	URL        string     `db:"url"`
	Expect     string     `db:"expect"` // JSON of checks.Expect, or ""
	DedupeKey  string     `db:"dedupe_key"`
	State      string     `db:"state"`
	CreatedAt  time.Time  `db:"created_at"`
	LeaseUntil *time.Time `db:"lease_until"`
	LeaseToken string     `db:"lease_token"`
}

const checkJobColumns = `id, openid, entry_id, name, url, expect, dedupe_key, state, created_at, lease_until, lease_token`

// AddCheckJob queues j once per DedupeKey (a retried message queues
// nothing new) and returns the job's id and how many unfinished jobs of
// the same user are older.
func (s *DB) AddCheckJob(ctx context.Context, j *CheckJob) (ahead int, err error) {
	j.CreatedAt, j.State = s.now(), CheckQueued
	_, err = s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO check_jobs (openid, entry_id, name, url, expect, dedupe_key, state, created_at, lease_token)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, '') ON CONFLICT (dedupe_key) DO NOTHING`),
		j.OpenID, j.EntryID, j.Name, j.URL, j.Expect, j.DedupeKey, CheckQueued, j.CreatedAt)
	if err != nil {
		return 0, fmt.Errorf("add check job: %w", formatError(err))
	}
	if err := s.db.GetContext(ctx, &j.ID, s.db.Rebind(`SELECT id FROM check_jobs WHERE dedupe_key = ?`), j.DedupeKey); err != nil {
		return 0, fmt.Errorf("add check job: %w", err)
	}
	err = s.db.GetContext(ctx, &ahead, s.db.Rebind(`SELECT COUNT(*) FROM check_jobs WHERE openid = ? AND id < ?`), j.OpenID, j.ID)
	if err != nil {
		return 0, fmt.Errorf("add check job: %w", err)
	}
	return ahead, nil
}

// CountCheckJobs counts a user's unfinished jobs ("" counts everyone's).
func (s *DB) CountCheckJobs(ctx context.Context, openID string) (int, error) {
	var n int
	q, args := `SELECT COUNT(*) FROM check_jobs`, []any{}
	if openID != "" {
		q += ` WHERE openid = ?`
		args = append(args, openID)
	}
	if err := s.db.GetContext(ctx, &n, s.db.Rebind(q), args...); err != nil {
		return 0, fmt.Errorf("count check jobs: %w", err)
	}
	return n, nil
}

// ClaimCheckJob leases the oldest job that is queued (or running under a
// lease that ran out: its instance died) and whose user is not in busy,
// or returns ENOTFOUND.
func (s *DB) ClaimCheckJob(ctx context.Context, busy []string, lease time.Duration) (*CheckJob, error) {
	now := s.now()
	var cands []*CheckJob
	err := s.db.SelectContext(ctx, &cands, s.db.Rebind(`SELECT `+checkJobColumns+` FROM check_jobs
		WHERE state = ? OR (state = ? AND lease_until <= ?) ORDER BY id LIMIT 200`), CheckQueued, CheckRunning, now)
	if err != nil {
		return nil, fmt.Errorf("claim check job: %w", err)
	}
	skip := map[string]bool{}
	for _, u := range busy {
		skip[u] = true
	}
	for _, j := range cands {
		if skip[j.OpenID] {
			continue
		}
		skip[j.OpenID] = true // oldest first within a user
		token, until := newToken(), now.Add(lease)
		res, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE check_jobs SET state = ?, lease_until = ?, lease_token = ?
			WHERE id = ? AND (state = ? OR (state = ? AND lease_until <= ?))`),
			CheckRunning, until, token, j.ID, CheckQueued, CheckRunning, now)
		if err != nil {
			return nil, fmt.Errorf("claim check job: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			j.State, j.LeaseUntil, j.LeaseToken = CheckRunning, &until, token
			return j, nil
		}
	}
	return nil, errNotFound("没有排队的检查")
}

// RenewCheckJob extends the lease of a running job.
func (s *DB) RenewCheckJob(ctx context.Context, j *CheckJob, lease time.Duration) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`UPDATE check_jobs SET lease_until = ? WHERE id = ? AND lease_token = ?`),
		s.now().Add(lease), j.ID, j.LeaseToken)
	if err != nil {
		return fmt.Errorf("renew check job: %w", err)
	}
	return nil
}

// FinishCheckJob removes a finished job; false means its lease was lost
// and another instance runs it now.
func (s *DB) FinishCheckJob(ctx context.Context, j *CheckJob) (bool, error) {
	res, err := s.db.ExecContext(ctx, s.db.Rebind(`DELETE FROM check_jobs WHERE id = ? AND lease_token = ?`), j.ID, j.LeaseToken)
	if err != nil {
		return false, fmt.Errorf("finish check job: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
