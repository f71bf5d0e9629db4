package knowledge

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// Intent ids of the theme answers (Load fails when the facts lack one).
const (
	intentThemes   = "themes"
	intentThemeFit = "theme_fit"
)

// themeStop are bigrams that name no subject: the words of asking
// ("能不能", "符合") and of the work itself ("作品", "视频").
var themeStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("作品 视频 片子 学校 我们 俺们 可以 能不 不能 符合 主题 选题 题材 方向 相关 这个 一个 拍一 拍个 想拍 能做 做一 的作 内容 关于 有哪 哪些 请问 老师 大赛 比赛 短视 视频 以下 其他 中不 不中 行不 不行 算不 不算") {
		rs := []rune(w)
		for i := 0; i+1 < len(rs); i++ {
			themeStop[string(rs[i:i+2])] = true
		}
	}
}

// hanBigrams are the bigrams of the runs of Han characters in s.
func hanBigrams(s string) map[string]bool {
	out := map[string]bool{}
	var run []rune
	flush := func() {
		for i := 0; i+1 < len(run); i++ {
			out[string(run[i:i+2])] = true
		}
		run = run[:0]
	}
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			run = append(run, r)
		} else {
			flush()
		}
	}
	flush()
	return out
}

// themeFor returns the theme (0-based) of the season's list whose words
// the question shares most, weighted by how few themes use each shared
// bigram ("黄河" names one theme, "党员" several), or -1 when none or two
// share equally. "拍个黄河边上护河哩老党员中不中" is theme 4 (黄河流域生态保护).
func (b *Base) themeFor(q string) int {
	themes := b.facts.Themes
	if len(themes) == 0 {
		return -1
	}
	if i := b.themeByWords(q); i >= 0 { // s6-n: "驻村第一书记" names theme 5 in everyday words
		return i
	}
	grams := make([]map[string]bool, len(themes))
	df := map[string]int{}
	for i, t := range themes {
		grams[i] = hanBigrams(normalize(t))
		for g := range grams[i] {
			df[g]++
		}
	}
	best, second, at := 0.0, 0.0, -1
	own := make([]bool, len(themes))
	for i := range themes {
		score := 0.0
		for g := range hanBigrams(q) {
			if grams[i][g] && !themeStop[g] {
				score += math.Log(1 + float64(len(themes))/float64(df[g]))
				own[i] = own[i] || df[g] == 1
			}
		}
		switch {
		case score > best:
			best, second, at = score, best, i
		case score > second:
			second = score
		}
	}
	// The best theme must share a bigram no other theme has ("黄河",
	// "乡村", "身边"): "老党员的事迹" (党员, 事迹) fits themes 5 and 6 alike.
	if at < 0 || !own[at] || best-second < 0.5 {
		return -1
	}
	return at
}

// themeAnswer opens a theme answer with a direct reply when the question
// asks whether a subject fits and the subject's words point to one theme:
// "可以，和选题第5项相关：…". A question that also asks for the list
// ("选题方向有哪些？乡村振兴的符合吗") keeps the list after it.
func (b *Base) themeAnswer(q, text string) string {
	for j, th := range b.facts.Themes {
		if strings.Contains(th, "全会") && namesOtherPlenum(q, th) {
			// "二十届四中全会精神能当选题不": the theme names the 二中、三中
			// 全会, not this one; the list adds nothing (rp38 Q3).
			return fmt.Sprintf("通知的选题第%d项是“%s”，没有提到你说的这次全会。", j+1, th) + b.themeNotNamed(false)
		}
	}
	which := containsAny(q, whichWords)
	must := containsAny(q, themeMustWords)
	if !asksYesNo(q) && !which && !must && !strings.HasSuffix(strings.TrimRight(q, "?"), "不") { // "能当选题不"
		return text
	}
	i := b.themeFor(q)
	if i < 0 {
		i = b.earlierThanTheme(q)
	}
	if i < 0 {
		// A subject no listed theme clearly names: say so, point to the
		// open last theme and the contacts, then the list to compare
		// with; never only the list (rp38 Q1-Q4).
		if !must && strings.Contains(text, "逐一认定") {
			return text // theme_fit says so already
		}
		if must && !containsAny(q, listWords) {
			// s8-c: whether the list binds is not answered with the seven themes
			// it did not ask for (rp88 Q67).
			return strings.TrimSuffix(b.themeNotNamed(must), "（见通知 二）")
		}
		return strings.TrimSuffix(b.themeNotNamed(must), "（见通知 二）") + text
	}
	lead := fmt.Sprintf("可以，和通知的选题第%d项相关：%s。", i+1, b.facts.Themes[i])
	if which {
		lead = fmt.Sprintf("和通知的选题第%d项相关：%s。", i+1, b.facts.Themes[i])
	}
	if m := reThemeSince.FindStringSubmatch(b.facts.Themes[i]); m != nil {
		// A theme of deeds "since" a year and deeds of an earlier year: not this
		// theme; the last, open one may still fit.
		since, _ := strconv.Atoi(m[1])
		last := len(b.facts.Themes) - 1
		if y := reYear.FindStringSubmatch(q); y != nil {
			if year, _ := strconv.Atoi(y[1]); year < since {
				lead = fmt.Sprintf("选题第%d项是“%s”，你说的是%d年的事，"+themeYearOutside+"；可以对照第%d项：%s。作品本身须为%s完成的。拿不准可联系%s（电话%s）。",
					i+1, b.facts.Themes[i], year, last+1, b.facts.Themes[last], b.facts.WorksSinceText,
					strings.Join(b.facts.Contacts, "、"), b.facts.Phone)
			}
		} else if w := pastDeedWord(q); w != "" {
			// s6-k: "他的事是前几年的 能算身边典型不": no year, so the
			// notice does not settle it; never a flat 可以.
			lead = fmt.Sprintf("选题第%d项写的是“%s”。你说的是%s的事，算不算这一项，通知没有说明；第%d项是“%s”，也可以对照。作品本身须为%s完成的。拿不准请联系%s（电话%s）。",
				i+1, b.facts.Themes[i], w, last+1, b.facts.Themes[last], b.facts.WorksSinceText,
				strings.Join(b.facts.Contacts, "、"), b.facts.Phone)
		}
	}
	if containsAny(q, listWords) {
		return lead + "\n" + text
	}
	return lead
}

