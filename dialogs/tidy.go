package dialogs

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"contestbot"
)

// tidy prepares a text message before anything reads it, so that what
// teachers paste or tap reads like what they mean:
//
//   - WeChat's emoticon codes ([微笑], [OK], [强]) and Unicode emoji are
//     dropped; they belong in no field of the 报名表.
//   - The 分类 row of a pasted 报名表 keeps only the ticked category
//     ("☑实景拍摄 □动画制作 □AI生成" → "实景拍摄"); unticked options go.
//   - Labels spaced out in a Word table close up ("联 系 人" → "联系人",
//     "撰  稿" → "撰稿"), when they stand at the start of a cell or line.
//   - The form's printed boilerplate goes: the 著作权声明 text, 推荐单位意见,
//     （盖章）, the blank 年 月 日, the 注 line and the form's heading.
//   - Punctuation dictated by voice input is written as marks:
//     "…为线索逗号追寻…" → "…为线索，追寻…" (spokenmarks.go).
//   - The middle dot in names has one form: 买买提•艾力 → 买买提·艾力.
func tidy(s string, bx *boxes) string {
	s = reWeChatEmoticon.ReplaceAllString(s, "")
	// Boxes usually come before the names ("☑实景拍摄 □动画制作"), some
	// tables put them after ("实景拍摄□ 动画制作√").
	if len(bx.after.FindAllString(s, -1)) > len(bx.before.FindAllString(s, -1)) {
		s = bx.untickedAfter.ReplaceAllString(s, "")
		s = bx.tickedAfter.ReplaceAllString(s, "$1")
	} else {
		s = bx.unticked.ReplaceAllString(s, "")
		s = bx.ticked.ReplaceAllString(s, "$1")
	}
	s = stripEmoji(s)
	s = spokenMarks(s)                               // s6-f spokenmarks.go: voice input's "逗号", "句号", "顿号"
	if strings.Contains(s, "\n") || !isQuestion(s) { // s6-n: "推荐单位意见那栏谁来盖章" asks about the form, pastes none of it
		for _, re := range boilerplate {
			s = re.ReplaceAllString(s, "")
		}
	}
	s = reCNPhone.ReplaceAllStringFunc(s, cnPhoneDigits)
	s = closeUpLabels(s)
	s = labelLines(s)      // s9-h labelline.go: "推荐单位：\n周口职业技术学院" is one field
	s = roleBlock(s)       // s6-e roleblock.go: the 主创 names one cell a line under the labels
	s = spacedHeaderRow(s) // s6-e roleblock.go: labels over values lined up with spaces, blanks kept
	s = headerRow(s)
	s = roleTable(s)
	s = reNameDot.ReplaceAllString(s, "$1·$2")
	return strings.TrimSpace(s)
}

// boxes find the ticked and unticked category boxes of a pasted 报名表's
// 分类 row, for the season's categories.
type boxes struct {
	// ticked is a ticked box before a category name: ☑ √ ✓ ✔ ■ ☒ ✅ ● ▣,
	// or [√] / (√) / [x].
	ticked *regexp.Regexp
	// unticked is an empty box before a category name, with its spaces.
	unticked *regexp.Regexp
	// The same with the box after the name; before and after count boxes
	// on either side, to tell which way a table has them.
	before, after, untickedAfter, tickedAfter *regexp.Regexp
}

// newBoxes builds the box patterns for categories: their names (in ASCII,
// lower and full-width forms) and the season's words for them.
func newBoxes(s *contestbot.Season) *boxes {
	seen := map[string]bool{}
	var names []string
	add := func(w string) {
		if len([]rune(w)) >= 2 && !seen[w] {
			seen[w] = true
			names = append(names, regexp.QuoteMeta(w))
		}
	}
	for _, c := range s.Categories {
		add(c)
		add(strings.ToLower(c))
		add(fullWidth(c))
		for _, w := range s.CategoryWords[c] {
			add(w)
		}
	}
	// Longest first: 实景拍摄 before 实景.
	sort.SliceStable(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	cn := strings.Join(names, "|")
	if cn == "" {
		cn = `[^\s\S]` // no categories: match nothing
	}
	return &boxes{
		ticked:        regexp.MustCompile(`(?:[☑✓✔√■☒✅●◉▣⊠]|[\[［(（]\s*[√✓✔xX×]\s*[\]］)）])\s*(` + cn + `)`),
		unticked:      regexp.MustCompile(`[□☐○◯▢]\s*(?:` + cn + `)[ \t\x{3000}]*`),
		before:        regexp.MustCompile(`[□☐○◯▢☑✓✔√■☒✅●◉▣⊠](?:` + cn + `)`),
		after:         regexp.MustCompile(`(?:` + cn + `)[□☐○◯▢☑✓✔√■☒✅●◉▣⊠]`),
		untickedAfter: regexp.MustCompile(`(?:` + cn + `)[ \t\x{3000}]*[□☐○◯▢][ \t\x{3000}]*`),
		tickedAfter:   regexp.MustCompile(`(` + cn + `)[ \t\x{3000}]*(?:[☑✓✔√■☒✅●◉▣⊠]|[\[［(（]\s*[√✓✔xX×]\s*[\]］)）])`),
	}
}

// fullWidth writes the ASCII letters and digits of s in full width
// (ＡＩ生成), as some Word forms have them.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 0x20 && r < 0x7F {
			return r - 0x21 + 0xFF01
		}
		return r
	}, s)
}

