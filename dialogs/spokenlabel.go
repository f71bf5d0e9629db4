package dialogs

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"

	"contestbot"
)

// Voice input and pinyin typing write a field's name with other characters
// of the same sound: 至做单位 or 制做单位 for 制作单位, 建制 for 监制, 简辑 for
// 剪辑, 遍导 for 编导, 联系任 for 联系人, 市场 for 时长. spokenLabels puts the
// label back before anything reads the message, so every reader of labels
// (labelled values, corrections "X改成Y", questions "X是啥") sees the
// field's own name: there is one label matcher, fed the words the user
// meant.
//
// A run of characters that merely sounds like a label is often a word of
// its own (剪纸, 建制村, 便道, 市场). The guards:
//   - only the strong labels of two or more Chinese characters, and only a
//     run that is no label itself;
//   - every character sounds like the label's (go-pinyin, without tones:
//     the input method ignores them); a character differing from the
//     label's is no grammatical one (是, 的, 我 …), which a user means;
//   - what follows is what follows a label: a colon, a copula or a verb of
//     the form (是, 改成, 写, 就是 …), punctuation, a number or the end;
//   - a run of which no character is the label's own is only a running
//     time's (市场 for 时长), and must start a clause;
//   - a duration's label must be followed by a duration (市场是二分五十秒;
//     not 农贸市场是…);
//   - while a free text (简介, 摘要) is being asked, only a run that starts
//     the message counts, and never one after a free text's label: the
//     text itself is kept as typed.

// runeLabel is a label as runes, lower-cased, with the readings of each
// character (spoken labels only).
type runeLabel struct {
	slot  slot
	word  []rune
	sound [][]string
}

// strongLabelRunes are the strong labels (单位 in 至做单位 is part of the
// run, not a label as typed), longest first as labelDefs.
var strongLabelRunes = func() []runeLabel {
	var out []runeLabel
	for _, d := range labelDefs {
		if !d.weak {
			out = append(out, runeLabel{slot: d.slot, word: []rune(strings.ToLower(d.word))})
		}
	}
	return out
}()

// spokenLabelDefs are the labels matched by sound: strong, all Chinese, two
// or more characters.
var spokenLabelDefs = func() []runeLabel {
	var out []runeLabel
	for _, d := range labelDefs {
		if d.weak || strings.HasSuffix(string(d.slot), "!") || strings.HasPrefix(d.word, "是否") ||
			utf8.RuneCountInString(d.word) < 2 || !allHan(d.word) {
			continue
		}
		l := runeLabel{slot: d.slot, word: []rune(d.word)}
		for _, r := range l.word {
			l.sound = append(l.sound, readings(r))
		}
		out = append(out, l)
	}
	return out // labelDefs is longest first, and so is this
}()

// labelGrammar are characters a user who typed them meant: a run holding
// one where the label has another is no misheard label.
const labelGrammar = "的地得了着过是在有和与或及就也都还又再才不没别很太更最这那哪谁啥个些么之我你他她它们咱俺吗嘛吧呢啊呀哦"

// labelFollowers start what may follow a label: its value after a copula
// or a verb of the form, or talk about it ("至做单位你给我弄错了").
var labelFollowers = []string{"是", "为", "叫", "同", "无", "没", "改", "换", "应", "就", "也", "还", "都", "写", "填", "和", "跟", "及", "兼",
	"你", "给", "弄", "错", "不", "那", "这", "栏", "呢", "啊", "吧", "要", "我", "俺", "嘛", "呀", "有", "大概", "一共", "总共", "差不多"}

