package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// s6-l: starting over, read in any everyday phrasing, never from a story,
// a field redone or a question about the video.
func TestReadsStartOver(t *testing.T) {
	at := func(pending slot) func(string) bool {
		return func(s string) bool { return readsStartOver(s, pending) }
	}
	checkReaders(t, []readerCase{
		{
			name: "at the 时长 step",
			fn:   at(slot(contestbot.FieldDuration)),
			accept: []string{"全部重来", "全部重来吧", "等下 刚领导说片名要改 制作单位也不对 全部重来吧", "删了重新填",
				"不是 片名不叫改 我是说删了重新填 从头开始", "重新填", "从头来", "重新报", "重新报名", "从头开始吧",
				"算了 删掉重新来", "都重新填一遍吧", "那就重来吧", "作废了重新报", "我要重新填"},
			reject: []string{"片名重新填", "时长我重新量一下", "视频要重新导出", "片子从头剪了一遍", "能不能从头来？",
				"重新报送材料怎么弄", "2分30秒", "报名表要重新打印吗", "简介重新写一下", "怎么重新填"},
		},
		{
			name:   "at the 简介 step a story is a story",
			fn:     at(slot(contestbot.FieldSynopsis)),
			accept: []string{"全部重来", "删了重新填"},
			reject: []string{"讲述了老党员从头开始学习新技术，带领村民全部重来、重建家园，最终走出了一条致富路的故事。"},
		},
	})
}

// s6-l: a question about the work given up, and a request to delete it.
func TestOldWorkReaders(t *testing.T) {
	checkReaders(t, []readerCase{
		{
			name: "asks about the old work",
			fn:   asksAboutOldWork,
			accept: []string{"之前那个删了吗", "原来那个还在吗", "刚才那个作废了没", "对了 之前填的那个青春向党的是不是已经删掉了？别到时候报上去两个",
				"我问的是上一个报名删了没有", "好 最后确认下 之前取消的那个不会出现在汇总表里吧", "我不要恢复！就问作品1会不会报上去",
				"之前那个还在不在？会不会也一起报上去了"},
			reject: []string{"之前那个老师说片名要改", "原来那个单位名称写错了", "2分30秒", "删了重新填", "摄影写错了 删掉",
				"刚才那个问题你还没回答", "这个作品会报上去吗", "取消第1个作品", "刚才那个空的删掉", "之前那个删掉"},
		},
		{
			name:   "asks to delete it for good",
			fn:     asksDeleteForGood,
			accept: []string{"删除《青春向党 信仰如炬》", "删掉《青春向党》", "能把它彻底删掉吗 只留作品2", "那个删了吧", "把它删了", "帮我删掉", "作品1不要了", "永久删除"},
			reject: []string{"之前那个删了吗", "是不是已经删掉了", "删了没有", "删了吗", "删除了没", "不要删", "别删它 我再想想"},
		},
	})
}

// s6-l: a pasted summary is told from a form typed line by line by its
// labelled lines; the frame and declarations are no values.
func TestSummaryLines(t *testing.T) {
	paste := "请核对报名信息：\n推荐单位：A学院\n片名：《B》\n制作单位：A学院\n核对无误请回复“确认”"
	lines, ok := summaryLines(paste)
	if !ok || len(lines) != 5 {
		t.Fatalf("summaryLines(paste) = %q, %v", lines, ok)
	}
	for _, s := range []string{"推荐单位：A学院", "推荐单位：A学院\n片名：《B》", "全部重来", strings.Repeat("影片讲述了", 10)} {
		if _, ok := summaryLines(s); ok {
			t.Errorf("summaryLines(%q) reads a summary", s)
		}
	}
	if !sameLine("联系人：任红霞  电话：13838271546", "联系人：任红霞 电话：13838271546") {
		t.Error("sameLine: the spaces between 联系人 and 电话 count")
	}
}
