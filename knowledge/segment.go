package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A message often holds several questions ("截止时间是哪天？发到哪个邮箱？",
// "联系人是谁，电话多少") wrapped in courtesies and context ("您好，我是XX职院
// 党办的，想咨询一下…"). offline reads the message whole, then each question in
// it on its own, and says every question's answer once.

// offline is the whole answer path without the LLM.
func (b *Base) offline(question string) Answer {
	if rest := stripIntro(question); !b.introSaysAudience(question, rest) {
		question = rest
	}
	whole, _ := b.answerOne(question)
	if whole.Kind == KindNone || whole.Kind == KindOffTopic || strings.HasPrefix(whole.Text, dateVerdictLead) ||
		strings.Contains(whole.Text, themeYearOutside) { // s8-k: "…事迹可以吗？她是2023年评上的先进": the year is the deeds' (rp98 Q34)
		// A verdict on when the work was made reads the whole message:
		// "去年拍的？2024年11月的" is one work and one date.
		// Not a question, or refused whole (a write request stays one
		// even when a clause of it names a contest word).
		return whole
	}
	segs := splitQuestions(question)
	if len(segs) < 2 || whole.Kind == KindVideo && b.videoSpread(segs) {
		return whole
	}
	type segAnswer struct {
		a     Answer
		parts []string
		own   bool   // s9-c: the segment names its own school type ("我们中职能报吗")
		means bool   // s10-h: the segment asks what a word means ("公开发表是啥意思")
		idx   int    // s11-g: the index of the segment answered
		seg   string // s11-c: the segment's words
	}
	var answered []segAnswer
	elaborated := false
	for i, s := range segs {
		a, ps := b.answerOne(s)
		if fa, fps, ok := b.onFormBefore(a, segs[:i], s); i > 0 && ok {
			// s10-h (rp124): "汇总表上的顺序是按什么排的，是否必须由分管校领导
			// 亲笔签字，还是盖章也可以": a question that names no form asks
			// about the form named last before it, when that form has its
			// own answer (summary_seal, not the seals of every form).
			a, ps = fa, fps
			if n := len(answered); n > 0 && answered[n-1].idx == i-1 && b.onlyForm(segs[i-1]) {
				// s12-k (rp154 q31): "那汇总表呢 也要纸质的吗": the clause
				// before only names the form this one asks about; it is
				// the subject of this question, not one of its own.
				answered = answered[:n-1]
			}
		} else if i > 0 && (a.Kind == KindOffTopic || a.Text == b.notInNotice().Text || refersBack(s) || b.asksTheme(a)) {
			// A question that makes sense only after the one before
			// ("汇总表谁签字？要几份？") is read with it.
			a, ps = b.answerOne(segs[i-1] + "，" + s)
		} else if i > 0 && (b.elaborates(segs[i-1], s) || b.asksPrevTopicWord(segs[i-1], s)) {
			// s6-k: "参赛要交报名费吗？需要多少钱", "片名最多几个字？
			// 有字数限制吗": the later clause asks the earlier question
			// again in other words; alone it would be read as another
			// topic (prize money, the synopsis's length).
			elaborated = true
			if n := len(answered); n > 0 && answered[n-1].idx == i-1 {
				// s11-g (rp137): "内容摘要字数有啥要求 最少几个字": the
				// elaborating clause names a side of the same answer (a
				// facet: 最少); read together, the same intents say it.
				if j, jps := b.answerOne(segs[i-1] + "，" + s); slices.Equal(j.intents, answered[n-1].a.intents) && j.Kind == answered[n-1].a.Kind {
					if jps == nil {
						jps = []string{j.Text}
					}
					answered[n-1].a, answered[n-1].parts = j, jps
				}
			}
			continue
		}
		if n := len(answered); i > 0 && n > 0 && answered[n-1].idx == i-1 && a.Kind == KindVideo &&
			!isQuestion(normalize(s)) && b.noVideoTopic(answered[n-1].a) {
			// s12-k (rp152): "时长要精确到秒吗？俺们这个两分多点": values told
			// after a question on another topic (how to write the 时长) are
			// its scene, as before one (contextvalues.go); no verdict.
			elaborated = true // the question before is the answer, not the whole reading
			continue
		}
		if n := len(answered); i > 0 && n > 0 && answered[n-1].idx == i-1 && a.Kind == KindFeature &&
			answered[n-1].a.Kind != KindFeature && containsAny(normalize(segs[i-1]), howWords) && yesNoQuestion(normalize(s)) {
			// s12-k (rp153): "那现在怎么报名 直接在这发信息吗": a yes/no guess
			// at how, answered by a feature of this bot, is the answer to
			// the how before it; the notice's paragraph on it is not asked.
			if ps == nil {
				ps = []string{a.Text}
			}
			answered[n-1].a, answered[n-1].parts, answered[n-1].idx, answered[n-1].seg = a, ps, i, s
			elaborated = true // alone, it is the answer, not the whole message's reading
			continue
		}
		if a.Kind == KindNone || a.Kind == KindOffTopic || a.Kind == KindClarify || a.Text == b.notInNotice().Text {
			// Nothing of its own to say ("老师让我问一下"): the other
			// questions are answered.
			continue
		}
		if ps == nil {
			ps = []string{a.Text}
		}
		if i > 0 {
			if lead := b.categoryAfter(a, s, segs[i-1]); lead != "" { // s11-c contextfollow.go
				a.Text, ps = lead+a.Text, append([]string{lead + ps[0]}, ps[1:]...)
			}
		}
		answered = append(answered, segAnswer{a, ps, b.namesSchoolType(s), reMeaningAsk.MatchString(normalize(s)), i, s})
	}
	if slices.ContainsFunc(answered, func(x segAnswer) bool { return slices.Contains(x.a.intents, intentLate) }) {
		// fc: the late answer says the notice's date; the deadline's
		// own answer beside it would count the days as if to say yes.
		answered = slices.DeleteFunc(answered, func(x segAnswer) bool {
			return len(x.a.intents) == 1 && (x.a.intents[0] == intentDeadline || x.a.intents[0] == intentDeadlineDay)
		})
		if len(answered) == 1 {
			return answered[0].a
		}
	}
	if len(answered) > 1 {
		// s10-h (rp126): "那到底中不中啊 俺没往网上发 就是学校开会放了一下":
		// a circumstance read alone ("俺没往网上发": unpublished, a statement
		// intent) is no part when the whole message holds a word its intent
		// is never read beside (its not: 私密发布); the message describes
		// one case of one work. A question about what the word means
		// ("公开发表是啥意思？…家长群…这个算吗") keeps its own answer.
		occ := b.match.occurrences(normalize(question))
		kept := slices.DeleteFunc(slices.Clone(answered), func(x segAnswer) bool {
			if len(x.a.intents) != 1 || x.means {
				return false
			}
			in := b.match.intent(x.a.intents[0])
			return in != nil && in.statement && slices.ContainsFunc(in.not, func(c int) bool { return len(occ[c]) > 0 })
		})
		if len(kept) > 0 {
			answered = kept
		}
	}
	var lists [][]string
	for _, x := range answered {
		lists = append(lists, x.a.intents)
	}
	// fc: a later question on the same one topic as an earlier one
	// ("报名表要交纸质版吗？交几份？") is answered by the earlier reading,
	// which has the words that narrow it (报名表).
	same := len(answered) > 1 && !slices.ContainsFunc(answered, func(x segAnswer) bool { return x.a.Text != answered[0].a.Text })
	for i := len(answered) - 1; i > 0; i-- {
		if ids := answered[i].a.intents; len(ids) == 1 && slices.ContainsFunc(answered[:i], func(x segAnswer) bool {
			return slices.Equal(x.a.intents, ids)
		}) {
			answered = slices.Delete(answered, i, i+1)
		}
	}
	// s11-c (rp136 q28): a later question that only names a thing an
	// earlier answer already gives ("联系电话多少 邮箱多少": the contacts'
	// line holds the mailbox) is answered; where to send adds the room.
	for i := len(answered) - 1; i > 0; i-- {
		if saidBefore(answered[i].seg, answered[:i], func(x segAnswer) string { return x.a.Text }) {
			answered = slices.Delete(answered, i, i+1)
		}
	}
	// fc: an answer another one says too ("视频切片是啥意思？哪种算视频切片":
	// the category meaning lists the categories) is no second part.
	before := len(answered)
	answered = slices.DeleteFunc(answered, func(x segAnswer) bool { return b.coveredBy(x.a.intents, lists...) })
	elaborated = elaborated || len(answered) < before // s6-k: the covering part is the answer, not the whole reading
	// s9-c: a circumstance about the school itself ("我们是市属中职不是委管的")
	// answers who may enter; another ("一个学校能报几个？") leaves it asked.
	aboutAudience := slices.ContainsFunc(lists, func(ids []string) bool { return slices.Contains(ids, intentAudienceOther) })
	if b.circumstanceAmong(lists...) {
		// fc: "…在公众号发布过，请问这样的作品是否还能参赛？" asks about
		// the work described; who may send would only be stacked on.
		answered = slices.DeleteFunc(answered, func(x segAnswer) bool {
			return len(x.a.intents) == 1 && x.a.intents[0] == intentEligibility && (!x.own || aboutAudience)
		})
	}
	if slices.ContainsFunc(answered, func(x segAnswer) bool { return b.rulesOut(x.a.intents) }) {
		// s9-c oneverdict.go: "去年12月拍的片子能报吗？已经在学校公众号发过了":
		// one verdict, not "the time fits" before "not eligible".
		answered = slices.DeleteFunc(answered, func(x segAnswer) bool { return fittingDate(x.a) })
		if len(answered) == 1 && slices.Equal(whole.intents, answered[0].a.intents) {
			return whole // the whole message asks whether it may be sent: its 不可以 stays
		}
		if len(answered) == 1 {
			return answered[0].a
		}
	}
	if same && len(answered[0].a.intents) == 1 {
		// fc: every question of the message gets the same one answer
		// ("是不是每部作品各填一张报名表，汇总表只要一张就可以？"): that answer,
		// not the whole message's, which also reads the context before.
		return answered[0].a
	}
	if len(answered) == 1 && elaborated {
		// s6-k: the whole message read at once would also take the
		// elaborating clause's words as a topic.
		return answered[0].a
	}
	if len(answered) < 2 {
		return whole
	}
	var parts, sources []string
	var kept []map[string]bool
	// The first question's kind is the answer's.
	kind, conf := answered[0].a.Kind, answered[0].a.Confidence
	add := func(p string, src []string) {
		sh := answerShingles(p)
		for _, k := range parts {
			if k == p {
				return
			}
		}
		// A later part that says all an earlier one said and more
		// ("要纸质版不" after "发哪个邮箱": the original copy and the
		// mailbox) takes its place.
		for i, k := range kept {
			if len(sh) > len(k) && containment(k, sh) >= containedShare {
				parts[i], kept[i] = p, sh
				sources = appendNew(sources, src...)
				return
			}
		}
		if len(parts) > 0 { // dedupe.go (s5-k3): a clause an earlier part said is not said again
			if p = dropSaidClauses(p, answerShingles(strings.Join(parts, "\n"))); p == "" {
				return
			}
			sh = answerShingles(p)
		}
		if len(kept) > 0 && isNearDuplicate(sh, kept) {
			return
		}
		parts = append(parts, p)
		kept = append(kept, sh)
		sources = appendNew(sources, src...)
	}
	for _, sa := range answered {
		for _, p := range sa.parts {
			add(p, citedIn(p, sa.a.Sources))
		}
	}
	text := strings.Join(parts, "\n")
	for len(text) > maxAnswerBytes && len(parts) > 1 {
		parts = parts[:len(parts)-1]
		text = strings.Join(parts, "\n")
	}
	return Answer{Text: text, Kind: kind, Sources: sources, Confidence: conf}
}

// noVideoTopic reports whether a answers a question on a topic other than
// the video's values: no verdict, and none of its intents a video rule. s12-k
func (b *Base) noVideoTopic(a Answer) bool {
	if a.Kind == KindVideo || len(a.intents) == 0 {
		return false
	}
	for _, id := range a.intents {
		if in := b.match.intent(id); in == nil || isVideoGroup(in.group) {
			return false
		}
	}
	return true
}

// howWords ask how a thing is done. s12-k
var howWords = []string{"怎么", "咋", "如何", "怎样", "怎么样"}

// backWords open a question about what the one before it named: "协议
// 有效期到什么时候？过了以后我们能自己发吗" asks about after the agreement ends.
var backWords = []string{"也是", "过了以后", "过了之后", "过了后", "过期以后", "过期后", "到期以后", "到期后", "到期之后", "那之后", "在那之后", "此后", "那要是", "那如果", "那么"}

// onFormBefore answers the question s, which names none of the forms
// (报名表, 汇总表, 协议书), as a question about the one form the nearest
// question before it names, when that reading's best intent is that form's
// own (every alternative of its match names the form) and differs from a's.
func (b *Base) onFormBefore(a Answer, before []string, s string) (Answer, []string, bool) {
	if len(a.intents) == 0 || len(before) == 0 {
		return Answer{}, nil, false
	}
	if named := b.formsNamed(normalize(s)); len(named) > 0 {
		return Answer{}, nil, false
	}
	for j := len(before) - 1; j >= 0; j-- {
		named := b.formsNamed(normalize(before[j]))
		if len(named) == 0 {
			continue
		}
		if len(named) > 1 {
			return Answer{}, nil, false
		}
		var form string
		var ci int
		for f, c := range named {
			form, ci = f, c
		}
		fa, fps := b.answerOne(form + "，" + s)
		if len(fa.intents) == 0 || fa.intents[0] == a.intents[0] {
			return Answer{}, nil, false
		}
		in := b.match.intent(fa.intents[0])
		if in == nil || len(in.alts) == 0 {
			return Answer{}, nil, false
		}
		for _, alt := range in.alts {
			if !slices.Contains(alt, ci) {
				return Answer{}, nil, false
			}
		}
		// The same topic, on that form: "签字" is summary_seal's too, but
		// "什么时候之前送" is no question about the agreement's own terms.
		if own := b.match.intent(a.intents[0]); own == nil || !b.shareTopic(own, in) {
			return Answer{}, nil, false
		}
		return fa, fps, true
	}
	return Answer{}, nil, false
}

// onlyForm reports whether the question s names one form and nothing
// else, past a follow-up opener and a closing particle ("那汇总表呢",
// "报名表呢"). s12-k
func (b *Base) onlyForm(s string) bool {
	q := normalize(strings.TrimSpace(s))
	for _, o := range followUpOpeners {
		if strings.HasPrefix(q, o) {
			q = strings.TrimPrefix(q, o)
			break
		}
	}
	q = strings.Trim(q, "呢吗嘞啊呀的?？。!！,，.~ ")
	named := b.formsNamed(q)
	_, ok := named[q]
	return len(named) == 1 && ok
}

// shareTopic reports whether the intents x and y match on a common concept
// that is neither generic nor a form's name.
func (b *Base) shareTopic(x, y *intent) bool {
	for _, ax := range x.alts {
		for _, c := range ax {
			if genericConcepts[b.match.names[c]] || documentConcepts[b.match.names[c]] {
				continue
			}
			for _, ay := range y.alts {
				if slices.Contains(ay, c) {
					return true
				}
			}
		}
	}
	return false
}

// formsNamed maps the forms (报名表, 汇总表, 协议书) the normalised q names,
// as q first writes each, to their concepts.
func (b *Base) formsNamed(q string) map[string]int {
	occ := b.match.occurrences(q)
	out := map[string]int{}
	for name := range documentConcepts {
		ci, ok := b.match.byName[name]
		if !ok || len(occ[ci]) == 0 {
			continue
		}
		first := occ[ci][0]
		for _, sp := range occ[ci][1:] {
			if sp.start < first.start || sp.start == first.start && sp.end > first.end {
				first = sp
			}
		}
		out[q[first.start:first.end]] = ci
	}
	return out
}

// refersBack reports whether the question s opens by referring to the
// question before it, so it is read with that one. (s5-k3)
func refersBack(s string) bool {
	c := normalize(strings.TrimSpace(s))
	for _, w := range backWords {
		if strings.HasPrefix(c, w) {
			return true
		}
	}
	return false
}

// videoSpread reports whether the video values of one work are spread
// over two or more of segs ("我们是手机拍的 4K竖屏 码率大概25M 这样可以吗"):
// the whole message is one verdict, not a verdict on 码率 alone. (s5-k3)
func (b *Base) videoSpread(segs []string) bool {
	n := 0
	for _, s := range segs {
		if parseVideoWords(normalize(s), b.facts.Video).concrete {
			n++
		}
	}
	return n >= 2
}

// citedIn returns those of sources that part cites.
func citedIn(part string, sources []string) []string {
	var out []string
	for _, s := range sources {
		if strings.Contains(part, s) {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		return sources
	}
	return out
}

// questionEnds end a question: "？", "。", "；", a line break.
const questionEnds = "?？!！。;；\n"

// nextQuestion words start another question after a comma ("一是截止时间，
// 二是能不能超过三分钟", "…签字吗，另外原件交到哪").
var nextQuestion = []string{"另外", "此外", "还有", "再问", "再就是", "其次", "二是", "三是", "第二", "第三", "顺便问"}

// splitQuestions cuts a message into its questions. Sentences end at
// question ends; within a sentence, a comma separates two questions when
// both sides ask ("联系人是谁，电话多少") or the second starts with
// another-question words. Context that asks nothing ("我们做的是动画")
// stays with the question after it.
func splitQuestions(msg string) []string {
	msg = reEnumerated.ReplaceAllString(msg, "$1"+string(listItem)+"$2")
	msg = reEnumeratedMark.ReplaceAllString(msg, string(listItem))
	var sents []string
	var listed []bool // s5-k3: the sentence opens an item of a numbered list
	item := false
	cur := strings.Builder{}
	flush := func() {
		if strings.TrimSpace(cur.String()) != "" {
			sents = append(sents, cur.String())
			listed = append(listed, item)
			item = false
		}
		cur.Reset()
	}
	for _, r := range msg {
		if r == listItem {
			flush()
			item = true
			continue
		}
		if strings.ContainsRune(questionEnds, r) {
			if r == '?' || r == '？' {
				cur.WriteRune(r)
			}
			flush()
			continue
		}
		cur.WriteRune(r)
	}
	flush()
	sents = joinChoices(sents, listed)
	var out []string
	for _, s := range sents {
		out = append(out, splitClauses(s)...)
	}
	return out
}

// joinChoices puts a sentence that only offers the other choice of the
// question before it back with that question: in "时长这一栏要写几分几秒吗？
// 还是写几分钟就行" the 还是 sentence asks nothing of its own, nor does
// "写学校还是写拍视频的老师个人？" after "乙方写谁？".
//
// An item of a numbered list is a question of its own, whatever it offers
// ("1.能不能交mov格式 2.时长算不算片头片尾 3.汇总表要领导签字还是盖章").
func joinChoices(sents []string, listed []bool) []string {
	var out []string
	for i, s := range sents {
		c := strings.TrimRight(normalize(strings.TrimSpace(s)), "?")
		if n := len(out); n > 0 && !listed[i] && (strings.HasPrefix(c, "还是") || onlyChoice(c)) {
			out[n-1] += s
			continue
		}
		out = append(out, s)
	}
	return out
}

// listItem stands for a list marker while a message is split: it ends a
// sentence, and the sentence after it is an item of the list.
const listItem = '\u241E'

// reEnumerated is a list marker that opens a question of a numbered list
// ("请问：1.作品时长有限制吗 2.需要交纸质材料吗 3.截止时间？"): at the start
// of the message or after a space or punctuation, "1." "2、" "（3）" "①",
// and no digit after it ("1.5分钟" is a number).
var reEnumerated = regexp.MustCompile(`(^|[\s:：,，;；。?？!！])(?:[1-9]|[一二三四五六七八九])[.、．)）]([^\d.])`)

// reEnumeratedMark is a list marker that needs no boundary before it: "（2）"
// with a digit, "②".
var reEnumeratedMark = regexp.MustCompile(`[(（][1-9][)）]|[①②③④⑤⑥⑦⑧⑨]`)

// splitClauses splits one sentence at the commas between two questions.
func splitClauses(s string) []string {
	clauses := clauseCuts(runOnCuts(s))
	if len(clauses) < 2 {
		return []string{s}
	}
	var out []string
	cur := clauses[0]
	asks := asksBeyondCourtesy(normalize(cur))
	for _, c := range clauses[1:] {
		nc, ncur := normalize(c), normalize(cur)
		if hasPrefixAny(nc, nextQuestion) || asks && isQuestion(nc) && !courtesy(ncur) && !onlyChoice(nc) {
			out = append(out, cur)
			cur = c
			asks = asksBeyondCourtesy(nc)
			continue
		}
		cur += "，" + c
		asks = asks || asksBeyondCourtesy(nc)
	}
	return append(out, cur)
}

// asksBeyondCourtesy reports whether the clause c asks something other than
// a courtesy's own asking words: "另外想请教您一下" asks nothing yet, so
// "…，我们这次报送两部作品" after it is context for the question that
// follows, not a question of its own. (s10-h, rp124)
func asksBeyondCourtesy(c string) bool {
	if !isQuestion(c) {
		return false
	}
	for _, w := range nextQuestion {
		c = strings.TrimPrefix(c, w)
	}
	return !courtesy(c) && !courtesy(strings.NewReplacer("请教", "", "想", "", "再", "").Replace(c))
}

// onlyChoice reports whether a clause only offers the choices of the
// question before it ("联系人填谁 老师还是学生"): "X还是Y" with no other
// question word.
func onlyChoice(c string) bool {
	return strings.Contains(c, "还是") && !isQuestion(strings.ReplaceAll(c, "还是", ""))
}

// clauseCuts cuts a sentence at its commas, and at the spaces people type
// instead of commas between Chinese clauses ("分辨率码率有啥要求 时长多长
// 个人能报吗"); a space next to a Latin letter or digit ("4K 40M") cuts
// nothing.
func clauseCuts(s string) []string {
	rs := []rune(s)
	var out []string
	cur := []rune{}
	flush := func() {
		if strings.TrimSpace(string(cur)) != "" {
			out = append(out, string(cur))
		}
		cur = cur[:0]
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '，' || r == ',' {
			flush()
			continue
		}
		if unicode.IsSpace(r) {
			j := i
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			if len(cur) > 0 && j < len(rs) && (!isWordRune(cur[len(cur)-1]) && !isWordRune(rs[j]) ||
				!isWordRune(cur[len(cur)-1]) != !isWordRune(rs[j]) && asksBothSides(cur, rs[j:])) {
				flush()
				i = j - 1
				continue
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// asksBothSides reports whether a space between a Chinese word and a Latin
// one ("分几类 AI做的要标注不") separates two questions: the clause before it
// asks, and so does the text after it up to the next comma or space. Values
// told in a row ("1080P 码率20M 2分40秒 mp4 横屏 中不中") keep together:
// none of them asks alone. (s10-m, rp132 q37)
func asksBothSides(before, after []rune) bool {
	end := len(after)
	for k, r := range after {
		if r == '，' || r == ',' || unicode.IsSpace(r) {
			end = k
			break
		}
	}
	return isQuestion(normalize(string(before))) && isQuestion(normalize(string(after[:end])))
}

// courtesies are clauses that only introduce a question ("麻烦问一下",
// "想咨询一下"): they ask nothing themselves.
var courtesies = []string{"请问", "问一下", "问下", "咨询一下", "咨询下", "打扰", "麻烦", "想问", "您好", "你好", "老师好", "老师"}

// courtesy reports whether a clause is only a courtesy.
func courtesy(c string) bool {
	rest := c
	for _, w := range courtesies {
		rest = strings.ReplaceAll(rest, w, "")
	}
	rest = strings.Trim(rest, "想我再一下个问题您你好的啊呀:： ")
	return utf8.RuneCountInString(rest) <= 1
}

// introPrefixes start a sender's introduction ("我是XX职院党办的").
var introPrefixes = []string{"我是", "我们是", "本人是", "我这边是", "我们这边是", "这里是", "我来自", "我们来自"}

// orgWords name a school or office; introWorkWords say something about the
// work itself ("我们是学校自己拍的" is no introduction).
var (
	orgWords       = []string{"学院", "学校", "职院", "职校", "中专", "技校", "大学", "党委", "党办", "部", "办公室", "处", "工委", "中心"}
	introWorkWords = []string{"拍", "做", "制作", "片", "视频", "作品", "个人", "合作", "ai"}
)

// stripIntro drops the clauses in which the sender introduces themself
// ("您好，我是郑州铁路职业技术学院党委组织部的，想咨询一下…"): their school
// and office words (组织部, 宣传部) are no question. A message that is only
// an introduction is left as it is.
func stripIntro(msg string) string {
	var kept []string
	stripped := false
	start := 0
	for i, r := range msg {
		if !strings.ContainsRune("，,。！!；;\n", r) {
			continue
		}
		end := i + utf8.RuneLen(r)
		c := msg[start:end]
		if isIntro(c) {
			stripped = true
		} else {
			kept = append(kept, c)
		}
		start = end
	}
	if start < len(msg) {
		if c := msg[start:]; isIntro(c) {
			stripped = true
		} else {
			kept = append(kept, c)
		}
	}
	rest := strings.Join(kept, "")
	if !stripped || !isQuestion(normalize(rest)) {
		return msg
	}
	return rest
}

// isIntro reports whether a clause only introduces the sender.
func isIntro(c string) bool {
	n := strings.Trim(normalize(c), " ,.!;，。！；")
	if !hasPrefixAny(n, introPrefixes) || utf8.RuneCountInString(n) > 40 || isQuestion(n) {
		return false
	}
	return containsAny(n, orgWords) && !containsAny(n, introWorkWords)
}

// intentAudienceOther is the intent about schools the notice does not
// address ("本科院校能参加吗").
const intentAudienceOther = "audience_other"

// introSaysAudience reports whether the introduction stripIntro would drop
// (msg without rest) names a kind of school the notice does not address:
// in "我是普通本科院校组织部的，我们学校能参加吗" the introduction is the
// question's subject.
func (b *Base) introSaysAudience(msg, rest string) bool {
	if rest == msg {
		return false
	}
	in := b.intentByID(intentAudienceOther)
	if in == nil {
		return false
	}
	all, kept := b.match.occurrences(normalize(msg)), b.match.occurrences(normalize(rest))
	for _, alt := range in.alts {
		for _, c := range alt {
			if len(all[c]) > len(kept[c]) {
				return true
			}
		}
	}
	return false
}

// attributeConcepts say what about a topic is asked (its length, an
// amount) and name no topic. (s6-k)
var attributeConcepts = map[string]bool{"字数问": true, "金额问": true}

// asksTheme reports whether a answers whether a subject fits the themes:
// the subject and when its deeds were ("他的事是前几年的") are told in the
// clause before ("…能算身边典型不"). (s6-k)
func (b *Base) asksTheme(a Answer) bool {
	return slices.ContainsFunc(a.intents, func(id string) bool { return id == intentThemes || id == intentThemeFit })
}

// elaborates reports whether the question s, asked after prev, only asks
// prev's question again in other words ("参赛要交报名费吗？需要多少钱",
// "片名最多能写几个字？有字数限制吗"): every topic word of s lies inside a
// word that only asks an attribute (多少钱, 字数), which alone would be
// read as another topic (prize money, the synopsis's length). (s6-k)
func (b *Base) elaborates(prev, s string) bool {
	q := normalize(s)
	if parseVideoWords(q, b.facts.Video).concrete {
		return false
	}
	if p, _ := b.answerOne(prev); p.Kind == KindNone || p.Kind == KindOffTopic || p.Kind == KindClarify {
		return false
	}
	occ := b.match.occurrences(q)
	var attr []span
	for c, spans := range occ {
		if attributeConcepts[b.match.names[c]] {
			attr = append(attr, spans...)
		}
	}
	if len(attr) == 0 {
		return false
	}
	for c, spans := range occ {
		if genericConcepts[b.match.names[c]] || attributeConcepts[b.match.names[c]] {
			continue
		}
		for _, sp := range spans {
			if !slices.ContainsFunc(attr, func(a span) bool { return a.start <= sp.start && sp.end <= a.end }) {
				return false
			}
		}
	}
	return true
}

// asksPrevTopicWord reports whether the short question s, asked after prev,
// names no topic of its own but a word of prev's topic: in "评审是咋评的
// 流程是啥" the 流程 asked is the review's (评审 holds the form 流程), not
// how to register, which "流程是啥" alone reads. Every topic word of s must
// be one of prev's concepts or hold a form (two characters or more) of one;
// a word of its own ("邮箱呢" after the deadline, "汇总表要几份" after who
// signs it) keeps s a question of its own.
// (s10-m, rp132 q23)
func (b *Base) asksPrevTopicWord(prev, s string) bool {
	q := normalize(s)
	if utf8.RuneCountInString(q) > 8 {
		return false
	}
	if p, _ := b.answerOne(prev); p.Kind == KindNone || p.Kind == KindOffTopic || p.Kind == KindClarify {
		return false
	}
	pocc := b.match.occurrences(normalize(prev))
	var word span
	var concepts []int
	for c, spans := range b.match.occurrences(q) {
		if genericConcepts[b.match.names[c]] {
			continue
		}
		for _, sp := range spans {
			if w := q[sp.start:sp.end]; utf8.RuneCountInString(w) <= 3 && isQuestion(w) {
				continue // only asking words ("是啥"), no topic
			}
			if len(concepts) > 0 && sp != word {
				return false // two topic words
			}
			word, concepts = sp, append(concepts, c)
		}
	}
	// One topic word, the rest only asks ("流程" + "是啥"), and the word is
	// no concept prev names itself but holds a word of one prev names, with
	// nothing beside it but grammar ("流程是"; "报送流程" and "手机号" say more).
	rest := q[:word.start] + q[word.end:]
	if len(concepts) == 0 || utf8.RuneCountInString(rest) > 4 || !isQuestion(rest) ||
		slices.ContainsFunc(concepts, func(c int) bool { return len(pocc[c]) > 0 }) {
		return false
	}
	w := q[word.start:word.end]
	for pc, ps := range pocc {
		if len(ps) == 0 || genericConcepts[b.match.names[pc]] {
			continue
		}
		if slices.ContainsFunc(b.match.forms[pc], func(f form) bool {
			left := strings.Replace(w, f.text, "", 1)
			return utf8.RuneCountInString(f.text) >= 2 && left != w && left != "" &&
				strings.Trim(left, grammarChars) == ""
		}) {
			return true
		}
	}
	return false
}

// namesSchoolType reports whether s names a kind of school ("我们中职能报吗
// ？一个学校能报几个？"): who may enter is then asked of it, whatever
// circumstance another question of the message states. (s9-c)
func (b *Base) namesSchoolType(s string) bool {
	return b.match.has(b.match.occurrences(normalize(s)), conceptSchoolType)
}

// conceptSchoolType is the kinds of school the audience names (a facts
// file without it names none).
const conceptSchoolType = "学校类型"

// reOnlyAsking are the words that ask for a thing without naming it.
var reOnlyAsking = regexp.MustCompile(`是多少|多少|是什么|是啥|什么|啥|是哪个|哪个|来着|呢|吗|啊|呀|嘞|[?？。，,！!]`)

// saidBefore reports whether seg only names a thing (its words less the
// asking words, two to four characters) whose value one of the earlier
// answers already gives: the word labels a value there ("电子邮箱：jytzgc…")
// or a Latin or digit fact follows it. A word only mentioned in passing
// ("码率要求相同（1080P…）" in the orientation answer) answers nothing.
func saidBefore[T any](seg string, earlier []T, text func(T) string) bool {
	w := reOnlyAsking.ReplaceAllString(normalize(seg), "")
	if n := utf8.RuneCountInString(w); n < 2 || n > 4 {
		return false
	}
	re, err := regexp.Compile(regexp.QuoteMeta(w) + `[：:]?\s*[A-Za-z0-9]`)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(earlier, func(x T) bool { return re.MatchString(text(x)) })
}

// reRunOnEnd is a question word that ends a question in run-on voice input
// ("截止时间是哪天发哪个邮箱电话多少"): a time or amount asked (哪天, 多少 …) or
// 哪个 and a two-character noun (哪个邮箱). (s12-h, rp155 q42)
var reRunOnEnd = regexp.MustCompile(`哪天|几号|多少|哪里|哪儿|啥时候|什么时候|多久|哪个\p{Han}{2}`)

// runOnNot start words that go on the question a question word began:
// a measure word ("多少个作品"), a particle ("哪天呢"), a word of degree
// ("多少合适").
var runOnNot = []string{"个", "部", "名", "件", "份", "分", "秒", "兆", "字", "天", "钟", "张", "人", "岁", "年", "月", "号", "钱", "块",
	"元", "次", "遍", "集", "页", "位", "家", "所", "种", "条", "的", "呀", "啊", "呢", "吗", "啦", "了", "呗", "嘛", "吧", "合适", "比较",
	"就", "才", "以", "之", "左右", "为", "算", "都", "也", "还", "能", "可以", "要", "会", "是", "学校", "单位"}

// runOnCuts sets a comma after a question word in a run of text with no
// punctuation when what follows asks a question of its own: "截止时间是哪天
// 发哪个邮箱电话多少" is three questions, each answered (s12-h). What goes
// on the first question ("能报多少个作品", "多少合适") is not cut.
func runOnCuts(s string) string {
	locs := reRunOnEnd.FindAllStringIndex(s, -1)
	if len(locs) < 2 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		rest := s[loc[1]:]
		if i := strings.IndexAny(rest, "，,。？?！!；; 　"); i >= 0 {
			rest = rest[:i]
		}
		if utf8.RuneCountInString(rest) < 2 || hasPrefixAny(rest, runOnNot) || !isQuestion(normalize(rest)) {
			continue
		}
		b.WriteString(s[last:loc[1]])
		b.WriteString("，")
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String()
}
