package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// A landline's extension (s5-g2): "0371-63351234转802" is kept whole by
// contestbot.ParsePhone and findPhone; this file handles an extension said
// on its own ("分机802，能不能写在电话后面", "后面的转802得写上") and a
// mobile given with one, which is refused, never cut silently.

// reMobileExt is a mobile number with an extension after it.
var reMobileExt = regexp.MustCompile(`(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}\s*[,，(（]?\s*(?:转接|转|分机号码?|分机|-)\s*\d{1,6}[)）]?`)

// reNumberBeforeExt is a run of digits with an extension after it.
var reNumberBeforeExt = regexp.MustCompile(`\d[\d -]{5,}\d\s*[,，(（]?\s*(?:转接|转|分机号码?|分机)\s*[:：]?\s*\d{1,6}`)

// phoneExtension reads an extension in s. A lone extension is added to the
// landline on file (or asked about when there is none); a mobile with an
// extension is taken out of s with what to tell the user, and the rest of
// s goes on to the form. done is true when out is the whole reply.
func (t *turn) phoneExtension(e *contestbot.Entry, s string, pending slot, reask func(string) string) (rest, note, out string, done bool) {
	n := contestbot.NormalizeWidth(s)
	if p, err := contestbot.ParsePhone(n); err == nil && strings.Contains(p, "转") {
		// The whole message is a number with its extension: "0371-63351234 802".
		e.Phone = p
		t.touch(e)
		return "", "", reask(fmt.Sprintf("好的，已记下 联系电话：%s。", contestbot.FormatPhone(p))), true
	} else if err != nil && strings.HasPrefix(contestbot.ErrorMessage(err), "手机号不能带分机号") {
		return "", "", reask(contestbot.ErrorMessage(err) + "。联系电话没有记录。"), true // "13800000000 802"
	}
	if loc := reMobileExt.FindStringIndex(n); loc != nil && !(loc[0] > 0 && isASCIIDigit(n[loc[0]-1])) {
		rs := []rune(s)
		a, b := len([]rune(n[:loc[0]])), len([]rune(n[:loc[1]]))
		note = "“" + strings.TrimSpace(string(rs[a:b])) + "”：手机号不能带分机号，联系电话没有记录。请只写11位手机号，或写带区号的座机加分机，例如 0371-63351234转802。"
		rest = strings.TrimSpace(string(rs[:a]) + " " + string(rs[b:]))
		if r := strings.Trim(compact(rest), "，,。.；;、:：!！?？"); r == "" || reCuePhoneOnly.MatchString(r) || phoneLabelLeft(r) || isChatter(r) {
			return "", "", reask(note), true
		}
		return rest, note, "", false
	}
	ext, ok := contestbot.PhoneExtension(s)
	if !ok {
		return s, "", "", false
	}
	if _, _, found := findPhone(s); found {
		return s, "", "", false // the number is there: ParsePhone keeps its extension
	}
	if m := reNumberBeforeExt.FindString(n); m != "" {
		// "63351234转802": a number is there, and what is wrong with it is said.
		if _, err := contestbot.ParsePhone(m); err != nil {
			return "", "", reask(contestbot.ErrorMessage(err)), true
		}
	}
	c := compact(s)
	if !strings.Contains(c, "分机") && !containsAny(c, "电话", "座机", "号码", "总机") && pending != slot(contestbot.FieldPhone) {
		return s, "", "", false
	}
	num, _ := contestbot.PhoneMain(e.Phone)
	switch {
	case num == "":
		return "", "", reask(fmt.Sprintf("只看到分机号%s，请连总机号一起写，例如 0371-63351234转%s", ext, ext)), true
	case strings.HasPrefix(num, "1"):
		return "", "", reask(fmt.Sprintf("现在的联系电话%s是手机号，手机号不能带分机号。要写座机的话，请连区号和总机号一起发，例如 0371-63351234转%s", num, ext)), true
	}
	e.Phone = num + "转" + ext
	t.touch(e)
	return "", "", reask(fmt.Sprintf("好的，已记下 联系电话：%s。", contestbot.FormatPhone(e.Phone))), true
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }
