package dialogs

import (
	"regexp"
	"strings"
	"testing"
)

// TestProgressAsks: progress, check and next-step questions are read as
// such; values and contest questions are not (s7-i, rp82 p82a, rp79 p79b).
func TestProgressAsks(t *testing.T) {
	cases := []struct {
		re     *regexp.Regexp
		accept []string
		reject []string
	}{
		{reProgressAsk,
			[]string{"还有几项", "还差几个", "快完了没", "还有几项？", "不是 我问还有几项要填", "我是问还剩几项没填", "还差哪些", "还要多久", "是不是快好了", "还缺啥", "填到哪一步了"},
			[]string{"还有几项要求", "几项", "还有一个作品", "快递寄到哪", "还差一点就三分钟", "还有几天截止", "作品还有别的要求吗"}},
		{reCheckAsk,
			[]string{"我填对了没", "这样行吗", "这样写可以吗", "对吗", "填对了吗", "行不行", "没问题吧", "这样中不中"},
			[]string{"对", "行", "可以", "这样的片子行吗", "mov格式行吗", "个人作品可以吗", "我填对了"}},
		{reNextAsk,
			[]string{"下一步填啥", "接下来填什么", "然后填啥", "下一项是什么", "还要填啥", "下面填什么"},
			[]string{"下一步", "下一个作品", "接下来怎么提交视频", "填啥都行", "下一步是确认吗"}},
	}
	for _, c := range cases {
		for _, s := range c.accept {
			if !c.re.MatchString(strings.TrimRight(compact(s), "?？!！。.~～")) {
				t.Errorf("%q not read by %s", s, c.re.String()[:20])
			}
		}
		for _, s := range c.reject {
			if c.re.MatchString(strings.TrimRight(compact(s), "?？!！。.~～")) {
				t.Errorf("%q read by %s", s, c.re.String()[:20])
			}
		}
	}
}

// TestSavedAsk: asks whether a draft from before was kept (s7-i, rp79 p79b).
func TestSavedAsk(t *testing.T) {
	for _, s := range []string{"我昨天那个报名还在不", "我之前填的还在吗", "上次没填完的呢", "昨天填的表还在吗？",
		"我是说我昨天在你这填的那个 黄河岸边的红色讲解员 还在不", "那我咋接着填", "之前的报名丢了吗", "填了一半的那个呢"} {
		if !isSavedAsk(s) {
			t.Errorf("%q not read as asking for the saved draft", s)
		}
	}
	for _, s := range []string{"之前的呢", "昨天的通知还有效吗", "上次的比赛有几等奖", "我之前没参加过", "还在不", "我要报名",
		"作品之前发过抖音还能报吗", "上次说的邮箱是哪个"} {
		if isSavedAsk(s) {
			t.Errorf("%q read as asking for the saved draft", s)
		}
	}
}
