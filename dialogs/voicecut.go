package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s12-b (round 31, rp148): voice input runs the values together with no
// punctuation: "片名叫黄河岸边的户绿人时长两分五十八秒是实景拍摄的" was stored whole as
// the 片名 (the restated title of titlemeant.go took the run to the end). A
// labelled value that runs into another field's cue — a label of a short field
// (时长, 分类, 推荐单位, 制作单位, 联系人, 电话), a running time given to the second
// (…分…秒), a category said as "是…拍的" — ends there when everything from the
// cue on reads as field values; a comma is put in, and the rest is read as
// those fields. A title that merely contains such words keeps them: "时长三分钟的
// 青春" (the rest "的青春" is no value), "我是怎样拍摄的" (no category), "最后三分钟"
// (a running time without seconds and nothing after it).

// reMadeVerbTail is how a work was made, at the end of a clause: "拍摄的", "做的".
var reMadeVerbTail = regexp.MustCompile(`(?:拍摄|摄制|拍|制作|做|弄|剪|生成)(?:的|嘞|哩|滴|了)?$`)

// rePhoneRun is a phone number said whole after its label.
var rePhoneRun = regexp.MustCompile(`^[\d\-—－\s]{7,20}$`)

// runOnCueSlots are the fields whose label may end a run-on value.
var runOnCueSlots = map[slot]bool{
	slot(contestbot.FieldDuration): true, slot(contestbot.FieldCategory): true, slot(contestbot.FieldUnit): true,
	slot(contestbot.FieldProducer): true, slot(contestbot.FieldContact): true, slot(contestbot.FieldPhone): true,
}

// runOnCut puts a comma where a run-on value meets the next field's cue, in
// each clause of s; s is returned unchanged at a free-text step, with quotes,
// or when no cue is followed only by values.
func runOnCut(season *contestbot.Season, s string, pending slot) string {
	if pending.freeText() || pending.eligibility() || strings.ContainsAny(s, "《》“”\"") {
		return s
	}
	if ex := extract(s); ex.labelled {
		for _, v := range ex.values {
			if v.slot.freeText() {
				return s
			}
		}
	}
	if isQuestion(s) || askedYesNo(s) {
		return s
	}
	cls := splitClauses(s)
	changed := false
	for i, cl := range cls {
		if v, ok := cutRunOnClause(season, cl, pending == slot(contestbot.FieldTitle)); ok {
			cls[i] = v
			changed = true
		}
	}
	if !changed {
		return s
	}
	return joinClauses(cls)
}

// cutRunOnClause cuts one clause at its first cue that is followed only by field
// values.
func cutRunOnClause(season *contestbot.Season, cl string, titleStep bool) (string, bool) {
	n := strings.TrimRight(cl, "，,。；;！! ")
	bare := false
	if ex := extract(n); !ex.labelled || ex.firstLabel != 0 {
		// Only a value after its label runs on ("片名叫X时长…"), or the
		// answer at the 片名 step into a running time given to the second
		// ("X两分五十八秒实景拍摄").
		if !titleStep || ex.labelled {
			return cl, false
		}
		bare = true
	}
	spans := reDuration.FindAllStringIndex(n, -1)
	for i := range n {
		if utf8.RuneCountInString(n[:i]) < 3 || insideSpan(spans, i) || digitAt(n, i-1) && digitAt(n, i) {
			continue // "时长2分30秒" is one running time, "138…" one number
		}
		head, tail := n[:i], n[i:]
		if bare && !secondsFirst(tail) {
			continue
		}
		if !runOnCue(season, tail, true) || !valueBefore(head) {
			continue
		}
		return head + "，" + cueLabel(season, tail) + tail + cl[len(n):], true
	}
	return cl, false
}

// valueBefore reports whether head holds a value of its own: a labelled
// value of two runes or more, or two runes of an unlabelled answer.
func valueBefore(head string) bool {
	ex := extract(head)
	if ex.labelled {
		if len(ex.values) == 0 {
			return false
		}
		last := ex.values[len(ex.values)-1]
		return utf8.RuneCountInString(strings.TrimSpace(calledOff(last.raw))) >= 2
	}
	return utf8.RuneCountInString(compact(head)) >= 2
}

