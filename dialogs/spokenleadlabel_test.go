package dialogs

import "testing"

// TestLeadingSpokenLabel (s11-d, rp137): a word that opens the message,
// sounds like a field's label (go-pinyin, every syllable) though it holds
// none of its characters, and is set off from a value of that field is the
// label. A real word that runs on into the text, a word before talk, and a
// word that sounds like no label stay as typed.
func TestLeadingSpokenLabel(t *testing.T) {
	text := "本片从我校2025年4月举办的专题党课录像中剪辑而成。"
	reject := []struct {
		in       string
		freeText bool
	}{
		{"间接反映了老党员的初心" + text, true}, // a real word running on into the text
		{"讲述 " + text, true},         // sounds like no label
		{"简洁 明快", true},              // too short to be a 简介
		{"检阶那开头俩字不要 那是俺说哩简介俩字 给它删了", false}, // talk about the field, no value
		{"检阶 能不能写长一点", false},               // a question follows
		{"本片 检阶 " + text, true},             // not at the start
		{"剪辑 " + text, true},                // jian ji is 剪辑's own sound, not 简介's
	}
	accept := []struct {
		in, want string
		freeText bool
	}{
		{"检阶 " + text, "简介 " + text, true},
		{"检阶：" + text, "简介：" + text, true},
		{"检阶，" + text, "简介，" + text, true},
		{"检阶是" + text, "简介是" + text, false},
		{"嗯 检阶 " + text, "嗯 简介 " + text, true},
		{"摘药 八十二岁老党员周德山走进课堂，讲述治沙造林的往事。", "摘要 八十二岁老党员周德山走进课堂，讲述治沙造林的往事。", true},
		// Set off alone before a text, a word of the label's sound is the
		// label even when it is a word of its own: no 简介 opens so.
		{"间接 " + text, "简介 " + text, true},
		{"建制 王建国", "监制 王建国", false},
		{"至做单位 河南省经济管理学校党委办公室", "制作单位 河南省经济管理学校党委办公室", false},
	}
	for _, c := range reject {
		if got := spokenLabels(c.in, c.freeText); got != c.in {
			t.Errorf("spokenLabels(%q, %v) = %q, want unchanged", c.in, c.freeText, got)
		}
	}
	for _, c := range accept {
		if got := spokenLabels(c.in, c.freeText); got != c.want {
			t.Errorf("spokenLabels(%q, %v) = %q, want %q", c.in, c.freeText, got, c.want)
		}
	}
}
