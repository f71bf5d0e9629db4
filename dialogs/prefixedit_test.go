package dialogs

import "testing"

// TestPrefixEdit (s10-c): an instruction to add words in front of a field's
// value, with the field (or none) and what to add; questions and other
// edits are not.
func TestPrefixEdit(t *testing.T) {
	accept := []struct{ in, field, add string }{
		{"制作单位前面加上学校名", "制作单位", "学校名"},
		{"前面加上我们学校", "", "我们学校"},
		{"把制作单位前面加上学校的名字", "制作单位", "学校"},
		{"在制作单位前面加上河南应用技术职业学院", "制作单位", "河南应用技术职业学院"},
		{"制作单位前边再加个学校名称吧", "制作单位", "学校名称"},
		{"片名前面加上“我的”", "片名", "“我的”"},
	}
	for _, c := range accept {
		m := rePrefixEdit.FindStringSubmatch(c.in)
		if m == nil || m[1] != c.field || m[2] != c.add {
			t.Errorf("rePrefixEdit(%q) = %q; want field %q, add %q", c.in, m, c.field, c.add)
		}
	}
	reject := []string{
		"制作单位要写学校名吗",
		"制作单位写学校全称",
		"前面的都对",
		"制作单位改成党委宣传部",
		"简介后面加上一句话",
		"制作单位前面是不是要加学校名",
	}
	for _, s := range reject {
		if m := rePrefixEdit.FindStringSubmatch(s); m != nil && !isQuestion(s) {
			t.Errorf("rePrefixEdit(%q) = %q; want no edit", s, m)
		}
	}
}
