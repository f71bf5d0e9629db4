package dialogs

import "testing"

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
