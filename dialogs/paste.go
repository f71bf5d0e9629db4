package dialogs

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file helps read pasted and dense messages as meant (issue #10,
// round 8): a greeting or remark around a pasted form, a 简介 over several
// lines, numbered points, and numbers that are not durations.

// reSendOver is 发 meaning "send to you", never "publish": "我把报名表发过来",
// "发给您", "发到邮箱", "邮件发过去就行". Such words are removed before a
// clause is read as a publication statement.
var reSendOver = regexp.MustCompile(`发(?:送|过来|过去|回来|回去|来|去|一下|个|给(?:你们|您们|你|您|我|老师|组干处|邮箱)?|到(?:邮箱|你|您|这|这里|这儿|群|微信)|至邮箱)`)

// dropSendOver removes the words for sending something over from w.
func dropSendOver(w string) string {
	return reSendOver.ReplaceAllString(w, "")
}

// reListPoint is the numbering that opens a point of a list: "2.", "2、",
// "2）", "(2)", "二、", "②". "2.5分钟" opens none.
var reListPoint = regexp.MustCompile(`^[ \t\r　]*(?:[0-9]{1,2}[ \t]*(?:[.．](?:[^0-9]|$)|[、)）])|[(（][0-9一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[①-⑳])`)

// startsPoint reports whether line opens with a list number.
func startsPoint(line string) bool {
	return reListPoint.MatchString(line)
}

// lineStart returns the index just after the line break before i in rs.
func lineStart(rs []rune, i int) int {
	for i > 0 && rs[i-1] != '\n' {
		i--
	}
	return i
}

// joinLines makes one text of a free text pasted over several lines: a
// line break (and the spaces around it) goes, or becomes one space between
// two Latin letters or digits ("Hello\nworld" → "Hello world").
func joinLines(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	lines := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
	var b strings.Builder
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(l)
			if isLatin(prev) && isLatin(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

func isLatin(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
