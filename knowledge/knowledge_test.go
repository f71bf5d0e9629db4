package knowledge

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"contestbot"
	"contestbot/checks"
)

func at(s string) func() time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return func() time.Time { return t }
}

func TestDeadlineWording(t *testing.T) {
	tests := []struct {
		name string
		now  string
		want []string
		not  []string
	}{
		{"WeekBefore", "2025-10-08T10:00:00+08:00", []string{"2025年10月15日前", "距截止还有7天"}, []string{"已于"}},
		{"EveLateNight", "2025-10-14T23:30:00+08:00", []string{"距截止还有1天"}, nil},
		{"LastDay", "2025-10-15T18:00:00+08:00", []string{"今天就是截止日"}, []string{"已于"}},
		{"LastSecond", "2025-10-15T23:59:59+08:00", []string{"今天就是截止日"}, nil},
		{"Closed", "2025-10-16T00:00:00+08:00", []string{"本季报送已于2025年10月15日前截止", "0371—69691670", "孟晗、李博"}, []string{"距截止还有"}},
		{"ClosedUTCClock", "2025-10-15T16:30:00Z", []string{"本季报送已于2025年10月15日前截止"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := mustLoad(t, Options{Now: at(tt.now)})
			a := b.Answer(context.Background(), "截止时间是哪天？")
			if a.Kind != KindFact || !strings.HasSuffix(a.Text, "（见通知 六）") {
				t.Errorf("got [%s] %s", a.Kind, a.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer lacks %q: %s", w, a.Text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(a.Text, w) {
					t.Errorf("answer has %q: %s", w, a.Text)
				}
			}
		})
	}
}

func TestDeadline(t *testing.T) {
	b := mustLoad(t, Options{})
	want := time.Date(2025, 10, 15, 23, 59, 59, 0, shanghai)
	if !b.Deadline().Equal(want) {
		t.Errorf("Deadline = %v, want %v", b.Deadline(), want)
	}
	if got := b.Facts().DeadlineText; got != "2025年10月15日前" {
		t.Errorf("DeadlineText = %q", got)
	}

	override := time.Date(2025, 10, 20, 23, 59, 59, 0, shanghai)
	b = mustLoad(t, Options{Deadline: override, Now: at("2025-10-16T09:00:00+08:00")})
	if !b.Deadline().Equal(override) {
		t.Errorf("override: Deadline = %v", b.Deadline())
	}
	a := b.Answer(context.Background(), "截止时间")
	// The notice's day is quoted as the notice's; the configured day is
	// said as this registration's (round 9).
	for _, w := range []string{"请各校于2025年10月15日前", "本次报名截止：2025年10月20日。", "还有4天"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("override answer lacks %q: %s", w, a.Text)
		}
	}
}

