package admin

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// findChromium returns Debian's chromium (or another Chrome) on this
// machine, or "".
func findChromium() string {
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts headless chromium with a window of w×h pixels and
// returns its context, or skips the test when there is none and the browser
// is not required (CONTESTBOT_REQUIRE_BROWSER).
func newBrowser(t testing.TB, ctx context.Context, w, h int) context.Context {
	t.Helper()
	exe := findChromium()
	if exe == "" {
		if os.Getenv("CONTESTBOT_REQUIRE_BROWSER") != "" {
			t.Fatal("CONTESTBOT_REQUIRE_BROWSER is set but no chromium was found")
		}
		t.Skip("no chromium found (set CONTESTBOT_REQUIRE_BROWSER=1 to make this a failure)")
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(w, h),
	)
	t.Cleanup(cancelAlloc)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return bctx
}

// stepTimeout bounds one step of a browser test. A step that waits for
// something that will never come fails after it, naming the step and
// showing the page, instead of using up the whole test's time.
const stepTimeout = 30 * time.Second

// tab drives one browser tab through the steps of a test.
type tab struct {
	t   *testing.T
	ctx context.Context
}

// do runs steps that stay on the page that is loaded now.
func (b *tab) do(step string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.fail(step, err)
	}
}

// open navigates to url and returns once the page has loaded with the
// wanted HTTP status (after any redirect).
func (b *tab) open(step, url string, status int64) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(url))
	b.checkLoad(step, resp, err, status)
}

// load runs trigger, which makes the page load another one (a click on a
// link or a submit button, a form's submit()), and returns only once the
// new page has loaded with the wanted HTTP status. Waiting for an element
// instead is not enough when the old page shows it too: the next step then
// runs on the old page while the new one is on its way, and what it does
// there (a filter chosen, a field typed) is lost when the new page replaces
// it.
func (b *tab) load(step string, status int64, trigger chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	resp, err := chromedp.RunResponse(ctx, trigger)
	b.checkLoad(step, resp, err, status)
}

func (b *tab) checkLoad(step string, resp *network.Response, err error, status int64) {
	b.t.Helper()
	switch {
	case err != nil:
		b.fail(step, err)
	case resp == nil:
		b.fail(step, errors.New("no response for the page"))
	case resp.Status != status:
		b.fail(step, fmt.Errorf("%s answered %d, want %d", resp.URL, resp.Status, status))
	}
}

// text returns the text of the element with the given id on the loaded page.
func (b *tab) text(step string, id chromedp.ID) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, stepTimeout)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(id))
	if err != nil {
		b.fail(step, err)
	}
	return s
}

// fail ends the test with the step, its error, and the address and text of
// the page the tab shows, which tell a wait on the wrong page from a slow
// one.
func (b *tab) fail(step string, err error) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	where, _ := chromedp.Run(ctx, chromedp.Location())
	shown, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
	if r := []rune(shown); len(r) > 600 {
		shown = string(r[:600]) + "…"
	}
	b.t.Fatalf("%s: %v\nthe tab shows %s:\n%s", step, err, where, shown)
}

