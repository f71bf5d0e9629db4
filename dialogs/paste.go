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
var reSendOver = regexp.MustCompile(`发(?:送|过来|过去|回来|回去|来|给(?:你们|您们|你|您|我|老师|邮箱)?|到(?:邮箱|你|您|这里|这儿)|至邮箱)`)

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
	// s8-m: the five roles in English ("director就是我", "script也是我写的").
	slotDirector: {"director"},
	slotWriter:   {"script", "writer", "scriptwriter"},
	slotCamera:   {"camera", "cameraman", "photographer", "photography"},
	slotEditor:   {"editor", "editing"},
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

// splitPoints cuts a message made of numbered points, one a line ("1. 是",
// "2、今年拍的", "③没发过"), into the points by number. ok is false unless
// every non-empty line opens a point and there are two or more.
func splitPoints(s string) (map[int]string, bool) {
	pts := map[int]string{}
	for _, line := range strings.Split(contestbot.NormalizeWidth(s), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		m := reListPoint.FindString(line)
		if m == "" {
			return nil, false
		}
		n := pointNumber(m)
		if n == 0 {
			return nil, false
		}
		if _, dup := pts[n]; dup {
			return nil, false
		}
		rest := strings.TrimSpace(strings.TrimPrefix(line, m))
		if last, _ := utf8.DecodeLastRuneInString(m); !strings.ContainsRune(".．、)）", last) && !(last >= '①' && last <= '⑳') {
			// "2.是" consumed the first rune of the point: put it back.
			rest = strings.TrimSpace(string(last) + rest)
		}
		pts[n] = rest
	}
	return pts, len(pts) >= 2
}

// pointNumber is the number of a list point's numbering ("2.", "（3）", "四、", "⑤").
func pointNumber(m string) int {
	cn := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '十': 10}
	n := 0
	for _, r := range m {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '①' && r <= '⑳':
			return int(r-'①') + 1
		case cn[r] > 0 && n == 0:
			n = cn[r]
		}
	}
	return n
}

type pointFact struct {
	f contestbot.Field
	v bool
}

// pointAnswers reads numbered points that answer the numbered eligibility
// items the bot listed (open, in its order): each point on its own, as the
// answer to its item ("3. 没发过" answers item 3). A point that plainly
// states another fact keeps it. ok is false unless every point is read.
func pointAnswers(s string, open []slot, p period) ([]pointFact, bool) {
	pts, ok := splitPoints(s)
	if !ok {
		return nil, false
	}
	var out []pointFact
	for n := 1; n <= len(open)+1; n++ {
		text, said := pts[n]
		if !said {
			continue
		}
		if n > len(open) {
			return nil, false
		}
		x := open[n-1]
		if f, v, ok := eligibilityClause(dialectNegation(text), p); ok && f != x.field() && !(x.field() == contestbot.FieldAIUsed && f == contestbot.FieldAILabelled) {
			out = append(out, pointFact{f, v})
			continue
		}
		if v, ok := yesNoKeywords(x.field(), dialectNegation(text), p); ok {
			out = append(out, pointFact{x.field(), v})
			continue
		}
		switch {
		case isYes(text):
			f, v := holds(x, true)
			out = append(out, pointFact{f, v})
		case isNo(text):
			f, v := holds(x, false)
			out = append(out, pointFact{f, v})
		default:
			return nil, false
		}
	}
	return out, len(out) == len(pts)
}

// rePointFix is a correction naming a point of the contact's own numbered
// message: "第2条写错了，应该是清风汴水间", "第三点改成实景拍摄".
var rePointFix = regexp.MustCompile(`^第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2}|[①-⑳])\s*(?:条|点|项|个|行)?(?:的|里的|那个)?\s*(?:写错了|填错了|打错了|搞错了|弄错了|错了|不对|有误|有问题)?[，,。\s]*(?:应该是|应该为|应为|应是|改成|改为|换成|更正为|是|为)[：:\s]*(.+)$`)

// notePoints remembers which field each point of a numbered message gave
// ("1. 推荐单位：…\n2. 片名：…"), so that "第2条写错了" later names the
// 片名. A message that is no numbered list leaves the last list as it is.
func (t *turn) notePoints(s string) {
	pts, ok := splitPoints(s)
	if !ok {
		return
	}
	m := map[int]slot{}
	for n, text := range pts {
		if ex := extract(text); len(ex.values) > 0 && ex.firstLabel == 0 {
			m[n] = ex.values[0].slot
		}
	}
	t.st.Points = m
}

// pointFix rewrites a correction that names a point of the last numbered
// message as one that names its field: "第2条写错了，应该是X" → "片名改成X".
// The bot's own numbered eligibility items are read by eligibility.go.
func (t *turn) pointFix(s string, pending slot) string {
	if len(t.st.Points) == 0 || pending.yesNo() && pending != slot(contestbot.FieldCopyright) {
		return s
	}
	m := rePointFix.FindStringSubmatch(strings.TrimSpace(contestbot.NormalizeWidth(s)))
	if m == nil {
		return s
	}
	x, ok := t.st.Points[pointNumber(m[1]+".")]
	if !ok || x == "" {
		return s
	}
	return x.label() + "改成" + strings.TrimSpace(m[2])
}
