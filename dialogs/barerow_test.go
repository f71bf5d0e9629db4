package dialogs

import (
	"slices"
	"strings"
	"testing"

	"contestbot/documents"
)

// TestBareRow (s7-c): a row pasted without its header is read by the
// 汇总表's columns when every cell fits, else by each cell's plausibility;
// anything else is left as typed.
func TestBareRow(t *testing.T) {
	tt := &turn{c: &Core{season: testSeason(t)}}
	const synopsis = "学院党员教师带领学生党员走进黄河小浪底生态保护一线，在河岸边开设现场思政课，听护河党员讲述守护母亲河的故事。"
	accept := map[string]string{
		// The 汇总表's order, with and without the 序号 cell.
		"1\t黄河岸边的思政课\t2分36秒\t洛阳工程职业技术学院党委组织部\t" + synopsis + "\t孔德胜\t13903798862": "片名：黄河岸边的思政课\n时长：2分36秒\n制作单位：洛阳工程职业技术学院党委组织部\n内容简介：" + synopsis + "\n联系人：孔德胜\n联系电话：13903798862",
		"黄河岸边的思政课\t2分36秒\t洛阳工程职业技术学院党委组织部\t" + synopsis + "\t孔德胜\t13903798862":    "片名：黄河岸边的思政课\n时长：2分36秒\n制作单位：洛阳工程职业技术学院党委组织部\n内容简介：" + synopsis + "\n联系人：孔德胜\n联系电话：13903798862",
		// Lined up with spaces.
		"1   黄河岸边的思政课   2分36秒   洛阳工程职业技术学院党委组织部   " + synopsis + "   孔德胜   13903798862": "片名：黄河岸边的思政课\n时长：2分36秒\n制作单位：洛阳工程职业技术学院党委组织部\n内容简介：" + synopsis + "\n联系人：孔德胜\n联系电话：13903798862",
		// Another order: each cell by what it is.
		"黄河岸边的思政课\t孔德胜\t13903798862\t2分36秒":                  "片名：黄河岸边的思政课\n时长：2分36秒\n联系人：孔德胜\n联系电话：13903798862",
		"洛阳工程职业技术学院\t黄河岸边的思政课\t洛阳工程职业技术学院党委组织部\t实景拍摄\t2分36秒": "片名：黄河岸边的思政课\n时长：2分36秒\n分类：实景拍摄\n推荐单位：洛阳工程职业技术学院\n制作单位：洛阳工程职业技术学院党委组织部",
		// A long title is a title, not a second text.
		"3\t奋斗者·正青春——新时代职业院校学生党员在技能报国路上的青春答卷\t2分50秒\t郑州职业技术学院团委\t" + synopsis + "\t赵军\t13838271546": "片名：奋斗者·正青春——新时代职业院校学生党员在技能报国路上的青春答卷\n时长：2分50秒\n制作单位：郑州职业技术学院团委\n内容简介：" + synopsis + "\n联系人：赵军\n联系电话：13838271546",
		"奋斗者·正青春——新时代职业院校学生党员在技能报国路上的青春答卷\t" + synopsis + "\t赵军\t2分50秒":                             "片名：奋斗者·正青春——新时代职业院校学生党员在技能报国路上的青春答卷\n时长：2分50秒\n内容简介：" + synopsis + "\n联系人：赵军",
		// Other ways to write the 时长.
		"4\t红色足迹\t2:40\t郑州职业技术学院团委\t" + synopsis + "\t赵军\t13838271546":   "片名：红色足迹\n时长：2:40\n制作单位：郑州职业技术学院团委\n内容简介：" + synopsis + "\n联系人：赵军\n联系电话：13838271546",
		"5\t红色足迹\t160秒\t郑州职业技术学院团委\t" + synopsis + "\t赵军\t0371-65872310": "片名：红色足迹\n时长：160秒\n制作单位：郑州职业技术学院团委\n内容简介：" + synopsis + "\n联系人：赵军\n联系电话：0371-65872310",
		// An empty cell in the 汇总表's order is skipped.
		"2\t红色足迹\t2分40秒\t\t" + synopsis + "\t赵军\t13838271546": "片名：红色足迹\n时长：2分40秒\n内容简介：" + synopsis + "\n联系人：赵军\n联系电话：13838271546",
	}
	for in, want := range accept {
		if got := tt.bareRow(in); got != want {
			t.Errorf("bareRow(%q)\n got %q\nwant %q", in, got, want)
		}
	}
	reject := []string{
		"好的  谢谢  再见", // chatter, spaced
		"是  是  是",    // answers
		"序号\t片名\t时长\t制作单位\t内容简介\t联系人\t联系电话", // a header row
		"片名：红色足迹\t时长：2分40秒\t联系人：赵军",         // labelled already
		"红色足迹\t青春接力\t2分40秒",                 // two short texts: which is the title?
		"红色足迹\t赵军\t李娜\t2分40秒",               // two people
		"黄河岸边的思政课 2分36秒 孔德胜",                // single spaces: a sentence, not cells
		"红色足迹\t2分40秒",                       // two cells
		"影片讲述了老党员四十年如一日守护红色记忆的故事。  影片展现了共产党员的初心与坚守。  敬请审阅", // texts spaced apart
		"红色足迹  青春接力  2分40秒",                      // two short texts, spaced
		"第一行\t红色足迹\t2分40秒\n第二行\t赵军\t13838271546", // several lines
	}
	for _, in := range reject {
		if got := tt.bareRow(in); got != in {
			t.Errorf("bareRow(%q) = %q, want unchanged", in, got)
		}
	}
	// The 汇总表's columns are the season's, and the same as the sheet the
	// bot writes.
	if got := testSeason(t).SummaryColumns; !slices.Equal(got, documents.SummaryHeader) {
		t.Errorf("season summary_columns %q, documents.SummaryHeader %q", got, documents.SummaryHeader)
	}
	// A row never becomes one title.
	for in := range accept {
		if strings.Contains(tt.bareRow(in), "片名："+strings.ReplaceAll(in, "\t", "")) {
			t.Errorf("bareRow(%q) made the row a title", in)
		}
	}
}
