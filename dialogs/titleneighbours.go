package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s10-k (rp130 sanbu_zuopin): a title took in its neighbours. Three
// readings keep a 片名 to the words that name the film:
//
//   - durationTitle: a running time is never a title ("田埂上的党课是2分48秒"
//     restated the title as "2分48秒"); the validator refuses it.
//   - titleWordsTalkOff (called by titleTalkOff): talk about the title after it ("黄河岸边的坚守，后面没有东西",
//     "…，别的字不要", "…，就这几个字") is no part of it.
//   - titleClauseOff: a clause after the title that names another field
//     ("黄河岸边的坚守，是党委组织部" from "…视频切片，制作单位跟第一个一样是党委组织部")
//     is no part of it (otherFieldClause, also in titleWordsTalkOff).

// durationTitle reports whether v is a running time and nothing else,
// written with digits, a colon or seconds ("2分48秒", "2:30", "150秒",
// "两分三十秒"). A title made of words around a time ("三分钟的坚守") and a
// bare "三分钟" (a possible film name) are titles.
func durationTitle(v string) bool {
	n := strings.TrimSpace(contestbot.NormalizeWidth(contestbot.NormalizeTitle(v)))
	n = strings.TrimRight(n, "。，,.！!")
	if n == "" {
		return false
	}
	loc := findDurationLoc(n)
	if loc == nil || loc[0] != 0 || loc[1] != len(n) {
		return false
	}
	if _, err := contestbot.ParseDuration(n); err != nil {
		return false
	}
	return strings.ContainsAny(n, "0123456789:秒")
}

// reTitleWordsTalk is a clause that talks about the title's own words: nothing
// after it, no other words, only these words.
var reTitleWordsTalk = regexp.MustCompile(`^(?:就是|就|是|这|那)?(?:后面|后边|前面|前边|其他的?|别的|多余的?)?(?:没有?(?:东西|别的|字|内容|了)|(?:的|几个)?字(?:都)?不要|什么都没有|啥都没有|没别的|都不要|不要了?)了?[。！!，,]*$|^(?:就|只有|只是)?(?:这|那)(?:几个|四个|五个|六个|七个|八个|九个|十个)?字[了吧啊。！!]*$`)

// titleWordsTalkOff drops a last clause that talks about the title's words
// ("黄河岸边的坚守，后面没有东西" → 黄河岸边的坚守). A title whose only clause
// is such talk is kept as it is (the validator judges it).
func titleWordsTalkOff(orig string) string {
	v, cut := strings.TrimRight(orig, "。！! "), false
	for {
		i := strings.LastIndexAny(v, "，,。 ")
		if i <= 0 {
			if cut {
				return v
			}
			return orig
		}
		_, w := lastRune(v[:i+1])
		tail := strings.TrimSpace(v[i+w:])
		head := strings.TrimSpace(v[:i])
		if head == "" || !reTitleWordsTalk.MatchString(tail) && !otherFieldClause(tail) {
			if cut {
				return v
			}
			return orig
		}
		v, cut = head, true
	}
}

// lastRune is the last rune of s and its width.
func lastRune(s string) (rune, int) {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0, 0
	}
	r := rs[len(rs)-1]
	return r, len(string(r))
}

// reOtherWorkClause is a clause about another work, named by its number:
// "2分30秒是第三个黄河岸边的坚守", "第二个是动画".
var reOtherWorkClause = regexp.MustCompile(`第[二两三四五六七八九十2-9]个`)

// ownTitleSubject reads "A是B" where A is the title of the work at hand
// (rp130: "不对 田埂上的党课是2分48秒，2分30秒是第三个黄河岸边的坚守"): B is a
// value of this work, never its new title, so the clause becomes B and
// the clauses about another work by number are dropped. The message is
// returned unchanged when no clause has the title as its subject.
func ownTitleSubject(e *contestbot.Entry, msg string) string {
	title := strings.TrimSpace(e.Title)
	if len([]rune(title)) < 2 {
		return msg
	}
	cls := splitClauses(msg)
	var out []string
	said := false
	for _, cl := range cls {
		c := strings.TrimRight(cl, "，,。；;！! ")
		c = reDenialLead.ReplaceAllString(c, "")
		if c == "" { // "不对" alone before the correction
			continue
		}
		c = strings.TrimPrefix(strings.TrimPrefix(c, "《"+title+"》"), title)
		if c != strings.TrimRight(reDenialLead.ReplaceAllString(strings.TrimRight(cl, "，,。；;！! "), ""), " ") {
			if m := reSubjectLink.FindStringIndex(c); m != nil && m[1] < len(c) {
				v := strings.TrimSpace(c[m[1]:])
				if durationTitle(v) || contestbot.IsVagueDuration(v) {
					out = append(out, v)
					said = true
					continue
				}
			}
		}
		out = append(out, strings.TrimRight(cl, "，,。；; "))
	}
	if !said {
		return msg
	}
	var keep []string
	for _, c := range out {
		if reOtherWorkClause.MatchString(c) {
			continue
		}
		keep = append(keep, c)
	}
	return strings.Join(keep, "，")
}

var (
	// reDenialLead is a denial before a correction: "不对 ", "不是，".
	reDenialLead = regexp.MustCompile(`^(?:不对不对|不对|错了|不是)[，,\s]*`)
	// reSubjectLink is what joins a title to its value: "是", "的时长是", "时长".
	reSubjectLink = regexp.MustCompile(`^(?:的)?(?:时长|片长)?(?:应该是|其实是|实际是|是|有|为)?`)
)

// reLinkLead is the link before a value left over from another field's
// clause: "是党委组织部" after "制作单位跟第一个一样" was read.
var reLinkLead = regexp.MustCompile(`^(?:也是|就是|都是|还是|是)`)

// otherFieldClause reports whether a clause after a title is "是" and a
// value of another field: an organisation (the rest of "制作单位跟第一个一样是
// 党委组织部"), a running time or a category. "是最美的底色" is no such
// value and stays in the title ("青春，是最美的底色").
func otherFieldClause(cl string) bool {
	loc := reLinkLead.FindStringIndex(cl)
	if loc == nil {
		return false
	}
	v := strings.TrimSpace(strings.TrimRight(cl[loc[1]:], "。！!"))
	if v == "" {
		return false
	}
	return isOrg(v) && !unnamedOrg(v) || durationTitle(v)
}
