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

// personalTables are the tables that hold rows about one WeChat user, keyed
// by its openid column. Deleting a user deletes their rows in each; entries
// are handled apart, because the organiser may have to keep completed ones.
// A table added later that holds an openid belongs here.
var personalTables = []string{"dialog_state", "reminders", "inbound", "outbox", "check_tokens", "link_tokens", "check_jobs",
	"unit_code_failures", "users"}

// MarkPrivacySeen records that the user was shown the personal-information
// notice at time at. Only the first time counts; it creates the user row when
// the notice comes before any message (a subscribe event).
func (s *DB) MarkPrivacySeen(ctx context.Context, openID string, at time.Time) error {
	at = at.UTC()
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`
		INSERT INTO users (openid, first_seen, last_seen, subscribed, reminders_off, privacy_seen_at)
		VALUES (?, ?, ?, TRUE, FALSE, ?)
		ON CONFLICT (openid) DO UPDATE SET privacy_seen_at = COALESCE(users.privacy_seen_at, excluded.privacy_seen_at)`),
		openID, at, at, at)
	if err != nil {
		return fmt.Errorf("mark privacy notice seen: %w", err)
	}
	return nil
}

// PrivacySeen returns when the user was first shown the personal-information
// notice, or nil when never.
func (s *DB) PrivacySeen(ctx context.Context, openID string) (*time.Time, error) {
	var at sql.NullTime
	err := s.db.GetContext(ctx, &at, s.db.Rebind(`SELECT privacy_seen_at FROM users WHERE openid = ?`), openID)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && !at.Valid) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("get privacy notice time: %w", err)
	}
	t := at.Time
	return &t, nil
}

// PersonalData is everything stored about one WeChat user (个人信息保护法
// 第四十五条: the right to see and copy it).
type PersonalData struct {
	User      *User // nil when the user has no row (never wrote, or deleted)
	PrivacyAt *time.Time
	Entries   []*contestbot.Entry // every entry, cancelled ones too
	Reminders []*Reminder
	Messages  int // inbound message records kept for dedupe and support
	Pushes    int // customer-service messages queued or sent
}

// PersonalData gathers what is stored about openID.
func (s *DB) PersonalData(ctx context.Context, openID string) (*PersonalData, error) {
	d := &PersonalData{}
	u, err := s.User(ctx, openID)
	switch {
	case err == nil:
		d.User = u
	case contestbot.ErrorCode(err) != contestbot.ENOTFOUND:
		return nil, err
	}
	if d.PrivacyAt, err = s.PrivacySeen(ctx, openID); err != nil {
		return nil, err
	}
	if d.Entries, err = s.EntriesByOpenID(ctx, openID); err != nil {
		return nil, err
	}
	if err := s.db.SelectContext(ctx, &d.Reminders, s.db.Rebind(`SELECT `+reminderColumns+` FROM reminders WHERE openid = ? ORDER BY planned_at`), openID); err != nil {
		return nil, fmt.Errorf("personal data: reminders: %w", err)
	}
	if err := s.db.GetContext(ctx, &d.Messages, s.db.Rebind(`SELECT COUNT(*) FROM inbound WHERE openid = ?`), openID); err != nil {
		return nil, fmt.Errorf("personal data: messages: %w", err)
	}
	if err := s.db.GetContext(ctx, &d.Pushes, s.db.Rebind(`SELECT COUNT(*) FROM outbox WHERE openid = ?`), openID); err != nil {
		return nil, fmt.Errorf("personal data: pushes: %w", err)
	}
	return d, nil
}

// DeleteUserOptions say how a user's deletion treats completed entries.
type DeleteUserOptions struct {
	// WithdrawComplete deletes completed entries too (the user withdraws
	// them). Otherwise they are kept for the organiser, cut loose from the
	// openid, with their check reports and history dropped.
	WithdrawComplete bool
	Actor            string // "user", or the staff login
	Reason           string
}

