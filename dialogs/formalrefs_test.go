package dialogs

import "testing"

func TestFormalPeople(t *testing.T) {
	accept := map[string]string{
		"我院党委副书记刘志刚同志和本人韩卫东":   "刘志刚、韩卫东",
		"为我院党委副书记刘志刚同志和本人韩卫东":  "刘志刚、韩卫东",
		"宣传部部长王建国和本人":          "王建国、韩卫东",
		"党委书记何建国同志及办公室主任李红梅同志": "何建国、李红梅",
		"刘志刚同志与韩卫东同志":          "刘志刚、韩卫东",
	}
	for in, want := range accept {
		if got, ok := formalPeople(in, "韩卫东"); !ok || got != want {
			t.Errorf("formalPeople(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	reject := []string{
		"刘志刚",          // one name: the usual reading
		"我院党委副书记刘志刚同志", // one person
		"我和郭雨桐",        // 我 resolved by selflist.go
		"宣传部和融媒体中心",    // no people
		"刘志刚同志和宣传部",    // a part is no person
		"由宣传部负责",       // no names
	}
	for _, in := range reject {
		if got, ok := formalPeople(in, "韩卫东"); ok {
			t.Errorf("formalPeople(%q) = %q; want no reading", in, got)
		}
	}
}

func TestFormalRoleWords(t *testing.T) {
	cases := map[string]string{
		"监制亦同为刘志刚、韩卫东；本片时长2分10秒": "监制刘志刚、韩卫东；本片时长2分10秒",
		"摄影也是李想":         "摄影李想",
		"编导周晓雯，无摄影，剪辑马骁": "编导周晓雯，摄影无，剪辑马骁",
		"无撰稿 无摄影":        "撰稿无 摄影无",
		"无摄影":            "摄影无",
		// reject: left as typed
		"无人机摄影由李想负责": "无人机摄影由李想负责",
		"监制刘志刚":      "监制刘志刚",
		"摄影无":        "摄影无",
	}
	for in, want := range cases {
		if got := formalRoleWords(in); got != want {
			t.Errorf("formalRoleWords(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestSaysLaterWork(t *testing.T) {
	accept := []string{"现报送第二部作品《AI画卷里的黄河党课》", "推荐单位、制作单位均与第一部相同", "第三个作品叫红船", "联系人跟上一个一样"}
	reject := []string{"时长改成2分10秒", "片名《一枚党徽的坚守》，时长2分45秒", "第一部作品的时长写错了", "跟第一个一样吗？"}
	for _, s := range accept {
		if !saysLaterWork(compact(s)) {
			t.Errorf("saysLaterWork(%q) = false", s)
		}
	}
	for _, s := range reject {
		if saysLaterWork(compact(s)) {
			t.Errorf("saysLaterWork(%q) = true", s)
		}
	}
}
