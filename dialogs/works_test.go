package dialogs

import (
	"testing"

	"contestbot"
)

// worksTurn is a turn over two works of one school: 《矿山深处的党旗》
// (complete, 序号1) and 《焊花映初心》 (a draft), with no form open.
func worksTurn() (*turn, *contestbot.Entry, *contestbot.Entry) {
	a := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Seq: 1, Unit: "平顶山鹰城技师学院", Title: "矿山深处的党旗",
		Contact: "卫志强", Phone: "03752698314", DurationSeconds: 160, Category: "实景拍摄",
		Creators: contestbot.Creators{Supervisor: "李卫东", Director: "卫志强", Writer: "樊晓丽", Camera: "赵鹏", Editor: "孙涛"}, CreatorsDone: true}
	b := &contestbot.Entry{ID: 2, Status: contestbot.StatusDraft, Unit: "平顶山鹰城技师学院", Title: "焊花映初心", DurationSeconds: 178}
	return &turn{st: &state{}, entries: []*contestbot.Entry{a, b}}, a, b
}

// TestWithdrawnWorkOwnWords: a withdrawal names the work at hand by 这个/它
// anywhere or by a part of its title before 的片子, among reasons that look
// like questions; a pause with a return word, a question about withdrawing
// or a change of a field is no withdrawal.
func TestWithdrawnWorkOwnWords(t *testing.T) {
	_, a, b := worksTurn()
	es := []*contestbot.Entry{a, b}
	checkReaders(t, []readerCase{{
		name: "withdraws the work at hand (the draft)",
		fn:   func(s string) bool { return withdrawnWork(s, es, b) == b },
		accept: []string{"这次先不报它了", "这个片子不报了", "算了这个先不弄了", "这个作品撤了吧", "焊花那个撤了吧", "它就不报了", "这部片子这回就不报了吧",
			"算了，刚跟领导碰了一下，这个焊花的片子还得改，超时了，配音也不行，这次先不报它了"},
		reject: []string{"这个先不弄了，明天再弄", "撤了以后还能再报吗", "这个片子回头再弄", "先不报了", "这个简介去掉最后一句",
			"配音也不行吗", "这个片子超时了", "其它的不报了", "它们都不要了吗"},
	}, {
		name:   "withdraws the work named by a part of its title",
		fn:     func(s string) bool { return withdrawnWork(s, es, b) == a },
		accept: []string{"算了，这个矿山的片子还得改，这次先不报它了", "矿山那个不报了", "《矿山深处的党旗》撤了吧"},
		reject: []string{"矿山的片子还能改吗", "矿山那个片子的时长去掉"},
	}})
}