// slowServer serves h with a random delay of up to 250 ms before each
// request, as a loaded machine does, so that a browser test whose steps
// wait on time or on the wrong page fails here and not only under load in
// CI. The seed is logged, so a failure can be replayed.
func slowServer(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if s, err := strconv.ParseUint(os.Getenv("CONTESTBOT_BROWSER_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("server delays with CONTESTBOT_BROWSER_SEED=%d", seed)
	var mu sync.Mutex
	rnd := rand.New(rand.NewPCG(seed, 0))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		d := time.Duration(rnd.IntN(250)) * time.Millisecond
		mu.Unlock()
		time.Sleep(d)
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	return ts
}

// TestBrowser drives the staff page in headless chromium: a wrong password
// is refused, then staff log in, filter to one unit, open an entry, download
// the unit's 汇总表 and a form without its CSRF token is refused. Every
// click that loads a page waits for that page (tab.load), and the server
// answers after a random delay, so the steps cannot overtake the pages.
func TestBrowser(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.PublicURL = "http://127.0.0.1" })
	ts := slowServer(t, f.srv)
	downloads := t.TempDir()

	// A backstop only: each step has its own limit (stepTimeout). Under
	// load the whole test takes up to a minute.
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	b := &tab{t: t, ctx: newBrowser(t, ctx, 1280, 900)}

	b.do("allow downloads", chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		yes := true
		_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
			Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: &yes,
		})
		return err
	}))
	b.open("open the page", ts.URL+"/admin/", http.StatusOK)
	b.do("wrong password",
		chromedp.SendKeys(chromedp.ID("username"), "staff"),
		chromedp.SendKeys(chromedp.ID("password"), "not-the-password"),
	)
	b.load("wrong password", http.StatusUnauthorized, chromedp.Click(chromedp.ID("login")))
	if got := b.text("login error", "login-error"); !strings.Contains(got, "用户名或密码错误") {
		t.Fatalf("login error %q", got)
	}

	b.do("log in",
		chromedp.SendKeys(chromedp.ID("username"), "staff"),
		chromedp.SendKeys(chromedp.ID("password"), testPassword),
	)
	b.load("log in", http.StatusOK, chromedp.Click(chromedp.ID("login")))
	// The list opens on completed entries: no drafts, no cancelled ones;
	// the registered 2分30秒 of a 10-second file is flagged.
	if got := b.text("entries", "entries"); !strings.Contains(got, "清廉之光") || !strings.Contains(got, "黄河岸边的守望") ||
		strings.Contains(got, "草稿作品") || strings.Contains(got, "取消的作品") || !strings.Contains(got, "时长不符") {
		t.Fatalf("entries table: %q", got)
	}
	if got, err := chromedp.Run(b.ctx, chromedp.Value(chromedp.ID("f-status"))); err != nil || got != "complete" {
		t.Fatalf("status filter %q, %v", got, err)
	}
	b.do("show every status", chromedp.SetValue(chromedp.ID("f-status"), "all"))
	b.load("show every status", http.StatusOK, chromedp.Click(chromedp.ID("f-submit")))
	if got := b.text("all statuses", "entries"); !strings.Contains(got, "草稿作品") || !strings.Contains(got, "取消的作品") {
		t.Fatalf("entries with all statuses: %q", got)
	}
	b.do("back to the default", chromedp.SetValue(chromedp.ID("f-status"), "complete"))
	b.load("back to the default", http.StatusOK, chromedp.Click(chromedp.ID("f-submit")))

	b.do("filter to one unit", chromedp.SetValue(chromedp.ID("f-unit"), "郑州职院"))
	b.load("filter to one unit", http.StatusOK, chromedp.Click(chromedp.ID("f-submit")))
	b.do("filter to one unit", chromedp.WaitVisible(chromedp.ID("dl-unit-xlsx")))
	if got := b.text("filtered", "entries"); !strings.Contains(got, "黄河岸边的守望") || strings.Contains(got, "清廉之光") ||
		strings.Contains(got, "草稿作品") {
		t.Fatalf("filtered table: %q", got)
	}
	listURL, err := chromedp.Run(b.ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}

	b.load("open an entry", http.StatusOK,
		chromedp.Click(chromedp.Search(`//a[contains(@class,"entry-link") and text()="黄河岸边的守望"]`)))
	if got := b.text("entry", "fields"); !strings.Contains(got, "13800000001") || !strings.Contains(got, "张伟、李娜") {
		t.Fatalf("entry fields: %q", got)
	}
	// Check rules are named in Chinese; the duration flag says both times;
	// the video link opens.
	if got := b.text("rules", "rules"); !strings.Contains(got, "码率") || strings.Contains(got, "bitrate") {
		t.Fatalf("rules table: %q", got)
	}
	if got := b.text("duration flag", "duration-mismatch"); !strings.Contains(got, "2分30秒") || !strings.Contains(got, "10秒") {
		t.Fatalf("duration flag: %q", got)
	}
	if href, err := chromedp.Run(b.ctx, chromedp.AttributeValue(chromedp.ID("video-link"), "href")); err != nil ||
		!strings.HasPrefix(href.Value, "https://v.example.com/") {
		t.Fatalf("video link href %q, %v", href.Value, err)
	}

	// A download loads no page: the file arriving is what to wait for.
	b.open("back to the unit", listURL, http.StatusOK)
	b.do("download the unit's xlsx", chromedp.Click(chromedp.ID("dl-unit-xlsx")))
	file := waitDownload(t, ctx, downloads)
	x, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatalf("downloaded file: %v", err)
	}
	defer x.Close()
	rows, err := x.GetRows("郑州职院")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 6 || rows[0][0] != "全省党员教育短视频创作大赛报名汇总表" || rows[2][1] != "片名" ||
		rows[3][1] != "黄河岸边的守望" || rows[4][1] != `初心 & <使命> 引号` {
		t.Fatalf("downloaded rows: %q", rows)
	}

	// A form posted without its CSRF token is refused.
	b.open("diagnostics", ts.URL+"/admin/diagnostics", http.StatusOK)
	b.load("post without csrf", http.StatusForbidden, chromedp.Evaluate[chromedp.Void](`(() => {
		const form = document.querySelector('#recheck').form;
		form.querySelector('input[name=csrf]').remove();
		form.submit();
	})()`))
	if got := b.text("no-csrf post", "error-message"); !strings.Contains(got, "请求无效") {
		t.Fatalf("no-csrf post: %q", got)
	}
	f.srv.wg.Wait()
}

// waitDownload waits for a finished download in dir and returns its path.
func waitDownload(t *testing.T, ctx context.Context, dir string) string {
	t.Helper()
	for {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			name := e.Name()
			if strings.HasSuffix(name, ".crdownload") || strings.HasPrefix(name, ".") {
				continue
			}
			p := filepath.Join(dir, name)
			if x, err := excelize.OpenFile(p); err == nil {
				x.Close()
				return p
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no download in %s: %v", dir, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
