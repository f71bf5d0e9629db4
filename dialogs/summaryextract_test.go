package dialogs

import (
	"testing"

	"contestbot"
)

func TestLeadingExtract(t *testing.T) {
	long := "作品运用AI绘画与AI视频生成技术，以长卷形式再现黄河岸边治黄治沙的历史场景，串联焦裕禄、王宗恩等共产党员的奋斗足迹，结合黄河流域生态保护和高质量发展战略，引导青年党员在新时代传承黄河精神、担当时代使命。片中AI生成画面均已标注。"
	cases := []struct {
		in, want string
		cut      bool
	}{
		// the first sentence over the limit: cut at a comma, never the label sentence
		{long, "作品运用AI绘画与AI视频生成技术，以长卷形式再现黄河岸边治黄治沙的历史场景，串联焦裕禄、王宗恩等共产党员的奋斗足迹，结合黄河流域生态保护和高质量发展战略。", true},
		// whole leading sentences within the limit
		{"影片讲述三代黄河守护人的故事，展现新时代党员扎根基层、甘于奉献的担当。他们日夜巡堤，守护一方安澜，用行动诠释初心使命。学校党委高度重视，多次组织师生观看学习，反响热烈，激励广大师生不忘初心、牢记使命、砥砺前行。",
			"影片讲述三代黄河守护人的故事，展现新时代党员扎根基层、甘于奉献的担当。他们日夜巡堤，守护一方安澜，用行动诠释初心使命。", false},
		// a short first sentence grows to ~50 characters with the next
		{"讲述老党员的故事。老党员张德厚四十年坚持佩戴党徽上讲台，退休后仍义务为青年学生辅导技能，通过一枚党徽串联起师生两代人的初心传承，展现高职院校基层党员扎根职教、立德树人的先锋本色。（注：片中人物均为真实人物）",
			"讲述老党员的故事。老党员张德厚四十年坚持佩戴党徽上讲台，退休后仍义务为青年学生辅导技能，通过一枚党徽串联起师生两代人的初心传承，展现高职院校基层党员扎根职教、立德树人的先锋本色。", false},
	}
	for _, c := range cases {
		got, cut, ok := leadingExtract(c.in, contestbot.MaxSummaryRunes)
		if !ok || got != c.want || cut != c.cut {
			t.Errorf("leadingExtract(%q) = %q (%d字), cut %v, %v; want %q, cut %v", c.in, got, contestbot.RuneLen(got), cut, ok, c.want, c.cut)
		}
		if contestbot.RuneLen(got) > contestbot.MaxSummaryRunes {
			t.Errorf("leadingExtract(%q) is %d characters", c.in, contestbot.RuneLen(got))
		}
	}
	// reject: only a label sentence, nothing to offer
	if got, _, ok := leadingExtract("片中AI生成画面均已标注。", 100); ok {
		t.Errorf("leadingExtract(label only) = %q; want none", got)
	}
	for _, s := range []string{"片中AI生成画面均已标注。", "注：AI配音。", "AI生成内容已明确标注。"} {
		if !reLabelSentence.MatchString(compact(s)) {
			t.Errorf("reLabelSentence misses %q", s)
		}
	}
	for _, s := range []string{"讲述老党员的故事。", "引导青年党员传承黄河精神。"} {
		if reLabelSentence.MatchString(compact(s)) {
			t.Errorf("reLabelSentence matches %q", s)
		}
	}
}
