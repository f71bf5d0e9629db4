package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestS7BReaders: which work and which field a message is about, and
// requests that are no values (round 15: rp70, rp71, rp72).
func TestS7BReaders(t *testing.T) {
	checkReaders(t, []readerCase{
		{name: "anotherOnly: a denied change before the request is talk",
			fn: anotherOnly,
			accept: []string{"不是改 是再报一个", "不是改，是再报一个", "不是要改的 而是再报一个", "没要改 我是要再报一个",
				"不是修改上一个 是再报一个", "我是说再报一个", "不改 再报一个新的作品"},
			reject: []string{"不是改 是再报一个 叫《红色足迹》", "不是再报一个 是改时长", "时长改一下再报一个", "再报一个需要啥材料？", "第一个改成3分钟"}},
		{name: "ownerLeadOff (s7-a) serves the announcement: a teacher's name before a new work's title is cut",
			fn:     func(s string) bool { return ownerLeadOff(s) != s },
			accept: []string{"张明远老师的 电力线上的先锋，单位联系人电话跟上一个一样", "周红梅的，AI讲述焦裕禄精神", "李主任的 初心如磐"},
			reject: []string{"红色的 记忆", "我们的 青春", "电力线上的先锋，单位跟上一个一样", "张明远老师的", "党员的 初心"}},
		{name: "fieldCommanded: 先填X, X先来 name a field to go to",
			fn:     func(s string) bool { return fieldCommanded(s) != "" },
			accept: []string{"先填简介", "先填简介吧", "算了先填简介", "片名先来", "简介先来吧", "先说主创", "那先填电话吧", "还是先写摘要", "咱先把片名填了", "先填内容简介"},
			reject: []string{"先填到这", "先填别的", "先填我们学校", "先这样", "简介写好了", "先填表", "先填着", "简介先空着", "先填片名红色足迹"}},
		{name: "reWordFixAsk: a change asked with no new words is never the text",
			fn:     func(s string) bool { return reWordFixAsk.MatchString(s) },
			accept: []string{"简介里豫西那个改一下", "简介有个字错了", "把简介第二句改改", "摘要里那个年份不对", "简介里“乡村”那里得改一下"},
			reject: []string{"简介改成：讲述了乡村教师的故事", "讲述了学生改一下作风的故事", "简介里豫西那个改一下 是豫南", "简介写多长"}},
		{name: "wordFixSaid: the words, a change verb, 是 and the new words",
			fn:     func(s string) bool { m, _ := wordFixSaid(s); return m != nil },
			accept: []string{"简介里豫西那个改一下 是豫南", "摘要里三十年那里得改 应该是二十年", "简介里豫西那个改一下 是豫南 “哦不对”这几个字不要"},
			reject: []string{"简介里豫西那个改一下", "简介是豫南的故事", "简介里写的是豫南"}},
		{name: "reBareWordFix: 把A改成B with no field",
			fn: func(s string) bool {
				m := reBareWordFix.FindStringSubmatch(s)
				return m != nil && firstNamedField(compact(m[1])) == "" && labelSlot(m[1]) == ""
			},
			accept: []string{"把豫西改成豫南", "把“三十年”换成“二十年”", "请把乡村改为农村"},
			reject: []string{"把时长改成3分钟", "把片名改成红色足迹", "把联系人改成李娜", "豫西改成豫南的话行吗，还有别的要改吗？"}},
	})
}

// TestWordFixInPlace: the new words replace the old inside the stored text;
// the rest of the text is kept verbatim, and words not there change nothing.
func TestWordFixInPlace(t *testing.T) {
	tr := &turn{c: &Core{season: testSeason(t)}, st: &state{Mode: modeForm}}
	reask := func(s string) string { return s }
	e := &contestbot.Entry{Synopsis: "影片跟随学生党员重走豫西红色足迹，走访新县。"}
	out, ok := tr.bareWordFix(e, "把豫西改成豫南", "", reask)
	if !ok || e.Synopsis != "影片跟随学生党员重走豫南红色足迹，走访新县。" || !strings.Contains(out, "豫南") {
		t.Fatalf("bareWordFix: %v %q %q", ok, e.Synopsis, out)
	}
	if _, ok := tr.bareWordFix(e, "把豫北改成豫东", "", reask); ok {
		t.Errorf("bareWordFix changed words that are not there: %q", e.Synopsis)
	}
	out, ok = tr.wordFixAsk(e, "简介里新县那个改一下", reask)
	if !ok || tr.st.WordAsk == nil || !strings.Contains(out, "改成什么") {
		t.Fatalf("wordFixAsk: %v %q", ok, out)
	}
	if _, ok := tr.wordAskAnswer(e, "改成光山", "", reask); !ok || e.Synopsis != "影片跟随学生党员重走豫南红色足迹，走访光山。" {
		t.Errorf("wordAskAnswer: %q", e.Synopsis)
	}
}

// TestAnnouncesNextValues: an ordinal right past the user's works with
// values and no title announces the next work; a number of a work the user
// has, a change or a question does not.
func TestAnnouncesNextValues(t *testing.T) {
	tr := &turn{c: &Core{season: testSeason(t)}, st: &state{}}
	checkReaders(t, []readerCase{{name: "announcesNextValues",
		fn:     func(s string) bool { return tr.announcesNextValues(s, 1) },
		accept: []string{"第二个 2分10秒，动画制作，单位联系人电话跟上一个一样", "第二个片子是动画，时长2分10秒", "好 第二个 实拍的，3分钟", "第二个：时长1分58秒"},
		reject: []string{"第一个 2分10秒", "第三个 2分10秒", "第二个时长改成2分10秒", "第二个2分10秒行吗？", "第二个 电力线上的先锋", "第二个写错了 是2分10秒"}}})
}
