package dialogs

import (
	"strings"
	"testing"
)

// TestTextFixReaders: a change of words in a stored 简介 or 摘要 said in a
// sentence is read as a request, and such a request is never a text.
func TestTextFixReaders(t *testing.T) {
	checkReaders(t, []readerCase{
		{
			name: "word fix request",
			fn:   func(s string) bool { return reWordFix.MatchString(strings.TrimSpace(s)) },
			accept: []string{"简介里那个2023年写错了 应该是2024年", "摘要第一句里的三十年改成二十年", "简介里“乡村”改成“农村”",
				"把简介里的乡村换成农村", "简介里2023年应该是2024年", "麻烦把摘要里的学生改成师生吧"},
			reject: []string{"讲述2023年一名乡村教师坚守三十年的故事", "简介改成讲述了红旗渠的故事", "片名改成《守望》",
				"简介写多少字", "同简介", "内容简介里有个错别字，应该是"},
		},
		{
			name: "a request about the stored text is no text",
			fn:   textEditTalk,
			accept: []string{"里那个2023年写错了 应该是2024年", "第一句里的三十年改成二十年", "里的乡村改成农村",
				"那个2023年写错了，应该是2024年", "最后一句不要了"},
			reject: []string{"中职学生导游带你走进开封红色印记，以手绘动画讲述红色基因在古都的传承。",
				"讲述2023年一名乡村教师坚守三十年的故事", "里弄深处的老党员，几十年如一日守护社区。",
				"第一书记带领村民修路的故事"},
		},
	})
}

// TestNoTextProblem: a question or an answer to the eligibility items is no
// 简介 or 摘要; a story with question words inside still is.
func TestNoTextProblem(t *testing.T) {
	checkReaders(t, []readerCase{{
		name: "not a text",
		fn:   func(s string) bool { return freeTextProblem(s) != "" },
		accept: []string{"等一下 先问一下 这个视频交啥格式的 我们是用手机拍的", "嗯 前三条都对 就是第四条不对 旁白是用AI配的音",
			"四条都符合", "里那个2023年写错了 应该是2024年", "1080P 码率8M 竖屏", "啊8M不行 绝了 回头让子豪重新导一下 简介在这：",
			"前面“欢迎观看”这几个字删掉"},
		reject: []string{"学校组织师生党员走进红旗渠纪念馆和青年洞 请当年参与修渠的老党员讲述自力更生艰苦创业的故事",
			"讲清楚为啥要传承红旗渠精神，让学生知道啥叫初心", "第一书记带领村民修路的故事",
			"用4K镜头记录了黄河岸边老党员三十年的坚守，展现初心。"},
	}})
}
