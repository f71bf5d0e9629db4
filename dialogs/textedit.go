package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Corrections of the 简介 or 摘要 said without a colon.
//
// "简介改成 作品选取…", "内容简介改成，动画以…", "摘要改成选取…" and the same after
// a complaint ("怎么这么麻烦 摘要改成 …", "我没问学生！！让你改简介 内容简介改成：…")
// replace the text. The new text may hold words that look like a question
// (学生, 字数); it is the value, never a question to the bot.

// reTextEdit is a 简介 or 摘要 correction: the field, the verb, and the text.
var reTextEdit = regexp.MustCompile(`(?:内容)?(简介|摘要)(?:里|的内容)?(?:改成|改为|换成|写成|改一下|重新写成?|就写|应该是|更正为)(?:一下|为|成)?[，,：:。\s]*(?:就是[，,：:\s]*)?`) // s7-e: "简介改一下 就是…": 就是 is the copula

// textEditOf reads a correction of the 简介 or 摘要 anywhere in s after at
// most a short preface; label is "内容简介" or "内容摘要" and text the new
// text, whole. ok is false when s is no such correction.
func textEditOf(s string) (label, text string, ok bool) {
	s = strings.TrimSpace(s)
	loc := reTextEdit.FindStringSubmatchIndex(s)
	if loc == nil {
		return "", "", false
	}
	preface := s[:loc[0]]
	if contestbot.RuneLen(preface) > 30 || preface != "" && !endsWithBreak(preface) && !strings.HasSuffix(preface, "把") && !strings.HasSuffix(preface, "让你改") {
		return "", "", false
	}
	if preface != "" && !endsWithBreak(preface) && containsAny(preface, "怎么", "咋", "如何", "能不能", "能否", "可不可以", "可以") {
		return "", "", false // "怎么把简介改成…": a question about editing
	}
	text = strings.TrimSpace(s[loc[1]:])
	if contestbot.RuneLen(text) < 8 || reTextEdit.MatchString(text) && contestbot.RuneLen(text) < 12 {
		return "", "", false
	}
	return "内容" + s[loc[2]:loc[3]], text, true
}

// endsWithBreak reports whether a preface ends at a space or punctuation.
func endsWithBreak(s string) bool {
	r := []rune(s)
	return strings.ContainsRune(" \t\u3000，,。.！!？?～~；;：:…", r[len(r)-1])
}