// DeleteReport counts what a deletion or purge removed (or, dry, would).
type DeleteReport struct {
	Drafts       int // drafts and cancelled entries deleted
	Withdrawn    int // completed entries deleted
	Archived     int // completed entries kept for the organiser, openid removed
	CheckReports int // check reports dropped from kept entries
	Events       int // entry history rows deleted
	Messages     int // inbound message records
	Pushes       int // outbox rows
	Reminders    int
	DialogStates int
	Tokens       int // check page and document links
	Jobs         int // video checks queued or done
	Users        int
}

// Total is the number of rows touched.
func (r DeleteReport) Total() int {
	return r.Drafts + r.Withdrawn + r.Archived + r.CheckReports + r.Events + r.Messages + r.Pushes +
		r.Reminders + r.DialogStates + r.Tokens + r.Jobs + r.Users
}

// DeleteUser deletes what is stored about openID (个人信息保护法 第四十七条):
// drafts, cancelled entries, dialog state, reminders, message records, pushes
// and the user row; completed entries are withdrawn or archived as o says.
// The deletion itself is recorded without personal data.
func (s *DB) DeleteUser(ctx context.Context, openID string, o DeleteUserOptions) (DeleteReport, error) {
	var r DeleteReport
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		var entries []struct {
			ID        int64  `db:"id"`
			Status    string `db:"status"`
			CheckJSON string `db:"check_json"`
		}
		if err := tx.SelectContext(ctx, &entries, tx.Rebind(`SELECT id, status, check_json FROM entries WHERE openid = ?`), openID); err != nil {
			return err
		}
		for _, e := range entries {
			n, err := s.deleteEvents(ctx, tx, e.ID)
			if err != nil {
				return err
			}
			r.Events += n
			switch {
			case e.Status != string(contestbot.StatusComplete):
				r.Drafts++
			case o.WithdrawComplete:
				r.Withdrawn++
			default:
				r.Archived++
				if e.CheckJSON != "" {
					r.CheckReports++
				}
				if err := s.archiveEntry(ctx, tx, e.ID); err != nil {
					return err
				}
				continue
			}
			if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM entries WHERE id = ?`), e.ID); err != nil {
				return err
			}
		}
		if err := s.leaveUnits(ctx, tx, openID); err != nil {
			return fmt.Errorf("units: %w", err)
		}
		for _, table := range personalTables {
			res, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM `+table+` WHERE openid = ?`), openID)
			if err != nil {
				return fmt.Errorf("%s: %w", table, err)
			}
			n, _ := res.RowsAffected()
			switch table {
			case "dialog_state":
				r.DialogStates += int(n)
			case "reminders":
				r.Reminders += int(n)
			case "inbound":
				r.Messages += int(n)
			case "outbox":
				r.Pushes += int(n)
			case "check_tokens", "link_tokens":
				r.Tokens += int(n)
			case "check_jobs":
				r.Jobs += int(n)
			case "users":
				r.Users += int(n)
			}
		}
		return s.recordDeletion(ctx, tx, "user "+contestbot.LogID(openID), o.Actor, o.Reason, r.String())
	})
	if err != nil {
		return DeleteReport{}, fmt.Errorf("delete user: %w", err)
	}
	return r, nil
}

// leaveUnits takes openID out of every unit it is a contact of. A unit it
// coordinates passes to the member who joined next, or, with none left,
// loses its code: the next contact to complete an entry for it claims it
// anew.
func (s *DB) leaveUnits(ctx context.Context, tx *sqlx.Tx, openID string) error {
	if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM unit_members WHERE openid = ?`), openID); err != nil {
		return err
	}
	var led []string
	if err := tx.SelectContext(ctx, &led, tx.Rebind(`SELECT name FROM units WHERE coordinator_openid = ?`), openID); err != nil {
		return err
	}
	for _, unit := range led {
		var next []string
		if err := tx.SelectContext(ctx, &next, tx.Rebind(`SELECT openid FROM unit_members WHERE unit = ? ORDER BY joined_at, openid`), unit); err != nil {
			return err
		}
		if len(next) == 0 {
			if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM units WHERE name = ?`), unit); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE units SET coordinator_openid = ? WHERE name = ?`), next[0], unit); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE unit_members SET role = 'coordinator' WHERE unit = ? AND openid = ?`), unit, next[0]); err != nil {
			return err
		}
	}
	return nil
}

