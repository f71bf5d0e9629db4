package remind_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"contestbot"
	"contestbot/bot"
	"contestbot/internal/testclock"
	"contestbot/remind"
	"contestbot/store"
	"contestbot/store/storetest"

	"github.com/google/go-cmp/cmp"
	_ "github.com/jackc/pgx/v5/stdlib"
)

var cst = time.FixedZone("CST", 8*3600)

func at(month time.Month, day, hour, min int) time.Time {
	return time.Date(2025, month, day, hour, min, 0, 0, cst)
}

var deadline = time.Date(2025, 10, 15, 23, 59, 59, 0, cst)

// quiet discards logs; set REMIND_LOG=1 to see them.
var quiet = func() *slog.Logger {
	if os.Getenv("REMIND_LOG") != "" {
		return slog.Default()
	}
	return slog.New(slog.DiscardHandler)
}()

// clock is the settable test clock shared by the store and the code under test.
type clock = testclock.Clock

// call is one request the fake WeChat API received.
type call struct {
	At     time.Time
	Kind   string // "text" or "template"
	ToUser string
	Code   int // errcode answered; 0 for delivered
	Text   string
	Data   map[string]string
}

func (c call) String() string {
	s := fmt.Sprintf("%s %s %s", c.At.In(cst).Format("01-02 15:04"), c.Kind, c.ToUser)
	if c.Code != 0 {
		s += fmt.Sprintf(" errcode=%d", c.Code)
	}
	return s
}

// fakeWeChat is an httptest fake of WeChat's API: tokens, customer-service
// and template messages, answering configured errcodes per openid.
type fakeWeChat struct {
	*httptest.Server
	clock *clock

	mu       sync.Mutex
	calls    []call
	textErr  map[string]int // openid → errcode for custom/send
	tmplErr  map[string]int // openid → errcode for template/send
	tmplMsg  string         // errmsg with a template errcode
	tokens   int
	badToken int
}

