package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// This file reads a correction of a short field said in any sentence:
// a field word (its label or an everyday name: 名字, 片子名, 单位, 电话,
// 时长, 监制…) and a change marker after it (改成, 换成, 还是用, 应该是,
// 准确是, 就是, 写成…), with talk around ("不是 我说片名要换 换成 X",
// "名字还是用X吧 刚领导说这个好", "时长我刚才叫人看了，准确是4分08秒，你给改
// 一下"); or the stored value of a field and the new one ("河南省经济管理学校
// 改成河南省经贸管理学校", "刚才那个杜朋飞打错了 是杜鹏飞"). It rewrites the
// message as "标签：新值" for the form to store and echo; anything else is
// left as typed. Free text (简介/摘要) is not read here: a sentence edit of
// it is sentencefix.go's.

// fixFields are the short fields a correction may name, with the everyday
// words for them besides their labels (labelDefs).
var fixFields = func() map[slot][]string {
	m := map[slot][]string{
		slot(contestbot.FieldTitle):    {"片子名字", "片子的名", "片子名", "名字", "名称", "题目", "标题"},
		slot(contestbot.FieldUnit):     {"单位", "学校"},
		slot(contestbot.FieldPhone):    {"手机", "号码", "手机号"},
		slot(contestbot.FieldDuration): {"片子长度", "长度", "多长"},
		slot(contestbot.FieldCategory): {"类型"},
	}
	short := map[slot]bool{
		slot(contestbot.FieldUnit): true, slot(contestbot.FieldTitle): true, slot(contestbot.FieldProducer): true,
		slot(contestbot.FieldContact): true, slot(contestbot.FieldPhone): true, slot(contestbot.FieldDuration): true,
		slot(contestbot.FieldCategory): true,
	}
	for _, r := range roles {
		short[r] = true
	}
	for _, d := range labelDefs {
		if !d.weak && short[d.slot] {
			m[d.slot] = append(m[d.slot], d.word)
		}
	}
	return m
}()

// reDirectValue starts a value given right after its label: "片名叫…",
// "电话是…", "时长：…".
var reDirectValue = regexp.MustCompile(`^(?:叫|是|为|[:：])`)

// reOwnName ends the words before "名字" that make it a person's name.
var reOwnName = regexp.MustCompile(`(?:我|俺|他|她|人|你|您|的|个)\s*$`)

// fixWord is one field word found in a message.
type fixWord struct {
	slot     slot
	at, end  int // byte offsets in the message
	everyday bool
}

// fixWordsIn lists the field words of s, longest first at each place, not
// overlapping.
func fixWordsIn(s string) []fixWord {
	var out []fixWord
	taken := make([]bool, len(s)+1)
	type cand struct {
		slot slot
		word string
	}
	var cs []cand
	for f, ws := range fixFields {
		for _, w := range ws {
			cs = append(cs, cand{f, w})
		}
	}
	// Longest words first, so 制作单位 wins over 单位, 联系电话 over 电话.
	for n := 6; n >= 2; n-- {
		for _, c := range cs {
			if contestbot.RuneLen(c.word) != n {
				continue
			}
			for from := 0; from < len(s); {
				i := strings.Index(s[from:], c.word)
				if i < 0 {
					break
				}
				i += from
				free := latinWordAt(s, i, c.word) // s5-f4: "dy", "title" only as whole words
				for k := i; k < i+len(c.word); k++ {
					if taken[k] {
						free = false
					}
				}
				if free {
					for k := i; k < i+len(c.word); k++ {
						taken[k] = true
					}
					out = append(out, fixWord{slot: c.slot, at: i, end: i + len(c.word), everyday: isEverydayWord(c.word)})
				}
				from = i + len(c.word)
			}
		}
	}
	return out
}

func isEverydayWord(w string) bool {
	switch w {
	case "名字", "名称", "题目", "标题", "单位", "学校", "手机", "号码", "长度", "多长", "类型":
		return true
	}
	return false
}