// DeleteEntry deletes one entry and its history (staff, with a reason).
func (s *DB) DeleteEntry(ctx context.Context, id int64, actor, reason string) error {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		if _, err := s.deleteEvents(ctx, tx, id); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM entries WHERE id = ?`), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return contestbot.Errorf(contestbot.ENOTFOUND, "没有找到编号为%d的作品", id)
		}
		return s.recordDeletion(ctx, tx, fmt.Sprintf("entry %d", id), actor, reason, "")
	})
	if err != nil {
		return fmt.Errorf("delete entry %d: %w", id, err)
	}
	return nil
}

func (s *DB) deleteEvents(ctx context.Context, tx *sqlx.Tx, entryID int64) (int, error) {
	res, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM entry_events WHERE entry_id = ?`), entryID)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// archiveEntry keeps a completed entry's form fields for the organiser and
// drops what ties it to a WeChat user or is not on the forms: the openid and
// the check report (the verdict stays, it is one word).
func (s *DB) archiveEntry(ctx context.Context, tx *sqlx.Tx, id int64) error {
	_, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE entries SET openid = '', check_json = '', updated_at = ? WHERE id = ?`), s.now(), id)
	return err
}

func (s *DB) recordDeletion(ctx context.Context, tx *sqlx.Tx, subject, actor, reason, detail string) error {
	if actor == "" {
		actor = "user"
	}
	_, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO deletions (at, subject, actor, reason, detail) VALUES (?, ?, ?, ?, ?)`),
		s.now(), subject, actor, reason, detail)
	return err
}

// String is the report in a few words, for the deletion record and logs.
func (r DeleteReport) String() string {
	return fmt.Sprintf("drafts=%d withdrawn=%d archived=%d check_reports=%d events=%d messages=%d pushes=%d reminders=%d dialog_states=%d tokens=%d jobs=%d users=%d",
		r.Drafts, r.Withdrawn, r.Archived, r.CheckReports, r.Events, r.Messages, r.Pushes, r.Reminders, r.DialogStates, r.Tokens, r.Jobs, r.Users)
}

// Deletion is one recorded deletion.
type Deletion struct {
	ID      int64     `db:"id"`
	At      time.Time `db:"at"`
	Subject string    `db:"subject"`
	Actor   string    `db:"actor"`
	Reason  string    `db:"reason"`
	Detail  string    `db:"detail"`
}

// Deletions returns the latest recorded deletions, newest first.
func (s *DB) Deletions(ctx context.Context, limit int) ([]*Deletion, error) {
	var ds []*Deletion
	err := s.db.SelectContext(ctx, &ds, s.db.Rebind(`SELECT id, at, subject, actor, reason, detail FROM deletions ORDER BY id DESC LIMIT ?`), limit)
	if err != nil {
		return nil, fmt.Errorf("list deletions: %w", err)
	}
	return ds, nil
}

