package dialogs

import "testing"

// TestRoleSentences10a: the 主创 told as sentences about who did what (s10-a,
// round 25): everyday role words, 挂的 (a nominal 监制), 我/俺/我自己, 他 for
// the person of the clause before, "都是X一个人弄的", "X跟Y两个人", roles
// split by voice input's spaces, and "是我拍的". me is who 我 is ("" while a
// typist who types for the contact has given no name).
func TestRoleSentences10a(t *testing.T) {
	accept := []struct{ in, me, want string }{
		{"王建军书记挂的监制，导演是我自己，稿子是我和刘畅一起写的，摄影是刘洋，剪辑也是他", "葛丽",
			"监制：王建军；编导：葛丽；撰稿：葛丽、刘畅；摄影：刘洋；剪辑：刘洋"},
		{"王建军书记挂名监制", "葛丽", "监制：王建军"},
		{"导演跟撰稿都是俺 拍哩是刘洋跟赵亮两个人", "葛丽", "编导：葛丽；撰稿：葛丽；摄影：刘洋、赵亮"},
		{"摄影剪辑都是刘洋一个人弄的", "葛丽", "摄影：刘洋；剪辑：刘洋"},
		{"摄影 剪辑 都是刘洋一个人弄的", "葛丽", "摄影：刘洋；剪辑：刘洋"},
		{"稿子是我和王佳琪一起写的 是我拍的", "", "撰稿：我和王佳琪；摄影：我"},
		{"稿子是我和王佳琪一起写的 是我拍的", "闵可欣", "撰稿：闵可欣、王佳琪；摄影：闵可欣"},
		{"摄影是赵鹏和孙浩，剪辑也是他们俩", "葛丽", "摄影：赵鹏、孙浩；剪辑：赵鹏、孙浩"},
		{"编导刘洋 剪辑是刘洋剪的", "葛丽", "编导：刘洋；剪辑：刘洋"},
		{"摄影是赵鹏孙浩两个人 剪辑也是他们俩", "葛丽", "摄影：赵鹏、孙浩；剪辑：赵鹏、孙浩"},
		{"监制是王建军书记挂个名 导演是我 稿子是我写的 拍的剪的都是刘洋", "葛丽", "监制：王建军；编导：葛丽；撰稿：葛丽；摄影：刘洋；剪辑：刘洋"},
	}
	for _, c := range accept {
		out, _, ok := readRoleProse(c.in, c.me)
		if !ok || out != c.want {
			t.Errorf("readRoleProse(%q, %q) = %q, %v; want %q", c.in, c.me, out, ok, c.want)
		}
	}
	// Near-misses: a pronoun with nobody before it or two people for 他, a
	// work said by a place or a kind ("实景拍的", "我们学校拍的"), questions
	// about the 主创, 挂 in another sense.
	reject := []string{
		"剪辑也是他",
		"摄影是赵鹏和孙浩，剪辑也是他",
		"是实景拍的",
		"是我们学校拍的",
		"主创可以是一个人吗",
		"监制必须是领导吗",
		"监制挂的谁的名字",
		"摄影剪辑都是一个人弄的吗",
		"剪辑那加上李帅 他也剪了一部分",
	}
	for _, in := range reject {
		if out, _, ok := readRoleProse(in, "葛丽"); ok {
			t.Errorf("readRoleProse(%q) = %q; want no reading", in, out)
		}
	}
}

// TestNameTailOff: a sentence-final particle or a count after the names of
// a role answer is no part of them (s10-a): "陈思雨了" answering "编导是谁？",
// "赵鹏孙浩两个" answering "摄影是谁？".
func TestNameTailOff(t *testing.T) {
	accept := map[string]string{
		"陈思雨了":     "陈思雨",
		"李娜吧":      "李娜",
		"王芳哈":      "王芳",
		"赵亮呀":      "赵亮",
		"赵鹏孙浩两个":   "赵鹏、孙浩",
		"赵鹏、孙浩他们俩": "赵鹏、孙浩",
		"刘洋跟赵亮两个人": "刘洋、赵亮",
		"刘洋一个人弄的":  "刘洋",
		"赵鹏 孙浩 俩":  "赵鹏、孙浩",
	}
	for in, want := range accept {
		if got := nameTailOff(in); got != want {
			t.Errorf("nameTailOff(%q) = %q; want %q", in, got, want)
		}
	}
	// Left as typed: no tail, a question, words that are no name, a name
	// that ends in a particle character is still read whole.
	for _, in := range []string{"陈思雨", "陈思雨吧？", "好了", "算了", "完了", "确认了", "不知道了", "没有了", "两个", "他们俩", "写我吧"} {
		if got := nameTailOff(in); got != in {
			t.Errorf("nameTailOff(%q) = %q; want it unchanged", in, got)
		}
	}
}

// TestSameForAllCount: "都是刘洋一个人弄的" names 刘洋, never "刘洋一个人弄"
// (s10-a: it was stored so).
func TestSameForAllCount(t *testing.T) {
	for in, want := range map[string]string{"都是刘洋一个人弄的": "刘洋", "都是张伟": "张伟", "全部由张伟负责": "张伟", "都是赵鹏孙浩两个人": "赵鹏、孙浩"} {
		if got, ok := sameForAll(in); !ok || got != want {
			t.Errorf("sameForAll(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestCreatorsOnePersonAsk: whether all the 主创 may be one person is a
// question about the roles, answered "可以", never about 个人作品 (s10-a).
func TestCreatorsOnePersonAsk(t *testing.T) {
	for _, in := range []string{"主创可以是一个人吗", "主创人员都是一个人行不行", "主创能是同一个人吗"} {
		if !reCreatorsOnePerson.MatchString(in) {
			t.Errorf("%q is not read as asking whether the 主创 may be one person", in)
		}
	}
	for _, in := range []string{"一个人的作品能报吗", "主创都是刘洋", "主创可以是学生吗", "个人可以报名吗"} {
		if reCreatorsOnePerson.MatchString(in) {
			t.Errorf("%q is read as asking whether the 主创 may be one person", in)
		}
	}
}