// spokenLabels returns s with field names heard as homophones replaced by
// the labels (see above); freeText says a free text is being asked. The
// result has the same runes at the same offsets but for the labels.
func spokenLabels(s string, freeText bool) string {
	rs := []rune(s)
	low := []rune(strings.ToLower(s))
	if len(low) != len(rs) {
		return s
	}
	// Runes already inside a strong label as typed, or quoted (《剪纸是
	// 我的青春》), are no misheard label.
	taken := make([]bool, len(rs))
	firstLabel := len(rs) // where the first label as typed starts
	for i, r := range newText(s).mask {
		if i < len(taken) {
			taken[i] = r == maskRune
		}
	}
	freeFrom := len(rs) // after a free text's label, the text is kept as typed
	for i := range rs {
		for _, d := range strongLabelRunes {
			w := d.word
			if i+len(w) <= len(low) && slices.Equal(low[i:i+len(w)], w) {
				for k := i; k < i+len(w); k++ {
					taken[k] = true
				}
				firstLabel = min(firstLabel, i)
				if d.slot.freeText() && i < freeFrom {
					freeFrom = i
				}
				break
			}
		}
	}
	// The usual reading of each character, once.
	syl := usualSyllables(rs)
	// A message naming a role as typed, or another heard as a homophone
	// before 是, lists roles.
	roleList := false
	for i := range rs {
		for _, d := range spokenLabelDefs {
			w := d.word
			if !d.slot.isRole() || i+len(w) > len(rs) {
				continue
			}
			if slices.Equal(rs[i:i+len(w)], w) || soundsLikeLabel(rs[i:i+len(w)], syl[i:i+len(w)], d, taken[i:i+len(w)]) && followsLabel(rs[i+len(w):], d.slot) {
				roleList = true
			}
		}
	}
	// The spoken opening of the message ("不是不是那个").
	head := utf8.RuneCountInString(reSpokenHead.FindString(s))
	changed := false
	for i := 0; i < len(rs); i++ {
		if i >= freeFrom || freeText && i > head {
			break
		}
		if freeText && i < head {
			continue
		}
		if !isHan(rs[i]) || taken[i] {
			continue
		}
		if n, w, ok := nearRoleLabel(rs, syl, taken, i, roleList); ok { // s6-e rolenear.go: "检举是王浩然" in a list of roles
			copy(rs[i:i+n], w)
			changed = true
			i += n - 1
			continue
		}
		for _, d := range spokenLabelDefs {
			w := d.word
			n := len(w)
			if i+n > len(rs) || !soundsLikeLabel(rs[i:i+n], syl[i:i+n], d, taken[i:i+n]) {
				continue
			}
			own := 0 // the characters that are the label's own
			for k := range w {
				if rs[i+k] == w[k] {
					own++
				}
			}
			anchored := own > 0
			// With no character of its own, only a running time
			// followed by a duration counts (市场是二分五十秒; not 剪纸是…).
			// s11-d: or a run that opens the message, set off from a value
			// of its field ("检阶 本片从我校…" for 简介 by voice input).
			lead := leadingSpokenLabel(rs, i, n, head, d.slot)
			if !anchored && !lead && (d.slot != slot(contestbot.FieldDuration) || !clauseStart(rs, i)) {
				continue
			}
			// In a list of roles ("建制周德明遍导我"), a role's name may
			// stand right before the person's.
			// After another label, two characters of its own in three or
			// more are a label whatever follows ("…同上联系任王建军"; not
			// "作品明天发").
			runOn := own >= 2 && n >= 3 && d.slot != slot(contestbot.FieldDuration) && (firstLabel < i || changed)
			if !lead && !followsLabel(rs[i+n:], d.slot) && !(anchored && d.slot.isRole() && roleList) && !runOn {
				continue
			}
			copy(rs[i:i+n], w)
			changed = true
			i += n - 1
			break
		}
	}
	if !changed {
		return s
	}
	return string(rs)
}