// TestNewWorkRest: what a message starting another work says about it is
// the title, labelled when bare, and the values after it; talk about the
// work is left out.
func TestNewWorkRest(t *testing.T) {
	for in, want := range map[string]string{
		"焊花映初心，这个已经做好了":       "片名：焊花映初心",
		"《焊花映初心》，2分58秒":       "《焊花映初心》，2分58秒",
		"叫焊花映初心，实景拍的":         "片名：焊花映初心，实景拍的",
		"第二个叫《红旗渠畔话初心》，1分56秒": "片名：《红旗渠畔话初心》，1分56秒",
		"": "",
	} {
		if got := newWorkRest(in); got != want {
			t.Errorf("newWorkRest(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWorkReaders: replacing, pausing, going back and deleting a draft made
// by mistake, each with what must not be read as it.
func TestWorkReaders(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "replaces the work at hand",
		fn:     func(s string) bool { return readsReplace(s) != nil },
		accept: []string{"换一个片子报，焊花映初心", "换个作品报吧，《焊花映初心》", "改报另一个片子", "那换一部报", "算了 换个片子", "我要报名，报另一个片子", "这个不报了，报另一个"},
		reject: []string{"再报一个", "换一个片子报行不行？", "第一个先放着，先报第二个", "片名不对", "这个等会再填，我先报另一个片子", "换个名字吧", "改个时长", "换个片名", "换个作品名称", "换一下联系人"},
	}, {
		name: "leaves the work at hand for the next one",
		fn:   readsPause,
		accept: []string{"第一个先放着，先报第二个", "简介我得翻一下稿子，先弄第二个吧，第二个叫《红旗渠畔话初心》", "先填第二个片子行不行",
			"这个先搁着 先报下一个", "这个等会再填，我先报另一个片子"},
		reject: []string{"先放着吧", "再报一个", "第二个片子叫一张红色工单", "先报名吧", "简介先放着", "这个先放着，先问下一个问题"},
	}, {
		name:   "goes back to a draft",
		fn:     func(s string) bool { return reGoToWork.MatchString(compact(s)) },
		accept: []string{"接着填第一个", "继续填《焊花映初心》", "回到第一个", "先把第一个填完", "好 接着弄第2个吧"},
		reject: []string{"继续报名", "接着填", "第一个的简介是……", "继续填第一个的简介：讲述了"},
	}, {
		name:   "deletes a draft made by mistake",
		fn:     readsJunkDelete,
		accept: []string{"刚才那个空的删掉", "把多出来的那个删了", "多出来那个没填完的帮我删了", "那个未命名的不要了", "刚才多建了一个，删了吧"},
		reject: []string{"删除我的信息", "刚才那个删掉", "多出来的那个是啥", "空的那个是什么", "把简介里多出来的字删掉", "摘要里多余的那句去掉"},
	}})
}

// TestNamedWorkEdit: a change naming a work and a field edits that work;
// a question, an order or a new work is none.
func TestNamedWorkEdit(t *testing.T) {
	tr, a, b := worksTurn()
	checkReaders(t, []readerCase{{
		name: "changes a named work",
		fn: func(s string) bool {
			e, _, ok := tr.namedWorkEdit(s)
			return ok && (e == a || e == b)
		},
		accept: []string{"第一个片子的摄影写错了，应该是孙浩", "《矿山深处的党旗》的剪辑改成李明", "哎第一个片子主创我写错了，撰稿是刘思宇",
			"不是新报名啊，我是要改已经报的第一个《矿山深处的党旗》的主创", "第二个的时长不对，是2分50秒",
			"矿山那个片子的摄影改成孙浩", "矿山深处的党旗的剪辑写错了，应该是李明"},
		reject: []string{"已经确认了的作品怎么改主创？", "把第一个排到第二", "第一个顺序改一下", "第一个是2分40秒 没改 我说的是再报一个新的",
			"第一个片子挺好的", "第三个的摄影写错了"},
	}})
	for in, want := range map[string]string{
		"第一个片子的摄影写错了，应该是孙浩":   "摄影：孙浩",
		"哎第一个片子主创我写错了，撰稿是刘思宇": "撰稿是刘思宇",
		"《矿山深处的党旗》的剪辑改成李明":    "剪辑改成李明",
		"矿山那个片子的摄影改成孙浩":       "摄影改成孙浩",
	} {
		_, rest, _ := tr.namedWorkEdit(in)
		if got := workEditRest(rest); got != want {
			t.Errorf("workEditRest of %q = %q, want %q", in, got, want)
		}
	}
}

// TestEmptyWork: a draft holding only what was copied from another work is
// empty; one value typed into it keeps it.
func TestEmptyWork(t *testing.T) {
	tr, a, _ := worksTurn()
	copied := &contestbot.Entry{Status: contestbot.StatusDraft, Unit: a.Unit, Contact: a.Contact, Phone: a.Phone}
	typed := &contestbot.Entry{Status: contestbot.StatusDraft, Unit: "安阳工学院"}
	titled := &contestbot.Entry{Status: contestbot.StatusDraft, Unit: a.Unit, Title: "星火"}
	roles := &contestbot.Entry{Status: contestbot.StatusDraft, Creators: contestbot.Creators{Writer: "刘思宇"}}
	tr.entries = append(tr.entries, copied, typed, titled, roles)
	for e, want := range map[*contestbot.Entry]bool{copied: true, {Status: contestbot.StatusDraft}: true, typed: false, titled: false, roles: false, a: false} {
		if got := tr.emptyWork(e); got != want {
			t.Errorf("emptyWork(%+v) = %v, want %v", *e, got, want)
		}
	}
}