// runOnCue reports whether s starts with a cue of a short field and reads
// to its end as field values. first is true for the cue that ends the value
// before it: a running time there must be given to the second (or be
// followed by more values), so a title ending in "三分钟" keeps it.
func runOnCue(season *contestbot.Season, s string, first bool) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	norm := contestbot.NormalizeWidth(s)
	if loc := findDurationLoc(norm); loc != nil && loc[0] == 0 && len(norm) == len(s) {
		if _, err := contestbot.ParseDuration(norm[:loc[1]]); err == nil {
			rest := s[loc[1]:]
			if reHedgeAfter.MatchString(rest) {
				return false
			}
			if first && rest == "" && !strings.Contains(norm[:loc[1]], "秒") {
				return false
			}
			return runOnCue(season, rest, false)
		}
	}
	if c, ok := categoryExact(season, s); ok && c != "" && (!first || strings.HasPrefix(s, "是")) {
		// "是实景拍摄的" names the category; "拍摄的" alone only says it was
		// filmed, and a bare category word may end a clause of another kind
		// ("没有使用AI"), so the first cue needs its 是.
		return strings.Trim(reMadeVerbTail.ReplaceAllString(s, ""), "是就这") != ""
	}
	for _, d := range labelDefs {
		if d.weak || !runOnCueSlots[slot(strings.TrimSuffix(string(d.slot), "!"))] || !strings.HasPrefix(s, d.word) {
			continue
		}
		rest := strings.TrimSpace(s[len(d.word):])
		for _, v := range []string{"是", "为", "叫", "：", ":"} {
			rest = strings.TrimPrefix(rest, v)
		}
		switch slot(strings.TrimSuffix(string(d.slot), "!")) {
		case slot(contestbot.FieldDuration):
			return rest != "" && runOnCue(season, rest, false) && startsWithDuration(rest)
		case slot(contestbot.FieldCategory):
			_, ok := categoryExact(season, rest)
			return ok
		}
		switch slot(strings.TrimSuffix(string(d.slot), "!")) {
		case slot(contestbot.FieldPhone):
			return rePhoneRun.MatchString(contestbot.NormalizeWidth(rest))
		case slot(contestbot.FieldContact):
			return isRealName(rest)
		}
		return isOrg(rest) // 推荐单位, 制作单位
	}
	return false
}

// startsWithDuration reports whether s opens with a running time.
func startsWithDuration(s string) bool {
	n := contestbot.NormalizeWidth(s)
	loc := findDurationLoc(n)
	return loc != nil && loc[0] == 0
}

// cueLabel is the label to put before a cue that has none: a running time
// is the 时长, a category the 分类, so the value before it is not read with
// it as one comma title.
func cueLabel(season *contestbot.Season, tail string) string {
	if startsWithDuration(tail) {
		return slot(contestbot.FieldDuration).label()
	}
	if _, ok := categoryExact(season, tail); ok {
		return slot(contestbot.FieldCategory).label()
	}
	return ""
}

// insideSpan reports whether byte offset i falls strictly inside one of spans.
func insideSpan(spans [][]int, i int) bool {
	for _, sp := range spans {
		if i > sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// digitAt reports whether the rune at byte offset i of s is a digit (Arabic,
// full-width or Chinese).
func digitAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	for !utf8.RuneStart(s[i]) && i > 0 {
		i--
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("零一二两三四五六七八九十百", r)
}

// secondsFirst reports whether s opens with a running time given to the
// second and goes on ("两分五十八秒实景拍摄"); a title may end in a time.
func secondsFirst(s string) bool {
	n := contestbot.NormalizeWidth(s)
	loc := findDurationLoc(n)
	return loc != nil && loc[0] == 0 && strings.Contains(n[:loc[1]], "秒") && strings.TrimSpace(n[loc[1]:]) != ""
}
