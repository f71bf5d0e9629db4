package dialogs

import (
	"testing"

	"contestbot"
)

// twoWorksTurn is a turn over two submitted works of one school (rp61
// p61b): 《老支书的笔记本》 (序号1) and 《穿越百年的对话》 (序号2, the one
// submitted last), with no form open.
func twoWorksTurn() (*turn, *contestbot.Entry, *contestbot.Entry) {
	a := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Seq: 1, Unit: "郑州市电子信息工程学校", Title: "老支书的笔记本",
		Contact: "杨帆", Phone: "15036172259", DurationSeconds: 150, Category: "实景拍摄"}
	b := &contestbot.Entry{ID: 2, Status: contestbot.StatusComplete, Seq: 2, Unit: "郑州市电子信息工程学校", Title: "穿越百年的对话",
		Contact: "杨帆", Phone: "15036172259", DurationSeconds: 110, Category: "AI生成"}
	return &turn{st: &state{LastID: 2}, entries: []*contestbot.Entry{a, b}}, a, b
}

// TestWorkMeant: the one resolver of which work a message is about, by
// title (in 《》, without marks, in part), by number or relative word, or a
// new one; each with what must not be read as it.
func TestWorkMeant(t *testing.T) {
	tt, a, b := twoWorksTurn()
	checkReaders(t, []readerCase{{
		name: "the first work",
		fn:   func(s string) bool { return tt.workMeant(s).e == a },
		accept: []string{"老支书的笔记本时长改成2分45秒", "修改《老支书的笔记本》 时长2分45秒", "哦对了 第一个老支书那个最后剪完是2分45秒",
			"现在改第一个", "序号1那个", "老支书那个片子", "头一个的电话", "前一个的时长改一下", "第1个"},
		reject: []string{"穿越百年的对话时长改回1分50秒", "第二个", "新报一个", "时长改成2分45秒", "第一个问题", "老书记那个"},
	}, {
		name:   "the second work",
		fn:     func(s string) bool { return tt.workMeant(s).e == b },
		accept: []string{"穿越百年的对话是1分50秒", "第二个的导演", "《穿越百年的对话》", "最后一个作品", "新报的那个"},
		reject: []string{"老支书的笔记本", "第三个", "再报一个", "下一个问题"},
	}, {
		name:   "a new work",
		fn:     func(s string) bool { return tt.workMeant(s).fresh },
		accept: []string{"第三个：红旗渠畔话初心", "新报一个", "再报一部", "这是另一个作品", "报一个新的作品"},
		reject: []string{"第二个", "第一个", "不是新报的，是改第一个", "第三个问题", "第五个"},
	}})
}

// TestWrongChange: a change said to be wrong is taken back; a field named
// as wrong with its value ("时长改错了，应该是…") is a correction, not this.
func TestWrongChange(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "says the last change was wrong",
		fn: func(s string) bool {
			c := compact(s)
			loc := reWrongChange.FindStringIndex(c)
			return loc != nil && !(loc[0] > 0 && mentionsField(c[:loc[0]]) && !containsAny(c[:loc[0]], "不是"))
		},
		accept: []string{"改错了", "改错了！穿越百年的对话是1分50秒不用动，我说的是老支书的笔记本那个", "不是改这个", "不是改第一个",
			"改错作品了", "你改的不对", "改串了"},
		reject: []string{"时长改错了，应该是2分45秒", "电话改错了", "改成2分45秒", "错了，是2分45秒", "改一下时长", "不对，是李娜"},
	}})
}

