package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-h (issue #10, round 20, rp94 p94b, rp95 p95a): what dictation leaves
// around a value. Voice input and people talking while they type put
// discourse words at the end of a value as well as at its start: "片子叫车间
// 里的红色引擎 然后时长…" leaves "车间里的红色引擎 然后" for the title, "摄影不是
// 小刘 是刘一鸣 然后那个 简介…" leaves "…是刘一鸣 然后那个" for 摄影. unfill
// (talk.go) takes such words off the start; fillerTailOff takes them off the
// end, by the same rule: set off by a space or a mark they are filler for
// any field; glued to the value they are filler only where no value of the
// field ends with them.

var (
	// reFillerTailSetOff is a run of dictation words closing a value after
	// a space or a mark: "… 然后", "…，然后那个", "… 反正", "… 对对".
	reFillerTailSetOff = regexp.MustCompile(`[，,、。；;…~～!！\s]+(?:然后呢|然后|那个|这个|就是说|就是|反正|对对对|对对|嗯+|呃+|额+)+[，,。、…~～!！\s]*$`)
	// reTextTailSetOff is the same for a 简介 or 摘要, whose last sentence
	// may well end on "就是" or "这个" in writing: only words no written
	// sentence closes on.
	reTextTailSetOff = regexp.MustCompile(`([，,、。；;…~～!！\s]+)(?:然后呢|然后|那个|就是说|反正|嗯+|呃+|额+)+[，,、。…~～!！\s]*$`)
	// reNameFillerTail is dictation glued to the end of a name, a unit or
	// a number: "刘一鸣然后那个", "漯河食品职业学院然后". No name ends so.
	reNameFillerTail = regexp.MustCompile(`(?:然后呢|然后|就是说|那个|反正)+$`)
	// reTitleFillerTail is dictation glued to the end of a title: only
	// 然后 and 就是说, which close no phrase ("车间里的红色引擎然后").
	reTitleFillerTail = regexp.MustCompile(`(?:然后呢|然后|就是说)$`)
)

// reOpenerInside opens a 简介 or 摘要 after talk to someone else: "那我回去
// 让他们重新导 嗯 简介是这样 影片讲述…". No written text says so of itself.
var reOpenerInside = regexp.MustCompile(`(?:^|[\s，,。！!])(?:内容|作品)?(?:简介|摘要)(?:的话|呢)?(?:是这样的|是这样写的|是这么写的|如下|是这样)[：:，,。\s]*`)

// dictationOff takes what dictation leaves around a value for slot s off
// it: talk before a text's opener, and dictation words at the end.
func dictationOff(v string, s slot) string {
	if s.freeText() {
		if loc := reOpenerInside.FindStringIndex(v); loc != nil && loc[0] > 0 && contestbot.RuneLen(v[:loc[0]]) <= 30 && contestbot.RuneLen(v[loc[1]:]) >= 10 {
			v = v[loc[1]:]
		}
	}
	return fillerTailOff(v, s)
}

// fillerTailOff takes dictation words off the end of a value for slot s.
func fillerTailOff(v string, s slot) string {
	for i := 0; i < 3; i++ {
		w := v
		switch {
		case s.freeText():
			if m := reTextTailSetOff.FindStringSubmatchIndex(w); m != nil {
				sep := w[m[2]:m[3]]
				w = w[:m[0]]
				// "…的故事。 然后": the sentence's own full stop stays.
				for _, end := range []string{"。", "！", "!"} {
					if strings.HasPrefix(strings.TrimSpace(sep), end) {
						w += end
						break
					}
				}
			}
		case s == slot(contestbot.FieldTitle):
			w = reFillerTailSetOff.ReplaceAllString(w, "")
			w = reTitleFillerTail.ReplaceAllString(w, "")
		default:
			w = reFillerTailSetOff.ReplaceAllString(w, "")
			w = reNameFillerTail.ReplaceAllString(w, "")
		}
		w = strings.TrimSpace(w)
		if w == v || w == "" {
			break
		}
		v = w
	}
	return v
}

// spokenPromise finds, in a dictated clause with no commas ("…是刘一鸣 然后
// 那个 简介我等下发你"), the words set off by spaces that promise a field for
// later: the field, and the clause without them. promiseOf (chatpaste.go)
// reads a promise only at the start of a clause; dictation puts it anywhere.
func spokenPromise(cl string) (slot, string, bool) {
	f := strings.Fields(cl)
	if len(f) < 2 {
		return "", cl, false
	}
	for i := range f {
		for j := i + 1; j <= len(f); j++ {
			part := strings.Join(f[i:j], " ")
			if contestbot.RuneLen(compact(part)) > 16 {
				break
			}
			if x, ok := promiseOf(part); ok && (i > 0 || j < len(f)) {
				rest := strings.TrimSpace(strings.Join(f[:i], " ") + " " + strings.Join(f[j:], " "))
				return x, fillerTailOff(rest, slot(contestbot.FieldUnit)), true
			}
		}
	}
	return "", cl, false
}

// reWorkNumberLead numbers a work before its title: "第二个：黄河滩上的支部",
// "第2部，…" (rp95 p95a). Only with a colon or comma after it, so a title
// that starts so ("第二个春天") stays whole.
var reWorkNumberLead = regexp.MustCompile(`^第[一二两三四五六七八九十0-9]+(?:个|部|条|件)(?:作品|片子|视频|短视频)?(?:的)?(?:片名|名字|题目)?[:：，,]\s*`)

// workOrdinalOff takes a work's number off the title said after it.
func workOrdinalOff(v string) string {
	if loc := reWorkNumberLead.FindStringIndex(v); loc != nil && loc[1] < len(v) {
		return strings.TrimSpace(v[loc[1]:])
	}
	return v
}

// rePromiseTail is what may follow a promise: "我等下发你", "回头再给您吧".
var rePromiseTail = regexp.MustCompile(`^(?:好|完|出来)?(?:给)?(?:你|您)?(?:过来|过去)?(?:哈|啊|哦|吧|了|呗|嘛|呀|呢)*$`)

// promiseForPending reads a promise that names no field ("我等下发你",
// "回头再给你", "还没写好") as one for the field asked, by putting its label
// before it: promisedLater (chatpaste.go) then leaves the field for later,
// as it does for "简介我等下发你". Anything else is returned unchanged.
func promiseForPending(s string, pending slot) string {
	if pending == "" || pending.isRole() || pending == slotCreators || pending.yesNo() || pending == slot(contestbot.FieldCopyright) {
		return s
	}
	c := compact(unfill(s, slot(contestbot.FieldUnit)))
	if c == "" || contestbot.RuneLen(c) > 12 || strings.ContainsAny(s, "？?吗") || firstNamedField(c) != "" {
		return s
	}
	m := rePromise.FindString(c)
	if m == "" || !rePromiseTail.MatchString(c[len(m):]) {
		return s
	}
	return pending.label() + c
}
