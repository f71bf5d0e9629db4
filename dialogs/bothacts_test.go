package dialogs

import (
	"testing"

	"contestbot"
)

// s6-c: the splits and readers of bothacts.go and skiplater.go, each with
// messages it must take and messages it must leave to the other readers.

func TestSplitValueAsk(t *testing.T) {
	accept := []struct{ msg, value, question string }{
		{"实景拍摄都是在学校和矿上实拍的对了问一下我们片子里面有几张老照片是找人修复的没用AI这个需要标注什么吗",
			"实景拍摄都是在学校和矿上实拍的", "对了问一下我们片子里面有几张老照片是找人修复的没用AI这个需要标注什么吗"},
		{"2分18 对了问下 超过3分钟会直接被刷掉吗 我们另一个片子好像3分20了😭", "2分18", "对了问下 超过3分钟会直接被刷掉吗 我们另一个片子好像3分20了😭"},
		{"3分整 不算超吧", "3分整", "不算超吧"},
		{"1 哦对了超过3分钟那个到底能不能报啊 我们老师让我问问", "1", "哦对了超过3分钟那个到底能不能报啊 我们老师让我问问"},
		{"？？我说了2分18秒呀 然后我是问超过3分钟的片子还能不能报", "我说了2分18秒呀", "然后我是问超过3分钟的片子还能不能报"},
		{"制作单位写学校党委组织部中不中 信阳市第一职业高级中学党委组织部", "信阳市第一职业高级中学党委组织部", "制作单位写学校党委组织部中不中"},
	}
	for _, c := range accept {
		v, q := splitValueAsk(c.msg)
		if v != c.value || q != c.question {
			t.Errorf("splitValueAsk(%q) = %q | %q, want %q | %q", c.msg, v, q, c.value, c.question)
		}
	}
	reject := []string{
		"3分钟算超时吗",          // a question alone
		"实景拍摄",             // a value alone
		"监制王建国，编导张卫红",      // values alone
		"超过3分钟会被刷掉吗？算不算超时", // questions alone
	}
	for _, m := range reject {
		if v, q := splitValueAsk(m); v != "" && q != "" {
			t.Errorf("splitValueAsk(%q) = %q | %q, want no split", m, v, q)
		}
	}
}

func TestAsks(t *testing.T) {
	for _, m := range []string{"不算超吧", "这样可以吧", "中不中", "能不能报啊", "对了问一下原件寄哪"} {
		if !asks(m) {
			t.Errorf("asks(%q) = false", m)
		}
	}
	for _, m := range []string{"2分18", "实景拍摄都是在学校和矿上实拍的", "信阳市第一职业高级中学党委组织部", "就写这个吧", "好吧"} {
		if asks(m) {
			t.Errorf("asks(%q) = true", m)
		}
	}
}

func TestSkipRequest(t *testing.T) {
	for _, m := range []string{"跳过", "能先跳过这个吗，我问问领导再回来填", "这个不确定 我问问", "先空着吧", "这项先空着", "我问问主任再告诉你"} {
		if !skipRequest(m) {
			t.Errorf("skipRequest(%q) = false", m)
		}
	}
	for _, m := range []string{"今天先不填了", "回头再说", "不是 我是说今天先不填了 等我问完领导再说", "先这样吧", "片名：跳过的青春", "分类回头再填",
		"我知道必填，不是说不填，我得确认下用哪个号，能不能先填后面的，等会儿再补，反正今天要报完的"} {
		if skipRequest(m) {
			t.Errorf("skipRequest(%q) = true", m)
		}
	}
}

func TestResentText(t *testing.T) {
	summary := slot(contestbot.FieldSummary)
	accept := map[string]string{
		"摘要俺重新发 党员教师带学生到新县红色遗址上党课": "摘要：党员教师带学生到新县红色遗址上党课",
		"我重新发一下：讲述老支书几十年的坚守与奉献":    "内容摘要：讲述老支书几十年的坚守与奉献",
	}
	for in, want := range accept {
		if got := resentText(in, summary); got != want {
			t.Errorf("resentText(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"摘要俺重新发", "我重新发 好吗", "党员教师带学生到新县红色遗址上党课", "重新发 简介要写多长呢？"} {
		if got := resentText(in, summary); got != in {
			t.Errorf("resentText(%q) = %q, want it unchanged", in, got)
		}
	}
	if got := resentText("我重新发一下：讲述老支书几十年的坚守与奉献", slot(contestbot.FieldPhone)); got != "我重新发一下：讲述老支书几十年的坚守与奉献" {
		t.Errorf("at the phone step: %q", got)
	}
}

// TestStartNow: a start word before values begins the form; a start word
// alone, in a question, or inside a sentence is not this reader's.
func TestStartNow(t *testing.T) {
	checkReaders(t, []readerCase{{
		name:   "starts, with values after",
		fn:     func(s string) bool { return reStartNow.MatchString(s) && !isQuestion(s) },
		accept: []string{"好 那开始吧。我们是郑州市电子信息工程学校", "那开始吧，片名《守望》", "行，开始报吧 推荐单位：河南大学", "那就开始吧。郑州市第七中学"},
		reject: []string{"开始吧", "那开始吧？怎么报", "什么时候开始报名", "片子开始的时候有字幕", "开始时间是哪天"},
	}})
	for _, m := range []string{"好 那开始吧。我们是郑州市电子信息工程学校", "那就开始吧，推荐单位：郑州市电子信息工程学校", "开始报吧 片名《灯》"} {
		if !reStartNow.MatchString(m) {
			t.Errorf("reStartNow misses %q", m)
		}
	}
	for _, m := range []string{"开始", "开始吧", "开始时间是哪天", "一开始我们拍的是别的"} {
		if reStartNow.MatchString(m) {
			t.Errorf("reStartNow takes %q", m)
		}
	}
	if got := reFirstWorkTitle.ReplaceAllString("我们是郑州市电子信息工程学校，第一个叫老支书的笔记本，实景拍的", "${1}片名："); got != "我们是郑州市电子信息工程学校，片名：老支书的笔记本，实景拍的" {
		t.Errorf("first work title: %q", got)
	}
}
