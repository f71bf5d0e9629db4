package dialogs

import (
	"io"
	"log/slog"
	"strings"
	"testing"

	"contestbot"
)

// Branch s7-f (rp74 p74b): several works, 同上 in every form, and a
// confirmed work never changed by accident.

// p74bTurn is 温静's two works: 《青春向党·黄河滩上的志愿红》 submitted, and
// the draft 《一封家书 两代初心》 open at step pending.
func p74bTurn(pending slot) (*turn, *contestbot.Entry, *contestbot.Entry) {
	a := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Seq: 1, Unit: "新乡职业技术学院", Title: "青春向党·黄河滩上的志愿红",
		Producer: "新乡职业技术学院团委", Contact: "温静", Phone: "15836271904", DurationSeconds: 190, Category: "实景拍摄",
		Creators: contestbot.Creators{Supervisor: "赵立新", Director: "温静", Writer: "温静", Camera: "孙浩、周宇", Editor: "周宇"}, CreatorsDone: true}
	b := &contestbot.Entry{ID: 2, Status: contestbot.StatusDraft, Unit: "新乡职业技术学院", Title: "一封家书 两代初心"}
	st := &state{Mode: modeForm, EntryID: 2, Pending: pending, LastID: 1}
	c := &Core{log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	return &turn{c: c, st: st, entries: []*contestbot.Entry{a, b}}, a, b
}

// TestCopySourceIsNoTarget: "跟第一个一样" names where a value comes from;
// the work a change is for is named otherwise.
func TestCopySourceIsNoTarget(t *testing.T) {
	tt, a, _ := p74bTurn(slotSupervisor)
	checkReaders(t, []readerCase{{
		name: "names the first work as the target of a change",
		fn:   func(s string) bool { return tt.workMeant(s).e == a },
		accept: []string{"第一个的时长改成2分", "把第一个的监制改成赵立新", "第一个片名改下 改成《黄河滩上志愿红》", "上一个的电话写错了",
			"《青春向党·黄河滩上的志愿红》的剪辑改成王一帆"},
		reject: []string{"监制跟第一个一样", "不对 只有监制跟第一个一样 编导撰稿是李梦瑶 摄影无 剪辑王一帆 刚说了", "单位联系人都跟第一个一样",
			"摄影同第一个", "和第一个作品相同", "制作单位跟上一个一样", "分类照第一个来"},
	}})
}

// TestWorkRefs: a reference applies to the field it is attached to.
func TestWorkRefs(t *testing.T) {
	for _, tc := range []struct {
		in      string
		pending slot
		want    string // "" when s must stay as it is
	}{
		{"监制同上", slotSupervisor, "监制赵立新"},
		{"监制同上 编导撰稿李梦瑶 摄影无 剪辑王一帆", slotSupervisor, "监制赵立新，编导撰稿李梦瑶 摄影无 剪辑王一帆"},
		{"不对 只有监制跟第一个一样 编导撰稿是李梦瑶", slotDirector, "不对 监制赵立新，编导撰稿是李梦瑶"},
		{"编导撰稿都跟第一个一样", slotDirector, "编导温静，撰稿温静"},
		{"摄影也跟上一个一样", slotCamera, "摄影孙浩、周宇"},
		{"主创都同上", slotSupervisor, "监制赵立新，编导温静，撰稿温静，摄影孙浩、周宇，剪辑周宇"},
		{"单位 制作单位 联系人都同上", slot(contestbot.FieldProducer), "推荐单位、制作单位、联系人、联系电话都跟上一个一样"},
		{"赵立新 跟第一个一样", slotSupervisor, "赵立新"},
		{"跟上一个一样啊 团委", slot(contestbot.FieldProducer), "跟上一个一样"},
		// s10-f: one field label with 同上 on a later work is that field
		// of the work before (rp123 "制作单位同上" meant the first work's).
		{"制作单位同上", slot(contestbot.FieldProducer), "制作单位都跟上一个一样"},
		// Kept: 同上 after a later role is the role above; a bare 同上 is
		// the line above (制作单位 = 推荐单位); questions; a word that
		// disagrees; a free-text step.
		{"撰稿同上", slotWriter, ""},
		{"同上", slot(contestbot.FieldProducer), ""},
		{"监制跟第一个一样吗？", slotSupervisor, ""},
		{"赵立新 跟第一个不一样", slotSupervisor, ""},
		{"跟上一个一样啊 宣传部", slot(contestbot.FieldProducer), ""},
		{"监制同上", slot(contestbot.FieldSynopsis), ""},
		{"接着报第二个，单位、联系人电话、监制都跟上一个一样", slot(contestbot.FieldTitle), ""}, // the whole run: form.go likeLast
	} {
		tt, _, b := p74bTurn(tc.pending)
		got := tt.workRefs(b, tc.in, tc.pending)
		want := tc.want
		if want == "" {
			want = tc.in
		}
		if strings.TrimSpace(got) != want {
			t.Errorf("workRefs(%q at %s) = %q, want %q", tc.in, tc.pending, got, want)
		}
	}
	// On the first work there is nothing to copy: 同上 is read as before.
	tt, a, _ := p74bTurn(slotSupervisor)
	tt.entries = []*contestbot.Entry{{ID: 3, Status: contestbot.StatusDraft}}
	if got := tt.workRefs(tt.entries[0], "监制同上", slotSupervisor); got != "监制同上" {
		t.Errorf("first work: %q", got)
	}
	_ = a
}

