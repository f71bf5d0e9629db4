package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Fixes of round 10 (issue 12, branch fc): late entries, a help request
// naming a format, the category a word names, and parts whose words only
// describe.

// intentLate is the intent of a late entry ("过了15号还能交吗").
const intentLate = "late"

// reLateDay is a day passed before asking ("过了15号", "超过10月15日",
// "15号以后还能交吗", "截止以后").
var reLateDay = regexp.MustCompile(`(过了|超过|超了|错过|晚于|过去)\s*(\d{1,2}月)?(\d{1,2}|[一二三四五六七八九十]{1,3})[号日]|(\d{1,2}|[一二三四五六七八九十]{1,3})[号日](以后|之后|过后|后)`)

// asksLate reports whether q asks about entering after the deadline.
func (b *Base) asksLate(q string, occ map[int][]span) bool {
	return b.match.has(occ, "延期") || reLateDay.MatchString(q) && containsAny(q, lateAskWords)
}

// lateAskWords ask whether something is still possible.
var lateAskWords = []string{"能", "可以", "行", "中", "还", "收", "交", "报", "补"}

// lateEntry makes a late-entry question get the late answer, which says
// the notice's date, that the notice makes no provision for late entries,
// and whom to ask; the deadline's own answer beside it only repeats the
// date, and the configured closing day must not read as a yes.
func (b *Base) lateEntry(q string, occ map[int][]span, hits []hit) []hit {
	if !b.asksLate(q, occ) {
		return hits
	}
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		return h.in.id == intentDeadline || h.in.id == intentDeadlineDay
	})
	return b.withIntent(hits, intentLate)
}

// lateStatus is {late_status}: before a configured closing day other than
// the notice's, that day with a word that it is no permission to enter
// late (the days left would read as a yes); else the deadline status.
func (b *Base) lateStatus() string {
	if b.overridden() && !b.now().After(b.facts.Deadline) {
		return b.deadlineNote() + "这是在这里填报的截止日，不代表通知同意逾期报送。"
	}
	return b.deadlineStatus()
}

// helpWithFormat reports whether q asks for help making a file of a
// format ("俺不会弄那个mp4 咋整"): no verdict on the format it names.
func (b *Base) helpWithFormat(words wordsFacts, occ map[int][]span) bool {
	return words.f.Container != "" && b.match.has(occ, "求助词")
}

// categoryLead names the category an everyday word of q stands for
// ("动漫" → 动画制作), when q names exactly one category and not by its
// own name: "动漫对应五类中的“动画制作”。".
func (b *Base) categoryLead(q string) string {
	if !containsAny(q, whichCategoryWords) {
		return ""
	}
	found, word := "", ""
	for _, c := range b.facts.Categories {
		if strings.Contains(q, normalize(c)) {
			return ""
		}
		for _, w := range b.facts.CategoryWords[c] {
			if !strings.Contains(q, normalize(w)) {
				continue
			}
			if found != "" && found != c {
				return ""
			}
			if found == "" || len(w) > len(word) {
				found, word = c, w
			}
		}
	}
	if found == "" {
		return ""
	}
	return fmt.Sprintf("%s对应通知所列分类中的“%s”。", word, found)
}

// whichCategoryWords ask which category a work belongs to.
var whichCategoryWords = []string{"哪类", "哪一类", "哪个类", "算哪", "属于", "选哪", "归哪", "什么类", "哪种", "勾哪", "填哪"}
