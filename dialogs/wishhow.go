package dialogs

import (
	"regexp"
	"strconv"
	"strings"

	"contestbot"
)

// s7-g: a wish to register said beside chatter or a question on how to go
// about it (round 16, rp74 p74b, rp76 p76b): "俺是问咋报名 俺想报名", "那中 那俺
// 报今年拍哩这个 咋弄", "ok 那我报两个 先报第一个". Every clause of the message is
// read: at least one says the user registers (the wish clauses of intent.go,
// or the user registering a work: "俺报…这个", "我报两个", "先报第一个"), and
// each other one is chatter or asks how to register. Asking how is answered
// by starting the form. A question about the rules ("我们报两个可以吗", "最多
// 能报几个", "去年拍的能报吗") keeps the message a question.

var (
	// reOwnWish is the user registering a work in their own words: "俺报今年
	// 拍哩这个", "我们报两个", "那先报第一个", "我也报一个".
	reOwnWish = regexp.MustCompile(`^(?:ok|好的?|行|中|那中|那行|那好|嗯+)?(?:那|那就|就)?(?:我|俺|咱|我们|俺们|咱们)?(?:学校|单位)?(?:就|先|也|还是|这回|今年)?(?:想|要|准备|打算)?(?:` +
		`报(?:名|个名)?(?:[一两二三四五六七八九十\d]+|头|第一)(?:个|部|条)(?:作品|片子|视频)?|` +
		`报(?:名)?\p{Han}{0,10}?(?:这个|这部|这一个|这条|这片子|这个片子|这个作品|那个|那部)(?:片子|作品|视频)?|` +
		`(?:[两二三四五六七八九十\d]+)(?:个|部)(?:作品|片子|视频)?(?:都|全都|全|一起|一块)报(?:上|名)?)(?:吧|呗|哈|了)?$`) // s12-j: "两个都报"
	// reHowRegisterClause asks how to register, and nothing else: "咋弄",
	// "俺是问咋报名", "怎么报呢".
	reHowRegisterClause = regexp.MustCompile(`^(?:我|俺)?(?:是|就是)?(?:问|想问|想知道)?(?:那)?(?:这个|这|那个)?(?:具体)?(?:该|要)?(?:咋|怎么|怎样|如何|咋样)(?:报名|报|弄|整|办|搞|填|操作|参加|参赛)(?:啊|呀|呢|哩|嘞|哈|吧)?$`)
	// reWorkCount is how many works the wish names: "报两个".
	reWorkCount = regexp.MustCompile(`报(?:名)?([两二三四五六七八九十\d]+)(?:个|部|条)|([两二三四五六七八九十\d]+)(?:个|部)(?:作品|片子|视频)?(?:都|全都|全|一起|一块)报`)
)

// workCount is the number of works reWorkCount finds in c ("报两个",
// "两个都报"), 0 when none.
func workCount(c string) int {
	m := reWorkCount.FindStringSubmatch(c)
	if m == nil {
		return 0
	}
	if m[1] != "" {
		return atoiCN(m[1])
	}
	return atoiCN(m[2])
}

// wishWithHow reports whether s wishes to register in its own words, with
// only chatter and questions on how to register beside the wish, and how
// many works it names (0 when it names no number).
func wishWithHow(s string) (works int, ok bool) {
	if asksInSentences(s) || extract(s).labelled {
		return 0, false
	}
	wish := false
	for _, cl := range splitClauses(s) {
		c := bareNoSymbols(cl)
		switch {
		case c == "" || isChatter(c) || reThanksClause.MatchString(c) || oneOf(c, "ok", "okay", "那中", "那行", "那好", "好嘞"):
		case reHowRegisterClause.MatchString(c):
		case wishClause(cl) || reOwnWish.MatchString(c) && !reWishNot.MatchString(c):
			wish = true
			if n := workCount(c); n > 0 {
				works = n
			}
		default:
			return 0, false
		}
	}
	return works, wish
}

// registerWish starts the form (or resumes the draft) for a wish read by
// wishWithHow; several works are noted: one form at a time.
func (t *turn) registerWish(works int) string {
	out := t.register("")
	if works < 2 {
		return out
	}
	return strings.Replace(out, "\n\n", "\n"+worksNote(works)+"\n\n", 1)
}

// worksNote says that several works are registered one form at a time.
func worksNote(works int) string {
	return "共" + strconv.Itoa(works) + "个作品，一个一个来：先报第一个，报完发“再报一个”接着报下一个。"
}

// wishInForm answers such a wish while a form is open: it is open already,
// and its question is asked again.
func (t *turn) wishInForm(e *contestbot.Entry, s string) (string, bool) {
	works, ok := wishWithHow(s)
	if !ok || t.nested || t.st.Mode != modeForm || e.Status != contestbot.StatusDraft {
		return "", false
	}
	if t.st.Pending == "" {
		t.st.Pending = t.next(e)
	}
	head := "好的，报名表已经开始填了，我们接着填。"
	if works >= 2 {
		head += "\n" + worksNote(works)
	}
	if t.st.Pending == "" {
		return head, true
	}
	return head + "\n\n" + t.question(e, t.st.Pending), true
}