var (
	reWeChatEmoticon = regexp.MustCompile(`\[(?:微笑|撇嘴|色|发呆|得意|流泪|害羞|闭嘴|睡|大哭|尴尬|发怒|调皮|呲牙|惊讶|难过|酷|冷汗|抓狂|吐|偷笑|愉快|白眼|傲慢|饥饿|困|惊恐|流汗|憨笑|悠闲|奋斗|咒骂|疑问|嘘|晕|疯了|衰|骷髅|敲打|再见|擦汗|抠鼻|鼓掌|糗大了|坏笑|左哼哼|右哼哼|哈欠|鄙视|委屈|快哭了|阴险|亲亲|吓|可怜|菜刀|西瓜|啤酒|篮球|乒乓|咖啡|饭|猪头|玫瑰|凋谢|嘴唇|爱心|心碎|蛋糕|闪电|炸弹|刀|足球|瓢虫|便便|月亮|太阳|礼物|拥抱|强|弱|握手|胜利|抱拳|勾引|拳头|差劲|爱你|NO|OK|爱情|飞吻|跳跳|发抖|怄火|转圈|磕头|回头|跳绳|投降|激动|乱舞|献吻|左太极|右太极|嘿哈|捂脸|奸笑|机智|皱眉|耶|吃瓜|加油|汗|天啊|Emm|社会社会|旺柴|好的|打脸|哇|翻白眼|666|让我看看|叹气|苦涩|裂开|合十|庆祝|红包|發|福|烟花|爆竹|Yeah!|Hey|Smart|Concerned|Facepalm|Smirk|Sigh|Thumbs Up|Wow)\]`)

	boilerplate = []*regexp.Regexp{
		// The 著作权声明 printed on the form, with or without its label.
		regexp.MustCompile(`(?:著\s*作\s*权\s*声\s*明[\s:：]*)?我单位享有\s*《[^》\n]*》\s*[（(]\s*作品名\s*[)）]\s*著作权[^\n]*`),
		regexp.MustCompile(`(?m)^[ \t\x{3000}]*[（(]\s*(?:著作权单位)?盖\s*章\s*[)）][ \t\x{3000}]*$`),
		regexp.MustCompile(`(?m)^[ \t\x{3000}]*年[ \t\x{3000}]+月[ \t\x{3000}]+日[ \t\x{3000}]*$`),
		regexp.MustCompile(`推\s*荐\s*单\s*位\s*意\s*见[^\n]*`),
		regexp.MustCompile(`(?m)^[ \t\x{3000}]*注\s*[:：]\s*本表纸质版[^\n]*$`),
		// The form's heading: "附件2", "…大赛（…）报名表" on a line of its own.
		regexp.MustCompile(`(?m)^[ \t\x{3000}]*(?:附件\s*2|[^\n]{0,40}大赛[^\n]{0,12}报名表)[ \t\x{3000}]*$`),
	}

	reNameDot = regexp.MustCompile(`(\p{Han})[ \x{3000}]*[•・‧∙⋅·][ \x{3000}]*(\p{Han})`)
)

// stripEmoji drops emoji, their variation selectors and joiners.
func stripEmoji(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0x1F000 && r <= 0x1FAFF, // emoticons, pictographs, flags, …
			r >= 0x2600 && r <= 0x27BF, // misc symbols, dingbats
			r >= 0x2B00 && r <= 0x2BFF, // arrows, stars
			r >= 0x2300 && r <= 0x23FF, // ⌚ ⏱ …
			r == 0xFE0F || r == 0xFE0E || r == 0x200D || r == 0x20E3,
			r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299:
			return -1
		}
		return r
	}, s)
}

