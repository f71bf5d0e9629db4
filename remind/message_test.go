package remind

import (
	"strings"
	"testing"
	"unicode/utf8"

	"contestbot"

	"github.com/google/go-cmp/cmp"
)

func draft(title string) *contestbot.Entry {
	return &contestbot.Entry{ID: 1, Status: contestbot.StatusDraft, Unit: "郑州职院", Title: title}
}

func TestReminderText(t *testing.T) {
	full := &contestbot.Entry{ID: 2, Status: contestbot.StatusComplete, Unit: "郑州职院", Title: "黄河岸边",
		Producer: "宣传部", Contact: "张老师", Phone: "13800000000", DurationSeconds: 150, Category: "实景拍摄",
		CreatorsDone: true, Synopsis: "简介", Summary: "摘要", CopyrightConfirmed: true,
		UnitWork: contestbot.Bool(true), MadeInPeriod: contestbot.Bool(true), Unpublished: contestbot.Bool(true),
		AIUsed: contestbot.Bool(false), VideoURL: "https://v.example/a.mp4", CheckVerdict: contestbot.VerdictFail}
	items := itemsOf(testSeason, []*contestbot.Entry{draft(""), full})
	for _, tc := range []struct {
		name string
		now  string
		want string
	}{
		{"DaysLeft", "10-12", "【报名提醒】作品报送10月15日24时截止，还有3天。以下作品还没完成：\n" +
			"1. 未命名作品：未填：片名、制作单位、联系人等13项；未确认著作权声明；未提交视频链接\n" +
			"2. 《黄河岸边》：视频检查未通过\n" +
			"回复“继续报名”接着填写；回复“退订提醒”不再提醒。"},
		{"LastDay", "10-15", "【报名提醒】作品报送今天24时截止。以下作品还没完成：\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			now := at(10, 12, 21, 0)
			if tc.now == "10-15" {
				now = at(10, 15, 9, 0)
			}
			got := reminderText(items, now, deadline, shanghai)
			if !strings.HasPrefix(got, tc.want) {
				t.Fatalf("got\n%s\nwant prefix\n%s", got, tc.want)
			}
		})
	}
	t.Run("ManyEntries", func(t *testing.T) {
		var es []*contestbot.Entry
		for range 8 {
			es = append(es, draft("片"))
		}
		got := reminderText(itemsOf(testSeason, es), at(10, 12, 21, 0), deadline, shanghai)
		if !strings.Contains(got, "5. 《片》") || strings.Contains(got, "6. ") || !strings.Contains(got, "……另有3件") {
			t.Fatalf("got %s", got)
		}
	})
}

func TestTemplateData(t *testing.T) {
	long := draft("一部名字特别特别特别特别特别特别长的短视频作品")
	long.VideoURL = "https://v.example/a.mp4"
	for _, tc := range []struct {
		name    string
		entries []*contestbot.Entry
		want    map[string]string
	}{
		{"One", []*contestbot.Entry{draft("黄河岸边")}, map[string]string{
			FieldWork: "《黄河岸边》", FieldDeadline: "2025年10月15日 23:59", FieldTodo: "补全报名表、确认报名表、发送视频"}},
		{"Untitled", []*contestbot.Entry{draft(""), draft("")}, map[string]string{
			FieldWork: "2件作品", FieldDeadline: "2025年10月15日 23:59", FieldTodo: "补全报名表、确认报名表、发送视频"}},
		{"Long", []*contestbot.Entry{long, draft("乙")}, map[string]string{
			FieldWork: "《一部名字特别特别特别特别…》等2件作品", FieldDeadline: "2025年10月15日 23:59", FieldTodo: "补全报名表、确认报名表、发送视频"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := templateData(itemsOf(testSeason, tc.entries), deadline, shanghai)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
			for k, v := range got {
				if strings.HasPrefix(k, "thing") && utf8.RuneCountInString(v) > maxThing {
					t.Errorf("%s = %q is longer than %d", k, v, maxThing)
				}
			}
		})
	}
}

func TestNudgeText(t *testing.T) {
	one := nudgeText(itemsOf(testSeason, []*contestbot.Entry{draft("黄河岸边")}), at(10, 12, 10, 0), deadline, shanghai)
	if want := "提醒：《黄河岸边》还需补全报名表、确认报名表、发送视频，还有3天截止，回复“继续报名”接着填写。"; one != want {
		t.Fatalf("got %s", one)
	}
	two := nudgeText(itemsOf(testSeason, []*contestbot.Entry{draft("甲"), draft("乙")}), at(10, 15, 10, 0), deadline, shanghai)
	if want := "提醒：你有2件作品还没填完，今天24时截止，回复“继续报名”接着填写。"; two != want {
		t.Fatalf("got %s", two)
	}
	// s7-f (rp74 p74b): one draft and one submitted work waiting for its
	// video are not "2件作品还没完成".
	submitted := &contestbot.Entry{ID: 2, Status: contestbot.StatusComplete, Unit: "郑州职院", Title: "黄河岸边",
		Producer: "宣传部", Contact: "张老师", Phone: "13800000000", DurationSeconds: 150, Category: "实景拍摄",
		CreatorsDone: true, Synopsis: "简介", Summary: "摘要", CopyrightConfirmed: true,
		UnitWork: contestbot.Bool(true), MadeInPeriod: contestbot.Bool(true), Unpublished: contestbot.Bool(true),
		AIUsed: contestbot.Bool(false)}
	mixed := nudgeText(itemsOf(testSeason, []*contestbot.Entry{submitted, draft("一封家书")}), at(10, 15, 10, 0), deadline, shanghai)
	if want := "提醒：《一封家书》还没填完，另有1件已报的作品还有待办，今天24时截止，回复“继续报名”接着填写。"; mixed != want {
		t.Fatalf("got %s", mixed)
	}
	videos := nudgeText(itemsOf(testSeason, []*contestbot.Entry{submitted, submitted}), at(10, 15, 10, 0), deadline, shanghai)
	if want := "提醒：你有2件已报的作品还有待办（发送视频），今天24时截止，视频按通知发到邮箱；想先查格式，可把下载链接发给我（可选）。"; videos != want {
		t.Fatalf("got %s", videos)
	}
}

// testSeason is enough of the first season for what an entry lacks.
var testSeason = &contestbot.Season{
	Categories: []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他"},
	AICategory: "AI生成",
}
