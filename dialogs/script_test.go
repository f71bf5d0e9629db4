package dialogs_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"contestbot"
	"contestbot/checks"
	"contestbot/dialogs"
	"contestbot/knowledge"
	"contestbot/store"
	"contestbot/store/storetest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"go.yaml.in/yaml/v3"
)

var _ dialogs.Entries = (*store.DB)(nil)

// script is one scripted conversation in testdata/*.yaml: user lines, and
// at the end every entry the user has, field by field.
type script struct {
	Name string `yaml:"name"`
	// Now is the clock at the first line (RFC 3339); default 2025-10-01 10:00 +08:00.
	Now        string `yaml:"now"`
	Deadline   string `yaml:"deadline"`
	AcceptLate bool   `yaml:"accept_late"`
	Steps      []step `yaml:"steps"`
	// Expect lists the entries of the (first) user in creation order.
	Expect []record `yaml:"expect"`
	// Others maps other users to their expected entries.
	Others map[string][]record `yaml:"others"`
}

type step struct {
	Say    string   `yaml:"say"`
	As     string   `yaml:"as"`    // another openid for this line
	Click  string   `yaml:"click"` // a menu key
	Event  string   `yaml:"event"` // subscribe
	Type   string   `yaml:"type"`  // image, video...
	Want   []string `yaml:"want"`  // substrings the reply must contain
	Not    []string `yaml:"not"`   // substrings it must not contain
	Reopen bool     `yaml:"reopen"`
	// Advance moves the clock before this step (a Go duration: 72h).
	Advance string `yaml:"advance"`
}

type record struct {
	Status             string      `yaml:"status"`
	Unit               string      `yaml:"unit"`
	Seq                int         `yaml:"seq"`
	Title              string      `yaml:"title"`
	Producer           string      `yaml:"producer"`
	Contact            string      `yaml:"contact"`
	Phone              string      `yaml:"phone"`
	DurationSeconds    int         `yaml:"duration_seconds"`
	Category           string      `yaml:"category"`
	Creators           creatorsRec `yaml:"creators"`
	Synopsis           string      `yaml:"synopsis"`
	Summary            string      `yaml:"summary"`
	CopyrightConfirmed bool        `yaml:"copyright_confirmed"`
	VideoURL           string      `yaml:"video_url"`
	CheckVerdict       string      `yaml:"check_verdict"`
	// Eligibility is compared only when the script gives it.
	Eligibility *eligibility `yaml:"eligibility,omitempty"`
}

type creatorsRec struct {
	Supervisor string `yaml:"supervisor"`
	Director   string `yaml:"director"`
	Writer     string `yaml:"writer"`
	Camera     string `yaml:"camera"`
	Editor     string `yaml:"editor"`
}

type eligibility struct {
	UnitWork     *bool `yaml:"unit_work"`
	MadeInPeriod *bool `yaml:"made_in_period"`
	Unpublished  *bool `yaml:"unpublished"`
	AIUsed       *bool `yaml:"ai_used"`
	AILabelled   *bool `yaml:"ai_labelled"`
}

func toRecord(e *contestbot.Entry, withElig bool) record {
	r := record{
		Status: string(e.Status), Unit: e.Unit, Seq: e.Seq, Title: e.Title, Producer: e.Producer,
		Contact: e.Contact, Phone: e.Phone, DurationSeconds: e.DurationSeconds, Category: e.Category,
		Creators: creatorsRec{e.Creators.Supervisor, e.Creators.Director, e.Creators.Writer, e.Creators.Camera, e.Creators.Editor},
		Synopsis: e.Synopsis, Summary: e.Summary, CopyrightConfirmed: e.CopyrightConfirmed,
		VideoURL: e.VideoURL, CheckVerdict: string(e.CheckVerdict),
	}
	if withElig {
		r.Eligibility = &eligibility{e.UnitWork, e.MadeInPeriod, e.Unpublished, e.AIUsed, e.AILabelled}
	}
	return r
}

// fakeChecker passes every link, and fails one whose name says "bad".
type fakeChecker struct{}

func (fakeChecker) Check(ctx context.Context, input string, want *checks.Expect) (contestbot.Report, error) {
	r := contestbot.Report{Input: input, Verdict: contestbot.VerdictPass,
		Rules: []contestbot.RuleResult{{ID: contestbot.RuleContainer, Status: contestbot.VerdictPass, Message: "MP4 格式"}}}
	if strings.Contains(input, "bad") {
		r.Verdict = contestbot.VerdictFail
		r.Rules[0] = contestbot.RuleResult{ID: contestbot.RuleContainer, Status: contestbot.VerdictFail, Message: "不是MP4文件"}
	}
	return r, nil
}

func (fakeChecker) EstimateSeconds() int { return 5 }

// fakePusher records pushes.
type fakePusher struct {
	mu     sync.Mutex
	pushed []string
}

func (p *fakePusher) Push(ctx context.Context, openID, text, key string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.pushed = append(p.pushed, openID+": "+text)
	return nil
}

var (
	kbOnce sync.Once
	kb     *knowledge.Base
	kbErr  error
)

func loadKnowledge(t testing.TB) *knowledge.Base {
	kbOnce.Do(func() {
		kb, kbErr = knowledge.Load(knowledge.Options{Now: func() time.Time { return mustTimeNoT("2025-10-01T10:00:00+08:00") }})
	})
	if kbErr != nil {
		t.Fatalf("knowledge.Load: %v", kbErr)
	}
	return kb
}

