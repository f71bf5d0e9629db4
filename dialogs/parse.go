package dialogs

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"contestbot"
)

// A slot is one question of the chat form: a contestbot.Field, or one of the
// five 主创人员 roles, which are asked one by one.
type slot string

const (
	slotCreators   = slot(contestbot.FieldCreators)
	slotSupervisor = slot("creators.supervisor")
	slotDirector   = slot("creators.director")
	slotWriter     = slot("creators.writer")
	slotCamera     = slot("creators.camera")
	slotEditor     = slot("creators.editor")
)

// roles are the 主创人员 of 附件2 in the form's column order.
var roles = []slot{slotSupervisor, slotDirector, slotWriter, slotCamera, slotEditor}

var roleLabels = map[slot]string{
	slotSupervisor: "监制(策划)",
	slotDirector:   "编导(导演)",
	slotWriter:     "撰稿",
	slotCamera:     "摄影",
	slotEditor:     "剪辑(制作)",
}

func roleIndex(s slot) int {
	for i, r := range roles {
		if r == s {
			return i
		}
	}
	return -1
}

func (s slot) isRole() bool { return roleIndex(s) >= 0 }

func (s slot) field() contestbot.Field {
	if s.isRole() {
		return contestbot.FieldCreators
	}
	return contestbot.Field(s)
}

func (s slot) label() string {
	if l, ok := roleLabels[s]; ok {
		return l
	}
	return contestbot.Field(s).Label()
}

// freeText slots take a whole message as their value.
func (s slot) freeText() bool {
	return s == slot(contestbot.FieldSynopsis) || s == slot(contestbot.FieldSummary)
}

func (s slot) yesNo() bool {
	switch contestbot.Field(s) {
	case contestbot.FieldUnitWork, contestbot.FieldMadeInPeriod, contestbot.FieldUnpublished,
		contestbot.FieldAIUsed, contestbot.FieldAILabelled, contestbot.FieldCopyright:
		return true
	}
	return false
}

// labelDef is how users name a slot in a message ("联系人：张伟"). A weak
// label counts only when a colon, 是 or 为 follows it, because the word also
// appears in ordinary sentences ("是单位作品").
type labelDef struct {
	slot slot
	word string
	weak bool
}

var labelDefs = func() []labelDef {
	strong := map[slot][]string{
		slot(contestbot.FieldUnit): {"推荐单位", "报送单位", "申报单位", "参赛单位", "推送单位", "单位名称", "学校名称", "所在单位", "所在学校",
			"学校名", "学校名字", "学校的名字", "学校全称", "学校叫", "单位名", "单位名字", "单位的名字"}, // s7-k: own words (rp81 p81a #5)
		slot(contestbot.FieldTitle): {"片名", "作品名称", "作品名", "作品标题", "视频名称", "视频标题", "片子名", "影片名", "片子叫", "作品叫", "视频叫", "片子的名字", "作品的名字"},
		slot(contestbot.FieldProducer): {"制作单位", "出品单位", "摄制单位", "承制单位", "制作方", "出品方",
			"拍片子的单位", "做片子的单位", "拍片的单位", "拍视频的单位", "做视频的单位", "制作的单位"}, // s7-k: own words (rp81 p81a #8)
		slot(contestbot.FieldContact):        {"联系人姓名", "联系人", "联络人", "联系老师", "对接人"},
		slot(contestbot.FieldPhone):          {"联系电话", "手机号码", "手机号", "电话号码", "联系方式", "电话", "座机"},
		slot(contestbot.FieldDuration):       {"时长", "片长", "视频长度", "时间长度", "作品长度"},
		slot(contestbot.FieldCategory):       {"分类", "类别", "作品类型", "作品分类", "视频类型"},
		slotCreators:                         {"主创人员", "主创团队", "主创"},
		slotSupervisor:                       {"监制(策划)", "监制策划", "监制", "策划", "出品人"},
		slotDirector:                         {"编导(导演)", "编导导演", "编导", "导演"},
		slotWriter:                           {"撰稿", "编剧", "文案", "剧本"}, // s8-m: "剧本我和马晓雯一起写的"
		slotCamera:                           {"摄影", "摄像"},
		slotEditor:                           {"剪辑(制作)", "剪辑制作", "剪辑", "后期制作"}, // s11-f: the form's labels without brackets ("剪辑制作孙佳琪")
		slot(contestbot.FieldSynopsis):       {"内容简介", "作品简介", "简介", "内容介绍", "作品介绍"},
		slot(contestbot.FieldSummary):        {"内容摘要", "摘要"},
		slot(contestbot.FieldUnitWork):       {"是否单位作品", "是否为单位作品", "是否属于单位作品"},
		slot(contestbot.FieldUnitWork) + "!": {"是否个人作品", "是否为个人作品", "是否属于个人作品"},
		slot(contestbot.FieldMadeInPeriod): {"是否在规定时间内创作",
			"创作时间", "完成时间", "制作时间", "拍摄时间", "创作年份", "制作年份", "出品时间"},
		slot(contestbot.FieldUnpublished):       {"是否未公开发表", "是否未发表", "是否未公开", "发表情况", "是否首发"},
		slot(contestbot.FieldUnpublished) + "!": {"是否公开发表", "是否已公开发表", "是否发表", "是否已发表", "是否公开", "是否已公开", "是否发布", "是否已发布", "是否公开发布"},
		slot(contestbot.FieldAIUsed):            {"是否使用ai生成内容", "是否使用ai", "是否含ai生成内容", "是否含ai", "是否有ai", "是否用了ai", "ai使用情况", "使用ai情况", "是否使用人工智能"},
		slot(contestbot.FieldAILabelled):        {"ai生成内容是否已标注", "ai内容是否标注", "是否已标注", "是否标注", "ai标注", "ai内容标注", "标注情况"},
		slot(contestbot.FieldCopyright):         {"著作权声明", "版权声明", "著作权"},
	}
	weak := map[slot][]string{
		slot(contestbot.FieldUnit):           {"单位", "学校"},
		slot(contestbot.FieldTitle):          {"名称", "标题", "题目", "名字"},
		slot(contestbot.FieldPhone):          {"手机", "号码"},
		slot(contestbot.FieldContact):        {"姓名"},
		slot(contestbot.FieldUnitWork):       {"单位作品"},
		slot(contestbot.FieldUnitWork) + "!": {"个人作品"},
		slot(contestbot.FieldDuration):       {"长度"},
		slot(contestbot.FieldCategory):       {"类型"},
		slotWriter:                           {"脚本"},
		slotEditor:                           {"后期", "制作"},
		slot(contestbot.FieldSynopsis):       {"主要内容", "内容"},
	}
	// A pasted form labels the period question with its season's first
	// year ("是否2026年以来创作"); any year reads the same.
	for y := 2020; y <= 2040; y++ {
		for _, f := range []string{"是否%d年以来创作", "是否%d年以来完成", "是否%d年以来制作", "是否%d年后创作"} {
			strong[slot(contestbot.FieldMadeInPeriod)] = append(strong[slot(contestbot.FieldMadeInPeriod)], fmt.Sprintf(f, y))
		}
	}
	var out []labelDef
	for s, ws := range strong {
		for _, w := range ws {
			out = append(out, labelDef{s, w, false})
		}
	}
	for s, ws := range weak {
		for _, w := range ws {
			out = append(out, labelDef{s, w, true})
		}
	}
	for s, ws := range roleInitialLabels { // s5-f4 roleinitials.go: "dy是我"
		for _, w := range ws {
			out = append(out, labelDef{s, w, false})
		}
	}
	for s, ws := range englishLabels { // paste.go
		for _, w := range ws {
			out = append(out, labelDef{s, w, false})
		}
	}
	// Longest first, so 联系电话 wins over 电话 and 制作单位 over 单位.
	sort.Slice(out, func(i, j int) bool {
		li, lj := len([]rune(out[i].word)), len([]rune(out[j].word))
		if li != lj {
			return li > lj
		}
		return out[i].word < out[j].word
	})
	return out
}()

