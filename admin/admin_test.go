package admin

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/internal/testclock"
	"contestbot/knowledge"
	"contestbot/store"
	"contestbot/store/storetest"

	"golang.org/x/crypto/bcrypt"
)

const testPassword = "s3cret-口令"

// clock is the settable test clock shared by the store and the code under test.
type clock = testclock.Clock

func newClock() *clock { return testclock.New(time.Date(2025, 10, 1, 2, 0, 0, 0, time.UTC)) }

// testLogger discards logs; tests assert on responses, not log lines.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// fakeChecker records what it was asked and fails every link on resolution.
type fakeChecker struct {
	mu    sync.Mutex
	calls map[string]*checks.Expect
}

func (f *fakeChecker) Check(ctx context.Context, input string, want *checks.Expect) (contestbot.Report, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.calls == nil {
		f.calls = map[string]*checks.Expect{}
	}
	f.calls[input] = want
	if strings.Contains(input, "broken") {
		return contestbot.Report{}, contestbot.Errorf(contestbot.EUNAVAILABLE, "视频网站没有响应")
	}
	rules := []contestbot.RuleResult{
		{ID: contestbot.RuleContainer, Status: contestbot.VerdictPass, Message: "MP4 格式"},
		{ID: contestbot.RuleResolution, Status: contestbot.VerdictFail, Message: "分辨率 1280×720，不是1080P或4K", Fix: "请导出为1920×1080"},
	}
	return contestbot.Report{Input: input, Verdict: contestbot.Overall(rules), Rules: rules}, nil
}

type fixture struct {
	db      *store.DB
	srv     *Server
	ts      *httptest.Server
	clock   *clock
	checker *fakeChecker
	ids     map[string]int64 // by title
}

// newFixture seeds 3 units and serves the admin page over httptest.
func newFixture(t testing.TB, mod func(*Options)) *fixture {
	t.Helper()
	f := &fixture{db: storetest.Open(t), clock: newClock(), checker: &fakeChecker{}, ids: map[string]int64{}}
	f.db.Now = f.clock.Now
	opts := Options{
		Username: "staff", Password: testPassword, PublicURL: "https://bot.example.com/",
		Secret: []byte("0123456789abcdef0123456789abcdef"), Now: f.clock.Now, Logger: testLogger(t), Checker: f.checker,
		Season: testSeason(t),
	}
	if mod != nil {
		mod(&opts)
	}
	f.srv = New(f.db, opts)
	f.ts = httptest.NewServer(f.srv)
	t.Cleanup(f.ts.Close)
	f.seed(t)
	return f
}

func (f *fixture) seed(t testing.TB) {
	ctx := context.Background()
	add := func(openID, unit, title string, status contestbot.Status, mod func(*contestbot.Entry)) {
		e := &contestbot.Entry{
			OpenID: openID, Status: status, Unit: unit, Title: title, Producer: unit + "宣传部",
			Contact: "李老师", Phone: "13800000001", DurationSeconds: 150, Category: "实景拍摄",
			Creators: contestbot.Creators{Director: "张伟、李娜"}, CreatorsDone: true,
			Synopsis: "简介：" + title, Summary: "摘要", CopyrightConfirmed: true,
			UnitWork: contestbot.Bool(true), MadeInPeriod: contestbot.Bool(true), Unpublished: contestbot.Bool(true), AIUsed: contestbot.Bool(false),
			VideoURL: "https://v.example.com/" + title + ".mp4",
		}
		if mod != nil {
			mod(e)
		}
		if err := f.db.CreateEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
		f.ids[title] = e.ID
	}
	add("openid-A", "郑州职院", "黄河岸边的守望", contestbot.StatusComplete, func(e *contestbot.Entry) {
		e.CheckVerdict = contestbot.VerdictWarn
		e.CheckJSON = `{"input":"x","verdict":"warn","rules":[{"id":"bitrate","status":"warn","message":"码率 9.8 Mbps，略低于10 Mbps","fix":"导出时把码率设为12 Mbps"}],"info":{"duration_seconds":10.02}}`
	})
	add("openid-A", "郑州职院", `初心 & <使命> "引号"`, contestbot.StatusComplete, nil)
	add("openid-A", "郑州职院", "草稿作品", contestbot.StatusDraft, func(e *contestbot.Entry) {
		e.Phone, e.Synopsis, e.VideoURL = "037169691670", "", ""
		e.CopyrightConfirmed = false
	})
	add("openid-B", "开封技师学院", "清廉之光", contestbot.StatusComplete, func(e *contestbot.Entry) {
		e.Contact, e.Phone, e.Category = "王老师", "13900000002", "动画制作"
		e.VideoURL = "https://v.example.com/broken.mp4"
	})
	add("openid-B", "开封技师学院", "取消的作品", contestbot.StatusCancelled, nil)
	add("openid-C", "洛阳铁路学校", "=丝路🚩新篇", contestbot.StatusComplete, func(e *contestbot.Entry) {
		e.Contact, e.Phone = "赵老师", "13700000003"
	})
	if err := f.db.AddEntryEvent(ctx, f.ids["黄河岸边的守望"], "用户确认提交"); err != nil {
		t.Fatal(err)
	}
}