func newFakeWeChat(t testing.TB, c *clock) *fakeWeChat {
	f := &fakeWeChat{clock: c, textErr: map[string]int{}, tmplErr: map[string]int{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /cgi-bin/stable_token", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.tokens++
		n := f.tokens
		f.mu.Unlock()
		json.NewEncoder(w).Encode(map[string]any{"access_token": fmt.Sprintf("TOKEN%d", n), "expires_in": 7200})
	})
	reply := func(w http.ResponseWriter, code int, msg string) {
		if code == 0 {
			msg = "ok"
		}
		json.NewEncoder(w).Encode(map[string]any{"errcode": code, "errmsg": msg})
	}
	mux.HandleFunc("POST /cgi-bin/message/custom/send", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Query().Get("access_token"), "TOKEN") {
			f.mu.Lock()
			f.badToken++
			f.mu.Unlock()
			reply(w, 40001, "invalid credential")
			return
		}
		var body struct {
			ToUser  string `json:"touser"`
			MsgType string `json:"msgtype"`
			Text    struct {
				Content string `json:"content"`
			} `json:"text"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.MsgType != "text" {
			reply(w, 40008, "invalid message type")
			return
		}
		f.mu.Lock()
		code := f.textErr[body.ToUser]
		f.calls = append(f.calls, call{At: f.clock.Now(), Kind: "text", ToUser: body.ToUser, Code: code, Text: body.Text.Content})
		f.mu.Unlock()
		reply(w, code, "fake error")
	})
	mux.HandleFunc("POST /cgi-bin/message/template/send", func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			ToUser     string `json:"touser"`
			TemplateID string `json:"template_id"`
			Data       map[string]struct {
				Value string `json:"value"`
			} `json:"data"`
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.TemplateID == "" {
			reply(w, 40037, "invalid template_id")
			return
		}
		data := map[string]string{}
		for k, v := range body.Data {
			data[k] = v.Value
		}
		f.mu.Lock()
		code := f.tmplErr[body.ToUser]
		msg := f.tmplMsg
		f.calls = append(f.calls, call{At: f.clock.Now(), Kind: "template", ToUser: body.ToUser, Code: code, Data: data})
		f.mu.Unlock()
		reply(w, code, msg)
	})
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Close)
	return f
}

func (f *fakeWeChat) Calls() []call {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := append([]call(nil), f.calls...)
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].At.Equal(out[j].At) {
			return out[i].At.Before(out[j].At)
		}
		return out[i].ToUser < out[j].ToUser
	})
	return out
}

// A database is a way to open (and reopen, as a restarted process would) one
// test database, with the test clock.
type database func(t testing.TB, c *clock) *store.DB

// databases returns a fresh SQLite file and, when
// CONTESTBOT_TEST_POSTGRES_DSN is set (.ci/run sets it), a fresh PostgreSQL
// schema dropped when the test ends.
// openDB opens a fresh SQLite store on the test clock.
func openDB(tb testing.TB, c *clock) *store.DB {
	db := storetest.Open(tb)
	db.Now = c.Now
	return db
}

func databases(t *testing.T) map[string]database {
	out := map[string]database{}
	for name, open := range storetest.Openers(t) {
		out[name] = func(t testing.TB, c *clock) *store.DB {
			db := open(t)
			db.Now = c.Now
			return db
		}
	}
	return out
}

func newService(t testing.TB, db *store.DB, f *fakeWeChat, c *clock, templateID string) *remind.Service {
	t.Helper()
	client := bot.NewClient(bot.ClientOptions{AppID: "wxapp", AppSecret: "secret", APIBase: f.URL, Now: c.Now, Logger: quiet})
	svc, err := remind.New(db, client, remind.Options{
		Deadline: deadline, TemplateID: templateID, PublicURL: "https://contest.example", Now: c.Now, Logger: quiet,
	})
	if err != nil {
		t.Fatal(err)
	}
	return svc
}

// complete returns a finished entry: every field, confirmed, video checked.
func complete(openID, title string) *contestbot.Entry {
	return &contestbot.Entry{OpenID: openID, Status: contestbot.StatusComplete, Unit: "郑州职院", Title: title,
		Producer: "宣传部", Contact: "张老师", Phone: "13800000000", DurationSeconds: 150, Category: "实景拍摄",
		CreatorsDone: true, Synopsis: "简介", Summary: "摘要", CopyrightConfirmed: true,
		UnitWork: contestbot.Bool(true), MadeInPeriod: contestbot.Bool(true), Unpublished: contestbot.Bool(true),
		AIUsed: contestbot.Bool(false), VideoURL: "https://v.example/a.mp4", CheckVerdict: contestbot.VerdictPass}
}

// draftOf returns a draft that still lacks its video link and more.
func draftOf(openID, title string) *contestbot.Entry {
	return &contestbot.Entry{OpenID: openID, Status: contestbot.StatusDraft, Unit: "郑州职院", Title: title, Contact: "李老师", Phone: "13900000000"}
}

// Users of the simulated week, one per state.
const (
	uFinished   = "u1-finished"
	uActive     = "u2-active"     // unfinished, writes every day at 10:00
	uOptOut     = "u3-optout"     // unfinished, said 退订提醒
	uSilent     = "u4-silent"     // unfinished, last wrote on 10-01
	uUnfollowed = "u5-unfollowed" // unfinished, wrote 10-08 08:00, then unfollowed (43004)
	uUnsub      = "u6-unsub"      // unfinished, unsubscribe event
	uCompletes  = "u7-completes"  // finishes on 10-13 at 12:00
	uLate       = "u8-late"       // first writes (and starts an entry) on 10-14 at 10:00
	uCancelled  = "u9-cancelled"  // only a cancelled entry
)

func setup(t *testing.T, db *store.DB) {
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(db.TouchUser(ctx, uFinished, at(10, 7, 10, 0)))
	must(db.CreateEntry(ctx, complete(uFinished, "完成的片")))
	for _, id := range []string{uActive, uOptOut, uUnsub, uCompletes} {
		must(db.TouchUser(ctx, id, at(10, 7, 10, 0)))
		must(db.CreateEntry(ctx, draftOf(id, "片"+id[:2])))
	}
	must(db.SetRemindersOff(ctx, uOptOut, true))
	must(db.SetSubscribed(ctx, uUnsub, false))
	must(db.TouchUser(ctx, uSilent, at(10, 1, 9, 0)))
	must(db.CreateEntry(ctx, draftOf(uSilent, "")))
	must(db.TouchUser(ctx, uUnfollowed, at(10, 8, 8, 0)))
	must(db.CreateEntry(ctx, draftOf(uUnfollowed, "取关的片")))
	must(db.TouchUser(ctx, uCancelled, at(10, 7, 10, 0)))
	e := draftOf(uCancelled, "取消的片")
	e.Status = contestbot.StatusCancelled
	must(db.CreateEntry(ctx, e))
}

// events are what users do during the week, keyed by the minute they do it.
func events(t *testing.T, db *store.DB, now time.Time) {
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	local := now.In(cst)
	if local.Hour() == 10 && local.Minute() == 0 {
		for _, id := range []string{uFinished, uActive, uOptOut, uCompletes, uCancelled} {
			must(db.TouchUser(ctx, id, now))
		}
		if local.Day() >= 14 {
			must(db.TouchUser(ctx, uLate, now))
		}
	}
	if now.Equal(at(10, 13, 12, 0)) {
		es, err := db.EntriesByOpenID(ctx, uCompletes)
		must(err)
		c := complete(uCompletes, es[0].Title)
		c.ID, c.CreatedAt = es[0].ID, es[0].CreatedAt
		must(db.UpdateEntry(ctx, c))
	}
	if now.Equal(at(10, 14, 10, 0)) {
		must(db.CreateEntry(ctx, draftOf(uLate, "")))
	}
}

// TestWeek simulates the week before the deadline in 10-minute passes, with
// the server down for a while and restarted over the same SQLite file.
func TestWeek(t *testing.T) {
	for _, tc := range []struct {
		name             string
		template         string
		downFrom, downTo time.Time // no passes in [downFrom, downTo); restart at downTo
		want             []string
		skipped          []string // "user slot" rows recorded as skipped
		unreachable      int
	}{
		{
			name:     "WithTemplate",
			template: "TPL-REMIND",
			downFrom: at(10, 12, 18, 0), downTo: at(10, 13, 10, 0),
			want: []string{
				"10-08 21:00 text u2-active",
				"10-08 21:00 template u4-silent",
				"10-08 21:00 text u5-unfollowed errcode=43004",
				"10-08 21:00 text u7-completes",
				// 3d (10-12 21:00) fell while the server was down: sent once when it came back.
				"10-13 10:00 text u2-active",
				"10-13 10:00 template u4-silent",
				"10-13 10:00 text u7-completes",
				"10-14 21:00 text u2-active",
				"10-14 21:00 template u4-silent",
				"10-14 21:00 text u8-late",
				"10-15 09:00 text u2-active",
				"10-15 09:00 template u4-silent",
				"10-15 09:00 text u8-late",
			},
		},
		{
			name:     "NoTemplate",
			downFrom: at(10, 12, 18, 0), downTo: at(10, 13, 10, 0),
			want: []string{
				"10-08 21:00 text u2-active",
				"10-08 21:00 text u5-unfollowed errcode=43004",
				"10-08 21:00 text u7-completes",
				"10-13 10:00 text u2-active",
				"10-13 10:00 text u7-completes",
				"10-14 21:00 text u2-active",
				"10-14 21:00 text u8-late",
				"10-15 09:00 text u2-active",
				"10-15 09:00 text u8-late",
			},
			unreachable: 4, // u4-silent at each slot
		},
		{
			name:     "LongOutage",
			template: "TPL-REMIND",
			downFrom: at(10, 12, 18, 0), downTo: at(10, 14, 21, 30),
			want: []string{
				"10-08 21:00 text u2-active",
				"10-08 21:00 template u4-silent",
				"10-08 21:00 text u5-unfollowed errcode=43004",
				"10-08 21:00 text u7-completes",
				// 3d and 1d both fell in the outage: only 1d goes out, 3d is skipped.
				"10-14 21:30 text u2-active",
				"10-14 21:30 template u4-silent",
				"10-14 21:30 text u8-late",
				"10-15 09:00 text u2-active",
				"10-15 09:00 template u4-silent",
				"10-15 09:00 text u8-late",
			},
			skipped: []string{"u2-active 3d", "u4-silent 3d", "u8-late 3d"},
		},
	} {
		for driver, open := range databases(t) {
			t.Run(tc.name+"/"+driver, func(t *testing.T) {
				ctx := context.Background()
				c := testclock.New(at(10, 7, 9, 0))
				f := newFakeWeChat(t, c)
				f.textErr[uUnfollowed] = 43004 // WeChat refuses anything for a user who unfollowed
				f.tmplErr[uUnfollowed] = 43004
				db := open(t, c)
				setup(t, db)
				svc := newService(t, db, f, c, tc.template)
				for now := at(10, 8, 0, 0); now.Before(deadline); now = now.Add(10 * time.Minute) {
					c.Set(now)
					events(t, db, now)
					if !now.Before(tc.downFrom) && now.Before(tc.downTo) {
						continue
					}
					if now.Equal(tc.downTo) {
						// Restart: a new process over the same database file.
						db.Close()
						db = open(t, c)
						svc = newService(t, db, f, c, tc.template)
					}
					if _, err := svc.RunOnce(ctx); err != nil {
						t.Fatalf("pass at %v: %v", now, err)
					}
				}
				defer db.Close()

				calls := f.Calls()
				var got []string
				for _, cl := range calls {
					got = append(got, cl.String())
				}
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Fatalf("messages (-want +got):\n%s", diff)
				}
				q := 0
				for _, cl := range calls {
					if h := cl.At.In(cst).Hour(); h >= 22 || h < 8 {
						t.Errorf("%v sent in quiet hours", cl)
					}
					if cl.Kind == "text" {
						if !strings.Contains(cl.Text, "回复“继续报名”") || !strings.Contains(cl.Text, "未提交视频链接") {
							t.Errorf("text lacks what is missing or how to continue:\n%s", cl.Text)
						}
					}
					if cl.Kind == "template" {
						q++
						if cl.Data["thing1"] == "" || cl.Data["time2"] != "2025年10月15日 23:59" || !strings.Contains(cl.Data["thing3"], "发送视频") {
							t.Errorf("template data %v", cl.Data)
						}
						for k, v := range cl.Data {
							if strings.HasPrefix(k, "thing") && utf8.RuneCountInString(v) > 20 {
								t.Errorf("template %s too long: %q", k, v)
							}
						}
					}
				}
				// The first text states the time left.
				if !strings.Contains(calls[0].Text, "还有7天") {
					t.Errorf("first reminder does not say 还有7天:\n%s", calls[0].Text)
				}
				for _, cl := range calls {
					if cl.At.Equal(at(10, 15, 9, 0)) && cl.Kind == "text" && !strings.Contains(cl.Text, "今天24时截止") {
						t.Errorf("last-day reminder does not say 今天24时截止:\n%s", cl.Text)
					}
				}

				rows, err := db.Reminders(ctx)
				if err != nil {
					t.Fatal(err)
				}
				var skipped []string
				unreachable := 0
				for _, r := range rows {
					switch r.Status {
					case store.ReminderSkipped:
						skipped = append(skipped, r.OpenID+" "+strings.SplitN(r.Slot, "@", 2)[0])
					case store.ReminderUnreachable:
						unreachable++
						if r.OpenID != uSilent || !strings.Contains(r.Detail, "48小时") {
							t.Errorf("unreachable row %+v", r)
						}
					case store.ReminderFailed:
						if r.OpenID != uUnfollowed || !strings.Contains(r.Detail, "43004") {
							t.Errorf("failed row %+v", r)
						}
					case store.ReminderClaimed:
						t.Errorf("reminder left claimed: %+v", r)
					}
				}
				sort.Strings(skipped)
				if diff := cmp.Diff(tc.skipped, skipped); diff != "" {
					t.Errorf("skipped (-want +got):\n%s", diff)
				}
				if unreachable != tc.unreachable {
					t.Errorf("unreachable rows = %d, want %d", unreachable, tc.unreachable)
				}
				u, err := db.User(ctx, uUnfollowed)
				if err != nil || u.Subscribed {
					t.Errorf("43004 user still subscribed: %+v %v", u, err)
				}
			})
		}
	}
}

// TestChannels covers the channel choice and WeChat's errcodes one pass at a
// time.
func TestChannels(t *testing.T) {
	now := at(10, 12, 21, 0) // the 3d slot
	for _, tc := range []struct {
		name       string
		template   string
		lastSeen   time.Time
		pushes     int // customer-service pushes delivered since the user's last message
		textErr    int
		tmplErr    int
		tmplMsg    string
		want       []string
		channel    string
		status     string
		detail     string
		subscribed bool
	}{
		{name: "Customer", lastSeen: at(10, 12, 10, 0), want: []string{"text"},
			channel: store.ReminderCustomer, status: store.ReminderSent, subscribed: true},
		{name: "BudgetSpentTemplate", template: "TPL", lastSeen: at(10, 12, 10, 0), pushes: 5, want: []string{"template"},
			channel: store.ReminderTemplate, status: store.ReminderSent, detail: "已发5条", subscribed: true},
		{name: "BudgetSpentUnreachable", lastSeen: at(10, 12, 10, 0), pushes: 5,
			channel: store.ReminderUnreachable, status: store.ReminderUnreachable, detail: "已发5条", subscribed: true},
		{name: "BudgetNotSpent", template: "TPL", lastSeen: at(10, 12, 10, 0), pushes: 4, want: []string{"text"},
			channel: store.ReminderCustomer, status: store.ReminderSent, subscribed: true},
		{name: "Silent49h", template: "TPL", lastSeen: now.Add(-49 * time.Hour), want: []string{"template"},
			channel: store.ReminderTemplate, status: store.ReminderSent, detail: "48小时", subscribed: true},
		{name: "OutOfWindowFallsBack", template: "TPL", lastSeen: at(10, 12, 10, 0), textErr: 45015, want: []string{"text 45015", "template"},
			channel: store.ReminderTemplate, status: store.ReminderSent, detail: "45015", subscribed: true},
		{name: "OutOfWindowUnreachable", lastSeen: at(10, 12, 10, 0), textErr: 45015, want: []string{"text 45015"},
			channel: store.ReminderUnreachable, status: store.ReminderUnreachable, detail: "45015", subscribed: true},
		{name: "QuotaFallsBack", template: "TPL", lastSeen: at(10, 12, 10, 0), textErr: 45047, want: []string{"text 45047", "template"},
			channel: store.ReminderTemplate, status: store.ReminderSent, detail: "45047", subscribed: true},
		{name: "UnfollowedText", template: "TPL", lastSeen: at(10, 12, 10, 0), textErr: 43004, want: []string{"text 43004"},
			channel: store.ReminderCustomer, status: store.ReminderFailed, detail: "43004", subscribed: false},
		{name: "UnfollowedTemplate", template: "TPL", lastSeen: at(10, 1, 10, 0), tmplErr: 43004, want: []string{"template 43004"},
			channel: store.ReminderTemplate, status: store.ReminderFailed, detail: "43004", subscribed: false},
		{name: "BadTemplateField", template: "TPL", lastSeen: at(10, 1, 10, 0), tmplErr: 47003,
			tmplMsg: "argument invalid! data.thing3.value invalid rid: 1", want: []string{"template 47003"},
			channel: store.ReminderTemplate, status: store.ReminderFailed, detail: "thing3", subscribed: true},
		{name: "OtherError", lastSeen: at(10, 12, 10, 0), textErr: 45009, want: []string{"text 45009"},
			channel: store.ReminderCustomer, status: store.ReminderFailed, detail: "45009", subscribed: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			c := testclock.New(tc.lastSeen)
			f := newFakeWeChat(t, c)
			f.textErr["u"] = tc.textErr
			f.tmplErr["u"] = tc.tmplErr
			f.tmplMsg = tc.tmplMsg
			db := openDB(t, c)
			if err := db.TouchUser(ctx, "u", tc.lastSeen); err != nil {
				t.Fatal(err)
			}
			if err := db.CreateEntry(ctx, draftOf("u", "黄河岸边")); err != nil {
				t.Fatal(err)
			}
			for i := range tc.pushes {
				c.Set(tc.lastSeen.Add(time.Duration(i+1) * time.Minute))
				id, err := db.Enqueue(ctx, "u", store.OutboxText, "结果", "")
				if err != nil {
					t.Fatal(err)
				}
				if err := db.MarkSent(ctx, id); err != nil {
					t.Fatal(err)
				}
			}
			// The server ran a pass just before the slot.
			if err := db.SetSetting(ctx, "reminders.last_pass", now.Add(-10*time.Minute).Format(time.RFC3339)); err != nil {
				t.Fatal(err)
			}
			c.Set(now)
			svc := newService(t, db, f, c, tc.template)
			sent, err := svc.RunOnce(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, cl := range f.Calls() {
				s := cl.Kind
				if cl.Code != 0 {
					s += fmt.Sprint(" ", cl.Code)
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("calls (-want +got):\n%s", diff)
			}
			wantSent := 0
			if tc.status == store.ReminderSent {
				wantSent = 1
			}
			if sent != wantSent {
				t.Errorf("sent = %d, want %d", sent, wantSent)
			}
			rows, err := db.Reminders(ctx)
			if err != nil || len(rows) != 1 {
				t.Fatalf("rows %v, %v", rows, err)
			}
			r := rows[0]
			if r.Channel != tc.channel || r.Status != tc.status || !strings.Contains(r.Detail, tc.detail) {
				t.Errorf("row %+v, want channel %s status %s detail ~%q", r, tc.channel, tc.status, tc.detail)
			}
			if (r.SentAt != nil) != (tc.status == store.ReminderSent) {
				t.Errorf("sent_at %v for status %s", r.SentAt, r.Status)
			}
			u, err := db.User(ctx, "u")
			if err != nil || u.Subscribed != tc.subscribed {
				t.Errorf("subscribed = %v, want %v (%v)", u.Subscribed, tc.subscribed, err)
			}
			// A second pass at the same slot sends nothing more.
			c.Set(now.Add(10 * time.Minute))
			if n, err := svc.RunOnce(ctx); err != nil || n != 0 || len(f.Calls()) != len(tc.want) {
				t.Errorf("second pass sent %d (%v), calls %d", n, err, len(f.Calls()))
			}
		})
	}
}

// TestTwoInstances runs two services over one database at the same instant:
// each user gets the slot once.
func TestTwoInstances(t *testing.T) {
	for driver, open := range databases(t) {
		t.Run(driver, func(t *testing.T) { testTwoInstances(t, open) })
	}
}

func testTwoInstances(t *testing.T, open database) {
	ctx := context.Background()
	c := testclock.New(at(10, 8, 10, 0))
	f := newFakeWeChat(t, c)
	db1 := open(t, c)
	defer db1.Close()
	db2 := open(t, c)
	defer db2.Close()
	for i := range 20 {
		id := fmt.Sprintf("u%02d", i)
		if err := db1.TouchUser(ctx, id, c.Now()); err != nil {
			t.Fatal(err)
		}
		if err := db1.CreateEntry(ctx, draftOf(id, "")); err != nil {
			t.Fatal(err)
		}
	}
	c.Set(at(10, 8, 21, 0))
	a, b := newService(t, db1, f, c, ""), newService(t, db2, f, c, "")
	var wg sync.WaitGroup
	var na, nb int
	var ea, eb error
	wg.Add(2)
	go func() { defer wg.Done(); na, ea = a.RunOnce(ctx) }()
	go func() { defer wg.Done(); nb, eb = b.RunOnce(ctx) }()
	wg.Wait()
	if ea != nil || eb != nil {
		t.Fatal(ea, eb)
	}
	if na+nb != 20 || len(f.Calls()) != 20 {
		t.Fatalf("sent %d+%d, calls %d; want 20", na, nb, len(f.Calls()))
	}
	seen := map[string]bool{}
	for _, cl := range f.Calls() {
		if seen[cl.ToUser] {
			t.Errorf("%s got two reminders", cl.ToUser)
		}
		seen[cl.ToUser] = true
	}
}

func TestNudge(t *testing.T) {
	ctx := context.Background()
	c := testclock.New(at(10, 12, 10, 0))
	db := openDB(t, c)
	defer db.Close()
	for _, id := range []string{"draft", "done", "off", "unsub", "nolink"} {
		if err := db.TouchUser(ctx, id, c.Now()); err != nil {
			t.Fatal(err)
		}
	}
	nolink := complete("nolink", "只差视频")
	nolink.VideoURL, nolink.CheckVerdict = "", ""
	for _, e := range []*contestbot.Entry{draftOf("draft", "黄河岸边"), complete("done", "完成"), draftOf("off", ""), draftOf("unsub", ""), nolink} {
		if err := db.CreateEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetRemindersOff(ctx, "off", true); err != nil {
		t.Fatal(err)
	}
	if err := db.SetSubscribed(ctx, "unsub", false); err != nil {
		t.Fatal(err)
	}
	svc, err := remind.New(db, nil, remind.Options{Deadline: deadline, Now: c.Now, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, user string
		now        time.Time
		want       string
	}{
		{"Unfinished", "draft", at(10, 12, 10, 0), "提醒：《黄河岸边》还需补全报名表、确认报名表、发送视频，还有3天截止，回复“继续报名”接着填写。"},
		{"SameDay", "draft", at(10, 12, 21, 0), ""},
		{"NextDay", "draft", at(10, 13, 0, 30), "提醒：《黄河岸边》还需补全报名表、确认报名表、发送视频，还有2天截止，回复“继续报名”接着填写。"},
		{"LastDay", "draft", at(10, 15, 9, 0), "提醒：《黄河岸边》还需补全报名表、确认报名表、发送视频，今天24时截止，回复“继续报名”接着填写。"},
		{"AfterDeadline", "draft", at(10, 16, 9, 0), ""},
		{"Finished", "done", at(10, 12, 10, 0), ""},
		// The form is done: the way on is the link, not 继续报名.
		{"OnlyLinkMissing", "nolink", at(10, 12, 10, 0), "提醒：《只差视频》还需发送视频，还有3天截止，视频按通知发到邮箱；想先查格式，可把下载链接发给我（可选）。"},
		{"OptedOut", "off", at(10, 12, 10, 0), ""},
		{"Unsubscribed", "unsub", at(10, 12, 10, 0), ""},
		{"Unknown", "nobody", at(10, 12, 10, 0), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c.Set(tc.now)
			got, err := svc.Nudge(ctx, tc.user)
			if err != nil || got != tc.want {
				t.Fatalf("Nudge = %q, %v; want %q", got, err, tc.want)
			}
		})
	}
}

func TestPlanChangesNothing(t *testing.T) {
	ctx := context.Background()
	c := testclock.New(at(10, 12, 10, 0))
	db := openDB(t, c)
	defer db.Close()
	if err := db.TouchUser(ctx, "u", c.Now()); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateEntry(ctx, draftOf("u", "黄河岸边")); err != nil {
		t.Fatal(err)
	}
	svc, err := remind.New(db, nil, remind.Options{Deadline: deadline, Now: c.Now, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		plans, err := svc.Plan(ctx, c.Now())
		if err != nil || len(plans) != 1 {
			t.Fatalf("plans %+v, %v", plans, err)
		}
		p := plans[0]
		if p.OpenID != "u" || p.Slot.Offset != "7d" || p.Channel != store.ReminderCustomer || p.Items[0].Title != "黄河岸边" {
			t.Fatalf("plan %+v", p)
		}
	}
	if rows, _ := db.Reminders(ctx); len(rows) != 0 {
		t.Fatalf("Plan wrote %d reminder rows", len(rows))
	}
	if v, _, _ := db.Setting(ctx, "reminders.last_pass"); v != "" {
		t.Fatalf("Plan recorded a pass: %q", v)
	}
}

func TestRunOnceNeedsSender(t *testing.T) {
	c := testclock.New(at(10, 8, 21, 0))
	db := openDB(t, c)
	defer db.Close()
	svc, err := remind.New(db, nil, remind.Options{Deadline: deadline, Now: c.Now, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.RunOnce(context.Background()); contestbot.ErrorCode(err) != contestbot.EUNAVAILABLE {
		t.Fatalf("RunOnce without a sender = %v, want EUNAVAILABLE", err)
	}
}

// passSignal is the store with a signal on each recorded pass, so a test
// waits for Run's first pass instead of guessing how long it takes.
type passSignal struct {
	*store.DB
	passed chan struct{}
}

func (s passSignal) SetSetting(ctx context.Context, key, value string) error {
	err := s.DB.SetSetting(ctx, key, value)
	if key == "reminders.last_pass" && err == nil {
		select {
		case s.passed <- struct{}{}:
		default:
		}
	}
	return err
}

// TestRunStops: Run passes at once, and returns when its context ends.
func TestRunStops(t *testing.T) {
	c := testclock.New(at(10, 8, 12, 0))
	f := newFakeWeChat(t, c)
	db := openDB(t, c)
	defer db.Close()
	st := passSignal{DB: db, passed: make(chan struct{}, 1)}
	client := bot.NewClient(bot.ClientOptions{AppID: "wxapp", AppSecret: "secret", APIBase: f.URL, Now: c.Now, Logger: quiet})
	svc, err := remind.New(st, client, remind.Options{Deadline: deadline, Now: c.Now, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	// An hour between passes: the first pass is the one at start, so Run
	// must make it before waiting on its ticker.
	go func() { svc.Run(ctx, time.Hour); close(done) }()
	// The timeouts below only guard against a hung Run; the test waits on
	// the signals, so a loaded machine only makes it slower.
	select {
	case <-st.passed:
	case <-done:
		t.Fatal("Run returned before its context ended")
	case <-time.After(time.Minute):
		t.Fatal("Run made no pass")
	}
	cancel()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("Run did not stop")
	}
	if v, _, _ := db.Setting(context.Background(), "reminders.last_pass"); v == "" {
		t.Fatal("Run recorded no pass")
	}
}

// BenchmarkPlan plans the 3d slot for 2000 users with unfinished entries
// (a province's schools, several contacts each).
func BenchmarkPlan(b *testing.B) {
	ctx := context.Background()
	c := testclock.New(at(10, 12, 10, 0))
	db := openDB(b, c)
	defer db.Close()
	for i := range 2000 {
		id := fmt.Sprintf("o%05d", i)
		if err := db.TouchUser(ctx, id, c.Now()); err != nil {
			b.Fatal(err)
		}
		if err := db.CreateEntry(ctx, draftOf(id, fmt.Sprintf("作品%d", i))); err != nil {
			b.Fatal(err)
		}
	}
	svc, err := remind.New(db, nil, remind.Options{Deadline: deadline, Now: c.Now, Logger: quiet})
	if err != nil {
		b.Fatal(err)
	}
	now := at(10, 12, 21, 0)
	b.ResetTimer()
	for b.Loop() {
		plans, err := svc.Plan(ctx, now)
		if err != nil || len(plans) != 2000 {
			b.Fatalf("%d plans, %v", len(plans), err)
		}
	}
}