// text is a message prepared for parsing: orig keeps what the user typed,
// norm is width-normalised and lower-cased, and mask additionally blanks out
// quoted parts (《…》, “…”) so that words inside a title are never labels or
// separators. All three have the same runes at the same offsets.
type text struct {
	orig, norm, mask []rune
}

const maskRune = '□'

func newText(s string) *text {
	o := []rune(s)
	n := []rune(strings.ToLower(contestbot.NormalizeWidth(s)))
	if len(n) != len(o) { // lower-casing never changes rune counts for CJK/ASCII; be safe anyway
		n = []rune(contestbot.NormalizeWidth(s))
	}
	m := make([]rune, len(n))
	copy(m, n)
	closers := map[rune]rune{'《': '》', '“': '”', '「': '」', '『': '』', '〈': '〉', '"': '"'}
	for i := 0; i < len(m); i++ {
		cl, ok := closers[m[i]]
		if !ok {
			continue
		}
		j := i + 1
		for j < len(m) && m[j] != cl {
			j++
		}
		if j == len(m) {
			continue // unbalanced: leave as is
		}
		for k := i + 1; k < j; k++ {
			m[k] = maskRune
		}
		i = j
	}
	return &text{orig: o, norm: n, mask: m}
}

func (t *text) hasAt(i int, w string) bool {
	// Ranging over w decodes it in place: no []rune per call, and most
	// calls stop at the first rune (findLabels tries every label at every
	// position of every message).
	k := i
	for _, r := range w {
		if k >= len(t.mask) || t.mask[k] != r {
			return false
		}
		k++
	}
	return true
}

func (t *text) slice(i, j int) string { return strings.TrimSpace(string(t.orig[i:j])) }

func isSep(r rune) bool {
	switch r {
	case ',', '，', ';', '；', '。', '\n', '\r', '!', '！', '、', '\t':
		return true
	}
	return false
}

// isClauseSep is isSep without 、, which joins names inside one clause.
func isClauseSep(r rune) bool { return r != '、' && isSep(r) }

// possessiveBefore reports whether the clause before offset i is only a
// possessive ("我们单位是…", "我校名称：…").
func possessiveBefore(m []rune, i int) bool {
	j := i
	for j > 0 && !isSep(m[j-1]) && m[j-1] != ' ' {
		j--
	}
	switch string(m[j:i]) {
	case "我们", "我们的", "咱们", "咱们的", "我", "我的", "我校", "本", "我们学校", "作品", "作品的", "视频", "视频的", "片子":
		return true
	}
	return false
}

type labelHit struct {
	slot       slot
	start, end int // the label word
	colon      bool
	story      int // s11-h storyprose.go: an unlabelled story's end, 0 for a label
}

// findLabels returns the labels in t, left to right, longest first at each
// position.
func findLabels(t *text) []labelHit {
	var out []labelHit
	// In a message that lists roles by their strong labels ("监制王强；导演张
	// 伟"), a weak role label at the start of a clause counts too ("后期赵六").
	roleList := false
	for i := 0; i < len(t.mask) && !roleList; i++ {
		for _, d := range labelDefs {
			if !d.weak && (d.slot.isRole() || d.slot == slotCreators) && t.hasAt(i, d.word) {
				roleList = true
				break
			}
		}
	}
	form := formLike(t) // paste.go
	for i := 0; i < len(t.mask); i++ {
		for _, d := range labelDefs {
			if !t.hasAt(i, d.word) || !asciiWordAt(t.mask, i, d.word) {
				continue
			}
			end := i + utf8.RuneCountInString(d.word)
			if strings.HasSuffix(d.word, "名") && end < len(t.mask) && (t.mask[end] == '字' || t.mask[end] == '称') && (end+1 >= len(t.mask) || t.mask[end+1] != '数') {
				end++ // s9-e: "片子名字叫…" is cut after 名字, never inside it
			}
			if strings.HasSuffix(d.word, "名") && end < len(t.mask) && t.mask[end] == '义' {
				continue // s7-k: "学校名" is no label in "以学校名义"
			}
			j := end
			for j < len(t.mask) && t.mask[j] == ' ' {
				j++
			}
			colon := j < len(t.mask) && (t.mask[j] == ':' || t.mask[j] == '=')
			if !colon && i > 0 && d.slot == slot(contestbot.FieldPhone) && strings.ContainsRune("打回接来通", t.mask[i-1]) {
				continue // s5-f3: "回头让老师打电话问问" makes a call, it gives no number
			}
			if d.weak {
				after := j < len(t.mask) && (t.mask[j] == '是' || t.mask[j] == '为' || t.mask[j] == '叫')
				atStart := i == 0 || isSep(t.mask[i-1]) || t.mask[i-1] == ' ' || possessiveBefore(t.mask, i)
				// In a pasted form, "学校 郑州市…" at the start of a line (paste.go).
				lineLabel := form && i == lineStart(t.mask, i) && j > end && j < len(t.mask) && !isSep(t.mask[j])
				if !colon && !(after && atStart) && !lineLabel && !(roleList && d.slot.isRole() && atStart && j < len(t.mask) && !isSep(t.mask[j])) {
					continue
				}
			}
			out = append(out, labelHit{slot: d.slot, start: i, end: end, colon: colon})
			i = end - 1
			break
		}
	}
	return out
}

