package dialogs

import (
	"regexp"
	"strings"
	"unicode"

	"contestbot"
	"contestbot/knowledge"
)

// s6-c: one message, every act. A message at a step of the form may carry
// the answer AND a question, in either order and without punctuation
// ("实景拍摄都是在学校和矿上实拍的对了问一下…需要标注什么吗", "2分18 对了问下
// 超过3分钟会直接被刷掉吗", "1 哦对了超过3分钟那个到底能不能报啊", "制作单位写学校
// 党委组织部中不中 信阳市第一职业高级中学党委组织部"). The value part is
// stored with the usual echo when it passes its field's validators, the
// question is answered from the notice, and the form goes on. A value that
// fails its validator is not taken here: the older readers decide, and
// they ask back rather than store.

// reAskTurn is where a message turns to asking, glued to what went before
// or not: "…实拍的对了问一下…", "2分18 对了问下 …", "…。另外麻烦请教一下，…"
// (s7-g).
var reAskTurn = regexp.MustCompile(`(?:哦|噢|啊)?(?:对了|顺便|另外|还有个事|还有)?(?:我)?(?:再|想|还想)?(?:麻烦|劳驾)?(?:请问|问一下|问下|想问|顺便问|问个事|问你个事|问您个事|问问你|请教一下|请教下|请教|咨询一下|咨询下)|(?:哦|噢)?对了`)