// soundsLikeLabel reports whether typed (whose characters' usual readings
// are syl) is label with some characters swapped for others of the same
// sound: the typed character's usual reading, without tone, is one of the
// label's character's (场 chǎng for 长, read cháng in 时长 though usually
// zhǎng).
func soundsLikeLabel(typed []rune, syl []string, label runeLabel, taken []bool) bool {
	differs := false
	for k, r := range typed {
		if taken[k] || !isHan(r) {
			return false
		}
		if r == label.word[k] {
			continue
		}
		if strings.ContainsRune(labelGrammar, r) || strings.ContainsRune(labelGrammar, label.word[k]) || syl[k] == "" || !slices.Contains(label.sound[k], syl[k]) {
			return false
		}
		differs = true
	}
	return differs
}

// followsLabel reports whether rest may follow a label of slot s.
func followsLabel(rest []rune, s slot) bool {
	r := rest
	for len(r) > 0 && r[0] == ' ' {
		r = r[1:]
	}
	if s == slot(contestbot.FieldDuration) {
		// Only a duration makes 市场 or 时常 the running time.
		return reDurationNext.MatchString(string(r[:min(len(r), 16)]))
	}
	if len(r) == 0 || !isHan(r[0]) {
		return true
	}
	head := string(r[:min(len(r), 3)])
	for _, f := range labelFollowers {
		if strings.HasPrefix(head, f) {
			return true
		}
	}
	return false
}

// reDurationNext is a duration right after a label, or after a copula or a
// hedge ("是二分五十秒", "大概两分半"); not "市场上两分钟的片子".
var reDurationNext = regexp.MustCompile(`^(?:是|为|就是|大概|大约|约|差不多|一共|总共|有|：|:|\s)*(?:` + reDuration.String() + `)`)

// clauseStart reports whether rs[i] starts a clause: the message's start,
// after punctuation or a space, or after spoken filler ("那个至做单位").
func clauseStart(rs []rune, i int) bool {
	if i == 0 || !isHan(rs[i-1]) {
		return true
	}
	before := string(rs[max(0, i-2):i])
	for _, f := range []string{"那个", "这个", "就是", "还有", "然后", "对了", "另外", "不是", "嗯", "呃", "额", "哎", "啊", "那", "把"} {
		if strings.HasSuffix(before, f) {
			return true
		}
	}
	return false
}

// reSpokenHead is talk that may open a message before a field's name.
var reSpokenHead = regexp.MustCompile(`^(?:不是|不对|错了|哎呀|哎|唉|诶|嗯|呃|额|啊|哦|那个|这个|就是说|就是|然后呢|然后|还有|另外|对了|还是|老师|你好|您好|[，,。！!？?、\s])+`)

// usualSyllables is the usual toneless reading of each rune of rs, "" for
// a rune that is no Chinese character.
func usualSyllables(rs []rune) []string {
	syl := make([]string, len(rs))
	for i, r := range rs {
		if isHan(r) {
			if ps := readings(r); len(ps) > 0 {
				syl[i] = ps[0]
			}
		}
	}
	return syl
}

// readings are r's readings without tones, the usual one first.
func readings(r rune) []string {
	return pinyin.SinglePinyin(r, pinyin.Args{Style: pinyin.Normal, Heteronym: true})
}

// reTalkBreak is a particle or interjection that ends spoken talk before a
// value ("…报个名吧嗯我们是南阳市第二中等职业学校"). 哈 is none: 哈尔滨, 哈密.
var reTalkBreak = regexp.MustCompile(`[吧嗯呃额啊呢]`)

// reOwnCopula opens a unit said in speech: "我们是", "俺们学校就是".
var reOwnCopula = regexp.MustCompile(`^(?:我们|俺们|咱们|我|俺|咱)?(?:学校|单位)?(?:就是|就叫|是|叫)`)

// orgAfterTalk is the unit in v when dictated talk stands before it, run
// on with no punctuation ("那行那我就报个名吧嗯我们是南阳市第二中等职业学校"):
// the part after the last particle, when it reads as a unit by itself.
// Otherwise v.
func orgAfterTalk(v string) string {
	locs := reTalkBreak.FindAllStringIndex(v, -1)
	if len(locs) == 0 || !isOrg(v) {
		return v
	}
	tail := v[locs[len(locs)-1][1]:]
	tail = reFillerWordHead.ReplaceAllString(tail, "")
	tail = strings.TrimSpace(reOwnCopula.ReplaceAllString(tail, ""))
	if utf8.RuneCountInString(tail) < 4 || !isOrg(tail) {
		return v
	}
	return tail
}

