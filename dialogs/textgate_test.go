package dialogs

import "testing"

// s8-d: the one gate for what the 简介/摘要 step may store. Reject: a
// question, a request about the record, talk about a person of the draft or
// another field, talk; accept: real texts, including ones that name a
// person or hold a question mark inside a long text.
func TestGateProblem(t *testing.T) {
	people := []string{"陈晓燕", "周海涛", "孙浩", "马宇杰"}
	reject := map[string]string{
		"俺这片子是手机拍的1080的 中不中 要啥格式": "question",
		"啥叫摘要 跟简介有啥不一样":           "question",
		"横屏竖屏都行吗":                 "question",
		"我填了哪些了":                  "record",
		"请问是没有记录上吗？":              "record",
		"我现在都填了些啥呀 发我看看":          "record",
		"刚才那个记上了吗":                "record",
		"分机号没记上啊，后面的转802得写上":      "field",
		"救命 编导和撰稿是陈晓燕 不是周海涛！":     "person",
		"不是周海涛啊 等下我有点乱了":          "person",
		"剪辑改成马玉洁":                 "field",
		"刚才片名打错了一个字 咋改":           "field",
		"电话不对 少了一位":               "field",
		"等下我有点乱了":                 "talk",
		"啊啊啊 救命":                  "talk",
		"哎呀 不是这个啊":                "talk",
	}
	for s, want := range reject {
		if got := gateProblem(s, people); got != want {
			t.Errorf("gateProblem(%q) = %q, want %q", s, got, want)
		}
	}
	accept := []string{
		"同简介",
		"跟简介一样就行",
		"同简介。版权协议书原件是要寄过去还是送过去啊，送到哪", // the 摘要, then a question (freetextask.go)
		"农学系党支部把党课搬进麦田 党员教师指导种麦讲乡村振兴 服务三农",
		"讲述陈晓燕老师带学生走进社区的故事",
		"影片记录了郑州一条老街社区的党员志愿者马大姐，二十年如一日为独居老人买菜送药、调解邻里纠纷的故事，通过真实镜头展现基层党员在社区治理中的先锋模范作用。",
		"周海涛是一名扎根乡村三十年的老党员，他带领村民修路种树，让荒山变成了果园，村里人都说：这样的好书记去哪找？",
		"以老党徽为线索的二维动画，讲述洛阳红色故事，引导党员传承红色基因、勇担使命。",
		"学院师生寻访黄泛区老党员 记录筑堤垦荒的红色记忆 将其融入思政课堂",
		"一张借书卡串起三代人的读书路",
		"陈晓燕老师带学生走进社区，是她多年的坚持", // a person of the draft in a short story
		"孙浩带领村民改变了家乡面貌",
		"党员教师带学生备赛的日常",
		"老党员的初心是什么？他用一生作答", // a question the story answers
	}
	for _, s := range accept {
		if got := gateProblem(s, people); got != "" {
			t.Errorf("gateProblem(%q) = %q, want it stored", s, got)
		}
	}
}

// s8-d: an instruction leading a text is dropped; a text that only starts
// like one is kept whole.
func TestDropInstructionLead(t *testing.T) {
	drop := map[string]string{
		"摘要另写 学院师生寻访黄泛区老党员 记录筑堤垦荒的红色记忆 将其融入思政课堂":                "学院师生寻访黄泛区老党员 记录筑堤垦荒的红色记忆 将其融入思政课堂",
		"好的，摘要我们另外准备了一段：以老党徽为线索的二维动画，讲述洛阳红色故事，引导党员传承红色基因、勇担使命。": "以老党徽为线索的二维动画，讲述洛阳红色故事，引导党员传承红色基因、勇担使命。",
		"摘要我们重新写一段，党员教师带学生到红色遗址上党课":                             "党员教师带学生到红色遗址上党课",
		"简介如下：影片讲述老支书带领村民修路致富的故事":                               "影片讲述老支书带领村民修路致富的故事",
	}
	for s, want := range drop {
		if got := dropInstructionLead(s); got != want {
			t.Errorf("dropInstructionLead(%q) = %q, want %q", s, got, want)
		}
	}
	keep := []string{
		"影片讲述老支书的故事：他三十年如一日守护红旗渠",
		"初心：一位老党员的坚守与传承，记录他扎根乡村的三十年",
		"摘要这个词我不太懂",
		"学院师生寻访黄泛区老党员 记录筑堤垦荒的红色记忆",
		"简介：讲述老党员的故事。", // a label, read by extract
	}
	for _, s := range keep {
		if got := dropInstructionLead(s); got != s {
			t.Errorf("dropInstructionLead(%q) = %q, want it kept", s, got)
		}
	}
}
