package dialogs

import "testing"

func TestDropTextTalk(t *testing.T) {
	story := "动画短片以一封1948年的红色家书为线索，再现老党员舍小家为大家的故事。"
	cases := map[string]string{
		// accept: the talk line goes
		"杨老师发我的 直接复制过来啦👇\n" + story: story,
		"简介如下：\n" + story:           story,
		"这是老师给的\n" + story:          story,
		story + "\n就这些，你看看行不行":      story,
		"摘要老师也给了 " + story:          story,
		"下面是简介👇 " + story:           story,
		// reject: kept verbatim
		story:               story,
		"第二稿 定稿版\n" + story: "第二稿 定稿版\n" + story,
		"红船精神 代代相传，本片讲述三代党员守护红船的故事。": "红船精神 代代相传，本片讲述三代党员守护红船的故事。",
		"这是一部讲述老党员故事的短片\n" + story:   "这是一部讲述老党员故事的短片\n" + story,
		"老师发我的 好": "老师发我的 好",
	}
	for in, want := range cases {
		if got := dropTextTalk(in); got != want {
			t.Errorf("dropTextTalk(%q) = %q; want %q", in, got, want)
		}
	}
}

func TestRemovalOwnWords(t *testing.T) {
	cases := map[string]string{
		"摘要前面多了“X”这几个字 哈哈哈我的锅 去掉这几个字就行": "摘要前面多了“X”这几个字 这几个字去掉就行",
		"删掉它🙏":         "删掉它",
		"去掉这几个字":       "这几个字去掉",
		"简介前面那句 删掉这句吧": "简介前面那句 这句删掉吧",
		// reject: unchanged
		"把“X”删掉": "把“X”删掉",
		"去掉了三个镜头，剩下的都是实拍": "去掉了三个镜头，剩下的都是实拍",
	}
	for in, want := range cases {
		if got := removalOwnWords(in); got != want {
			t.Errorf("removalOwnWords(%q) = %q; want %q", in, got, want)
		}
	}
}
