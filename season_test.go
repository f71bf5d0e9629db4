package contestbot_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"contestbot"
)

// season1 is enough of the first season's facts file for the root tests
// (knowledge loads the real one; its tests check the two agree).
func season1() *contestbot.Season {
	return &contestbot.Season{
		Title: "全省党员教育短视频创作大赛（第一季）", Contest: "全省党员教育短视频创作大赛", Issuer: "中共河南省委教育工作委员会",
		DeadlineText: "2025年10月15日前",
		Office:       "省委教育工委组干处", Room: "省委教育工委组干处D725B房间", Mailbox: "jytzgc2024@126.com",
		Phone: "0371—69691670", Contacts: []string{"孟晗", "李博"}, PaperCopies: "1式2份",
		Categories: []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他"},
		AICategory: "AI生成",
		CategoryWords: map[string][]string{
			"实景拍摄": {"实景", "实拍", "拍摄", "真人拍摄", "纪实"},
			"动画制作": {"动画", "动漫", "卡通", "mg动画", "二维", "三维"},
			"AI生成": {"aigc", "ai制作", "ai", "人工智能"},
			"视频切片": {"切片", "剪辑切片"},
			"其他":   {"其它", "别的"},
		},
		MaxDuration: "原则上不超过3分钟", MaxDurationSeconds: 180,
		WorksSince: "2025-01", WorksSinceText: "2025年以来",
		AgreementParty: "河南省党员教育中心", AgreementValidUntil: "2026年1月1日",
		CopyrightStatement: "我单位享有《{title}》（作品名）著作权。",
		Citations: map[string]string{
			"unit_work": "三（二）", "made_in_period": "三（三）", "unpublished": "附件1 第5条", "ai_label": "三（三）",
			"categories": "三（一）", "duration": "三（一）", "video": "附件1 第3条", "forbidden": "附件1 第4条",
			"sending": "附件1 第2条", "summary": "附件3 第一条", "contacts": "六",
		},
	}
}

func TestSeasonValidate(t *testing.T) {
	if err := season1().Validate(); err != nil {
		t.Fatalf("season 1: %v", err)
	}
	tests := []struct {
		name string
		mod  func(*contestbot.Season)
		want string
	}{
		{"NoMailbox", func(s *contestbot.Season) { s.Mailbox = "" }, "邮箱"},
		{"AICategoryUnknown", func(s *contestbot.Season) { s.AICategory = "AI创作" }, "ai_category"},
		{"WordsOfUnknownCategory", func(s *contestbot.Season) { s.CategoryWords["微电影"] = []string{"微"} }, "category_words"},
		{"HintsOfUnknownCategory", func(s *contestbot.Season) { s.CategoryHints = map[string][]string{"微电影": {"短+片"}} }, "category_hints"},
		{"BadMonth", func(s *contestbot.Season) { s.WorksSince = "2025年" }, "works_since"},
		{"NoCitation", func(s *contestbot.Season) { delete(s.Citations, "unpublished") }, "unpublished"},
		{"StatementWithoutTitle", func(s *contestbot.Season) { s.CopyrightStatement = "我单位享有著作权。" }, "{title}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := season1()
			tt.mod(s)
			err := s.Validate()
			if err == nil || !strings.Contains(contestbot.ErrorMessage(err), tt.want) {
				t.Fatalf("Validate() = %v; want an error naming %q", err, tt.want)
			}
		})
	}
}

func TestSeasonMadeInPeriod(t *testing.T) {
	s := season1()
	s.WorksSince = "2026-03"
	tests := []struct {
		year, month int
		want        bool
	}{
		{2025, 12, false}, {2026, 2, false}, {2026, 3, true}, {2026, 0, true}, {2027, 1, true}, {2025, 0, false},
	}
	for _, tt := range tests {
		if got := s.MadeInPeriod(tt.year, tt.month); got != tt.want {
			t.Errorf("MadeInPeriod(%d, %d) = %v; want %v", tt.year, tt.month, got, tt.want)
		}
	}
	s.WorksSince = ""
	if !s.MadeInPeriod(1999, 1) {
		t.Error("a season with no period refuses a work")
	}
}

func TestSeasonTexts(t *testing.T) {
	s := season1()
	if got, want := s.Cite(contestbot.CiteMadeInPeriod), "（见通知 三（三））"; got != want {
		t.Errorf("Cite = %q; want %q", got, want)
	}
	if got, want := s.CategoryMenu(), "1 实景拍摄  2 动画制作  3 AI生成  4 视频切片  5 其他"; got != want {
		t.Errorf("CategoryMenu = %q; want %q", got, want)
	}
	if got, want := s.FieldLabel(contestbot.FieldMadeInPeriod), "是否2025年以来创作"; got != want {
		t.Errorf("FieldLabel = %q; want %q", got, want)
	}
	if got, want := s.CopyrightStatementFor("守望"), "我单位享有《守望》（作品名）著作权。"; got != want {
		t.Errorf("CopyrightStatementFor = %q; want %q", got, want)
	}
	if c, ok := s.CategoryWord("动漫"); !ok || c != "动画制作" {
		t.Errorf("CategoryWord(动漫) = %q, %v", c, ok)
	}
}

// TestEntryFollowsSeason: the AI category, the period and the citations
// of a refusal are the season's.
func TestEntryFollowsSeason(t *testing.T) {
	s2 := season1()
	s2.Categories = []string{"实景拍摄", "动画制作", "智能生成", "视频切片", "其他"}
	s2.AICategory = "智能生成"
	s2.WorksSinceText = "2026年以来"
	s2.Citations["made_in_period"] = "三（四）"
	e := &contestbot.Entry{Category: "智能生成"}
	if !e.Has(s2, contestbot.FieldAIUsed) || e.Has(s2, contestbot.FieldAILabelled) {
		t.Error("the season's AI category implies AI use and asks for the label")
	}
	if e.Has(season1(), contestbot.FieldAIUsed) {
		t.Error("a category unknown to the season implies nothing")
	}
	if got := strings.Join(e.Unfinished(s2), "；"); !strings.Contains(got, "是否2026年以来创作") {
		t.Errorf("Unfinished = %q; want the season's label", got)
	}
	e.MadeInPeriod = contestbot.Bool(false)
	ok, reason := e.Eligible(s2)
	if ok || reason != "报送范围是2026年以来完成的作品（见通知 三（四））" {
		t.Errorf("Eligible = %v, %q", ok, reason)
	}
}

// TestNoSeasonValueInCode keeps the first season's facts out of the Go code:
// they belong in its facts file, so that a new season is a new data file.
func TestNoSeasonValueInCode(t *testing.T) {
	values := []string{"组干处", "D725B", "孟晗", "李博", "69691670", "jytzgc2024", "第一季", "2025年以来", "2025年10月15日",
		"河南省党员教育中心", "1式2份"}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, v := range values {
			if strings.Contains(string(b), v) {
				t.Errorf("%s holds the season-1 value %q: take it from contestbot.Season", path, v)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
