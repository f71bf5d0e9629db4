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
