package dialogs

import (
	"regexp"
	"strings"
)

// This file (s6-i) takes a letter's closing off the end of a message before
// it is read. Formal writers sign every message ("……。——许文清敬上",
// "许文清 敬上", "——办公室 许文清", "此致 敬礼", "谢谢！张老师"); the closing
// is no value and no part of a 简介, and "确认。——许文清敬上" is a plain
// "确认". Only the end of a message is read, never the inside of a text, and
// a message that is nothing but a closing is kept as typed.
//
// The shapes, by their grammar rather than by any one writer's words:
//   - a dash-led tail: ——/—/--/－ then an optional office or role and a
//     person (a name starting with a surname, or a surname with a title),
//     then an optional closing verb (敬上/谨上/拜上/上/敬启/谨启/顿首/谨呈);
//     any dash-led tail that ends with a closing verb;
//   - a last line or clause that is a person and a closing verb, with or
//     without a space: "许文清 敬上", "王建国谨上";
//   - 此致敬礼 in any spacing at the end;
//   - a thanks clause followed by a signed person: "谢谢！张老师".

// reClosingVerb ends a signature.
const closingVerb = `(?:敬上|谨上|拜上|敬启|谨启|顿首|谨呈|敬呈|谨致|上)`

var (
	// reSignDash is a dash-led tail: the dash, the body, trailing marks.
	reSignDash = regexp.MustCompile(`(?:——|—|－－|－|--|-|~~|～)\s*([^—－\-\n]{1,24}?)[\s。.！!]*$`)
	// reSignVerbEnd is a body ending with a closing verb.
	reSignVerbEnd = regexp.MustCompile(`^(.*?)\s*` + closingVerb + `$`)
	// reSignVerbLine is an undashed last line or clause: a person and a
	// closing verb other than the bare 上.
	reSignVerbLine = regexp.MustCompile(`(?:^|[。！!？?；;\n]|\s)\s*(\p{Han}{2,4}|\p{Han}{1,2}(?:老师|主任|科长|处长|部长|校长|书记|院长))\s*(?:敬上|谨上|拜上|敬启|谨启|顿首|谨呈|敬呈)[\s。.！!]*$`)
	// reSalute is 此致敬礼 at the end, in any spacing.
	reSalute = regexp.MustCompile(`(?:^|[。！!；;，,\n]|\s)\s*此致[\s，,。！!]*敬礼[\s。.！!]*$`)
	// reThanksSigned is a thanks, a mark or space, then a signed person at
	// the end ("谢谢！张老师"; "…。感谢张老师" thanks him and is kept).
	reThanksSigned = regexp.MustCompile(`(?:^|[。！!；;，,\n]|\s)\s*(?:谢谢您?|感谢您?|多谢|万分感谢|非常感谢|辛苦了)[\s，,。！!~～]+` +
		`(\p{Han}{1,2}(?:老师|主任|科长|处长|部长|校长|书记|院长)|\p{Han}{2,4})[\s。.！!]*$`)
	// reSignOffice is an office or unit before the person in a signature.
	reSignOffice = regexp.MustCompile(`^(?:\p{Han}{0,16}(?:办公室|委员会|中心|学院|大学|学校|中学|党委|团委|工会|组织部|宣传部|部|处|办|科|系)|副?(?:校长|院长|书记|主任|科长|处长|部长))$`)
)

// stripSignoff is s without the letter's closing at its end. Closings are
// taken off one after another ("此致\n敬礼\n——许文清敬上"); a message that
// would be left empty is returned as it was.
func stripSignoff(s string) string {
	s = strings.TrimSpace(s)
	out := s
	for i := 0; i < 4; i++ {
		next, ok := stripOneSignoff(out)
		if !ok {
			break
		}
		out = strings.TrimRight(next, " \t\u3000\n")
	}
	if bare(out) == "" {
		return s
	}
	return out
}

// stripOneSignoff takes one closing off the end of s.
func stripOneSignoff(s string) (string, bool) {
	if loc := reSalute.FindStringIndex(s); loc != nil {
		return keepMark(s, loc[0]), true
	}
	if m := reSignDash.FindStringSubmatchIndex(s); m != nil && signatureBody(s[m[2]:m[3]], dashAtBreak(s, m[0])) {
		return s[:m[0]], true
	}
	if m := reSignVerbLine.FindStringSubmatchIndex(s); m != nil && signedPerson(s[m[2]:m[3]]) {
		return keepMark(s, m[0]), true
	}
	if m := reThanksSigned.FindStringSubmatchIndex(s); m != nil && signedPerson(s[m[2]:m[3]]) && m[0] > 0 {
		return keepMark(s, m[0]), true
	}
	return s, false
}

// keepMark cuts s at i, keeping a sentence mark that ends the text before
// the closing ("确认。此致敬礼" → "确认。").
func keepMark(s string, i int) string {
	head := s[:i]
	rest := s[i:]
	for _, mark := range []string{"。", "！", "!", "？", "?"} {
		if strings.HasPrefix(rest, mark) {
			return head + mark
		}
	}
	return head
}

// dashAtBreak reports whether the dash at i starts a line or follows a
// sentence mark: "作用。——许文清", "作用\n——许文清".
func dashAtBreak(s string, i int) bool {
	head := strings.TrimRight(s[:i], " \t\u3000")
	if head == "" {
		return true
	}
	for _, mark := range []string{"。", "！", "!", "？", "?", "；", ";", "\n", "…", "）", ")", "”"} {
		if strings.HasSuffix(head, mark) {
			return true
		}
	}
	return false // "摄影 —— 王振宇" is a role and its person, not a signature
}

// signatureBody reports whether the words after a dash sign a letter: any
// words ending with a closing verb, or, when the dash starts its own
// sentence, a person with an optional office before it.
func signatureBody(body string, atBreak bool) bool {
	body = strings.TrimSpace(body)
	if body == "" || strings.ContainsAny(body, "，,：:、“”\"《》") {
		return false
	}
	if m := reSignVerbEnd.FindStringSubmatch(body); m != nil {
		who := strings.TrimSpace(m[1])
		if who == "" {
			return false
		}
		// The bare 上 closes only a person ("——许文清上"), never a word.
		if !strings.HasSuffix(body, "上") || strings.HasSuffix(body, "敬上") || strings.HasSuffix(body, "谨上") || strings.HasSuffix(body, "拜上") {
			return true
		}
		return signerAt(who)
	}
	return atBreak && signerAt(body)
}

// signerAt reports whether w is a person, maybe after an office or role:
// "许文清", "张老师", "办公室 许文清", "组织部王磊", "副校长许文清".
func signerAt(w string) bool {
	w = strings.TrimSpace(w)
	if signedPerson(w) {
		return true
	}
	if i := strings.LastIndexAny(w, " \t\u3000"); i >= 0 {
		return reSignOffice.MatchString(strings.TrimSpace(w[:i])) && signedPerson(strings.TrimSpace(w[i+1:]))
	}
	for i := range w {
		if i > 0 && reSignOffice.MatchString(w[:i]) && signedPerson(w[i:]) {
			return true
		}
	}
	return false
}

// signedPerson is a name that starts with a surname, or a surname with a
// title.
func signedPerson(w string) bool {
	if rePersonTitled.MatchString(w) {
		return startsWithSurname(w)
	}
	return (rePersonName.MatchString(w) || rePersonDotted.MatchString(w)) && startsWithSurname(w)
}
