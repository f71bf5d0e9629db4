package knowledge

import "testing"

// TestDialectWhen: 好久 asked as 多久/啥时候 is a question; 好久 in a
// statement is not.
func TestDialectWhen(t *testing.T) {
	for _, q := range []string{"结止时间是好久哦", "截止是好久", "报名到好久", "截止时间好久", "好久交", "好久截止啊", "结果好久公布", "评审时候好久"} {
		if !reDialectWhen.MatchString(normalize(q)) {
			t.Errorf("%q: 好久 asks when, not read as a question", q)
		}
	}
	for _, q := range []string{"等了好久", "好久没发了", "好久不见", "忙了好久终于拍完", "我们拍了好久", "好久以前拍的", "好久没报送了"} {
		if reDialectWhen.MatchString(normalize(q)) {
			t.Errorf("%q: 好久 in a statement read as a question", q)
		}
	}
}

// TestSameAsOtherOwner: asking whether an event of another platform or
// organiser is this one gets the other-event line; one named by its level
// or by this contest's organisers, or asked beside 一稿两投, does not.
func TestSameAsOtherOwner(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{"这个跟学习强国那个短视频比赛是一回事不", "跟团中央的短视频大赛是同一个吗", "和共青团搞的征文活动是一回事吗"} {
		if !b.namesOtherContest(normalize(q)) {
			t.Errorf("%q: another owner's event not taken as another event", q)
		}
	}
	for _, q := range []string{"这个和学习强国那个短视频征集是一回事吗？能一稿两投吗", "省里那个微党课比赛是不是就是这个",
		"这个跟省委组织部的短视频大赛是一回事吗", "和省委教育工委那个比赛是一回事吗", "这个跟去年那个比赛是一回事吗"} {
		if b.namesOtherContest(normalize(q)) {
			t.Errorf("%q: taken as another event", q)
		}
	}
}
