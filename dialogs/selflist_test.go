package dialogs

import "testing"

// TestSelfInList (s5-f4): 我/本人/俺 as a member of a role list is the
// typist; a self word that is not a list member is left to selfName.
func TestSelfInList(t *testing.T) {
	accept := map[string]string{
		"我和郭雨桐":      "闵可欣和郭雨桐",
		"本人及胡静二人":    "闵可欣和胡静二人",
		"是我跟刘畅":      "是闵可欣和刘畅",
		"郭雨桐和我":      "郭雨桐、闵可欣",
		"胡静及本人二人":    "胡静、闵可欣二人",
		"就我和郭雨桐两个人":  "闵可欣和郭雨桐两个人",
		"我本人以及胡静":    "闵可欣和胡静",
		"撰稿为本人及胡静同志": "撰稿为闵可欣和胡静同志",
	}
	for in, want := range accept {
		if got, self := selfInList(in, "闵可欣"); got != want || self {
			t.Errorf("selfInList(%q) = %q, %v; want %q", in, got, self, want)
		}
	}
	reject := []string{"我", "本人", "都是我 陈雨萱", "俺、张卫红", "我们书记和刘畅", "由本人担任", "王和平", "刘和我们科长", "张我和"}
	for _, in := range reject {
		if got, self := selfInList(in, "闵可欣"); got != in || self {
			t.Errorf("selfInList(%q) = %q, %v; want unchanged", in, got, self)
		}
	}
	// Before the name is known the self word is taken out and asked for.
	unknown := map[string]string{"本人及胡静二人": "胡静二人", "郭雨桐和我": "郭雨桐"}
	for in, want := range unknown {
		if got, self := selfInList(in, ""); got != want || !self {
			t.Errorf("selfInList(%q, \"\") = %q, %v; want %q, true", in, got, self, want)
		}
	}
}

// TestRoleInitials (s5-f4): pinyin initials of a role word are its label,
// only as a whole Latin word.
func TestRoleInitials(t *testing.T) {
	want := map[string]slot{"dy": slotDirector, "bd": slotDirector, "jz": slotSupervisor, "zg": slotWriter, "sy": slotCamera, "jj": slotEditor}
	for w, s := range want {
		found := false
		for _, x := range roleInitialLabels[s] {
			found = found || x == w
		}
		if !found {
			t.Errorf("roleInitialLabels[%s] = %v; want %q in it", s, roleInitialLabels[s], w)
		}
	}
	accept := []struct {
		s string
		i int
	}{{"dy是我", 0}, {"撰稿 dy 张三", 7}, {"jj：张磊", 0}}
	for _, c := range accept {
		if !latinWordAt(c.s, c.i, c.s[c.i:c.i+2]) {
			t.Errorf("latinWordAt(%q, %d) = false", c.s, c.i)
		}
	}
	reject := []struct {
		s, w string
		i    int
	}{{"study", "dy", 3}, {"easy", "sy", 2}, {"subtitle", "title", 3}, {"jj2", "jj", 0}}
	for _, c := range reject {
		if latinWordAt(c.s, c.i, c.w) {
			t.Errorf("latinWordAt(%q, %d, %q) = true", c.s, c.i, c.w)
		}
	}
	if f := firstNamedField("it's easy"); f != "" {
		t.Errorf("firstNamedField(easy) = %q; want none", f)
	}
}

// TestFormalIntro (s5-f4): the typist's name after their post in 公文 words.
func TestFormalIntro(t *testing.T) {
	accept := map[string]string{
		"您好。本人系信阳市茶都职业中等专业学校党委副书记阎丽华，现就…咨询如下": "阎丽华",
		"我是郑州大学党委组织部干事王磊，想问一下":                "王磊",
		"本人系学院团委书记李娜同志。":                      "李娜",
	}
	for s, want := range accept {
		if m := reFormalIntro.FindStringSubmatch(s); m == nil || m[1] != want {
			t.Errorf("reFormalIntro(%q) = %v; want %q", s, m, want)
		}
	}
	reject := []string{"本人系信阳市茶都职业中等专业学校党委副书记，现就…咨询如下", "我是学校的老师", "我是帮我们书记问的", "本人系该作品编导"}
	for _, s := range reject {
		tt := &turn{st: &state{}}
		tt.noteTypist(s)
		if tt.st.Self != "" {
			t.Errorf("noteTypist(%q) = %q; want none", s, tt.st.Self)
		}
	}
}
