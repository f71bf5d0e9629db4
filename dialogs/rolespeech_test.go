package dialogs

import "testing"

// TestRoleSpeech: a 主创 list said in one breath, in dialect and without
// punctuation, sets every role; a fragment is never a name.
func TestRoleSpeech(t *testing.T) {
	for in, want := range map[string]string{
		"那就是俺们李卫东书记 他策划哩 导演跟写稿子都是俺 拍哩是赵磊跟孙浩俩年轻老师 剪辑是赵磊一个人弄哩": "监制：李卫东；编导：我；撰稿：我；摄影：赵磊、孙浩；剪辑：赵磊",
		"编导和撰稿是王芳 摄像剪辑都是赵磊 监制就写校长刘国庆":                        "编导：王芳；撰稿：王芳；摄影：赵磊；剪辑：赵磊；监制：刘国庆",
		"拍的是张磊 剪的是赵鹏": "摄影：张磊；剪辑：赵鹏",
	} {
		if got, ok := creatorsSentence(in); !ok || got != want {
			t.Errorf("creatorsSentence(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"那就是俺们李卫东书记 导演是俺", // a name with no role said for it
		"他策划的 导演是俺",       // 他 with nobody named before
		"讲述了老支书带领村民修路的故事",
	} {
		if got, ok := creatorsSentence(in); ok {
			t.Errorf("creatorsSentence(%q) = %q; want not read", in, got)
		}
	}
	checkReaders(t, []readerCase{{
		name:   "a name said alone before its role",
		fn:     func(s string) bool { _, ok := bareNameClause(s); return ok },
		accept: []string{"那就是俺们李卫东书记", "就是我们王海峰科长", "俺们张红旗"},
		reject: []string{"李卫东", "那就是俺们书记", "就是说", "那是宣传部的同志", "就是赵磊跟孙浩"},
	}})
}
