package dialogs

import "testing"

func TestRelationRoleName(t *testing.T) {
	accept := map[string]string{
		"刘红霞 俺学校语文老师":  "刘红霞",
		"刘红霞，是我们学校的老师": "刘红霞",
		"俺侄子田磊拍哩":      "田磊",
		"我同事王芳剪的":      "王芳",
		"俺侄子 田磊拍哩":     "田磊",
		"张伟 我们单位同事":    "张伟",
	}
	reject := []string{"刘红霞", "刘红霞、田磊", "俺学校语文老师", "文老师", "不是田磊", "田磊拍的吗", "我们书记", "俺侄子", "刘红霞 田磊"}
	for in, want := range accept {
		if got, ok := relationRoleName(in); !ok || got != want {
			t.Errorf("relationRoleName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range reject {
		if got, ok := relationRoleName(in); ok {
			t.Errorf("relationRoleName(%q) = %q, want no reading", in, got)
		}
	}
}

func TestUniqueNames(t *testing.T) {
	for in, want := range map[string]string{"常秀芝、常秀芝": "常秀芝", "常秀芝、马丽娜": "常秀芝、马丽娜", "": "", "马丽娜、周航、马丽娜": "马丽娜、周航"} {
		if got := uniqueNames(in); got != want {
			t.Errorf("uniqueNames(%q) = %q, want %q", in, got, want)
		}
	}
}
