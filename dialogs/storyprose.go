package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s11-h (round 30, rp143 jishi_yidazhang): one message of prose carries most
// fields and, after them, the film's story with no label: "… 摄影和剪辑都是
// 张鹏 片子讲的是我院数控实训中心党员教师马红卫的故事。他扎根…。 今年6月份拍的
// 没在网上发过". The role's value ran into the story ("“都是张鹏”不像人名")
// and the story was lost. storyHit reads a long narrative clause (reNarrates
// at a clause start, storyMinRunes or more to the end of its last sentence)
// after other labelled values as the 简介's label, so the value before it
// ends there and the story is the 简介; what follows its last sentence
// ("今年6月份拍的 没在网上发过") stays clauses for the eligibility readers.

// storyMinRunes is how long a clause must run to tell the film.
const storyMinRunes = 40

// storyHit returns hits with a 简介 label added where an unlabelled story
// starts after the first label; hits unchanged when the message labels a
// 简介 or 摘要 itself or tells no story.
func storyHit(t *text, hits []labelHit) []labelHit {
	if len(hits) == 0 {
		return hits
	}
	for _, h := range hits {
		if h.slot.freeText() {
			return hits
		}
	}
	for i := hits[0].end; i < len(t.mask); i++ {
		if !(t.mask[i-1] == ' ' || isClauseSep(t.mask[i-1])) || !reNarrates.MatchString(string(t.orig[i:])) {
			continue
		}
		end := storyEnd(t, i)
		if utf8.RuneCountInString(strings.TrimSpace(string(t.orig[i:end]))) < storyMinRunes {
			return hits
		}
		out := make([]labelHit, 0, len(hits)+1)
		for _, h := range hits {
			if h.start < i {
				out = append(out, h)
			}
		}
		out = append(out, labelHit{slot: slot(contestbot.FieldSynopsis), start: i, end: i, story: end})
		for _, h := range hits {
			if h.start >= end {
				out = append(out, h)
			}
		}
		return out
	}
	return hits
}

// storyEnd is where a story starting at i ends: after its last sentence
// when a short tail follows it, else the end of the message; clauses at
// its end that state eligibility ("今年6月份拍的 没在网上发过") are not the
// story's (a message read again with its stops as spaces has no sentence).
func storyEnd(t *text, i int) int {
	end := storySentenceEnd(t, i)
	cut := func(r rune) bool { return r == ' ' || isClauseSep(r) }
	for {
		body := end
		for body > i && cut(t.mask[body-1]) {
			body-- // the story's own stop stays with it
		}
		sep := -1
		for p := body - 1; p > i; p-- {
			if cut(t.mask[p]) {
				sep = p
				break
			}
		}
		if sep < 0 {
			break
		}
		if _, _, ok := eligibilityPhrase(strings.TrimSpace(string(t.orig[sep+1:body])), period{}); !ok {
			break
		}
		end = sep
	}
	return end
}

// storySentenceEnd is the end of the story's last sentence when a short
// tail follows it, else the end of the message.
func storySentenceEnd(t *text, i int) int {
	last := -1
	for p := i; p < len(t.mask); p++ {
		if t.mask[p] == '。' || t.mask[p] == '！' || t.mask[p] == '!' || t.mask[p] == '\n' {
			last = p
		}
	}
	if last < 0 || utf8.RuneCountInString(strings.TrimSpace(string(t.orig[last+1:]))) >= storyMinRunes {
		return len(t.mask)
	}
	if t.mask[last] == '\n' {
		return last
	}
	return last + 1
}

// storySplit cuts s around an unlabelled story after labelled values
// (storyHit): the rewrites of people said in clauses read only the part
// before it, which would otherwise join the story's sentences. ok is false
// when s tells no such story.
func storySplit(s string) (before, story, after string, ok bool) {
	t := newText(s)
	for _, h := range storyHit(t, findLabels(t)) {
		if h.story > 0 {
			return string(t.orig[:h.start]), string(t.orig[h.start:h.story]), string(t.orig[h.story:]), true
		}
	}
	return s, "", "", false
}

// s11-h (rp143): "简介我第一条里发了啊 就片子讲的是…那一段 你往上翻翻" at the
// 简介 step was stored as the 简介. A short message that points at a text
// sent in an earlier message is a complaint, never the text: saidBefore
// (mixedacts.go) asks for it again when the field is empty.
var (
	reSentEarlier = regexp.MustCompile(`(?:第一条|第一句|头一条|上一条|上条|上面|上边|前面|前边|之前|刚才|开头|最开始|一开始)(?:里|那条|那条里|那里|那段|的)?(?:面)?(?:就|已经|都|不是)?(?:发了|发过|说了|说过|写了|写过|给了|给过)`)
	reScrollUp    = regexp.MustCompile(`往上翻|往前翻|翻翻|翻一下|翻上去|翻聊天记录|看看上面|看一下上面`)
)

// sentEarlierRef reports whether s, short, says the text was sent in an
// earlier message ("简介我第一条里发了啊 你往上翻翻", "前面发过了 往上翻翻").
func sentEarlierRef(s string) bool {
	c := strings.TrimSpace(contestbot.NormalizeWidth(s))
	if utf8.RuneCountInString(c) > 60 || strings.ContainsAny(c, "。\n") {
		return false
	}
	return reSentEarlier.MatchString(c) || reScrollUp.MatchString(c)
}
