package dialogs

import "testing"

func TestSelfIntroName(t *testing.T) {
	accept := map[string]string{
		"我叫陈志强 电话15837610592": "陈志强",
		"俺是杨建设，电话139":         "杨建设",
		"我叫李娜，负责联系":           "李娜",
		"本人王磊 13800000000":    "王磊",
	}
	reject := []string{"我是开封文旅学校的老师，我们做了个动画片", "我是帮我们学校团委报名的学生", "我是副校长，想问一下", "我叫不上来名字"}
	for s, want := range accept {
		m := reSelfIntro.FindStringSubmatch(s)
		if m == nil || m[1] != want || !isPersonForm(m[1]) || !startsWithSurname(m[1]) {
			t.Errorf("self intro in %q = %v; want %q", s, m, want)
		}
	}
	for _, s := range reject {
		if m := reSelfIntro.FindStringSubmatch(s); m != nil && isPersonForm(m[1]) && startsWithSurname(m[1]) {
			t.Errorf("self intro in %q = %q; want none", s, m[1])
		}
	}
}

func TestBareBody(t *testing.T) {
	accept := []string{"党委", "团委", "校团委", "党委组织部", "宣传部", "党委办公室"}
	reject := []string{"郑州大学党委", "河南电视台", "学校", "某某文化传媒公司", "组织部长"}
	for _, s := range accept {
		if !reBareBody.MatchString(s) {
			t.Errorf("reBareBody(%q) = false", s)
		}
	}
	for _, s := range reject {
		if reBareBody.MatchString(s) {
			t.Errorf("reBareBody(%q) = true", s)
		}
	}
}