// TestDraftNamed: the draft "接着填…"/"继续填…" names, the suggested phrase
// included.
func TestDraftNamed(t *testing.T) {
	tt, _, b := p74bTurn(slotSupervisor)
	checkReaders(t, []readerCase{{
		name:   "names the draft",
		fn:     func(s string) bool { return tt.draftNamed(s) == b },
		accept: []string{"《一封家书 两代初心》", "《一封家书两代初心》", "第二个家书那个", "第二个", "家书那个", "一封家书 两代初心"},
		reject: []string{"第一个", "《青春向党·黄河滩上的志愿红》", "第三个", "第一个家书那个", "问题", "志愿红那个"},
	}, {
		name:   "asks to go on with a work",
		fn:     func(s string) bool { return reGoLoose.MatchString(s) },
		accept: []string{"接着填《一封家书 两代初心》", "继续填第二个家书那个", "回到第二个吧", "那继续弄家书那个"},
		reject: []string{"第一个ok 确认", "继续", "我要报名", "家书那个"},
	}})
}

// TestGuardConfirmed: a change to a submitted work is kept only when the
// turn leaves it open for 确认 (or took a change back, or changed the
// contact's own details outside a form); otherwise it is undone.
func TestGuardConfirmed(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  func(tt *turn, a *contestbot.Entry)
		kept bool
	}{
		{"open in the edit flow", func(tt *turn, a *contestbot.Entry) { tt.st.focus(modeEdit, a) }, true},
		{"taken back", func(tt *turn, a *contestbot.Entry) { tt.event(a, "用户撤销修改：主创") }, true},
		{"another work's form open", func(tt *turn, a *contestbot.Entry) {}, false},
		{"no form open", func(tt *turn, a *contestbot.Entry) { tt.st.reset() }, false},
		{"another work in the edit flow", func(tt *turn, a *contestbot.Entry) { tt.st.Mode = modeEdit }, false},
	} {
		tt, a, _ := p74bTurn(slotSupervisor)
		tt.snapDone()
		a.Creators.Director = "李梦瑶"
		tt.touch(a)
		tc.set(tt, a)
		tt.guardConfirmed()
		if kept := a.Creators.Director == "李梦瑶"; kept != tc.kept {
			t.Errorf("%s: kept = %v, want %v", tc.name, kept, tc.kept)
		}
	}
	// 我的信息: the contact's phone, corrected with no form open, is kept.
	tt, a, _ := p74bTurn(slotSupervisor)
	tt.snapDone()
	tt.st.reset()
	a.Phone = "13700001111"
	tt.touch(a)
	tt.guardConfirmed()
	if a.Phone != "13700001111" {
		t.Errorf("the contact's phone was undone")
	}
}

// TestRefAtText: a short reference to an earlier work at a free-text step
// is no text; a text that mentions a work, a label or a question is read as
// before.
func TestRefAtText(t *testing.T) {
	syn := slot(contestbot.FieldSynopsis)
	checkReaders(t, []readerCase{{
		name: "a reference, no text",
		fn: func(s string) bool {
			tt, _, b := p74bTurn(syn)
			_, ok := tt.refAtText(b, s, syn)
			return ok
		},
		accept: []string{"赵立新 跟第一个一样", "跟第一个一样", "和上一个一样吧", "照第一个来"},
		reject: []string{"监制跟第一个一样", "跟第一个一样吗？", "短片讲述了祖孙两代人的故事，跟第一个作品一样发生在豫北乡村。",
			"同上", "同简介"},
	}})
}

// TestLeavesAsked: a list of roles that leaves out the role asked does not
// close the 主创 step.
func TestLeavesAsked(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "leaves the 监制 asked",
		fn: func(s string) bool {
			tt, _, _ := p74bTurn(slotSupervisor)
			return tt.leavesAsked(slotSupervisor, extract(rewritePersonRole(s)).values)
		},
		accept: []string{"编导撰稿李梦瑶 摄影无 剪辑王一帆", "编导李梦瑶，撰稿李梦瑶，摄影无，剪辑王一帆"},
		reject: []string{"监制赵立新 编导撰稿李梦瑶 摄影无 剪辑王一帆", "监制无 编导李梦瑶 撰稿李梦瑶 摄影无 剪辑王一帆"},
	}})
}