func TestParseDeadline(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"2025-10-15", time.Date(2025, 10, 15, 23, 59, 59, 0, shanghai), false},
		{"2025-10-15T18:00:00+08:00", time.Date(2025, 10, 15, 18, 0, 0, 0, shanghai), false},
		{"10月15日", time.Time{}, true},
		{"", time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDeadline(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v", err)
			}
			if err != nil {
				if contestbot.ErrorCode(err) != contestbot.EINVALID {
					t.Errorf("code %s", contestbot.ErrorCode(err))
				}
				return
			}
			if !got.Equal(tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if got := deadlineText(time.Date(2025, 10, 15, 18, 0, 0, 0, shanghai)); got != "2025年10月15日18:00前" {
		t.Errorf("deadlineText = %q", got)
	}
}

func TestFacts(t *testing.T) {
	f := mustLoad(t, Options{}).Facts()
	checksText := []struct{ name, got, want string }{
		{"Mailbox", f.Mailbox, "jytzgc2024@126.com"},
		{"Room", f.Room, "省委教育工委组干处D725B房间"},
		{"Phone", f.Phone, "0371—69691670"},
		{"Contacts", strings.Join(f.Contacts, "、"), "孟晗、李博"},
		{"PaperCopies", f.PaperCopies, "1式2份"},
		{"AgreementValidUntil", f.AgreementValidUntil, "2026年1月1日"},
		{"Categories", strings.Join(f.Categories, "、"), "实景拍摄、动画制作、AI生成、视频切片、其他"},
		{"Channels", strings.Join(f.Channels, "、"), "河南组工信息、河南党员教育服务网、河南日报"},
	}
	for _, c := range checksText {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if len(f.Themes) != 7 || len(f.Awards) != 6 || len(f.Organisers) == 0 {
		t.Errorf("themes %d, awards %d, organisers %d", len(f.Themes), len(f.Awards), len(f.Organisers))
	}
	// Every fact quoted in the facts file must be in the notice.
	notice := normalize(string(season1Notice))
	for _, s := range append([]string{f.Mailbox, f.Phone, f.DeadlineText[:len(f.DeadlineText)-len("前")],
		f.AgreementValidUntil, f.PaperCopies, "D725B房间", f.Funding, f.PremiereRights}, f.Themes...) {
		if !strings.Contains(notice, normalize(s)) {
			t.Errorf("fact %q is not in the notice", s)
		}
	}
}

func TestSpec(t *testing.T) {
	got := mustLoad(t, Options{}).Spec()
	if diff := cmp.Diff(checks.DefaultSpec(), got); diff != "" {
		t.Errorf("Spec differs from checks.DefaultSpec (-want +got):\n%s", diff)
	}
}

func TestSections(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, id := range []string{"通知", "一（一）", "二", "三（一）", "三（二）", "三（三）", "四", "五", "六",
		"附件1 第1条", "附件1 第2条", "附件1 第3条", "附件1 第4条", "附件1 第5条", "附件2", "附件3",
		"附件3 第一条", "附件3 第五条", "附件3 第六条", "附件4"} {
		if _, ok := b.Section(id); !ok {
			t.Errorf("section %q missing", id)
		}
	}
	s, _ := b.Section("附件1 第3条")
	if !strings.Contains(s.Text, "1080P文件码率为10-50Mbps") || strings.Contains(s.Text, "水印") {
		t.Errorf("附件1 第3条 = %q", s.Text)
	}
	s, _ = b.Section("三（一）")
	if !strings.Contains(s.Text, "时长原则上不超过3分钟") {
		t.Errorf("三（一） = %q", s.Text)
	}
}

func TestWelcome(t *testing.T) {
	w := mustLoad(t, Options{}).Welcome()
	if n := strings.Count(w, "\n"); n < 4 || n > 12 || !strings.Contains(w, "我要报名") || !strings.Contains(w, "截止") {
		t.Errorf("Welcome = %q", w)
	}
}

func TestLoadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	notice := write("notice.txt", string(season1Notice))
	facts := write("facts.yaml", string(season1Facts))
	b, err := Load(Options{NoticeFile: notice, FactsFile: facts, Now: at("2025-10-08T10:00:00+08:00")})
	if err != nil {
		t.Fatal(err)
	}
	if a := b.Answer(context.Background(), "邮箱"); !strings.Contains(a.Text, "jytzgc2024@126.com") {
		t.Errorf("answer from files: %s", a.Text)
	}

	tests := []struct {
		name   string
		opts   Options
		substr string
	}{
		{"MissingNotice", Options{NoticeFile: filepath.Join(dir, "none.txt")}, "load notice"},
		{"BadYAML", Options{FactsFile: write("bad.yaml", "season: [")}, "格式错误"},
		{"UnknownKey", Options{FactsFile: write("unknown.yaml", strings.Replace(string(season1Facts), "season:", "seasonx:", 1))}, "格式错误"},
		{"BadDeadline", Options{FactsFile: write("dl.yaml", strings.Replace(string(season1Facts), "deadline: 2025-10-15T23:59:59+08:00", "deadline: 十月", 1))}, "截止时间"},
		{"UnknownSource", Options{FactsFile: write("src.yaml", strings.Replace(string(season1Facts), "sources: [四]", "sources: [第九章]", 1))}, "第九章"},
		{"EmptyNotice", Options{NoticeFile: write("empty.txt", "\n\n")}, "通知文件为空"},
		{"SenseUnknownForm", Options{FactsFile: write("sense.yaml", strings.Replace(string(season1Facts), "    手机: {needs:", "    手提: {needs:", 1))}, "手提"},
		{"SenseUnknownConcept", Options{FactsFile: write("sense2.yaml", strings.Replace(string(season1Facts), "  联系:\n    手机:", "  联系x:\n    手机:", 1))}, "联系x"},
		// The code names these: renaming them in the file must fail, not
		// silently switch a rule off.
		{"NamedIntentMissing", Options{FactsFile: write("named.yaml", strings.Replace(string(season1Facts), "  - id: year\n", "  - id: work_year\n", 1))}, "year"},
		{"NamedConceptMissing", Options{FactsFile: write("named2.yaml", strings.Replace(string(season1Facts), "\n  何时: [", "\n  何时x: [", 1))}, "何时"},
		{"BadWorksSince", Options{FactsFile: write("since.yaml", strings.Replace(string(season1Facts), "works_since: 2025-01", "works_since: 2025年", 1))}, "works_since"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.opts)
			if err == nil || !strings.Contains(err.Error(), tt.substr) {
				t.Errorf("err = %v, want it to mention %q", err, tt.substr)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"截止時間？", "截止时间?"},
		{"１０８０Ｐ　碼率", "1080p码率"},
		{"4K 60M 竖屏", "4k 60m竖屏"},
		{"码 率", "码率"},
		{"0371—69691670", "0371-69691670"},
		{"咋交嘞", "怎么交嘞"},
		{"竖屏中不中", "竖屏行不行"},
		{"俺们学校弄啥", "我们学校干什么"},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseVideoWords(t *testing.T) {
	spec := checks.DefaultSpec()
	tests := []struct {
		name string
		in   string
		want checks.Facts
	}{
		{"1080PBitrate", "1080p 码率8M可以吗", checks.Facts{Source: "words", Width: 1920, Height: 1080, VideoBitrateBps: 8e6}},
		{"4KPortrait", "4K 60M 竖屏 2分50秒行不行", checks.Facts{Source: "words", Width: 2160, Height: 3840, Portrait: true, VideoBitrateBps: 60e6, DurationSeconds: 170}},
		{"720P", "720P的呢", checks.Facts{Source: "words", Width: 1280, Height: 720}},
		{"Mov", "mov格式行吗", checks.Facts{Source: "words", Container: "quicktime"}},
		{"MinSec", "3分20秒超了吗", checks.Facts{Source: "words", DurationSeconds: 200}},
		{"ChineseNumbers", "三分二十秒", checks.Facts{Source: "words", DurationSeconds: 200}},
		{"HalfMinute", "两分半", checks.Facts{Source: "words", DurationSeconds: 150}},
		{"Clock", "时长2:40", checks.Facts{Source: "words", DurationSeconds: 160}},
		{"Kbps", "码率8000kbps的1080p", checks.Facts{Source: "words", Width: 1920, Height: 1080, VideoBitrateBps: 8e6}},
		{"SizeTimesSize", "1920x1080 码率15M", checks.Facts{Source: "words", Width: 1920, Height: 1080, VideoBitrateBps: 15e6}},
		{"FrameRate", "4k 60帧 码率50m", checks.Facts{Source: "words", Width: 3840, Height: 2160, FrameRate: 60, VideoBitrateBps: 50e6}},
		{"Codec", "h265编码", checks.Facts{Source: "words", VideoCodec: "hevc"}},
		{"RuleNotValue", "时长3分钟以内吗", checks.Facts{Source: "words"}},
		{"RangeNotValue", "码率10-50m对吗", checks.Facts{Source: "words"}},
		{"FileSizeNotBitrate", "文件500M大吗", checks.Facts{Source: "words"}},
		{"BareMegabytesAreSize", "视频有500MB能发吗", checks.Facts{Source: "words"}},
		{"LargeBitrateWithWord", "4k码率150m", checks.Facts{Source: "words", Width: 3840, Height: 2160, VideoBitrateBps: 150e6}},
		{"EnglishMinSec", "3min30s行吗", checks.Facts{Source: "words", DurationSeconds: 210}},
		{"BothOrientations", "横屏竖屏都行吗 1080p", checks.Facts{Source: "words", Width: 1920, Height: 1080}},
		{"MegaWord", "1080 码率6兆", checks.Facts{Source: "words", Width: 1920, Height: 1080, VideoBitrateBps: 6e6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseVideoWords(normalize(tt.in), spec).f
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestAnswerShape holds every answer to the rules of one WeChat message:
// under 2000 bytes, a cited section unless off topic, no Markdown.
func TestAnswerShape(t *testing.T) {
	b := mustLoad(t, Options{})
	qs := loadQuestions(t)
	all := append(append(append(append([]question{}, qs.Ask...), qs.Qualify...), qs.Absent...), qs.Offtopic...)
	for _, c := range all {
		a := b.Answer(context.Background(), c.Q)
		if len(a.Text) >= 2000 {
			t.Errorf("%q: %d bytes", c.Q, len(a.Text))
		}
		if strings.Contains(a.Text, "前前") || strings.Contains(a.Text, "{") {
			t.Errorf("%q: unfilled or doubled text in %s", c.Q, a.Text)
		}
		if strings.ContainsAny(a.Text, "*#`") {
			t.Errorf("%q: Markdown in %s", c.Q, a.Text)
		}
		if a.Kind != KindOffTopic && a.Kind != KindNone && a.Kind != KindClarify && a.Kind != KindFeature && len(a.Sources) == 0 {
			t.Errorf("%q: no sources", c.Q)
		}
		for _, s := range a.Sources {
			if _, ok := b.Section(s); !ok {
				t.Errorf("%q: unknown source %q", c.Q, s)
			}
		}
	}
}

func TestMultiQuestion(t *testing.T) {
	b := mustLoad(t, Options{})
	a := b.Answer(context.Background(), "截止时间是哪天？要交哪些材料？协议有效期到什么时候？")
	for _, w := range []string{"2025年10月15日前", "版权确认协议书", "2026年1月1日", "（见通知 附件3 第五条）"} {
		if !strings.Contains(a.Text, w) {
			t.Errorf("combined answer lacks %q: %s", w, a.Text)
		}
	}
	if len(a.Sources) < 3 {
		t.Errorf("sources %v", a.Sources)
	}
}

func TestRetrievalFallback(t *testing.T) {
	b := mustLoad(t, Options{})
	// Nothing curated asks about the 甲方's address; the notice has it.
	a := b.Answer(context.Background(), "河南省党员教育中心的地址在哪")
	if a.Kind != KindSection || !strings.Contains(a.Text, "金水区") || !strings.Contains(a.Text, "（见通知 附件3）") {
		t.Errorf("got [%s] %s", a.Kind, a.Text)
	}
}

func BenchmarkAnswer(b *testing.B) {
	base := mustLoad(b, Options{})
	qs := loadQuestions(b)
	all := append(append(append(append(append([]question{}, qs.Ask...), qs.Qualify...), qs.Absent...), qs.Offtopic...), qs.None...)
	all = append(all, qs.Untuned...)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		base.Answer(ctx, all[i%len(all)].Q)
	}
}

// BenchmarkAnswerMedian reports the median and 99th percentile latency of
// one answer over the whole question set.
func BenchmarkAnswerMedian(b *testing.B) {
	base := mustLoad(b, Options{})
	qs := loadQuestions(b)
	all := append(append(append(append(append([]question{}, qs.Ask...), qs.Qualify...), qs.Absent...), qs.Offtopic...), qs.None...)
	all = append(all, qs.Untuned...)
	ctx := context.Background()
	var d []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		base.Answer(ctx, all[i%len(all)].Q)
		d = append(d, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(d)
	b.ReportMetric(float64(d[len(d)/2].Microseconds()), "median-µs")
	b.ReportMetric(float64(d[len(d)*99/100].Microseconds()), "p99-µs")
}

// TestRetrievalMeasure measures the retrieval fallback alone: for each
// curated question, is the top section one the curated answer cites? It
// logs the figure (recorded in docs/knowledge.md); the floor only guards
// against a broken index.
func TestRetrievalMeasure(t *testing.T) {
	b := mustLoad(t, Options{})
	qs := loadQuestions(t)
	n, top1, top3 := 0, 0, 0
	for _, c := range qs.Ask {
		a := b.Answer(context.Background(), c.Q)
		if a.Kind != KindFact || len(a.Sources) == 0 {
			continue
		}
		n++
		res := b.index.search(strings.Trim(normalize(c.Q), " .,;:!?~…"), 3)
		for i, r := range res {
			if slices.Contains(a.Sources, b.sections[r.i].ID) {
				if i == 0 {
					top1++
				}
				top3++
				break
			}
		}
	}
	t.Logf("retrieval alone: top-1 %d/%d (%.0f%%), top-3 %d/%d (%.0f%%)", top1, n, 100*float64(top1)/float64(n), top3, n, 100*float64(top3)/float64(n))
	if float64(top3)/float64(n) < 0.4 {
		t.Errorf("retrieval top-3 below 40%%")
	}
}
