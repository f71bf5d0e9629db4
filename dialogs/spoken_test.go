package dialogs

import (
	"testing"

	"contestbot"
)

// Issue #10, fixes after round 2: each reader with the inputs it must
// change (accept: in → want) and the ones it must leave alone (reject).

func TestUnfill(t *testing.T) {
	type pair struct {
		in   string
		s    slot
		want string
	}
	unit, title, contact := slot(contestbot.FieldUnit), slot(contestbot.FieldTitle), slot(contestbot.FieldContact)
	synopsis := slot(contestbot.FieldSynopsis)
	accept := []pair{
		{"嗯 那个 郑州市第七中学", unit, "郑州市第七中学"},
		{"那个郑州市第七中学", unit, "郑州市第七中学"},
		{"呃，就是说，王建国", contact, "王建国"},
		{"老党员的账本嗯", title, "老党员的账本"},
		{"嗯老党员的账本", title, "老党员的账本"},
		{"然后，老党员的账本", title, "老党员的账本"},
		{"我说一下 王建国", contact, "王建国"},
		{"嗯 那个就是说 影片讲述了老党员的故事。", synopsis, "影片讲述了老党员的故事。"},
		{"那个就是说，老党员的账本", title, "老党员的账本"},
		{"好的好的 郑州市第七中学", unit, "郑州市第七中学"},
		{"嗯简介是这样的退休教师老党员李德明三十年来坚持记账", synopsis, "退休教师老党员李德明三十年来坚持记账"},
		{"简介重新发一下退休教师老党员李德明", synopsis, "退休教师老党员李德明"},
		{"嗯", unit, ""},
		{"那个 然后", contact, ""},
	}
	reject := []pair{
		{"那年夏天", title, "那年夏天"},
		{"这个夏天不太冷", title, "这个夏天不太冷"},
		{"然后他回到了村里，嗯，一干就是三十年。", synopsis, "然后他回到了村里，嗯，一干就是三十年。"},
		{"讲述了一名乡村教师坚守三十年的故事。", synopsis, "讲述了一名乡村教师坚守三十年的故事。"},
		{"哈密市第一中学", unit, "哈密市第一中学"},
	}
	for _, tc := range append(accept, reject...) {
		if got := unfill(tc.in, tc.s); got != tc.want {
			t.Errorf("unfill(%q, %s) = %q, want %q", tc.in, tc.s, got, tc.want)
		}
	}
}

func TestLastWins(t *testing.T) {
	synopsis, phone := slot(contestbot.FieldSynopsis), slot(contestbot.FieldPhone)
	title := slot(contestbot.FieldTitle)
	for _, tc := range []struct {
		in      string
		pending slot
		want    string
	}{
		// accept: the last value wins
		{"13812345678不对是13812345687", phone, "13812345687"},
		{"电话13812345678 打错了 13912345678", phone, "电话 13912345678"},
		{"片名叫老党员的账本 不对 叫老党员的家书", title, "片名叫老党员的家书"},
		{"两分半 哦不 两分四十", slot(contestbot.FieldDuration), "两分四十"},
		{"时长两分半 哦不 两分四十", "", "时长 两分四十"},
		{"张伟 不对 李伟", slot(contestbot.FieldContact), "李伟"},
		{"联系人蒋卫东电话13812345678不对是13812345687，三分钟", "", "联系人蒋卫东电话 13812345687，三分钟"},
		// reject: left alone
		{"讲述了他发现方法不对，又从头再来的故事", synopsis, "讲述了他发现方法不对，又从头再来的故事"},
		{"不是许晨阳，是邓一凡剪的", slotEditor, "不是许晨阳，是邓一凡剪的"},
		{"片名不对，是《大山里的灯》", "", "片名不对，是《大山里的灯》"},
		{"不对，是李娜", slot(contestbot.FieldContact), "不对，是李娜"},
		{"13812345678", phone, "13812345678"},
	} {
		if got := lastWins(tc.in, tc.pending); got != tc.want {
			t.Errorf("lastWins(%q, %s) = %q, want %q", tc.in, tc.pending, got, tc.want)
		}
	}
}

