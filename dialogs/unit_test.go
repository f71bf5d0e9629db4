package dialogs_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"contestbot"
	"contestbot/dialogs"
	"contestbot/store/storetest"
)

var reCode = regexp.MustCompile(`单位码：([A-Z2-9]{6})`)

// TestUnitSharing: the first contact of a unit sees its code, a colleague
// is told who registered and joins with it, and then both rank all the
// unit's works; a third contact who only types the name sees none of them.
func TestUnitSharing(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t)
	pusher := &fakePusherCh{}
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t), Pusher: pusher})

	r := complete(t, c, "u1")
	m := reCode.FindStringSubmatch(r)
	if m == nil || !strings.Contains(r, "协调人") {
		t.Fatalf("first contact's confirmation shows no unit code:\n%s", r)
	}
	code := m[1]
	if r := say(t, c, "u1", "单位码"); !strings.Contains(r, code) {
		t.Fatalf("单位码 for the coordinator: %q", r)
	}

	// The colleague names the same unit and is told who has it.
	r = say(t, c, "u2", "我要报名，推荐单位：郑州职业技术学院")
	if !strings.Contains(r, "张伟") || !strings.Contains(r, "尾号0000") || !strings.Contains(r, "单位码") {
		t.Fatalf("colleague not told about the unit's contact:\n%s", r)
	}
	if strings.Contains(r, code) {
		t.Fatalf("colleague was shown the code:\n%s", r)
	}
	if r := say(t, c, "u2", "单位码"); strings.Contains(r, code) {
		t.Fatalf("a non-member asking 单位码 got it: %q", r)
	}
	if r := say(t, c, "u2", "加入 ZZZZZ9"); !strings.Contains(r, "不对") {
		t.Fatalf("wrong code: %q", r)
	}
	r = say(t, c, "u2", strings.ToLower(code))
	if !strings.Contains(r, "已加入") || !strings.Contains(r, "《守望》") {
		t.Fatalf("joining by code: %q", r)
	}
	// The draft goes on where it was.
	say(t, c, "u2", "继续")
	say(t, c, "u2", "片名：《红旗渠》，制作单位：同上，联系人：李娜，电话：0371-69691670，时长：1分50秒，分类：1，主创人员：无，内容简介：红旗渠精神的传承。")
	say(t, c, "u2", "同简介")
	say(t, c, "u2", "是单位作品，2025年以来创作，未公开发表，没有使用AI")
	r = say(t, c, "u2", "确认")
	if !strings.Contains(r, "序号2") || strings.Contains(r, "协调人") {
		t.Fatalf("second contact's confirmation:\n%s", r)
	}

	// Either contact reorders over both works.
	r = say(t, c, "u1", "调整顺序")
	if !strings.Contains(r, "《守望》") || !strings.Contains(r, "《红旗渠》") {
		t.Fatalf("调整顺序 does not list the colleague's work:\n%s", r)
	}
	r = say(t, c, "u1", "2 1")
	if !strings.Contains(r, "序号1《红旗渠》") {
		t.Fatalf("reorder:\n%s", r)
	}
	// u2, whose work moved, is told its new 序号 and file name.
	pusher.mu.Lock()
	pushed := strings.Join(pusher.text, "\n")
	pusher.mu.Unlock()
	if !strings.Contains(pushed, "《红旗渠》现在是郑州职业技术学院的序号1") || !strings.Contains(pushed, "郑州职业技术学院-1-红旗渠.mp4") {
		t.Fatalf("colleague not told of the new order: %q", pushed)
	}
	es, err := db.SharedEntries(ctx, "u2")
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Title != "红旗渠" || es[0].Seq != 1 || es[1].Title != "守望" || es[1].Seq != 2 {
		t.Fatalf("shared entries after reorder: %v", titles(es))
	}

	// A third contact who only types the name sees nothing of the unit.
	say(t, c, "u3", "我要报名，推荐单位：郑州职业技术学院，片名：《别人的》")
	if r := say(t, c, "u3", "调整顺序"); strings.Contains(r, "守望") || strings.Contains(r, "红旗渠") {
		t.Fatalf("third contact sees the unit's works: %q", r)
	}
	if r := say(t, c, "u3", "我的作品"); strings.Contains(r, "守望") || strings.Contains(r, "红旗渠") {
		t.Fatalf("third contact's 我的作品: %q", r)
	}
	if es, _ := db.SharedEntries(ctx, "u3"); len(es) != 0 {
		t.Fatalf("third contact shares %v", titles(es))
	}
}

func TestUnitCodeGuessing(t *testing.T) {
	db := storetest.Open(t)
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	complete(t, c, "u1")
	var r string
	for range 6 {
		r = say(t, c, "u9", "单位码 AAAA22")
	}
	if !strings.Contains(r, "次数太多") {
		t.Fatalf("sixth wrong code: %q", r)
	}
}

func titles(es []*contestbot.Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
	}
	return out
}
