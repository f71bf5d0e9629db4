package dialogs

import "testing"

func TestS7kProbe(t *testing.T) {
	for _, m := range []string{"导演写稿子都是俺 拍的跟剪的是刘晓东 俺们学校计算机老师", "拍的跟剪的是刘晓东", "拍的跟剪的是刘晓东 俺们学校计算机老师"} {
		out, self, ok := readRoleProse(m, "谷建民")
		t.Logf("%q -> %q %q %v", m, out, self, ok)
	}
}