func TestLeadInLabels(t *testing.T) {
	synopsis := slot(contestbot.FieldSynopsis)
	for _, tc := range []struct {
		in      string
		pending slot
		want    string
	}{
		// accept: the lead-in becomes the label
		{"我们学校叫郑州市第七中学", "", "推荐单位叫郑州市第七中学"},
		{"俺们学校是许昌市第一中专", "", "推荐单位是许昌市第一中专"},
		{"片子名字是老党员的账本", "", "片名是老党员的账本"},
		{"俺们那个片子叫老党员的账本", "", "片名叫老党员的账本"},
		{"时长的话大概是2分40秒", "", "时长是大概2分40秒"}, // d1: the hedge stays, so "大概两分半" stays an estimate
		{"我这边电话13812345678", "", "联系电话13812345678"},
		{"俺们那片子正好三分钟", "", "时长是三分钟"},
		{"片子名字写错了，应该是《星火在校园》", "", "片名写错了，应该是《星火在校园》"},
		{"时长的话写错了", "", "时长写错了"},
		{"新乡市职业教育中心，党委办公室做的，联系人蒋卫东", "", "新乡市职业教育中心，制作单位是党委办公室，联系人蒋卫东"},
		{"学院党委组织部拍的", "", "制作单位是学院党委组织部"},
		{"我们自己拍的", "", "我们自己拍的"},
		{"你好，我们有个片子叫《伏牛山下的夜校》", "", "你好，片名叫《伏牛山下的夜校》"},
		// reject: free text and ordinary sentences stay
		{"讲述了我们学校是如何坚持三十年的", synopsis, "讲述了我们学校是如何坚持三十年的"},
		{"我们的片子拍了三个月", "", "我们的片子拍了三个月"},
		{"简介：我们学校叫郑州七中，片子讲述…", "", "简介：我们学校叫郑州七中，片子讲述…"},
		{"制作单位是学院党委组织部", "", "制作单位是学院党委组织部"},
	} {
		if got := leadInLabels(tc.in, tc.pending); got != tc.want {
			t.Errorf("leadInLabels(%q, %s) = %q, want %q", tc.in, tc.pending, got, tc.want)
		}
	}
}

func TestEligibilityItems(t *testing.T) {
	open := []slot{slot(contestbot.FieldUnitWork), slot(contestbot.FieldMadeInPeriod), slot(contestbot.FieldUnpublished), slot(contestbot.FieldAIUsed)}
	for _, tc := range []struct {
		in    string
		items int
		agree bool
		ok    bool
	}{
		// accept
		{"前三条都是", 3, true, true},
		{"一二三都是", 3, true, true},
		{"第1、2、3条符合", 3, true, true},
		{"1-3都是", 3, true, true},
		{"第四条不是", 1, false, true},
		{"前两项没问题", 2, true, true},
		// reject
		{"1", 0, false, false},
		{"是", 0, false, false},
		{"都符合", 0, false, false},
		{"三分钟", 0, false, false},
		{"一二三", 0, false, false},
	} {
		items, agree, ok := itemsNamed(tc.in, open)
		if ok != tc.ok || len(items) != tc.items || ok && agree != tc.agree {
			t.Errorf("itemsNamed(%q) = %v %v %v, want %d items agree=%v ok=%v", tc.in, items, agree, ok, tc.items, tc.agree, tc.ok)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"AI那条", "ai_used"},
		{"发表那条", "unpublished"},
		{"第四条", "ai_used"},
	} {
		got := itemsByTopic(tc.in, open)
		if len(got) != 1 || string(got[0].field()) != tc.want {
			t.Errorf("itemsByTopic(%q) = %v, want %s", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"是学校的作品今年做的没有公开发表过", "是学校的作品，今年做的，没有公开发表过"},
		{"是单位作品是二零二五年做的配音用了AI", "是单位作品，是二零二五年做的，配音用了AI"},
		{"前三条都是的第四条刚才说了", "前三条都是的，第四条刚才说了"},
		// reject: punctuated or short clauses stay
		{"是，今年拍的", "是，今年拍的"},
		{"网上没有发过", "网上没有发过"},
	} {
		if got := factClauses(tc.in); got != tc.want {
			t.Errorf("factClauses(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := cnYear("二零二五年做的"); got != "2025年做的" {
		t.Errorf("cnYear = %q", got)
	}
}

func TestSpokenReaders(t *testing.T) {
	checkReaders(t, []readerCase{
		{"a person's name", isPerson,
			[]string{"王建国", "欧阳娜娜", "李晓雯", "阿依古丽·买买提"},
			[]string{"实景拍", "说过了", "实景", "动画片", "好的吧", "王老师了", "本人", "由本人负责"}},
		{"the rest agree", restAgree,
			[]string{"以上四点均符合", "都符合", "上述三条都是", "其他都是"},
			[]string{"第四条不是", "用了AI配音", "是"}},
		{"already said", func(s string) bool { return reAlreadySaid.MatchString(compact(s)) },
			[]string{"刚才不是说了吗", "说过了", "我都说过了", "刚说了啊"},
			[]string{"说一下", "南阳职业学院", "说过了南阳职业学院"}},
		{"only filler", onlyFiller,
			[]string{"嗯", "那个", "呃 就是说", "然后"},
			[]string{"王建国", "那年夏天", "2分30秒"}},
		{"registration intent", registerIntent,
			[]string{"咋报名 我们有个片子", "好的好的那我现在报一个吧我们学校是开封市文化旅游学校", "那我先报一个吧", "我们报一个动画片", "怎么报名，我们学校拍了一个视频"},
			[]string{"我们有个片子在抖音发过还能报吗", "咋报名", "一个学校最多能报几个"}},
	})
}
