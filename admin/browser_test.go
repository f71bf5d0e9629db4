package admin

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
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

// TestBrowser drives the staff page in headless chromium: a wrong password
// is refused, then staff log in, filter to one unit, open an entry, download
// the unit's 汇总表 and a form without its CSRF token is refused.
func TestBrowser(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.PublicURL = "http://127.0.0.1" })
	downloads := t.TempDir()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	bctx := newBrowser(t, ctx, 1280, 900)

	do := func(step string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	text := func(step string, sel chromedp.ID) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		return s
	}

	do("wrong password",
		chromedp.Navigate(f.ts.URL+"/admin/"),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			yes := true
			_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: &yes,
			})
			return err
		}),
		chromedp.WaitVisible(chromedp.ID("username")),
		chromedp.SendKeys(chromedp.ID("username"), "staff"),
		chromedp.SendKeys(chromedp.ID("password"), "not-the-password"),
		chromedp.Click(chromedp.ID("login")),
		chromedp.WaitVisible(chromedp.ID("login-error")),
	)
	if got := text("login error", "login-error"); !strings.Contains(got, "用户名或密码错误") {
		t.Fatalf("login error %q", got)
	}

	do("log in",
		chromedp.SendKeys(chromedp.ID("username"), "staff"),
		chromedp.SendKeys(chromedp.ID("password"), testPassword),
		chromedp.Click(chromedp.ID("login")),
		chromedp.WaitVisible(chromedp.ID("entries")),
	)
	// The list opens on completed entries: no drafts, no cancelled ones;
	// the registered 2分30秒 of a 10-second file is flagged.
	if got := text("entries", "entries"); !strings.Contains(got, "清廉之光") || !strings.Contains(got, "黄河岸边的守望") ||
		strings.Contains(got, "草稿作品") || strings.Contains(got, "取消的作品") || !strings.Contains(got, "时长不符") {
		t.Fatalf("entries table: %q", got)
	}
	if got, err := chromedp.Run(bctx, chromedp.Value(chromedp.ID("f-status"))); err != nil || got != "complete" {
		t.Fatalf("status filter %q, %v", got, err)
	}
	do("show every status",
		chromedp.SetValue(chromedp.ID("f-status"), "all"),
		chromedp.Click(chromedp.ID("f-submit")),
		chromedp.WaitVisible(chromedp.Search(`//table[@id="entries"]//a[text()="草稿作品"]`)),
	)
	if got := text("all statuses", "entries"); !strings.Contains(got, "取消的作品") {
		t.Fatalf("entries with all statuses: %q", got)
	}
	do("back to the default",
		chromedp.SetValue(chromedp.ID("f-status"), "complete"),
		chromedp.Click(chromedp.ID("f-submit")),
		chromedp.WaitVisible(chromedp.ID("entries")),
	)

	do("filter to one unit",
		chromedp.SetValue(chromedp.ID("f-unit"), "郑州职院"),
		chromedp.Click(chromedp.ID("f-submit")),
		chromedp.WaitVisible(chromedp.ID("dl-unit-xlsx")),
	)
	if got := text("filtered", "entries"); !strings.Contains(got, "黄河岸边的守望") || strings.Contains(got, "清廉之光") {
		t.Fatalf("filtered table: %q", got)
	}
	listURL, err := chromedp.Run(bctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}

	do("open an entry",
		chromedp.Click(chromedp.Search(`//a[contains(@class,"entry-link") and text()="黄河岸边的守望"]`)),
		chromedp.WaitVisible(chromedp.ID("fields")),
	)
	if got := text("entry", "fields"); !strings.Contains(got, "13800000001") || !strings.Contains(got, "张伟、李娜") {
		t.Fatalf("entry fields: %q", got)
	}
	// Check rules are named in Chinese; the duration flag says both times;
	// the video link opens.
	if got := text("rules", "rules"); !strings.Contains(got, "码率") || strings.Contains(got, "bitrate") {
		t.Fatalf("rules table: %q", got)
	}
	if got := text("duration flag", "duration-mismatch"); !strings.Contains(got, "2分30秒") || !strings.Contains(got, "10秒") {
		t.Fatalf("duration flag: %q", got)
	}
	if href, err := chromedp.Run(bctx, chromedp.AttributeValue(chromedp.ID("video-link"), "href")); err != nil ||
		!strings.HasPrefix(href.Value, "https://v.example.com/") {
		t.Fatalf("video link href %q, %v", href.Value, err)
	}

	do("download the unit's xlsx",
		chromedp.Navigate(listURL),
		chromedp.WaitVisible(chromedp.ID("dl-unit-xlsx")),
		chromedp.Click(chromedp.ID("dl-unit-xlsx")),
	)
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
	do("post without csrf",
		chromedp.Navigate(f.ts.URL+"/admin/diagnostics"),
		chromedp.WaitVisible(chromedp.ID("recheck")),
		chromedp.Evaluate[chromedp.Void](`(() => {
			const form = document.querySelector('#recheck').form;
			form.querySelector('input[name=csrf]').remove();
			form.submit();
		})()`),
		chromedp.WaitVisible(chromedp.ID("error-message")),
	)
	if got := text("no-csrf post", "error-message"); !strings.Contains(got, "请求无效") {
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
