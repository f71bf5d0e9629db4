package dialogs

import (
	"slices"
	"strings"
	"testing"
)

// TestRoleSentence: roles and people read from a sentence in any order
// (s6-e, round 13). me is the typist's name (张卫红), pending the role asked.
func TestRoleSentence(t *testing.T) {
	accept := []struct{ in, want, self string }{
		{"导演是俺 稿子是俺跟王芳老师一起写的 拍的跟剪的都是陈磊", "编导：张卫红；撰稿：张卫红、王芳；摄影：陈磊；剪辑：陈磊", ""},
		{"陈磊 剪辑也是他", "摄影：陈磊；剪辑：陈磊", ""},
		{"陈磊 他也是剪辑", "摄影：陈磊；剪辑：陈磊", ""},
		{"王立新是监制", "监制：王立新", ""},
		{"王浩然也是剪辑", "剪辑：王浩然", ""},
		{"主创改成王立新是监制 不是剪辑。导演是我马建军，剪辑是孙浩，撰稿没有", "监制：王立新；编导：马建军；剪辑：孙浩；撰稿：无", "马建军"},
		{"监制是我吴国栋编导刘晓峰撰稿张文静摄影是李明阳和赵鹏两个人剪辑是王浩然", "监制：吴国栋；编导：刘晓峰；撰稿：张文静；摄影：李明阳、赵鹏；剪辑：王浩然", "吴国栋"},
		{"不对摄影是李明阳和赵鹏王浩然是剪辑的", "摄影：李明阳、赵鹏；剪辑：王浩然", ""},
		{"摄影李明阳赵鹏剪辑王浩然", "摄影：李明阳、赵鹏；剪辑：王浩然", ""},
		{"监制是我们王建国校长，他是党委书记兼校长，编导是我自己，稿子是语文组的张丽娟老师写的，摄影是刘洋老师和陈志强老师两个人，后期剪辑是陈志强老师一个人弄的，辛苦他了。",
			"监制：王建国；编导：张卫红；撰稿：张丽娟；摄影：刘洋、陈志强；剪辑：陈志强", ""},
		{"监制周敏 编导也是周敏 撰稿王一帆 摄影李想（就是我hhh） 剪辑我和孙浩然", "监制：周敏；编导：周敏；撰稿：王一帆；摄影：李想；剪辑：李想、孙浩然", "李想"},
		{"剪辑我和孙浩然 我是李想", "剪辑：李想、孙浩然", "李想"},
		{"好嘞那我就写上了嘿嘿 监制周敏 编导也是周敏 撰稿王一帆 摄影李想（就是我hhh） 剪辑我和孙浩然", "监制：周敏；编导：周敏；撰稿：王一帆；摄影：李想；剪辑：李想、孙浩然", "李想"},
	}
	for _, c := range accept {
		rd, ok := readRoleSentence(c.in, "张卫红", slotCamera)
		if !ok || rd.list != c.want || rd.self != c.self {
			t.Errorf("readRoleSentence(%q) = %q, %q, %v; want %q, %q", c.in, rd.list, rd.self, ok, c.want, c.self)
		}
	}
	// A role denied to the person just named, or named in the clause.
	for in, want := range map[string]roleUnset{"王立新是监制 不是剪辑": {slotEditor, "王立新"}, "王立新是监制，孙浩不是摄影": {slotCamera, "孙浩"}} {
		if rd, ok := readRoleSentence(in, "", slotCamera); !ok || len(rd.unset) != 1 || rd.unset[0] != want {
			t.Errorf("unset of %q = %v %v, want %v", in, rd.unset, ok, want)
		}
	}
	// A role said alone with 俺 at its own step.
	if rd, ok := readRoleSentence("导演是俺", "张卫红", slotDirector); !ok || rd.list != "编导：张卫红" {
		t.Errorf("导演是俺: %q %v", rd.list, ok)
	}
	// 我 with no typist known stays 我, for the form to ask.
	if rd, ok := readRoleSentence("剪辑我和孙浩然 摄影孙浩然", "", slotCamera); !ok || rd.list != "剪辑：我和孙浩然；摄影：孙浩然" {
		t.Errorf("unknown typist: %q %v", rd.list, ok)
	}
	reject := []string{
		"讲述了王老师是摄影爱好者的故事", // a story
		"王浩然是剪辑的高手",       // a remark, no role given
		"我们学校",
		"无",
		"没有",
		"监制",      // a job title alone
		"书记",      // a job title alone
		"编导是我们学校", // no person
		"剪辑也是他",   // no one named before
		"陈磊 王芳",   // two names, no role
		"片名改成大别山上的红色课堂",      // another field
		"摄影 片子是在新县实地拍的",      // a story
		"监制是校长",              // a title with no name
		"我们这个片子导演很用心剪辑也花了功夫", // talk about the work
		"联系人张伟 监制王强",         // a labelled name is no name alone
		"我是剪辑师",
		"摄影师的一天",
		"监制写谁 是写校长还是写俺", // a question
		"王芳是撰稿吗",
		"监制王强 讲述了老党员的故事", // a story beside the roles is never dropped
		"监制王强 电话13800000000",
	}
	for _, in := range reject {
		if rd, ok := readRoleSentence(in, "张卫红", slotCamera); ok {
			t.Errorf("readRoleSentence(%q) = %q, want none", in, rd.list)
		}
	}
	// A name alone answers the pending role only at a role step.
	if rd, ok := readRoleSentence("陈磊 剪辑也是他", "", ""); ok {
		t.Errorf("no role pending: %q", rd.list)
	}
}

