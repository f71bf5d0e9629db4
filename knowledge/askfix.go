package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
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
	// s11-g (rp137): "结止时间能不能往后推推 俺们那个协议书还得找领导签字盖章":
	// the late answer leads; what still has to be done (a form to sign) is
	// why the deadline is asked about, and the late answer covers it.
	if i := slices.IndexFunc(hits, func(h hit) bool { return h.in.id == intentLate }); i > 0 {
		h := hits[i]
		hits = append([]hit{h}, slices.Delete(hits, i, i+1)...)
	}
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
	which := containsAny(q, whichCategoryWords)
	// s10-g (rp127 q39): "视频切片是啥意思 能报不" names a category by its
	// own name and asks what it is or whether it may be sent: it is one of
	// the categories a work may be sent in.
	if !which && !containsAny(q, ownCategoryAskWords) {
		return ""
	}
	found, word, own := "", "", ""
	for _, c := range b.facts.Categories {
		if strings.Contains(q, normalize(c)) {
			if own != "" || found != "" && found != c {
				return ""
			}
			own = c // s9-g: "采用实景拍摄…应该归入哪个类别" (rp113 N55)
			continue
		}
		if own != "" {
			for _, w := range b.facts.CategoryWords[c] {
				if strings.Contains(q, normalize(w)) {
					return "" // two categories named: mixedCategory's case
				}
			}
			continue
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
	if own != "" {
		if found != "" && found != own {
			return ""
		}
		if !which {
			return fmt.Sprintf("“%s”是通知所列五类作品之一，可以选这一类报送，报名表“分类”勾选“%s”。", own, own)
		}
		return fmt.Sprintf("你说的“%s”就是通知所列五类之一，报名表“分类”勾选“%s”即可。", own, own)
	}
	if found == "" && which {
		// s11-g (rp141 q7): "把之前活动录像剪出来的片段 算哪一类" names no
		// category but describes one by the season's category_hints:
		// the notice's word for it, with what the notice leaves open.
		if c, ok := b.facts.CategoryHint(q); ok {
			return fmt.Sprintf("按你的描述，最接近通知所列分类中的“%s”。", c)
		}
	}
	if found != "" && !which && containsAny(q, ownCategoryAskWords) {
		// s11-k (rp144): "剪出来的片段算不算 切片能不能报" names a category by
		// its short word and asks whether a work may be sent in it: as when
		// it is named by its own name.
		return fmt.Sprintf("“%s”是通知所列五类作品之一，可以选这一类报送，报名表“分类”勾选“%s”。", found, found)
	}
	if found == "" || !which {
		return ""
	}
	if isASCII(word) {
		word = strings.ToUpper(word) // s9-c: "AI对应…", not "ai对应…"
	}
	return fmt.Sprintf("%s对应通知所列分类中的“%s”。", word, found)
}

// ownCategoryAskWords ask what a category named by its own name is, or
// whether a work may be sent in it (normalised: 啥 is 什么, 中不中 行不行).
var ownCategoryAskWords = []string{"什么意思", "指什么", "是指", "含义", "定义", "怎么理解", "是什么", "能报", "可以报", "能不能报",
	"能参加", "可以参加", "能参赛", "可以参赛", "能交", "可以交", "行不行", "可以吗", "行吗", "能不能"}

// whichCategoryWords ask which category a work belongs to.
var whichCategoryWords = []string{"哪类", "哪一类", "哪个类", "算哪", "属于", "选哪", "归哪", "什么类", "哪种", "勾哪", "填哪", "选什么", "勾什么"} // s11-c: 选啥 (rp136 q31)

// minDescribing is the fewest runes of a clause that describes rather
// than names a topic.
const minDescribing = 8

// reClauseEnd ends a clause of a normalised message.
var reClauseEnd = regexp.MustCompile(`[,.;:!?~]+`)

// askedParts drops, of several parts, those only a describing clause
// named: "我们学校今年拍摄了一部反映乡村振兴的短片，…，请问这样的作品是否还
// 能参赛？" describes the work with 乡村振兴 and asks whether it may enter,
// so the theme list is no part of the answer. A circumstance a rule judges
// (statement intents: published, made when …) stays, as the question asks
// about it; and "who may send" goes beside such a circumstance, which
// answers whether this work may enter.
func (b *Base) askedParts(q string, hits []hit, judge bool) []hit {
	if len(hits) < 2 && !(judge && len(hits) == 1) {
		return hits
	}
	var asking [][2]int
	at := 0
	for _, c := range reClauseEnd.Split(q, -1) {
		i := strings.Index(q[at:], c)
		if i < 0 {
			continue
		}
		start := at + i
		at = start + len(c)
		// A short clause without a question word is a topic listed
		// ("截止时间、邮箱、电话分别是多少"), which asks too.
		if n := strings.TrimSpace(c); n != "" && (isQuestion(n) && !courtesy(n) || utf8.RuneCountInString(n) <= minDescribing) {
			asking = append(asking, [2]int{start, at})
		}
	}
	if len(asking) == 0 {
		return hits
	}
	inAsking := func(h hit) bool {
		for _, s := range h.spans {
			for _, a := range asking {
				if s.start < a[1] && s.end > a[0] {
					return true
				}
			}
		}
		return false
	}
	circumstance := false
	for _, h := range hits {
		circumstance = circumstance || h.in.statement && h.in.id != intentEligibility
	}
	keep := slices.DeleteFunc(slices.Clone(hits), func(h hit) bool {
		if h.in.id == intentEligibility && circumstance {
			return true
		}
		return !h.in.statement && len(h.spans) > 0 && !inAsking(h)
	})
	if len(keep) == 0 && !judge {
		return hits
	}
	return keep
}

// circumstanceAmong reports whether any of the intent lists holds a
// circumstance a rule judges (a statement intent other than "who may
// send": published, made when, an individual's work …).
func (b *Base) circumstanceAmong(lists ...[]string) bool {
	for _, ids := range lists {
		for _, id := range ids {
			if in := b.match.intent(id); in != nil && in.statement && id != intentEligibility {
				return true
			}
		}
	}
	return false
}

// coveredBy reports whether the one intent of ids is one that another
// answer's intent covers (its answer says this one's too).
func (b *Base) coveredBy(ids []string, others ...[]string) bool {
	if len(ids) != 1 {
		return false
	}
	for _, o := range others {
		for _, id := range o {
			if in := b.match.intent(id); in != nil && slices.Contains(in.covers, ids[0]) {
				return true
			}
		}
	}
	return false
}

// checkCovers reports the first covers entry that names no intent.
func checkCovers(m *matcher) error {
	for _, in := range m.intents {
		for _, c := range in.covers {
			if m.intent(c) == nil {
				return fmt.Errorf("问题 %s 的 covers 引用的 %s 不存在", in.id, c)
			}
		}
	}
	return nil
}

// onTheDocument keeps, of an answer's sentences, those not about another
// form when the question names exactly one form (报名表, 汇总表, 协议书):
// "报名表要交纸质版吗？交几份" is not how many copies of the agreement.
// A sentence naming no form, or the asked one, stays; nothing changes
// when no sentence names the asked form.
func (b *Base) onTheDocument(occ map[int][]span, text string) string {
	asked, others := -1, []int(nil)
	for name := range documentConcepts {
		c, ok := b.match.byName[name]
		if !ok {
			continue
		}
		if len(occ[c]) > 0 {
			if asked >= 0 {
				return text
			}
			asked = c
		} else {
			others = append(others, c)
		}
	}
	if asked < 0 {
		return text
	}
	sentences := strings.SplitAfter(text, "。")
	var keep []string
	named := false
	for _, s := range sentences {
		if s == "" {
			continue
		}
		if b.match.said(asked, s) {
			named = true
			keep = append(keep, s)
			continue
		}
		other := false
		for _, c := range others {
			other = other || b.match.said(c, s)
		}
		if !other {
			keep = append(keep, s)
		}
	}
	if !named || len(keep) == 0 {
		return text
	}
	return strings.Join(keep, "")
}

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
