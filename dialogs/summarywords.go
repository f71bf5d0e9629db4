package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s8-i: the 摘要 in the user's own words (round 20, rp94 p94b, rp95 p95b,
// rp96 p96b).
//
//   - A request to make the 摘要 shorter ("能帮我缩短一点吗", "你帮我压缩一下呗",
//     "精简一下", "60字左右", "不是视频，是内容摘要！…60字左右") at the 摘要 step,
//     at the summary or in an edit is an offer of a shorter 摘要: the extract
//     of the 简介 (or of the user's own 摘要) cut at a sentence end within the
//     asked length, or within three quarters of the current one when no
//     length is said (offerWithin: a configured model may rewrite instead).
//     It is never read as video compression, and never offers the same text.
//   - With an offer open, a message that ends with a text of its own about
//     the work ("这个开头是他 别人不知道他是谁啊 那就这样吧 党员教师张卫东…")
//     stores that text, never the offer its "那就这样吧" seems to accept.
//   - "同简介" beside a remark ("同简介 我刚才说了呀", "对 同简介 就这样",
//     "摘要同简介吧 没问题") is the 同简介 answer; beside a question it is
//     the answer, then the question (freetextask.go).

// reShortenAsk asks for a shorter text: "缩短一点", "压缩一下", "精简", "改短点",
// "短一点的", "简短些".
var reShortenAsk = regexp.MustCompile(`缩短|缩一下|缩一缩|缩减|压缩|精简|简短|简化|改短|删短|弄短|写短|缩写|短一?点|短一些|短些|再短|太长了|有点长`)

// reAskCue turns a shortening word into a request: "帮我…", "一下", "短一点",
// "能不能…", "…呗".
var reAskCue = regexp.MustCompile(`帮|你|您|能不能|能否|可以|可不可以|麻烦|一下|一点|点儿|点|些|吗|呗|吧|再|太长|有点长`)

// reLengthAsk is a length in characters: "60字左右", "五六十字那种", "50字以内",
// "不超过六十个字".
var reLengthAsk = regexp.MustCompile(`([0-9]{1,3}|[一二两三四五六七八九十百]{1,4})(?:个)?字`)

// reVideoWords name the video file: "压缩" about them is video compression.
var reVideoWords = regexp.MustCompile(`视频|码率|画质|分辨率|文件|格式|mp4|MP4|[0-9]+\s*(?:M|m|G|g)|兆|大小|体积|清晰`)

// reNotVideo sets the video aside: "不是视频".
var reNotVideo = regexp.MustCompile(`不是(?:说)?(?:压)?(?:视频|片子)`)

// reOwnWrite says the user writes the text: "改成…", "我自己写：".
var reOwnWrite = regexp.MustCompile(`改成|改为|换成|写成|如下|[：:]\s*\S{8,}`)

// reSelfShortens has the user do the shortening: "稍等我缩一下", "我另写个短点的",
// "我自己删一删" (not "帮我缩一下").
var reSelfShortens = regexp.MustCompile(`(?:^|[^帮给替让叫请])(?:我|俺)(?:自己|另|再|先|去)*(?:写|缩|删|改|弄|压|精简)|稍等|等下|等会|等一下|我另|自己写|自己来|是吧$|对吧$|是不是|对不对`)

// askedLength reads the length asked for ("60字左右" 60, "五六十字" 60), 0
// when none is said.
func askedLength(c string) int {
	m := reLengthAsk.FindStringSubmatch(c)
	if m == nil {
		return 0
	}
	num := []rune(m[1])
	// "五六十": two digits before 十 give a range; its upper end counts.
	if len(num) == 3 && num[2] == '十' && num[0] != '十' && num[1] != '十' {
		num = num[1:]
	}
	n := atoiCN(string(num))
	if reAbout.MatchString(c) {
		n += n / 10 // "50字左右": about 50, a few over is fine
	}
	return n
}

// reAbout makes a length approximate: "50字左右", "六十字上下".
var reAbout = regexp.MustCompile(`字(?:左右|上下)`)

