package dialogs

import "testing"

// s8-f: a question about the own draft, or a wish to go on with it, in
// own words; anything with a value or a contest question is not one.
func TestAsksOwnRecord(t *testing.T) {
	accept := []string{
		"接着弄刚才那个 我前面都填了啥来着",
		"不是 我是说刚才报名填的那个 填到哪了",
		"我刚才填到哪了",
		"请问是没有记录上吗？",
		"我前面都填了些啥",
		"刚才那个报名 还差啥",
		"接着弄 填到哪了",
	}
	reject := []string{
		"截止到啥时候啊",
		"接着弄刚才那个 片名改成黄河岸边的守望",
		"推荐单位：许昌职业技术学院",
		"片头加了学校的logo水印 这个行不行啊",
		"讲述我们填写的是什么样的人生答卷",
		"作品一共要填哪些内容",
		"赵红梅 13903741526",
	}
	for _, s := range accept {
		if !asksOwnRecord(s) {
			t.Errorf("asksOwnRecord(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if asksOwnRecord(s) {
			t.Errorf("asksOwnRecord(%q) = true, want false", s)
		}
	}
}

// s8-f: "said before" words around a value go; a question whether it was
// recorded is dropped; other values are untouched.
func TestSaidBeforeValues(t *testing.T) {
	for _, c := range []struct {
		in, want string
		asked    bool
	}{
		{"推荐单位我前面已经说过是洛阳职业技术学院，请问是没有记录上吗？", "推荐单位是洛阳职业技术学院", true},
		{"您好，时长是2分45秒。另外想请教一下，推荐单位我前面已经说过是洛阳职业技术学院，请问是没有记录上吗？", "您好，时长是2分45秒。推荐单位是洛阳职业技术学院", true},
		{"我前面已经说过是洛阳职业技术学院", "洛阳职业技术学院", false},
		{"俺刚才说了是周口职业技术学院", "周口职业技术学院", false},
		// Rejected: no wrapper, or the words are the value itself.
		{"洛阳职业技术学院", "洛阳职业技术学院", false},
		{"讲述了一位老党员说过是一辈子的承诺", "讲述了一位老党员说过是一辈子的承诺", false},
		{"片名《我说了算》", "片名《我说了算》", false},
	} {
		got, asked := saidBeforeValues(c.in)
		if got != c.want || asked != c.asked {
			t.Errorf("saidBeforeValues(%q) = %q, %v; want %q, %v", c.in, got, asked, c.want, c.asked)
		}
	}
}
