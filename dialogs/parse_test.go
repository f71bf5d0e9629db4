package dialogs

import (
	"sync"
	"testing"

	"contestbot"
	"contestbot/knowledge"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     []assignment
		leftover []string
	}{
		{"Labelled", "联系人：张伟", []assignment{{"contact", "张伟"}}, nil},
		{"AnyOrder", "电话13800000000，联系人张伟", []assignment{{"phone", "13800000000"}, {"contact", "张伟"}}, nil},
		{"Mixed", "片名《黄河岸边的守望》，时长2分30秒，实景拍摄", []assignment{{"title", "《黄河岸边的守望》"}, {"duration", "2分30秒"}}, []string{"实景拍摄"}},
		{"Correction", "电话写错了，是13900002222", []assignment{{"phone", "13900002222"}}, nil},
		{"ChangeTo", "把片名改成《麦田党课》", []assignment{{"title", "《麦田党课》"}}, nil},
		{"ShouldBe", "时长应该是2分10秒", []assignment{{"duration", "2分10秒"}}, nil},
		{"LabelInsideTitleIgnored", "片名：《时长与电话》", []assignment{{"title", "《时长与电话》"}}, nil},
		{"LongestLabel", "制作单位：宣传部，推荐单位：郑州大学", []assignment{{"producer", "宣传部"}, {"unit", "郑州大学"}}, nil},
		{"WeakLabelNeedsColon", "是单位作品", nil, []string{"是单位作品"}},
		{"WeakLabelWithColon", "学校：郑州大学", []assignment{{"unit", "郑州大学"}}, nil},
		{"Roles", "监制张三，编导李四、王五，撰稿无", []assignment{{"creators.supervisor", "张三"}, {"creators.director", "李四、王五"}, {"creators.writer", "无"}}, nil},
		{"SynopsisRunsToEnd", "简介：讲述了学校的时长故事，电话亭里的党课。", []assignment{{"synopsis", "讲述了学校的时长故事，电话亭里的党课。"}}, nil},
		{"ConnectedLabels", "联系人及电话：刘洋 15937112345", []assignment{{"contact", "刘洋 15937112345"}, {"phone", "刘洋 15937112345"}}, nil},
		{"Inverted", "是否个人作品：否", []assignment{{"unit_work!", "否"}}, nil},
		{"Plain", "郑州职业技术学院", nil, []string{"郑州职业技术学院"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extract(tt.in)
			if diff := cmp.Diff(tt.want, ex.values, cmp.AllowUnexported(assignment{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.leftover, ex.leftover, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("leftover (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseYesNo(t *testing.T) {
	tests := []struct {
		name  string
		field contestbot.Field
		in    string
		want  bool
		ok    bool
	}{
		{"UnitYes", contestbot.FieldUnitWork, "是", true, true},
		{"UnitNo", contestbot.FieldUnitWork, "不是", false, true},
		{"UnitIndividual", contestbot.FieldUnitWork, "是我个人拍的", false, true},
		{"UnitNotIndividual", contestbot.FieldUnitWork, "不是个人作品", true, true},
		{"MadeYear", contestbot.FieldMadeInPeriod, "2024年拍的", false, true},
		{"MadeYes", contestbot.FieldMadeInPeriod, "对", true, true},
		{"UnpublishedMeiyou", contestbot.FieldUnpublished, "没有", true, true},
		{"UnpublishedWeifabu", contestbot.FieldUnpublished, "未发布", true, true},
		{"UnpublishedHaimeifa", contestbot.FieldUnpublished, "还没发", true, true},
		{"Published", contestbot.FieldUnpublished, "已经发到抖音了", false, true},
		{"AINo", contestbot.FieldAIUsed, "没有", false, true},
		{"AIYes", contestbot.FieldAIUsed, "用了AI配音", true, true},
		{"LabelledNo", contestbot.FieldAILabelled, "没标注", false, true},
		{"Labelled", contestbot.FieldAILabelled, "已标注", true, true},
		{"Unknown", contestbot.FieldUnitWork, "不知道呢", false, true},
		{"Gibberish", contestbot.FieldMadeInPeriod, "天气不错", false, false},
		{"LastYearIn2025", contestbot.FieldMadeInPeriod, "去年拍的", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseYesNo(tt.field, tt.in, period{2025, testSeason(t)})
			if got != tt.want || ok != tt.ok {
				t.Fatalf("parseYesNo(%s, %q) = %v, %v; want %v, %v", tt.field, tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
	// 去年 is read against the clock: in 2026 it means 2025, which counts.
	if got, ok := parseYesNo(contestbot.FieldMadeInPeriod, "去年拍的", period{2026, testSeason(t)}); !got || !ok {
		t.Errorf("去年拍的 in 2026 = %v, %v; want true", got, ok)
	}
}

func TestFindLink(t *testing.T) {
	for in, want := range map[string]string{
		"视频在这 https://pan.example.com/a.mp4，请查收": "https://pan.example.com/a.mp4",
		"HTTP://X.COM/a.mp4":     "HTTP://X.COM/a.mp4",
		"没有链接":                   "",
		"链接：http://a.cn/v?id=1。": "http://a.cn/v?id=1",
	} {
		if got := findLink(in); got != want {
			t.Errorf("findLink(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsQuestion(t *testing.T) {
	for in, want := range map[string]bool{
		"截止时间是什么时候？": true,
		"要交哪些材料":     true,
		"可以用竖屏吗":     true,
		"郑州职业技术学院":   false,
		"联系人：张伟":     false,
		"2分30秒":      false,
		// A question word as "anywhere, anything" beside a negation.
		"都是 没在哪儿播过 冇得用AI": false,
		"哪儿也没发过":          false,
		"AI啥都没用":          false,
		"片子在哪儿发过吗":        true,
		"没发过的片子哪天截止":      true,
		"你们在哪儿办公":         true,
		// Henan "V…不" questions with 要/用/得 (rp146 q72).
		"片名要带书名号不":  true,
		"摘要得写够一百字不": true,
		"用不用盖章":     true,
		"要不":        false,
	} {
		if got := isQuestion(in); got != want {
			t.Errorf("isQuestion(%q) = %v, want %v", in, got, want)
		}
	}
}

// testSeason is the built-in season, loaded once.
var testSeason = func() func(testing.TB) *contestbot.Season {
	var (
		once sync.Once
		s    *contestbot.Season
		err  error
	)
	return func(t testing.TB) *contestbot.Season {
		once.Do(func() {
			var kb *knowledge.Base
			if kb, err = knowledge.Load(knowledge.Options{}); err == nil {
				s = kb.Season()
			}
		})
		if err != nil {
			t.Fatalf("knowledge.Load: %v", err)
		}
		return s
	}
}()

func TestMadeInPeriodFollowsSeason(t *testing.T) {
	s := *testSeason(t)
	s.WorksSince, s.WorksSinceText = "2026-03", "2026年3月以来"
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"2025年3月拍的", false},
		{"2026年2月拍的", false},
		{"2026年5月拍的", true},
		{"2026年拍的", true},
		{"今年拍的", true},
		{"去年拍的", false},
	} {
		got, ok := parseYesNo(contestbot.FieldMadeInPeriod, tt.in, period{2026, &s})
		if !ok || got != tt.want {
			t.Errorf("parseYesNo(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
		if f, v, ok := eligibilityPhrase(tt.in, period{2026, &s}); tt.in != "去年拍的" && (!ok || f != contestbot.FieldMadeInPeriod || v != tt.want) {
			t.Errorf("eligibilityPhrase(%q) = %s, %v, %v; want %v", tt.in, f, v, ok, tt.want)
		}
	}
}
