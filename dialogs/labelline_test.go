package dialogs

import "testing"

func TestLabelLines(t *testing.T) {
	joined := []struct{ in, want string }{
		{"推荐单位：\n周口职业技术学院\n片名：\n麦田里的党课", "推荐单位：周口职业技术学院\n片名：麦田里的党课"},
		{"联系人:\n\n鲁晓燕", "联系人:鲁晓燕"},
		{"制作单位：  \n周口职业技术学院党委宣传部\n时长：2分48秒", "制作单位：周口职业技术学院党委宣传部\n时长：2分48秒"},
		{"内容简介：\n作品讲述一位党员教师的故事。", "内容简介：作品讲述一位党员教师的故事。"},
	}
	for _, c := range joined {
		if got := labelLines(c.in); got != c.want {
			t.Errorf("labelLines(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	kept := []string{
		"联系电话：\n时长：2分48秒",                // left blank: the next line is labelled
		"主创人员：\n监制(策划)\t编导(导演)\n刘建国\t孙浩", // the label heads a table
		"监制：\n编导：\n刘建国\n孙浩",              // role labels over their names
		"片名：\n",             // nothing after it
		"我们的片名：\n麦田里的党课",    // no bare label line
		"片名叫麦田里的党课\n制作单位同上", // labels with values on their lines
	}
	for _, in := range kept {
		if got := labelLines(in); got != in {
			t.Errorf("labelLines(%q) = %q; want it unchanged", in, got)
		}
	}
}