// TestObjectFirstRole: roles given by their work, then who did it, and a
// role nobody had; a pronoun is left to pronounRole.
func TestObjectFirstRole(t *testing.T) {
	for in, want := range map[string]string{
		"稿子我自己写的":  "撰稿是我",
		"稿子是李雪写的":  "撰稿是李雪",
		"脚本杨帆写的":   "撰稿是杨帆",
		"镜头都是赵磊拍的": "摄影是赵磊",
		"没有摄影":     "摄影无",
		"没摄像":      "摄像无",
		"无监制":      "监制无",
	} {
		if got, ok := objectFirstRole(in); !ok || got != want {
			t.Errorf("objectFirstRole(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"稿子也是他写的", "稿子他写的", "没有问题", "稿子写好了吗", "摄影没有", "没有AI", "稿子我自己写的吗还是"} {
		if got, ok := objectFirstRole(in); ok {
			t.Errorf("objectFirstRole(%q) = %q, want no reading", in, got)
		}
	}
}

// TestChangedFields: a change to a submitted work is the fields that
// differ, and taking it back restores exactly those.
func TestChangedFields(t *testing.T) {
	_, a, b := twoWorksTurn()
	before := fieldsOf(a)
	a.DurationSeconds, a.AIUsed = 165, contestbot.Bool(false)
	names := changedFields(before, fieldsOf(a))
	if len(names) != 2 || names[0] != "DurationSeconds" || names[1] != "AIUsed" {
		t.Fatalf("changedFields = %v", names)
	}
	after := fieldsOf(a)
	setFields(a, before, names)
	if a.DurationSeconds != 150 || a.AIUsed != nil || a.Title != "老支书的笔记本" {
		t.Errorf("taken back: %+v", a)
	}
	setFields(b, after, names) // moved to the other work
	if b.DurationSeconds != 165 || b.AIUsed == nil || *b.AIUsed || b.Title != "穿越百年的对话" || b.Category != "AI生成" {
		t.Errorf("moved: %+v", b)
	}
}

// TestMeantAnswer: the answer to "改《A》，还是报一个新的作品？" — change, or a
// new work; anything else is no answer.
func TestMeantAnswer(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "change the submitted work",
		fn:     func(s string) bool { return reMeantChange.MatchString(bare(s)) },
		accept: []string{"改", "是改", "改吧", "对，改", "就改", "改原来的", "要改"},
		reject: []string{"新报一个", "不改", "改什么", "改成动画制作", "新的"},
	}})
}

// TestOwnWorkWords: the draft's own number before its title gives the
// title, and "联系人我，杨帆" the name; another work's number, a title said
// already, a question word or a non-name are left alone.
func TestOwnWorkWords(t *testing.T) {
	e := &contestbot.Entry{Status: contestbot.StatusDraft}
	tt := &turn{st: &state{Mode: modeForm}, entries: []*contestbot.Entry{e}}
	for in, want := range map[string]string{
		"刚说了啊 郑州市电子信息工程学校。第一个片子老支书的笔记本 实景拍摄 2分30秒": "刚说了啊 郑州市电子信息工程学校。片名：老支书的笔记本，实景拍摄 2分30秒",
		"第一个叫老支书的笔记本":         "片名：老支书的笔记本",
		"联系人我，杨帆，15036172259": "联系人杨帆，15036172259",
		"联系人是我 杨帆":            "联系人是杨帆",
	} {
		if got := tt.ownWorkWords(e, in); got != want {
			t.Errorf("ownWorkWords(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"第二个片子老支书的笔记本", "第一个问题", "第一个片子是实拍的", "联系人我，还没定", "第一个片子的时长2分30秒"} {
		if got := tt.ownWorkWords(e, in); got != in {
			t.Errorf("ownWorkWords(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestMeantWork: the work a complaint about a change says was meant — the
// one after "我说的是", never one the message keeps as it is.
func TestMeantWork(t *testing.T) {
	tt, a, b := twoWorksTurn()
	checkReaders(t, []readerCase{{
		name: "means the first work",
		fn:   func(s string) bool { return tt.meantWork(s).e == a },
		accept: []string{"改错了！穿越百年的对话是1分50秒不用动，我说的是老支书的笔记本那个", "不是改这个，我要改的是第一个",
			"改错了，穿越百年的对话没问题，老支书的笔记本"},
		reject: []string{"改错了", "改错了，我说的是穿越百年的对话", "老支书的笔记本不用动"},
	}, {
		name:   "means the second work",
		fn:     func(s string) bool { return tt.meantWork(s).e == b },
		accept: []string{"改错了，我说的是穿越百年的对话", "老支书的笔记本别动，改第二个"},
		reject: []string{"改错了", "穿越百年的对话不用动"},
	}})
}

// TestLaterWorkClause: what is said about the next work while filling one
// opens with its number or "下一个作品"; a skip word or another number is not it.
func TestLaterWorkClause(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "opens a clause about another work",
		fn:     func(s string) bool { return reLaterWorkClause.MatchString(s) },
		accept: []string{"第二个片子的导演也是我", "第二个的时长是1分50秒", "下一个作品的监制是周红梅", "另一个片子也是实拍的"},
		reject: []string{"下一个，时长2分", "另一个，", "第二个", "跳过这个 下一个", "导演也是我"},
	}})
}
