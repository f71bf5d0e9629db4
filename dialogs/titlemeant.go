package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file keeps a title to what the user meant (issue #10, d1). Talk said
// after a title, even inside its 《》, is not part of it when it says who made
// the work ("红色青春 团委做的", "老支书的红色账本 是俺们支部自己拍的") or
// talks about what was said ("… 后头那是俺说的话"). A title restated in
// words ("名字改成红色青春吧", "片名就叫红色青春") replaces the title.

var (
	// reMakerRemark is a clause saying who made the work: "团委做的",
	// "是俺们支部自己拍的", "俺们自己拍哩", "我们学校拍的".
	reMakerRemark = regexp.MustCompile(`^(?:这|那|这个|那个|片子|作品)?(?:是|都是|就是|全是)?[^\s，,。]{0,10}?(?:自己|亲自|一起|一块儿?)?(?:拍|做|制作|弄|剪|录|摄制|拍摄|出品|搞|剪辑)(?:的|哩|滴|嘞|了|出来的|出来哩)(?:片子|作品|视频|片儿)?[。！!~～]*$`)
	// reSpeechRemark is talk about the words just said, not a title:
	// "后头那是俺说的话", "后面是我说的", "这几个字不是片名".
	reSpeechRemark = regexp.MustCompile(`(?:(?:俺|我|咱)(?:们)?(?:说|讲|打|写)(?:的|哩|滴|嘞)(?:话)?|不是片名|不算片名|不是名字|后头那|后面那|后边那)`)
	// reTitleSpace separates a title from what may be a remark after it.
	reTitleSpace = regexp.MustCompile(`[\s，,]+`)
)

// titleRemarkOff splits a title value (the words inside its 《》, or an
// unquoted answer at the 片名 step) into the title and a spoken remark
// after it. remark is "" when the whole value is the title: a space
// inside a title ("青春 我们来了", "初心 使命") is kept unless what follows
// it says who made the work or talks about the words.
func titleRemarkOff(v string) (title, remark string) {
	v = strings.TrimSpace(reLaughTail.ReplaceAllString(strings.TrimSpace(v), "")) // s5-f3: "…哈哈哈"
	if loc := reTitleCount.FindStringIndex(v); loc != nil && contestbot.RuneLen(strings.TrimSpace(v[:loc[0]])) >= 2 {
		// s5-f3 (rp44): "片名就粉条直播间四个字": the count is no part of
		// it, nor the 就 that opened the restatement.
		return strings.TrimPrefix(strings.TrimSpace(v[:loc[0]]), "就"), ""
	}
	loc := reTitleSpace.FindStringIndex(v)
	if loc == nil || loc[0] == 0 {
		return v, ""
	}
	head, tail := strings.TrimSpace(v[:loc[0]]), strings.TrimSpace(v[loc[1]:])
	if contestbot.RuneLen(head) < 2 || tail == "" {
		return v, ""
	}
	// "青春 我们来了 团委做的": the remark may follow a title with a space.
	if h, r := titleRemarkOff(tail); r != "" && h != tail && !reSpeechRemark.MatchString(compact(h)) {
		return head + v[loc[0]:loc[1]] + h, r
	}
	t := compact(tail)
	if reMakerRemark.MatchString(t) || reSpeechRemark.MatchString(t) {
		return head, tail
	}
	return v, ""
}

// reLaughTail is laughter typed after a value: "哈哈哈", "呵呵", "hhh".
var reLaughTail = regexp.MustCompile(`(?i)[\s，,。~～!！]*(?:(?:哈|呵|嘿|嘻){2,}|h{3,})[。!！~～]*$`)

// reOptionRef points at one of several options instead of naming it:
// "老师说用第一个哈哈哈", "就用后面那个", "选第二个吧" (s5-f3, rp47).
var reOptionRef = regexp.MustCompile(`^(?:\p{Han}{1,4}(?:说|讲|觉得|定了))?(?:就|还是|那就)?(?:用|选|要|定|取|叫)?(?:第[一二三四五六七八九十\d]个|第[一二三四五六七八九十\d]|前一个|后一个|前面那个|后面那个|上面那个|下面那个|头一个|最后一个)(?:名字|片名)?(?:吧|哈|啊|呀|的|好)?$`)

// optionRef reports whether a title answer points at an option by its
// place; the options are not known here, so it is never a title.
func optionRef(v string) bool {
	return reOptionRef.MatchString(compact(reLaughTail.ReplaceAllString(strings.TrimSpace(v), "")))
}

// reTitleCount counts a title's characters after it: "…四个字", "…这5个字".
var reTitleCount = regexp.MustCompile(`\s*(?:这|那|就|一共|总共|共)?[一二两三四五六七八九十\d]{1,3}个字(?:的|吧|啊|哈|呀)?[。!！~～]*$`)

// reTitleRestate is a title restated in words as the whole message:
// "名字改成红色青春吧", "片名就叫红色青春", "那片名换成初心如磐".
var reTitleRestate = regexp.MustCompile(`^(?:那|那就|那个|哦|嗯|对了)?[，,\s]*(?:片子的?|作品的?|视频的?)?(?:名字|片名|题目|标题|名称)(?:就|还是|再)?(?:改成|改为|换成|换为|改叫|就叫|叫做|叫|定成|定为)[:：\s]*([^《》“”"，,。！!？?\s]{2,30}?)(?:吧|哈|啊|呀|了|嘛)?[。！!~～]*$`)

// restateTitle rewrites a title restated in words as a labelled title
// ("名字改成红色青春吧" → "片名改成《红色青春》"), so the form reads it as
// the title and not as the answer to the pending question.
func restateTitle(s string) string {
	c := strings.TrimSpace(s)
	m := reTitleRestate.FindStringSubmatch(c)
	if m == nil || isQuestion(c) || containsAny(m[1], "啥", "什么", "哪个", "怎么", "咋") {
		return s
	}
	return "片名改成《" + m[1] + "》"
}

// reBareMaker is a clause that names only a body of the unit as the maker:
// "团委做的", "是组织部拍的", "党办弄的".
var reBareMaker = regexp.MustCompile(`^(?:(?:我们|俺们|咱们)?(?:是|都是|由))?(?:我们|俺们|咱们|我|俺|咱)?(?:学校|学院|单位)?(?:团委|党委|组织部|宣传部|党办|校办|办公室|党委办公室|党委组织部|党委宣传部|学生会|团支部|党支部|支部|工会)(?:自己|一起|牵头|负责|组织)?(?:做的|拍的|制作的|摄制的|拍摄的|弄的|出品的|剪的)[。！!]*$`)

// reClauseMark separates clauses by punctuation (not by spaces, which may
// stand inside a title and its remark).
var reClauseMark = regexp.MustCompile(`[，,。；;]+`)

// makerBesideValues leaves out a clause naming a body of the unit as the
// maker beside other values ("片子叫《红色青春》，团委做的，三分二十秒"): it
// is never taken for the pending answer (a 推荐单位 "团委做"), nor stored as
// a guessed 制作单位; the form asks the 制作单位 at its step.
func makerBesideValues(s string, pending slot) string {
	if pending == slot(contestbot.FieldProducer) || pending == slot(contestbot.FieldTitle) {
		return s // the 制作单位 itself; a remark after a title (titleRemarkOff)
	}
	cls := reClauseMark.Split(s, -1)
	if len(cls) < 2 {
		return s
	}
	changed := false
	for i, cl := range cls {
		if !reBareMaker.MatchString(compact(cl)) {
			continue
		}
		changed = true
		cls[i] = ""
	}
	if !changed {
		return s
	}
	var keep []string
	for _, cl := range cls {
		if cl != "" {
			keep = append(keep, strings.TrimRight(cl, "，,。；; "))
		}
	}
	return strings.Join(keep, "，")
}
