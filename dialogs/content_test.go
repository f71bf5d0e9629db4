package dialogs_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/dialogs"
	"contestbot/store"
	"contestbot/store/storetest"
)

var _ dialogs.ContentStore = (*store.DB)(nil)

// barsFilm makes a small film with ffmpeg: 2 s of SMPTE bars with a 1 kHz
// tone, then 3 s of a moving picture.
func barsFilm(t *testing.T, path string) {
	t.Helper()
	if _, err := exec.LookPath("ffmpeg"); err != nil {
		t.Skip("ffmpeg not installed")
	}
	graph := "smptebars=s=480x270:r=10:d=2[b];sine=f=1000:r=48000:d=2[bt];" +
		"mandelbrot=s=480x270:r=10,trim=duration=3,setpts=PTS-STARTPTS,format=yuv420p[m];" +
		"anoisesrc=d=3:c=pink:r=48000:a=0.1[ma];[b]format=yuv420p[b2];" +
		"[b2][bt][m][ma]concat=n=2:v=1:a=1[v][a]"
	cmd := exec.Command("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
		"-filter_complex", graph, "-map", "[v]", "-map", "[a]",
		"-c:v", "libx264", "-preset", "ultrafast", "-g", "5", "-pix_fmt", "yuv420p", "-c:a", "aac", path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("ffmpeg: %v: %s", err, out)
	}
}

// TestVideoLinkContent sends a link to a film that opens with colour bars:
// the metadata verdict comes first, then one short message from the
// content stage, and the entry keeps the whole report and the frame.
func TestVideoLinkContent(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	film := filepath.Join(dir, "film.mp4")
	barsFilm(t, film)
	body, err := os.ReadFile(film)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "v.mp4", time.Time{}, strings.NewReader(string(body)))
	}))
	defer srv.Close()
	u := srv.URL + "/" + url.PathEscape("郑州职业技术学院-1-守望") + ".mp4"

	for _, tt := range []struct {
		name   string
		ffmpeg string
	}{{"OK", ""}, {"NoFFmpeg", filepath.Join(dir, "no-such-ffmpeg")}} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
			defer db.Close()
			p := &fakePusherCh{}
			ck := checks.New(checks.Options{AllowPrivateNetworks: true, Timeout: 10 * time.Second, FFmpeg: tt.ffmpeg})
			c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t), Checker: ck, Pusher: p})
			complete(t, c, "u1")
			if _, err := c.Handle(ctx, dialogs.Message{OpenID: "u1", MsgID: "m1", Type: dialogs.TypeText, Text: u}); err != nil {
				t.Fatal(err)
			}
			c.Wait()
			es, _ := db.EntriesByOpenID(ctx, "u1")
			e := es[0]
			if tt.ffmpeg != "" {
				if len(p.text) != 1 || strings.Contains(p.text[0], "正在检查") {
					t.Fatalf("pushed %q", p.text)
				}
				if !strings.Contains(e.CheckJSON, "内容检查未进行（服务器未安装ffmpeg）") {
					t.Errorf("report %s", e.CheckJSON)
				}
				return
			}
			if len(p.keys) != 2 || p.keys[0] != "check:m1" || p.keys[1] != "content:m1" {
				t.Fatalf("pushed %q %q", p.keys, p.text)
			}
			if !strings.Contains(p.text[0], "画面内容（彩条、开场字幕、角标水印）正在检查") {
				t.Errorf("verdict %q does not announce the content stage", p.text[0])
			}
			want := "《守望》画面内容检查【提醒】（自动识别，工作人员会人工确认）：\n1. 00:00–00:02 疑似彩条（伴有1kHz测试音），请删除后重新导出"
			if p.text[1] != want {
				t.Errorf("content message\n%s\nwant\n%s", p.text[1], want)
			}
			if !strings.Contains(e.CheckJSON, `"colour_bars","status":"warn"`) || e.CheckVerdict != contestbot.VerdictFail {
				t.Errorf("entry verdict %s report %s", e.CheckVerdict, e.CheckJSON)
			}
			jpg, err := db.EntryEvidence(ctx, e.ID, 1)
			if err != nil || len(jpg) < 100 || jpg[0] != 0xff || jpg[1] != 0xd8 {
				t.Errorf("evidence %d bytes, %v", len(jpg), err)
			}
		})
	}
}
