package dialogs

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"contestbot"
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

// reRatioClock is a clock-shaped running time that is an aspect ratio of a
// portrait video: "9:16", "9:18", "9:20", "9:21", "10:16". "4:3" and "16:9"
// are no clock time at all (reDuration wants two digits of seconds).
var reRatioClock = regexp.MustCompile(`^(?:9:1[6-9]|9:2[01]|10:16)$`)

// reDurationCue is a label for the running time right before it: "时长9:16".
var reDurationCue = regexp.MustCompile(`(?i)(?:时长|片长|长度|duration|length|时间)\s*(?:是|为|:|：)?\s*$`)

// findDurationLoc is reDuration.FindStringIndex that skips numbers that
// are no running time (issue #10, round 8): an aspect ratio (9:16) unless
// a 时长 label stands right before it, and a clock inside a longer number
// (the "80:19" of "1080:1920", "2.35:1").
func findDurationLoc(n string) []int {
	for _, loc := range reDuration.FindAllStringIndex(n, -1) {
		if !notDurationAt(n, loc) {
			return loc
		}
	}
	return nil
}

// findDurations is reDuration.FindAllString without the numbers that are
// no running time (see findDurationLoc).
func findDurations(n string) []string {
	var out []string
	for _, loc := range reDuration.FindAllStringIndex(n, -1) {
		if !notDurationAt(n, loc) {
			out = append(out, n[loc[0]:loc[1]])
		}
	}
	return out
}

func notDurationAt(n string, loc []int) bool {
	m := n[loc[0]:loc[1]]
	if !strings.Contains(m, ":") {
		return false
	}
	if loc[0] > 0 && strings.ContainsRune("0123456789.:", rune(n[loc[0]-1])) ||
		loc[1] < len(n) && strings.ContainsRune("0123456789.:", rune(n[loc[1]])) {
		return true
	}
	return reRatioClock.MatchString(m) && !reDurationCue.MatchString(n[:loc[0]])
}

// englishLabels are the field names a contact mixing in English types
// ("title是《…》", "phone 139…", "duration 2min50s", "category选实拍").
// They are labels only as whole words (asciiWordAt): "subtitle" and
// "typeset" name nothing.
var englishLabels = map[slot][]string{
	slot(contestbot.FieldUnit):     {"school", "unit"},
	slot(contestbot.FieldTitle):    {"title"},
	slot(contestbot.FieldProducer): {"producer"},
	slot(contestbot.FieldContact):  {"contact"},
	slot(contestbot.FieldPhone):    {"phone", "tel", "mobile"},
	slot(contestbot.FieldDuration): {"duration", "length"},
	slot(contestbot.FieldCategory): {"category"},
	slot(contestbot.FieldSynopsis): {"synopsis", "intro"},
	slot(contestbot.FieldSummary):  {"summary", "abstract"},
}

// asciiWordAt reports whether a label w found at i of rs stands as a whole
// word: a Chinese label always does; an English one needs no Latin letter
// or digit right before or after it.
func asciiWordAt(rs []rune, i int, w string) bool {
	if !isASCII(w) {
		return true
	}
	end := i + len([]rune(w))
	if i > 0 && isLatin(rs[i-1]) {
		return false
	}
	return end >= len(rs) || !isLatin(rs[end])
}

// formLike reports whether t reads as a pasted form: several lines and at
// least two lines that open with a strong label. There a weak label at
// the start of a line followed by a space is a label too ("学校 郑州市…").
func formLike(t *text) bool {
	lines := 0
	for i := 0; i < len(t.mask); i++ {
		if i != lineStart(t.mask, i) {
			continue
		}
		j := i
		for j < len(t.mask) && (t.mask[j] == ' ' || t.mask[j] == '\t') {
			j++
		}
		for _, d := range labelDefs {
			if !d.weak && t.hasAt(j, d.word) && asciiWordAt(t.mask, j, d.word) {
				lines++
				break
			}
		}
	}
	return lines >= 2 && strings.ContainsRune(string(t.mask), '\n')
}

// reDigitColon is a colon between digits: a ratio or a clock time.
var reDigitColon = regexp.MustCompile(`\d:\d`)
