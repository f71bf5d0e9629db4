package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// Branch s10-b (issue #10, round 25): the intent to start the next work
// while a submitted one exists, said with the talk of coming back around it:
// "回来了，接着报第二个", "继续报下一个", "第二个片子来了". Such a message carries
// no value. With no draft open it starts the next work (another, which
// copies the unit, contact and phone); with the next work's draft open it
// goes on with that draft at its first gap. It was stored as the 片名 of a
// new draft ("回来了，接着报第二个", "来了") or refused as a 制作单位.

// reArrival is being back or arriving: 回来了, 又来了, 来了, 到了, 忙完了.
var reArrival = regexp.MustCompile(`(?:又|也|终于|总算)?(?:回来了|回来啦|来了|来啦|来咯|到了|到啦|忙完了|下课了|开完会了)`)

// arrivalTalk reports whether s is only being back or arriving, with the
// talk of coming back around it: "回来了", "我又回来了", "作品来了". A word
// that could be a value ("编导来了", "老张来了") is no such talk.
func arrivalTalk(s string) bool {
	c := bareNoSymbols(s)
	if c == "" {
		return false
	}
	rest := reArrival.ReplaceAllString(c, "")
	return rest != c && reResumeTalk.ReplaceAllString(rest, "") == ""
}

var (
	// reNextCore is the wish for the next work itself: "接着报第二个",
	// "继续报下一个", "再报一个", "开始填第三个作品".
	reNextCore = regexp.MustCompile(`(?:(?:接着|继续|开始|下面|然后|现在|那就|就|先)?(?:报|填|弄|来)(?:第([二两三四五六七八九十2-9])|下一)(?:个|部)|(?:再|另外|还要|还想|接着|继续)(?:报|填)(?:一个|一部|个))(?:新的?)?(?:作品|片子|视频|片儿)?`)
	// reNextArrives is the next work arriving: "第二个片子来了", "第三个作品到了".
	reNextArrives = regexp.MustCompile(`^(?:还有|另外|然后|那)?第([二两三四五六七八九十2-9])(?:个|部)(?:作品|片子|视频|片儿)?(?:也)?`)
	// reOneMore asks for one more work, not the next one by its place.
	reOneMore = regexp.MustCompile(`(?:再|另外|还要|还想)(?:报|填)`)
	// reNextTail is what may follow the wish: particles.
	reNextTail = regexp.MustCompile(`^(?:吧|了|啊|呀|哈|呗|哦|嘛|喽|啦)*$`)
)

// nextWorkWish reads s as the wish to start (or go on with) the next work
// and nothing else. num is the work's number when said (第二个 → 2), else 0.
// A value, a question or a change beside it leaves s to the other readers
// ("接着报第二个，片名叫X" is read by the route's next-work case).
func nextWorkWish(s string) (num int, ok bool) {
	if isQuestion(s) {
		return 0, false
	}
	c := bareNoSymbols(s)
	if c == "" || contestbot.RuneLen(c) > 30 {
		return 0, false
	}
	talk := func(x string) bool {
		return x == "" || reNextTail.MatchString(x) || arrivalTalk(x) || reAnotherHead.MatchString(x) ||
			reResumeTalk.ReplaceAllString(x, "") == ""
	}
	if m := reNextArrives.FindStringSubmatchIndex(c); m != nil {
		if rest := c[m[1]:]; reArrival.MatchString(rest) && arrivalTalk(rest) {
			return atoiCN(c[m[2]:m[3]]), true
		}
	}
	m := reNextCore.FindStringSubmatchIndex(c)
	if m == nil {
		return 0, false
	}
	head, tail := c[:m[0]], c[m[1]:]
	if !talk(head) || !talk(tail) {
		return 0, false
	}
	if m[2] >= 0 {
		num = atoiCN(c[m[2]:m[3]])
	}
	return num, true
}

// nextWorkIntent answers the wish for the next work said alone (see the
// file comment). ok is false when s is no such wish or names a work that
// is neither the open draft nor the one after the submitted works.
func (t *turn) nextWorkIntent(s string) (string, bool) {
	num, ok := nextWorkWish(s)
	if !ok {
		return "", false
	}
	listed := t.listed()
	if d := t.latestDraft(); d != nil {
		pos := 0
		for i, e := range listed {
			if e == d {
				pos = i + 1
			}
		}
		// "再报一个" beside an open draft, or "继续报下一个" beside one with
		// its own title, is the route's another (finish that one first).
		if num != 0 && num != pos || num == 0 && (d.Title != "" || reOneMore.MatchString(bareNoSymbols(s))) || !t.hasComplete() {
			return "", false
		}
		t.st.focus(modeForm, d)
		t.st.Pending = t.next(d)
		name := "第" + cnOrdinal(pos) + "个作品"
		if d.Title != "" {
			name += "《" + d.DisplayTitle() + "》"
		}
		return "好的，接着报" + name + "。\n\n" + t.question(d, t.st.Pending), true
	}
	done := 0
	for _, e := range listed {
		if e.Status == contestbot.StatusComplete {
			done++
		}
	}
	if done == 0 || num != 0 && num != done+1 {
		return "", false
	}
	return t.another(), true
}

// cnOrdinal writes n (1–99) in Chinese numerals, as users say a work's
// place: 2 → 二, 12 → 十二.
func cnOrdinal(n int) string {
	const d = "零一二三四五六七八九"
	digit := func(i int) string { return string([]rune(d)[i]) }
	switch {
	case n <= 0 || n > 99:
		return fmt.Sprint(n)
	case n < 10:
		return digit(n)
	case n == 10:
		return "十"
	case n < 20:
		return "十" + digit(n%10)
	case n%10 == 0:
		return digit(n/10) + "十"
	}
	return digit(n/10) + "十" + digit(n%10)
}

// reOwnOrdinal opens a message with a work's number: "第二个联系人是李老师".
var reOwnOrdinal = regexp.MustCompile(`^(?:那|还有|对了)?[\s，,]*第([一二两三四五六七八九十1-9])(?:个|部)(?:作品|片子|视频)?(?:的)?[\s，,：:]*`)

// ownOrdinalOff takes off the number of the work being filled when a
// labelled value follows it (s10-b): "第二个联系人是李老师，电话…" on the second
// work is "联系人是李老师，电话…"; the number was read as the answer to the
// question asked ("“第二个”不像单位名称"). Another work's number is left to
// the readers of other works.
func (t *turn) ownOrdinalOff(e *contestbot.Entry, s string) string {
	m := reOwnOrdinal.FindStringSubmatchIndex(s)
	if m == nil || e == nil || e.Status != contestbot.StatusDraft {
		return s
	}
	pos := 0
	for i, x := range t.listed() {
		if x == e {
			pos = i + 1
		}
	}
	rest := s[m[1]:]
	// At a 简介/摘要 step the number is the text's ("第二部作品的简介。"), and a
	// label alone after it gives no value.
	if pos < 2 || atoiCN(s[m[2]:m[3]]) != pos || !extract(rest).labelled || t.st.Pending.freeText() || fieldsOnly(strings.Trim(rest, "。，,.！! ")) {
		return s
	}
	return rest
}