// shortenAsked reports whether c asks for a shorter 摘要; n is the length
// asked for, 0 when none is said.
func shortenAsked(c string) (n int, ok bool) {
	if contestbot.RuneLen(c) > 60 || reOwnWrite.MatchString(c) || reSelfShortens.MatchString(c) {
		return 0, false
	}
	n = askedLength(c)
	if n > 0 && n > contestbot.MaxSummaryRunes*3 {
		n = 0
	}
	shorter := reShortenAsk.MatchString(c) && reAskCue.MatchString(c)
	if !shorter && (n == 0 || isQuestion(c)) {
		return 0, false // "本片用精简的镜头讲述…" is a text; "60字左右可以吗" asks
	}
	if reVideoWords.MatchString(c) && !reNotVideo.MatchString(c) && !containsAny(c, "摘要", "简介") {
		return 0, false // "视频压缩一下码率够不够": the video file
	}
	if !shorter {
		// A length alone is a request only when that is all it says:
		// "60字左右", "五六十字那种就行".
		rest := reLengthAsk.ReplaceAllString(c, "")
		rest = reLengthWords.ReplaceAllString(rest, "")
		if contestbot.RuneLen(bareNoSymbols(rest)) > 4 {
			return 0, false
		}
	}
	return n, true
}

// reLengthWords are the words around a length: "左右", "以内", "那种就行".
var reLengthWords = regexp.MustCompile(`左右|上下|以内|之内|以下|不超过|差不多|大概|大约|那种|那样|的|就行|就好|就可以|吧|呗|啊|摘要|内容|要|写|弄|个|的样子`)

// summaryWords is the s8-i hook in formInput: a request for a shorter 摘要,
// the user's own 摘要 after an offer, or 同简介 beside a remark. v is s
// rewritten ("同简介") when the usual path should store it; out is the
// reply when this hook answered.
func (t *turn) summaryWords(e *contestbot.Entry, s string) (v, out string, ok bool) {
	if t.nested || e == nil {
		return s, "", false
	}
	summary, synopsis := slot(contestbot.FieldSummary), slot(contestbot.FieldSynopsis)
	pending := t.st.Pending
	atSummaryStep := pending == summary
	atReview := pending == slot(contestbot.FieldCopyright) || t.st.Mode == modeEdit
	c := compact(s)
	named := firstNamedField(c)
	if !atSummaryStep && !atReview {
		// "摘要同简介吧 没问题" at a later step names the 摘要 it changes.
		if named == summary {
			if v, ok := sameBesideRemark(e, s, true); ok {
				return v, "", false
			}
		}
		return s, "", false
	}
	offered := t.offer != nil && t.offer.EntryID == e.ID && t.offer.Slot == summary
	aboutSummary := atSummaryStep && (named == "" || named == summary || named == synopsis) ||
		atReview && (named == summary || containsAny(c, "摘要") || offered && named == "")
	if !aboutSummary {
		return s, "", false
	}
	if out, ok := t.ownTextAfterOffer(e, s, pending); ok {
		return s, out, true
	}
	if n, ok := shortenAsked(c); ok && e.Synopsis != "" && pairShare(c, e.Synopsis) < 0.5 && !t.shortenedElsewhere(e, c, n, named, offered) {
		return s, t.shorterSummary(e, n, pending), true
	}
	if v, ok := sameBesideRemark(e, s, atReview); ok {
		return v, "", false
	}
	if q, ok := sameThenQuestion(e, s); ok && atSummaryStep {
		// "同简介 嗯嗯 问一下 …对视频有啥要求没有": the 摘要, then the
		// question asked alone, so the reference does not colour it.
		out := t.formRest(e, "同简介")
		if a := t.ask(q, true); a != "" {
			if i := strings.Index(out, "\n\n"); i >= 0 {
				out = out[:i] + "\n\n" + a + out[i:]
			} else {
				out += "\n\n" + a
			}
		}
		return s, out, true
	}
	return s, "", false
}

// sameThenQuestion reads "同简介 嗯嗯 问一下 …有啥要求没有": the reference
// first, standing alone, then a question; q is the question.
func sameThenQuestion(e *contestbot.Entry, s string) (q string, ok bool) {
	w := strings.TrimSpace(contestbot.NormalizeWidth(s))
	loc := reSynopsisPointerAlone.FindStringIndex(w)
	if e.Synopsis == "" || loc == nil || loc[0] != 0 || reSynopsisPointerNot.MatchString(compact(w[:loc[1]])) {
		return "", false
	}
	q = strings.TrimSpace(w[loc[1]:])
	if q == "" || !isQuestion(q) || firstNamedField(compact(q)) == slot(contestbot.FieldSummary) {
		return "", false
	}
	return q, true
}

