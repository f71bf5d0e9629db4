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
