package dialogs

import (
	"strings"
	"testing"
)

// TestRoleProse: the 主创 roles read from prose, formal or in dialect (s7-d,
// round 16). me is who 我 is ("" when not known).
func TestRoleProse(t *testing.T) {
	accept := []struct{ in, me, want, self string }{
		{"好的。本片由我校党委副书记王建国同志担任监制，党委宣传部李晓燕同志编导并撰稿，宣传部干事赵鹏同志与信息工程系青年教师孙一帆同志共同负责摄像，孙一帆同志同时负责后期剪辑与包装制作，特此说明。", "",
			"监制：王建国；编导：李晓燕；撰稿：李晓燕；摄影：赵鹏、孙一帆；剪辑：孙一帆", ""},
		{"您好，再说明一下：监制是王建国同志，编导和撰稿都是李晓燕同志，摄像是赵鹏同志和孙一帆同志两人，剪辑是孙一帆同志。", "",
			"您好；监制：王建国；编导：李晓燕；撰稿：李晓燕；摄影：赵鹏、孙一帆；剪辑：孙一帆", ""},
		{"那监制就写俺们王书记 王振东 编导跟写稿都是俺 拍是俺跟刘亚楠老师俩人拍哩 剪片子跟做动画都是刘亚楠", "冯德全",
			"监制：王振东；编导：冯德全；撰稿：冯德全；摄影：冯德全、刘亚楠；剪辑：刘亚楠", ""},
		{"编导是俺 冯德全 稿子也是俺写哩", "冯德全", "编导：冯德全；撰稿：冯德全", ""},
		{"监制刘静老师 导演是王梓涵 稿子是我写的哈哈 郑雨桐 摄影陈浩宇和李想 剪辑也是陈浩宇 就这些", "",
			"监制：刘静；编导：王梓涵；撰稿：郑雨桐；摄影：陈浩宇、李想；剪辑：陈浩宇", "郑雨桐"},
		{"剪辑也是陈浩宇 就这些", "", "剪辑：陈浩宇", ""},
		{"那个主创人员鉴定是我们刘建军书记 编导是我 撰稿是张晓梅老师 摄影和剪接都是李鹏飞 他是我们计算机专业的老师", "牛国庆",
			"监制：刘建军；编导：牛国庆；撰稿：张晓梅；摄影：李鹏飞；剪辑：李鹏飞", ""},
		{"片子两分四十八秒 是实景拍的 编导是我", "牛国庆", "片子两分四十八秒，是实景拍的；编导：牛国庆", ""},
		{"编导许文静，撰稿许文静，动画片没有摄影，剪辑王浩然", "", "编导：许文静；撰稿：许文静；摄影：无；剪辑：王浩然", ""},
		{"张丽同志担任编导", "", "编导：张丽", ""},
		{"监制张立伟 导演撰稿都是我 摄影李浩然 周子涵两个人 剪辑李浩然", "白雪", "监制：张立伟；编导：白雪；撰稿：白雪；摄影：李浩然、周子涵；剪辑：李浩然", ""},
		{"监制为校党委书记张建华，编导为宣传部部长李明", "", "监制：张建华；编导：李明", ""},
		{"由王建国任监制，李晓燕任编导", "", "监制：王建国；编导：李晓燕", ""},
		{"摄影摄像由赵鹏负责", "", "摄影：赵鹏", ""},
		{"监制：党委书记 王建国", "", "监制：王建国", ""},
		{"监制是校长王建国，拍摄和剪辑都是我", "张伟", "监制：王建国；摄影：张伟；剪辑：张伟", ""},
		{"撰稿由宣传部王芳负责", "", "撰稿：王芳", ""},
		{"监制由王建国同志担任，剪辑由孙一帆完成", "", "监制：王建国；剪辑：孙一帆", ""},
	}
	for _, c := range accept {
		out, self, ok := readRoleProse(c.in, c.me)
		if !ok || out != c.want || self != c.self {
			t.Errorf("readRoleProse(%q) = %q, %q, %v; want %q, %q", c.in, out, self, ok, c.want, c.self)
		}
	}
	// Not roles in prose: a question, a story, talk, a name with no role,
	// 鉴定 in its own sense, a role with something that is no person.
	reject := []string{
		"监制是弄啥嘞 俺不懂这个 编导又是啥意思",
		"监制是管啥哩",
		"本片讲述了老党员四十年义务为村民维修家电的故事",
		"王振东",
		"这个片子做了版权鉴定",
		"鉴定结果还没出来",
		"监制是我们学校的领导",
		"编导是谁都行吗",
		"拍是拍完了 还没剪",
		"剪辑还没定 我问问",
		"剪辑是我们学校的李老师",
		"简介：本片由我校党委副书记王建国同志担任监制的团队拍摄",
	}
	for _, in := range reject {
		if out, _, ok := readRoleProse(in, "张伟"); ok {
			t.Errorf("readRoleProse(%q) = %q; want no reading", in, out)
		}
	}
}