// shortenedElsewhere reports whether a request with no length is one the
// s6-o helpers answer: "再短一点" to an open offer, "帮我把摘要再缩短一点" with a
// 摘要 of the user's own, "简介…帮我缩一下" naming the 简介 only.
func (t *turn) shortenedElsewhere(e *contestbot.Entry, c string, n int, named slot, offered bool) bool {
	if n > 0 {
		return false
	}
	switch {
	case offered:
		return contestbot.RuneLen(c) <= 15 && reShorter.MatchString(c)
	case named == slot(contestbot.FieldSynopsis) && !strings.Contains(c, "摘要"):
		return true
	}
	return e.Summary != "" && e.Summary != e.Synopsis
}

// shorterSummary offers a 摘要 within n characters (n 0: shorter than the
// text the user has now).
func (t *turn) shorterSummary(e *contestbot.Entry, n int, pending slot) string {
	summary := slot(contestbot.FieldSummary)
	lim := fieldLimit(summary)
	src := e.Synopsis
	if e.Summary != "" && e.Summary != e.Synopsis && contestbot.RuneLen(e.Summary) <= lim {
		src = e.Summary // the user's own 摘要 is what they want shorter
	}
	cur := contestbot.RuneLen(src)
	if t.offer != nil && t.offer.EntryID == e.ID && t.offer.Slot == summary {
		cur = contestbot.RuneLen(t.offer.Text) // "再短点" after an offer: shorter than the offer
	} else if e.Summary != "" && e.Summary != e.Synopsis {
		cur = contestbot.RuneLen(e.Summary)
	}
	want := n
	if want == 0 {
		want = cur * 3 / 4
	}
	want = min(want, lim)
	keep := t.st.Offer
	if want < 10 {
		return t.reaskHere(e, pending, fmt.Sprintf("%d字太短了，放不下作品的内容。请说个字数（比如60字左右），或者自己写一段发来。", want))
	}
	if contestbot.RuneLen(src) <= want {
		t.st.Offer = keep
		return t.reaskHere(e, pending, fmt.Sprintf("现在的%s共%d字，已经在%d字以内了。想再短请说个字数，或者自己写一段发来。", "内容摘要", contestbot.RuneLen(src), want))
	}
	return t.offerWithin(e, summary, src, "", want)
}

// reaskHere is head, then what the step asks: the summary's confirm line,
// or the 摘要 question.
func (t *turn) reaskHere(e *contestbot.Entry, pending slot, head string) string {
	if pending == slot(contestbot.FieldCopyright) || t.st.Mode == modeEdit {
		return head + "\n\n" + notYetSubmitted
	}
	return head + "\n\n" + t.question(e, pending)
}

// ownTextAfterOffer stores the 摘要 a user typed after turning an offer
// down, with the remark before it read off: "这个开头是他 别人不知道他是谁啊
// 那就这样吧 党员教师张卫东…". ok is false without an open offer, or when
// the message carries no text of its own.
func (t *turn) ownTextAfterOffer(e *contestbot.Entry, s string, pending slot) (string, bool) {
	o := t.offer
	if o == nil || o.EntryID != e.ID || o.Slot != slot(contestbot.FieldSummary) || e.Synopsis == "" {
		return "", false
	}
	text := ownTextTail(s, e.Synopsis)
	if text == "" || text == o.Text || strings.TrimRight(text, "。") == strings.TrimRight(o.Text, "。") {
		return "", false
	}
	return t.formRest(e, "内容摘要："+text), true
}

// ownTextTail is the longest tail of s, starting after a space or a mark,
// that reads as a text about the work: at least 12 characters, asking
// nothing, its first clause sharing at least half its character pairs
// with the 简介. "" when there is none, or when the whole message is it
// (no remark to read off).
func ownTextTail(s, synopsis string) string {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		if !strings.ContainsRune(" \u3000，,。！!；;：:~～…", rs[i-1]) {
			continue
		}
		tail := strings.TrimSpace(string(rs[i:]))
		if contestbot.RuneLen(tail) < 12 || isQuestion(tail) {
			continue
		}
		first := strings.FieldsFunc(tail, func(r rune) bool { return strings.ContainsRune(" \u3000，,。！!；;：:", r) })[0]
		if contestbot.RuneLen(first) < 6 || pairShare(first, synopsis) < 0.5 || pairShare(tail, synopsis) < 0.4 {
			continue
		}
		if pairShare(string(rs[:i]), synopsis) >= 0.3 {
			return "" // what comes before is part of the text: the whole message is it
		}
		return tail
	}
	return ""
}

