package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// deadlineDate is the deadline's day as the notice writes it, without the
// year: "10月15日" (a deadline at midnight is the end of the day before).
func deadlineDate(t time.Time) string {
	t = t.In(shanghai)
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		t = t.Add(-time.Second)
	}
	return fmt.Sprintf("%d月%d日", int(t.Month()), t.Day())
}

// Chinese numerals in dates are folded to digits while normalising, so
// that "十五号", "十月十五日" and "二零二四年" read like "15号", "10月15日"
// and "2024年" for the concepts and the date parsers.
var (
	reCNDay  = regexp.MustCompile(`([零〇一二两三四五六七八九十]{1,3})(月|号|日)`)
	reCNYear = regexp.MustCompile(`([零〇一二三四五六七八九]{2,4})年`)
)

var cnDigit = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// cnSmall reads a Chinese number below 100 ("十五", "二十", "三十一");
// ok is false for anything else.
func cnSmall(s string) (int, bool) {
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10, true
	case len(rs) == 1:
		d, ok := cnDigit[rs[0]]
		return d, ok && d > 0
	case len(rs) == 2 && rs[0] == '十':
		d, ok := cnDigit[rs[1]]
		return 10 + d, ok && d > 0
	case len(rs) == 2 && rs[1] == '十':
		d, ok := cnDigit[rs[0]]
		return d * 10, ok && d > 1
	case len(rs) == 3 && rs[1] == '十':
		a, ok1 := cnDigit[rs[0]]
		b, ok2 := cnDigit[rs[2]]
		return a*10 + b, ok1 && ok2 && a > 1 && b > 0
	}
	return 0, false
}

// foldCNDates rewrites Chinese-numeral months, days and years as digits.
func foldCNDates(s string) string {
	if !strings.ContainsAny(s, "零〇一二两三四五六七八九十") {
		return s
	}
	s = reCNYear.ReplaceAllStringFunc(s, func(m string) string {
		var b strings.Builder
		for _, r := range strings.TrimSuffix(m, "年") {
			d, ok := cnDigit[r]
			if !ok || r == '两' {
				return m
			}
			b.WriteByte(byte('0' + d))
		}
		return b.String() + "年"
	})
	return reCNDay.ReplaceAllStringFunc(s, func(m string) string {
		sub := reCNDay.FindStringSubmatch(m)
		n, ok := cnSmall(sub[1])
		if !ok || n > 31 || (sub[2] == "月" && n > 12) {
			return m
		}
		return fmt.Sprintf("%d%s", n, sub[2])
	})
}

// detail is the kind of detail a question asks for: a time, a count, a
// ratio, judging criteria or a size. When the best curated answer holds no
// such detail, the notice only partly answers, and the answer says so.
type detail int

const (
	detailNone detail = iota
	detailTime
	detailCount
	detailRatio
	detailCriteria
	detailSize
)

// what names the missing detail in "通知中没有说明…".
func (d detail) what() string {
	switch d {
	case detailTime:
		return "具体时间"
	case detailCount:
		return "具体数量"
	case detailRatio:
		return "比例"
	case detailCriteria:
		return "评判标准"
	case detailSize:
		return "大小限制"
	}
	return ""
}

// detailAsks are the words that ask for each detail, in normalised form.
var detailAsks = []struct {
	d     detail
	words []string
}{
	{detailRatio, []string{"比例", "占比", "百分之", "百分比", "几成", "获奖率", "通过率", "录取率", "几比几"}},
	{detailCriteria, []string{"看哪些方面", "哪些方面", "看什么", "看重", "侧重", "重点看", "依据什么", "按什么标准", "什么标准", "啥标准", "评判", "怎么打分", "如何打分", "打分", "加分", "扣分", "奖怎么评", "奖如何评", "奖是怎么评", "奖是如何评", "奖怎么评选", "奖如何评选", "奖的评选标准", "奖的评选办法"}},
	{detailSize, []string{"多大的附件", "附件多大", "附件上限", "上限多大", "多少兆", "多少mb", "多少gb", "几个g", "多少g"}},
	{detailTime, []string{"什么时候", "啥时候", "什么时间", "啥时间", "何时", "哪天", "哪一天", "几号", "几月", "月份", "哪个月", "几时", "多久能", "多久会", "多久出", "多长时间能", "多长时间出", "年底前", "年前", "月底前", "when",
		// An event named with 时间 asks when it is: "评审时间", "公示时间".
		"评审时间", "初审时间", "复审时间", "终审时间", "评选时间", "评奖时间", "公示时间", "颁奖时间", "展播时间", "公布时间", "结果时间"}},
	{detailCount, []string{"几个", "几名", "几位", "几轮", "几次", "几部", "几人", "几项", "几种", "几类", "多少个", "多少名", "多少位", "多少人", "多少部", "多少次", "多少项", "多少种"}},
}

// agoAt reports whether w at i in q is the 年前 of "几年前", "三年前"
// (years ago), not "before the new year". (s6-k)
func agoAt(q string, i int, w string) bool {
	if w != "年前" || i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(q[:i])
	return strings.ContainsRune("几多两三四五六七八九十些好0123456789", r)
}

