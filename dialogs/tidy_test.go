package dialogs

import "testing"

func TestTidy(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ticked box before", "分类：☑实景拍摄 □动画制作 □AI生成\n□视频切片 □其他", "分类：实景拍摄"},
		{"square tick", "□实景拍摄 □动画制作 ■AI生成", "AI生成"},
		{"box after", "分类：实景拍摄□ 动画制作√ AI生成□", "分类：动画制作"},
		{"spaced labels", "\t联 系 人\t王老师\n\t撰  稿\t王芳", "联系人\t王老师\n\t撰稿\t王芳"},
		{"spaced words inside a sentence stay", "通知联 系 人", "通知联 系 人"},
		{"emoji", "确认✅👍", "确认"},
		{"wechat emoticon", "好的[强][OK]", "好的"},
		{"statement dropped", "内容简介：讲述故事。\n著作权\n声 明\t我单位享有《守望》（作品名）著作权，如涉及…工作。\n（著作权单位盖章）\n   年   月   日", "内容简介：讲述故事。"},
		{"middle dots", "买买提•艾力、阿依古丽・吐尔逊", "买买提·艾力、阿依古丽·吐尔逊"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tidy(tt.in, newBoxes(testSeason(t))); got != tt.want {
				t.Errorf("tidy(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestContactPerson(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"department and title", "组织部王老师", "王老师"},
		{"department and name with space", "党委宣传部 李娜", "李娜"},
		{"unit and title", "郑州大学王老师", "王老师"},
		{"possessive", "组织部的王老师", "王老师"},
		{"self then name", "我，马骏", "马骏"},
		{"a name alone", "欧阳娜娜", "欧阳娜娜"},
		{"an office alone stays", "宣传部", "宣传部"},
		{"title after name stays", "李主任", "李主任"},
		{"two people stay", "张伟 李娜", "张伟 李娜"},
		{"dotted name after office", "学生处买买提·艾力", "买买提·艾力"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contactPerson(tt.in); got != tt.want {
				t.Errorf("contactPerson(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
