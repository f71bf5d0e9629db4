package dialogs

import (
	"testing"

	"contestbot"
)

func TestSelfNameParticle(t *testing.T) {
	accept := []struct{ in, want string }{
		{"我吧秦玉兰", "秦玉兰"},
		{"就写我吧秦玉兰", "秦玉兰"},
		{"我嘛 秦玉兰", "秦玉兰"},
		{"我秦玉兰", "秦玉兰"},
	}
	for _, c := range accept {
		if got, ok := selfName(c.in, ""); !ok || got != c.want {
			t.Errorf("selfName(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
	reject := []string{"我吧", "我们书记吧", "吧台", "我吧就是"}
	for _, in := range reject {
		if got, _ := selfName(in, ""); got != in {
			t.Errorf("selfName(%q) = %q, want as typed", in, got)
		}
	}
}

// TestEnglishCategory (s11-i, rp145): the season's English words for a
// category are that category; English words for none are not.
func TestEnglishCategory(t *testing.T) {
	season := testSeason(t)
	for _, tc := range []struct{ in, want string }{
		{"real shot", "实景拍摄"},
		{"选real shot吧", "实景拍摄"},
		{"Live action", "实景拍摄"},
		{"animation", "动画制作"},
		{"AI generated", "AI生成"},
		{"clip", "视频切片"},
		// reject
		{"real", ""},
		{"shot", ""},
		{"subtitle", ""},
		{"english", ""},
	} {
		got, _ := categoryExact(season, tc.in)
		if got != tc.want {
			t.Errorf("categoryExact(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCharExplained(t *testing.T) {
	accept := []struct{ in, want string }{
		{"片名叫幼苗与党旗 就是那个小树苗的苗 幼儿的幼", "片名叫幼苗与党旗"},
		{"秦玉兰 秦始皇的秦 玉兰花的玉兰", "秦玉兰"},
		{"秦玉兰，秦始皇的秦，玉兰花的玉兰", "秦玉兰"},
		{"小李是李雪 木子李下雪的雪", "小李是李雪"},
		{"哎不对片名就是幼苗与党旗五个字后面那是我跟你解释是哪个字不是片名里的", "哎不对片名就是幼苗与党旗"},
		{"哎不对片名就是幼苗与党旗五个字", "哎不对片名就是幼苗与党旗"},
		{"联系人张晗 口字旁的晗", "联系人张晗"},
		{"编导李雪 下雪的雪 摄影张斌", "编导李雪 摄影张斌"},
		{"片名叫红色的记忆 记忆的记", "片名叫红色的记忆"},
	}
	for _, c := range accept {
		if got := charExplained(c.in, slot("")); got != c.want {
			t.Errorf("charExplained(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	reject := []string{
		"片名叫党的光辉 我们的片子",
		"监制王建国 编导李雪",
		"片名是春天的故事",
		"剪辑张斌 学校的老师",
		"片名叫红旗渠 三个字以内吗",
		"片名最多能写几个字",
		"秦玉兰 电话13903706218",
		"时长两分四十秒 就是两分四十",
	}
	for _, in := range reject {
		if got := charExplained(in, slot("")); got != in {
			t.Errorf("charExplained(%q) = %q, want as typed", in, got)
		}
	}
}

// TestEnglishEligibility (s11-i, rp144): an English yes opening an
// eligibility answer is 是 and "no AI" is 没用AI; elsewhere, in a question
// or inside a word, nothing is read.
func TestEnglishEligibility(t *testing.T) {
	at := slot(contestbot.FieldAIUsed)
	accept := []struct{ in, want string }{
		{"Yes都符合，7-8月拍的，没发过，no AI", "是都符合，7-8月拍的，没发过，没用AI"},
		{"OK 都符合", "是，都符合"},
		{"yes", "是"},
		{"都符合 without AI", "都符合 没用AI"},
	}
	for _, c := range accept {
		if got := englishEligibility(c.in, at); got != c.want {
			t.Errorf("englishEligibility(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	reject := []string{"yesterday拍的", "no AI吗？", "known AI", "用了AI配音 ok吗？", "okay了吗？", "7月拍的 nosai"}
	for _, in := range reject {
		if got := englishEligibility(in, at); got != in {
			t.Errorf("englishEligibility(%q) = %q, want as typed", in, got)
		}
	}
	if got := englishEligibility("Yes都符合", slot(contestbot.FieldTitle)); got != "Yes都符合" {
		t.Errorf("englishEligibility at the title step = %q, want as typed", got)
	}
}

// TestRoleAlso (s11-i, rp145): a bare name and "ROLE也是" at a role step
// names both roles; other roles' steps, labels and talk are left alone.
func TestRoleAlso(t *testing.T) {
	accept := []struct {
		in      string
		pending slot
		want    string
	}{
		{"李涛 剪辑也是", slotCamera, "摄影李涛，剪辑李涛"},
		{"李涛，剪辑也是他", slotCamera, "摄影李涛，剪辑李涛"},
		{"王建国 编导也一样", slotSupervisor, "监制王建国，编导王建国"},
	}
	for _, c := range accept {
		if got := roleAlsoSaid(c.in, c.pending); got != c.want {
			t.Errorf("roleAlsoSaid(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	reject := []struct {
		in      string
		pending slot
	}{
		{"李涛 剪辑也是", slot(contestbot.FieldTitle)},
		{"李涛 摄影也是", slotCamera},
		{"李涛 他也是", slotCamera},
		{"剪辑也是", slotCamera},
		{"李涛 剪辑也是吗", slotCamera},
		{"摄影李涛 剪辑也是", slotCamera},
	}
	for _, c := range reject {
		if got := roleAlsoSaid(c.in, c.pending); got != c.in {
			t.Errorf("roleAlsoSaid(%q) = %q, want as typed", c.in, got)
		}
	}
}
