package dialogs

import "testing"

// TestWrittenValue: a label + a verb of writing + a value is the value
// (s10-c); a verb that complains is a correction still.
func TestWrittenValue(t *testing.T) {
	accept := []string{
		"填河南应用技术职业学院党委组织部",
		"写河南应用技术职业学院党委组织部",
		"也写河南应用技术职业学院",
		"填写郑州职业技术学院党委宣传部",
		"填：党委组织部",
	}
	reject := []string{
		"写错了，应该是河南应用技术职业学院",
		"填的不对",
		"写重了",
		"写反了",
		"填",
		"写，",
		"是河南应用技术职业学院", // reDirectValue's, not this one's
		"改成河南应用技术职业学院",
		"写成赵振华吧 不是赵振化",
		"写赵振华 不是赵振化",
		"填河南应用技术职业学院，改成党委宣传部",
	}
	for _, s := range accept {
		if !writtenValue(s) {
			t.Errorf("writtenValue(%q) = false; want true", s)
		}
	}
	for _, s := range reject {
		if writtenValue(s) {
			t.Errorf("writtenValue(%q) = true; want false", s)
		}
	}
}

// TestFixStrongIndex: a bare 用 marks a corrected value only where a word
// can start, never inside 应用, 使用, 作用.
func TestFixStrongIndex(t *testing.T) {
	accept := map[string]string{ // the marker found
		"用河南应用技术职业学院":          "用",
		"不对，用党委宣传部":            "用",
		"也用李明":                 "用",
		"还是用原来那个名字":            "还是用",
		"河南应用技术职业学院改成河南应用技术学院": "改成",
		"应该是河南应用技术职业学院":        "应该是",
	}
	reject := []string{
		"河南应用技术职业学院党委组织部",
		"使用AI生成的画面",
		"发挥战斗堡垒作用",
		"信用合作社",
	}
	for s, want := range accept {
		loc := fixStrongIndex(s)
		if loc == nil || s[loc[0]:loc[1]] != want {
			t.Errorf("fixStrongIndex(%q) = %v; want %q", s, loc, want)
		}
	}
	for _, s := range reject {
		if loc := fixStrongIndex(s); loc != nil {
			t.Errorf("fixStrongIndex(%q) = %q; want none", s, s[loc[0]:loc[1]])
		}
	}
}
