package dialogs

import (
	"testing"

	"contestbot"
)

// TestNotYetField: a clause that names a field and says its value comes
// later puts that field off (s12-f, rp151).
func TestNotYetField(t *testing.T) {
	phone := slot(contestbot.FieldPhone)
	accept := map[string]slot{
		"电话等下我问问老师😂": phone,
		"哈哈电话我还没拿到呢": phone,
		"电话：还没拿到":    phone,
		"电话先空着好不好嘛🥺": phone,
		"电话我还没问到":    phone,
		"手机号等会我问下主任": phone,
		"时长还没定":      slot(contestbot.FieldDuration),
		"电话老师还没给我呢":  phone,
		"电话先空着":      phone,
	}
	for in, want := range accept {
		if got := notYetField(in); got != want {
			t.Errorf("notYetField(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"电话13838026417",
		"电话0371-69691670",
		"电话138 3802 6417",
		"电话等下发你13838026417",
		"老师在开会",
		"先填别的吧",
		"电话是多少来着",
		"电话要手机还是座机",
		"简介还没写好", // free text: left to the older readers
		"时长是3分05秒",
	}
	for _, in := range reject {
		if got := notYetField(in); got != "" {
			t.Errorf("notYetField(%q) = %q, want none", in, got)
		}
	}
}

// TestDeniedRoleClause: "X没有…", "没有X", "X哪来的" for a role is 无 for
// that role; a name, a title or another role is not (s12-f, rp151).
func TestDeniedRoleClause(t *testing.T) {
	accept := map[string]slot{
		"摄影没有动画哪来摄影哈哈": slotCamera,
		"摄影没有":         slotCamera,
		"摄影哪来的":        slotCamera,
		"动画哪来的摄影":      slotCamera,
		"撰稿也没有😂":       slotWriter,
		"剪辑没有哈哈":       slotEditor,
	}
	for in, want := range accept {
		if got := deniedRoleClause(in); got != want {
			t.Errorf("deniedRoleClause(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"摄影何来", // 何来 is a name
		"摄影何来顺",
		"摄影王梓涵",
		"摄影没有问题", // no reason that names nobody
		"《没有摄影的日子》",
		"片名没有摄影的日子",
		"摄影没有剪辑王梓涵", // two roles
		"摄影2人",
		"哈哈",
	}
	for _, in := range reject {
		if got := deniedRoleClause(in); got != "" {
			t.Errorf("deniedRoleClause(%q) = %q, want none", in, got)
		}
	}
	if got := deniedRoles("撰稿是我张雨萱hhh 摄影没有动画哪来摄影哈哈 剪辑王梓涵"); got != "撰稿是我张雨萱hhh 摄影无 剪辑王梓涵" {
		t.Errorf("deniedRoles = %q", got)
	}
}

// TestPhoneFirst: at the 联系电话 step a number inside chatter is the phone
// wherever it stands; the talk before it goes, the rest is read (s12-f).
func TestPhoneFirst(t *testing.T) {
	e := &contestbot.Entry{Contact: "陈静"}
	phone := slot(contestbot.FieldPhone)
	accept := map[string]string{
		"老师出来啦🎉 电话13838026417 然后时长我之前说错了😅 最新剪的版本是2分56秒 没超哈哈哈 yyds": "电话13838026417，然后时长我之前说错了 最新剪的版本是2分56秒 没超哈哈哈 yyds",
		"？？我发了呀😳 13838026417": "电话13838026417",
		"老师说是13838026417哈":    "电话13838026417，哈",
		"刚问到了 0371-69691670":  "电话037169691670",
	}
	for in, want := range accept {
		if got, ok := phoneFirst(in, phone, e); !ok || got != want {
			t.Errorf("phoneFirst(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{
		"13838026417",
		"0371-69691670",
		"138 3802 6417",
		"电话13838026417",
		"2分56秒",
		"3840x2160",
		"电话等下我问问老师",
		"13838026417 13938026418",
	}
	for _, in := range reject {
		if got, ok := phoneFirst(in, phone, e); ok {
			t.Errorf("phoneFirst(%q) = %q, want unchanged", in, got)
		}
	}
	if _, ok := phoneFirst("老师出来啦 电话13838026417", slot(contestbot.FieldDuration), e); ok {
		t.Error("phoneFirst at another step rewrote the message")
	}
}

// TestAssistRegister: a formal request to have the registration done is a
// wish to register (s12-f, rp151); questions about how are not.
func TestAssistRegister(t *testing.T) {
	accept := []string{
		"您好！我是洛阳伊滨职业技术学院党委组织部的赵建国，看到省委教育工委关于开展全省党员教育短视频创作大赛（第一季）的通知，我部精心制作了一部作品，烦请贵平台协助办理报名事宜，谢谢！",
		"烦请协助办理报名事宜",
		"请帮忙办理报名手续，谢谢",
		"我校有一部作品，请协助我们完成报名",
	}
	for _, in := range accept {
		if !registerIntent(in) {
			t.Errorf("registerIntent(%q) = false, want true", in)
		}
	}
	reject := []string{
		"报名事宜怎么办理？",
		"办理报名手续需要哪些材料？",
		"请问如何办理报名",
		"办理报名的流程是什么",
		"协助办理报名需要什么",
	}
	for _, in := range reject {
		if registerIntent(in) {
			t.Errorf("registerIntent(%q) = true, want false", in)
		}
	}
}

// TestOwnOffice: 我部/本处 is the typist's office: the 推荐单位 when that is
// an office of that kind, else unresolved (asked); never the school + 部.
func TestOwnOffice(t *testing.T) {
	unit := "洛阳伊滨职业技术学院党委组织部"
	for _, c := range []struct{ v, unit, want string }{
		{"我部", unit, unit},
		{"本部", unit, unit},
		{"我部", "洛阳伊滨职业技术学院", "我部"},
		{"我处", unit, "我处"},
		{"我们学校党委组织部", "郑州大学", "郑州大学党委组织部"},
		{"本科", unit, "本科"},
	} {
		if got := ownUnit(c.v, c.unit); got != c.want {
			t.Errorf("ownUnit(%q, %q) = %q, want %q", c.v, c.unit, got, c.want)
		}
	}
	if !unnamedOrg("我部") || unnamedOrg("洛阳伊滨职业技术学院党委组织部") {
		t.Error("unnamedOrg: 我部 names no organisation; the full name does")
	}
}
