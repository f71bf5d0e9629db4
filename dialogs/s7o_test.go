package dialogs

import "testing"

// TestS7OHowFill (round 23 rp88, round 18 rp87): questions how to fill or
// change a field are read as questions, with their field; values and other
// questions are not.
func TestS7OHowFill(t *testing.T) {
	accept := map[string]howFillAsk{
		"时长那栏写2分钟还是写120秒":   {field: "duration", kind: 'w'},
		"推荐单位写学校全称还是写学校党委":  {field: "unit", kind: 'w'},
		"推荐单位写学校全称还是党委名称":   {field: "unit", kind: 'w'},
		"联系人能填两个吗":          {field: "contact", kind: 'n'},
		"监制可以写两个人不":         {field: "creators.supervisor", kind: 'n'},
		"片名要改 咋改":           {field: "title", kind: 'c'},
		"电话怎么改？":            {field: "phone", kind: 'c'},
		"请问制作单位填学校还是填党委组织部": {field: "producer", kind: 'w'},
	}
	for s, want := range accept {
		got, ok := readHowFill(s)
		if !ok || got != want {
			t.Errorf("accept %q: got %+v %v, want %+v", s, got, ok, want)
		}
	}
	for _, s := range []string{
		"时长2分钟",
		"推荐单位郑州职业技术学院",
		"联系人冯佳",
		"片名改成《小红船》",
		"片名《改》",
		"推荐单位郑州职业技术学院 联系人能填两个吗",
		"时长2分30秒，电话怎么改",
		"联系人是谁",
		"时长是什么要求",
		"监制是啥意思",
		"片名：两个人的长征",
		"推荐单位和制作单位是一回事吗",
		"我们拍了两个片子，还是写一个表吗",
	} {
		if got, ok := readHowFill(s); ok {
			t.Errorf("reject %q: read as %+v", s, got)
		}
	}
}

// TestS7OQuotedAfterRemark (round 18, rp87 p87b): a field, a remark, then
// 是 and a quoted value stores the quoted value.
func TestS7OQuotedAfterRemark(t *testing.T) {
	accept := map[string]string{
		"等下，片名中间有个空格，是“小红船 大航程”": "片名：《小红船 大航程》",
		"片名少了个字，应该是《小红船大航程》":     "片名：《小红船大航程》",
		"联系人打错了，是“冯佳”":           "联系人：冯佳",
	}
	for s, want := range accept {
		if got := quotedAfterRemark(s); got != want {
			t.Errorf("accept %q: got %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{
		"片名是《小红船 大航程》",
		"片名中间有个空格",
		"我们拍的是“小红船”的故事",
		"内容简介里写的是“初心”两个字",
		"讲述老支书带领村民致富的故事，片名是“小红船”",
	} {
		if got := quotedAfterRemark(s); got != s {
			t.Errorf("reject %q: rewritten as %q", s, got)
		}
	}
}
