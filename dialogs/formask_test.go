package dialogs

import (
	"testing"

	"contestbot"
)

func TestAsksBot(t *testing.T) {
	accept := []string{
		"等一下，片名最多能写几个字？",
		"部分AI算啥",
		"我刚才学校名字填错了，能改不？",
		"我们视频是1080P码率12M的，可以吧？",
		"用手机拍的算不算实景拍摄",
		"对了 截止是啥时候啊 领导问我",
		"先问一下 版权那个协议书原件要送到哪",
		"3是啥意思",
		"动画算啥",
	}
	for _, s := range accept {
		if !asksBot(s) {
			t.Errorf("asksBot(%q) = false, want true", s)
		}
	}
	reject := []string{
		"初心是什么", // a title may be a question with no words aimed at the bot
		"黄河边的红色课堂",
		"郑州某职业技术学院",
		"刘建国",
		"1",
		"讲述了我校教师党员带领学生在黄河滩区开展志愿服务的故事，能不能打动人呢？", // a story
		"片名改成《守望》",
		"那就选1吧",
		"可以", // a yes/no word alone is no question
	}
	for _, s := range reject {
		if asksBot(s) {
			t.Errorf("asksBot(%q) = true, want false", s)
		}
	}
}

func TestFieldSpoken(t *testing.T) {
	cases := map[string]slot{
		"我刚才学校名字填错了能改不?": slot(contestbot.FieldUnit),
		"电话打错了咋改":        slot(contestbot.FieldPhone),
		"片名写错了能改吗":       slot(contestbot.FieldTitle),
		"制作单位填错了能改不":     slot(contestbot.FieldProducer),
		"能改不":            "",
	}
	for in, want := range cases {
		if got := fieldSpoken(in); got != want {
			t.Errorf("fieldSpoken(%q) = %q, want %q", in, got, want)
		}
	}
}
