package dialogs

import "testing"

func TestLeaveWait(t *testing.T) {
	for _, m := range []string{"有学生找 等会", "下课再说", "等会儿", "等一会儿哈", "领导叫我 等会", "要上课了 下课再填", "开完会再弄", "来电话了 等会"} {
		if !leavesInOwnWords(m) {
			t.Errorf("leavesInOwnWords(%q) = false, want a stop", m)
		}
	}
	for _, m := range []string{"等会儿 片名改一下", "下课再说吗", "学生能参与制作吗", "等下 插一句", "有学生参与拍摄", "孙磊", "下课", "等会儿再发简介行吗"} {
		if leavesInOwnWords(m) {
			t.Errorf("leavesInOwnWords(%q) = true, want no stop", m)
		}
	}
}

func TestInterjection(t *testing.T) {
	for _, m := range []string{"等下 插一句", "插一句", "打断一下哈", "对了 多问一句"} {
		if !isChatter(m) {
			t.Errorf("isChatter(%q) = false, want chatter", m)
		}
	}
	for _, m := range []string{"插一句 监制是刘建华", "刘建华", "一句话", "插画"} {
		if isChatter(m) {
			t.Errorf("isChatter(%q) = true, want no chatter", m)
		}
	}
}