// splitValueAsk splits s into a value part and a question part: at the
// words that turn to asking, or between its clauses (punctuation or
// spaces) where the asking ones start or end. Either is "" when s has no
// such split.
func splitValueAsk(s string) (value, question string) {
	s = strings.TrimSpace(s)
	if loc := reAskTurn.FindStringIndex(s); loc != nil && loc[0] > 0 {
		v, q := strings.TrimSpace(s[:loc[0]]), strings.TrimSpace(s[loc[0]:])
		if v != "" && !asks(v) && asks(q) {
			return strings.TrimRight(v, "，,。；;、 "), q
		}
	}
	var parts []string
	for _, p := range splitOutside(s, true, func(rs []rune, i int) bool {
		return strings.ContainsRune("，,。；;！!？?\n\t", rs[i]) || unicode.IsSpace(rs[i])
	}) {
		if bare(p) != "" { // "？？我说了2分18秒呀": marks alone are no part
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return "", ""
	}
	k := -1
	for i, p := range parts {
		if asks(p) {
			k = i
			break
		}
	}
	switch {
	case k >= 1:
		// The value first: "2分18 超过3分钟会直接被刷掉吗".
		return strings.TrimRight(strings.Join(parts[:k], " "), "，,。；;、 "), strings.Join(parts[k:], " ")
	case k == 0:
		// The question first, then the value: "X中不中 <value>".
		j := 0
		for j < len(parts) && asks(parts[j]) {
			j++
		}
		if j < len(parts) {
			rest := strings.Join(parts[j:], " ")
			if !asks(rest) {
				return strings.TrimRight(rest, "，,。；;、 "), strings.Join(parts[:j], " ")
			}
		}
	}
	return "", ""
}

// asks reports whether a part of a message asks something.
func asks(s string) bool {
	c := compact(s)
	return isQuestion(s) || askedYesNo(s) || reTagAsk.MatchString(c) || reAskTurn.MatchString(c) && contestbot.RuneLen(c) > 4
}

// reTagAsk is a judgement put as a question with 吧: "不算超吧", "这样可以吧",
// "应该没问题吧".
var reTagAsk = regexp.MustCompile(`(?:不算|算|不会|会|可以|能|行|没事|没问题|不超|没超|不用|不要|够)[^，,。！!]{0,6}吧[啊呀哈]?[?？]*$`)

// valueBesideQuestion stores the value a message gives for the form and
// answers the question it asks, in one reply.
func (t *turn) valueBesideQuestion(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || pending == "" || pending == slot(contestbot.FieldCopyright) || pending.eligibility() || t.c.deps.Knowledge == nil {
		return "", false
	}
	if !asks(s) {
		return "", false
	}
	if _, ok := runOnAfterComplaint(s); ok { // runon.go: "怎么这么麻烦 一项一项问到啥时候 <values>"
		return "", false
	}
	v, q := splitValueAsk(s)
	if v == "" || q == "" {
		return "", false
	}
	v = strings.TrimSpace(reSaidAlready.ReplaceAllString(v, ""))
	cv, cq := compact(v), compact(q)
	if cv == "" || isChatter(cv) || onlyFiller(v) || hasComplaint(cv) || isDenial(cv) || talkToBot(v) != "" || reHedge.MatchString(cv) ||
		fillingTalk(v) || reFixWords.MatchString(cv) {
		return "", false // talk, a correction or a guess is no value to store beside a question
	}
	if reYouDo.MatchString(cq) || reCheckBackAsk.MatchString(cq) || reFillSelf.MatchString(cq) {
		return "", false // a check-back or a complaint about the value is the readers' below
	}
	ex := extract(v)
	if (pending.freeText() || pending == slot(contestbot.FieldTitle)) && !ex.labelled {
		return "", false // a story or a title may hold any words; only a labelled one is split off
	}
	r := t.tryFill(e, v, pending)
	for _, x := range r.set {
		if x.freeText() || x == slot(contestbot.FieldTitle) && !ex.labelled {
			return "", false // question words inside a story are the story's
		}
	}
	if len(r.errs) > 0 || len(r.soft) > 0 {
		return "", false // a doubtful value beside a question is asked back by the readers below
	}
	if len(r.set) == 0 {
		if pending != slot(contestbot.FieldCategory) || categoryIn(t.c.season, v) == "" {
			return "", false
		}
		v = categoryIn(t.c.season, v) // "实景拍摄都是在学校和矿上实拍的": the category it names
	}
	a := t.besideAnswer(q, v)
	if a == "" {
		return "", false
	}
	return a + "\n\n" + t.formRest(e, v), true
}

// reSaidAlready is a wrapper around a value given again: "我说了2分18秒呀".
var reSaidAlready = regexp.MustCompile(`^(?:我|俺)?(?:不是)?(?:刚才|刚刚|前面|已经)?(?:都)?(?:说了|说过了|说过|讲了|写了)(?:是)?|[呀啊嘛哈呢]+$`)

// besideAnswer answers the question beside a value: on its own words, or
// with the value as its context ("3分整 不算超吧"). "" when the notice has
// nothing to say to it.
func (t *turn) besideAnswer(q, v string) string {
	texts := []string{q}
	if contestbot.RuneLen(compact(q)) <= 8 {
		// An elliptical question ("不算超吧") is read with its value first:
		// "3分整，不算超吧" gets the verdict on 3分整, not the bare rule.
		texts = []string{v + "，" + q, q}
	} else if _, err := contestbot.ParseDuration(v); err == nil && reTimeTalk.MatchString(compact(q)) {
		// s12-e (rp153): "2分56 卡着三分钟呢 超一点点行不行": the question
		// compares the time just given with the limit; it is judged on it.
		texts = []string{v + "，" + q, q}
	}
	for _, text := range texts {
		a := t.answer(text)
		switch a.Kind {
		case knowledge.KindFact, knowledge.KindVideo, knowledge.KindFeature, knowledge.KindClarify, knowledge.KindSection, knowledge.KindNotInNotice:
			if s := strings.TrimSpace(a.Text); s != "" && !strings.HasPrefix(s, genericNotInNotice) {
				return s
			}
		}
	}
	return ""
}

// reTimeTalk is a question comparing the running time just given with the
// limit ("卡着三分钟呢 超一点点行不行"); a question about the rule itself
// ("超过3分钟的片子还能不能报") is answered on its own words.
var reTimeTalk = regexp.MustCompile(`卡着|卡在|卡到|压着|踩着|贴着|顶着|差不多|接近|将近|快到`)

// genericNotInNotice opens the answer to a question no intent matched:
// beside a value it means the question was not understood, and the older
// readers decide.
const genericNotInNotice = "通知中没有说明这一点"

var (
	// reFixWords mark a correction of something stored: never a value beside a question.
	reFixWords = regexp.MustCompile(`错|改|不对|漏|少了|多了|后半|前半|一半|重新`)
	// reCheckBackAsk asks whether the value is right: "这样填对吗", "对吧".
	reCheckBackAsk = regexp.MustCompile(`这样|对吗|对吧|对不对|是不是这样|没错吧|可以吧$`)
	// reFillSelf asks whether the user may be the value: "联系人填我行吗".
	reFillSelf = regexp.MustCompile(`(?:填|写|是)(?:我|俺|本人)`)
)

// reStartNow opens a message that starts the form and goes on with its
// values: "好 那开始吧。我们是…学校，第一个叫…，实景拍的，两分半".
var reStartNow = regexp.MustCompile(`^(?:好的?|行|嗯|ok|那)?[，,。\s]*(?:那|那就|那我们|我们)?(?:就)?(?:开始吧|开始报吧|开始报名吧|开始报|开始填吧|开始填|开始|开整吧|开整|开弄吧|来吧|报吧)[，,。！!\s]+`)

// reFirstWorkTitle names the first of several works by its title:
// "，第一个叫老支书的笔记本" (the others come with 再报一个).
var reFirstWorkTitle = regexp.MustCompile(`(^|[，,。；;\s])(?:第一|头一|第1)(?:个|部)(?:片子|作品|视频)?(?:叫|名叫|名字叫|是)`)

// startWithValues reads a start word followed by values outside a form:
// the form is opened with the values (s6-c, rp61 p61b).
func (t *turn) startWithValues(s string) (string, bool) {
	loc := reStartNow.FindStringIndex(strings.TrimSpace(s))
	if loc == nil {
		return "", false
	}
	rest := strings.TrimSpace(strings.TrimSpace(s)[loc[1]:])
	rest = reFirstWorkTitle.ReplaceAllString(rest, "${1}片名：") // "第一个叫老支书的笔记本"
	if rest == "" || asks(rest) {
		return "", false
	}
	r := t.tryFill(&contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}, rest, "")
	if len(r.set) == 0 {
		return "", false
	}
	return t.register(rest), true
}

// reResent is a text sent again after its lead-in: "摘要俺重新发 党员教师带学生…".
var reResent = regexp.MustCompile(`^((?:内容|作品)?(?:简介|摘要))?(?:我|俺|咱)?(?:重新发一下|重新发|重发一下|重发|再发一遍|再发一下|重新写)(?:一下|一遍|了)?[：:，,。\s]+(.+)$`)

// resentText labels the text a complaint sends again (s6-c, rp62 p62a:
// "你咋又把俺问的话记上了 摘要俺重新发 <text>"): "摘要：<text>"; s unchanged
// when it is no resent text.
func resentText(s string, pending slot) string {
	m := reResent.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || contestbot.RuneLen(compact(m[2])) < 8 || asks(m[2]) {
		return s
	}
	label := m[1]
	if label == "" {
		if !pending.freeText() {
			return s
		}
		label = pending.label()
	}
	return label + "：" + strings.TrimSpace(m[2])
}
