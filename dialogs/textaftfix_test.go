package dialogs

import "testing"

// TestSplitTextFix (s10-c): a 简介 or 摘要 followed by a correction of another
// named field is the text and the correction; a text that only mentions a
// field, or a correction with no text before it, is not cut.
func TestSplitTextFix(t *testing.T) {
	accept := []struct{ in, text, fix string }{
		{"展现党员教师的先锋模范作用，讲述攻坚克难的故事。时长不对，是3分12秒", "展现党员教师的先锋模范作用，讲述攻坚克难的故事。", "时长不对，是3分12秒"},
		{"展现党员教师的先锋模范作用，讲述攻坚克难的故事。 时长改成3分12", "展现党员教师的先锋模范作用，讲述攻坚克难的故事。", "时长改成3分12"},
		{"讲述党员教师攻坚克难的故事 时长改成3分12", "讲述党员教师攻坚克难的故事", "时长改成3分12"},
		{"讲述党员教师攻坚克难的故事。对了，电话不对，是13903719999", "讲述党员教师攻坚克难的故事。", "对了，电话不对，是13903719999"},
		{"讲述党员教师攻坚克难的故事。片名改成车间党旗红。时长应该是2分50秒", "讲述党员教师攻坚克难的故事。", "片名改成车间党旗红。时长应该是2分50秒"},
	}
	for _, c := range accept {
		text, fix, ok := splitTextFix(c.in)
		if !ok || text != c.text || fix != c.fix {
			t.Errorf("splitTextFix(%q) = %q, %q, %v; want %q, %q", c.in, text, fix, ok, c.text, c.fix)
		}
	}
	reject := []string{
		"本片时长虽短，却讲述了党员教师攻坚克难的故事。片名中的党旗红寓意党员本色不改。",
		"讲述党员教师攻坚克难的故事。",
		"时长不对，是3分12秒",
		"好的。时长不对，是3分12秒",
		"讲述党员教师攻坚克难的故事。时长多长合适？",
		"讲述一位老党员的故事。他说片名不对的地方要改成正确的。",
		"讲述党员教师攻坚克难的故事。简介改成这个",
	}
	for _, s := range reject {
		if text, fix, ok := splitTextFix(s); ok {
			t.Errorf("splitTextFix(%q) = %q, %q; want no cut", s, text, fix)
		}
	}
}
