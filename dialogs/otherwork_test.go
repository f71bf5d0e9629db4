package dialogs

import "testing"

// TestOtherWorkRef: a reference to another work opens a change, also after
// a little talk; a value or a label before it is no such reference.
func TestOtherWorkRef(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "reference to a work",
		fn:   func(s string) bool { return otherWorkRef(s) != nil },
		accept: []string{"第一个片子时长改成3分40秒", "把《青春的答卷》的编导改成李明", "上一个的电话写错了，应该是13912345678",
			"前面那个的撰稿改成王芳", "哎等下 刚才第一个片名我写错了 是沙澧河畔红色印记",
			"不是这个！是序号1那个《沙澧河畔的红色记忆》，片名改成《沙澧河畔红色印记》", "对了 第一个片子名字写错了，应该是《星火在校园》",
			"不好意思，第2个作品的联系人改成李娜"},
		reject: []string{"片名改成《沙澧河畔红色印记》", "电话写错了 应该是13700001111", "片名叫第一个春天",
			"讲述了第一个村党支部的故事", "13812345678 第一个", "我们学校报两个作品"},
	}})
}
