package dialogs

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"contestbot"
)

// This file reads a fix of some digits of the stored phone by their place
// (s7-i, issue #10, round 17, rp80 p80b): "电话最后一位是7不是1",
// "电话倒数第二位是5", "手机号第四位是3不是8", "尾号改成67", "后四位是5146".
// The new number is written as a labelled value ("联系电话：…"), so it is
// validated, stored and echoed as any phone is; a stated old digit that does
// not match the stored one gets a question, never a change.

const (
	fixDigit = `[0-9零〇一二三四五六七八九幺两]`
	fixCount = `[0-9]{1,2}|[一二两三四五六七八九十]{1,3}`
)

var (
	// rePhoneWord names the phone; a fix without it is read only right
	// after the phone was answered.
	rePhoneWord = `(?:联系电话|电话号码|电话|手机号码|手机号|手机|号码)?(?:的|里的|里)?`
	// reNamesPhone opens a message that names the phone (尾号 and 后四位 do
	// by themselves: only a phone has digits stored).
	reNamesPhone = regexp.MustCompile(`^(?:联系电话|电话|手机|号码|尾号|尾数|后(?:` + fixCount + `)位|最后(?:[2-9]|[两二三四五六七八九十]{1,3})位)`)
	reAnyDigit   = regexp.MustCompile(fixDigit)
	// reDigitAt: one digit by its place, the new digit said first or after
	// "不是…".
	reDigitAt = regexp.MustCompile(`^` + rePhoneWord + `(最后一位|最后一个数字?|末位|末尾一位|个位|倒数第(?:` + fixCount + `)(?:位|个数字?|个)|第(?:` + fixCount + `)(?:位|个数字?|个))(?:数字)?(?:写错了|打错了|输错了|错了|不对)?[，,\s]*` +
		`(?:(?:应该|应当)?(?:是|为|改成|改为|换成|写成?)\s*(` + fixDigit + `)(?:[，,\s]*(?:而)?不是\s*(` + fixDigit + `))?|不是\s*(` + fixDigit + `)[，,\s]*(?:而)?(?:应该)?是\s*(` + fixDigit + `))`)
	// reTailFix: the last digits given as a group.
	// The verb may be left out before the digits, and the old digits may
	// follow (s10-d, rp123): "最后两位65不是56", "后两位是65。不是56".
	reTailFix = regexp.MustCompile(`^` + rePhoneWord + `(尾号|尾数|后(?:` + fixCount + `)位|最后(?:` + fixCount + `)位)(?:写错了|打错了|输错了|错了|不对)?[，,\s]*(?:(?:应该|应当)?(?:是|为|改成|改为|换成|写成?)\s*)?(` + fixDigit + `{1,8})(?:[。.，,；;\s]*(?:而)?不是\s*(` + fixDigit + `{1,8}))?`)
)

