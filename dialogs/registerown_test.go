package dialogs

import "testing"

// s9-j: registering in own words (round 24, rp117 p117b, rp115 p115b).
func TestRegistersInOwnWords(t *testing.T) {
	for _, s := range []string{"ok那开始报吧hhh 王老师和刘老师让我帮忙填的", "啊？我是说要报名 帮老师填报名表", "哈哈 开始报名吧", "我的意思是报名", "嗯嗯 那开始报吧", "不是 我是说我要报名"} {
		if _, _, ok := (&turn{c: &Core{season: testSeason(t)}}).registersInOwnWords(s); !ok {
			t.Errorf("registersInOwnWords(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"报名表在哪下载", "啊？我是说报名表在哪下载", "哈哈 别的比赛在哪报名", "啊？报名截止是哪天", "我是说先不报", "开始时间是哪天", "hhh 好的", "我要报名"} {
		if _, _, ok := (&turn{c: &Core{season: testSeason(t)}}).registersInOwnWords(s); ok {
			t.Errorf("registersInOwnWords(%q) = true, want false", s)
		}
	}
}

func TestAsksMayEnterOwn(t *testing.T) {
	for _, s := range []string{"俺们学校弄了个片子 中不中报", "我们有个作品 能不能报", "我们学校拍了一部片子，可以报吗？", "俺学校做哩片子 能报不能"} {
		if !asksMayEnterOwn(s) {
			t.Errorf("asksMayEnterOwn(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"中不中报", "抖音上发过的片子中不中报", "我个人拍了个片子 中不中报", "别的比赛的片子中不中报", "动画片中不中报", "俺们学校弄了个片子 报名表在哪下载", "俺们学校弄了个片子 啥时候截止", "去年拍的片子能报吗"} {
		if asksMayEnterOwn(s) {
			t.Errorf("asksMayEnterOwn(%q) = true, want false", s)
		}
	}
}
