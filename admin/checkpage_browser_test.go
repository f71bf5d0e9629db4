package admin

import (
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"contestbot"
	"contestbot/checks"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
)

// pageRule is one rule as the page shows it.
type pageRule struct {
	ID      string `json:"id"`
	Status  string `json:"status"`
	Message string `json:"message"`
	Fix     string `json:"fix"`
}

// pageVerdict is what the page shows after a check.
type pageVerdict struct {
	Report string     `json:"report"`
	Rules  []pageRule `json:"rules"`
	Sent   string     `json:"sent"`
	Stored string     `json:"stored"`
	Error  string     `json:"error"`
}

const readVerdictJS = `(() => ({
	report: document.getElementById('result').hidden ? '' : document.getElementById('report').innerText,
	rules: Array.from(document.querySelectorAll('#rules li')).map(li => ({
		id: li.dataset.id, status: li.dataset.status,
		message: li.querySelector('.message').textContent,
		fix: (li.querySelector('.fix') ? li.querySelector('.fix').textContent.replace(/^建议：/, '') : ''),
	})),
	sent: document.getElementById('sent').textContent,
	stored: document.getElementById('stored').textContent,
	error: document.getElementById('error-card').hidden ? '' : document.getElementById('error').textContent,
}))()`

// checkInBrowser opens link, chooses entry (unless ""), picks the file and
// returns the verdict the page shows.
func checkInBrowser(t *testing.T, bctx context.Context, link, entry, path string) pageVerdict {
	t.Helper()
	b := &tab{t: t, ctx: bctx}
	b.open("open the check page", link, http.StatusOK)
	steps := []chromedp.Action[chromedp.Void]{chromedp.WaitReady(chromedp.ID("file"))}
	if entry != "" {
		steps = append(steps, chromedp.SetValue(chromedp.ID("entry"), entry))
	}
	steps = append(steps,
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{path}),
		chromedp.Poll[chromedp.Void](`!document.getElementById('result').hidden || !document.getElementById('error-card').hidden`,
			chromedp.WithPollingTimeout(stepTimeout)),
	)
	b.do("check "+filepath.Base(path)+" in the browser", steps...)
	v, err := chromedp.Run(bctx, chromedp.Evaluate[pageVerdict](readVerdictJS))
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestCheckPageBrowser runs the corpus through the check page in chromium:
// for each file it opens the page from the link the bot gave to "检查视频",
// picks the file, reads the verdict rule by rule, compares it with what
// `contestbot check` says of the same file, and finds the result stored on
// the entry.
func TestCheckPageBrowser(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	bctx := newBrowser(t, ctx, 390, 844) // a phone: the page is mobile-first
	pf := newPageFixture(t)
	corpus := pf.makeCorpus(t, t.TempDir())
	link := pf.botLink(t, pageUser)
	// What `contestbot check FILE` runs, with the page's moov cap.
	cli := checks.New(checks.Options{AllowLocalFiles: true, MaxMoovBytes: testMaxMoov, Logger: testLogger(t)})

	for _, c := range corpus {
		t.Run(c.name, func(t *testing.T) {
			pushes := pf.pusher.count()
			got := checkInBrowser(t, bctx, link, c.entry, c.path)
			if got.Error != "" {
				t.Fatalf("the page says: %s", got.Error)
			}
			e, err := pf.db.Entry(ctx, c.entryID)
			if err != nil {
				t.Fatal(err)
			}
			want, err := cli.Check(ctx, c.path, &checks.Expect{Unit: e.Unit, Seq: e.Seq, Title: e.Title})
			if err != nil {
				t.Fatal(err)
			}
			plain, err := cli.Check(ctx, c.path, nil) // exactly `contestbot check FILE`
			if err != nil {
				t.Fatal(err)
			}
			var wantRules []pageRule
			for i, r := range want.Rules {
				wantRules = append(wantRules, pageRule{ID: r.ID, Status: string(r.Status), Message: r.Message, Fix: r.Fix})
				// The entry's name can only be stricter than the command
				// line's, which knows no entry.
				entryOnly := r.ID == contestbot.RuleFilename && strings.Contains(r.Message, "与报名信息不一致")
				if plain.Rules[i].Status != r.Status && !entryOnly {
					t.Errorf("rule %s: %s with the entry, %s from the command line", r.ID, r.Status, plain.Rules[i].Status)
				}
			}
			if diff := cmp.Diff(wantRules, got.Rules); diff != "" {
				t.Errorf("page verdict differs from contestbot check (-check +page):\n%s", diff)
			}
			// The page reads as the chat's report, line by line.
			want.Input = filepath.Base(c.path)
			if !strings.HasPrefix(got.Report, "视频检查结果："+want.Verdict.Label()) {
				t.Errorf("report %q, want it to start 视频检查结果：%s", got.Report, want.Verdict.Label())
			}
			if gotText, wantText := lines(got.Report), lines(checks.FormatReport(want)); gotText != wantText {
				t.Errorf("the page's text differs from the chat's:\n%s\n---\n%s", gotText, wantText)
			}

			// Stored on the entry, like a link check, and pushed to the chat.
			if e.CheckVerdict != want.Verdict || e.CheckedAt == nil {
				t.Errorf("stored verdict %q, want %q", e.CheckVerdict, want.Verdict)
			}
			var stored contestbot.Report
			if err := json.Unmarshal([]byte(e.CheckJSON), &stored); err != nil {
				t.Fatalf("stored report: %v", err)
			}
			if diff := cmp.Diff(want.Rules, stored.Rules); diff != "" {
				t.Errorf("stored rules differ (-check +stored):\n%s", diff)
			}
			// The script sent exactly what checks.UploadFrom, its Go twin, sends.
			if n, _ := stored.Info["bytes_fetched"].(float64); int64(n) != uploadOf(t, c.path, testMaxMoov).Bytes() {
				t.Errorf("the page sent %v bytes, UploadFrom %d", n, uploadOf(t, c.path, testMaxMoov).Bytes())
			}
			if !strings.Contains(got.Stored, "《"+e.Title+"》") {
				t.Errorf("page says %q about where the result went", got.Stored)
			}
			if pf.pusher.count() != pushes+1 {
				t.Errorf("%d pushes, want 1", pf.pusher.count()-pushes)
			}
			t.Logf("%s: %s; %s", c.name, want.Verdict, got.Sent)
		})
	}

	// Staff see the last result on the entry's page.
	c, _ := pf.loggedIn(t)
	_, page := get(t, c, pf.ts.URL+"/admin/entries/"+itoa(pf.first.ID))
	if !strings.Contains(page, "检查页") {
		t.Errorf("the entry page does not say the check came from the check page")
	}
}

// lines is s with each line trimmed and empty lines dropped: the page
// indents a fix with CSS, the chat with spaces.
func lines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
