package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestAskClausesSplit: the clauses that ask (with the words a turn to
// asking opens, and the clause a pointing-back question is about) are kept
// apart from the value clauses; a rhetorical question or an interjection
// asks nothing (s9-d).
func TestAskClausesSplit(t *testing.T) {
	cases := []struct{ in, rest, q string }{
		{"三尺讲台上的党员身影 对了我们是手机拍的竖屏 这样可以吗", "三尺讲台上的党员身影", "对了我们是手机拍的竖屏 这样可以吗"},
		{"豫东农业职业技术学院，我是宣传科的。先问下时长有没有硬性要求啊，超过3分钟是不是就不收了", "豫东农业职业技术学院，我是宣传科的。", "先问下时长有没有硬性要求啊，超过3分钟是不是就不收了"},
		{"那监制就是杨老师 编导是我蒋雨桐嘿嘿 撰稿是啥 写文案的吗？文案是我和郭佳怡一起写的 摄影没有 动画哪来的摄影哈哈哈 剪辑王子豪",
			"那监制就是杨老师 编导是我蒋雨桐嘿嘿 文案是我和郭佳怡一起写的 摄影没有 动画哪来的摄影哈哈哈 剪辑王子豪", "撰稿是啥 写文案的吗？"},
		{"2分18对了问下超过3分钟会被刷掉吗", "2分18", "对了问下超过3分钟会被刷掉吗"},
		{"蛤? 我是说制作单位 信阳市商业中等专业学校", "蛤?我是说制作单位 信阳市商业中等专业学校", ""},
	}
	for _, c := range cases {
		rest, qs := splitAskClauses(c.in)
		if got := joinClauses(rest); got != c.rest {
			t.Errorf("splitAskClauses(%q) rest = %q, want %q", c.in, got, c.rest)
		}
		if got := joinClauses(qs); got != c.q {
			t.Errorf("splitAskClauses(%q) question = %q, want %q", c.in, got, c.q)
		}
	}
	checkReaders(t, []readerCase{{
		name:   "a clause that asks",
		fn:     askingClause,
		accept: []string{"撰稿是啥", "这样可以吗", "超过3分钟是不是就不收了", "哪来的摄影？"},
		reject: []string{"动画哪来的摄影哈哈哈", "哪有什么摄影", "蛤?", "啥", "三尺讲台上的党员身影", "摄影没有"},
	}})
}

// TestClausesBesideQuestion: the values of a message that also asks are
// stored and echoed and the question answered in one reply; questions,
// examples, check-backs and facts asked about store nothing here (s9-d).
func TestClausesBesideQuestion(t *testing.T) {
	tr, _ := fixTurn(t)
	accept := []struct {
		pending slot
		msg     string
		want    []string
	}{
		{"title", "三尺讲台上的党员身影 对了我们是手机拍的竖屏 这样可以吗", []string{"竖", "片名：《三尺讲台上的党员身影》"}},
		{"unit", "豫东农业职业技术学院，我是宣传科的。先问下时长有没有硬性要求啊，超过3分钟是不是就不收了", []string{"3分钟", "推荐单位：豫东农业职业技术学院"}},
		{"supervisor", "那监制就是杨老师 编导是我蒋雨桐嘿嘿 撰稿是啥 写文案的吗？文案是我和郭佳怡一起写的 摄影没有 动画哪来的摄影哈哈哈 剪辑王子豪",
			[]string{"撰稿", "编导(导演) 蒋雨桐", "剪辑(制作) 王子豪"}},
	}
	for _, c := range accept {
		tr.st = &state{Mode: modeForm, Pending: c.pending}
		e := newDraft(c.pending)
		out, ok := tr.clausesBesideQuestion(e, c.msg, c.pending)
		if !ok {
			t.Errorf("clausesBesideQuestion(%q) not taken", c.msg)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("clausesBesideQuestion(%q) = %q, lacks %q", c.msg, out, w)
			}
		}
	}
	reject := []struct {
		pending slot
		msg     string
	}{
		{"title", "请问视频文件应该怎么命名？比如我们学校叫河南某某职业技术学院，片名是《微光》"},
		{"producer", "制作单位不是我们学校，是外面请的公司拍的，南阳卧龙文化传媒有限公司。这样可以吗？"},
		{"producer", "制作单位跟推荐单位有啥区别？我们就是学校自己拍的，那就填同上？"},
		{"contact", "等下问个事 我们片子之前有个同学发过朋友圈 后来删了 这种算公开发表吗"},
		{"duration", "片子大概三分钟 超过三分钟是不是就不中了"},
		{"duration", "您好，时长是2分45秒。另外想请教一下，推荐单位我前面已经说过是洛阳职业技术学院，请问是没有记录上吗？"},
		{"title", "片名是啥意思"},
		{"synopsis", "讲述了乡村教师的故事 对了简介要多少字"},
	}
	for _, c := range reject {
		tr.st = &state{Mode: modeForm, Pending: c.pending}
		e := newDraft(c.pending)
		if out, ok := tr.clausesBesideQuestion(e, c.msg, c.pending); ok {
			t.Errorf("clausesBesideQuestion(%q) taken: %q", c.msg, out)
		}
	}
}

// newDraft is a draft filled up to the step pending.
func newDraft(pending slot) *contestbot.Entry {
	e := &contestbot.Entry{Status: contestbot.StatusDraft}
	for _, f := range []struct {
		s   slot
		set func()
	}{
		{"unit", func() { e.Unit = "河南豫中职业技术学院" }},
		{"title", func() { e.Title = "小喇叭里的红色家书" }},
		{"producer", func() { e.Producer = "河南豫中职业技术学院" }},
		{"contact", func() { e.Contact = "杨静" }},
		{"phone", func() { e.Phone = "15903718826" }},
		{"duration", func() { e.DurationSeconds = 118 }},
		{"category", func() { e.Category = "动画制作" }},
		{slotSupervisor, func() {}},
	} {
		if f.s == pending {
			break
		}
		f.set()
	}
	return e
}
