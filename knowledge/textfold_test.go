package knowledge

import (
	"os"
	"strings"
	"sync"
	"testing"
)

func TestFoldTraditional(t *testing.T) {
	// Accept: traditional characters and words become simplified.
	accept := []struct{ name, in, want string }{
		{"Command", "我要報名", "我要报名"},
		{"Confirm", "確認", "确认"},
		{"Label", "聯繫人：鄭偉", "联系人：郑伟"},
		{"Duration", "時長：2分30秒", "时长：2分30秒"},
		{"Title", "《臺灣的黃河邊》", "《台湾的黄河边》"},
		{"Question", "報名截止時間是什麼時候？", "报名截止时间是什么时候？"},
		{"Roles", "編導：張偉 攝影：劉洋 剪輯：趙六", "编导：张伟 摄影：刘洋 剪辑：赵六"},
		{"Variants", "裏面 裡面 週末 著作權", "里面 里面 周末 著作权"},
		{"Phrase", "一目瞭然", "一目了然"},
		{"Mixed", "4K 碼率60M 豎屏行嗎", "4K 码率60M 竖屏行吗"},
		// Characters the old hand table did not have.
		{"Rare", "蘇州 廈門 齒輪 纖維", "苏州 厦门 齿轮 纤维"},
	}
	for _, tt := range accept {
		t.Run("accept/"+tt.name, func(t *testing.T) {
			if got := FoldTraditional(tt.in); got != tt.want {
				t.Errorf("FoldTraditional(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	// Reject: simplified text, ASCII and symbols come back as they were;
	// characters that are also simplified (著, 干, 后, 里, 只, 余) stay.
	reject := []string{
		"",
		"我要报名",
		"https://example.com/视频/a.mp4?x=1",
		"jytzgc2024@126.com 0371—69691670",
		"著作权声明 显著 干部 以后 这里 只有 余下 面条 头发",
		"《守望》——讲述黄河岸边老党员的故事。😀",
		"１０８０Ｐ　全角",
	}
	for _, in := range reject {
		t.Run("reject/"+in, func(t *testing.T) {
			if got := FoldTraditional(in); got != in {
				t.Errorf("FoldTraditional(%q) = %q, want it unchanged", in, got)
			}
		})
	}
}

// TestFoldTraditionalFixedPoint: the notice and the facts file, written in
// simplified Chinese, come back unchanged line by line: folding never
// rewrites what a simplified writer typed.
func TestFoldTraditionalFixedPoint(t *testing.T) {
	for _, f := range []string{"season1/notice.txt", "season1/facts.yaml"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(string(b), "\n") {
			if got := FoldTraditional(l); got != l {
				t.Errorf("%s:%d changed:\n %s\n %s", f, i+1, l, got)
			}
		}
	}
}

// TestFoldTraditionalConcurrent: one converter serves many goroutines (run
// with -race).
func TestFoldTraditionalConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := FoldTraditional("聯繫電話是多少"); got != "联系电话是多少" {
					t.Errorf("got %q", got)
					return
				}
			}
		})
	}
	wg.Wait()
}

// BenchmarkFoldTraditionalLoad measures building the converter from its
// embedded dictionaries (done once per process).
func BenchmarkFoldTraditionalLoad(b *testing.B) {
	for b.Loop() {
		if _, err := newT2S(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFoldTraditional measures folding one typical message.
func BenchmarkFoldTraditional(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"Simplified", "您好，我是郑州铁路职业技术学院党委组织部的，想咨询一下截止时间是哪天？发到哪个邮箱？"},
		{"Traditional", "您好，我是鄭州鐵路職業技術學院黨委組織部的，想諮詢一下截止時間是哪天？發到哪個郵箱？"},
		{"ASCII", "1080p 60fps 50Mbps mp4"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			FoldTraditional(bc.in)
			b.ReportAllocs()
			for b.Loop() {
				FoldTraditional(bc.in)
			}
		})
	}
}

// TestFoldTraditionalShortcut: every character the converter changes, in
// the CJK blocks, is one the shortcut looks for, so skipping the
// conversion of a text without any of them loses nothing; simplified text
// takes the shortcut.
func TestFoldTraditionalShortcut(t *testing.T) {
	f, err := t2s()
	if err != nil {
		t.Fatal(err)
	}
	if len(f.chars) < 3000 {
		t.Fatalf("only %d characters: the dictionaries did not load whole", len(f.chars))
	}
	if s := "您好，我是郑州铁路职业技术学院党委组织部的，想咨询一下截止时间是哪天？有序，一目了然"; f.needed(s) {
		t.Errorf("simplified %q does not take the shortcut", s)
	}
	for _, g := range f.cc.DictChains {
		for _, d := range g.Dicts {
			for _, id := range d.Trie.PrefixPredict(nil, 0) {
				k, _ := d.Trie.Key(id)
				if s := string(k); !f.needed(s) {
					if out, err := f.cc.Convert(s); err != nil || out != s {
						t.Errorf("%q converts to %q but is not looked for", s, out)
					}
				}
			}
		}
	}
	for _, block := range [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}} {
		for r := block[0]; r <= block[1]; r++ {
			s := string(r)
			if out, err := f.cc.Convert(s); err == nil && out != s && !f.chars[r] {
				t.Errorf("%q converts to %q but is not looked for", s, out)
			}
		}
	}
}
