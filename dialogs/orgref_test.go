package dialogs

import "testing"

func TestUnnamedOrg(t *testing.T) {
	for _, v := range []string{"那就我们学校", "两个学校", "中职学校", "不是这个学校", "我们学校", "本校", "这个学校", "高职院校", "学校", "俺们学院", "同事学校", "咱学校"} {
		if !unnamedOrg(v) {
			t.Errorf("unnamedOrg(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"周口市职业中等专业学校", "许昌市职业教育中心", "洛阳市第一职业高级中学", "我们学校党委组织部", "郑州大学", "许昌学院", "周口市职业中等专业学校与西华县职业中等专业学校", "河南工业职业技术学院", "商丘职业技术学院党委宣传部", "南阳师范学院"} {
		if unnamedOrg(v) {
			t.Errorf("unnamedOrg(%q) = true, want false", v)
		}
	}
}

func TestOnlyDenial(t *testing.T) {
	for _, v := range []string{"不是哈", "不对不对", "错了", "《不是哈》", "发错了", "不是这个"} {
		if !onlyDenial(v) {
			t.Errorf("onlyDenial(%q) = false, want true", v)
		}
	}
	for _, v := range []string{"不忘初心", "不是终点", "不负韶华", "没有终点的路", "错过的花开"} {
		if onlyDenial(v) {
			t.Errorf("onlyDenial(%q) = true, want false", v)
		}
	}
}