// askedDetail returns the detail q asks for and where its word is; the
// first family in detailAsks wins.
func askedDetail(q string) (detail, span) {
	for _, f := range detailAsks {
		for _, w := range f.words {
			if i := strings.Index(q, w); i >= 0 && !agoAt(q, i, w) {
				return f.d, span{start: i, end: i + len(w)}
			}
		}
	}
	return detailNone, span{}
}

var (
	reHasTime  = regexp.MustCompile(`\d+年|\d+月|\d+日|\{deadline_text\}|\{deadline_date\}|\{agreement_valid_until\}|\{deadline_status\}`)
	reHasCount = regexp.MustCompile(`[0-9一二三四五六七八九十两]+\s*(名|部|份|类|种|个|位|项|样|轮|次|人|字|分钟|天|步)|若干|不限|、|\{contacts\}`)
	reHasRatio = regexp.MustCompile(`%|比例|百分`)
	reHasCrit  = regexp.MustCompile(`标准|细则|评分|政治关|质量关`)
	reHasSize  = regexp.MustCompile(`(?i)\d+\s*(mb|gb|g\b|兆)|大小`)
)

// holds reports whether an answer template gives detail d.
func (d detail) heldBy(answer string) bool {
	switch d {
	case detailTime:
		return reHasTime.MatchString(answer)
	case detailCount:
		return reHasCount.MatchString(answer)
	case detailRatio:
		return reHasRatio.MatchString(answer)
	case detailCriteria:
		return reHasCrit.MatchString(answer)
	case detailSize:
		return reHasSize.MatchString(answer)
	}
	return true
}

// partly is the answer to a question the best curated answer only partly
// answers: it says what the notice does not give, then what it does say,
// and whom to ask.
func (b *Base) partly(d detail, text string) string {
	f := &b.facts
	for _, lead := range []string{"可以合作。", "不可以。", "可以。", "不行。"} {
		text = strings.TrimPrefix(text, lead)
	}
	return "通知中没有说明" + d.what() + "。通知中相关的内容是：" + text +
		fmt.Sprintf("如需确认，请联系%s，电话%s。", strings.Join(f.Contacts, "、"), f.Phone)
}

// narrativeWords mark a message that tells something about one's own
// work or school ("片子在官网挂过", "我们是去年拍的").
var narrativeWords = []string{"我们", "咱们", "我校", "本校", "我的", "我", "片子", "视频", "作品", "这个片", "短片", "学校", "俺们", "俺"}

// isStatement reports whether q, which holds no question word, states a
// circumstance of the user's work that a rule of the notice judges.
func isStatement(q string, topical []hit) bool {
	if len(topical) == 0 || !topical[0].in.statement || utf8.RuneCountInString(q) > 30 {
		return false
	}
	return containsAny(q, narrativeWords)
}

// formFragment reports whether a sentence of the notice is part of a blank
// form (a row of labels and check boxes of 附件2 or 附件4), which quotes
// nothing a user could act on.
func formFragment(s string) bool {
	if strings.ContainsAny(s, "□（）()") && !strings.ContainsAny(s, "。；，") {
		return true
	}
	t := strings.TrimSpace(s)
	if reBlankQuote.MatchString(t) {
		return true // a title or date to fill in: "作品标题：《 》"
	}
	if !strings.ContainsAny(t, "。；，") {
		// Labels waiting for their values ("甲方（组织方）： 乙方（投稿作者）：")
		// say nothing; "地址：河南省郑州市金水区 联系方式：" does.
		filled := 0
		for _, tok := range strings.Fields(t) {
			if !strings.HasSuffix(tok, "：") && !strings.HasSuffix(tok, ":") {
				filled += utf8.RuneCountInString(tok)
			}
		}
		if filled < 4 {
			return true
		}
	}
	return utf8.RuneCountInString(t) <= 12 && !strings.ContainsAny(t, "。；，：:")
}

// reBlankQuote is an empty title or date to fill in: "《 》", "年 月 日".
var reBlankQuote = regexp.MustCompile(`《\s*》|年\s+月\s+日`)

// timeOfTopic handles "初审什么时候结束": the best match took the time
// words for itself only through the generic 何时 ("[何时, 结束]" is the
// deadline), while another match names the topic whose time is asked and
// has no time to give. The question is about that topic's time, so the
// time-only match goes and the topic's match comes first.
func (b *Base) timeOfTopic(q string, occ map[int][]span, topical []hit) []hit {
	if len(topical) < 2 {
		return topical
	}
	ask, at := askedDetail(q)
	if ask != detailTime || !ask.heldBy(topical[0].in.answer) {
		return topical
	}
	when, ok := b.match.byName["何时"]
	if !ok {
		return topical
	}
	// The time-only match holds 何时 at the time word and its other words
	// after it ("什么时候结束"); the topic is named before ("初审").
	viaWhen := false
	for _, s := range topical[0].spans {
		isWhen := false
		for _, w := range occ[when] {
			isWhen = isWhen || s == w
		}
		switch {
		case isWhen && s.overlaps(at):
			viaWhen = true
		case !isWhen && s.start < at.end:
			return topical
		}
	}
	if !viaWhen {
		return topical
	}
	for i, h := range topical[1:] {
		before := false
		for _, s := range h.spans {
			before = before || s.end <= at.start
		}
		if before && h.in.kind == KindFact && !ask.heldBy(h.in.answer) {
			rest := append([]hit{h}, topical[1:i+1]...)
			return append(rest, topical[i+2:]...)
		}
	}
	return topical
}

