package dialogs

import (
	"testing"

	"contestbot"
)

// TestNameChatterOff: slang, laughter, praise, pointers and words about the
// form of a name come off a person answer; names that look like such words
// stay (s8-b, rp86 p86a).
func TestNameChatterOff(t *testing.T) {
	cases := []struct {
		in, want string
		only     bool
	}{
		// accept: chatter off
		{"张博文 yyds", "张博文", false},
		{"张博文 yyds 👍", "张博文", false},
		{"李想哈哈哈", "李想", false},
		{"李想 hhh", "李想", false},
		{"王磊👍", "王磊", false},
		{"就他 张伟 靠谱", "张伟", false},
		{"张伟 真靠谱", "张伟", false},
		{"刘洋、王芳 666", "刘洋、王芳", false},
		{"也写全名吧 吕晓燕", "吕晓燕", false},
		{"写真名：谢雨涵", "谢雨涵", false},
		{"吕晓燕 全名哈", "吕晓燕", false},
		// only chatter: never a name
		{"哈哈哈", "", true},
		{"yyds", "", true},
		{"yyds 👍", "", true},
		{"写全名吧", "", true},
		{"就他", "就他", false},
		{"也是他", "也是他", false},
		{"郑一帆 1383827156", "郑一帆 1383827156", false},
		// reject: names and answers without chatter stay as typed
		{"张博文", "张博文", false},
		{"牛犇", "牛犇", false},
		{"哈斯朝鲁", "哈斯朝鲁", false},
		{"贺棒", "贺棒", false},
		{"刘洋、王芳", "刘洋、王芳", false},
		{"赵明 钱坤", "赵明 钱坤", false},
		{"买买提·艾力", "买买提·艾力", false},
		{"王老师", "王老师", false},
		{"无", "无", false},
	}
	for _, c := range cases {
		got, _, only := nameChatterOff(c.in)
		if only != c.only || (!only && got != c.want) {
			t.Errorf("nameChatterOff(%q) = %q, only %v; want %q, only %v", c.in, got, only, c.want, c.only)
		}
	}
}

// TestHelperSaid: the typist saying they fill in the form for someone else
// (s8-b, rp86 p86a); a contact speaking of their own work is not.
func TestHelperSaid(t *testing.T) {
	for _, in := range []string{
		"家人们谁懂啊 吕老师让我来帮忙报名 🥲",
		"我帮老师填的",
		"我是学生 帮王老师报",
		"主任叫我帮着填一下",
		"我是学生助理",
		"我是志愿者，替领导报一下",
		"代老师填的",
		"联系人不是我",
		"我不是联系人，我是帮忙的",
	} {
		if !helperSaid(in) {
			t.Errorf("helperSaid(%q) = false, want true", in)
		}
	}
	for _, in := range []string{
		"我要报名",
		"帮我们报一个",
		"我是联系人",
		"我们学校要参加这个比赛",
		"我是王老师",
		"学生党员在田间地头讲党课",
		"帮我看看简介行不行",
	} {
		if helperSaid(in) {
			t.Errorf("helperSaid(%q) = true, want false", in)
		}
	}
}

// TestNoteSelfNamed: "我谢雨涵" in a role list names the typist when the
// contact is someone else; a list with 我 or the contact's own name does not.
func TestNoteSelfNamed(t *testing.T) {
	cases := []struct{ msg, want string }{
		{"监制吕老师 导演是我谢雨涵 撰稿我和王佳琪", "谢雨涵"},
		{"撰稿我和王佳琪 导演是我谢雨涵", "谢雨涵"},
		{"编导：本人 谢雨涵，摄影张博文", "谢雨涵"},
		{"撰稿我和王佳琪", ""},
		{"导演是我吕晓燕", ""},
		{"监制是我们书记张红旗", ""},
		{"撰稿我写的", ""},
		{"导演我负责", ""},
	}
	for _, c := range cases {
		tr := &turn{st: &state{}}
		tr.noteSelfNamed(&contestbot.Entry{Contact: "吕晓燕"}, c.msg)
		if tr.st.Self != c.want || tr.st.ForOther != (c.want != "") {
			t.Errorf("noteSelfNamed(%q): Self %q, ForOther %v; want %q", c.msg, tr.st.Self, tr.st.ForOther, c.want)
		}
	}
}

// TestDeclarationCaseAsked: a question whether a case counts as published
// or AI-made, at any step, tells the case only to ask (s8-b, rp86 p86a);
// a value checked back ("这样行吗") or a question on something else is not.
func TestDeclarationCaseAsked(t *testing.T) {
	counts := func(s string) bool {
		cls := splitClauses(s)
		return asksWhetherCounts(joinSpacedHan(s)) && reFactAsk.MatchString(compact(cls[len(cls)-1]))
	}
	for _, s := range []string{
		"等下问个事 我们片子之前有个同学发过朋友圈 就 仅 好 友 可 见 那种 后来删了 这种算公开发表吗",
		"学校公众号上发过个几秒的预告，这算发表吗",
		"片尾用了AI配的音乐，这样算用了AI吗",
		"在公众号预告过，算不算公开发表",
	} {
		if !counts(s) {
			t.Errorf("%q: not read as a question on a case", s)
		}
	}
	for _, s := range []string{
		"片名红色账本，这样行吗",
		"联系人吕晓燕，截止时间是哪天",
		"许昌职业技术学院团委，可以吗",
		"都是哒 不过问下 我们想先发个预告会不会算公开发表",
	} {
		if counts(s) {
			t.Errorf("%q: read as a question on a case", s)
		}
	}
}

// TestFormRemarkOff: a remark on how to write a value comes off its start;
// alone it is no value; a value starting with such a word stays (s8-b).
func TestFormRemarkOff(t *testing.T) {
	cases := []struct {
		in, want string
		only     bool
	}{
		{"全称：青春赴许 党旗飘扬", "青春赴许 党旗飘扬", false},
		{"写全称吧 许昌职业技术学院", "许昌职业技术学院", false},
		{"用真名 吕晓燕", "吕晓燕", false},
		{"写全称吧", "", true},
		{"全名", "", true},
		{"名字的故事", "名字的故事", false},
		{"大名鼎鼎的老支书", "大名鼎鼎的老支书", false},
		{"全称许昌职业技术学院", "全称许昌职业技术学院", false},
		{"许昌职业技术学院", "许昌职业技术学院", false},
	}
	for _, c := range cases {
		got, only := formRemarkOff(c.in)
		if only != c.only || got != c.want {
			t.Errorf("formRemarkOff(%q) = %q, %v; want %q, %v", c.in, got, only, c.want, c.only)
		}
	}
}
