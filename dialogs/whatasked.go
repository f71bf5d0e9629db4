package dialogs

import (
	"regexp"
	"strconv"
	"strings"

	"contestbot"
)

// s6-p (issue #10, round 15, rp69): at a form step, "上一步是啥来着",
// "你刚问的啥", "刚才问我啥", "上一个问题是什么" ask what the bot asked. They
// are no question about the contest ("这个问题我回答不了") and no value: the
// previous question is named with the value stored for it, and the current
// question is asked again; with no previous one, the current is repeated.

// reWhatAsked is a message that only asks what was asked (read bare).
var reWhatAsked = regexp.MustCompile(`^(?:那|那个|哎|诶|额|呃|嗯)?(?:` +
	`(?:你|您)?(?:刚才|刚刚|刚|方才|前面|之前|上面)(?:问(?:我|的|我的)?|让我填(?:的)?|要我填(?:的)?)(?:是|问题是)?|` +
	`(?:上一步|上一个问题|上个问题|上一题|上一项|上一个|上个|前一个问题|前一步)(?:问的|填的|让我填的)?(?:是|问的是)?` +
	`)(?:啥|什么|哪个|哪项|哪一项|个啥|的啥|什么问题|啥问题|什么来着)(?:来着|呢|啊|呀|嘛|哦|了)*(?:来着)?$`)

// isWhatAsked reports whether s only asks what the bot asked.
func isWhatAsked(s string) bool {
	return reWhatAsked.MatchString(bare(s))
}

// whatAsked answers "上一步是啥来着" at a form step; ok is false when s is
// no such message or no form step is open.
func (t *turn) whatAsked(e *contestbot.Entry, s string) (string, bool) {
	again := asksSayAgain(s) // s7-n sayagain.go: "你说啥", "啥意思"
	if t.nested || !isWhatAsked(s) && !again {
		return "", false
	}
	pending, ok := t.formStep(e)
	if !ok {
		return "", false
	}
	if again {
		return "我再说一遍：\n\n" + t.question(e, pending), true
	}
	prev := t.st.Prev
	if prev == "" || prev == pending {
		return "刚才问的是这个：\n\n" + t.question(e, pending), true
	}
	head := "上一个问题问的是" + prev.label()
	if v := display(t.c.season, e, prev); !t.unfilled(e, prev) && v != "" {
		head += "，记下的是：" + v
	} else {
		head += "，还没有记下"
	}
	return head + "。要改就直接发新的" + prev.label() + "。\n\n现在问的是：\n" + t.question(e, pending), true
}

// reDotOne is a running time with one digit after the point ("2.3"):
// ParseDuration asks "是2分30秒吗？" (s6-p); a yes to that takes it.
var reDotOne = regexp.MustCompile(`^(\d{1,2})\.([1-46-9])(?:秒钟|秒)?$`)

// dotDuration reads a yes to "“2.3”是2分30秒吗？" at the duration step as
// that time, and remembers the time asked when s is such a value. "2.5"
// is asked as 2分半 or 2分50秒, so a yes does not tell which.
func (t *turn) dotDuration(s string) string {
	if t.nested || t.st.Pending != slot(contestbot.FieldDuration) {
		return s
	}
	if t.dotAsk > 0 && (takesOffer(s) || isYes(s)) {
		return contestbot.FormatDuration(t.dotAsk)
	}
	if m := reDotOne.FindStringSubmatch(strings.TrimSpace(contestbot.NormalizeWidth(s))); m != nil {
		mm, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		t.st.DotAsk = mm*60 + d*10
	}
	return s
}
