package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// Branch s9-f (issue #10, round 23, rp110 p110a): the 摘要 offered from a 简介
// over 100 characters was its 13-character closing sentence ("片中AI生成画面均已
// 标注。"), useless as a summary. The offer is the 简介's leading sentences up
// to the limit, cut at a sentence end, and at least about half the limit
// when the 简介 allows: when the whole first sentences do not reach that, the
// first sentence is cut at a comma and closed with 。. A closing label
// sentence (AI标注, 注：…) is never part of it.

// reLabelSentence is a sentence that labels the film rather than telling
// it: "片中AI生成画面均已标注。", "注：…", "（AI配音已标注）".
var reLabelSentence = regexp.MustCompile(`^[（(]?(?:注|备注|说明)[：:]|已(?:经)?(?:明确)?(?:标注|标明|注明|标识)|均有标注|已作标注|已做标注`)

// minExtract is the length an extract reaches when the 简介 allows: about
// half the 摘要's limit.
const minExtract = 50

// leadingExtract is the 摘要 offered from v within lim characters (see the
// file comment); cut is true when it ends at a comma of a sentence. ok is
// false when v has no sentence that tells the film.
func leadingExtract(v string, lim int) (text string, cut, ok bool) {
	var story []string
	for _, s := range fullSentences(strings.TrimSpace(v)) {
		if strings.TrimSpace(s) == "" || reLabelSentence.MatchString(compact(s)) {
			continue
		}
		story = append(story, s)
	}
	if len(story) == 0 {
		return "", false, false
	}
	run := ""
	for _, s := range story {
		next := strings.TrimSpace(run + s)
		if contestbot.RuneLen(next) > lim {
			break
		}
		run = next
	}
	all := strings.TrimSpace(strings.Join(story, ""))
	want := min(minExtract, contestbot.RuneLen(all))
	if run != "" && contestbot.RuneLen(run) >= want {
		return run, false, true
	}
	// The whole sentences are too short (or none fits): the leading
	// clauses, cut at a comma.
	clauses := ""
	for _, c := range clausesOf(all) {
		next := clauses + c
		if contestbot.RuneLen(strings.TrimSpace(next)) > lim {
			break
		}
		clauses = next
	}
	clauses = strings.TrimSpace(clauses)
	if contestbot.RuneLen(clauses) <= contestbot.RuneLen(run) {
		return run, false, run != ""
	}
	return closeClause(clauses), true, true
}

// closeClause ends a run of clauses cut from a text with a full stop: a
// comma at its end becomes 。, and 。 is added when it has no end mark.
func closeClause(s string) string {
	r, n := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune("，,、；;：:", r) {
		return s[:len(s)-n] + "。"
	}
	if endMark(s) == "" {
		return s + "。"
	}
	return s
}