// fillers are words between a label and its value: "电话写错了，是…",
// "片名改成…", "时长应该是…".
var fillers = []string{
	"写错了", "填错了", "打错了", "搞错了", "弄错了", "错了", "不对", "有误", "有错",
	"应该是", "应该为", "应为", "应是", "改成", "改为", "换成", "换为", "更正为", "更正成", "修改为", "修改成", "更改为", "改一下",
	"写成", "填成", "填写", "填", "写", "一栏", "这一项", "这项", "的话", "叫做", "叫作", "名为", "就是说", "就是", "也是", "也为", "还是", "是", "为", "叫", "要", "：", ":", "=",
	"即为", "即是", "即", "系", // d5: formal copulas ("推荐单位即…", "制作单位系…")
	"都填成", "都写成", "都填", "都写", "也填", "也写", // s5-f3 (rp45): "编导撰稿都填房春燕"
	"才是", "才叫", "就填写", "就填", "就写", "就叫", "应当是", // s11-e: "制作单位才是X", "那片名就填：X" (an adverb with the verb is no part of the value)
	"呢",      // s5-f1: a topic marker in speech ("联系人呢就是我…")
	"嗯", "呃", // s8-h dictation.go: an interjection after a label ("时长嗯 两分四十八秒 实景拍摄的")
}

func skipFillers(t *text, p int, colon bool) int {
	for {
		q := p
		for q < len(t.mask) && (t.mask[q] == ' ' || t.mask[q] == ':' || t.mask[q] == '=' || (isClauseSep(t.mask[q]) && !colon)) {
			q++
		}
		if !colon {
			for _, f := range fillers {
				if t.hasAt(q, f) {
					q += len([]rune(f))
					break
				}
			}
		}
		if q == p {
			return p
		}
		p = q
	}
}

// assignment is one value found in a message, raw, before validation.
type assignment struct {
	slot slot
	raw  string
}

// extraction is what a message says: labelled or recognised values and the
// clauses left over.
type extraction struct {
	values   []assignment
	leftover []string
	labelled bool // at least one label was found
	// firstLabel is the rune offset of the first label, -1 without labels.
	firstLabel int
	// firstColon: the first label is followed by a colon ("简介：…").
	firstColon bool
	// fine lists the fields said to be right as they stand ("片名没问题").
	fine []slot
}

// extract finds labelled values ("联系人：张伟", "时长2分30秒") and the
// leftover clauses of a message.
func extract(s string) extraction {
	t := newText(s)
	hits := storyHit(t, findLabels(t)) // s11-h storyprose.go: "… 摄影和剪辑都是张鹏 片子讲的是…。"
	ex := extraction{firstLabel: -1}
	if len(hits) > 0 {
		ex.firstLabel = hits[0].start
		ex.firstColon = hits[0].colon
	}
	covered := make([]bool, len(t.mask))
	skipUntil := 0
	var joinedTo []bool
	for k, h := range hits {
		if h.start < skipUntil {
			continue // inside a free text
		}
		next := len(t.mask)
		if k+1 < len(hits) {
			next = hits[k+1].start
		}
		vs := skipFillers(t, h.end, h.colon)
		if vs > next {
			vs = next
		}
		ve := next
		switch {
		case h.story > 0:
			ve = h.story // s11-h storyprose.go: the story ends after its last sentence
		case h.slot.freeText():
			// A free text runs to the end, unless a later label is followed by a colon.
			ve = len(t.mask)
			for _, h2 := range hits[k+1:] {
				if h2.colon {
					ve = h2.start
					break
				}
			}
			// In a pasted form it also ends at a line that starts with a
			// label or states eligibility ("\n单位作品，未公开发表").
			// Given as a numbered point, it ends at the next point (paste.go).
			numbered := startsPoint(string(t.orig[lineStart(t.orig, h.start):h.start]))
			for p := vs; p < ve; p++ {
				if t.mask[p] != '\n' {
					continue
				}
				q := p + 1
				for q < ve && (t.mask[q] == ' ' || t.mask[q] == '\r' || t.mask[q] == '\t') {
					q++
				}
				e := q
				for e < len(t.mask) && t.mask[e] != '\n' {
					e++
				}
				startsLabel := false
				for _, h2 := range hits[k+1:] {
					if h2.start == q || (h2.start > q && h2.start < e && onlyNumbering(t.mask[q:h2.start])) {
						startsLabel = true
					}
				}
				if numbered && startsPoint(string(t.orig[q:e])) {
					startsLabel = true
				}
				if _, _, ok := eligibilityPhrase(string(t.orig[q:e]), period{}); startsLabel || ok {
					ve = p
					break
				}
			}
		case h.slot.isRole() || h.slot == slotCreators:
			for p := vs; p < ve; p++ {
				if t.mask[p] == '。' || t.mask[p] == '\n' || t.mask[p] == ';' || t.mask[p] == '；' {
					ve = p
					break
				}
			}
		default:
			for p := vs; p < ve; p++ {
				if isClauseSep(t.mask[p]) {
					if h.slot == slot(contestbot.FieldTitle) && (t.mask[p] == '，' || t.mask[p] == ',') && titleGoesOn(t.orig, string(t.orig[vs:p]), p+1, ve) {
						continue // s5-g2 titlecomma.go: "片名：一盏灯，三十年"
					}
					ve = p
					break
				}
			}
		}
		joined := false
		// "编导撰稿都是我", "摄影剪辑陈磊": role labels side by side share the value.
		adjacentRoles := vs == ve && !h.colon && h.slot.isRole() && k+1 < len(hits) && hits[k+1].slot.isRole() && hits[k+1].start == h.end
		if onlyConnectors(t.mask[vs:ve]) || adjacentRoles {
			vs = ve
			joined = true
		}
		for p := h.start; p < ve; p++ {
			covered[p] = true
		}
		skipUntil = ve
		ex.labelled = true
		v := t.slice(vs, ve)
		if h.slot.freeText() {
			v = strings.TrimRight(joinLines(v), "，,;；、 ") // paste.go: one text over several lines
		} else {
			v = strings.TrimRightFunc(v, isSep)
			// "(1)推荐单位：… (2)片名：…": the next item's number is no part of the value.
			v = strings.TrimRightFunc(reTrailingNumber.ReplaceAllString(v, ""), isSep)
		}
		if !h.slot.freeText() && !h.slot.yesNo() && reFieldFine.MatchString(v) {
			// "片名没问题 就是监制写错了": the field is said to be right; no value.
			ex.fine = append(ex.fine, h.slot)
			continue
		}
		ex.values = append(ex.values, assignment{h.slot, v})
		joinedTo = append(joinedTo, joined)
	}
	// "摄影、撰稿：陈晨", "导演兼剪辑：张伟": joined labels share the value.
	for i := len(ex.values) - 2; i >= 0; i-- {
		if joinedTo[i] && ex.values[i].raw == "" && ex.values[i].slot != ex.values[i+1].slot {
			ex.values[i].raw = ex.values[i+1].raw
		}
	}
	// Leftover clauses: uncovered runs split at separators.
	var cur []rune
	flush := func() {
		c := strings.TrimSpace(string(cur))
		if c != "" && !isFiller(c) {
			ex.leftover = append(ex.leftover, c)
		}
		cur = cur[:0]
	}
	for i, r := range t.orig {
		if covered[i] {
			flush()
			continue
		}
		if isClauseSep(t.mask[i]) {
			flush()
			continue
		}
		cur = append(cur, r)
	}
	flush()
	return ex
}