// phoneDigitFix reads a fix of phone digits by place. ok is false when s is
// no such fix; otherwise v is the labelled new phone, or ask a question
// when the fix cannot be made as said.
func (t *turn) phoneDigitFix(e *contestbot.Entry, s string) (v, ask string, ok bool) {
	s = phonePlaceSaid(strings.TrimSpace(contestbot.NormalizeWidth(s))) // s9-b phoneplace.go: "电话错了 最后是8", "倒数第二位是5"
	named := reNamesPhone.MatchString(s)
	if e == nil || e.Phone == "" || (!named && t.st.Prev != slot(contestbot.FieldPhone)) {
		return "", "", false
	}
	num, ext := contestbot.PhoneMain(e.Phone)
	digits := []byte(num)
	var fixed []byte
	if m := reDigitAt.FindStringSubmatchIndex(s); m != nil && noMoreDigits(s[m[1]:]) {
		sub := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		place, nw, old := sub(1), sub(2), sub(3)
		if nw == "" {
			old, nw = sub(4), sub(5)
		}
		i := digitPlace(place, len(digits))
		if i < 0 {
			return "", fmt.Sprintf("您的电话现在是%s，一共%d位，没有“%s”。请直接发完整的号码。", contestbot.FormatPhone(e.Phone), len(digits), place), true
		}
		n, o := cnPhoneDigits(nw), cnPhoneDigits(old)
		if o != "" && o[0] != digits[i] {
			return "", fmt.Sprintf("您的电话现在是%s，%s是%c，不是%s。请直接发完整的正确号码。", contestbot.FormatPhone(e.Phone), place, digits[i], o), true
		}
		if n[0] == digits[i] {
			return "", fmt.Sprintf("您的电话现在是%s，%s已经是%s了。如果还有别处不对，请直接发完整的号码。", contestbot.FormatPhone(e.Phone), place, n), true
		}
		fixed = append([]byte{}, digits...)
		fixed[i] = n[0]
	} else if m := reTailFix.FindStringSubmatch(s); m != nil && noMoreDigits(s[len(m[0]):]) {
		tail := cnPhoneDigits(m[2])
		if k := groupLen(m[1]); k > 0 && k != len(tail) {
			return "", fmt.Sprintf("“%s”要%d位数字，您发的是%s。请直接发完整的号码。", m[1], k, tail), true
		}
		if len(tail) >= len(digits) {
			return "", "", false // a whole number: the phone step reads it
		}
		if old := cnPhoneDigits(m[3]); old != "" && (len(old) != len(tail) || string(digits[len(digits)-len(old):]) != old) {
			return "", fmt.Sprintf("您的电话现在是%s，%s是%s，不是%s。请直接发完整的正确号码。", contestbot.FormatPhone(e.Phone), m[1], digits[len(digits)-len(tail):], old), true
		}
		fixed = append(append([]byte{}, digits[:len(digits)-len(tail)]...), tail...)
	} else {
		return "", "", false
	}
	p := string(fixed)
	if ext != "" {
		p += "转" + ext
	}
	if string(fixed) == num {
		return "", fmt.Sprintf("您的电话现在就是%s，没有改动。", contestbot.FormatPhone(e.Phone)), true
	}
	return slot(contestbot.FieldPhone).label() + "：" + p, "", true
}

// noMoreDigits: what follows a fix is chatter ("打错了😂"), no further digits
// that would make the reading partial.
func noMoreDigits(rest string) bool {
	return !reAnyDigit.MatchString(strings.NewReplacer("一下", "", "不好意思", "").Replace(rest))
}

// digitPlace is the index of a place among n digits, -1 when out of range.
func digitPlace(place string, n int) int {
	i := -1
	switch {
	case strings.HasPrefix(place, "最后"), strings.HasPrefix(place, "末"), place == "个位":
		i = n - 1
	case strings.HasPrefix(place, "倒数第"):
		if k := smallCount(trimPlace(strings.TrimPrefix(place, "倒数第"))); k > 0 {
			i = n - k
		}
	case strings.HasPrefix(place, "第"):
		if k := smallCount(trimPlace(strings.TrimPrefix(place, "第"))); k > 0 {
			i = k - 1
		}
	}
	if i < 0 || i >= n {
		return -1
	}
	return i
}

func trimPlace(s string) string {
	for _, suf := range []string{"个数字", "个数", "位", "个"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

// groupLen is the number of digits a tail names ("后四位" 4), 0 for "尾号".
func groupLen(s string) int {
	s = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(s, "后"), "最后"), "位")
	return smallCount(s)
}

// smallCount reads 1..19 in Arabic or Chinese digits; 0 when it is none.
func smallCount(s string) int {
	if k, err := strconv.Atoi(s); err == nil {
		return k
	}
	s = strings.ReplaceAll(s, "两", "二")
	val := func(r string) int { return strings.Index("一二三四五六七八九", r)/len("一") + 1 }
	switch r := []rune(s); {
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1 && strings.ContainsRune("一二三四五六七八九", r[0]):
		return val(string(r[0]))
	case len(r) == 2 && r[0] == '十' && strings.ContainsRune("一二三四五六七八九", r[1]):
		return 10 + val(string(r[1]))
	}
	return 0
}
