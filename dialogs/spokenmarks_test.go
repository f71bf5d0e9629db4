package dialogs

import "testing"

func TestSpokenMarks(t *testing.T) {
	accept := map[string]string{
		"影片以老党员马保山的口述为线索逗号追寻煤矿工人的红色足迹逗号激励青年党员技能报国句号": "影片以老党员马保山的口述为线索，追寻煤矿工人的红色足迹，激励青年党员技能报国。",
		"摄影是李明阳顿号赵鹏": "摄影是李明阳、赵鹏",
		"推荐单位是平顶山工业职业技术学院逗号偏名是红色的印记": "推荐单位是平顶山工业职业技术学院，偏名是红色的印记",
		"时长是两分四十八秒句号那个制作单位你写重复了":     "时长是两分四十八秒。那个制作单位你写重复了",
		"超过三分钟的话还能报吗问号":              "超过三分钟的话还能报吗？",
		"片子是学生自己拍摄的句号":               "片子是学生自己拍摄的。",
		"大家踊跃参加逗号共同学习":               "大家踊跃参加，共同学习",
		"主题冒号青春向党":                   "主题：青春向党",
	}
	for in, want := range accept {
		if got := spokenMarks(in); got != want {
			t.Errorf("spokenMarks(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"简介和摘要里面怎么有逗号句号这几个字是我语音说的标点你给换成标点符号",
		"把逗号句号改成标点",
		"几个人用顿号隔开",
		"为这段历史画上句号",
		"请问号码是多少",
		"响应这句号召",
		"逗号要不要加",
		"简介里的逗号是我说的",
		"名字中间加个顿号",
		"逗号",
		"停顿号",
		"摘要只要冒号后面那句",
		"逗号前面那半句不要",
	}
	for _, in := range reject {
		if got := spokenMarks(in); got != in {
			t.Errorf("spokenMarks(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestRestatedOrg: "A就是B" naming one organisation twice keeps B; a name
// that only holds such words is kept whole.
func TestRestatedOrg(t *testing.T) {
	accept := map[string]string{
		"我们学院党委宣传部就是平顶山工业职业技术学院党委宣传部": "平顶山工业职业技术学院党委宣传部",
		"宣传部，全称是平顶山工业职业技术学院党委宣传部":     "平顶山工业职业技术学院党委宣传部",
		"组织部也就是南阳市第二中等职业学校党委组织部":      "南阳市第二中等职业学校党委组织部",
	}
	for in, want := range accept {
		if got := restatedOrg(in); got != want {
			t.Errorf("restatedOrg(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"平顶山工业职业技术学院党委宣传部", "就是平顶山工业职业技术学院", "我们就是平顶山工业职业技术学院",
		"青岛市即墨区第一中学", "宣传部就是拍片子的"} {
		if got := restatedOrg(in); got != in {
			t.Errorf("restatedOrg(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestMarksFix: "把逗号句号改成标点" rewrites the stored texts, also names a
// message read as typed would keep; other requests and questions are none.
func TestMarksFix(t *testing.T) {
	tr, e := fixTurn(t)
	e.Synopsis = "影片讲述的是逗号老党员马保山的故事句号"
	e.Summary = "老党员马保山和逗号学生们句号"
	reask := func(h string) string { return h }
	out, ok := tr.marksFix(e, "简介和摘要里面怎么有逗号句号这几个字是我语音说的标点你给换成标点符号", "", reask)
	if !ok || e.Synopsis != "影片讲述的是，老党员马保山的故事。" || e.Summary != "老党员马保山和，学生们。" {
		t.Errorf("marksFix: %v %q; stored %q / %q", ok, out, e.Synopsis, e.Summary)
	}
	checkReaders(t, []readerCase{{
		name:   "asksMarksFix",
		fn:     asksMarksFix,
		accept: []string{"把逗号句号改成标点", "简介里的逗号给换成标点符号", "逗号是我语音说的 帮我改一下"},
		reject: []string{"逗号算不算字数", "名字之间用顿号还是逗号", "标点符号算字数吗", "把片名改成《守望》"},
	}})
}
