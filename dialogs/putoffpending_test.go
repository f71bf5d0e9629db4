package dialogs

import "testing"

// TestPutOffPendingWords: s10-l put-offs that name no field hold the
// question asked; near-misses carry something else.
func TestPutOffPendingWords(t *testing.T) {
	for _, in := range []string{"先往下填吧", "往下填", "咱先往下走", "先空着"} {
		if k := readHold(in); k != holdSkip {
			t.Errorf("readHold(%q) = %v, want holdSkip", in, k)
		}
	}
	for _, in := range []string{"再说一遍", "往下填的是郑州铁路职业技术学院", "先往下填吧 片名是钢轨上的先锋", "说回头", "往下说说你们的要求", "回头再说"} {
		if k := readHold(in); k == holdSkip {
			t.Errorf("readHold(%q) = holdSkip, want no skip", in)
		}
	}
	// "回头再说" alone leaves the form; beside values it puts off the question.
	for _, in := range []string{"回头再说", "这个以后再说吧", "后面再说"} {
		if !rePutOffLater.MatchString(in) {
			t.Errorf("rePutOffLater misses %q", in)
		}
	}
	for _, in := range []string{"回头再说片名", "再说一遍", "回头再说吧片名叫钢轨"} {
		if rePutOffLater.MatchString(in) {
			t.Errorf("rePutOffLater matches %q", in)
		}
	}
}
