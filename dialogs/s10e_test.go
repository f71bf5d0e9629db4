package dialogs

import (
	"testing"

	"contestbot"
)

// TestOrgLeadWords (s10-e, rp124 and rp126): a word saying a unit is the same
// as another's, or that two made it together, is no part of the unit.
func TestOrgLeadWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// accept: the lead word goes
		{"同样是新乡职业技术学院", "新乡职业技术学院"},
		{"也是新乡职业技术学院", "新乡职业技术学院"},
		{"都是新乡职业技术学院", "新乡职业技术学院"},
		{"仍是新乡职业技术学院党委组织部", "新乡职业技术学院党委组织部"},
		{"两家合作的：洛阳伊河职业技术学院党委组织部、洛阳光影文化传媒有限公司", "洛阳伊河职业技术学院党委组织部、洛阳光影文化传媒有限公司"},
		{"两家单位联合制作：郑州职业技术学院、郑州光影文化传媒有限公司", "郑州职业技术学院、郑州光影文化传媒有限公司"},
		{"是由信息工程学院", "信息工程学院"},
		{"由信息工程学院", "信息工程学院"},
		// reject: the words belong to the name, or what is left is no unit
		{"同样是", "同样是"},
		{"也是我们", "也是我们"},
		{"由于时间紧", "由于时间紧"},
		{"都市频道", "都市频道"},
		{"两家合作的", "两家合作的"},
		{"新乡职业技术学院", "新乡职业技术学院"},
	} {
		if got := orgLeadOff(tc.in); got != tc.want {
			t.Errorf("orgLeadOff(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNameInPerson (s10-e, rp124): "本人"/"自己" after a name and its title
// is the name; 本人 alone stays the user.
func TestNameInPerson(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"孙丽娜老师本人", "孙丽娜"},
		{"孙丽娜本人", "孙丽娜"},
		{"周文博自己", "周文博"},
		{"孙丽娜老师", "孙丽娜"},
		// reject: no name before 本人
		{"本人", "王芳"},
		{"我本人", "王芳"},
	} {
		if got, _ := personValue(tc.in, "王芳"); got != tc.want {
			t.Errorf("personValue(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRoleNoneAndShared (s10-e, rp123 and rp124): a role said to be absent
// with its reason, and two role labels sharing one value.
func TestRoleNoneAndShared(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"编导孙丽娜，因为是动画作品所以没有摄影，剪辑周文博", "编导孙丽娜，摄影无，剪辑周文博"},
		{"由于是动画没有摄影", "摄影无"},
		// reject: no reason word, or the role is not what is missing
		{"摄影没有问题", "摄影没有问题"},
		{"因为时间紧所以剪辑是周文博", "因为时间紧所以剪辑是周文博"},
	} {
		if got := reNoRoleBecause.ReplaceAllString(tc.in, "${1}无"); got != tc.want {
			t.Errorf("no role %q = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"监制:王建国/编导,撰稿:周晓雯/摄影:无", "监制:王建国/编导、撰稿:周晓雯/摄影:无"},
		{"编导和撰稿：周晓雯", "编导、撰稿：周晓雯"},
		{"编导，撰稿，剪辑：周晓雯", "编导、撰稿、剪辑：周晓雯"},
		// reject: a value between the labels, or no colon after them
		{"编导周晓雯，撰稿：李娜", "编导周晓雯，撰稿：李娜"},
		{"编导和撰稿都是周晓雯", "编导和撰稿都是周晓雯"},
	} {
		if got := sharedRoleLabels(tc.in); got != tc.want {
			t.Errorf("sharedRoleLabels(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"我刚才说了", true}, {"前面说过了", true}, {"刚才说过", true},
		{"王五", false}, {"王说", false},
	} {
		if got := reSaidEarlier.MatchString(tc.in); got != tc.want {
			t.Errorf("said earlier %q = %v", tc.in, got)
		}
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"填“无”即可", true}, {"写无就行", true}, {"填无", true},
		{"填王五", false}, {"无", false},
	} {
		if got := reNoneAgain.MatchString(tc.in); got != tc.want {
			t.Errorf("none again %q = %v", tc.in, got)
		}
	}
}

// TestLaughAfterSelf (s10-e, rp124): "我嘿嘿 陈小雨" is 我 and the name.
func TestLaughAfterSelf(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"我嘿嘿 陈小雨", "我 陈小雨"},
		{"李想哈哈哈", "李想"},
		{"我 陈小雨", "我 陈小雨"},
	} {
		if got, _, _ := nameChatterOff(tc.in); got != tc.want {
			t.Errorf("nameChatterOff(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCategoryDialect (s10-e, rp126): a category word with a dialect
// particle, or with how it was made before it, is the category.
func TestCategoryDialect(t *testing.T) {
	season := testSeason(t)
	for _, tc := range []struct{ in, want string }{
		{"是实景拍嘞", "实景拍摄"},
		{"实拍哩", "实景拍摄"},
		{"实景拍的", "实景拍摄"},
		{"做的动画", "动画制作"},
		{"弄嘞动画", "动画制作"},
		{"动画类的", "动画制作"},
		// reject: no category word
		{"拍嘞", ""},
		{"老支书拍嘞", ""},
		{"做的片子", ""},
		{"弄嘞", ""},
	} {
		got, ok := categoryExact(season, tc.in)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("categoryExact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestVagueDurationBounds (s10-e, rp125): a bound or a guess is an
// estimate; a time to the second stays exact.
func TestVagueDurationBounds(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"5分钟以内吧 应该是四分半左右", true},
		{"5分钟以内", true},
		{"应该是四分半", true},
		{"可能三分钟", true},
		{"不超过3分钟", true},
		// reject: exact
		{"2分58秒", false},
		{"应该是2分58秒", false},
		{"三分钟", false},
	} {
		if got := vagueDuration(tc.in); got != tc.want {
			t.Errorf("vagueDuration(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestAsideWait (s10-e, rp123): a word to someone else waits.
func TestAsideWait(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"我问问小李", true},
		{"等我问一下王老师", true},
		{"我去问问", true},
		{"我找一下剪辑的同学", true},
		{"我问问孙浩", true},
		// reject: a question, a value, or a field named
		{"我问问时长怎么写", false},
		{"我查一下时长", false},
		{"小李说是2分58秒", false},
		{"问一下可以用AI吗", false},
	} {
		tr := &turn{}
		_, got := tr.asideWait(tc.in, slot(contestbot.FieldDuration))
		if got != tc.want {
			t.Errorf("asideWait(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestCategoryHint (s10-e, rp123): a description that fits one category by
// the season's category_hints is offered; a near-miss is not.
func TestCategoryHint(t *testing.T) {
	season := testSeason(t)
	for _, tc := range []struct{ in, want string }{
		{"我们这个是从一个长的访谈片子里剪出来的", "视频切片"},
		{"从完整的节目里截取的一个片段", "视频切片"},
		{"老师一帧一帧画的", "动画制作"},
		// reject: no hint, or a film said long only
		{"我们这个片子挺长的", ""},
		{"剪辑是小李剪出来的", ""},
		{"用手机拍的", ""},
	} {
		got, _ := season.CategoryHint(compact(tc.in))
		if got != tc.want {
			t.Errorf("CategoryHint(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOrgInPassing (s10-e, rp124): an organisation said as the maker beside
// a yes sets no field; one said with a label does.
func TestOrgInPassing(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"由信息工程学院组织完成。", true},
		{"是我们宣传部拍的", true},
		{"都是信息工程学院制作的", true},
		// reject: a label, or no organisation
		{"制作单位是信息工程学院", false},
		{"都符合", false},
		{"今年拍的", false},
	} {
		if got := mentionsOrgInPassing(tc.in); got != tc.want {
			t.Errorf("mentionsOrgInPassing(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestVagueDurationWords (s10-e): the bound and guess words count only
// beside a time.
func TestVagueDurationWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"5分钟以内", true},
		{"应该是四分半", true},
		{"可能三分钟", true},
		{"以下是信息：时长3分钟", false},
		{"时长3分钟，应该没问题吧", false},
		{"应该是2分58秒", false},
	} {
		if got := contestbot.IsVagueDuration(tc.in); got != tc.want {
			t.Errorf("IsVagueDuration(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