// TestRunTogetherNames: names written with no separator are cut only when
// every part is a full name and one cut is clearly the likeliest.
func TestRunTogetherNames(t *testing.T) {
	accept := map[string][]string{
		"李明阳赵鹏":  {"李明阳", "赵鹏"},
		"赵鹏王浩然":  {"赵鹏", "王浩然"},
		"王立新马建军": {"王立新", "马建军"},
		"张伟李娜刘洋": {"张伟", "李娜", "刘洋"},
		"欧阳娜娜李四": {"欧阳娜娜", "李四"},
	}
	for in, want := range accept {
		if got, ok := runTogetherNames(in); !ok || !slices.Equal(got, want) {
			t.Errorf("runTogetherNames(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"李明阳", "我们学校", "没有人", "党委书记", "王老师李老师", "张三", "剪辑王浩然", "大别山上的红色课堂"} {
		if got, ok := runTogetherNames(in); ok {
			t.Errorf("runTogetherNames(%q) = %v, want none", in, got)
		}
	}
}

// TestNearRoleLabel: a role's name heard with one near sound in a list of
// roles (检举 for 剪辑), never outside one or for another word.
func TestNearRoleLabel(t *testing.T) {
	accept := map[string]string{
		"摄影是李明阳和赵鹏两个人检举是王浩然": "摄影是李明阳和赵鹏两个人剪辑是王浩然",
		"监制吴国栋 检举王浩然":        "监制吴国栋 剪辑王浩然",
	}
	for in, want := range accept {
		if got := spokenLabels(in, false); got != want {
			t.Errorf("spokenLabels(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"检举是公民的权利", "我要检举", "检举信写好了", "监制是王强 剪纸是她的爱好", "简介写好了"} {
		if got := spokenLabels(in, false); strings.Contains(got, "剪辑") {
			t.Errorf("spokenLabels(%q) = %q, want no 剪辑", in, got)
		}
	}
	near := [][2]string{{"ju", "ji"}, {"qu", "qi"}, {"xin", "xing"}, {"zhuan", "zuan"}, {"shen", "sen"}}
	for _, p := range near {
		if !nearSyllable(p[0], p[1]) {
			t.Errorf("nearSyllable(%s, %s) = false", p[0], p[1])
		}
	}
	far := [][2]string{{"ju", "ji"[:1] + "a"}, {"lu", "li"}, {"ji", "ji"}, {"zhin", "zing"}, {"ma", "pa"}}
	for _, p := range far {
		if nearSyllable(p[0], p[1]) {
			t.Errorf("nearSyllable(%s, %s) = true", p[0], p[1])
		}
	}
}

// TestRoleBlock: the 主创 names pasted one cell a line under the labels are
// aligned by position, blank cells kept.
func TestRoleBlock(t *testing.T) {
	accept := map[string]string{
		"\t主创人员\n\t监制(策划)\n\t编导(导演)\n\t撰稿\n\t摄影\n\t剪辑(制作)\n\n\t\n\t王立新\n\t马建军\n\t暂无\n\t\n\t孙浩\n\n\t内容简介": "监制(策划)：王立新；编导(导演)：马建军；撰稿：无；剪辑(制作)：孙浩\n\n\t内容简介",
		// The tab of the cell under 主创人员 lost: aligned to the last label.
		"主创人员\n监制\n编导\n撰稿\n摄影\n剪辑\n\n王立新\n马建军\n暂无\n\t\n孙浩": "监制(策划)：王立新；编导(导演)：马建军；撰稿：无；剪辑(制作)：孙浩",
		"监制\n编导\n撰稿\n摄影\n剪辑\n张三\n李四\n（待定）\n赵六\n孙七":         "监制(策划)：张三；编导(导演)：李四；摄影：赵六；剪辑(制作)：孙七",
	}
	for in, want := range accept {
		if got := roleBlock(in); got != want {
			t.Errorf("roleBlock(%q) =\n%q, want\n%q", in, got, want)
		}
	}
	for _, in := range []string{
		"监制张三\n编导李四",                      // labelled lines
		"监制\n编导\n\n内容简介\n讲述了…",            // no names
		"主创人员\n\t\n\t\n",                  // one label, blanks
		"监制(策划)\t编导(导演)\t撰稿\n王立新\t马建军\t无", // one row of cells: headerRow's
	} {
		if got := roleBlock(in); got != in {
			t.Errorf("roleBlock(%q) = %q, want unchanged", in, got)
		}
	}
}

// TestTypistWords: the typist saying they fill in the form for someone else.
func TestTypistWords(t *testing.T) {
	for _, in := range []string{"我是学生，我们老师让我帮她报的", "那我就帮周老师填一下哈", "我就是个跑腿的hhh", "替王主任报一下", "有事找她就行"} {
		if !reForOther.MatchString(compact(in)) {
			t.Errorf("reForOther(%q) = false", in)
		}
	}
	for _, in := range []string{"我要报名", "联系人是我", "就是俺 张卫红", "老师能报吗", "帮我看看视频", "我们学校要参加", "帮我们老师报个名，党员教育短视频那个比赛", "领导让我来报"} {
		if reForOther.MatchString(compact(in)) {
			t.Errorf("reForOther(%q) = true", in)
		}
	}
	if got := titledSameAs([]string{"周老师", "周敏", "她手机", "有事找她"}); !slices.Equal(got, []string{"周敏"}) {
		t.Errorf("titledSameAs = %v", got)
	}
	if got := titledSameAs([]string{"王老师", "周敏"}); len(got) != 2 {
		t.Errorf("titledSameAs(王老师, 周敏) = %v, want both", got)
	}
}

// TestSpacedHeaderRow: labels over values lined up with spaces, a blank
// cell only a wider gap, are aligned by column.
func TestSpacedHeaderRow(t *testing.T) {
	accept := map[string]string{
		"监制    编导    撰稿    摄影    剪辑\n王立新  马建军  暂无            孙浩":      "监制：王立新\n编导：马建军\n撰稿：暂无\n剪辑：孙浩",
		"监制    编导    撰稿    摄影    剪辑\n        马建军                  孙浩": "编导：马建军\n剪辑：孙浩",
		"片名          时长      分类\n云端上的党课            实景拍摄":              "片名：云端上的党课\n分类：实景拍摄",
	}
	for in, want := range accept {
		if got := spacedHeaderRow(in); got != want {
			t.Errorf("spacedHeaderRow(%q) =\n%q, want\n%q", in, got, want)
		}
	}
	for _, in := range []string{
		"监制    编导    撰稿    摄影    剪辑\n王立新  马建军  暂无  赵鹏  孙浩", // as many values: headerRow's
		"监制\t编导\t撰稿\n王立新\t\t孙浩",                            // tabs: headerRow's
		"讲述了  老党员  的故事\n王立新  马建军",                          // no labels
		"监制    编导    撰稿\n片名    时长",                         // labels under labels
	} {
		if got := spacedHeaderRow(in); got != in {
			t.Errorf("spacedHeaderRow(%q) = %q, want unchanged", in, got)
		}
	}
}