// client returns an HTTP client with a cookie jar that does not follow
// redirects, so tests see them.
func (f *fixture) client(t *testing.T) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func get(t *testing.T, c *http.Client, u string) (*http.Response, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func post(t *testing.T, c *http.Client, u string, form url.Values) (*http.Response, string) {
	t.Helper()
	resp, err := c.PostForm(u, form)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// login signs c in and returns the session's CSRF token.
func (f *fixture) login(t *testing.T, c *http.Client, user, pass string) (*http.Response, string) {
	t.Helper()
	_, body := get(t, c, f.ts.URL+"/admin/login")
	m := csrfRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no csrf on login form: %s", body)
	}
	return post(t, c, f.ts.URL+"/admin/login", url.Values{"csrf": {m[1]}, "username": {user}, "password": {pass}, "next": {"/admin/units"}})
}

func (f *fixture) loggedIn(t *testing.T) (*http.Client, string) {
	t.Helper()
	c := f.client(t)
	resp, _ := f.login(t, c, "staff", testPassword)
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("login: %d", resp.StatusCode)
	}
	_, body := get(t, c, f.ts.URL+"/admin/")
	m := csrfRE.FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no csrf token on the entries page")
	}
	return c, m[1]
}

func TestUnauthenticated(t *testing.T) {
	f := newFixture(t, nil)
	c := f.client(t)
	id := f.ids["黄河岸边的守望"]
	pages := []string{"/admin/", "/admin/?unit=郑州职院", "/admin/units", "/admin/downloads", "/admin/diagnostics",
		"/admin/entries/" + itoa(id), "/admin/nope"}
	for _, p := range pages {
		t.Run("Page"+p, func(t *testing.T) {
			resp, _ := get(t, c, f.ts.URL+p)
			if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/admin/login?next=") {
				t.Errorf("GET %s: %d %q, want redirect to login", p, resp.StatusCode, resp.Header.Get("Location"))
			}
		})
	}
	downloads := []string{"/admin/export/xlsx", "/admin/export/xlsx?unit=郑州职院", "/admin/export/csv", "/admin/export/json",
		"/admin/zip?unit=郑州职院", "/admin/entries/" + itoa(id) + "/form.docx", "/admin/entries/" + itoa(id) + "/agreement.docx"}
	for _, p := range downloads {
		t.Run("Download"+p, func(t *testing.T) {
			resp, body := get(t, c, f.ts.URL+p)
			if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "请先登录") {
				t.Errorf("GET %s: %d, want 401", p, resp.StatusCode)
			}
		})
	}
	for _, p := range []string{"/admin/recheck", "/admin/logout"} {
		t.Run("Action"+p, func(t *testing.T) {
			resp, _ := post(t, c, f.ts.URL+p, url.Values{})
			if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/admin/login") {
				t.Errorf("POST %s: %d, want redirect to login", p, resp.StatusCode)
			}
		})
	}
	t.Run("ForgedCookie", func(t *testing.T) {
		req, _ := http.NewRequest("GET", f.ts.URL+"/admin/export/json", nil)
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.AAAA"})
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("forged cookie: %d", resp.StatusCode)
		}
	})
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func TestLogin(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		f := newFixture(t, nil)
		c := f.client(t)
		resp, _ := f.login(t, c, "staff", testPassword)
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/admin/units" {
			t.Fatalf("login: %d %q", resp.StatusCode, resp.Header.Get("Location"))
		}
		var sess *http.Cookie
		for _, ck := range resp.Cookies() {
			if ck.Name == sessionCookie && ck.Value != "" {
				sess = ck
			}
		}
		if sess == nil || !sess.HttpOnly || !sess.Secure || sess.SameSite != http.SameSiteLaxMode {
			t.Fatalf("session cookie %+v", sess)
		}
		resp, body := get(t, c, f.ts.URL+"/admin/units")
		if resp.StatusCode != http.StatusOK || !strings.Contains(body, "开封技师学院") {
			t.Fatalf("units after login: %d", resp.StatusCode)
		}
		// The session expires.
		f.clock.Add(SessionTTL + time.Minute)
		if resp, _ := get(t, c, f.ts.URL+"/admin/units"); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("expired session: %d", resp.StatusCode)
		}
	})
	t.Run("Bcrypt", func(t *testing.T) {
		hash, err := bcrypt.GenerateFromPassword([]byte(testPassword), bcrypt.MinCost)
		if err != nil {
			t.Fatal(err)
		}
		f := newFixture(t, func(o *Options) { o.Password = string(hash); o.PublicURL = "http://localhost" })
		c := f.client(t)
		if resp, _ := f.login(t, c, "staff", "wrong"); resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("wrong password: %d", resp.StatusCode)
		}
		resp, _ := f.login(t, c, "staff", testPassword)
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("bcrypt login: %d", resp.StatusCode)
		}
		for _, ck := range resp.Cookies() {
			if ck.Name == sessionCookie && ck.Secure {
				t.Error("cookie Secure over plain http")
			}
		}
	})
	t.Run("ErrWrongPassword", func(t *testing.T) {
		f := newFixture(t, nil)
		c := f.client(t)
		resp, body := f.login(t, c, "staff", "guess")
		if resp.StatusCode != http.StatusUnauthorized || !strings.Contains(body, "用户名或密码错误") {
			t.Fatalf("got %d", resp.StatusCode)
		}
		if resp, _ := f.login(t, c, "admin", testPassword); resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("wrong user: %d", resp.StatusCode)
		}
	})
	t.Run("ErrNoCSRF", func(t *testing.T) {
		f := newFixture(t, nil)
		c := f.client(t)
		get(t, c, f.ts.URL+"/admin/login")
		resp, body := post(t, c, f.ts.URL+"/admin/login", url.Values{"username": {"staff"}, "password": {testPassword}})
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "请求无效") {
			t.Fatalf("login without csrf: %d", resp.StatusCode)
		}
	})
	t.Run("ErrRateLimit", func(t *testing.T) {
		f := newFixture(t, nil)
		c := f.client(t)
		for i := 0; i < loginFailures; i++ {
			f.login(t, c, "staff", "guess")
		}
		resp, body := f.login(t, c, "staff", testPassword)
		if resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "登录失败次数过多") {
			t.Fatalf("after %d failures: %d", loginFailures, resp.StatusCode)
		}
		f.clock.Add(loginWindow)
		if resp, _ := f.login(t, c, "staff", testPassword); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("after the window: %d", resp.StatusCode)
		}
	})
	t.Run("Disabled", func(t *testing.T) {
		f := newFixture(t, func(o *Options) { o.Password = "" })
		c := f.client(t)
		for _, p := range []string{"/admin/", "/admin/login", "/admin/export/json"} {
			resp, body := get(t, c, f.ts.URL+p)
			if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, "admin.password") {
				t.Errorf("GET %s: %d", p, resp.StatusCode)
			}
		}
		resp, _ := post(t, c, f.ts.URL+"/admin/login", url.Values{"username": {"staff"}, "password": {""}})
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("POST login: %d", resp.StatusCode)
		}
	})
	t.Run("Logout", func(t *testing.T) {
		f := newFixture(t, nil)
		c, csrf := f.loggedIn(t)
		if resp, _ := post(t, c, f.ts.URL+"/admin/logout", url.Values{"csrf": {csrf}}); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("logout: %d", resp.StatusCode)
		}
		if resp, _ := get(t, c, f.ts.URL+"/admin/"); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("after logout: %d", resp.StatusCode)
		}
	})
}

