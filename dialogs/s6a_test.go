package dialogs

import (
	"slices"
	"strings"
	"testing"
)

// TestItemsCounted: a Han count before a counter and 都/全 answers every
// item asked (round 12, rp54: "四条都符合 是" answered item 4 only); an
// ordinal (第四条), a digit, or a count below the items asked names items.
func TestItemsCounted(t *testing.T) {
	all := []int{1, 2, 3, 4}
	accept := map[string][]int{"四条都符合": all, "四个都对": all, "四项全是": all, "四点都满足": all, "五条都是": all,
		"第四条不是": {4}, "4个都是": {4}, "前三条都是": {1, 2, 3}}
	for s, want := range accept {
		items, _, ok := itemsSaid(s, 4)
		if !ok || !slices.Equal(items, want) {
			t.Errorf("itemsSaid(%q) = %v, %v; want %v", s, items, ok, want)
		}
	}
	for _, s := range []string{"四条", "四条都符合吗", "都是", "四个人拍的"} {
		if items, _, ok := itemsSaid(s, 4); ok {
			t.Errorf("itemsSaid(%q) = %v, want none", s, items)
		}
	}
}

// TestItemsNamedCount: the same count rule in the eligibility reader.
func TestItemsNamedCount(t *testing.T) {
	open := []slot{"unit_work", "made_in_period", "unpublished", "ai_used"}
	for _, s := range []string{"四条都符合", "四个都对", "四项全是"} {
		if items, agree, ok := itemsNamed(s, open); !ok || !agree || len(items) != 4 {
			t.Errorf("itemsNamed(%q) = %v, %v, %v; want all four", s, items, agree, ok)
		}
	}
	for s, n := range map[string]int{"第四条符合": 1, "第一二条都是": 2} {
		if items, _, ok := itemsNamed(s, open); !ok || len(items) != n {
			t.Errorf("itemsNamed(%q) = %v, %v; want %d items", s, items, ok, n)
		}
	}
}

// TestAsideMessage: remarks about the user's own next step, about length,
// or about a later matter are never a 简介/摘要 (round 12: rp54, rp55, rp56,
// rp57); texts, and a bare pause before a question, are not asides.
func TestAsideMessage(t *testing.T) {
	accept := map[string]string{ // message → kinds, and the field named
		"字数多了是吧。": "length",
		"哦哦，字数多了是吧。我先问个事，那个汇总表是不是得我们分管领导签字？":          "length",
		"摘要稍等我缩一下。另外文件名有规范吗？我现在是xiangsu_v3_final.mp4": "wait内容摘要",
		"好吧那我自己删一删，稍等":        "wait wait",
		"行，回头让他们重新导一版":        "later",
		"简介我重新发":              "wait内容简介",
		"简介重新发一下":             "wait内容简介",
		"我再发一遍简介":             "wait内容简介",
		"哎呀 这个不是 发错人了 简介我重新发": "wait内容简介",
		"摘要我改一下，你等我一下":        "wait内容摘要 wait",
		"太长了啊":                "length",
		"稍等":                  "wait",
		"你等我一下，我改改":           "wait wait",
	}
	for s, want := range accept {
		as, _, ok := asideMessage(s)
		var got []string
		for _, a := range as {
			got = append(got, a.kind+string(labelOrEmpty(a.field)))
		}
		if !ok || strings.Join(got, " ") != want {
			t.Errorf("asideMessage(%q) = %v, %v; want %q", s, got, ok, want)
		}
	}
	reject := []string{
		"本片记录机电系党员教师李卫东带学生党员服务队下乡义务维修农机的故事。",
		"讲述了学校党员教师带领学生志愿者守护黄河岸线、开展生态宣讲的故事。",
		"党员教师带领学生守护黄河岸线。",
		"老党员回头再看三十年的路",
		"改一下",
		"等一下 先问一下 这个视频交啥格式的 我们是用手机拍的 中不中",
		"我校党员教师扎根乡村二十年",
		"多了一份坚守",
		"回头让子豪重新导一下 简介在这：讲述了老党员的故事",
		"字数多少合适",
		"我们让群众看到了希望",
		"让学生知道什么是初心",
	}
	for _, s := range reject {
		if as, _, ok := asideMessage(s); ok {
			t.Errorf("asideMessage(%q) = %v, want no aside", s, as)
		}
	}
}