// pairShare is the share of s's character pairs found in src.
func pairShare(s, src string) float64 {
	mine, theirs := hanPairs(s), hanPairs(src) // revisedtext.go
	if len(mine) == 0 {
		return 0
	}
	n := 0
	for p := range mine {
		if theirs[p] {
			n++
		}
	}
	return float64(n) / float64(len(mine))
}

// reSynopsisPointer points the 摘要 at the 简介 anywhere in a message.
var reSynopsisPointer = regexp.MustCompile(`同(?:内容)?简介|(?:跟|和|与)(?:内容)?简介(?:一样|相同|一致)|(?:就)?用(?:内容)?简介(?:的|那段)?`)

// reSynopsisPointerAlone is the reference standing apart from other words:
// "同简介 我刚才说了呀", "摘要同简介吧 没问题" (not "摘要用简介的后两句").
var reSynopsisPointerAlone = regexp.MustCompile(`(?:^|[\s，,。！!～~])(?:内容)?(?:摘要)?(?:就|也|还是)?(?:` + reSynopsisPointer.String() + `)(?:吧|啊|呀|了|就行|就好|就可以|即可|哈|呗|嘛)*(?:$|[\s，,。！!～~])`)

// reSynopsisPointerNot turns the reference down: "不同简介", "别用简介", "同简介不行".
var reSynopsisPointerNot = regexp.MustCompile(`(?:不|别|不要|不用|不想|没法|不能)(?:要|用|想)?(?:同|用|跟|和)(?:内容)?简介|简介(?:太长|不行|不好|不中|不合适)|(?:同|用)(?:内容)?简介(?:不行|不好|不中|太长|吗|么|行不行|可以吗|中不中)|短|缩|精简|压缩`)

// sameBesideRemark reads "同简介 我刚才说了呀", "对 同简介 就这样", "摘要同简介吧
// 没问题": a short remark beside the reference, no own text, no question
// and no field beside the 摘要 named. v is the reference alone ("同简介",
// "内容摘要：同简介" at the summary).
func sameBesideRemark(e *contestbot.Entry, s string, atReview bool) (string, bool) {
	if e.Synopsis == "" {
		return "", false
	}
	c := compact(s)
	w := strings.TrimSpace(contestbot.NormalizeWidth(s))
	loc := reSynopsisPointerAlone.FindStringIndex(w)
	if loc == nil || reSynopsisPointerNot.MatchString(c) || isQuestion(s) || contestbot.RuneLen(c) > 30 {
		return "", false
	}
	rest := w[:loc[0]] + " " + w[loc[1]:]
	rest = strings.NewReplacer("内容摘要", "", "摘要", "").Replace(rest)
	if bareNoSymbols(rest) == "" {
		return "", false // the plain reference: the usual path
	}
	if strings.ContainsAny(rest, "0123456789") || firstNamedField(rest) != "" || pairShare(rest, e.Synopsis) >= 0.3 {
		return "", false
	}
	if atReview {
		return "内容摘要：同简介", true
	}
	return "同简介", true
}

// shortenIdle acts on a request for a shorter 摘要 with no form open, after
// the work was submitted ("摘要能帮我精简一下吗"): the work is opened for a
// change and the shorter 摘要 offered, as at the summary.
func (t *turn) shortenIdle(s string) (string, bool) {
	c := compact(s)
	if !strings.Contains(c, "摘要") {
		return "", false
	}
	if _, ok := shortenAsked(c); !ok {
		return "", false
	}
	e := t.submittedWork(s)
	if e == nil {
		if len(t.doneWorks()) > 1 {
			return t.whichWork("《片名》摘要帮我精简一下"), true
		}
		return "", false
	}
	if e.Synopsis == "" {
		return "", false
	}
	t.st.focus(modeEdit, e)
	return "改《" + e.DisplayTitle() + "》：" + t.formInput(e, s), true
}
