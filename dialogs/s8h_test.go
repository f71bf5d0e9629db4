package dialogs

import (
	"testing"

	"contestbot"
)

// s8-h: dictation words at a value's edges (rp94 p94b).
func TestDictationOff(t *testing.T) {
	title := slot(contestbot.FieldTitle)
	camera := slotCamera
	unit := slot(contestbot.FieldUnit)
	syn := slot(contestbot.FieldSynopsis)
	cases := []struct {
		s        slot
		in, want string
	}{
		// taken off
		{title, "车间里的红色引擎 然后", "车间里的红色引擎"},
		{title, "车间里的红色引擎然后", "车间里的红色引擎"},
		{title, "车间里的红色引擎，然后那个", "车间里的红色引擎"},
		{title, "黄河岸边的守望 反正", "黄河岸边的守望"},
		{title, "黄河岸边的守望 对对", "黄河岸边的守望"},
		{camera, "刘一鸣 然后那个", "刘一鸣"},
		{camera, "刘一鸣然后那个", "刘一鸣"},
		{camera, "刘一鸣 嗯", "刘一鸣"},
		{unit, "漯河食品职业学院 就是说", "漯河食品职业学院"},
		{unit, "漯河食品职业学院然后", "漯河食品职业学院"},
		{syn, "影片讲述老支书的故事。 然后那个", "影片讲述老支书的故事。"},
		{syn, "影片讲述老支书的故事，然后", "影片讲述老支书的故事"},
		{syn, "那我回去让他们重新导 嗯 简介是这样 影片讲述食品检测中心党员教师二十年扎根一线的故事。", "影片讲述食品检测中心党员教师二十年扎根一线的故事。"},
		// kept: the words belong to the value
		{title, "心中的那个", "心中的那个"},
		{title, "然后的故事", "然后的故事"},
		{title, "就是这样", "就是这样"},
		{title, "那个年代", "那个年代"},
		{camera, "刘一鸣", "刘一鸣"},
		{syn, "影片讲述老支书然后带领村民致富的故事。", "影片讲述老支书然后带领村民致富的故事。"},
		{syn, "他说，初心就是这个。", "他说，初心就是这个。"},
		{syn, "老党员的坚守，就是。", "老党员的坚守，就是。"},
		{syn, "影片讲述的简介是这样的故事", "影片讲述的简介是这样的故事"},
	}
	for _, c := range cases {
		if got := unfill(c.in, c.s); got != c.want {
			t.Errorf("unfill(%q, %s) = %q, want %q", c.in, c.s, got, c.want)
		}
	}
}

// s8-h: a work's number before its title (rp95 p95a).
func TestWorkOrdinalOff(t *testing.T) {
	cases := map[string]string{
		"第二个：黄河滩上的支部":   "黄河滩上的支部",
		"第2部，宋都初心":      "宋都初心",
		"第二个作品：黄河滩上的支部": "黄河滩上的支部",
		// kept
		"第二个春天":   "第二个春天",
		"第一书记的一天": "第一书记的一天",
		"第二个：":    "第二个：",
	}
	for in, want := range cases {
		if got := workOrdinalOff(in); got != want {
			t.Errorf("workOrdinalOff(%q) = %q, want %q", in, got, want)
		}
	}
}

// s8-h: a category said with 也/还 ("也是实景") on a later work.
func TestCategoryAlsoSaid(t *testing.T) {
	season := testSeason(t)
	for _, in := range []string{"也是实景", "实景拍摄啊", "也是实景拍摄", "还是实景", "都是实景拍摄的", "同样是动画制作"} {
		if _, ok := categoryExact(season, in); !ok {
			t.Errorf("categoryExact(%q) read no category", in)
		}
	}
	for _, in := range []string{"也是", "还是那个", "也是我们学校", "也是实景里面拍了一些动画"} {
		if c, ok := categoryExact(season, in); ok {
			t.Errorf("categoryExact(%q) = %q, want none", in, c)
		}
	}
}

// s8-h: a field promised for later inside a dictated clause.
func TestSpokenPromise(t *testing.T) {
	yes := map[string]string{
		"哦摄影不是小刘 是刘一鸣 然后那个 简介我等下发你": "哦摄影不是小刘 是刘一鸣",
		"是刘一鸣 简介回头再给 时长两分":          "是刘一鸣 时长两分",
		"联系人黄志强 摘要待会儿发你":            "联系人黄志强",
	}
	for in, rest := range yes {
		f, got, ok := spokenPromise(in)
		if !ok || got != rest || !f.freeText() {
			t.Errorf("spokenPromise(%q) = %q, %q, %v; want a text and %q", in, f, got, ok, rest)
		}
	}
	for _, in := range []string{
		"简介我等下发你",                // the whole clause: promiseOf's to read
		"影片讲述 老支书 回头再看 当年的简介",    // a text, no promise
		"刘一鸣 然后那个",               // no field named
		"简介 讲述老党员等下一代成长 发挥余热的故事", // 等下一代 is no put-off
	} {
		if f, _, ok := spokenPromise(in); ok {
			t.Errorf("spokenPromise(%q) = %q, want none", in, f)
		}
	}
}

// s8-h: a sentence taken back in words.
func TestReadSentenceDrop(t *testing.T) {
	yes := map[string]sentenceDrop{
		"第一句不算":  {},
		"前面那句不要": {},
		"哎不对 简介前面那句话不算啊 那个是我跟同事说的 从影片讲述开始才是简介": {field: slot(contestbot.FieldSynopsis), start: "影片讲述"},
		"从影片讲述开始才是简介": {field: slot(contestbot.FieldSynopsis), start: "影片讲述"},
		"摘要最后一句去掉":    {field: slot(contestbot.FieldSummary), last: true},
		"最后那句话多余":     {last: true},
	}
	for in, want := range yes {
		if got, ok := readSentenceDrop(in); !ok || got != want {
			t.Errorf("readSentenceDrop(%q) = %+v, %v; want %+v", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"第一句要不要删掉？",
		"影片讲述老支书的故事，第一句话就打动人心。",
		"从2025年开始拍摄的",
		"前面那句写得挺好",
	} {
		if got, ok := readSentenceDrop(in); ok {
			t.Errorf("readSentenceDrop(%q) = %+v, want none", in, got)
		}
	}
}

// s8-h: a promise that names no field is one for the field asked.
func TestPromiseForPending(t *testing.T) {
	syn := slot(contestbot.FieldSynopsis)
	for _, in := range []string{"我等下发你", "嗯 回头再给你哈", "还没写好呢", "待会儿发您", "晚点给你吧"} {
		if got := promiseForPending(in, syn); got == in {
			t.Errorf("promiseForPending(%q) read no promise", in)
		}
	}
	for _, in := range []string{
		"等下发给你的是简介吗？", "回头再说", "等下", "讲述老党员回头再看家乡的故事",
		"我等下发你 影片讲述老支书的故事", "还没写好吗",
	} {
		if got := promiseForPending(in, syn); got != in {
			t.Errorf("promiseForPending(%q) = %q, want unchanged", in, got)
		}
	}
	if got := promiseForPending("我等下发你", slotCamera); got != "我等下发你" {
		t.Errorf("a promise at a role step is the role's to read, got %q", got)
	}
}
