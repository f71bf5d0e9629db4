package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// workDate is when the user's words say a work was made: "今年3月拍的",
// "去年年底做的", "23年的片子", "上个月刚拍完". Month is 0 when the words
// name only a year.
type workDate struct {
	year, month int
	text        string // as the answer restates it: "2025年3月", "2024年底"
	end         int    // where the date ends in the question
	// started: the words date only the start of the work ("去年12月开拍的");
	// from: the start's text when a completion date follows it ("去年12月
	// 开拍的，今年3月才剪完"). The completion decides (s5-k3).
	started bool
	from    string
	// shot: the words date only the filming ("2024年12月拍的") and
	// nothing says when the work was finished (s8-g, rp93 q31).
	shot bool
}

var (
	// reWorkYear is a year with an optional part or month: "2024年底",
	// "23年", "2025年3月". A year followed by 以来/之前/以后 is the rule
	// itself, not a date the work was made.
	reWorkYear = regexp.MustCompile(`(20\d{2}|\d{2})年(底|末|初|年底|年初|上半年|下半年)?(?:(\d{1,2}|[一二三四五六七八九十]{1,2})月)?`)
	// reWorkRel is a year said relative to today: 今年, 去年 …
	reWorkRel = regexp.MustCompile(`(大前年|前年|去年|今年)(底|末|初|年底|年初|上半年|下半年)?(?:(\d{1,2}|[一二三四五六七八九十]{1,2})月)?`)
	// reWorkMonth is a month of this year: "3月拍的", "上个月", "这个月".
	reWorkMonth = regexp.MustCompile(`(?:^|[^\d年])(\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:[^\d日号]|$)`)
	// madeWords say the work was made then; a work noun counts only
	// right after the date ("23年的片子"), not in "今年的作品什么时候交".
	madeWords   = []string{"拍", "做", "制作", "完成", "创作", "录", "剪", "弄", "出的"}
	workNouns   = []string{"的作品", "的片子", "的视频", "的片儿", "的片", "作品", "片子", "视频"}
	ruleAfterYr = []string{"以来", "之前", "以前", "之后", "以后", "前", "后"}
	recentWords = []string{"上个月", "上月", "这个月", "本月", "这月", "上周", "这周", "前几天", "最近", "近期", "刚拍", "刚做", "刚完成", "前段时间", "新拍"}
	// startWords say the work was begun, not made, then.
	startWords   = []string{"开拍", "开始拍", "开机", "开始做", "开始制作", "开始创作", "着手", "筹备", "策划", "立项", "动笔", "开工", "起步"}
	partMonthFor = map[string]int{"底": 12, "末": 12, "年底": 12, "初": 1, "年初": 1, "上半年": 6, "下半年": 12}
)

// parseWorkDate finds when a work was made in q, relative to now. It
// needs a word about making the work (拍, 做, 作品 …) and no day of the
// month ("10月15日前交" is the deadline, not when the work was made).
func parseWorkDate(q string, now time.Time) (workDate, bool) {
	q = foldYearGloss(q) // s8-o
	if strings.ContainsAny(q, "日号") {
		return workDate{}, false
	}
	// The first date that says when the work was made: in "拍的是2019年
	// 抗洪的事迹，今年拍的" that is 今年. A date the work was only begun
	// ("去年12月开拍的") gives way to one it was finished ("今年3月才剪完").
	var begun, made *workDate
	for from := 0; from < len(q); {
		d, start, end, ok := findWorkDate(q[from:], now.In(shanghai))
		if !ok {
			break
		}
		start, end = start+from, end+from
		if hasPrefixAny(q[end:], workNouns) || madeNear(q, start, end) ||
			containsAny(q, madeWords) && bareDate(q[end:]) {
			d.end = end
			if wordNear(q[end:], startWords) {
				if begun == nil {
					d.started = true
					begun = &d
				}
				from = end
				continue
			}
			if begun != nil {
				d.from = begun.text
			}
			// s7-j (rp82 p82b): "2024年12月拍的，但是一直到今年3月才剪完定稿":
			// of several making dates the latest is the completion, and
			// the completion decides; the earlier one is restated as the start.
			if made == nil || later(d, *made) {
				if made != nil && d.from == "" {
					d.from = made.text
				}
				made = &d
			}
		}
		from = end
	}
	if made != nil {
		made.shot = made.from == "" && shotOnly(q, made.end)
		return *made, true
	}
	if begun != nil {
		return *begun, true
	}
	return workDate{}, false
}

