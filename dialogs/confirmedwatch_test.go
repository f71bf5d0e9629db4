package dialogs_test

import (
	"context"
	"encoding/json"
	"reflect"
	"sync"
	"testing"

	"contestbot"
	"contestbot/dialogs"
	"contestbot/store"
)

// s7-f (rp74 p74b #17): a message while work 2's draft was open rewrote the
// 主创 of the confirmed work 1, which stayed 已确认. confirmedWatch sits
// between the dialogs and the store in every script (script_test.go) and
// checks, at each save, that a confirmed entry's fields change only while
// the saved state has that entry open in the edit flow (its summary shown
// for 确认), or go back to the values it was last confirmed with (a change
// taken back). The contact's own name and phone, which 我的信息 corrects
// on every work, are exempt.
type confirmedWatch struct {
	*store.DB                 // the optional methods the dialogs look for (deleting, privacy)
	base      dialogs.Entries // where the watch reads and saves
	t         testing.TB
	mu        sync.Mutex
	confirmed map[int64]confirmedFields
	shown     map[int64]confirmedFields // the values last shown in the edit flow, for 确认
}

func watchConfirmed(t testing.TB) *confirmedWatch {
	return &confirmedWatch{t: t, confirmed: map[int64]confirmedFields{}, shown: map[int64]confirmedFields{}}
}

// on points the watch at db (again, after the store is reopened) and
// returns it; what it saw so far is kept.
func (w *confirmedWatch) on(db *store.DB) *confirmedWatch {
	w.DB, w.base = db, db
	return w
}

// confirmedFields are the fields of an entry a user fills.
type confirmedFields struct {
	Unit, Title, Producer, Synopsis, Summary, Category string
	DurationSeconds                                    int
	Creators                                           contestbot.Creators
	CreatorsDone                                       bool
	UnitWork, MadeInPeriod, Unpublished, AIUsed, AILab *bool
}

func fieldsOfEntry(e *contestbot.Entry) confirmedFields {
	return confirmedFields{Unit: e.Unit, Title: e.Title, Producer: e.Producer, Synopsis: e.Synopsis, Summary: e.Summary,
		Category: e.Category, DurationSeconds: e.DurationSeconds, Creators: e.Creators, CreatorsDone: e.CreatorsDone,
		UnitWork: e.UnitWork, MadeInPeriod: e.MadeInPeriod, Unpublished: e.Unpublished, AIUsed: e.AIUsed, AILab: e.AILabelled}
}

func (w *confirmedWatch) SaveTurn(ctx context.Context, openID string, state []byte, entries ...*contestbot.Entry) error {
	raw := state
	if raw == nil {
		raw, _ = w.base.DialogState(ctx, openID)
	}
	var st struct {
		Mode    string `json:"mode"`
		EntryID int64  `json:"entry_id"`
	}
	_ = json.Unmarshal(raw, &st)
	w.mu.Lock()
	for _, e := range entries {
		if e.ID == 0 || e.Status != contestbot.StatusComplete {
			continue
		}
		last, known := w.confirmed[e.ID]
		if !known {
			if old, err := w.base.Entry(ctx, e.ID); err == nil && old.Status == contestbot.StatusComplete {
				last, known = fieldsOfEntry(old), true
			}
		}
		now := fieldsOfEntry(e)
		if st.Mode == "edit" && st.EntryID == e.ID {
			w.shown[e.ID] = now // open for 确认: confirmed when the edit closes
			continue
		}
		if shown, ok := w.shown[e.ID]; ok && reflect.DeepEqual(shown, now) {
			last = now // the edit closed with the values shown
		}
		delete(w.shown, e.ID)
		if known && !reflect.DeepEqual(last, now) {
			w.t.Errorf("confirmed entry %d (《%s》) changed outside the edit flow (state %s %d):\nwas %+v\nnow %+v", e.ID, e.Title, st.Mode, st.EntryID, last, now)
		}
		w.confirmed[e.ID] = now
	}
	w.mu.Unlock()
	return w.base.SaveTurn(ctx, openID, state, entries...)
}

// TestConfirmedWatch shows the watch telling a change made in the edit
// flow from one made while another work's form is open.
func TestConfirmedWatch(t *testing.T) {
	ctx := context.Background()
	mem := &memEntries{states: map[string][]byte{}, entries: map[int64]*contestbot.Entry{}}
	done := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Title: "青春向党", Creators: contestbot.Creators{Director: "温静"}}
	mem.entries[1] = done
	for _, tc := range []struct {
		name  string
		state string
		bad   bool
	}{
		{"in the edit flow of the work", `{"mode":"edit","entry_id":1}`, false},
		{"while another work's form is open", `{"mode":"form","entry_id":2}`, true},
		{"with no form open", `{}`, true},
		{"in the edit flow of another work", `{"mode":"edit","entry_id":2}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordingTB{TB: t}
			w := watchConfirmed(rec)
			w.base = mem
			changed := *done
			changed.Creators.Director = "李梦瑶"
			if err := w.SaveTurn(ctx, "u", []byte(tc.state), &changed); err != nil {
				t.Fatal(err)
			}
			if rec.failed != tc.bad {
				t.Errorf("flagged = %v, want %v", rec.failed, tc.bad)
			}
			mem.entries[1] = done
		})
	}
}

// recordingTB notes an Errorf instead of failing.
type recordingTB struct {
	testing.TB
	failed bool
}

func (r *recordingTB) Errorf(string, ...any) { r.failed = true }

// memEntries is enough of a store for TestConfirmedWatch.
type memEntries struct {
	dialogs.Entries
	states  map[string][]byte
	entries map[int64]*contestbot.Entry
}

func (m *memEntries) DialogState(_ context.Context, openID string) ([]byte, error) {
	return m.states[openID], nil
}

func (m *memEntries) Entry(_ context.Context, id int64) (*contestbot.Entry, error) {
	e := *m.entries[id]
	return &e, nil
}

func (m *memEntries) SaveTurn(_ context.Context, openID string, state []byte, entries ...*contestbot.Entry) error {
	if state != nil {
		m.states[openID] = state
	}
	for _, e := range entries {
		x := *e
		m.entries[e.ID] = &x
	}
	return nil
}
