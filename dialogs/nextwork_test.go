package dialogs

import (
	"testing"

	"contestbot"
)

// TestAnnouncesNextWork: a message announcing the next work with its title
// starts it; one that names a work the user has, or says change, does not.
func TestAnnouncesNextWork(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "announces the next work (one listed)",
		fn:   func(s string) bool { return announcesNextWork(s, 1) },
		accept: []string{"还有第二个，叫一张红色工单，这个是我们电气工程学院自己做的，时长2分15秒，第二个其他的跟第一个一样",
			"第二个叫《一张红色工单》，时长2分15秒", "第二个片子叫一张红色工单", "还有一个，片名《红色工单》", "另外还有一部 名字叫星火",
			"好的 第二个作品：《星火在校园》 其他跟前面一样",
			"还有第三个，指尖上的入党誓词，AI生成的，1分48秒，制作单位也一样"},
		reject: []string{"第一个的时长改成2分10秒", "第一个叫《矿灯下的初心》", "第二个叫啥来着？", "第二个片名不对 改成《星火》",
			"一个叫《星火》", "第二个时长2分15秒", "还有第二个问题", "还有一个问题想问",
			"还有第二个，AI生成的，1分48秒", "还有第二个，时长改成2分", "还有第二个，团委做的"},
	}})
	if got := nextWorkRest("还有第二个，叫一张红色工单，时长2分15秒，第二个其他的跟第一个一样"); got != "片名：一张红色工单，时长2分15秒，其他的跟第一个一样" {
		t.Errorf("nextWorkRest = %q", got)
	}
	// rp41 (round 9): a bare title after 还有第三个 was an edit of the second work.
	if got := nextWorkRest("还有第三个，指尖上的入党誓词，AI生成的，1分48秒"); got != "片名：指尖上的入党誓词，AI生成的，1分48秒" {
		t.Errorf("nextWorkRest = %q", got)
	}
}

// TestFullerOrg: an organisation said short then whole keeps the whole
// name; two different names, or one name, are left alone.
func TestFullerOrg(t *testing.T) {
	for in, want := range map[string]string{
		"这个是电气工程学院做的，平顶山工业职业技术学院电气工程学院": "这个是平顶山工业职业技术学院电气工程学院做的",
		"制作单位是组织部，河南职业技术学院党委组织部":        "制作单位是河南职业技术学院党委组织部",
		"平顶山工业职业技术学院电气工程学院":             "平顶山工业职业技术学院电气工程学院",
		"电气工程学院做的，平顶山学院":                "电气工程学院做的，平顶山学院",
		"讲述了电气工程学院的故事，很感人":              "讲述了电气工程学院的故事，很感人",
	} {
		if got := fullerOrg(in); got != want {
			t.Errorf("fullerOrg(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLikeWorkText: "跟第一个一样" at a step of a later work becomes the
// first work's values; a question, a "not the same" or a long text does not.
func TestLikeWorkText(t *testing.T) {
	first := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Unit: "平顶山工业职业技术学院", Title: "矿灯下的初心", Category: "实景拍摄",
		Creators: contestbot.Creators{Supervisor: "孙建华", Director: "马丽娟", Camera: "郭磊"}, CreatorsDone: true}
	second := &contestbot.Entry{Status: contestbot.StatusDraft, Unit: "平顶山工业职业技术学院", Title: "一张红色工单"}
	tr := &turn{st: &state{}, entries: []*contestbot.Entry{first, second}}
	roles := "监制孙建华，编导马丽娟，撰稿无，摄影郭磊，剪辑无"
	cat := slot(contestbot.FieldCategory)
	for _, c := range []struct {
		s       string
		pending slot
		want    string
	}{
		{"跟第一个一样", cat, "分类：实景拍摄"},
		{"跟第一个一样 人员也都一样", cat, "分类：实景拍摄，" + roles},
		{"同第一个", cat, "分类：实景拍摄"},
		{"主创人员跟第一个片子一样", slotSupervisor, roles},
		{"和上一个作品相同", slotSupervisor, roles},
		{"跟第一个不一样", cat, "跟第一个不一样"},
		{"跟第一个一样吗？", cat, "跟第一个一样吗？"},
		{"跟第三个一样", cat, "跟第三个一样"},
		{"实景拍摄", cat, "实景拍摄"},
	} {
		if got := tr.likeWorkText(second, c.s, c.pending); got != c.want {
			t.Errorf("likeWorkText(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

// TestWithdrawnWork: withdrawing a work in own words names it; a question
// about withdrawing, a restore, or no work named is none.
func TestWithdrawnWork(t *testing.T) {
	es := []*contestbot.Entry{{ID: 1, Title: "矿灯下的初心", Status: contestbot.StatusComplete}, {ID: 2, Title: "一张红色工单", Status: contestbot.StatusComplete}}
	checkReaders(t, []readerCase{{
		name: "withdraws the first work",
		fn:   func(s string) bool { return withdrawnWork(s, es, es[0]) == es[0] },
		accept: []string{"第一个不报了", "矿灯那个撤了吧", "把《矿灯下的初心》撤回来", "这个不参加了", "第一个作品不报了，撤回",
			"刚领导说矿灯下的初心那个还要再改改，这次先不报了，帮我把它撤下来吧", "矿灯下的初心还要再修改一下，这次先不报了"},
		reject: []string{"撤了以后等改好了还能再加回来吗？", "第一个怎么撤回", "矿灯下的初心还是要报", "第二个不报了", "不报了",
			"第一个的时长改成2分10秒", "矿灯那个时长不对", "第一个的简介去掉最后一句", "把矿灯那个的摄影删了"},
	}})
}

// TestConfirmsWithdraw: a yes among talk confirms; a no or a question does not.
func TestConfirmsWithdraw(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "confirms the withdrawal",
		fn:     confirmsWithdraw,
		accept: []string{"那好吧 是 先撤了", "是", "撤吧", "好的，撤回"},
		reject: []string{"不撤了", "先别撤", "撤了还能加回来吗？", "保留", "否"},
	}})
}

// TestLikeWorkTextSteps: only the category and creator steps copy; at the
// title step "单位联系人都跟第一个一样" is left to likeothers.go.
func TestLikeWorkTextSteps(t *testing.T) {
	first := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Title: "矿灯下的初心", Category: "实景拍摄", CreatorsDone: true}
	second := &contestbot.Entry{Status: contestbot.StatusDraft}
	tr := &turn{st: &state{}, entries: []*contestbot.Entry{first, second}}
	for _, s := range []string{"第二个叫AI带你读懂中央八项规定 单位联系人都跟第一个一样", "跟第一个一样"} {
		if got := tr.likeWorkText(second, s, slot(contestbot.FieldTitle)); got != s {
			t.Errorf("likeWorkText(%q) at the title step = %q", s, got)
		}
	}
	if got := tr.likeWorkText(second, "联系人都跟第一个一样", slot(contestbot.FieldCategory)); got != "联系人都跟第一个一样" {
		t.Errorf("联系人 read as the creators: %q", got)
	}
}

// TestAsksWorkNumber: a work's number now is asked; the naming rule is not.
func TestAsksWorkNumber(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "asks a work's number",
		fn:     asksWorkNumber,
		accept: []string{"那一张红色工单现在是第几号？视频文件名用改吗", "红色工单排第几？", "《星火》的序号是多少"},
		reject: []string{"视频文件名怎么起？", "两个片子视频文件名字怎么起 序号谁排", "文件名格式是啥", "红色工单是第1号"},
	}})
}