// later reports whether a is after b; a month not said counts as the
// year's last.
func later(a, b workDate) bool {
	am, bm := a.month, b.month
	if am == 0 {
		am = 12
	}
	if bm == 0 {
		bm = 12
	}
	return a.year > b.year || a.year == b.year && am > bm
}

// wordNear reports whether one of words begins within madeNear_ runes of
// the start of after.
func wordNear(after string, words []string) bool {
	for _, w := range words {
		if i := strings.Index(after, w); i >= 0 && utf8.RuneCountInString(after[:i]) < madeNear_ {
			return true
		}
	}
	return false
}

// bareDate reports whether what follows a date up to the end of its
// clause says nothing of its own ("…？2024年11月的" restates when the work
// was made): the date then goes with the making word said before.
func bareDate(after string) bool {
	for _, r := range after {
		switch {
		case strings.ContainsRune(",.;!?~… ", r):
			return true
		case !strings.ContainsRune("的吧呀啊哈呢", r):
			return false
		}
	}
	return true
}

// madeNear is the window, in runes, within which a making word must
// follow or precede a date for the date to say when the work was made.
const madeNear_ = 4

// madeAt are the words that put the date of making before the date
// ("拍摄于2024年", "完成时间是去年").
var madeAt = []string{"拍摄于", "完成于", "制作于", "创作于", "拍于", "做于", "时间是", "时间为", "时间:", "日期是", "是在"}

// madeNear reports whether a word about making the work stands right
// after the date q[start:end] ("去年12月拍完的", "今年刚做的") or a
// made-at phrase right before it ("拍摄时间是2024年"). A date further from it says when
// something else happened: in "想拍一个老党员，他的事迹是2019年抗洪那会儿的"
// 2019 is when the deeds were done, not when the work was made, and in
// "今年七一大会的录像剪了剪" 今年 dates the meeting.
func madeNear(q string, start, end int) bool {
	after, before := q[end:], q[:start]
	for _, w := range madeWords {
		if i := strings.Index(after, w); i >= 0 && utf8.RuneCountInString(after[:i]) < madeNear_ {
			return true
		}
	}
	for _, w := range madeAt {
		if i := strings.LastIndex(before, w); i >= 0 && utf8.RuneCountInString(before[i+len(w):]) <= 1 {
			return true
		}
	}
	return false
}

// findWorkDate finds the first date in q and where it starts and ends.
func findWorkDate(q string, now time.Time) (workDate, int, int, bool) {
	part := func(p, month string) (int, string) {
		if month != "" {
			m, ok := monthNumber(month)
			if ok {
				return m, fmt.Sprintf("%d月", m)
			}
		}
		if m, ok := partMonthFor[p]; ok {
			return m, strings.TrimPrefix(p, "年")
		}
		return 0, ""
	}
	if m := reWorkYear.FindStringSubmatchIndex(q); m != nil {
		// A stated year wins over a relative one: in "去年拍的？2024年11月的"
		// the user corrects 去年 with the year itself.
		y, _ := strconv.Atoi(q[m[2]:m[3]])
		if y < 100 {
			y += 2000
		}
		rule := hasPrefixAny(q[m[1]:], ruleAfterYr) && m[4] < 0 && m[6] < 0
		if !rule && (y > now.Year() || y < 2000) {
			return workDate{}, 0, 0, false
		}
		if !rule {
			month, say := part(sub(q, m, 2), sub(q, m, 3))
			return workDate{year: y, month: month, text: fmt.Sprintf("%d年%s", y, say)}, m[0], m[1], true
		}
		if !reWorkRel.MatchString(q) {
			return workDate{}, 0, 0, false
		}
	}
	if m := reWorkRel.FindStringSubmatchIndex(q); m != nil {
		back := map[string]int{"今年": 0, "去年": 1, "前年": 2, "大前年": 3}[q[m[2]:m[3]]]
		y := now.Year() - back
		month, say := part(sub(q, m, 2), sub(q, m, 3))
		return workDate{year: y, month: month, text: fmt.Sprintf("%d年%s", y, say)}, m[0], m[1], true
	}
	for _, w := range recentWords {
		if i := strings.Index(q, w); i >= 0 {
			t := now
			if w == "上个月" || w == "上月" {
				t = time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, shanghai).AddDate(0, -1, 0)
			}
			return workDate{year: t.Year(), month: int(t.Month()), text: fmt.Sprintf("%d年%d月", t.Year(), int(t.Month()))}, i, i + len(w), true
		}
	}
	if m := reWorkMonth.FindStringSubmatchIndex(q); m != nil {
		month, ok := monthNumber(q[m[2]:m[3]])
		if !ok || month > int(now.Month()) {
			// A month still to come is not when a finished work was made.
			return workDate{}, 0, 0, false
		}
		end := m[3] + len("月")
		if strings.HasPrefix(q[end:], "份") {
			end += len("份")
		}
		return workDate{year: now.Year(), month: month, text: fmt.Sprintf("%d年%d月", now.Year(), month)}, m[2], end, true
	}
	return workDate{}, 0, 0, false
}

