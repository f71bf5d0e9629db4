package admin

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"contestbot"
	"contestbot/checks"
)

// TestEvidence shows a content finding's frame beside the entry's check,
// and serves the frame only to staff.
func TestEvidence(t *testing.T) {
	f := newFixture(t, nil)
	ctx := context.Background()
	id := f.ids["清廉之光"]
	rep := contestbot.Report{Input: "https://v.example.com/broken.mp4", Verdict: contestbot.VerdictPass,
		Rules: []contestbot.RuleResult{{ID: contestbot.RuleContainer, Status: contestbot.VerdictPass, Message: "MP4 格式"}},
		Info:  map[string]any{"bytes_fetched": int64(100), "requests": 1}}
	jpg := []byte("\xff\xd8\xff\xe0 frame")
	rep = checks.WithContent(rep, checks.Content{Findings: []checks.Finding{
		{Rule: checks.RuleCornerLogo, Start: 7, End: 170, Score: 0.9, Corner: "top_left", Box: []int{4, 4, 30, 12}, Evidence: jpg},
	}})
	js, _ := json.Marshal(rep)
	if err := f.db.SetEntryContentCheck(ctx, id, rep.Verdict, string(js), f.clock.Now(), [][]byte{jpg}); err != nil {
		t.Fatal(err)
	}
	page := "/admin/entries/" + itoa(id)
	img := page + "/evidence/1.jpg"

	resp, _ := get(t, f.client(t), f.ts.URL+img)
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("frame without login: %d", resp.StatusCode)
	}
	c, _ := f.loggedIn(t)
	resp, body := get(t, c, f.ts.URL+page)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("page: %d", resp.StatusCode)
	}
	for _, want := range []string{`id="evidence"`, `src="` + img + `"`, "00:07–02:50 画面左上角疑似有水印或logo，请去掉后重新导出", "corner_logo"} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	resp, body = get(t, c, f.ts.URL+img)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "image/jpeg" || !bytes.Equal([]byte(body), jpg) {
		t.Errorf("frame: %d %s %q", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	resp, _ = get(t, c, f.ts.URL+page+"/evidence/2.jpg")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing frame: %d", resp.StatusCode)
	}
}