// ClaimJob claims slot of the periodic job name for this instance; false
// means another instance (or an earlier run) already has it.
func (s *DB) ClaimJob(ctx context.Context, name, slot string) (bool, error) {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO jobs (name, slot, claimed_at) VALUES (?, ?, ?)`), name, slot, s.now())
	if err := formatError(err); IsConflict(err) {
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("claim job %s %s: %w", name, slot, err)
	}
	return true, nil
}

// PurgePlan says what a retention pass deletes.
type PurgePlan struct {
	Now time.Time
	// MessageDays: inbound message records, and pushes already delivered or
	// given up, older than this many days go.
	MessageDays int
	// RetainUntil, when set and past, ends the season's keeping: dialog
	// states, reminders, every message record and push, users (openids),
	// drafts and cancelled entries, entry history and check reports go;
	// completed entries keep only their form fields.
	RetainUntil time.Time
	DryRun      bool
}

// Purge deletes what is kept past its time (个人信息保护法 第四十七条) and
// reports what it deleted or, with DryRun, would delete. A second run finds
// nothing to do.
func (s *DB) Purge(ctx context.Context, p PurgePlan) (DeleteReport, error) {
	var r DeleteReport
	now := p.Now.UTC()
	expired := !p.RetainUntil.IsZero() && now.After(p.RetainUntil)
	msgCut := now.Add(-time.Duration(p.MessageDays) * 24 * time.Hour)
	type step struct {
		n     *int
		count string // SELECT COUNT(*) ...
		exec  string // the deletion or update
		args  []any
	}
	var steps []step
	if expired {
		steps = []step{
			{&r.Events, `SELECT COUNT(*) FROM entry_events`, `DELETE FROM entry_events`, nil},
			{&r.Drafts, `SELECT COUNT(*) FROM entries WHERE status <> 'complete'`, `DELETE FROM entries WHERE status <> 'complete'`, nil},
			{&r.CheckReports, `SELECT COUNT(*) FROM entries WHERE status = 'complete' AND check_json <> ''`, `UPDATE entries SET check_json = '' WHERE check_json <> ''`, nil},
			{&r.Archived, `SELECT COUNT(*) FROM entries WHERE status = 'complete' AND openid <> ''`, `UPDATE entries SET openid = '' WHERE openid <> ''`, nil},
			{&r.DialogStates, `SELECT COUNT(*) FROM dialog_state`, `DELETE FROM dialog_state`, nil},
			{&r.Reminders, `SELECT COUNT(*) FROM reminders`, `DELETE FROM reminders`, nil},
			{&r.Messages, `SELECT COUNT(*) FROM inbound`, `DELETE FROM inbound`, nil},
			{&r.Pushes, `SELECT COUNT(*) FROM outbox`, `DELETE FROM outbox`, nil},
			{new(int), `SELECT COUNT(*) FROM unit_code_failures`, `DELETE FROM unit_code_failures`, nil},
			{new(int), `SELECT COUNT(*) FROM unit_members`, `DELETE FROM unit_members`, nil},
			{new(int), `SELECT COUNT(*) FROM units`, `DELETE FROM units`, nil},
			{&r.Tokens, `SELECT (SELECT COUNT(*) FROM check_tokens) + (SELECT COUNT(*) FROM link_tokens)`, `DELETE FROM check_tokens`, nil},
			{new(int), `SELECT COUNT(*) FROM link_tokens`, `DELETE FROM link_tokens`, nil},
			{&r.Jobs, `SELECT COUNT(*) FROM check_jobs`, `DELETE FROM check_jobs`, nil},
			{&r.Users, `SELECT COUNT(*) FROM users`, `DELETE FROM users`, nil},
		}
	} else {
		steps = []step{
			{&r.Messages, `SELECT COUNT(*) FROM inbound WHERE received_at < ?`, `DELETE FROM inbound WHERE received_at < ?`, []any{msgCut}},
			{&r.Jobs, `SELECT COUNT(*) FROM check_jobs WHERE state = 'done' AND created_at < ?`, `DELETE FROM check_jobs WHERE state = 'done' AND created_at < ?`, []any{msgCut}},
			// Pending pushes stay: they are not delivered yet.
			{&r.Pushes, `SELECT COUNT(*) FROM outbox WHERE state <> 'pending' AND created_at < ?`, `DELETE FROM outbox WHERE state <> 'pending' AND created_at < ?`, []any{msgCut}},
		}
	}
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		for _, st := range steps {
			if err := tx.GetContext(ctx, st.n, tx.Rebind(st.count), st.args...); err != nil {
				return err
			}
			if p.DryRun || *st.n == 0 {
				continue
			}
			if _, err := tx.ExecContext(ctx, tx.Rebind(st.exec), st.args...); err != nil {
				return err
			}
		}
		if p.DryRun || r.Total() == 0 {
			return nil
		}
		return s.recordDeletion(ctx, tx, "retention", "purge", "", r.String())
	})
	if err != nil {
		return DeleteReport{}, fmt.Errorf("purge: %w", err)
	}
	return r, nil
}