// spacedLabels are the label words a Word table may space out.
var spacedLabels = func() []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range labelDefs {
		w := d.word
		n := len([]rune(w))
		if d.weak || n < 2 || n > 6 || seen[w] || !allHan(w) {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	for _, w := range []string{"内容简介", "主创人员", "著作权声明"} {
		if !seen[w] {
			out = append(out, w)
		}
	}
	sort.Slice(out, func(i, j int) bool { return len([]rune(out[i])) > len([]rune(out[j])) })
	return out
}()

var reSpacedLabel = func() *regexp.Regexp {
	var alts []string
	for _, w := range spacedLabels {
		var b strings.Builder
		for i, r := range w {
			if i > 0 {
				b.WriteString(`[ \t\x{3000}]*`)
			}
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		alts = append(alts, b.String())
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}()

// closeUpLabels writes "联 系 人" as "联系人" where it starts a cell, a line
// or a clause (not inside a sentence: "请 联 系 人" stays).
func closeUpLabels(s string) string {
	locs := reSpacedLabel.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		m := s[l[0]:l[1]]
		if !strings.ContainsAny(m, " \t\u3000") {
			continue
		}
		if l[0] > 0 {
			prev := []rune(s[:l[0]])
			if p := prev[len(prev)-1]; unicode.Is(unicode.Han, p) {
				continue
			}
		}
		b.WriteString(s[last:l[0]])
		b.WriteString(strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\u3000' {
				return -1
			}
			return r
		}, m))
		last = l[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// reCNPhone is a phone number spoken in Chinese digits (一三八三九四六五零八二),
// also in groups as voice input writes it (幺三八 三七七一 二三四五, s5-f1),
// and mixed with Arabic digits as a phone keyboard and voice input mix them
// (一三八3792五146, s7-i rp79 p79b). Arabic-only runs map to themselves.
var reCNPhone = regexp.MustCompile(`[零〇一二三四五六七八九幺两0-9](?:[ \-]?[零〇一二三四五六七八九幺两0-9]){6,}`)

func cnPhoneDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune("零一二三四五六七八九", r); i >= 0 {
			return rune('0' + len([]rune("零一二三四五六七八九"[:i])))
		}
		switch r {
		case '〇':
			return '0'
		case '幺':
			return '1'
		case '两':
			return '2'
		}
		return r
	}, s)
}

// headerRow rewrites a table pasted from a spreadsheet, a row of field
// labels over a row of values in the same columns (cells separated by
// tabs), as one labelled line per column ("推荐单位：…", "片名：…", "监制：…"),
// so each value lands in its column's field. One column that is no field
// (序号, 备注) is allowed and dropped.
func headerRow(s string) string {
	lines := strings.Split(s, "\n")
	for i := 0; i+1 < len(lines); i++ {
		head := tableCells(lines[i]) // s7-c: cells split by tabs or by runs of spaces, as tablerows.go reads them
		vals := tableCells(lines[i+1])
		if !headerOf(head, vals) { // tablerows.go (s5-g3): the same reading for several rows
			continue
		}
		lines[i] = rowText(head, vals)
		lines = append(lines[:i+1], lines[i+2:]...)
	}
	return strings.Join(lines, "\n")
}

// roleTable rewrites the 主创人员 block of a pasted 报名表, where the five
// role labels come first and the names after them in the same order
// ("监制(策划)\t编导(导演)\t撰稿\t摄影\t剪辑(制作)\t郭振华\t孙雅琪\t…"), as
// labelled pairs: 监制(策划)：郭振华；编导(导演)：孙雅琪；….
func roleTable(s string) string {
	cells := reCell.Split(s, -1)
	seps := reCell.FindAllString(s, -1)
	for i := 0; i+9 < len(cells); i++ {
		ok := true
		for k := 0; k < 5; k++ {
			if roleOfCell(cells[i+k]) != roles[k] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for k := 5; k < 10; k++ {
			if roleOfCell(cells[i+k]) != "" || labelSlot(cells[i+k]) != "" || contestbot.RuneLen(cells[i+k]) > 30 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		var b strings.Builder
		for j := 0; j < i; j++ {
			b.WriteString(cells[j])
			b.WriteString(seps[j])
		}
		for k := 0; k < 5; k++ {
			b.WriteString(roleLabels[roles[k]] + "：" + strings.TrimSpace(cells[i+5+k]) + "；")
		}
		for j := i + 10; j < len(cells); j++ {
			b.WriteString(seps[j-1])
			b.WriteString(cells[j])
		}
		return b.String()
	}
	return s
}

var reCell = regexp.MustCompile(`[\t\n]+`)

func roleOfCell(c string) slot {
	c = strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' {
			return -1
		}
		return r
	}, strings.TrimSpace(contestbot.NormalizeWidth(c)))
	for _, r := range roles {
		l := roleLabels[r]
		if c == l || c == strings.SplitN(l, "(", 2)[0] {
			return r
		}
	}
	return ""
}