var (
	// reFixStrong marks the new value wherever it stands.
	reFixStrong = regexp.MustCompile(`(?:改成|改为|改回|换成|换为|写成|写为|填成|填为|更正为|修改为|更改为|还是用|还用|就用|应该是|应该为|应该写|应为|应是|准确是|准确的是|准确说是|正确是|正确的是|其实是|实际是|实际上是|就是|就叫|就写|要写成|要写|要填|得写|得填|该写|该填|用)[:：\s]*`)
	// reFixWeak marks it only after a word saying something was wrong.
	reFixWeak = regexp.MustCompile(`(?:是|叫|写)[:：\s]*`)
	// reFixWrong says that something was wrong.
	reFixWrong = regexp.MustCompile(`错了|错啦|有误|不对|不行|写错|打错|输错|填错|说错|弄错|搞错|记错|不是|重复了|写重复|写重了|写了两遍|写了两次`)
	// reFixTail is talk after the new value in its clause.
	reFixTail = regexp.MustCompile(`(?:[，,。.!！~～\s]*(?:吧|哈|啊|呀|呗|哦|嘛|了|就行|就好|就可以|即可|就中|中不中|` +
		`(?:你|您)?(?:给|帮)?(?:我)?(?:改|换|弄)(?:一)?下|麻烦(?:您|你)?了|谢谢(?:您|你)?|不好意思|(?:你|您)(?:写|记|弄|填|打)[^，,。\s]{0,3}了))+$`)
	// reFixAsk asks for a change; a bare 是/叫 after it marks the value:
	// "片名我想改一下，叫《守望初心》".
	reFixAsk = regexp.MustCompile(`改一下|改下|想改|要改|要换|换一下|换下|重新改`)
	// reNoChange keeps a field as it is: "不用改", "还用原来的".
	reNoChange = regexp.MustCompile(`(?:不用|不要|不需要|别|甭|不)(?:再)?(?:改|换|动)|还(?:是)?用原来的|保持原样|维持原样|就按原来的`)
)

// fixSentence rewrites a correction of one short field said in a sentence
// as "标签：新值" (for one name in a role's list, the whole new list), reading
// the field from the words used or from the stored value replaced; a
// running time stated alone becomes "时长：…". It returns s unchanged when
// the message is no such correction.
func (t *turn) fixSentence(e *contestbot.Entry, s string) string {
	if e == nil {
		return s
	}
	if t.st.Pending.freeText() && (!correctionWords(s) || reStoryWords.MatchString(s) && contestbot.RuneLen(s) > 30) {
		return s // a 简介 or 摘要 that names a field in passing is the text asked for
	}
	if fs, ok := t.fixClauses(e, s); ok { // s5-g2 fixclauses.go: several fields corrected in one message
		return fs
	}
	if d, ok := t.durationSaid(e, s); ok {
		return "时长：" + d // "成片2分48秒 刚量的" in a form: the form's 时长, not a video check
	}
	f, value, ok := t.readFix(e, s)
	if !ok {
		return t.fixEachSentence(e, s)
	}
	out := f.label() + "：" + value
	// Other fields after the correction are kept: "…，你改一下。片名《红色匠心》".
	n := strings.TrimSpace(contestbot.NormalizeWidth(s))
	if i := strings.LastIndex(n, value); i >= 0 {
		for _, cl := range splitClauses(n[i+len(value):]) {
			if reFixWrong.MatchString(cl) {
				continue // "… 不是片名": talk about the correction, no value
			}
			if ex := extract(cl); ex.labelled || strings.Contains(cl, "《") || phoneClause(cl) { // s7-g: "联系人就是我，蔡志远，138…" keeps the number
				out += "，" + strings.Trim(cl, "，,。；; ")
			}
		}
	}
	return out
}

// fixEachSentence reads a correction said in one sentence of several, the
// others giving values ("时长是两分四十八秒。那个制作单位你写重复了就写…就行
// 了", s6-f): each sentence that is a correction is rewritten as "标签：新值",
// the others are kept as typed.
func (t *turn) fixEachSentence(e *contestbot.Entry, s string) string {
	var parts []string
	start := 0
	for i, r := range s {
		if strings.ContainsRune("。！!？?；;", r) {
			parts = append(parts, s[start:i+utf8.RuneLen(r)])
			start = i + utf8.RuneLen(r)
		}
	}
	if strings.TrimSpace(s[start:]) != "" {
		parts = append(parts, s[start:])
	}
	if len(parts) < 2 {
		return s
	}
	changed := false
	for i, p := range parts {
		if isQuestion(p) {
			continue
		}
		if f, v, ok := t.readFix(e, strings.TrimRight(p, "。！!；;")); ok {
			parts[i] = f.label() + "：" + v + "。"
			changed = true
		}
	}
	if !changed {
		return s
	}
	return strings.Join(parts, "")
}