// reOrgRestate restates an organisation in other words: "我们学院党委宣传部就是
// 平顶山工业职业技术学院党委宣传部", "宣传部，全称是…" (s6-f).
var reOrgRestate = regexp.MustCompile(`^(.+?)[，,\s]*(?:也就是|就是|全称是|全称叫|全称为|全名是|全名叫)[:：\s]*(.+)$`)

// restatedOrg is the second name when v names one organisation twice, "A就是
// B" with both A and B read as organisations (s6-f, round 13: stored as
// "…党委宣传部就是…党委宣传部"). Otherwise v.
func restatedOrg(v string) string {
	m := reOrgRestate.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return v
	}
	a, b := strings.TrimSpace(m[1]), strings.TrimSpace(strings.TrimRight(m[2], "。.！!"))
	a = reOrgTalkTail.ReplaceAllString(a, "") // s8-j unitownwords.go: "学校党委办公室啦 就是…"
	if !reOrgEnd.MatchString(a) || !isOrg(b) || utf8.RuneCountInString(b) < 4 {
		return v
	}
	return b
}

// reSelfFiller is spoken filler after 我 in a self-introduction: "我那个叫…".
var reSelfFiller = regexp.MustCompile(`^(我|俺)(?:那个|这个|呢|就)+`)

// selfIntroOff is the name in a contact's self-introduction said as the
// whole value ("我那个叫周文涛" → 周文涛; selfref.go reads "我叫…"), or v
// when it is none.
func selfIntroOff(v string) string {
	w := reSelfFiller.ReplaceAllString(strings.TrimSpace(v), "$1")
	m := reSelfIntro.FindStringSubmatchIndex(w)
	if m == nil || m[0] != 0 || strings.TrimSpace(w[m[3]:]) != "" {
		return v
	}
	if name := w[m[2]:m[3]]; isPerson(name) && !namesALabel(name) {
		return name
	}
	return v
}

// leadingSpokenLabel reports whether the run rs[i:i+n], which sounds like
// the label of field f but holds none of its characters, is that label
// (s11-d, rp137 "检阶 本片从我校2025年4月…"): it opens the message (after
// spoken filler only), a space, a colon, a comma or 是 sets it off, and what
// follows is a value of the field — a text of eight characters or more for
// the 简介/摘要 (also after 是), a person for a role or the contact, an
// organisation for a unit. A real word that opens a text runs on into it ("间接反映了…") and is
// no label; nor is one before talk ("检阶那开头俩字不要").
func leadingSpokenLabel(rs []rune, i, n, head int, f slot) bool {
	if i != head || i+n >= len(rs) {
		return false
	}
	j := i + n
	switch {
	case strings.ContainsRune(" ：:，,", rs[j]):
	case rs[j] == '是' && f.freeText():
	default:
		return false
	}
	rest := strings.TrimSpace(strings.TrimLeft(string(rs[j:]), " ：:，,是"))
	if rest == "" || isQuestion(rest) {
		return false
	}
	switch {
	case f.freeText():
		return utf8.RuneCountInString(rest) >= 8
	case f.isRole() || f == slot(contestbot.FieldContact):
		cls := splitClauses(rest)
		return len(cls) > 0 && !strings.ContainsAny(cls[0], "我俺咱你他她") && isPerson(strings.TrimRight(cls[0], "，,。；;"))
	case f == slot(contestbot.FieldUnit) || f == slot(contestbot.FieldProducer):
		cls := splitClauses(rest)
		return len(cls) > 0 && isOrg(strings.TrimRight(cls[0], "，,。；;"))
	}
	return false
}
