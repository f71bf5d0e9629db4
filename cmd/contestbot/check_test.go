package main

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expandFixture rebuilds a checks/testdata/fixtures file (MP4 with mdat
// payloads removed) as a sparse file of the original size at dst.
func expandFixture(t *testing.T, name, dst string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "checks", "testdata", "fixtures", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(dst)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var off int64
	for pos := 0; pos+8 <= len(b); {
		size := int64(binary.BigEndian.Uint32(b[pos:]))
		if string(b[pos+4:pos+8]) == "mdat" {
			if _, err := f.WriteAt(b[pos:pos+8], off); err != nil {
				t.Fatal(err)
			}
			off += size
			pos += 8
			continue
		}
		if _, err := f.WriteAt(b[pos:pos+int(size)], off); err != nil {
			t.Fatal(err)
		}
		off += size
		pos += int(size)
	}
	if err := f.Truncate(off); err != nil {
		t.Fatal(err)
	}
}

func TestCheckCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "郑州大学-1-初心.mp4")
	expandFixture(t, "1080p.mp4", good)
	low := filepath.Join(dir, "郑州大学-2-低码率.mp4")
	expandFixture(t, "low.mp4", low)
	cfg := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfg, []byte("log:\n  level: error\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		code  int
		out   []string // substrings of stdout
		lines int      // JSON lines expected; 0: not JSON
	}{
		{"Pass", []string{good}, 0, []string{"视频检查结果：通过", "1920×1080", "视频码率 21.5 Mbps"}, 0},
		{"FailBitrate", []string{low, good}, 1, []string{"码率【不通过】", "视频检查结果：通过"}, 0},
		{"JSON", []string{"--json", good, low}, 1, []string{`"verdict":"pass"`, `"verdict":"fail"`, `"bytes_fetched"`}, 2},
		{"JSONAfterInput", []string{good, "--json"}, 0, []string{`"id":"bitrate"`}, 1},
		{"Missing", []string{filepath.Join(dir, "nope.mp4")}, 1, []string{"找不到文件"}, 0},
		{"NotALink", []string{"ftp://example.com/a.mp4"}, 2, nil, 0},
		{"NoInput", nil, 2, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errw bytes.Buffer
			args := append([]string{"check", "--config", cfg}, tt.args...)
			code := run(context.Background(), args, strings.NewReader(""), &out, &errw)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out.String(), errw.String())
			}
			for _, s := range tt.out {
				if !strings.Contains(out.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, out.String())
				}
			}
			if tt.lines > 0 {
				lines := strings.Split(strings.TrimSpace(out.String()), "\n")
				if len(lines) != tt.lines {
					t.Fatalf("%d JSON lines, want %d", len(lines), tt.lines)
				}
				for _, l := range lines {
					var v struct {
						Input   string           `json:"input"`
						Verdict string           `json:"verdict"`
						Rules   []map[string]any `json:"rules"`
						Info    map[string]any   `json:"info"`
					}
					if err := json.Unmarshal([]byte(l), &v); err != nil {
						t.Fatalf("bad JSON line %q: %v", l, err)
					}
					// Six metadata rules, then colour_bars, caption_card, corner_logo.
					if len(v.Rules) != 9 || v.Info["requests"] == nil || v.Info["width"] == nil {
						t.Errorf("incomplete JSON: %s", l)
					}
				}
			}
			if tt.code == 2 && errw.Len() == 0 {
				t.Error("exit 2 without a message on stderr")
			}
		})
	}
}
