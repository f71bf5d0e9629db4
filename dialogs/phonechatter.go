package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-f (round 32, rp151): at the 联系电话 step a number inside chatter was
// refused with "联系电话只能包含数字" ("老师出来啦🎉 电话13838026417 然后时长我之前
// 说错了😅 最新剪的版本是2分56秒…", the 时长 in it lost too) or answered as a
// question ("？？我发了呀😳 13838026417" → "这个问题我回答不了"). A number in a
// message at that step is the phone wherever it stands: the message is
// rewritten with the phone first, the talk before it (clauses with no
// label and no digit) dropped, and what follows read as usual.

// rePhoneLabelEnd is a phone label just before the number: "电话", "手机号是".
var rePhoneLabelEnd = regexp.MustCompile(`(?:联系电话|电话号码|手机号码|手机号|电话|手机|号码|联系方式)(?:是|为|：|:)?\s*$`)

// phoneFirst rewrites s when the 联系电话 is asked and s holds one valid
// number among other words; ok is false otherwise (a bare number, two
// numbers, no number, or the contact still to be named beside it).
func phoneFirst(s string, pending slot, e *contestbot.Entry) (string, bool) {
	if pending != slot(contestbot.FieldPhone) || e == nil || e.Contact == "" {
		return s, false
	}
	clean := stripEmoji(s)
	p, _, ok := findPhone(clean)
	if !ok {
		return s, false
	}
	n := contestbot.NormalizeWidth(clean)
	loc := phoneSpan(n)
	if loc == nil {
		return s, false
	}
	before, after := strings.TrimSpace(n[:loc[0]]), strings.TrimSpace(n[loc[1]:])
	if _, _, two := findPhone(after); two {
		return s, false
	}
	if reExtAfter.MatchString(after) {
		return s, false // "13800000000 802", "…转802": the extension reader's
	}
	before = strings.TrimSpace(rePhoneLabelEnd.ReplaceAllString(before, ""))
	var keep []string
	for _, c := range splitClauses(before) {
		c = strings.Trim(c, "，,。；;！!？?、 ")
		if c == "" || !extract(c).labelled && !strings.ContainsAny(c, "0123456789《") {
			continue // "老师出来啦", "？？我发了呀": talk before the number
		}
		keep = append(keep, c)
	}
	if len(keep) == 0 && strings.Trim(after, "，,。；;！!？?、 ~～") == "" && before == "" {
		return s, false // the number alone: the usual reading
	}
	out := "电话" + p
	for _, c := range keep {
		out += "，" + c
	}
	if a := strings.Trim(after, "，,。；;、 "); a != "" {
		out += "，" + a
	}
	return out, true
}

// reExtAfter is an extension after the number: "转802", "分机802", " 802", "-802".
var reExtAfter = regexp.MustCompile(`(?i)^[\s,，(（-]*(?:转|分机|ext|\d)`)

// phoneSpan is the byte range of the one number findPhone reads in n.
func phoneSpan(n string) []int {
	for _, re := range []*regexp.Regexp{reMobile, reLandline} {
		for _, loc := range re.FindAllStringIndex(n, -1) {
			if loc[0] > 0 && isASCIIDigit(n[loc[0]-1]) || loc[1] < len(n) && isASCIIDigit(n[loc[1]]) {
				continue
			}
			if _, err := contestbot.ParsePhone(n[loc[0]:loc[1]]); err == nil {
				return loc
			}
		}
	}
	return nil
}
