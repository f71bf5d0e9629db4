package dialogs

import (
	"slices"
	"testing"
)

// TestWrittenWorkClauses: a clause saying who wrote the film's texts names
// the 撰稿; the texts are never names (s11-b, rp134).
func TestWrittenWorkClauses(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"歌词和旁白文案是我写的", "撰稿是我"},
		{"编导是毛丽娟，歌词和旁白文案是我写的，我叫陶雨萱", "编导是毛丽娟，撰稿是我，我叫陶雨萱"},
		{"稿子和解说词都是王佳琪写的", "撰稿是王佳琪"},
		{"解说词由我和王佳琪一起撰写", "撰稿是我和王佳琪"},
		{"旁白是刘洋写的。", "撰稿是刘洋。"},
	} {
		if got := writtenWorkClauses(c.in); got != c.want {
			t.Errorf("writtenWorkClauses(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, in := range []string{
		"歌词写得很好", "旁白是我配的", "讲述了他写歌词的故事", "文案写的是乡村振兴", "歌词是什么写的", "监制王建国，编导毛丽娟",
	} {
		if got := writtenWorkClauses(in); got != in {
			t.Errorf("writtenWorkClauses(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestRemovalTailOff: a removal after a role's names takes out what it
// names; a name list without one is left alone.
func TestRemovalTailOff(t *testing.T) {
	for _, c := range []struct {
		in, names string
		gone      []string
	}{
		{"毛丽娟，去掉“歌词、旁白”", "毛丽娟", []string{"歌词", "旁白"}},
		{"毛丽娟，去掉歌词、旁白", "毛丽娟", []string{"歌词", "旁白"}},
		{"韩磊 把王涛去掉", "韩磊", []string{"王涛"}},
	} {
		names, gone, ok := removalTailOff(c.in)
		if !ok || names != c.names || !slices.Equal(gone, c.gone) {
			t.Errorf("removalTailOff(%q) = %q, %q, %v; want %q, %q", c.in, names, gone, ok, c.names, c.gone)
		}
	}
	for _, in := range []string{"毛丽娟", "毛丽娟、李四", "去掉歌词", "王涛 他就扛了下设备"} {
		if _, _, ok := removalTailOff(in); ok {
			t.Errorf("removalTailOff(%q) ok, want no removal", in)
		}
	}
}

// TestRoleDropSpoken: "<role>把X去掉" with a remark and "只留Y" is a role
// edit at any step; a 简介 that mentions a role is not.
func TestRoleDropSpoken(t *testing.T) {
	for _, in := range []string{"摄影把王涛去掉吧 他就帮着扛了下设备 只留韩磊", "摄影把王涛去掉吧", "剪辑里把王涛删了，只留韩磊", "摄影把王涛去掉 只保留韩磊"} {
		if reRoleDropSpoken.FindStringSubmatch(in) == nil {
			t.Errorf("reRoleDropSpoken misses %q", in)
		}
	}
	for _, in := range []string{"摄影王涛", "摄影是王涛和韩磊", "讲述摄影师把镜头对准乡村的故事", "把王涛去掉", "摄影把镜头对准了黄河滩上的突击队员们，记录他们的一天"} {
		if reRoleDropSpoken.FindStringSubmatch(in) != nil {
			t.Errorf("reRoleDropSpoken reads %q as a role edit", in)
		}
	}
}

// TestTitleNameThenFullName: a surname with a title followed by a full name
// of that surname is the full name (s11-b, rp134); another surname, or a
// title alone, is left as typed.
func TestTitleNameThenFullName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"毛老师，毛丽娟", "毛丽娟"},
		{"毛老师 毛丽娟", "毛丽娟"},
		{"王主任，王建国", "王建国"},
		{"小李。。。李想", "李想"},
	} {
		if got := nicknameOff(c.in); got != c.want {
			t.Errorf("nicknameOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, in := range []string{"毛老师", "王老师，李娜", "毛老师，毛", "说老师，说的是"} {
		if got := nicknameOff(in); got != in {
			t.Errorf("nicknameOff(%q) = %q, want it unchanged", in, got)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"联系人写毛老师，毛丽娟，电话13838271506", "联系人写毛丽娟，电话13838271506"},
		{"编导是毛老师 毛丽娟，摄影赵一鸣", "编导是毛丽娟，摄影赵一鸣"},
		{"联系人王老师，李娜是编导", "联系人王老师，李娜是编导"},
		{"联系人毛老师，毛丽娟老师是编导", "联系人毛老师，毛丽娟老师是编导"},
	} {
		if got := nicknamesOff(c.in); got != c.want {
			t.Errorf("nicknamesOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestContactTitleNameOff: only after the contact's label inside a message.
func TestContactTitleNameOff(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"联系人写毛老师，毛丽娟，电话13838271506", "联系人写毛丽娟，电话13838271506"},
		{"联系人：王主任 王建国", "联系人：王建国"},
		{"我们王科长，王海峰", "我们王科长，王海峰"},
		{"联系人王老师，李娜是编导", "联系人王老师，李娜是编导"},
		{"联系人毛老师，毛丽娟老师是编导", "联系人毛老师，毛丽娟老师是编导"},
	} {
		if got := contactTitleNameOff(c.in); got != c.want {
			t.Errorf("contactTitleNameOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