// readFix finds the field and the new value of a correction sentence.
func (t *turn) readFix(e *contestbot.Entry, s string) (slot, string, bool) {
	s = strings.TrimSpace(contestbot.NormalizeWidth(s))
	if s == "" || strings.Contains(s, "\n") || reNoChange.MatchString(s) {
		return "", "", false
	}
	// A labelled value the form reads as it is ("片名改成《守望》", "时长：2分")
	// needs no rewriting.
	if ex := extract(s); ex.labelled && ex.firstLabel == 0 && len(ex.values) == 1 && len(ex.leftover) == 0 && !reFixWrong.MatchString(s) && fixStrongIndex(ex.values[0].raw) == nil {
		return "", "", false
	}
	wrong := reFixWrong.MatchString(s) || reFixAsk.MatchString(s)
	var words []fixWord
	for _, w := range fixWordsIn(s) {
		// "我的名字就是王丽娜", "名字叫李娜" at a person's step: a person's name.
		if w.everyday && w.slot == slot(contestbot.FieldTitle) && (t.st.Pending == slot(contestbot.FieldContact) || t.st.Pending.isRole() ||
			reOwnName.MatchString(s[:w.at])) {
			continue
		}
		words = append(words, w)
	}
	// The stored value replaced: "河南省经济管理学校改成河南省经贸管理学校",
	// when no other field is named outside the two values.
	// Not when the stored value is itself said after a marker ("片名就是<X>
	// 后头那是俺说的话": the value restated, then talk).
	if f, old, at := storedIn(e, s); f != "" && fixStrongIndex(s[:at]) == nil {
		if v, vat, ok := valueAfter(s, at+len(old), wrong); ok && v != old {
			others := false
			for _, w := range words {
				inside := w.at >= at && w.at < at+len(old) || w.at >= vat && w.at < vat+len(v)
				if !inside && w.slot != f {
					others = true
				}
			}
			if !others {
				if p := textPtr(e, f); f.isRole() && p != nil && *p != old {
					v = replaceName(*p, old, v)
				}
				if t.fixFits(e, f, v) {
					return f, v, true
				}
			}
		}
	}
	w, ok := namedField(words)
	if !ok {
		if len(words) == 0 && wrong {
			return t.fixOfHolder(e, s) // s6-f: "你写重复了就写X": the field whose value holds X
		}
		return "", "", false
	}
	if after := strings.TrimLeft(s[w.end:], " "); reDirectValue.MatchString(after) || writtenValue(after) {
		return "", "", false // "片名叫X马灯就是…": a labelled value, read by the form as typed
	}
	v, vat, ok := valueAfter(s, w.end, wrong)
	if !ok {
		return "", "", false
	}
	if w.slot.isRole() {
		// "摄影那个杜朋飞打错了，应该是杜鹏飞": one name of the role's list,
		// named between the role and the new value.
		if p := textPtr(e, w.slot); p != nil && *p != "" {
			for _, n := range strings.Split(*p, "、") {
				if n != "" && n != v && *p != n && strings.Contains(s[w.end:vat], n) {
					v = replaceName(*p, n, v)
					break
				}
			}
		}
	}
	if !t.fixFits(e, w.slot, v) {
		return "", "", false // the form reads it as typed and says what is wrong
	}
	return w.slot, v, true
}

// fixOfHolder reads a correction that names no field ("你写重复了就写X就行
// 了", s6-f): the new value goes to the one short field whose stored value
// holds it and more.
func (t *turn) fixOfHolder(e *contestbot.Entry, s string) (slot, string, bool) {
	v, _, ok := valueAfter(s, 0, true)
	if !ok || contestbot.RuneLen(v) < 2 {
		return "", "", false
	}
	fields := append([]slot{slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldTitle), slot(contestbot.FieldContact)}, roles...)
	var found slot
	for _, f := range fields {
		p := textPtr(e, f)
		if p == nil || *p == v || !strings.Contains(*p, v) {
			continue
		}
		if found != "" {
			return "", "", false
		}
		found = f
	}
	if found == "" || !t.fixFits(e, found, v) {
		return "", "", false
	}
	return found, v, true
}

// namedField is the one field a correction names: the first strong label,
// or the everyday word when no label is said. "摄影的名字" names 摄影.
func namedField(words []fixWord) (fixWord, bool) {
	var strong, everyday []fixWord
	for _, w := range words {
		if w.everyday {
			everyday = append(everyday, w)
		} else {
			strong = append(strong, w)
		}
	}
	pick := strong
	if len(pick) == 0 {
		pick = everyday
	}
	if len(pick) == 0 {
		return fixWord{}, false
	}
	first := pick[0]
	for _, w := range pick[1:] {
		if w.at < first.at {
			first = w
		}
	}
	for _, w := range pick {
		if w.slot != first.slot {
			return fixWord{}, false // two fields named: the form reads each
		}
	}
	if len(strong) > 0 {
		for _, w := range everyday {
			// "名字" after a role or the contact is that person's name.
			if w.slot == slot(contestbot.FieldTitle) && (first.slot.isRole() || first.slot == slot(contestbot.FieldContact)) {
				continue
			}
			if w.slot != first.slot && w.at < first.at {
				return fixWord{}, false
			}
		}
	}
	return first, true
}

