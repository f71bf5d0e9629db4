package checks

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// TestCheckJSONGolden pins the `check --json` lines for every fixture.
func TestCheckJSONGolden(t *testing.T) {
	dir := t.TempDir()
	c := New(Options{AllowLocalFiles: true})
	var buf bytes.Buffer
	for _, s := range fixtureSpecs {
		sub := filepath.Join(dir, strings.TrimSuffix(s.name, filepath.Ext(s.name)))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		p := fixtureFile(t, s.name, sub, goodName)
		rep, err := c.Check(context.Background(), p, nil)
		if err != nil {
			t.Fatal(err)
		}
		rep.Input = s.name // the temp path differs on every run
		if err := WriteJSON(&buf, rep); err != nil {
			t.Fatal(err)
		}
	}
	golden := filepath.Join("testdata", "check_json.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if d := cmp.Diff(string(want), buf.String()); d != "" {
		t.Errorf("check --json output changed (-want +got):\n%s", d)
	}
}

func TestSummaryLine(t *testing.T) {
	f := goodFile()
	f.FrameRate, f.Faststart, f.BytesFetched, f.Requests = 25, true, 65536, 1
	got := SummaryLine(f.Info())
	want := "1920×1080 · H.264 · 25 fps · 视频码率 20 Mbps · 时长 170 秒 · 索引在开头 · 读取 64.0 KB，1 次请求"
	if got != want {
		t.Errorf("SummaryLine = %q, want %q", got, want)
	}
}
