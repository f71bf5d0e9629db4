package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"contestbot"

	"github.com/jmoiron/sqlx"
)

const entryColumns = `id, openid, status, unit, seq, title, producer, contact, phone, duration_seconds, category,
	supervisor AS "creators.supervisor", director AS "creators.director", writer AS "creators.writer",
	camera AS "creators.camera", editor AS "creators.editor", creators_done,
	synopsis, summary, copyright_confirmed, made_in_period, unpublished, unit_work, ai_used, ai_labelled,
	video_url, check_verdict, check_json, checked_at, created_at, updated_at, completed_at`

// Entry returns one entry, or ENOTFOUND.
func (s *DB) Entry(ctx context.Context, id int64) (*contestbot.Entry, error) {
	var e contestbot.Entry
	err := s.db.GetContext(ctx, &e, s.db.Rebind(`SELECT `+entryColumns+` FROM entries WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, contestbot.Errorf(contestbot.ENOTFOUND, "没有找到编号为%d的作品", id)
	} else if err != nil {
		return nil, fmt.Errorf("get entry %d: %w", id, err)
	}
	return &e, nil
}

// EntriesByOpenID returns the user's entries (cancelled ones too), oldest first.
func (s *DB) EntriesByOpenID(ctx context.Context, openID string) ([]*contestbot.Entry, error) {
	return s.Entries(ctx, EntryFilter{OpenID: openID})
}

// EntryFilter narrows Entries. Zero fields do not filter.
type EntryFilter struct {
	OpenID   string
	Unit     string // a 推荐单位 (typed or a key): the entries of its unit, contestbot.UnitKey
	Status   contestbot.Status
	Category string
	Verdict  contestbot.Verdict // "none" selects entries never checked
	Query    string             // substring of title, unit, producer or contact
	IDs      []int64
}

// Entries returns entries matching f, ordered by unit key, 序号 and id (the
// order of the 汇总表), except that a user's own entries come oldest first.
func (s *DB) Entries(ctx context.Context, f EntryFilter) ([]*contestbot.Entry, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if f.OpenID != "" {
		add("openid = ?", f.OpenID)
	}
	if f.Unit != "" {
		// A unit is its key (s11-a): the filter "X学院" lists the works typed
		// "X学院党委" too.
		add("unit_key = ?", contestbot.UnitKey(f.Unit))
	}
	if f.Status != "" {
		add("status = ?", string(f.Status))
	}
	if f.Category != "" {
		add("category = ?", f.Category)
	}
	switch f.Verdict {
	case "":
	case "none":
		add("check_verdict = ''")
	default:
		add("check_verdict = ?", string(f.Verdict))
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		like := "%" + escapeLike(q) + "%"
		add(`(title LIKE ? ESCAPE '\' OR unit LIKE ? ESCAPE '\' OR producer LIKE ? ESCAPE '\' OR contact LIKE ? ESCAPE '\')`, like, like, like, like)
	}
	if len(f.IDs) > 0 {
		q, a, err := sqlx.In("id IN (?)", f.IDs)
		if err != nil {
			return nil, fmt.Errorf("list entries: %w", err)
		}
		add(q, a...)
	}
	query := `SELECT ` + entryColumns + ` FROM entries`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, " AND ")
	}
	if f.OpenID != "" {
		query += ` ORDER BY id`
	} else {
		query += ` ORDER BY unit_key, CASE WHEN seq = 0 THEN 1 ELSE 0 END, seq, id`
	}
	var es []*contestbot.Entry
	if err := s.db.SelectContext(ctx, &es, s.db.Rebind(query), args...); err != nil {
		return nil, fmt.Errorf("list entries: %w", err)
	}
	return es, nil
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// CreateEntry inserts e, setting its ID and timestamps.
func (s *DB) CreateEntry(ctx context.Context, e *contestbot.Entry) error {
	return s.inTx(ctx, func(tx *sqlx.Tx) error { return s.saveEntry(ctx, tx, e) })
}

// UpdateEntry writes every field of e (which must exist), refreshing UpdatedAt.
func (s *DB) UpdateEntry(ctx context.Context, e *contestbot.Entry) error {
	return s.inTx(ctx, func(tx *sqlx.Tx) error { return s.saveEntry(ctx, tx, e) })
}

// SaveTurn stores one conversation turn atomically: the dialog state and
// every entry the turn touched (inserting those with ID 0). An entry that
// becomes complete without a 序号 gets the next one in its unit. This is
// called before the reply goes out, so a crash never loses a confirmed answer.
func (s *DB) SaveTurn(ctx context.Context, openID string, state []byte, entries ...*contestbot.Entry) error {
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		for _, e := range entries {
			if err := s.saveEntry(ctx, tx, e); err != nil {
				return err
			}
		}
		if err := s.claimUnits(ctx, tx, openID, entries); err != nil {
			return err
		}
		if state == nil {
			return nil
		}
		_, err := tx.ExecContext(ctx, tx.Rebind(`
			INSERT INTO dialog_state (openid, state, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (openid) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`),
			openID, string(state), s.now())
		return err
	})
	if err != nil {
		return fmt.Errorf("save turn: %w", formatError(err))
	}
	return nil
}