// TestProsePerson: the person in a phrase of prose, offices and honorifics
// dropped (s7-d).
func TestProsePerson(t *testing.T) {
	accept := map[string]string{
		"我校党委副书记王建国同志":   "王建国",
		"宣传部干事赵鹏同志":      "赵鹏",
		"信息工程系青年教师孙一帆同志": "孙一帆",
		"党委宣传部李晓燕":       "李晓燕",
		"刘亚楠老师":          "刘亚楠",
		"我们刘建军书记":        "刘建军",
		"俺们王书记":          "王书记",
		"俺":              "冯德全",
	}
	for in, want := range accept {
		if n, _, ok := prosePerson(in, "冯德全"); !ok || n != want {
			t.Errorf("prosePerson(%q) = %q, %v; want %q", in, n, ok, want)
		}
	}
	for _, in := range []string{"计算机专业的老师", "党委书记", "俺们王书记"} { // an office or a title: the name is to follow
		if _, titled, ok := prosePerson(in, "冯德全"); !ok || !titled {
			t.Errorf("prosePerson(%q) is no title waiting for a name", in)
		}
	}
	for _, in := range []string{"弄啥", "管啥的", "我们学校的领导", "宣传部", "就这些"} {
		if n, _, ok := prosePerson(in, "冯德全"); ok {
			t.Errorf("prosePerson(%q) = %q; want none", in, n)
		}
	}
}

// TestBesideName: an office or a self word said beside a contact's name is
// no second person (s7-d, rp75 p75a).
func TestBesideName(t *testing.T) {
	checkReaders(t, []readerCase{
		{name: "besideName", fn: besideName,
			accept: []string{"党委办公室主任", "宣传部干事", "我们书记", "副校长", "就填我本人", "是我", "就写我自己", "党委组织部部长"},
			reject: []string{"司马红梅", "王建国书记", "办公室司马红梅", "工作日上班时间都可以联系到我", "郑州职业技术学院", "张老师"}},
	})
	for in, want := range map[string]string{
		"司马红梅，党委办公室主任，办公，工作日上班时间都可以联系到我": "司马红梅",
		"就填我本人，司马红梅，党委办公室主任":             "司马红梅",
		"宣传部干事赵鹏，工作日都在":                  "赵鹏",
	} {
		if n, ok := oneFullName(splitClauses(in)); !ok || n != want {
			t.Errorf("oneFullName(%q) = %q, %v; want %q", in, n, ok, want)
		}
	}
	for _, in := range []string{"张伟，李娜", "工作日上班时间都可以联系到我，办公", "司马红梅，王建国"} {
		if n, ok := oneFullName(splitClauses(in)); ok {
			t.Errorf("oneFullName(%q) = %q; want none", in, n)
		}
	}
}

// TestFieldAskDialect: a question about a role in Henan words is a
// question, each role asked is answered, and the talk beside it is no value
// (s7-d, rp76 p76b).
func TestFieldAskDialect(t *testing.T) {
	for in, n := range map[string]int{
		"监制是弄啥嘞 俺不懂这个 编导又是啥意思": 2,
		"俺问哩是监制 监制是管啥哩":        1,
		"监制是干啥的":               1,
		"撰稿负责啥":                1,
	} {
		asks, rest, ok := fieldTalk(nil, nil, in)
		if !ok || len(asks) != n || rest != "" {
			t.Errorf("fieldTalk(%q) = %d asks, rest %q, %v; want %d, no rest", in, len(asks), rest, ok, n)
		}
	}
	checkReaders(t, []readerCase{
		{name: "reAskBeside", fn: func(s string) bool { return reAskBeside.MatchString(roleDialect(s)) },
			accept: []string{"俺不懂这个", "我不知道该填谁", "俺问哩是监制", "我是说的是编导", "真不明白"},
			reject: []string{"王振东", "俺们王书记", "监制是王振东", "不知道的话就写无", "我问了领导 是王振东"}},
	})
}

// TestHeardRoleWord: 监治 sounds like 监制 and is read by sound before any
// reader (spokenLabels, go-pinyin); 鉴定 does not (dìng/zhì differ in both
// initial and final), so sound leaves it and only the prose reader's field
// words table reads it, in a clause of roles (s7-d, rp74 p74a).
func TestHeardRoleWord(t *testing.T) {
	if got := spokenLabels("监治是王振东 编导是我", false); got != "监制是王振东 编导是我" {
		t.Errorf("spokenLabels(监治…) = %q", got)
	}
	if got := spokenLabels("鉴定是刘建军 编导是我", false); got != "鉴定是刘建军 编导是我" {
		t.Errorf("spokenLabels(鉴定…) = %q; sound should not find it", got)
	}
	if out, _, ok := readRoleProse("那个主创人员鉴定是我们刘建军书记 编导是我", "牛国庆"); !ok || out != "监制：刘建军；编导：牛国庆" {
		t.Errorf("readRoleProse(鉴定…) = %q, %v", out, ok)
	}
	for _, in := range []string{"这个片子做了版权鉴定", "鉴定结果还没出来 编导是我", "鉴定一下这个视频合格不"} {
		if out, _, ok := readRoleProse(in, "牛国庆"); ok && strings.Contains(out, "监制") {
			t.Errorf("readRoleProse(%q) = %q; 鉴定 is no role here", in, out)
		}
	}
}
