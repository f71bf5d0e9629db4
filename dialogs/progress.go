package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s7-i (issue #10, round 17, rp82 p82a, rp79 p79b): at a form step or at
// the summary, a question about the progress of the form ("还有几项",
// "还差几个", "快完了没"), about the last answer ("我填对了没", "这样行吗")
// or about the next step ("下一步填啥") is answered from the draft and the
// pending question is asked again. It is never a value: "还有几项" was
// stored as 片名《还有几项》 and as a second 监制 "几项".

// reProgressAsk asks how much of the form is left.
// s11-j (rp142): "好的 那还有别的要填吗" after an acknowledgement, with 别的
// and a closing 吗, asks the same.
var reProgressAsk = regexp.MustCompile(`^(?:好的|好|行|嗯|哦|ok)?[，,]?(?:不是|不对)?(?:我是?问|我想问|请问|问下|问一下)?(?:那|那个)?(?:一共|总共)?(?:` +
	`(?:还有|还差|还剩|还缺|还要填|还得填|还需要填|剩下|还剩下)(?:几|多少|哪些|哪几|什么|啥|哪)(?:项|个|样|步|条|栏|块)?(?:要填|没填|需要填|得填|没有填|未填)?(?:的)?(?:吗|么|没|没有)?|` +
	`还有(?:别的|其他|其它|其他的|别的什么|啥别的)(?:项|东西)?(?:要填|没填|需要填|得填|要写|要补)(?:的)?(?:吗|么|没|没有|不)?|` +
	`(?:是不是)?(?:快|就快|差不多)(?:完|填完|弄完|好|结束)(?:了)?(?:没|吗|么|没有|吧)?|` +
	`(?:还要|还得)(?:多久|多长时间|填多久|填多少)|` +
	`(?:填|弄)?(?:到|了)?哪(?:一步|儿|里)了|进度(?:怎么样|如何|咋样)?` +
	`)(?:了|啊|呀|呢|哈|嘛|哦|捏)*$`)

// reCheckAsk asks whether what was just given is right.
var reCheckAsk = regexp.MustCompile(`^(?:那|那个|嗯|额|呃)?(?:我|刚才|刚刚|这个|这次|这回)?(?:填|写|发|弄)?(?:的)?(?:` +
	`(?:对|好|行|可以)(?:了)?(?:没|吗|么|没有|不)|` +
	`这样(?:写|填)?(?:行|可以|对|中|成)(?:吗|么|不|不行|不可以|不对|没)?|` +
	`(?:这样)?(?:写|填)?(?:行|可以|对|中)不(?:行|可以|对|中)|没(?:问题|毛病)吧|有(?:问题|错)吗` +
	`)(?:了|啊|呀|呢|哈|嘛|哦)*$`)

// reNextAsk asks what comes next.
var reNextAsk = regexp.MustCompile(`^(?:那|那个|嗯|好的?|好了|然后)?(?:` +
	`(?:下一步|下一个|下一项|下一栏|接下来|接着|然后|下面|后面)(?:要|该|还要|得)?(?:填|写|弄|干|做|发)?(?:啥|什么|哪个|哪项|哪一项|是啥|是什么)|` +
	`(?:还要|该|要)(?:填|写|发)(?:啥|什么)(?:了)?` +
	`)(?:了|啊|呀|呢|哈|嘛|哦|来着)*$`)

// progressAsk answers a progress, check or next-step question at a form
// step; ok is false when s is none or no form step is open.
func (t *turn) progressAsk(e *contestbot.Entry, s string) (string, bool) {
	if t.nested || e == nil {
		return "", false
	}
	c := strings.TrimRight(compact(s), "?？!！。.~～")
	head, lead := "", "下一项："
	switch {
	case reProgressAsk.MatchString(c) || reListLeft.MatchString(c): // s9-b leftask.go: "剩下的是啥你列一下"
		head = t.leftText(e)
	case isSavedAsk(s): // savedask.go: "我之前填的还在吗" with the form open
		head = "在的，您填的都保存着。" + t.leftText(e)
	case reNextAsk.MatchString(c):
		head = ""
	case reCheckAsk.MatchString(c) && t.offer != nil && t.offer.EntryID == e.ID:
		// "这样行吗" about a text the bot just offered (rp79 p79b): answered,
		// the offer kept; only a message that takes it stores it.
		n := contestbot.RuneLen(t.offer.Text)
		head := fmt.Sprintf("我给的这段共%d字", n)
		if t.offer.Slot == slot(contestbot.FieldSummary) && n <= contestbot.MaxSummaryRunes {
			head += fmt.Sprintf("，在%d字以内，可以用", contestbot.MaxSummaryRunes)
		}
		t.st.Offer = t.offer // an offer lives one message (core.go): kept for the answer
		return head + "。回复“用这个”就填上，也可以自己改了发来。", true
	case reCheckAsk.MatchString(c):
		head, lead = t.lastStoredText(e), "现在问的是："
	default:
		return "", false
	}
	pending, ok := t.formStep(e)
	if !ok {
		return "", false
	}
	q := t.question(e, pending)
	switch {
	case pending == slot(contestbot.FieldCopyright):
		// At the summary the summary itself is what is stored.
		return "报名表都填好了，请对照下面的内容核对：都对就回复“确认”，要改哪项直接说。\n\n" + q, true
	case head == "":
		return lead + q, true
	}
	return head + "\n\n" + q, true
}

// leftItems names the items still missing from e, as the user counts them:
// the 主创人员 roles not yet answered are one item, the declarations are one
// item (they are asked as one message), the 著作权声明 is the final
// confirmation and no item. It is the one count behind every "还差N项"
// (s8-b): progress, leaving, resuming.
func (t *turn) leftItems(e *contestbot.Entry) []string {
	var left, facts []string
	for _, f := range e.Missing(t.c.season) {
		switch f {
		case contestbot.FieldCopyright:
			continue
		case contestbot.FieldCreators:
			var rs []string
			for i, r := range roles {
				// A role answered "无" is empty but done; that is known
				// only for the entry in focus.
				if focused := t.st.EntryID == e.ID; focused && t.st.roleDone(r) || !focused && creatorValues(e)[i] != "" {
					continue
				}
				rs = append(rs, r.label())
			}
			if len(rs) > 0 {
				left = append(left, "主创人员（"+strings.Join(rs, "、")+"）")
			}
			continue
		}
		if slot(f).eligibility() {
			facts = append(facts, strings.TrimPrefix(t.c.season.FieldLabel(f), "是否"))
			continue
		}
		left = append(left, t.c.season.FieldLabel(f))
	}
	if len(facts) > 0 {
		left = append(left, "作品情况确认（"+strings.Join(facts, "、")+"）")
	}
	return left
}

// leftText names the fields still missing, by name.
func (t *turn) leftText(e *contestbot.Entry) string {
	left := t.leftItems(e)
	if len(left) == 0 {
		return "报名表都填好了，就差您核对确认。"
	}
	return fmt.Sprintf("还差%d项：%s。填完核对一遍、回复“确认”就好了。", len(left), strings.Join(left, "、"))
}

// lastStoredText shows the value stored for the field answered last.
func (t *turn) lastStoredText(e *contestbot.Entry) string {
	prev := t.st.Prev
	if prev == "" || prev == slot(contestbot.FieldCopyright) {
		return ""
	}
	v := display(t.c.season, e, prev)
	if t.unfilled(e, prev) || v == "" {
		return ""
	}
	return fmt.Sprintf("刚才记下的%s是：%s。不对的话直接发新的%s。", prev.label(), clip(v, 30), prev.label())
}
