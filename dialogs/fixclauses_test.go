package dialogs

import (
	"reflect"
	"testing"
)

func TestFixGroups(t *testing.T) {
	accept := map[string][]string{
		"电话错了是15939312876，还有片长应该是2分50秒，3分20那个是没剪之前的": {"电话错了是15939312876", "还有片长应该是2分50秒，3分20那个是没剪之前的"},
		"单位写错了应该是郑州市第八中学，片名也改成一盏灯":                   {"单位写错了应该是郑州市第八中学", "片名也改成一盏灯"},
		"不好意思，电话错了是159，时长改成2分":                       {"不好意思", "电话错了是159", "时长改成2分"},
	}
	for in, want := range accept {
		got, ok := fixGroups(in)
		if !ok || !reflect.DeepEqual(got, want) {
			t.Errorf("fixGroups(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	// One field named: the one-correction reader's, not this one's.
	for _, in := range []string{"电话错了是15939312876", "时长应该是2分50秒，3分20那个是没剪之前的", "讲述了一名乡村教师坚守三十年的故事"} {
		if got, ok := fixGroups(in); ok {
			t.Errorf("fixGroups(%q) = %q; want no groups", in, got)
		}
	}
}
