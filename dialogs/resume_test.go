package dialogs

import "testing"

func TestResumesInOwnWords(t *testing.T) {
	accept := []string{"我刚才填到哪了", "接着填", "上次那个接着弄", "继续", "我回来了", "我回来了 我刚才填到哪了",
		"我上午那个报名还没填完呢，接着填", "下课了 接着弄吧", "还差哪些", "忙完了😂 继续"}
	reject := []string{"接着填第二个作品", "继续报名需要什么材料", "我回来了 片名是《守望》", "还差什么材料要交",
		"讲述了老党员退休后继续为乡亲服务的故事", "截止时间到哪天"}
	for _, s := range accept {
		if !resumesInOwnWords(s) {
			t.Errorf("resumesInOwnWords(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if resumesInOwnWords(s) {
			t.Errorf("resumesInOwnWords(%q) = true, want false", s)
		}
	}
}

func TestGreetsOnly(t *testing.T) {
	accept := []string{"你好", "在吗", "老师好", "哈喽～在吗😂", "嗯 你好", "您好老师", "喂 有人吗", "下午好"}
	reject := []string{"你好 我想报名", "你好，截止时间是哪天", "老师好 我们是郑州大学的", "在吗 片名改一下", "好的"}
	for _, s := range accept {
		if !greetsOnly(s) {
			t.Errorf("greetsOnly(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if greetsOnly(s) {
			t.Errorf("greetsOnly(%q) = true, want false", s)
		}
	}
}

func TestAsksOnly(t *testing.T) {
	accept := []string{"我只想问问比赛的事", "先问问", "我就是想了解一下", "先咨询一下", "只是问问哈"}
	reject := []string{"我想问问截止时间", "问一下片名怎么写", "我要报名", "先问问领导再报"}
	for _, s := range accept {
		if !asksOnly(s) {
			t.Errorf("asksOnly(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if asksOnly(s) {
			t.Errorf("asksOnly(%q) = true, want false", s)
		}
	}
}