func mustTimeNoT(s string) time.Time {
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return tm
}

func mustTime(t testing.TB, s string) time.Time {
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("bad time %q: %v", s, err)
	}
	return tm
}

func TestScripts(t *testing.T) {
	// DIALOG_SCRIPTS runs other scripts instead (a glob), for trying out
	// conversations: a failing script prints its transcript and records.
	pattern, only := os.LookupEnv("DIALOG_SCRIPTS")
	if !only {
		pattern = "testdata/*.yaml"
	}
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		for _, sc := range readScripts(t, f) {
			n++
			sc := sc
			t.Run(strings.TrimSuffix(filepath.Base(f), ".yaml")+"/"+sc.Name, func(t *testing.T) {
				// Each script has its own store, clock and core, and the
				// knowledge base is shared read-only: scripts run side by
				// side (go test -parallel, GOMAXPROCS by default), which
				// under -race keeps this test well inside the timeout.
				t.Parallel()
				runScript(t, sc)
			})
		}
	}
	if n < 40 && !only {
		t.Errorf("only %d scripts; want at least 40", n)
	}
}

// readScripts reads the scripts of one testdata file.
func readScripts(t *testing.T, file string) []script {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var scripts []script
	if err := yaml.Unmarshal(raw, &scripts); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return scripts
}

func runScript(t *testing.T, sc script) {
	ctx := context.Background()
	path := storetest.SQLitePath(t) // already migrated: store.Open applies none
	now := mustTime(t, "2025-10-01T10:00:00+08:00")
	if sc.Now != "" {
		now = mustTime(t, sc.Now)
	}
	var clockMu sync.Mutex
	clock := func() time.Time { clockMu.Lock(); defer clockMu.Unlock(); return now }
	open := func() *store.DB {
		db, err := store.Open(ctx, "sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		db.Now = clock
		return db
	}
	db := open()
	defer func() { db.Close() }()
	opts := dialogs.Options{Now: clock, AcceptLate: sc.AcceptLate}
	if sc.Deadline != "" {
		opts.Deadline = mustTime(t, sc.Deadline)
	}
	pusher := &fakePusher{}
	watch := watchConfirmed(t) // s7-f
	newCore := func() *dialogs.Core {
		// s7-f confirmedwatch_test.go: a confirmed work changes only in the edit flow.
		return dialogs.New(opts, dialogs.Deps{Store: watch.on(db), Knowledge: loadKnowledge(t), Checker: fakeChecker{}, Pusher: pusher})
	}
	core := newCore()
	var transcript strings.Builder
	const me = "user-1"
	for i, st := range sc.Steps {
		if st.Advance != "" {
			d, err := time.ParseDuration(st.Advance)
			if err != nil {
				t.Fatal(err)
			}
			clockMu.Lock()
			now = now.Add(d)
			clockMu.Unlock()
		}
		if st.Reopen {
			core.Wait()
			db.Close()
			db = open()
			core = newCore()
			transcript.WriteString("--- store reopened ---\n")
			if st.Say == "" && st.Click == "" && st.Event == "" && st.Type == "" {
				continue
			}
		}
		who := me
		if st.As != "" {
			who = st.As
		}
		m := dialogs.Message{OpenID: who, MsgID: who + "-" + string(rune('a'+i%26)) + time.Duration(i).String(), Type: dialogs.TypeText, Text: st.Say, Time: clock()}
		switch {
		case st.Click != "":
			m.Type, m.Event, m.EventKey = dialogs.TypeEvent, dialogs.EventClick, st.Click
		case st.Event != "":
			m.Type, m.Event = dialogs.TypeEvent, st.Event
		case st.Type != "":
			m.Type = st.Type
		}
		reply, err := core.Handle(ctx, m)
		if err != nil {
			t.Fatalf("step %d %q: %v", i, st.Say, err)
		}
		core.Wait()
		if !utf8.ValidString(reply.Text) { // s10-d: a string cut inside a character (rp123)
			t.Errorf("step %d %q: reply is not valid UTF-8: %q", i, st.Say, reply.Text)
		}
		transcript.WriteString("> " + who + ": " + st.Say + st.Click + st.Event + st.Type + "\n" + reply.Text + "\n")
		for _, w := range st.Want {
			if !strings.Contains(reply.Text, w) {
				t.Errorf("step %d %q: reply lacks %q\nreply:\n%s", i, st.Say, w, reply.Text)
			}
		}
		for _, w := range st.Not {
			if strings.Contains(reply.Text, w) {
				t.Errorf("step %d %q: reply contains %q\nreply:\n%s", i, st.Say, w, reply.Text)
			}
		}
	}
	check := func(openID string, want []record) {
		es, err := db.EntriesByOpenID(ctx, openID)
		if err != nil {
			t.Fatal(err)
		}
		var got []record
		for i, e := range es {
			withElig := i < len(want) && want[i].Eligibility != nil
			got = append(got, toRecord(e, withElig))
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("entries of %s (-want +got):\n%s", openID, diff)
		}
	}
	check(me, sc.Expect)
	for who, want := range sc.Others {
		check(who, want)
	}
	if t.Failed() || testing.Verbose() {
		t.Logf("transcript:\n%s", transcript.String())
	}
}
