package dialogs

import "testing"

// s6-q: questions about one's own information in own words (rp71 p71a).
func TestAsksWhoSeesMine(t *testing.T) {
	accept := map[string]string{
		"我的电话谁能看到": "who",
		"不是，我是说我自己的手机号，填了以后谁能看到？会不会给别人": "who",
		"我填的手机号会给别人吗":                   "who",
		"评委能看到吗我的电话":                    "judges",
		"意思是我的手机号只有组干处能看到是吧？评委能看到吗":     "judges",
		"主创名字会公开吗":                      "public",
		"对了，这些主创的名字会公开吗？获奖了是不是要在网上公布":   "public",
		"我的手机号会公布出去吗":                   "public",
		"比赛完了手机号能删掉吗":                   "phone",
		"比赛完了我这个手机号能从你们这删掉吗？作品不想删，就删电话": "phone",
		"评审结束以后能不能只把这个号码删了":             "phone",
	}
	for s, want := range accept {
		if got := asksWhoSeesMine(bare(s)); got != want {
			t.Errorf("asksWhoSeesMine(%q) = %q, want %q", s, got, want)
		}
	}
	reject := []string{
		"电话13837162459",
		"联系电话是多少",
		"作品获奖了会公布吗",
		"评委是谁",
		"片名会公开吗",
		"删除我的信息",
		"主创人员都要写名字吗",
	}
	for _, s := range reject {
		if got := asksWhoSeesMine(bare(s)); got != "" {
			t.Errorf("asksWhoSeesMine(%q) = %q, want none", s, got)
		}
	}
}

// s6-q: 啥 asked after a verb is a question (rp73 Q9).
func TestWhatAskIsQuestion(t *testing.T) {
	for _, s := range []string{"推荐单位-序号-片名 这个序号是按啥排的", "这栏填的是啥", "序号啥意思", "排序按啥来"} {
		if !isQuestion(s) {
			t.Errorf("isQuestion(%q) = false", s)
		}
	}
	for _, s := range []string{"啥都没用", "片名：不忘初心", "哪儿也没发过"} {
		if isQuestion(s) {
			t.Errorf("isQuestion(%q) = true", s)
		}
	}
}

// s6-q: a field named with a hold (rp71 p71a "电话先放放").
func TestNamedHold(t *testing.T) {
	accept := map[string]string{"电话先放放": "电话", "电话这个先空着": "电话", "时长回头再说": "时长", "简介等会再发": "简介"}
	for s, want := range accept {
		m := reNamedHold.FindStringSubmatch(bare(s))
		if m == nil || m[1] != want {
			t.Errorf("reNamedHold(%q) = %q, want label %q", s, m, want)
		}
	}
	for _, s := range []string{"电话13800000000", "片名叫一张借书卡", "时长3分钟"} {
		if m := reNamedHold.FindStringSubmatch(bare(s)); m != nil {
			t.Errorf("reNamedHold(%q) = %q, want none", s, m)
		}
	}
}
