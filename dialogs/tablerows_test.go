package dialogs

import (
	"context"
	"strings"
	"testing"

	"contestbot"
)

// TestTableRows: a header row over two or more rows of values is a table
// of works, one a row; anything else is not.
func TestTableRows(t *testing.T) {
	accept := []struct {
		in   string
		rows int
		has  string
	}{
		{"序号\t片名\t时长\t制作单位\n1\t初心灯火\t2分45秒\t理工大学党委组织部\n2\t黄河岸边的党课\t2分58秒\t理工大学融媒体中心", 2, "片名：黄河岸边的党课"},
		{"片名        时长      分类\n初心灯火    2分45秒   实景拍摄\n黄河岸边的党课  2分58秒   动画制作\n\n", 2, "分类：动画制作"},
		{"片名\t时长\t联 系 人\tA\t1分\t张三\nB\t2分\t李四\nC\t3分\t王五", 0, ""}, // header and first row on one line: no table
		{"我们三个作品的信息如下：\n片名\t时长\t分类\n甲\t1分\t其他\n乙\t2分\t其他\n丙\t3分\t其他", 3, "片名：丙"},
		{"片名\t分类\t内容摘要\t时长\n甲\t动画制作\t同简介\t1分\n乙\t动画制作\t同简介\t2分", 2, "分类：动画制作"},
		{"推荐单位：理工大学\n片名\t时长\t分类\n甲\t1分\t其他\n乙\t2分\t其他", 2, "推荐单位：理工大学\n片名：乙"},
		{"我们学校叫理工大学\n片名\t时长\t分类\n甲\t1分\t其他\n乙\t2分\t其他", 2, "我们学校叫理工大学\n片名：乙"},
		{"片名\t联系人\t联系电话\n一\t张三\t13900000000\n二\t李四\t13900000001\n三\t王五\t13900000002", 3, "联系人：王五"},
	}
	for _, tt := range accept {
		rows, ok := tableRows(tt.in)
		if tt.rows == 0 {
			if ok {
				t.Errorf("tableRows(%q) = %q, want no table", tt.in, rows)
			}
			continue
		}
		if !ok || len(rows) != tt.rows || !strings.Contains(rows[len(rows)-1], tt.has) {
			t.Errorf("tableRows(%q) = %q %v, want %d rows, last with %q", tt.in, rows, ok, tt.rows, tt.has)
		}
	}
	reject := []string{
		"序号\t片名\t时长\n1\t初心灯火\t2分45秒",                    // one work: headerRow reads it
		"推荐单位：理工大学\n片名：初心灯火\n时长：2分45秒",                  // a form, no table
		"片名\t时长\t分类\n初心灯火\t2分45秒\t实景拍摄\n另外第二个还没做完，先报这个", // a remark after the row
		"我们有两个片子\n一个叫初心灯火\n一个叫黄河岸边",
		"片名能写两个吗？\n片名\t时长\t分类\n甲\t1分\t其他\n乙\t2分\t其他", // a question before the table
		"片名：丁\n片名\t时长\t分类\n甲\t1分\t其他\n乙\t2分\t其他",     // a value of a column before the table
	}
	for _, in := range reject {
		if rows, ok := tableRows(in); ok {
			t.Errorf("tableRows(%q) = %q, want no table", in, rows)
		}
	}
}

// TestAsksWorksRecorded: a question whether the other works were taken down.
func TestAsksWorksRecorded(t *testing.T) {
	accept := map[string]string{
		"中原理工大学。我发的表里是三个片子啊，后面两个你没记上吗？": "中原理工大学。",
		"后面两个你没记上吗":     "",
		"表里其他几个作品记上了吗？": "",
		"第二个和第三个收到没":    "",
		"另外两部漏了吗":       "",
	}
	for in, want := range accept {
		rest, ok := asksWorksRecorded(in)
		if !ok || rest != want {
			t.Errorf("asksWorksRecorded(%q) = %q %v, want %q true", in, rest, ok, want)
		}
	}
	reject := []string{"第二个的片名记错了", "后面两个作品的分类是啥", "这个片子记下了吗", "第二个时长改成2分10秒", "中原理工大学"}
	for _, in := range reject {
		if rest, ok := asksWorksRecorded(in); ok {
			t.Errorf("asksWorksRecorded(%q) = %q, want none", in, rest)
		}
	}
}

