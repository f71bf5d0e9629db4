package dialogs

import (
	"testing"

	"contestbot"
)

func TestRelationRoleName(t *testing.T) {
	accept := map[string]string{
		"刘红霞 俺学校语文老师":  "刘红霞",
		"刘红霞，是我们学校的老师": "刘红霞",
		"俺侄子田磊拍哩":      "田磊",
		"我同事王芳剪的":      "王芳",
		"俺侄子 田磊拍哩":     "田磊",
		"张伟 我们单位同事":    "张伟",
	}
	reject := []string{"刘红霞", "刘红霞、田磊", "俺学校语文老师", "文老师", "不是田磊", "田磊拍的吗", "我们书记", "俺侄子", "刘红霞 田磊"}
	for in, want := range accept {
		if got, ok := relationRoleName(in); !ok || got != want {
			t.Errorf("relationRoleName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range reject {
		if got, ok := relationRoleName(in); ok {
			t.Errorf("relationRoleName(%q) = %q, want no reading", in, got)
		}
	}
}

func TestUniqueNames(t *testing.T) {
	for in, want := range map[string]string{"常秀芝、常秀芝": "常秀芝", "常秀芝、马丽娜": "常秀芝、马丽娜", "": "", "马丽娜、周航、马丽娜": "马丽娜、周航"} {
		if got := uniqueNames(in); got != want {
			t.Errorf("uniqueNames(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestStoredNameFixOf(t *testing.T) {
	e := &contestbot.Entry{}
	e.Creators.Director = "文老师"
	e.Creators.Camera = "田磊"
	accept := map[string]string{"啥文老师 是刘红霞": "刘红霞", "文老师应该是刘红霞": "刘红霞", "不是文老师，是刘红霞": "刘红霞", "田磊改成田雷": "田雷"}
	reject := []string{"刘红霞", "王老师是刘红霞", "文老师是谁", "文老师是文老师", "田磊是俺侄子"}
	for in, want := range accept {
		if m := storedNameFixOf(e, in); m == nil || m[2] != want {
			t.Errorf("storedNameFixOf(%q) = %v, want new name %q", in, m, want)
		}
	}
	for _, in := range reject {
		if m := storedNameFixOf(e, in); m != nil {
			t.Errorf("storedNameFixOf(%q) = %v, want nil", in, m)
		}
	}
}

func TestSelfRoleAnswer(t *testing.T) {
	e := &contestbot.Entry{Contact: "常秀芝"}
	accept := []string{"编导就是导演对吧，导演是我，常秀芝，我自己，这个片子从头到尾都是我张罗的", "导演是我", "就是我", "我自己，常秀芝"}
	reject := []string{"导演是马丽娜", "监制是我", "我和马丽娜", "常秀芝", "导演是我，马丽娜也导了，马丽娜"}
	for _, in := range accept {
		if got, ok := selfRoleAnswer(e, in, slotDirector); !ok || got != "常秀芝" {
			t.Errorf("selfRoleAnswer(%q) = %q, %v; want 常秀芝", in, got, ok)
		}
	}
	for _, in := range reject {
		if got, ok := selfRoleAnswer(e, in, slotDirector); ok {
			t.Errorf("selfRoleAnswer(%q) = %q; want no reading", in, got)
		}
	}
	if _, ok := selfRoleAnswer(&contestbot.Entry{}, "导演是我", slotDirector); ok {
		t.Error("no contact yet: the bot must ask, not guess")
	}
}