// sub is submatch i of a FindStringSubmatchIndex result ("" if unmatched).
func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// monthNumber reads "3" or "三" or "十二" as a month.
func monthNumber(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil {
		var ok bool
		if n, ok = cnDigits(s); !ok {
			return 0, false
		}
	}
	return n, n >= 1 && n <= 12
}

// dateVerdictLead opens a verdict on when the work was made.
const dateVerdictLead = "按你说的时间"

// workDateVerdict says whether a work made at d falls in the season's
// works-since range, as works_since_text words it ("" when the season sets none or d is in the future).
func (b *Base) workDateVerdict(d workDate) string {
	f := &b.facts
	if f.WorksSince == "" {
		return ""
	}
	since, err := time.ParseInLocation("2006-01", f.WorksSince, shanghai)
	if err != nil {
		return ""
	}
	now := b.now().In(shanghai)
	if d.year > now.Year() || (d.year == now.Year() && d.month > int(now.Month())) {
		return ""
	}
	sy, sm := since.Year(), int(since.Month())
	if d.shot && !(d.year > sy || d.year == sy && (d.month == 0 || d.month >= sm)) {
		return b.shotVerdict(d) // shotdate.go (s8-g)
	}
	if d.started {
		// Only the start is dated: the notice dates the finished work.
		return fmt.Sprintf(dateVerdictLead+"（%s开拍），通知要求的是%s完成的作品，看完成时间，不看开拍时间；作品在%d年%d月以后完成即符合这一条。",
			d.text, f.WorksSinceText, sy, sm)
	}
	lead := dateVerdictLead
	if d.from != "" {
		lead = fmt.Sprintf("看完成时间，不看开拍时间（%s开拍）。%s", d.from, dateVerdictLead)
	}
	if b.lateForSeason(d) {
		// s5-k3: a work finished after the notice's deadline did not
		// exist when the works were sent.
		return fmt.Sprintf(lead+"（%s完成），晚于通知规定的报送时间（%s），本季已不能报送这部作品。", d.text, b.notice.text)
	}
	if d.year > sy || d.year == sy && (d.month == 0 || d.month >= sm) {
		return fmt.Sprintf(lead+"（%s），属于%s完成的作品，"+dateFits, d.text, f.WorksSinceText) + b.seasonStatus(d)
	}
	if d.from != "" {
		return fmt.Sprintf(lead+"（%s），早于%d年，不在%s的报送范围内。", d.text, sy, f.WorksSinceText)
	}
	start := fmt.Sprintf("%d年", sy)
	if sm > 1 {
		start += fmt.Sprintf("%d月", sm)
	}
	return fmt.Sprintf(dateVerdictLead+"（%s），早于%s，不在%s的报送范围内。", d.text, start, f.WorksSinceText)
}

// unaskedDate reports whether the date a work was made is only context
// to another question: it falls in the season's range and the message
// goes on to ask about another topic ("今年拍了一部短片，时长约4分半，是否
// 必须剪到3分钟以内"). A date out of range is said whatever else is asked.
func unaskedDate(q string, d workDate, b *Base, others []hit, judged bool) bool {
	if !b.workDateIn(d) {
		return false
	}
	if judged {
		// "今年拍的，时长约4分半": the video's numbers are asked about.
		return true
	}
	// Only a topic asked in the last clause counts: in "我们2025年拍的，讲的
	// 是1998年抗洪，可以吗" the theme words are context and the date is asked.
	last := lastAskingClause(q)
	for _, h := range others {
		if h.in.id != intentYear && firstStart(h) >= max(d.end, last) {
			return true
		}
	}
	return false
}

// workDateIn reports whether a work made at d falls in the season's
// works-since range.
func (b *Base) workDateIn(d workDate) bool {
	since, err := time.ParseInLocation("2006-01", b.facts.WorksSince, shanghai)
	if err != nil {
		return false
	}
	if d.started || b.lateForSeason(d) {
		// A start date alone judges nothing; a work finished after the
		// deadline is out.
		return d.started
	}
	sy, sm := since.Year(), int(since.Month())
	return d.year > sy || d.year == sy && (d.month == 0 || d.month >= sm)
}

