package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// s8-e: people in the user's own words (round 19).

func TestPersonDesc(t *testing.T) {
	accept := []string{"俺们副书记", "管这一块的", "俺们学校计算机老师", "负责宣传的", "分管党建工作", "我们单位的", "党委副书记", "他是我们系的老师", "俺们学校的语文老师哈"}
	reject := []string{"那写张卫东吧", "李强", "算了写李校长吧", "啥文老师", "我们王科长", "俺们学校王老师", "我王子豪", "监制是我们书记", "我们学校党委组织部", "王建国书记", "李老师", "周口职业技术学院", "电话13800000000"}
	for _, s := range accept {
		if !isPersonDesc(s) {
			t.Errorf("isPersonDesc(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if isPersonDesc(s) {
			t.Errorf("isPersonDesc(%q) = true, want false", s)
		}
	}
}

func TestPeopleDescOff(t *testing.T) {
	for in, want := range map[string]string{
		"那写张卫东吧 俺们副书记 管这一块的": "那写张卫东吧",
		"拍的剪的都是李强 俺们学校计算机老师": "拍的剪的都是李强",
		"王芳，负责宣传的":           "王芳",
		// kept: a description alone, or no name beside it
		"俺们副书记 管这一块的":      "俺们副书记 管这一块的",
		"监制王强 算了写李校长吧 李建华": "监制王强 算了写李校长吧 李建华",
		"啥文老师 是刘红霞":        "啥文老师 是刘红霞",
		"俺们学校王老师 李强":       "俺们学校王老师 李强",
	} {
		if got := peopleDescOff(in); got != want {
			t.Errorf("peopleDescOff(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPronounIsNamed(t *testing.T) {
	cases := []struct {
		in      string
		pending slot
		want    string
	}{
		{"就是陈晓燕老师呀 编导撰稿都是她😂", slotDirector, "编导撰稿都是陈晓燕"},
		{"陈磊 剪辑也是他", slotCamera, "陈磊 剪辑也是陈磊"},
		// kept: two people, or no pronoun, or no role
		{"陈晓燕 王芳 编导是她", slotDirector, "陈晓燕 王芳 编导是她"},
		{"就是陈晓燕老师呀 编导撰稿都写好了", slotDirector, "就是陈晓燕老师呀 编导撰稿都写好了"},
		{"陈晓燕 是她", slotDirector, "陈晓燕 是她"},
	}
	for _, c := range cases {
		if got := pronounIsNamed(c.in, c.pending); got != c.want {
			t.Errorf("pronounIsNamed(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTitledIsDraftPerson(t *testing.T) {
	e := &contestbot.Entry{Contact: "陈晓燕"}
	e.Creators.Supervisor = "周海涛"
	for in, want := range map[string]string{
		"编导和撰稿都是陈老师自己": "编导和撰稿都是陈晓燕",
		"编导是周书记本人":     "编导是周海涛",
		"撰稿陈晓燕自己":      "撰稿陈晓燕",
		// kept: a title alone may be someone else; no such person; two of a surname
		"编导是陈老师":            "编导是陈老师",
		"编导是王老师自己":          "编导是王老师",
		"撰稿一栏有遗漏，应为本人及胡静二人": "撰稿一栏有遗漏，应为本人及胡静二人",
	} {
		if got := titledIsDraftPerson(e, in); got != want {
			t.Errorf("titledIsDraftPerson(%q) = %q, want %q", in, got, want)
		}
	}
	two := &contestbot.Entry{Contact: "陈晓燕"}
	two.Creators.Camera = "陈浩"
	if got := titledIsDraftPerson(two, "编导是陈老师自己"); got != "编导是陈老师" {
		t.Errorf("two of a surname: got %q", got)
	}
}

func TestMissedPerson(t *testing.T) {
	e := &contestbot.Entry{}
	e.Creators.Camera = "陈浩"
	accept := map[string]string{
		"等下 摄像那里漏了一个人 还有孙磊 跟陈浩一块拍的": "摄影改成陈浩、孙磊",
		"剪辑少写了一个人 加上马超":             "剪辑马超",
		"摄影漏了一个 孙磊":                 "摄影改成陈浩、孙磊",
	}
	for in, want := range accept {
		if got, ok := missedPerson(e, in); !ok || got != want {
			t.Errorf("missedPerson(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"摄影漏了一个人", "摄像那里漏了一个人 还有一个", "简介漏了一个字 是党", "漏了一个人 孙磊"} {
		if got, ok := missedPerson(e, in); ok {
			t.Errorf("missedPerson(%q) = %q, want none", in, got)
		}
	}
}

func TestWithRoleChanges(t *testing.T) {
	prev := &contestbot.Entry{}
	prev.Creators = contestbot.Creators{Supervisor: "陈宏伟", Director: "周建设", Writer: "刘晓燕"}
	got := withRoleChanges(prev, "也是实景 人跟上一个一样 就编导换成王丽娟")
	if got.Creators.Director != "王丽娟" || got.Creators.Writer != "刘晓燕" || prev.Creators.Director != "周建设" {
		t.Errorf("withRoleChanges: got %+v, prev %+v", got.Creators, prev.Creators)
	}
	for _, s := range []string{"人跟上一个一样", "人跟上一个一样 就片名换成黄河", "人跟上一个一样 编导换成什么"} {
		if got := withRoleChanges(prev, s); got != prev {
			t.Errorf("withRoleChanges(%q) changed %+v", s, got.Creators)
		}
	}
}

// TestHeardRoleWords: role words heard with every sound right and no
// character of their own (见之 for 监制, 简记 for 剪辑) in a list of roles.
func TestHeardRoleWords(t *testing.T) {
	for in, want := range map[string]string{
		"见之王建国 编导是我孙雨晴 撰稿李梦瑶 摄影赵一鸣 简记赵一鸣和我": "监制王建国 编导是我孙雨晴 撰稿李梦瑶 摄影赵一鸣 剪辑赵一鸣和我",
		"监制王建国 编导孙雨晴 撰搞李梦瑶":                 "监制王建国 编导孙雨晴 撰稿李梦瑶",
		// kept: words the user meant
		"摄影赵一鸣 简直王建国也拍了": "摄影赵一鸣 简直王建国也拍了",
		"编导孙雨晴 之前王建国也在":  "编导孙雨晴 之前王建国也在",
		"摄影赵一鸣 剪纸是我们的特色": "摄影赵一鸣 剪纸是我们的特色",
		"见之王建国":          "见之王建国",
	} {
		if got := spokenLabels(in, false); got != want {
			t.Errorf("spokenLabels(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNotThatPerson(t *testing.T) {
	tu := &turn{c: &Core{season: testSeason(t)}, st: &state{}}
	e := &contestbot.Entry{Contact: "陈晓燕"}
	e.Creators = contestbot.Creators{Supervisor: "周海涛", Director: "周海涛"}
	syn := slot(contestbot.FieldSynopsis)
	for _, in := range []string{"？？不是周海涛啊 等下我有点乱了", "不是周海涛", "不对 不是周海涛呀"} {
		if out, ok := tu.notThatPerson(e, in, syn); !ok || !strings.Contains(out, "监制(策划)、编导(导演)") {
			t.Errorf("notThatPerson(%q) = %q, %v", in, out, ok)
		}
	}
	for _, in := range []string{"不是陈晓燕", "不是王芳", "编导不是周海涛 是陈晓燕", "不是周海涛 是陈晓燕", "不是周海涛带领大家走进社区的故事，而是一群志愿者的故事", "不是"} {
		if out, ok := tu.notThatPerson(e, in, syn); ok {
			t.Errorf("notThatPerson(%q) = %q, want none", in, out)
		}
	}
}

func TestPeopleWordsKeepsTexts(t *testing.T) {
	tu := &turn{c: &Core{season: testSeason(t)}, st: &state{}}
	e := &contestbot.Entry{Contact: "王芳"}
	in := "简介改成：影片讲述摄影师王芳的故事 俺们学校的老师 负责宣传的"
	if got := tu.peopleWords(e, in, slot(contestbot.FieldCopyright)); got != in {
		t.Errorf("peopleWords(%q) = %q, want it kept", in, got)
	}
}