// heldByAny reports whether any of the hits' answers gives detail d: then
// the question asked it of that part ("截止时间是哪天，交到哪里？").
func heldByAny(d detail, hits []hit) bool {
	for _, h := range hits {
		if d.heldBy(h.in.answer) {
			return true
		}
	}
	return false
}

// sameTopic drops a later part that matched on a topic concept of the
// first part and cites nothing the first does not: "15号当天交还算吗" is
// one question about the deadline's last day, not that plus the deadline.
func (b *Base) sameTopic(hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	first := hits[0]
	keep := hits[:1:1]
	for _, h := range hits[1:] {
		shared := false
		for _, c := range h.concepts {
			for _, d := range first.concepts {
				shared = shared || (c == d && !genericConcepts[b.match.names[c]])
			}
		}
		covered := true
		for _, s := range h.in.sources {
			covered = covered && slices.Contains(first.in.sources, s)
		}
		if shared && covered {
			continue
		}
		keep = append(keep, h)
	}
	return keep
}

// dropMentioned drops a later part matched only on the names of forms
// (报名表, 汇总表, 协议书) that the answer of a better part already names:
// "报名表要几份" is the paper copies of the 报名表, not that plus how to
// fill the 报名表; "报名表谁盖章" is the stamps alone.
func (b *Base) dropMentioned(hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	keep := hits[:1:1]
	said := b.render(hits[0].in.answer)
	for _, h := range hits[1:] {
		named := len(h.concepts) > 0
		for _, c := range h.concepts {
			named = named && documentConcepts[b.match.names[c]] && b.match.said(c, said)
		}
		if named {
			continue
		}
		keep = append(keep, h)
		said += b.render(h.in.answer)
	}
	return keep
}

// documentConcepts name the forms a question is often about
// ("报名表要几份", "协议书原件必须送吗").
var documentConcepts = map[string]bool{"报名表": true, "汇总表": true, "协议": true}

// onDocument keeps, when the question names exactly one form (报名表,
// 汇总表, 协议书), the parts whose answers speak of that form: "协议书乙方填谁"
// is not how to fill the 报名表, "汇总表什么格式" not the video format. A
// part matched on the form's name alone (its general description) goes
// when another part about the form answers the aspect asked ("汇总表谁签字"
// is the signature rule).
func (b *Base) onDocument(occ map[int][]span, hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	doc := -1
	for name := range documentConcepts {
		c, ok := b.match.byName[name]
		if !ok || len(occ[c]) == 0 {
			continue
		}
		if doc >= 0 {
			return hits // two forms named: "报名表和汇总表都要交吗"
		}
		doc = c
	}
	if doc < 0 {
		return hits
	}
	only := func(h hit) bool { return len(h.concepts) == 1 && h.concepts[0] == doc }
	var naming []hit
	aspect := false
	for _, h := range hits {
		if b.match.said(doc, b.render(h.in.answer)) {
			naming = append(naming, h)
			aspect = aspect || !only(h)
		}
	}
	if len(naming) == 0 {
		return hits
	}
	var keep []hit
	for _, h := range naming {
		if aspect && only(h) {
			continue
		}
		keep = append(keep, h)
	}
	return keep
}

// severalForms reads a question that names two or more forms ("报名表和
// 协议书都要盖章吗", "汇总表和协议书谁签字") as asking about them all: the
// forms are its subject, the aspect asked is the answer. It matches the
// question again without the forms' names and keeps the parts whose
// answers speak of every form named; when there are none (or only the
// forms are named), hits stand.
func (b *Base) severalForms(occ map[int][]span, hits []hit, skip func(*intent) bool) []hit {
	var docs []int
	for name := range documentConcepts {
		if c, ok := b.match.byName[name]; ok && len(occ[c]) > 0 {
			docs = append(docs, c)
		}
	}
	if len(docs) < 2 {
		return hits
	}
	rest := make(map[int][]span, len(occ))
	for c, s := range occ {
		if !slices.Contains(docs, c) {
			rest[c] = s
		}
	}
	var keep []hit
	for _, h := range b.match.match(rest, 3, skip) {
		if h.in.kind == KindOffTopic {
			continue
		}
		text, all := b.render(h.in.answer), true
		for _, d := range docs {
			all = all && b.match.said(d, text)
		}
		if all {
			keep = append(keep, h)
		}
	}
	if len(keep) == 0 {
		return hits
	}
	return keep
}
