package knowledge

import "testing"

// TestS7OBareOtherEvent (round 23, rp88): another event named bare and asked
// about its dates gets the one line for this contest only, never this
// contest's deadline; this contest's own things keep their answers.
func TestS7OBareOtherEvent(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{"出彩河南人什么时候截止", "出彩河南人的截止时间是哪天", "学宪法讲宪法啥时候开始"} {
		if !b.namesOtherContest(normalize(q)) {
			t.Errorf("accept %q: not read as another event", q)
		}
	}
	for _, q := range []string{"报名表什么时候截止", "作品什么时候截止", "这个比赛什么时候截止", "咱这个什么时候截止", "短视频大赛什么时候截止", "评审结果什么时候出来", "材料啥时候交", "网上报名什么时候截止", "初赛什么时候开始", "出彩河南人什么时候截止的作品能报吗"} {
		if b.namesOtherContest(normalize(q)) {
			t.Errorf("reject %q: read as another event", q)
		}
	}
	checkAnswers(t, b, []answerCase{
		{name: "出彩河南人", q: "出彩河南人什么时候截止", not: []string{"2025年10月15日", "距截止"}},
		{name: "reject: own deadline", q: "报名什么时候截止", want: []string{"10月15日"}},
	})
}