// distinctFields counts the fields named in words outside [from, to).
func distinctFields(words []fixWord, from, to int) int {
	seen := map[slot]bool{}
	for _, w := range words {
		if w.at >= from && w.at < to {
			continue
		}
		seen[w.slot] = true
	}
	return len(seen)
}

// valueAfter is the new value after a change marker that follows byte
// offset from: the rest of the marker's clause, without talk after it.
// weak lets a bare 是/叫/写 mark it.
func valueAfter(s string, from int, weak bool) (string, int, bool) {
	rest := s[from:]
	loc := fixStrongIndex(rest)
	if loc == nil && weak {
		// A bare 是/叫 counts after the words saying what was wrong:
		// "电话写错了，是138…", "时长不是两分五十，是两分十五".
		// The first 是 after them that is no "不是": "说错了 看了下成片是
		// 2分53秒 不是2分35".
		off := 0
		if m := reFixWrong.FindStringIndex(rest); m != nil {
			off = m[1]
		} else if m := reFixAsk.FindStringIndex(rest); m != nil {
			off = m[1]
		}
		for _, l := range reFixWeak.FindAllStringIndex(rest[off:], -1) {
			if !strings.HasSuffix(rest[:off+l[0]], "不") {
				loc = []int{l[0] + off, l[1] + off}
				break
			}
		}
	}
	if loc == nil {
		return "", 0, false
	}
	// A later strong marker wins over 用/就是 said in passing ("用了 改成…").
	at := from + loc[1]
	v := rest[loc[1]:]
	for {
		l2 := fixStrongIndex(v)
		if l2 == nil || l2[0] > 0 && !strings.HasSuffix(strings.TrimSpace(v[:l2[0]]), "换") && !strings.HasSuffix(strings.TrimSpace(v[:l2[0]]), "改") {
			break
		}
		at += l2[1]
		v = v[l2[1]:]
	}
	at += len(v) - len(strings.TrimLeft(v, " "))
	v = strings.TrimSpace(v)
	if strings.HasPrefix(v, "《") {
		if i := strings.Index(v, "》"); i > 0 {
			return strings.TrimSpace(v[:i+len("》")]), at, true
		}
	}
	cls := splitClauses(v)
	if len(cls) == 0 {
		return "", 0, false
	}
	v = strings.Trim(cls[0], "，,。.；;！!~～ “”\"'「」")
	v = strings.TrimSpace(reFixTail.ReplaceAllString(v, ""))
	v = strings.Trim(v, "“”\"'「」 ")
	if v == "" || isFiller(v) || isQuestion(cls[0]) || oneOf(v, "这个", "那个", "这样", "那样", "原来的", "之前的", "上面的") || namesALabel(v) {
		return "", 0, false
	}
	return v, at, true
}

// storedIn finds the stored value of a short field that s names before a
// change marker; for a role, one name of its list. It returns the field,
// the value and where it stands in s.
func storedIn(e *contestbot.Entry, s string) (slot, string, int) {
	fields := append([]slot{slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldTitle), slot(contestbot.FieldContact)}, roles...)
	best, bestV, bestAt := slot(""), "", -1
	for _, f := range fields {
		p := textPtr(e, f)
		if p == nil || *p == "" || contestbot.IsNone(*p) {
			continue
		}
		vals := []string{*p}
		if f.isRole() {
			vals = strings.Split(*p, "、")
		}
		for _, v := range vals {
			if contestbot.RuneLen(v) < 2 {
				continue
			}
			i := strings.Index(s, v)
			if i < 0 {
				continue
			}
			// The old value comes before the new one: a marker follows it.
			if fixStrongIndex(s[i+len(v):]) == nil && reFixWeak.FindStringIndex(s[i+len(v):]) == nil {
				continue
			}
			if len(v) > len(bestV) || len(v) == len(bestV) && i < bestAt {
				best, bestV, bestAt = f, v, i
			}
		}
	}
	return best, bestV, bestAt
}

