package dialogs

import "testing"

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
