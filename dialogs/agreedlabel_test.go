package dialogs

import "testing"

// s8-f: a label followed by assent only is agreement, not a value.
func TestAssentClausesOff(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"好的，按学校全称填写就可以，谢谢。联系人刘卫东", "好的，谢谢。联系人刘卫东"},
		{"推荐单位就这样就行，联系人刘卫东", "推荐单位就这样就行，联系人刘卫东"},
		// Rejected: real values, or nothing else left.
		{"推荐单位洛阳职业技术学院，联系人刘卫东", "推荐单位洛阳职业技术学院，联系人刘卫东"},
		{"按学校全称填写就可以", "按学校全称填写就可以"},
		{"片名可以吗", "片名可以吗"},
	} {
		if got := assentClausesOff(c.in); got != c.want {
			t.Errorf("assentClausesOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
