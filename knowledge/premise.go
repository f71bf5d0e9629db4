package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// s6-n: a question that states a value the notice contradicts ("一等奖3个
// 吧", "寄到D752B对吧", "10月30号截止吧", "发组织部邮箱", "二等奖20个",
// "通知说时长不能超过5分钟") is corrected first: "不对，通知写的是…". One
// mechanism: each claim below reads, from the question, the value it states
// for one fact of the facts file (a count, a date, a room, an e-mail, an
// office, a limit) and compares it with the fact. A value the question also
// states rightly ("一等奖5个还是3个") settles nothing and corrects nothing.

// claim reads one fact's stated values from q (normalised) and says the
// correction, or "" when q states no value for it or a right one.
type claim func(b *Base, q string) string

var claims = []claim{awardClaim, deadlineClaim, roomClaim, mailboxClaim, officeClaim, signerClaim, durationClaim, copiesClaim, categoryCountClaim, themeCountClaim}

// correction is the lead that corrects every false premise of question, or
// "" when it states none. A number, date or limit is a premise only where
// the user asserts it: in a clause that asks ("版权确认协议书原件是每部作品各签
// 一份吗？") the number is what is asked, and reading it as a claim about
// another count (the 报名表's paper copies) contradicted a user who claimed nothing
// (s10-h, rp124). A party or place named in a question ("汇总表是让省委教育
// 工委的领导签字吗", "寄到D752B可以吗") is presupposed, and is still corrected.
func (b *Base) correction(question string) string {
	asserted, asked := claimClauses(question)
	var out []string
	add := func(cs []claim, q string) {
		if q == "" {
			return
		}
		for _, c := range cs {
			if s := c(b, q); s != "" && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	add(claims, asserted)
	add(identityClaims, asked)
	if len(out) == 0 {
		return ""
	}
	return "不对，" + strings.Join(out, "；") + "。"
}

// identityClaims read a party or place, which a question presupposes.
var identityClaims = []claim{roomClaim, mailboxClaim, officeClaim, signerClaim}

// reClaimTag ends a clause that states a value and asks only to have it
// confirmed: "…是吧", "…对吧", "…吧", "…对吗", "…对不对", "…没错吧".
var reClaimTag = regexp.MustCompile(`(?:吧|对吗|是吗|对么|是么|对嘛|对不对|是不是|对不|没错吗|没错吧|没错|对吧)[啊呀呢哈]?$`)

// reClaimCue attributes the value to the notice or to hearsay: "通知说…",
// "听说…", "不是说…": a premise whatever the clause ends with.
var reClaimCue = regexp.MustCompile(`通知说|通知上说|通知写|听说|说是|不是说|规定是|要求是|我记得|我看到`)

// claimClauses splits question into the normalised text of its clauses
// that assert something (a statement, a value with a confirming tag as in
// "二等奖是20个吧", "是不是10月30号", or one attributed to the notice or to
// hearsay) and of those that only ask ("…吗", "是否…", "还是…").
func claimClauses(question string) (asserted, asked string) {
	var as, qs []string
	for _, c := range strings.FieldsFunc(question, func(r rune) bool { return strings.ContainsRune(questionEnds, r) }) {
		n := strings.TrimRight(normalize(c), " ,.;:!?~…")
		if n == "" {
			continue
		}
		if isQuestion(n) && !reClaimTag.MatchString(n) && !reClaimCue.MatchString(n) && !strings.Contains(n, "是不是") {
			qs = append(qs, n)
			continue
		}
		as = append(as, n)
	}
	return strings.Join(as, "。"), strings.Join(qs, "。")
}

// number reads "3", "三", "二十", "两" as an int.
func number(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	return cnDigits(s)
}

// leadNumber is the first number of s ("5名" → 5); false for "若干".
func leadNumber(s string) (int, bool) {
	m := reLeadNumber.FindString(s)
	if m == "" {
		return 0, false
	}
	return number(m)
}

var reLeadNumber = regexp.MustCompile(`^(\d+|[零一二两三四五六七八九十百]+)`)

const cnNum = `(\d+|[一二两三四五六七八九十]+)`

// wrongValues compares the values stated for one fact with the fact: the
// stated values that differ, or nil when none is stated or one is right.
func wrongValues(values []int, fact int) []int {
	var wrong []int
	for _, v := range values {
		if v == fact {
			return nil
		}
		wrong = append(wrong, v)
	}
	return wrong
}

func joinInts(vs []int, unit string) string {
	var s []string
	for _, v := range vs {
		s = append(s, strconv.Itoa(v)+unit)
	}
	return strings.Join(s, "、")
}

// awardClaim: "一等奖有3个名额是吧", "二等奖是20个吧".
func awardClaim(b *Base, q string) string {
	var out []string
	for _, aw := range b.facts.Awards {
		fact, ok := leadNumber(aw.Count)
		if !ok || aw.Name == "" {
			continue
		}
		re := awardPattern(aw.Name)
		var vals []int
		for _, m := range re.FindAllStringSubmatch(q, -1) {
			if n, ok := number(m[1]); ok {
				vals = append(vals, n)
			}
		}
		if wrong := wrongValues(vals, fact); len(wrong) > 0 {
			out = append(out, fmt.Sprintf("通知写的是%s%s，不是%s", aw.Name, aw.Count, joinInts(wrong, "个")))
		}
	}
	return strings.Join(out, "；")
}

// awardPatterns caches, per award name, the pattern of a count stated for
// it ("一等奖有3个").
var awardPatterns sync.Map

func awardPattern(name string) *regexp.Regexp {
	if re, ok := awardPatterns.Load(name); ok {
		return re.(*regexp.Regexp)
	}
	re := regexp.MustCompile(regexp.QuoteMeta(name) + `[^,，。;；?？!！\d一二两三四五六七八九十]{0,6}?` + cnNum + `\s*(个|名|部|项|位)`)
	awardPatterns.Store(name, re)
	return re
}

var (
	reDeadlineBefore = regexp.MustCompile(`(截止|截至|ddl|deadline|最晚|最后期限)[^,，。;；?？!！\d]{0,6}?(?:(\d{4})年)?` + cnNum + `月` + cnNum + `[日号]?`)
	reDeadlineAfter  = regexp.MustCompile(`(?:(\d{4})年)?` + cnNum + `月` + cnNum + `[日号]?(前|之前|以前)?(截止|截至|结束报名|报名截止)`)
)

// deadlineClaim: "截止是10月30号对吧", "10月30号截止吧". The notice's own
// deadline is compared, whatever config closes registration on.
func deadlineClaim(b *Base, q string) string {
	at := b.notice.at.In(shanghai)
	if at.IsZero() {
		return ""
	}
	var vals []int // month*100+day
	for _, m := range reDeadlineBefore.FindAllStringSubmatch(q, -1) {
		mo, ok1 := number(m[3])
		d, ok2 := number(m[4])
		if ok1 && ok2 {
			vals = append(vals, mo*100+d)
		}
	}
	for _, loc := range reDeadlineAfter.FindAllStringSubmatchIndex(q, -1) {
		if tail := q[loc[1]:]; strings.HasPrefix(tail, "前") || strings.HasPrefix(tail, "之前") || strings.HasPrefix(tail, "以前") {
			continue // "10月14号截止前交": a day before the deadline, no claim on it
		}
		m := reDeadlineAfter.FindStringSubmatch(q[loc[0]:loc[1]])
		mo, ok1 := number(m[2])
		d, ok2 := number(m[3])
		if ok1 && ok2 {
			vals = append(vals, mo*100+d)
		}
	}
	fact := int(at.Month())*100 + at.Day()
	wrong := wrongValues(vals, fact)
	if c := b.facts.Deadline.In(shanghai); !b.facts.Deadline.IsZero() && len(wrongValues(vals, int(c.Month())*100+c.Day())) == 0 {
		wrong = nil // the day config closes registration on is no false premise
	}
	if len(wrong) == 0 {
		return ""
	}
	var s []string
	for _, v := range wrong {
		s = append(s, fmt.Sprintf("%d月%d日", v/100, v%100))
	}
	return fmt.Sprintf("通知写的是%s报送，不是%s", b.notice.text, strings.Join(s, "、"))
}

var reRoomCode = regexp.MustCompile(`(?i)\b?([a-z]\d{3,4}[a-z]?)`)

// roomClaim: "寄到D752B对吧" when the notice names another room.
func roomClaim(b *Base, q string) string {
	fact := reRoomCode.FindString(b.facts.Room)
	if fact == "" {
		return ""
	}
	var wrong []string
	for _, m := range reRoomCode.FindAllString(q, -1) {
		if strings.EqualFold(m, fact) {
			return ""
		}
		if !strings.ContainsAny(strings.ToLower(m[:1]), "abcdefghijklmnopqrstuvwxyz") {
			continue
		}
		// "h265", "x264", "p30" are no rooms: a room code in the
		// notice's form has the same length and letters at both ends.
		if len(m) != len(fact) || isLetter(m[len(m)-1]) != isLetter(fact[len(fact)-1]) {
			continue
		}
		wrong = append(wrong, strings.ToUpper(m))
	}
	if len(wrong) == 0 {
		return ""
	}
	return fmt.Sprintf("通知写的是%s，不是%s", b.facts.Room, strings.Join(wrong, "、"))
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// mailboxClaim: an e-mail address that is not the notice's.
func mailboxClaim(b *Base, q string) string {
	fact := strings.ToLower(b.facts.Mailbox)
	var wrong []string
	for _, m := range reEmail.FindAllString(strings.ToLower(q), -1) {
		if m == fact {
			return ""
		}
		wrong = append(wrong, m)
	}
	if len(wrong) == 0 || fact == "" {
		return ""
	}
	return fmt.Sprintf("通知写的邮箱是%s，不是%s", b.facts.Mailbox, strings.Join(wrong, "、"))
}

// organisations are the organisers the facts file names, each with its
// short forms ("省委组织部" → "组织部"), longest first.
func (b *Base) organisations() [][]string {
	var out [][]string
	for _, o := range b.facts.Organisers {
		name, _, _ := strings.Cut(o, "（")
		forms := []string{name}
		for _, p := range []string{"河南省", "省委", "省"} {
			if s, ok := strings.CutPrefix(name, p); ok && len([]rune(s)) >= 3 {
				forms = append(forms, s)
				name = s
			}
		}
		out = append(out, forms)
	}
	return out
}

// namedOrganisation is the organiser q names before one of after
// (within a few characters), its form as said and whether the office is
// that organiser's ("" when none is named). A school's own 组织部
// ("我们学校组织部", "党委组织部") is none.
func (b *Base) namedOrganisation(q string, after []string) (said string, ours bool) {
	for _, forms := range b.organisations() {
		for _, f := range forms {
			i := strings.Index(q, f)
			if i < 0 {
				continue
			}
			if pre := q[:i]; strings.HasSuffix(pre, "党委") || strings.HasSuffix(pre, "学校") || strings.HasSuffix(pre, "校") || strings.HasSuffix(pre, "我们") {
				continue
			}
			tail := q[i+len(f):]
			if r := []rune(tail); len(r) > 6 {
				tail = string(r[:6])
			}
			if !containsAny(tail, after) {
				continue
			}
			return f, strings.HasPrefix(b.facts.Office, forms[0]) || strings.Contains(b.facts.Office, f)
		}
	}
	return "", false
}

var mailWords = []string{"邮箱", "信箱", "邮件", "油箱"}

// officeClaim: "作品是发到省委组织部的邮箱吧": the materials go to the
// office's mailbox.
func officeClaim(b *Base, q string) string {
	said, ours := b.namedOrganisation(q, mailWords)
	if said == "" || ours {
		return ""
	}
	return fmt.Sprintf("通知写的是报送%s邮箱%s，不是%s的邮箱", b.facts.Office, b.facts.Mailbox, said)
}

var signWords = []string{"签字", "签名", "签章", "签"}

// signerClaim: "汇总表是让省委教育工委的领导签字吗": the 汇总表 is
// signed by the school's own 分管负责领导 (三（二）).
func signerClaim(b *Base, q string) string {
	if b.facts.Signer == "" {
		return ""
	}
	said, _ := b.namedOrganisation(q, []string{"领导", "负责人", "处长", "老师"})
	if said == "" || !containsAny(q, signWords) {
		return ""
	}
	return fmt.Sprintf("通知写的是%s，不是%s的领导", b.facts.Signer, said)
}

var reLimitClaim = regexp.MustCompile(`(不能超过|不得超过|不超过|不要超过|别超过|最多|最长|上限是?|限制?在?|以内|之内)\s*` + cnNum + `\s*分钟?(半)?`)
var reLimitAfter = regexp.MustCompile(cnNum + `\s*分钟(以内|之内|内)`)

// reRuleCue attributes "X分钟以内" to the rule, making it a claim about the
// limit: "通知说5分钟以内就行吧", "要求是5分钟内吧".
var reRuleCue = regexp.MustCompile(`通知|规定|要求|听说|说是|说要|不是说|上限|最长|最多|限`)

// durationClaim: "通知说时长不能超过5分钟，那我4分钟没问题吧": the limit
// the notice states, and whether the user's own duration is over it.
func durationClaim(b *Base, q string) string {
	limit := b.facts.Video.MaxDurationSeconds
	if limit <= 0 || !containsAny(q, []string{"时长", "分钟", "片长", "视频", "片子", "作品"}) {
		return ""
	}
	q = arabicDurations(q)
	var vals []int
	rest := q
	for _, re := range []*regexp.Regexp{reLimitClaim, reLimitAfter} {
		if re == reLimitAfter && (!reRuleCue.MatchString(q) || containsAny(q, []string{"太短", "最短", "短了", "短不短", "够长"})) {
			continue // "1分钟以内太短了吗": the user's own length, no claim about the rule (round 20, rp73)
		}
		for _, loc := range re.FindAllStringSubmatchIndex(q, -1) {
			m := re.FindStringSubmatch(q[loc[0]:loc[1]])
			numAt := 2
			if re == reLimitAfter {
				numAt = 1
			}
			n, ok := number(m[numAt])
			if !ok || n == 0 {
				continue
			}
			secs := n * 60
			if re == reLimitClaim && m[3] != "" {
				secs += 30
			}
			vals = append(vals, secs)
			rest = strings.Replace(rest, q[loc[0]:loc[1]], strings.Repeat(" ", loc[1]-loc[0]), 1)
		}
	}
	if len(wrongValues(vals, limit)) == 0 {
		return ""
	}
	var said []string
	for _, v := range wrongValues(vals, limit) {
		said = append(said, formatSecs(v))
	}
	out := fmt.Sprintf("通知写的是“时长%s”，不是%s", b.facts.MaxDuration, strings.Join(said, "、"))
	// The user's own duration, judged against the real limit.
	if w := parseVideoWords(rest, b.facts.Video); w.f.DurationSeconds > float64(limit) {
		out += fmt.Sprintf("；你说的%s超过了%s", formatSecs(int(w.f.DurationSeconds)), formatSecs(limit))
	}
	return out
}

func formatSecs(s int) string {
	switch {
	case s%60 == 0:
		return fmt.Sprintf("%d分钟", s/60)
	case s%60 == 30 && s > 60:
		return fmt.Sprintf("%d分半", s/60)
	case s < 60:
		return fmt.Sprintf("%d秒", s)
	}
	return fmt.Sprintf("%d分%d秒", s/60, s%60)
}

var reCopiesClaim = regexp.MustCompile(`(纸质|打印|一式|1式|原件)[^,，。;；?？!！\d]{0,8}?` + cnNum + `\s*(份|套)`)

// copiesClaim: "报名表纸质版交3份吧" when the notice says another count.
func copiesClaim(b *Base, q string) string {
	fact, ok := lastNumber(b.facts.PaperCopies)
	if !ok {
		return ""
	}
	var vals []int
	for _, m := range reCopiesClaim.FindAllStringSubmatch(q, -1) {
		if n, ok := number(m[2]); ok {
			vals = append(vals, n)
		}
	}
	if wrong := wrongValues(vals, fact); len(wrong) > 0 {
		return fmt.Sprintf("通知写的是报名表纸质版报送%s，不是%s", b.facts.PaperCopies, joinInts(wrong, "份"))
	}
	return ""
}

var reLastNumber = regexp.MustCompile(`(\d+|[一二两三四五六七八九十]+)[^\d一二两三四五六七八九十]*$`)

func lastNumber(s string) (int, bool) {
	m := reLastNumber.FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	return number(m[1])
}

var reCategoryCount = regexp.MustCompile(`(分|有|共|总共|一共)\s*` + cnNum + `\s*(类|个类别|种类型|个赛道|个组别)`)

// categoryCountClaim: "作品分四类吧" when the notice lists five.
func categoryCountClaim(b *Base, q string) string {
	n := len(b.facts.Categories)
	if n == 0 {
		return ""
	}
	var vals []int
	for _, m := range reCategoryCount.FindAllStringSubmatch(q, -1) {
		if v, ok := number(m[2]); ok {
			vals = append(vals, v)
		}
	}
	if wrong := wrongValues(vals, n); len(wrong) > 0 {
		return fmt.Sprintf("通知写的是作品分%d类（%s），不是%s", n, strings.Join(b.facts.Categories, "、"), joinInts(wrong, "类"))
	}
	return ""
}

var reThemeCount = regexp.MustCompile(`(有|共|总共|一共)?\s*` + cnNum + `\s*(项|个|条)(重点)?(选题|主题)`)

// themeCountClaim: "选题是5个吧" when the notice lists seven.
func themeCountClaim(b *Base, q string) string {
	n := len(b.facts.Themes)
	if n == 0 {
		return ""
	}
	var vals []int
	for _, m := range reThemeCount.FindAllStringSubmatch(q, -1) {
		if v, ok := number(m[2]); ok {
			vals = append(vals, v)
		}
	}
	if wrong := wrongValues(vals, n); len(wrong) > 0 {
		return fmt.Sprintf("通知写的是%d项重点选题，不是%s", n, joinInts(wrong, "项"))
	}
	return ""
}