// DialogState returns the stored conversation state of openID, or nil.
func (s *DB) DialogState(ctx context.Context, openID string) ([]byte, error) {
	var state string
	err := s.db.GetContext(ctx, &state, s.db.Rebind(`SELECT state FROM dialog_state WHERE openid = ?`), openID)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("get dialog state: %w", err)
	}
	return []byte(state), nil
}

func (s *DB) saveEntry(ctx context.Context, tx *sqlx.Tx, e *contestbot.Entry) error {
	now := s.now()
	if e.Status == "" {
		e.Status = contestbot.StatusDraft
	}
	if e.Status == contestbot.StatusComplete {
		if e.CompletedAt == nil {
			e.CompletedAt = &now
		}
		if e.Seq == 0 {
			// Two confirmations in one unit must not read the same MAX: on
			// PostgreSQL a transaction-scoped advisory lock per unit makes
			// them take turns (released at commit, with the new 序号
			// visible); SQLite's _txlock=immediate already serialises writers.
			key := e.UnitKey() // s11-a: one sequence per unit key, "X学院党委" counts with X学院
			if s.driver == "postgres" {
				if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey("unit", key)); err != nil {
					return fmt.Errorf("lock unit: %w", err)
				}
			}
			// Only completed works hold a number: a withdrawn one's is free
			// again (dialogs closes the numbers up, issue #10).
			var max sql.NullInt64
			if err := tx.GetContext(ctx, &max, tx.Rebind(`SELECT MAX(seq) FROM entries WHERE unit_key = ? AND id <> ? AND status = 'complete'`), key, e.ID); err != nil {
				return fmt.Errorf("next seq: %w", err)
			}
			e.Seq = int(max.Int64) + 1
		}
	}
	e.UpdatedAt = now
	args := []any{e.OpenID, string(e.Status), e.Unit, e.Seq, e.Title, e.Producer, e.Contact, e.Phone,
		e.DurationSeconds, e.Category, e.Creators.Supervisor, e.Creators.Director, e.Creators.Writer,
		e.Creators.Camera, e.Creators.Editor, e.CreatorsDone, e.Synopsis, e.Summary, e.CopyrightConfirmed,
		e.MadeInPeriod, e.Unpublished, e.UnitWork, e.AIUsed, e.AILabelled,
		e.VideoURL, string(e.CheckVerdict), e.CheckJSON, utcPtr(e.CheckedAt), e.UpdatedAt, utcPtr(e.CompletedAt), e.UnitKey()}
	if e.ID == 0 {
		e.CreatedAt = now
		err := tx.GetContext(ctx, &e.ID, tx.Rebind(`
			INSERT INTO entries (openid, status, unit, seq, title, producer, contact, phone, duration_seconds, category,
				supervisor, director, writer, camera, editor, creators_done, synopsis, summary, copyright_confirmed,
				made_in_period, unpublished, unit_work, ai_used, ai_labelled,
				video_url, check_verdict, check_json, checked_at, updated_at, completed_at, unit_key, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			RETURNING id`), append(args, e.CreatedAt)...)
		if err != nil {
			return fmt.Errorf("insert entry: %w", formatError(err))
		}
		return nil
	}
	res, err := tx.ExecContext(ctx, tx.Rebind(`
		UPDATE entries SET openid = ?, status = ?, unit = ?, seq = ?, title = ?, producer = ?, contact = ?, phone = ?,
			duration_seconds = ?, category = ?, supervisor = ?, director = ?, writer = ?, camera = ?, editor = ?,
			creators_done = ?, synopsis = ?, summary = ?, copyright_confirmed = ?,
			made_in_period = ?, unpublished = ?, unit_work = ?, ai_used = ?, ai_labelled = ?,
			video_url = ?, check_verdict = ?, check_json = ?, checked_at = ?, updated_at = ?, completed_at = ?, unit_key = ?
		WHERE id = ?`), append(args, e.ID)...)
	if err != nil {
		return fmt.Errorf("update entry %d: %w", e.ID, formatError(err))
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return contestbot.Errorf(contestbot.ENOTFOUND, "没有找到编号为%d的作品", e.ID)
	}
	return nil
}

func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC()
	return &u
}

// EntryEvent is one line of an entry's history.
type EntryEvent struct {
	ID      int64     `db:"id"`
	EntryID int64     `db:"entry_id"`
	At      time.Time `db:"at"`
	What    string    `db:"what"`
}

// AddEntryEvent appends a line to the entry's history ("用户确认提交",
// "视频检查：不通过"). Phone numbers must not be written here.
func (s *DB) AddEntryEvent(ctx context.Context, entryID int64, what string) error {
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO entry_events (entry_id, at, what) VALUES (?, ?, ?)`),
		entryID, s.now(), what)
	if err != nil {
		return fmt.Errorf("add entry event: %w", err)
	}
	return nil
}

// EntryEvents returns the entry's history, oldest first.
func (s *DB) EntryEvents(ctx context.Context, entryID int64) ([]*EntryEvent, error) {
	var evs []*EntryEvent
	err := s.db.SelectContext(ctx, &evs, s.db.Rebind(`SELECT id, entry_id, at, what FROM entry_events WHERE entry_id = ? ORDER BY id`), entryID)
	if err != nil {
		return nil, fmt.Errorf("list entry events: %w", err)
	}
	return evs, nil
}
