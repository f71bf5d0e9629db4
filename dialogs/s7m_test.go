package dialogs

import "testing"

// TestChatLinesOff: a group chat's speaker and replies are taken off a free
// text; a story whose own words hold a colon, 说 or 讲 stays verbatim (s7-m).
func TestChatLinesOff(t *testing.T) {
	cases := []struct{ in, want string }{
		// accept: chat taken off
		{"李思远：影片讲述乡村老党员守护夜校灯火的故事。", "影片讲述乡村老党员守护夜校灯火的故事。"},
		{"王主任：作品讲述一盏灯的故事。\n【转发】李思远：这个好", "作品讲述一盏灯的故事。"},
		{"王主任：讲述周口一名乡村老党员几十年如一日守护村里夜校灯火的故事。", "讲述周口一名乡村老党员几十年如一日守护村里夜校灯火的故事。"},
		{"作品讲述一盏灯的故事。\n张老师：收到", "作品讲述一盏灯的故事。"},
		{"作品讲述一盏灯的故事。\n[转发]周婷：好的主任👌", "作品讲述一盏灯的故事。"},
		// reject: the story's own colon, 说, 讲 stay
		{"影片讲述：老党员张师傅手把手传技的故事。", "影片讲述：老党员张师傅手把手传技的故事。"},
		{"他说：入党那天的誓言我一直记着。影片由此展开。", "他说：入党那天的誓言我一直记着。影片由此展开。"},
		{"本片讲述三个片段：传技、调试、摘金。", "本片讲述三个片段：传技、调试、摘金。"},
		{"作品讲述一盏灯的故事。\n张师傅：我这辈子就守着这盏灯，守着村里的孩子们读书识字。", "作品讲述一盏灯的故事。\n张师傅：我这辈子就守着这盏灯，守着村里的孩子们读书识字。"},
		{"张师傅：我这辈子就守着这盏灯，影片讲述他守灯四十年的故事。", "张师傅：我这辈子就守着这盏灯，影片讲述他守灯四十年的故事。"},
		{"李书记：同学们，跟我来。影片从一堂党课讲起。", "李书记：同学们，跟我来。影片从一堂党课讲起。"},
		{"老支书说：灯不能灭。影片讲述他守灯四十年。", "老支书说：灯不能灭。影片讲述他守灯四十年。"},
	}
	for _, c := range cases {
		if got := chatLinesOff(c.in); got != c.want {
			t.Errorf("chatLinesOff(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSummaryTailPlea: an instruction that the 摘要 is this text, naming the
// agreement short and pleading not to write another, is taken off the 简介
// (s7-m, rp84 p84a); a story that ends on its own words about a 摘要 is not.
func TestSummaryTailPlea(t *testing.T) {
	story := "影片讲述智能制造系党员教师带领学生党员扎根实训车间、攻克数控加工技术难题的故事。"
	for _, tail := range []string{
		"版权协议上那个一百字的摘要就用这个，别再让我另写了",
		"版权协议上那个一百字的摘要就用这个",
		"协议书上的摘要也用这个就行，不用再写了",
		"100字的摘要用这段，别让我重新写了",
	} {
		if got, ok := sameSummaryTail(story + tail); !ok || got != story {
			t.Errorf("sameSummaryTail(…%q) = %q, %v; want the story", tail, got, ok)
		}
	}
	for _, in := range []string{
		story + "摘要就用这个，别再让我另写一份完整的报告材料了",
		story + "版权协议上那个一百字的摘要我明天再发",
		"影片讲述一名老师如何把一百字的摘要写成一本书的故事，别再让我另写了",
	} {
		if got, ok := sameSummaryTail(in); ok {
			t.Errorf("sameSummaryTail(%q) = %q; want none", in, got)
		}
	}
}

// TestRemovalNotWritten: "…不要写进去" asks to remove quoted words; a clause
// saying where the text starts is no value (s7-m, rp84 p84b).
func TestRemovalNotWritten(t *testing.T) {
	for _, in := range []string{
		"不好意思，前面的“王主任：简介用这个：”不要写进去，那是群里主任说的话，简介从“作品以动画形式”开始",
		"“【转发】李思远：这个好”别写进去",
		"前面的“王主任说”不要放进去",
	} {
		rm, ok := readRemoval(in)
		if !ok || rm.words == "" || rm.rest != "" {
			t.Errorf("readRemoval(%q) = %+v, %v; want the quoted words and no rest", in, rm, ok)
		}
	}
	for _, in := range []string{
		"影片讲述老党员把入党誓言不要写进去的故事，他说誓言要刻在心里。",
		"简介不要写进去",
	} {
		if rm, ok := readRemoval(in); ok {
			t.Errorf("readRemoval(%q) = %+v; want none", in, rm)
		}
	}
}

// TestOwnLabelTailOff: an instruction about the text at its end is talk; a
// story that speaks of a 简介 in its words stays (s7-m, rp86 p86a).
func TestOwnLabelTailOff(t *testing.T) {
	story := "影片记录了我院学生党员志愿服务队走进社区和乡村，展现新时代青年党员服务群众的青春担当"
	for _, tail := range []string{" 简介不要表情哈", "，简介别带表情", "。摘要不要超字数啊"} {
		want := story
		if tail[0] != ' ' && tail[:3] == "。" {
			want = story + "。"
		}
		if got := ownLabelTailOff(story + tail); got != want {
			t.Errorf("ownLabelTailOff(…%q) = %q, want %q", tail, got, want)
		}
	}
	for _, in := range []string{
		story + "。",
		"影片讲述一名教师教学生写简介的故事，简介不长却字字用心",
		"简介不要表情哈",
	} {
		if got := ownLabelTailOff(in); got != in {
			t.Errorf("ownLabelTailOff(%q) = %q, want it unchanged", in, got)
		}
	}
}
