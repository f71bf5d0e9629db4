package dialogs

import "testing"

// s7-k: a field asked and answered in one message is its value.
func TestSelfAnswered(t *testing.T) {
	accept := map[string]string{
		"片子叫啥 叫黄河岸边的老党员":    "片子叫：黄河岸边的老党员",
		"学校名是啥？是三门峡市中等专业学校": "学校名：三门峡市中等专业学校",
		"监制是谁，是王振华":         "监制：王振华",
		"片名叫什么 就叫《一盏马灯》":    "片名：《一盏马灯》",
	}
	for in, want := range accept {
		if got := selfAnswered(in); got != want {
			t.Errorf("selfAnswered(%q) = %q, want %q", in, got, want)
		}
	}
	reject := []string{
		"片子叫啥都行吗",
		"制作单位是啥意思",
		"监制是啥？是领导吗",
		"你叫啥 我叫王红",      // no field's words before the question
		"这是啥 是不是要填学校全称", // a question after
		"黄河岸边的老党员",
	}
	for _, in := range reject {
		if got := selfAnswered(in); got != in {
			t.Errorf("selfAnswered(%q) = %q, want it unchanged", in, got)
		}
	}
}

// s7-k: the people's own words for roles and units.
func TestOwnRoleWords(t *testing.T) {
	accept := map[string]string{
		"拍的跟剪的是刘晓东": "摄影：刘晓东；剪辑：刘晓东",
		"拍的和剪的都是陈磊": "摄影：陈磊；剪辑：陈磊",
		"写的跟导的是王芳":  "撰稿：王芳；编导：王芳",
	}
	for in, want := range accept {
		if got, _, ok := readRoleProse(in, ""); !ok || got != want {
			t.Errorf("readRoleProse(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"实打实拍的 跟剪的一样", "拍的跟剪的都挺好", "就拍的跟剪的"} {
		if got, _, ok := readRoleProse(in, ""); ok {
			t.Errorf("readRoleProse(%q) = %q, want not read", in, got)
		}
	}
	units := map[string]string{
		"学校名是三门峡市中等专业学校":   "三门峡市中等专业学校",
		"拍片子的就是三门峡市中等专业学校": "三门峡市中等专业学校",
		"做视频的单位是焦作工贸职业学院":  "焦作工贸职业学院",
		"三门峡市中等专业学校":       "三门峡市中等专业学校",
		"拍片子的":             "拍片子的", // only the lead-in: left as typed
	}
	for in, want := range units {
		if got := unitUnwrapped(in, ""); got != want {
			t.Errorf("unitUnwrapped(%q) = %q, want %q", in, got, want)
		}
	}
}