// reFieldFine is what follows a field's label when the user says the field
// is right as it stands ("片名没问题", "时长对的", "单位不用改，就是…"): an
// assessment, perhaps with the conjunction that leads to the real change.
var reFieldFine = regexp.MustCompile(`^(?:是|都|也|倒是|那个)?(?:没问题|没有问题|没毛病|没错|对的|对着呢|是对的|对|正确|无误|不用改|不改|不变|不用动|不动|可以)(?:的|了|呢|啊|哈|吧|哈哈)?(?:[，,、\s]*(?:就是|但是|不过|只是|就|但|主要是))?$`)

// reTrailingNumber is a list number at the end of a value: " (2)", "（三）", " 3.", " 4、".
var reTrailingNumber = regexp.MustCompile(`(?:\s+[(（][0-9一二三四五六七八九十]{1,2}[)）]|\s[0-9]{1,2}[.、．]|\s[一二三四五六七八九十]{1,2}、)$`)

// onlyNumbering reports whether rs is a list number before a label ("3.", "（4）").
func onlyNumbering(rs []rune) bool {
	for _, r := range rs {
		if !strings.ContainsRune("0123456789.、)(（）一二三四五六七八九十 -", r) {
			return false
		}
	}
	return true
}

// onlyConnectors reports whether rs joins two labels ("联系人及电话").
func onlyConnectors(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	for _, r := range rs {
		if !strings.ContainsRune("及和与跟兼、/ ", r) {
			return false
		}
	}
	return true
}

// isFiller reports whether a leftover clause carries no information
// ("把", "另外", "好的").
func isFiller(c string) bool {
	c = strings.TrimFunc(contestbot.NormalizeWidth(c), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune("。，、；：！？～~", r)
	})
	switch c {
	case "", "把", "另外", "还有", "然后", "再", "我们的", "我的", "作品的", "的", "请", "帮我", "麻烦", "修改", "改一下", "更正",
		"视频", "作品", "片子", "这个片子", "这个作品", "这部作品", "我们", "这个", "本片", "视频的", "作品的话", "那", "那么",
		"好的", "好", "嗯", "哦", "谢谢", "是这样", "就这样", "吧", "呢", "啊", "了", "对了", "那个", "请把", "帮我把", "麻烦把",
		"不好意思", "抱歉", "对不起", "sorry", "哎呀", "哎", "哦对", "刚才", "刚才的", "刚刚", "刚刚的", "上面的", "前面的", "之前的", "我刚才",
		"我看错了", "我写错了", "我填错了", "打错了", "写错了", "填错了", "弄错了", "说错了", "我说错了", "不对", "错了", "更正一下", "纠正一下", "改一下吧":
		return true
	}
	switch strings.ToLower(c) { // s8-m: English yes-words are filler too ("ok的 synopsis：…")
	case "ok", "ok的", "okk", "okay", "ok啦", "ok了", "好嘞":
		return true
	}
	return false
}

var (
	reMobile = regexp.MustCompile(`(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}`)
	// A landline may end in an extension: 0371-63351234转802 (s5-g2).
	reLandline = regexp.MustCompile(`(?:\(0\d{2,3}\)|0\d{2,3})[ -]*\d{7,8}(?:\s*[,，(（]?\s*(?:转接|转|分机号码?|分机|-)\s*\d{1,6}[)）]?)?`)
	reDuration = regexp.MustCompile(`(?i)\d+(?:min|m)\d+(?:s|sec)|(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?:分钟|分)(?:\d+|[一二三四五六七八九十]+)?(?:秒钟|秒|半钟|半)?|\d+(?:秒钟|秒)|\d{1,2}:\d{2}(?::\d{2})?|\d+'\d+"?|\d+′\d+″?|[一二两三四五六七八九十]+秒钟?`)
	reTitle    = regexp.MustCompile(`《([^》]+)》`)
	reYear     = regexp.MustCompile(`(20\d{2})\s*年`)
)