// replaceName puts v in place of old in a list of names.
func replaceName(list, old, v string) string {
	ns := strings.Split(list, "、")
	for i, n := range ns {
		if n == old {
			ns[i] = v
		}
	}
	return strings.Join(ns, "、")
}

// fixFits reports whether v is a value field f takes without complaint.
func (t *turn) fixFits(e *contestbot.Entry, f slot, v string) bool {
	r := t.tryFill(e, f.label()+"："+v, "")
	return r.has(f) && len(r.errs) == 0
}

// fixOutsideForm applies a correction sentence typed with no form open to
// the draft or to the work submitted last, and echoes it.
func (t *turn) fixOutsideForm(s string) (string, bool) {
	if isQuestion(s) {
		return "", false
	}
	if _, ok := keepsAsIs(s); ok && t.byID(t.st.LastID) != nil { // splitjoin.go: "不用改"
		return "好的，不改，《" + t.byID(t.st.LastID).DisplayTitle() + "》的报名信息保持原样。", true
	}
	if !correctionWords(s) {
		return "", false // "片名就是作品名称吧" outside a form says what a field is
	}
	if d := t.latestDraft(); d != nil {
		if fixed := t.fixSentence(d, s); fixed != s && t.wouldFill(d, fixed) {
			t.st.focus(modeForm, d)
			return "接着填《" + d.DisplayTitle() + "》的报名表。\n" + t.formInput(d, s), true
		}
	}
	if e := t.byID(t.st.LastID); e != nil && e.Status == contestbot.StatusComplete {
		if fixed := t.fixSentence(e, s); fixed != s && t.wouldFill(e, fixed) {
			t.st.focus(modeEdit, e)
			return t.formInput(e, s), true
		}
	}
	return "", false
}

// correctionWords reports whether s says plainly that something is wrong or
// changes: at a free-text step only such a message is read as a correction.
func correctionWords(s string) bool {
	return reFixWrong.MatchString(s) || containsAny(s, "改成", "改为", "换成", "换为", "还是用", "应该是", "准确是")
}

// reLabelLike is a value that names a kind of value, not one: "作品名称",
// "学校全称".
var reLabelLike = regexp.MustCompile(`(?:全称|简称|名称|名字|全名)$`)

// namesALabel reports whether v is a field's label or a kind of value
// ("片名就是作品名称吧" says what the field is, it changes nothing).
func namesALabel(v string) bool {
	w := strings.ToLower(strings.Trim(v, "《》“”\"' "))
	for _, d := range labelDefs {
		if w == strings.ToLower(d.word) {
			return true
		}
	}
	return reLabelLike.MatchString(w)
}

// reVideoParams are the words and numbers of a video check besides the
// running time: with them a duration is a question for the checker.
var reVideoParams = regexp.MustCompile(`(?i)码率|mbps|kbps|分辨率|帧|fps|mp4|mov|avi|格式|横屏|竖屏|1080|720|2160|4k|2k|\d+\s*m\b|兆|大小|gb|mb|行不行|合格|符合|达标|检查|超没超|超了没`)

// reDurationTalk is what may stand around a running time said in a form.
var reDurationTalk = regexp.MustCompile(`成片|片子|片长|视频|作品|我们的?|俺们?的?|其实|实际上?|准确(?:的)?|刚量的|刚看的|量了一下|看了一下|看了下|刚才|是|的|有|一共|总共|[，,。.！!~～\s]`)

// durationSaid reads a running time stated in a form with nothing else
// ("成片2分48秒 刚量的", "片子其实是2分50秒"): the duration as typed. A
// question, a vague time, or one with bitrate or resolution is not one.
func (t *turn) durationSaid(e *contestbot.Entry, s string) (string, bool) {
	if t.st.Pending.freeText() || t.st.Pending == slot(contestbot.FieldDuration) || isQuestion(s) || reVideoParams.MatchString(s) || strings.Contains(s, "多") {
		return "", false
	}
	n := contestbot.NormalizeWidth(s)
	loc := findDurationLoc(n) // paste.go: 9:16 is no running time
	if loc == nil || extract(n).labelled {
		return "", false
	}
	for _, x := range t.tryFill(e, n, "").set {
		if x != slot(contestbot.FieldDuration) {
			return "", false // "2分48秒 实拍": the form reads both
		}
	}
	d := n[loc[0]:loc[1]]
	if _, err := contestbot.ParseDuration(d); err != nil {
		return "", false
	}
	if rest := reDurationTalk.ReplaceAllString(n[:loc[0]]+n[loc[1]:], ""); rest != "" {
		return "", false
	}
	return d, true
}