func labelOrEmpty(s slot) string {
	if s == "" {
		return ""
	}
	return s.label()
}

// TestRevises: a text sharing much of its wording with the stored 简介/摘要
// is a new version of it (round 12, rp55); a declaration, a question or
// another text is not.
func TestRevises(t *testing.T) {
	old := "影片讲述商丘职业技术学院后勤党支部老党员、水电维修工张守义扎根校园三十年的故事。从深夜抢修暖气管道到带徒传艺，他用一把扳手守护师生冷暖。"
	accept := []string{
		"本片记录后勤党支部老党员张守义扎根一线三十年，深夜抢修、带徒传艺的平凡故事，展现基层党员立足岗位、服务师生的“老黄牛”本色。",
		"老党员张守义扎根校园三十年，深夜抢修暖气管道、带徒传艺，守护师生冷暖。",
	}
	reject := []string{
		"是学校组织拍的，今年拍的，没发过，没用AI",
		"四条都符合",
		"讲述了驻村第一书记带领村民发展特色产业的故事。",
		"老党员的故事",
		"",
	}
	for _, s := range accept {
		if !revises(s, old) {
			t.Errorf("revises(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if revises(s, old) {
			t.Errorf("revises(%q) = true, want false", s)
		}
	}
}

// TestOpenList: a bubble at a person step ending in a list conjunction
// waits for the rest (round 12, rp56: "我和" then "李红梅"); the next bubble
// is joined when it is names.
func TestOpenList(t *testing.T) {
	for _, s := range []string{"我和", "李红梅、", "王一还有", "张磊跟", "我以及", "孙浩 和"} {
		if openListHead(s) == "" {
			t.Errorf("openListHead(%q) = \"\", want an open list", s)
		}
	}
	for _, s := range []string{"李红梅", "我", "和", "张磊和王五", "谁和谁？", "无", "王一，"} {
		if h := openListHead(s); h != "" {
			t.Errorf("openListHead(%q) = %q, want none", s, h)
		}
	}
	part := &partValue{Slot: slotWriter, Text: "我和"}
	accept := map[string]string{"李红梅": "撰稿：我和李红梅", "李红梅。": "撰稿：我和李红梅", "李红梅、陈雪": "撰稿：我和李红梅、陈雪"}
	for s, want := range accept {
		if got, ok := joinOpenList(part, s); !ok || got != want {
			t.Errorf("joinOpenList(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{"撰稿是啥意思？", "电话：13837165294", "讲述了老党员的故事，展现了初心"} {
		if got, ok := joinOpenList(part, s); ok {
			t.Errorf("joinOpenList(%q) = %q, want no join", s, got)
		}
	}
}

// TestRoleEditLead: the second of two changes in one message may open with a
// connective and point at the role with 那; a reason after the names is no
// name (round 12, rp54: "还有剪辑那加上李帅 他也剪了一部分").
func TestRoleEditLead(t *testing.T) {
	accept := map[string][2]string{
		"还有剪辑那加上李帅 他也剪了一部分": {"剪辑", "李帅"},
		"剪辑那加上李帅":           {"剪辑", "李帅"},
		"另外摄影那边再加一个王五":      {"摄影", "王五"},
		"撰稿加上陈雪，她也写了":       {"撰稿", "陈雪"},
		"编导再加上李娜、王芳":        {"编导", "李娜、王芳"},
	}
	for s, want := range accept {
		m := reRoleAdd.FindStringSubmatch(s)
		if m == nil {
			t.Errorf("reRoleAdd(%q): no match", s)
			continue
		}
		names := strings.TrimSpace(reNamesReason.ReplaceAllString(m[2], ""))
		if m[1] != want[0] || names != want[1] {
			t.Errorf("reRoleAdd(%q) = %q, %q; want %q, %q", s, m[1], names, want[0], want[1])
		}
	}
	for _, s := range []string{"还有简介要改", "剪辑那个不对", "还有剪辑", "时长改一下 最后剪完是2分52秒"} {
		if m := reRoleAdd.FindStringSubmatch(s); m != nil {
			t.Errorf("reRoleAdd(%q) = %q, want no match", s, m)
		}
	}
}