// findPhone finds a mobile or landline number inside s and returns it with
// the rest of s.
func findPhone(s string) (phone, rest string, ok bool) {
	n := contestbot.NormalizeWidth(s)
	isDigit := func(b byte) bool { return b >= '0' && b <= '9' }
	for _, re := range []*regexp.Regexp{reMobile, reLandline} {
		for _, loc := range re.FindAllStringIndex(n, -1) {
			if loc[0] > 0 && isDigit(n[loc[0]-1]) || loc[1] < len(n) && isDigit(n[loc[1]]) {
				continue // 11 digits inside "1381234567890" are no number
			}
			p, err := contestbot.ParsePhone(n[loc[0]:loc[1]])
			if err != nil {
				continue
			}
			// n and s have the same runes at the same offsets but not the same
			// bytes; map the byte range through rune counts.
			rs := []rune(s)
			a, b := len([]rune(n[:loc[0]])), len([]rune(n[:loc[1]]))
			return p, strings.TrimSpace(string(rs[:a]) + " " + string(rs[b:])), true
		}
	}
	return "", s, false
}

// findDuration finds a running time inside s when what is left around it
// carries no other information ("大概2分30秒吧"). An estimate ("四分钟出头")
// is no running time: see vagueDuration.
func findDuration(s string) (secs int, ok bool) {
	if contestbot.IsVagueDuration(s) {
		return 0, false
	}
	return findAnyDuration(s)
}

// vagueDuration reports whether s is a running time said as an estimate
// and nothing else ("大概两分半", "片子四分钟出头"): the reply asks for the
// exact one and nothing is stored.
func vagueDuration(s string) bool {
	rest, est := dropEstimate(s)          // meant.go
	for i := 0; est != "" && i < 3; i++ { // s10-e: "5分钟以内吧 应该是四分半左右", two estimates
		r2, e2 := dropEstimate(rest)
		if e2 == "" {
			break
		}
		rest = r2
	}
	return est != "" && reEstimateTalk.MatchString(rest)
}

// reEstimateTalk is what may stand beside an estimate of the running time
// in a message that says nothing else: "片子…了", "时长…吧".
var reEstimateTalk = regexp.MustCompile(`^(?:那|嗯|我们的?|俺们的?|咱们的?|这个|那个|片子|片儿|作品|视频|时长|片长|是|有|就|了|吧|啊|呀|哈|的|，|,|。|\s)*$`)

// findAnyDuration is findDuration that also reads an estimate.
func findAnyDuration(s string) (secs int, ok bool) {
	n := contestbot.NormalizeWidth(s)
	loc := findDurationLoc(n) // paste.go: 9:16 is no running time
	if loc == nil {
		return 0, false
	}
	rest := n[:loc[0]] + n[loc[1]:]
	for _, w := range []string{"应该是", "应为", "应是", "改成", "改为", "换成", "更正为", "修改为", "剪到", "剪成", "压到", "缩短到", "缩到", "控制在", "现在是", "其实是", "实际是", "改回到", "改回", "改到", "还是", "那就", "是", "就", "那",
		"多一点点", "多一点", "多一些", "一点点", "不到", "出头", "以内", "之内", "大约", "大概", "约", "左右", "上下", "吧", "的样子", "多", "整", "一共", "总共", "共", "视频", "片子", "作品"} {
		rest = strings.ReplaceAll(rest, w, "")
	}
	if !isFiller(rest) {
		return 0, false
	}
	d, err := contestbot.ParseDuration(n[loc[0]:loc[1]])
	if err != nil {
		return 0, false
	}
	return d, true
}

// splitDuration reads a labelled duration followed by more without a
// separator, as voice input types it ("时长两分三十秒实景拍摄"): the duration
// and the rest.
func splitDuration(raw string) (secs int, rest string, ok bool) {
	if _, err := contestbot.ParseDuration(raw); err == nil {
		return 0, "", false
	}
	n := contestbot.NormalizeWidth(raw)
	loc := findDurationLoc(n) // paste.go: 9:16 is no running time
	if loc == nil || loc[0] != 0 {
		return 0, "", false
	}
	d, err := contestbot.ParseDuration(n[:loc[1]])
	if err != nil {
		return 0, "", false
	}
	rs := []rune(raw)
	rest = strings.TrimSpace(string(rs[len([]rune(n[:loc[1]])):]))
	if reHedgeAfter.MatchString(rest) {
		return 0, "", false // "两分钟左右，实拍的": an estimate (d1)
	}
	return d, rest, true
}

// reHedgeAfter is a hedge right after a running time: "两分钟左右", "四分钟出头".
var reHedgeAfter = regexp.MustCompile(`^(?:左右|出头|多|上下|的样子|样子|不到|来的?)`)

// categoryExact recognises a clause that is nothing but one of season's
// category names or words for one ("实景拍摄", "动漫", "AI生成类").
func categoryExact(season *contestbot.Season, s string) (string, bool) {
	t := strings.ToLower(strings.TrimSpace(contestbot.NormalizeWidth(s)))
	// s11-f: "这个是动画", "这个算实拍", "是个动画片" after a title say what the work is (rp140).
	for _, p := range []string{"这个是个", "这个是", "这个算", "这个属于", "这是个", "这是", "它是", "是个", "分类是", "类别是", "也是", "还是", "都是", "同样是", "就是", "属于", "算是", "是", "选", "算", "用的是", "用"} { // s8-h: "也是实景" on a second work
		if strings.HasPrefix(t, p) {
			t = strings.TrimPrefix(t, p)
			break
		}
	}
	t = reCategoryTail.ReplaceAllString(t, "") // s8-h: "实景拍摄啊"; s10-e: dialect 的, "实景拍嘞", "实拍哩"
	if c, ok := season.CategoryWord(t); ok {
		return c, true
	}
	if c, ok := season.CategoryWord(strings.TrimSuffix(t, "片")); ok && strings.HasSuffix(t, "片") {
		return c, true // s9-e: "是动画片"; 视频切片 keeps its 片 above
	}
	return categoryMade(season, t) // choice.go: "实景拍的", "动画做的"
}

