package contestbot

import (
	"regexp"
	"strings"
)

// A landline may carry an extension: "0371-63351234转802", "0371-63351234
// 分机802", "0371-63351234-802", "0371-63351234 ext 802". It is stored as the
// landline's digits, 转 and the extension's digits (037163351234转802) and
// shown as 0371-63351234转802. A mobile has no extension.

// reExtension is an extension marker and its digits at the end of a number.
var reExtension = regexp.MustCompile(`(?i)^(.*?)[\s,，;；(（]*(?:转接|转|分机号码?|分机|ext\.?|extension)\s*[:：]?\s*(\d{1,6})\s*[)）]?[。.！!]?$`)

// reDashTail is a last dash group that may be an extension: "…1234-802".
// A space works as well when the whole is no number: "0371-63351234 802".
var reDashTail = regexp.MustCompile(`^(.*\d)(?:\s*-\s*|\s+)(\d{1,6})$`)

// mobileExtension is what is said when a mobile is given with an extension.
const mobileExtension = "手机号不能带分机号。请只写11位手机号，或写带区号的座机加分机，例如 0371-63351234转802"

// splitExtension separates a marked extension from s (already width
// normalised): "0371-63351234转802" → "0371-63351234", "802".
func splitExtension(s string) (number, ext string, ok bool) {
	m := reExtension.FindStringSubmatch(s)
	if m == nil {
		return s, "", false
	}
	return strings.TrimSpace(m[1]), m[2], true
}

// withExtension joins parsed number digits and an extension, refusing an
// extension on a mobile.
func withExtension(d, ext string) (string, error) {
	if d[0] == '1' {
		return "", Errorf(EINVALID, mobileExtension)
	}
	return d + "转" + ext, nil
}

// parseWithExtension reads a phone whose extension is marked (转, 分机, ext)
// or follows a last dash ("0371-63351234-802"). handled is false when s has
// no extension at all.
func parseWithExtension(s string) (phone string, handled bool, err error) {
	if num, ext, ok := splitExtension(s); ok {
		if num == "" {
			return "", true, Errorf(EINVALID, "只看到分机号%s，请连总机号一起写，例如 0371-63351234转%s", ext, ext)
		}
		d, err := parseNumber(num)
		if err != nil {
			return "", true, err
		}
		p, err := withExtension(d, ext)
		return p, true, err
	}
	if _, err := parseNumber(s); err == nil {
		return "", false, nil // "0371-6335-1234": dashes inside one number
	}
	if m := reDashTail.FindStringSubmatch(s); m != nil {
		d, err := parseNumber(m[1])
		if err != nil {
			if len(digitsOf(m[1])) >= 7 {
				return "", true, err // "63351234-802": the number itself is wrong
			}
			return "", false, nil
		}
		p, err := withExtension(d, m[2])
		return p, true, err
	}
	return "", false, nil
}

// PhoneExtension reports whether s (a phone as typed, or a sentence around
// it) carries an extension, and its digits: "分机802" → "802".
func PhoneExtension(s string) (string, bool) {
	n := NormalizeWidth(s)
	m := reExtensionAnywhere.FindStringSubmatch(n)
	if m == nil {
		return "", false
	}
	return m[1], true
}

var reExtensionAnywhere = regexp.MustCompile(`(?i)(?:转接|转|分机号码?|分机|ext\.?)\s*[:：]?\s*(\d{1,6})(?:\D|$)`)

// PhoneMain returns a stored phone without its extension, and the extension.
func PhoneMain(p string) (number, ext string) {
	if i := strings.Index(p, "转"); i >= 0 {
		return p[:i], p[i+len("转"):]
	}
	return p, ""
}

func digitsOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
