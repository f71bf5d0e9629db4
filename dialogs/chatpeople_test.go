package dialogs

import (
	"testing"

	"contestbot"
)

func TestChatterPeople(t *testing.T) {
	e := &contestbot.Entry{Contact: "申国强"}
	e.Creators.Camera = "孙磊"
	rewritten := map[string]string{
		"也是俺写哩":        "也是俺写的",
		"剪也是他嘞":        "剪也是他",
		"孙磊 小孙拍哩 剪也是他": "孙磊 摄影是孙磊 剪也是他",
		"李红 老李导的 稿也是她": "李红 编导是李红 稿也是她",
		"张伟 小孙剪的":      "张伟 剪辑是孙磊", // 小孙 from the draft
		"导演跟稿子都是刘晓燕老师": "导演跟撰稿都是刘晓燕老师",
		"稿子和导演都是她":     "撰稿和导演都是她",
		"剪辑是我姚佳琪还有孙浩然": "剪辑是我姚佳琪、孙浩然",
		"摄影王强还有李明":     "摄影王强、李明",
	}
	for in, want := range rewritten {
		if got := chatterPeople(e, in); got != want {
			t.Errorf("chatterPeople(%q) = %q, want %q", in, got, want)
		}
	}
	kept := []string{
		"也是俺写的",
		"孙磊",
		"片子拍的 剪也是他",  // no person before 拍
		"张伟 小王拍的",    // no 王 in the message or the draft
		"孙磊 孙浩 小孙拍的", // two 孙: unknown
		"还有孙浩然",      // 还有 adding a person stays for the readers
		"摄影还有一个人",
		"是哩",
		"稿子写好了",
		"稿子也是他写的",
		"导演跟写稿子都是俺",
	}
	for _, in := range kept {
		if got := chatterPeople(e, in); got != in {
			t.Errorf("chatterPeople(%q) = %q, want it unchanged", in, got)
		}
	}
}