// reCategoryTail is what may follow a category word: particles, the
// dialect forms of 的 (嘞, 哩, 咧, 滴), 类 and 作品.
var reCategoryTail = regexp.MustCompile(`(?:啊|呀|哈|吧|的|嘞|哩|咧|滴|类|作品)+$`)

// answerWords normalises a short reply for keyword matching.
func answerWords(s string) string {
	t := strings.ToLower(contestbot.NormalizeWidth(strings.TrimSpace(s)))
	return strings.TrimFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("。.,，!！~～?？…、", r)
	})
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var (
	yesWords = []string{"是", "对", "嗯", "好", "确认", "确定", "没问题", "正确", "无误", "同意", "可以", "行", "ok", "yes", "y", "当然", "没错", "是的", "对的", "属实"}
	noWords  = []string{"不是", "不对", "否", "不", "no", "n", "错", "不同意", "不行", "不确认"}
)

func isYes(s string) bool {
	w := answerWords(s)
	if w == "" {
		return false
	}
	if agreesOnly(s) { // agree.go: "都是哒✅", "对滴", "没问题哈"
		return true
	}
	for _, n := range []string{"不", "否", "没", "错"} {
		if strings.HasPrefix(w, n) || w == "no" {
			return false
		}
	}
	for _, y := range yesWords {
		if w == y || (!isASCII(y) && strings.HasPrefix(w, y)) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for _, r := range s {
		if r > unicode.MaxASCII {
			return false
		}
	}
	return true
}

func isNo(s string) bool {
	w := answerWords(s)
	for _, n := range noWords {
		if w == n || (!isASCII(n) && strings.HasPrefix(w, n)) {
			return true
		}
	}
	return false
}

// parseYesNo reads an answer to one eligibility question. Each question is
// phrased so that 是/对 means the eligible answer, and the field-specific
// words ("没有发表过", "个人作品", "已标注") override. p holds the current
// year, for relative answers such as 去年拍的, and the season's period.
func parseYesNo(f contestbot.Field, s string, p period) (val, ok bool) {
	if v, ok := yesNoKeywords(f, dialectNegation(s), p); ok { // negation.go (d1): "冇得发过", "AI一点没用"
		return v, true
	}
	v, ok := plainYesNo(s)
	if f == contestbot.FieldAIUsed && v {
		return false, false // "确认", "好的" do not say that AI was used
	}
	return v, ok
}

// parseYesNoInverted reads an answer to a question asked the other way
// round ("是否个人作品：否"): field words keep their meaning, a plain 是/否
// is inverted.
func parseYesNoInverted(f contestbot.Field, s string, p period) (val, ok bool) {
	if v, ok := yesNoKeywords(f, s, p); ok {
		return v, true
	}
	v, ok := plainYesNo(s)
	return !v, ok
}

func plainYesNo(s string) (val, ok bool) {
	w := answerWords(s)
	if isNo(w) {
		return false, true
	}
	if isYes(w) {
		return true, true
	}
	return false, false
}

// period is what reading when a work was made needs: the current year and
// the season whose period the work must fall in.
type period struct {
	year   int
	season *contestbot.Season
}

// madeIn reports whether a work made in year (month 0: not said) is within
// the season's period.
func (p period) madeIn(year, month int) bool {
	if p.season == nil {
		return true
	}
	return p.season.MadeInPeriod(year, month)
}

// sinceWords are the ways to say "within the period" by its first year:
// "2025以来", "2025年后".
func (p period) sinceWords() []string {
	if p.season == nil {
		return nil
	}
	y, _, ok := p.season.WorksSinceYearMonth()
	if !ok {
		return nil
	}
	n := strconv.Itoa(y)
	return []string{n + "以来", n + "年以来", n + "年后", n + "年之后", n + "后"}
}

// reYearMonth is a year with its month: "2025年3月".
var reYearMonth = regexp.MustCompile(`(20\d{2})\s*年\s*(\d{1,2})\s*月`)

// yearMonth reads the date in w (month 0 when not said). A message with
// several dates ("2024年12月拍的 2025年3月剪完") names the work's completion
// last in time, and completion decides (the notice's period counts works
// completed in it), so the
// latest date wins (s7-j, rp82 p82b).
func yearMonth(w string) (year, month int, ok bool) {
	return latestYearMonth(w, 0)
}

// reRelYearMonth is a year said relative to now, with its month or not:
// "今年3月", "去年12月", "前年".
var reRelYearMonth = regexp.MustCompile(`(今年|去年|前年)\s*(?:(\d{1,2})\s*月)?`)

// latestYearMonth is the latest date in w: "2025年3月", "2025年", and, when
// thisYear is known, "今年3月", "去年12月", "前年".
func latestYearMonth(w string, thisYear int) (year, month int, ok bool) {
	take := func(y, m int) {
		if !ok || y > year || y == year && m > month {
			year, month, ok = y, m, true
		}
	}
	for _, m := range reYearMonth.FindAllStringSubmatch(w, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		take(y, mo)
	}
	for _, m := range reYear.FindAllStringSubmatchIndex(w, -1) {
		if reYearMonth.MatchString(w[m[0]:]) && reYearMonth.FindStringIndex(w[m[0]:])[0] == 0 {
			continue // read with its month above
		}
		y, _ := strconv.Atoi(w[m[2]:m[3]])
		take(y, 0)
	}
	if thisYear > 0 {
		for _, m := range reRelYearMonth.FindAllStringSubmatch(w, -1) {
			y := thisYear - map[string]int{"今年": 0, "去年": 1, "前年": 2}[m[1]]
			mo, _ := strconv.Atoi(m[2])
			take(y, mo)
		}
	}
	return year, month, ok
}

func yesNoKeywords(f contestbot.Field, s string, p period) (val, ok bool) {
	w := answerWords(s)
	if f == contestbot.FieldUnpublished {
		w = dropSendOver(w) // paste.go: "邮件发过去就行" publishes nothing
	}
	if w == "" {
		return false, false
	}
	switch f {
	case contestbot.FieldUnitWork:
		if v, ok := ownWorkWords(w); ok { // s10-j eligibilitywords.go: "我们自己拍自己配的" is the unit's
			return v, true
		}
		switch {
		case containsAny(w, "单位", "学校", "集体", "组织", "党委", "团队"):
			return true, true
		}
	case contestbot.FieldMadeInPeriod:
		switch v, phase := madeWhen(w, p); phase { // s10-c madewhen.go: a finish decides, a start alone asks
		case madeWhenSet:
			return v, true
		case madeWhenAsk:
			return false, false
		}
		if y, m, ok := latestYearMonth(w, p.year); ok && (reYear.MatchString(w) || strings.Count(w, "年") > 1) {
			return p.madeIn(y, m), true
		}
		switch {
		case containsAny(w, p.sinceWords()...):
			return true, true
		case containsAny(w, "今年", "新拍", "最近"):
			return p.madeIn(p.year, 0), true
		case containsAny(w, "去年"):
			return p.madeIn(p.year-1, 0), true
		case containsAny(w, "前年"):
			return p.madeIn(p.year-2, 0), true
		case containsAny(w, "以前", "之前", "早就", "老作品", "旧作"):
			return false, true
		}
	case contestbot.FieldUnpublished:
		switch {
		case containsAny(w, "没有发", "没发", "未发", "还没", "尚未", "没公开", "未公开", "没有公开", "没有在", "没在", "从未", "从没", "不曾", "没上传", "未上传", "没有上传"):
			return true, true
		case containsAny(w, "已经发", "已发", "发过", "发表过", "发布过", "公开过", "上传过", "发了", "发到", "已公开", "已经公开", "播过", "播出过"):
			return false, true
		case w == "没有" || w == "没" || w == "无" || w == "没有过" || w == "未" || w == "否" || w == "从来没有":
			// A bare 否 answers "是否公开发表" as often as it answers our
			// "还没有发表过，对吗": a refusal needs explicit words.
			return true, true
		}
	case contestbot.FieldAIUsed:
		switch {
		case containsAny(w, "没有用", "没用", "未使用", "没有使用", "不含", "没有ai", "无ai", "没有", "没", "无", "不用", "未用"):
			return false, true
		case containsAny(w, "用了", "有用", "使用了", "用过", "有ai", "含ai", "有", "用"):
			return true, true
		case w == "是" || w == "是的" || w == "对" || w == "嗯":
			return true, true
		}
	case contestbot.FieldAILabelled:
		switch {
		case containsAny(w, "未标注", "没标注", "没有标注", "没标", "未标", "不标", "没有", "没"):
			return false, true
		case containsAny(w, "已标注", "标注了", "有标注", "标了", "已经标", "已标", "会标", "已加", "加了", "打上", "打了", "加上", "写上了", "注上", "标上"): // s11-f: "片尾也打上了"
			return true, true
		}
	}
	return false, false
}

// eligibilityPhrase recognises an unlabelled statement about eligibility in
// a clause ("是单位作品", "没在任何平台发过", "去年拍的", "已标注"); a year
// is judged against p's period.
func eligibilityPhrase(s string, p period) (contestbot.Field, bool, bool) {
	w := dropSendOver(answerWords(s)) // paste.go: "我把报名表发过来" publishes nothing
	switch {
	case containsAny(w, "不是个人作品", "非个人作品", "单位作品", "学校作品", "集体作品") || strings.Contains(strings.ReplaceAll(w, "组织部", ""), "学校组织"): // s10-j: "学校组织部" is an organisation
		return contestbot.FieldUnitWork, true, true
	case containsAny(w, "个人作品", "个人名义", "我个人", "我自己拍", "我自己做", "我是个人", "个人身份", "个人报名", "个人参赛",
		"不代表学校", "不是学校的", "不是单位的", "以个人", "私人作品"):
		return contestbot.FieldUnitWork, false, true
	case containsAny(w, "未公开发表", "未发表", "没有发", "没发", "没有公开", "没公开", "未公开", "没在任何平台", "没有在任何平台", "未发布", "没有发布",
		"没发布", "还没发", "从未发", "从没发", "从来没", "未曾", "不曾", "没上传", "没有上传", "未上传", "没有播", "没播", "未播"):
		return contestbot.FieldUnpublished, true, true
	case containsAny(w, "已发表", "已经发表", "发表过", "已公开", "已发布", "发布过", "发过"):
		return contestbot.FieldUnpublished, false, true
	case containsAny(w, "未标注", "没标注", "没有标注") || reNotLabelled.MatchString(w):
		return contestbot.FieldAILabelled, false, true
	case containsAny(w, "已标注", "有标注", "标注了", "已经标注") || reLabelled.MatchString(w):
		return contestbot.FieldAILabelled, true, true
	case containsAny(w, "没有使用ai", "未使用ai", "没用ai", "不含ai", "没有ai", "没有用ai", "无ai"):
		return contestbot.FieldAIUsed, false, true
	case containsAny(w, "使用了ai", "用了ai", "有ai", "含ai", "使用ai"):
		return contestbot.FieldAIUsed, true, true
	}
	if reThisYear.MatchString(w) {
		return contestbot.FieldMadeInPeriod, p.madeIn(p.year, 0), true
	}
	if y, m, ok := yearMonth(w); ok && containsAny(w, "拍", "制作", "创作", "完成", "做", "摄制", "以来", "之后", "后") {
		return contestbot.FieldMadeInPeriod, p.madeIn(y, m), true
	}
	return "", false, false
}

var (
	// "已在片中标注AI生成", "片头已经做了标注"; "没有在片中标注".
	reLabelled    = regexp.MustCompile(`(?:已|已经)(?:在[^，,。；;不没未]{1,6})?(?:做了|进行了|加了|添加了|做|进行|加|添加)?(?:标注|标明|注明|标示)`)
	reNotLabelled = regexp.MustCompile(`(?:没|未|没有)(?:在[^，,。；;]{1,6})?(?:做|进行|加|添加)?(?:标注|标明|注明|标示)`)
	// "今年拍的", "今年新做的": judged against the season's period.
	// s5-f3 (rp45): "今年6月拍的" names the month too.
	reThisYear = regexp.MustCompile(`^(?:是|都是|作品是|片子是)?今年(?:\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?|上半年|下半年|年初|春天|夏天|暑假|寒假)?(?:新)?(?:拍|做|制作|创作|完成|摄制|拍摄)`)
)

var reLink = regexp.MustCompile(`(?i)https?://[^\s<>"'，。；！？、）)】」』“”]+`)

// findLink returns the first http(s) link in s.
func findLink(s string) string {
	return strings.TrimRight(reLink.FindString(s), ".,;:!?")
}

// isQuestion reports whether s reads like a question rather than an answer.
// reIndefinite is a question word used as "anywhere, anything" beside a
// negation.
var reIndefinite = regexp.MustCompile(`(?:没有|没|未|从没|从来没|冇|不)(?:在|往|到|去|上|给)?(?:哪儿|哪里|哪|什么地方|啥地方|任何地方)|(?:哪儿|哪里|什么地方|啥地方|什么|啥)(?:都|也)(?:没有|没|不|冇|未)|谁(?:都|也)|` +
	`(?:我们|咱们|他们|俺们|你们|她们|咱)几(?:个|位)|` + // s6-c: "是我们几个老师一起商量定下来的" counts, it asks nothing
	`(?:这|那|头|前|后|好)几(?:个|位|张|段|处)`) // s9-d: "刚才说那几个AI画哩背景" points, it asks nothing

// reNarrates opens a clause of a story: "讲述…如何…", "展现…怎样…" (e3).
var reNarrates = regexp.MustCompile(`^(?:本片|影片|短片|片子|作品|视频)?(?:讲述|讲了|述说|展现|展示|呈现|记录|反映|描绘|再现|讲的是)`)

// reWhatAsk is 啥 ("what") asked after a verb or before what it asks of:
// "按啥排的", "是啥", "啥意思", "啥顺序" (s6-q).
var reWhatAsk = regexp.MustCompile(`(?:按|按照|是|用|叫|有|干|做|凭|依|根据|靠|看|要|为|怎)啥|啥(?:意思|样|规矩|规则|标准|要求|讲究|顺序|格式|情况|区别|说法|依据|原因)`)

func isQuestion(s string) bool { return questionMemo.get(s, readsAsQuestion) }

var questionMemo textMemo[bool]

// readsAsQuestion is isQuestion's reading, unremembered.
func readsAsQuestion(s string) bool {
	w := strings.TrimSpace(contestbot.NormalizeWidth(s))
	if formalEnquiry(w) { // s5-f4 formalask.go: "…咨询如下：…，妥否，请予答复。"
		return true
	}
	// A label's colon ("简介：…") makes a statement; a ratio's or a clock's
	// ("9:16的也能交吗") does not (paste.go).
	if strings.ContainsAny(reDigitColon.ReplaceAllString(w, ""), ":") && !strings.HasSuffix(w, "?") {
		return false
	}
	if strings.HasSuffix(w, "?") || strings.HasSuffix(w, "吗") || strings.HasSuffix(w, "呢") {
		return true
	}
	if tw := strings.TrimRight(w, "。.!~ "); (strings.HasSuffix(tw, "对吧") || strings.HasSuffix(tw, "是吧") || strings.HasSuffix(tw, "没错吧") ||
		strings.HasSuffix(tw, "对不对") || strings.HasSuffix(tw, "对么")) && !reHedgedAgree.MatchString(tw) { // s6-n: "截止是10月30号对吧" asks for agreement
		return true
	}
	if answersOwnQuestion(s) {
		return false // s10-i stepask.go: "洪水来了怎么办？他说党员就要站在最前面。" answers itself
	}
	if strings.ContainsAny(w, "?？") && !strings.ContainsAny(w, "\n") {
		return true // "摘要我一会发你。对了原件是寄过去还是送过去？送到哪"
	}
	if reNarrates.MatchString(w) {
		return false // e3: "讲述老一辈党员的初心故事如何感染新时代青年学生，" is a 简介's clause
	}
	if askedYesNo(w) {
		return true // "用手机拍的算实景拍摄不算", "跟简介一样中不中"
	}
	if altAsked(w) || labelAltAsked(w) || isItAsked(w) {
		return true // s7-g mixedacts.go: "是拍片子的人还是学校"; s12-d askform.go: "推荐单位是写学院还是写学院党委啊", "是不是得写全称"
	}
	// Henan and everyday yes/no questions end in 不/没/中不中: "算视频切片不", "行不".
	if rs := []rune(w); len(rs) >= 3 && (strings.HasSuffix(w, "不") || strings.HasSuffix(w, "没")) && containsAny(w, "算", "行", "能", "可以", "中", "对", "是", "够", "要", "用", "得", "有") { // s11 (rp146 q72, rp149 q73): "片名要带书名号不", "片名有字数限制没"
		return true
	}
	// A question word after a negation, or before 都/也 + a negation, is
	// "anywhere, anything": "没在哪儿播过", "哪儿也没发过", "啥都没用" ask nothing.
	w = reIndefinite.ReplaceAllString(w, "")
	if correlative(w) {
		return false // s10-i stepask.go: "哪里有困难哪里就有党员" is a title, not a question
	}
	if reWhatAsk.MatchString(w) { // s6-q (rp73 Q9): "这个序号是按啥排的", "这栏填的是啥"
		return true
	}
	return containsAny(w, "什么", "怎么", "如何", "哪些", "哪里", "哪个", "多少", "几个", "几号", "能否", "可否", "是否", "要不要",
		"需不需要", "能不能", "可不可以", "有没有", "行不行", "为啥", "为什么", "咋", "吗", "写谁", "填谁", "是谁", "哪位", "写啥", "填啥",
		"哪天", "啥时候", "何时", "几时", "多久", "哪儿", "啥时", // when and where: "对了截止时间是哪天"
		"会不会", "算不算", // d5: "会不会算公开发表了啊🥺"
		"谁来盖", "谁来签", "谁来填", "谁来报", "谁来交", "谁来写", "谁来送", "由谁", "谁盖", "谁签", "该谁") // s6-n: "推荐单位意见那栏谁来盖章"
}

// reHedgedAgree is a hedge that ends like a question for agreement: "1和2
// 应该是吧", "大概对吧" state a value, unsure (hold.go reads them) (s6-n).
var reHedgedAgree = regexp.MustCompile(`(?:应该|可能|大概|估计|也许|差不多|就|算)(?:是|对)吧$`)