func TestCSRF(t *testing.T) {
	f := newFixture(t, nil)
	c, csrf := f.loggedIn(t)
	tests := []struct {
		name string
		form url.Values
		want int
	}{
		{"ErrMissing", url.Values{}, http.StatusForbidden},
		{"ErrWrong", url.Values{"csrf": {wrongToken(csrf)}}, http.StatusForbidden},
		{"OK", url.Values{"csrf": {csrf}}, http.StatusSeeOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, _ := post(t, c, f.ts.URL+"/admin/recheck", tt.form)
			if resp.StatusCode != tt.want {
				t.Errorf("got %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
	f.srv.wg.Wait()
}

func TestPages(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	if err := f.db.SetSetting(ctx, SelfCheckKey, "access_token 获取成功"); err != nil {
		t.Fatal(err)
	}
	id, err := f.db.Enqueue(ctx, "openid-B", store.OutboxText, "你好", "")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.db.MarkFailed(ctx, id, "errcode=45015 回复时间超过限制"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.db.ClaimReminder(ctx, "openid-C", "1d", f.clock.Now()); err != nil {
		t.Fatal(err)
	}
	if err := f.db.FinishReminder(ctx, "openid-C", "1d", store.ReminderUnreachable, store.ReminderUnreachable, "超过48小时未互动"); err != nil {
		t.Fatal(err)
	}
	c, _ := f.loggedIn(t)
	tests := []struct {
		name, path string
		want, not  []string
	}{
		{"EntriesDefault", "/admin/", []string{"黄河岸边的守望", "清廉之光", "初心 &amp; &lt;使命&gt; &#34;引号&#34;", "=丝路🚩新篇", "138", "时长不符"}, []string{"草稿作品", "取消的作品", "未命名作品"}},
		{"EntriesAll", "/admin/?status=all", []string{"黄河岸边的守望", "草稿作品", "取消的作品"}, nil},
		{"EntriesUnit", "/admin/?status=all&unit=" + url.QueryEscape("开封技师学院"), []string{"清廉之光", "取消的作品", "/admin/export/xlsx?unit=%e5%bc%80"}, []string{"黄河岸边的守望"}},
		{"EntriesCancelled", "/admin/?status=cancelled", []string{"取消的作品"}, []string{"清廉之光"}},
		{"EntriesStatus", "/admin/?status=draft", []string{"草稿作品"}, []string{"清廉之光"}},
		{"EntriesCategory", "/admin/?category=" + url.QueryEscape("动画制作"), []string{"清廉之光"}, []string{"黄河岸边的守望"}},
		{"EntriesVerdict", "/admin/?verdict=warn", []string{"黄河岸边的守望"}, []string{"清廉之光"}},
		{"EntriesSearchContact", "/admin/?q=" + url.QueryEscape("王老师"), []string{"清廉之光"}, []string{"黄河岸边的守望"}},
		{"EntriesSearchTitle", "/admin/?q=" + url.QueryEscape("丝路"), []string{"=丝路🚩新篇"}, []string{"清廉之光"}},
		{"Entry", "/admin/entries/" + itoa(f.ids["黄河岸边的守望"]), []string{"黄河岸边的守望", "13800000001", "码率 9.8 Mbps，略低于10 Mbps", "导出时把码率设为12 Mbps", "用户确认提交", "编导(导演)", "张伟、李娜", "郑州职院-1-黄河岸边的守望.mp4",
			`>码率</td>`, "报名时长2分30秒，检查的视频文件10秒", `<a id="video-link" href="https://v.example.com/`}, []string{`>bitrate<`}},
		{"EntryNoMismatch", "/admin/entries/" + itoa(f.ids["清廉之光"]), []string{"清廉之光"}, []string{"时长不符"}},
		{"EntryDraft", "/admin/entries/" + itoa(f.ids["草稿作品"]), []string{"0371-69691670", "尚缺", "未提交视频链接", "还没有检查记录"}, nil},
		{"Units", "/admin/units", []string{"郑州职院", "开封技师学院", "洛阳铁路学校", "王老师", "13900000002", "草稿作品", "未确认著作权声明", "tel:13700000003"}, nil},
		{"Downloads", "/admin/downloads", []string{"/admin/export/xlsx", "/admin/export/csv", "/admin/export/json", "/admin/zip?unit="}, nil},
		{"Diagnostics", "/admin/diagnostics", []string{"access_token 获取成功", "errcode=45015", "超过48小时未互动", "赵老师", "13700000003", "重新检查全部链接"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := get(t, c, f.ts.URL+tt.path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(body, n) {
					t.Errorf("page has %q", n)
				}
			}
		})
	}
	t.Run("ErrNotFound", func(t *testing.T) {
		resp, body := get(t, c, f.ts.URL+"/admin/entries/9999")
		if resp.StatusCode != http.StatusNotFound || !strings.Contains(body, "没有找到") {
			t.Errorf("got %d", resp.StatusCode)
		}
	})
}

func TestDownloads(t *testing.T) {
	f := newFixture(t, nil)
	c, _ := f.loggedIn(t)
	id := itoa(f.ids["黄河岸边的守望"])
	tests := []struct{ path, ctype, name string }{
		{"/admin/export/xlsx", typeXLSX, "全部单位-报名汇总表.xlsx"},
		{"/admin/export/xlsx?unit=" + url.QueryEscape("郑州职院"), typeXLSX, "郑州职院-报名汇总表.xlsx"},
		{"/admin/export/csv", typeCSV, "全部作品.csv"},
		{"/admin/export/json?unit=" + url.QueryEscape("郑州职院"), typeJSON, "郑州职院.json"},
		{"/admin/zip?unit=" + url.QueryEscape("郑州职院"), typeZIP, "郑州职院-报名材料.zip"},
		{"/admin/entries/" + id + "/form.docx", typeDOCX, "郑州职院-1-黄河岸边的守望-报名表.docx"},
		{"/admin/entries/" + id + "/agreement.docx", typeDOCX, "郑州职院-1-黄河岸边的守望-版权确认协议书.docx"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := get(t, c, f.ts.URL+tt.path)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != tt.ctype {
				t.Fatalf("status %d type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
			}
			if cd := resp.Header.Get("Content-Disposition"); !strings.Contains(cd, "filename*=UTF-8''"+url.PathEscape(tt.name)) {
				t.Errorf("disposition %q", cd)
			}
			if len(body) < 20 {
				t.Errorf("body %d bytes", len(body))
			}
		})
	}
	t.Run("JSONUnit", func(t *testing.T) {
		_, body := get(t, c, f.ts.URL+"/admin/export/json?unit="+url.QueryEscape("开封技师学院"))
		if !strings.Contains(body, `"title": "清廉之光"`) || strings.Contains(body, `"status": "cancelled"`) || strings.Contains(body, "黄河") {
			t.Errorf("json: %s", body)
		}
	})
	t.Run("JSONUnitAll", func(t *testing.T) {
		_, body := get(t, c, f.ts.URL+"/admin/export/json?all=1&unit="+url.QueryEscape("开封技师学院"))
		if !strings.Contains(body, `"title": "清廉之光"`) || !strings.Contains(body, `"status": "cancelled"`) {
			t.Errorf("json: %s", body)
		}
	})
	t.Run("ErrFormat", func(t *testing.T) {
		if resp, _ := get(t, c, f.ts.URL+"/admin/export/pdf"); resp.StatusCode != http.StatusNotFound {
			t.Errorf("got %d", resp.StatusCode)
		}
	})
	t.Run("ErrZipNoUnit", func(t *testing.T) {
		if resp, _ := get(t, c, f.ts.URL+"/admin/zip"); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("got %d", resp.StatusCode)
		}
	})
}

func TestFiles(t *testing.T) {
	f := newFixture(t, nil)
	c := f.client(t)
	link := f.srv.DocumentsLink("openid-A")
	if !strings.HasPrefix(link, "https://bot.example.com/files/") {
		t.Fatalf("link %q", link)
	}
	path := strings.TrimPrefix(link, "https://bot.example.com")
	t.Run("List", func(t *testing.T) {
		resp, body := get(t, c, f.ts.URL+path)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d", resp.StatusCode)
		}
		for _, w := range []string{"黄河岸边的守望", "草稿作品", path + "/entries.xlsx", path + "/" + itoa(f.ids["黄河岸边的守望"]) + "/form.docx"} {
			if !strings.Contains(body, w) {
				t.Errorf("page lacks %q", w)
			}
		}
		if strings.Contains(body, "清廉之光") {
			t.Error("page lists another user's entry")
		}
	})
	tests := []struct {
		name, path string
		want       int
	}{
		{"OwnForm", path + "/" + itoa(f.ids["黄河岸边的守望"]) + "/form.docx", http.StatusOK},
		{"OwnAgreement", path + "/" + itoa(f.ids["草稿作品"]) + "/agreement.docx", http.StatusOK},
		{"OwnXLSX", path + "/entries.xlsx", http.StatusOK},
		{"ErrOtherUsersEntry", path + "/" + itoa(f.ids["清廉之光"]) + "/form.docx", http.StatusForbidden},
		{"ErrOtherUsersAgreement", path + "/" + itoa(f.ids["清廉之光"]) + "/agreement.docx", http.StatusForbidden},
		{"ErrNoSuchEntry", path + "/9999/form.docx", http.StatusForbidden},
		{"ErrTampered", path[:len(path)-3] + "abc", http.StatusForbidden},
		{"ErrGarbage", "/files/garbage", http.StatusForbidden},
		{"ErrOtherPath", "/files/a/b/c/d", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := get(t, c, f.ts.URL+tt.path)
			if resp.StatusCode != tt.want {
				t.Errorf("got %d, want %d", resp.StatusCode, tt.want)
			}
			if tt.want == http.StatusForbidden && (!strings.Contains(body, "链接") || strings.Contains(body, "黄河")) {
				t.Errorf("403 page: %s", body)
			}
		})
	}
	t.Run("ErrNoOpenIDInLink", func(t *testing.T) {
		if strings.Contains(link, "openid-A") || strings.Contains(link, b64.EncodeToString([]byte("openid-A"))[:8]) {
			t.Errorf("link %q shows the openid", link)
		}
		if other := f.srv.DocumentsLink("openid-A"); other == link {
			t.Error("two links share a token")
		}
	})
	t.Run("ErrExpired", func(t *testing.T) {
		f.clock.Add(DefaultLinkTTL + time.Second)
		resp, body := get(t, c, f.ts.URL+path)
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(body, "链接无效或已过期") {
			t.Errorf("got %d", resp.StatusCode)
		}
	})
}

func TestRecheck(t *testing.T) {
	f := newFixture(t, nil)
	c, csrf := f.loggedIn(t)
	resp, _ := post(t, c, f.ts.URL+"/admin/recheck", url.Values{"csrf": {csrf}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("recheck: %d", resp.StatusCode)
	}
	f.srv.wg.Wait()
	ctx := context.Background()
	e, err := f.db.Entry(ctx, f.ids["黄河岸边的守望"])
	if err != nil {
		t.Fatal(err)
	}
	if e.CheckVerdict != contestbot.VerdictFail || !strings.Contains(e.CheckJSON, "1280×720") || e.CheckedAt == nil {
		t.Errorf("entry after re-check: %q %q", e.CheckVerdict, e.CheckJSON)
	}
	evs, _ := f.db.EntryEvents(ctx, e.ID)
	if len(evs) == 0 || evs[len(evs)-1].What != "管理员重新检查视频：不通过" {
		t.Errorf("events %v", evs)
	}
	want := f.checker.calls["https://v.example.com/黄河岸边的守望.mp4"]
	if want == nil || want.Unit != "郑州职院" || want.Seq != 1 || want.Title != "黄河岸边的守望" {
		t.Errorf("expect %+v", want)
	}
	if _, ok := f.checker.calls["https://v.example.com/取消的作品.mp4"]; ok {
		t.Error("cancelled entry re-checked")
	}
	broken, _ := f.db.Entry(ctx, f.ids["清廉之光"])
	if broken.CheckVerdict != "" {
		t.Errorf("an unreachable link got verdict %q", broken.CheckVerdict)
	}
	st := f.srv.recheck.snapshot()
	if st.Running || st.Total != 4 || st.Done != 4 || st.Failed != 1 {
		t.Errorf("status %+v", st)
	}
	_, body := get(t, c, f.ts.URL+"/admin/diagnostics")
	if !strings.Contains(body, "共 4 个链接") {
		t.Error("diagnostics lacks the re-check result")
	}
	t.Run("ErrNoChecker", func(t *testing.T) {
		f := newFixture(t, func(o *Options) { o.Checker = nil })
		c, csrf := f.loggedIn(t)
		if resp, _ := post(t, c, f.ts.URL+"/admin/recheck", url.Values{"csrf": {csrf}}); resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("got %d", resp.StatusCode)
		}
	})
}

// testSeason is the built-in first season.
func testSeason(t testing.TB) *contestbot.Season {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return kb.Season()
}

// wrongToken is token with its first character changed (never to itself).
func wrongToken(token string) string {
	if strings.HasPrefix(token, "x") {
		return "y" + token[1:]
	}
	return "x" + token[1:]
}
