package dialogs

import (
	"testing"

	"contestbot"
)

// TestTitleBack: going back on a title change names the film again; other
// fields' values, questions and messages without a going-back word do not.
func TestTitleBack(t *testing.T) {
	season := testSeason(t)
	e := &contestbot.Entry{Title: "黄河滩上的突击队"}
	for _, c := range []struct{ in, want string }{
		{"算了还是叫黄河滩上的党员突击队 突出党员", "片名改成黄河滩上的党员突击队"},
		{"还是叫《滩区麦田里的党旗》吧", "片名改成滩区麦田里的党旗"},
		{"算了 叫黄河滩上的突击队吧", "片名改成黄河滩上的突击队"},
		{"算了还是用黄河滩上的党旗", "片名改成黄河滩上的党旗"},
	} {
		if got := titleBack(season, e, c.in); got != c.want {
			t.Errorf("titleBack(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, in := range []string{
		"还是写河南农业职业学院", "算了还是写2分30秒", "还是叫什么好呢？", "叫黄河滩上的党员突击队", "还是用实景拍摄", "算了还是写李娜", "还是用同简介", "算了不报了",
	} {
		if got := titleBack(season, e, in); got != in {
			t.Errorf("titleBack(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestSameBare: a bare "一样" at the 制作单位 of a later work is the last
// work's 制作单位; 同上 and the unit's words are not (s11-b, rp133).
func TestSameBare(t *testing.T) {
	for _, in := range []string{"一样", "也一样", "一样的", "还是一样", "相同"} {
		if !reSameBare.MatchString(in) {
			t.Errorf("reSameBare misses %q", in)
		}
	}
	for _, in := range []string{"同上", "和推荐单位一样", "跟学校一样", "一样吗", "不一样", "本校"} {
		if reSameBare.MatchString(in) {
			t.Errorf("reSameBare reads %q", in)
		}
	}
}

// TestOtherSchoolTheirs: "推荐单位是他们学校不是我们" says the next work is
// another school's; our own unit said again is not (s11-b, rp135).
func TestOtherSchoolTheirs(t *testing.T) {
	for _, in := range []string{"这个是帮我们集团里郑州经贸中等专业学校报的，推荐单位是他们学校不是我们，联系人是他们那边的周老师", "推荐单位写他们学校的，不是我们学校", "单位是人家单位 不是咱们"} {
		if _, ok := otherSchool(in); !ok {
			t.Errorf("otherSchool(%q) not read", in)
		}
	}
	for _, in := range []string{"推荐单位是我们学校", "推荐单位还是我们的", "片名叫他们学校的故事", "他们学校也报了一个"} {
		if _, ok := otherSchool(in); ok {
			t.Errorf("otherSchool(%q) read as another school", in)
		}
	}
}