// themeYearOutside says a year the question names is before a theme's
// period; a message whose whole reading says it is answered whole
// (segment.go, s8-k).
const themeYearOutside = "不在这一项的时间内"

var (
	// reThemeSince is a theme limited to a period: "…年以来…".
	reThemeSince = regexp.MustCompile(`(\d{4})年以来`)
	// reYear is a year the question names.
	reYear = regexp.MustCompile(`((?:19|20)\d{2})年`)
)

// pastDeedWords date deeds before now without a year: 前几年的事.
var pastDeedWords = []string{"前几年", "前些年", "几年前", "早几年", "早些年", "早年", "多年前", "好几年", "那些年", "以前的事", "过去的事", "当年", "上世纪", "年轻时", "年轻的时候"}

// pastDeedWord returns the word of q that dates deeds before now, or "".
// (s6-k)
func pastDeedWord(q string) string {
	for _, w := range pastDeedWords {
		if strings.Contains(q, w) {
			return w
		}
	}
	return ""
}

// themeMustWords ask whether the list binds: 必须从那7条里面挑.
var themeMustWords = []string{"必须", "只能", "一定要", "非得", "限定", "硬性"}

// rePlenum is a plenary session named by its number: 四中全会.
var rePlenum = regexp.MustCompile(`([一二三四五六七八九十])中全会`)

// namesOtherPlenum reports whether q names a plenary session by a number
// the theme does not ("四中全会" beside a theme of 二中、三中全会).
func namesOtherPlenum(q, theme string) bool {
	for _, m := range rePlenum.FindAllStringSubmatch(q, -1) {
		if !strings.Contains(theme, m[1]+"中") {
			return true
		}
	}
	return false
}

// themeNotNamed answers a subject no listed theme clearly names, or
// whether the list binds: what the notice says (应重点围绕 the listed
// themes), that it names no such subject, the open last theme, and the
// contacts.
func (b *Base) themeNotNamed(must bool) string {
	n := len(b.facts.Themes)
	last := b.facts.Themes[n-1]
	head := fmt.Sprintf("通知列出%d项重点选题，没有逐一认定具体题材。", n)
	if must {
		head = fmt.Sprintf("通知写的是报送作品“应重点围绕”所列的%d项选题，不是只能从中挑一个。", n)
	}
	return fmt.Sprintf("%s第%d项是“%s”，可以对照这一项。拿不准请联系%s（电话%s）。（见通知 二）",
		head, n, last, strings.Join(b.facts.Contacts, "、"), b.facts.Phone)
}

// yesNoWords ask whether something may be done or fits.
var yesNoWords = []string{"吗", "中不中", "行不行", "可不可以", "能不能", "能否", "可否", "是否", "算不算", "符不符合", "合不合适", "行不", "中不", "可以不", "好不好", "成不成", "沾边"}

// whichWords ask which theme a subject belongs to.
var whichWords = []string{"第几项", "哪一项", "哪项", "第几个", "哪一个选题", "哪个选题", "属于哪"}

// listWords ask for the whole list.
var listWords = []string{"有哪些", "有什么", "有啥", "哪几", "哪些", "都有", "是什么", "方向"}

func asksYesNo(q string) bool { return containsAny(q, yesNoWords) }

// earlierThanTheme is the theme limited to a period ("…年以来身边典型人物
// 先进事迹") that q shares a subject word with while naming a year before
// the period: "优秀党员老师的事迹，评先进是2023年的事" is judged on that
// theme's period even though its words fit other themes too; -1 when none.
func (b *Base) earlierThanTheme(q string) int {
	y := reYear.FindStringSubmatch(q)
	if y == nil {
		return -1
	}
	year, _ := strconv.Atoi(y[1])
	words := hanBigrams(q)
	for i, t := range b.facts.Themes {
		m := reThemeSince.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		if since, _ := strconv.Atoi(m[1]); year >= since {
			continue
		}
		for g := range hanBigrams(normalize(t)) {
			if words[g] && !themeStop[g] {
				return i
			}
		}
	}
	return -1
}

// themeByWords returns the one theme (0-based) whose everyday words
// (facts theme_words: "驻村第一书记", "村支书" for the theme of 乡村全面振兴)
// the question holds, or -1 when none or more than one theme's do.
func (b *Base) themeByWords(q string) int {
	at := -1
	for i := range b.facts.Themes {
		if containsAny(q, b.facts.ThemeWords[i+1]) {
			if at >= 0 {
				return -1
			}
			at = i
		}
	}
	return at
}