// TestStatedClauses: what a wish to register says about the work is kept;
// questions and chatter are not.
func TestStatedClauses(t *testing.T) {
	c := New(Options{Season: testSeason(t)}, Deps{})
	tr := &turn{c: c, ctx: context.Background(), m: Message{OpenID: "u1"}, st: &state{}}
	tests := []struct {
		in   string
		want []string
	}{
		{"行，那我们就选动画制作吧，AI的部分片尾已经标注了", []string{"分类：动画制作", "AI的部分片尾已经标注了"}},
		{"我们这个片子是实拍的，两分四十秒，没用AI", []string{"分类：实景拍摄", "两分四十秒", "没用AI"}},
		{"就报AI生成吧", []string{"分类：AI生成"}},
		// reject
		{"分类选动画还是AI生成？", nil},
		{"这个片子是学校的吗？", nil},
		{"好的，谢谢", nil},
		{"那我们就选个好日子", nil},
		{"讲述了老党员四十年资助贫困学生的故事", nil},
	}
	for _, tt := range tests {
		got := tr.statedClauses(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("statedClauses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDropRegisterClauses: the wish to register is no value of a field.
func TestDropRegisterClauses(t *testing.T) {
	tests := map[string]string{
		"片名叫初心灯火，时长两分半，我要报名": "片名叫初心灯火，时长两分半",
		"片名叫初心灯火，时长两分半":      "片名叫初心灯火，时长两分半",
		"我要报名": "我要报名",
		"推荐单位：报名学院，片名：初心": "推荐单位：报名学院，片名：初心",
	}
	for in, want := range tests {
		if got := dropRegisterClauses(in); got != want {
			t.Errorf("dropRegisterClauses(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSameAsLastWork: at the 分类 and the first role of a later work a
// terse "same" is the work before's value; elsewhere, or on a first work,
// it is not.
func TestSameAsLastWork(t *testing.T) {
	c := New(Options{Season: testSeason(t)}, Deps{})
	first := &contestbot.Entry{Status: contestbot.StatusComplete, Title: "甲", Category: "动画制作", CreatorsDone: true,
		Creators: contestbot.Creators{Supervisor: "赵文斌", Director: "孙浩然"}}
	second := &contestbot.Entry{Status: contestbot.StatusDraft, Title: "乙"}
	tr := &turn{c: c, st: &state{}, entries: []*contestbot.Entry{first, second}}
	accept := []struct {
		s    string
		at   slot
		want string
	}{
		{"一样", slot(contestbot.FieldCategory), "分类：动画制作"},
		{"分类一样", slot(contestbot.FieldCategory), "分类：动画制作"},
		{"同上", roles[0], "赵文斌"},
		{"也一样", roles[0], "赵文斌"},
		{"还是一样的", slot(contestbot.FieldCategory), "分类：动画制作"},
	}
	for _, tt := range accept {
		if got, ok := tr.sameAsLastWork(second, tt.s, tt.at); !ok || got != tt.want {
			t.Errorf("sameAsLastWork(%q at %s) = %q %v, want %q", tt.s, tt.at, got, ok, tt.want)
		}
	}
	reject := []struct {
		s  string
		at slot
		e  *contestbot.Entry
	}{
		{"同上", roles[1], second},                         // the role above (roleanswer.go)
		{"一样", slot(contestbot.FieldSummary), second},    // 同简介 is offered there
		{"不一样", slot(contestbot.FieldCategory), second},  // says the opposite
		{"动画制作", slot(contestbot.FieldCategory), second}, // a value
		{"一样", slot(contestbot.FieldCategory), first},    // not a draft
	}
	for _, tt := range reject {
		if got, ok := tr.sameAsLastWork(tt.e, tt.s, tt.at); ok {
			t.Errorf("sameAsLastWork(%q at %s) = %q, want none", tt.s, tt.at, got)
		}
	}
	alone := &turn{c: c, st: &state{}, entries: []*contestbot.Entry{second}}
	if got, ok := alone.sameAsLastWork(second, "一样", slot(contestbot.FieldCategory)); ok {
		t.Errorf("sameAsLastWork on a first work = %q, want none", got)
	}
}

// TestTitleBesideTalk: talk about the conversation after a title is no
// part of it; a title with 我/你 or two clauses of its own stays whole.
func TestTitleBesideTalk(t *testing.T) {
	tests := map[string]string{
		"黄河岸边的党课，我刚才不是说过了。其他的信息都在我最开始发的那个表的第二行": "黄河岸边的党课",
		"初心灯火，上面表里我发过了":  "初心灯火",
		"初心灯火，刚才说过了":     "初心灯火",
		"我和我的祖国":         "我和我的祖国",
		"不忘初心，牢记使命":      "不忘初心，牢记使命",
		"青春，你好":          "青春，你好",
		"我刚才说过了，黄河岸边的党课": "我刚才说过了，黄河岸边的党课",
		"初心灯火，片名是不是太长了？": "初心灯火，片名是不是太长了？",
		"前面的路，我们一起走":     "前面的路，我们一起走",
	}
	for in, want := range tests {
		if got := titleBesideTalk(in); got != want {
			t.Errorf("titleBesideTalk(%q) = %q, want %q", in, got, want)
		}
	}
}