// lateForSeason reports whether a work finished at d came too late for
// this season: after the notice's deadline, when registration closes on
// that deadline. When config keeps registration open longer (a trial, an
// extension), the works-since rule alone judges the date, and
// seasonStatus says both dates (s5-g5: rp53 #07 and #61 disagreed).
func (b *Base) lateForSeason(d workDate) bool {
	return b.afterNoticeDeadline(d) && !b.overridden()
}

// seasonStatus is what a date verdict on a work made at d adds on
// registration: closed (the configured deadline passed), or, open past the
// notice's own deadline, both dates when d itself is after the notice's
// deadline; otherwise nothing. s11-c (rp136 q11): "去年拍的片子中不中" in
// 2026 asks whether a 2025 work fits, not when to send it, so a work made
// before the notice's deadline gets no deadline paragraph.
func (b *Base) seasonStatus(d workDate) string {
	now := b.now()
	if now.After(b.facts.Deadline) {
		return b.deadlineStatus()
	}
	if b.overridden() && now.After(b.notice.at) && b.afterNoticeDeadline(d) {
		return "通知规定的报送时间是" + b.notice.text + "；" + b.deadlineNote()
	}
	return ""
}

// afterNoticeDeadline reports whether d is a month after the one the
// notice's deadline falls in (a year alone, or the same month, is not).
func (b *Base) afterNoticeDeadline(d workDate) bool {
	at := b.notice.at.In(shanghai)
	if at.IsZero() || d.month == 0 {
		return d.month == 0 && d.year > at.Year() && !at.IsZero()
	}
	return d.year > at.Year() || d.year == at.Year() && d.month > int(at.Month())
}

// lastAskingClause is where, in q, the last clause that asks starts
// ("…时长约4分半,请问是否必须剪到3分钟以内?万分感谢!": the 请问 clause); 0
// when none asks.
func lastAskingClause(q string) int {
	at, start := 0, 0
	for i, r := range q + "," {
		if strings.ContainsRune(",;?!.", r) {
			if c := q[start:min(i, len(q))]; isQuestion(c) && !courtesy(c) {
				at = start
			}
			start = i + utf8.RuneLen(r)
		}
	}
	return at
}

// withDateRule keeps the works-since part in an answer whose question
// states when the work was made: "去年年底（2024年12月）拍的片子还没发过，能报吗"
// is judged on both rules that apply, never on publication alone. A date
// out of range fails the work, so its part leads the answer and becomes
// its best match, and a part whose sections the date's part already cites
// (未公开发表, 附件1 第5条) goes: said beside a failing rule, its "符合这一条"
// would imply a yes.
func (b *Base) withDateRule(topical []hit, best *intent, in, judged bool) ([]hit, *intent) {
	year := b.match.intent(intentYear)
	if year == nil {
		return topical, best
	}
	rest := slices.DeleteFunc(slices.Clone(topical), func(h hit) bool { return h.in == year })
	if !in {
		rest = slices.DeleteFunc(rest, func(h hit) bool {
			// s10-h (rp126): a circumstance that rules the work out on its
			// own ("已经在学习强国…播过了") is a second reason, said too.
			return len(h.in.sources) > 0 && !slices.ContainsFunc(h.in.sources, func(s string) bool { return !slices.Contains(year.sources, s) }) &&
				!b.rulesOut([]string{h.in.id})
		})
		if !judged {
			best = year
		}
		return append([]hit{{in: year, score: 100}}, rest...), best
	}
	if best == nil && !judged {
		best = year
	}
	return append(rest, hit{in: year, score: 100}), best
}

// madeWithContext drops, beside a verdict on stated parameters, the
// not-in-notice parts whose words only say how the work was made: in
// "苹果手机拍的mov格式 直接交可以吗" the phone is how it was shot, and the
// question is about the file. A part named otherwise ("1080p 25帧可以吗")
// stays.
func madeWithContext(q string, topical []hit) []hit {
	return slices.DeleteFunc(topical, func(h hit) bool {
		if h.in.kind != KindNotInNotice || len(h.spans) == 0 {
			return false
		}
		for _, s := range h.spans {
			said, after := q[s.start:s.end], q[s.end:]
			if rs := []rune(after); len(rs) > 3 {
				after = string(rs[:3]) // "无人机航拍的": within two runes
			}
			made := false
			for _, w := range madeWords {
				made = made || strings.HasSuffix(said, w) || strings.Contains(after, w)
			}
			if !made {
				return false
			}
		}
		return true
	})
}
