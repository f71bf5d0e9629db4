package dialogs

import (
	"testing"

	"contestbot"
)

// TestQuestionBesideAnswer reads the clause that turns aside to ask
// ("对了截止时间是哪天") beside an answer, and leaves values and stories alone.
func TestQuestionBesideAnswer(t *testing.T) {
	checkReaders(t, []readerCase{
		{
			name: "isQuestion when and where",
			fn:   isQuestion,
			accept: []string{"对了截止时间是哪天", "作品啥时候出结果", "原件何时交", "审核要多久", "原件交到哪儿",
				"对了一等奖有奖金吗", "获奖了证书咋发"},
			reject: []string{"郑州市第七中学", "摘要同简介", "讲述了一名乡村教师坚守三十年的故事", "2025年9月拍的",
				"信息没问题", "确认无误"},
		},
		{
			name: "an aside that asks, after a text",
			fn: func(s string) bool {
				return freeTextAskAt(splitClauses(s)) > 0
			},
			accept: []string{"摘要同简介 对了一等奖有奖金吗", "讲述了红旗渠的故事。另外问一下原件寄到哪",
				"讲述了乡村教师的故事 顺便问下简介要多少字", "同简介，哦对了评审结果啥时候出"},
			reject: []string{"讲基层党员怎么在乡村振兴里当先锋", "让学生知道啥叫初心 讲清楚为啥要传承红旗渠精神",
				"对了讲述的是乡村教师的故事", "摘要同简介"},
		},
	})
}

// TestCorrectionInTalk: a correction of a named field said with talk around
// it gives the value of the clause that states it.
func TestCorrectionInTalk(t *testing.T) {
	for in, want := range map[string]string{
		"剪辑那不对 俩人俩字去了 就是张磊、赵鹏":   "剪辑改成张磊、赵鹏",
		"片名我写错了 是沙澧河畔红色印记":       "片名改成沙澧河畔红色印记",
		"电话刚才输错了，应该是13712345678": "电话改成13712345678",
		"剪辑那不对 应该是赵鹏跟张磊":         "剪辑改成赵鹏跟张磊",
		"讲述了剪辑师的故事":              "讲述了剪辑师的故事",
	} {
		if got := namedCorrection(in); got != want {
			t.Errorf("namedCorrection(%q) = %q, want %q", in, got, want)
		}
	}
	checkReaders(t, []readerCase{{
		name:   "a yes/no about the text",
		fn:     func(s string) bool { return reAboutText.MatchString(compact(s)) },
		accept: []string{"恁看这中不中", "这样写行吗", "你看看这样写可以吗", "帮我看下这个行不行", "中不中"},
		reject: []string{"展现党员初心", "获奖了有啥奖", "看看乡村的变化", "这个片子讲的是红旗渠"},
	}})
}

// TestPendingValueInQuestion: the field asked, stated with its label and
// exactly inside a question, is its answer; a guess or a question is not.
func TestPendingValueInQuestion(t *testing.T) {
	dur := slot(contestbot.FieldDuration)
	checkReaders(t, []readerCase{{
		name: "an exact labelled value of the field asked",
		fn:   func(s string) bool { return pendingValueClause(s, dur) != "" },
		accept: []string{"俺再问一下 片子时长2分45秒 超过三分钟是不是就不中了", "时长2分50秒，稍微超过几秒会不会影响评审呢？",
			"我们时长是2分58秒 码率8M行吗"},
		reject: []string{"片子大概时长三分钟 超过三分钟是不是就不中了", "时长两分多 中不中", "时长有要求吗",
			"电话13812345678 时长有要求吗"},
	}})
}
