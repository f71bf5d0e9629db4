package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s8-d (issue #10, round 19, rp89 p89b, rp90 p90a/p90b): at the 简介/摘要
// step anything typed was stored as the text — a question ("俺这片子是手机拍的
// 1080的 中不中 要啥格式"), a request about the record ("我填了哪些了"), a
// correction of another field or person ("救命 编导和撰稿是陈晓燕 不是周海涛！"),
// or talk ("不是周海涛啊 等下我有点乱了"). This file is the one gate for what a
// free-text step may store, used by both fields: the acting hook in
// formInput (freeTextGate) and the store-time check in fill (gateProblem).
//
// A message is read as talk, not text, only when it is short — well under a
// synopsis's length — and carries no story words, and one of these holds:
//   - it asks: a clause asks the bot, and what is left besides is too short
//     to be a text;
//   - it asks about the record: "我填了哪些了", "是没有记录上吗";
//   - it names a person already in the draft with 不是/改/是, or a field of
//     the form with a change;
//   - it reads as talk: 救命, 等下, 乱了, a clause ending in 啊/呀/啦.
// A real synopsis that mentions a person, or holds a question mark inside a
// long text, is still stored.

// gateShortRunes bounds a message the gate may read as talk: a 简介 or a 摘要
// is longer, or tells a story.
const gateShortRunes = 40

// gateStoryRunes is what is left of a message beside a question that may
// still be a text: shorter, with no story words, it is the question's own
// preamble ("俺这片子是手机拍的1080的").
const gateStoryRunes = 20

var (
	// reTalkMarker is talk no text holds: alarm, a pause, confusion.
	reTalkMarker = regexp.MustCompile(`救命|等下|等一下|等会|稍等|乱了|懵了|晕了|糊涂了|搞混了|搞错了|弄错了|不对不对|啊啊|哈哈|呜呜|天哪|我的天|完了|糟了|咋回事|怎么回事`)
	// reTalkClauseEnd ends a clause of talk with a particle: "不是周海涛啊".
	reTalkClauseEnd = regexp.MustCompile(`(?:啊|呀|啦|嘛|哈|哦|呢|吧|噢|捏)$`)
	// reChangeWord says a value is to change: 不是, 改成, 换成, 写错 ("改变"
	// and "交错" in a story are none).
	reChangeWord = regexp.MustCompile(`不是|不对|改成|改为|改一下|改下|改了|换成|换了|换一下|错了|写错|打错|弄错|搞错|记错`)
	// reNotThatField is "那不是简介 简介是 …": the text is the field named,
	// not the one it was stored in or asked for.
	reNotThatField = regexp.MustCompile(`^(?s)(?:那|这|那个|这个|刚才那个|刚才那句|刚才|上面那句)?(?:也|可)?不是(?:内容|作品)?(简介|摘要)(?:啊|呀|哈|吧)?[，,。.!！\s]*(?:(?:内容|作品)?(简介|摘要)|真正的(简介|摘要))(?:应该)?(?:是|为|写|如下)?[：:，,\s]*(.+)$`)
)

// gateProblem is the kind of a message at a free-text step that is talk,
// not text — "record", "person", "field", "question", "talk" — or "" when
// it may be stored. people are the names already in the draft.
func gateProblem(s string, people []string) string {
	c := compact(stripEmoji(contestbot.NormalizeWidth(s)))
	c = strings.Trim(c, "?？!！。.~～，,")
	n := contestbot.RuneLen(c)
	if n == 0 || n > gateShortRunes || reNarrates.MatchString(c) || meansSameAsSynopsis(c) || endsSameAsSynopsis(s) {
		return ""
	}
	if f := firstNamedField(c); (f == "" || f.freeText()) && !rePhoneWords.MatchString(c) && !extract(s).labelled &&
		reRecordAsk.MatchString(c) && (n <= 20 || !reStoryWords.MatchString(c)) {
		return "record" // before the story words: "没有记录上吗" asks about the record
	}
	if reStoryWords.MatchString(c) {
		return ""
	}
	if cls := splitClauses(s); len(cls) > 1 && (meansSameAsSynopsis(compact(cls[0])) || endsSameAsSynopsis(cls[0])) {
		return "" // "同简介。…送到哪": the 摘要, then a question (freetextask.go)
	}
	if namesPersonChange(c, people) != "" {
		return "person"
	}
	if asksThenRemarks(s) {
		return "question" // s8-n: "协议书上乙方写学校名还是写我名字？我们这个不是个人作品"
	}
	if otherField(c) != "" {
		return "field" // "刚才片名打错了一个字 咋改": about another field
	}
	if gateAsks(s) {
		return "question"
	}
	if reTalkMarker.MatchString(c) {
		return "talk"
	}
	if n <= 20 {
		for _, cl := range splitClauses(s) {
			if reTalkClauseEnd.MatchString(strings.Trim(compact(stripEmoji(cl)), "?？!！。.~～，,")) {
				return "talk"
			}
		}
	}
	return ""
}

// otherField is the field other than the free texts that a short message
// talks about with a change or a remark ("刚才片名打错了一个字", "分机号没记上啊"),
// or "".
func otherField(c string) slot {
	if f := firstNamedField(c); f != "" && !f.freeText() && (reChangeWord.MatchString(c) || reRemarkVerb.MatchString(c)) {
		return f
	}
	return remarkField(c)
}

// gateAsks reports whether a short message asks the bot: it ends asking,
// and the clauses beside the asking ones are too short to be a text. A
// question answered after it ("老党员的初心是什么？他用一生作答") is a story's.
func gateAsks(s string) bool {
	cls := splitClauses(s)
	asked, last, rest := false, false, 0
	for _, cl := range cls {
		cc := compact(stripEmoji(cl))
		if cc == "" {
			continue
		}
		last = asksInClause(cl) || reAboutText.MatchString(cc) || askedYesNo(cl) || reAskInside.MatchString(cc) || isQuestion(cl) && !strings.HasPrefix(strings.TrimSpace(cl), "?") && !strings.HasPrefix(strings.TrimSpace(cl), "？") ||
			asksByWord(strings.Trim(cc, "?？!！。.~～，,")) // s8-n: "纸质的要交几份呀"
		if last {
			asked = true
			continue
		}
		rest += contestbot.RuneLen(cc)
	}
	return asked && (last || reAskInside.MatchString(compact(s))) && rest < gateStoryRunes ||
		asksThenRemarks(s) // s8-n: "…写我名字？我们这个不是个人作品"
}

// namesPersonChange is the person of the draft a short message names with
// 不是/改/是 ("不是周海涛啊", "编导和撰稿是陈晓燕"), or "".
func namesPersonChange(c string, people []string) string {
	if f := firstNamedField(c); !reChangeWord.MatchString(c) && !(strings.Contains(c, "是") && f != "" && !f.freeText()) {
		return "" // "陈晓燕老师带学生走进社区，是她的坚持" is a story
	}
	for _, p := range people {
		if strings.Contains(c, p) {
			return p
		}
	}
	return ""
}

// shortAsk asks a free-text step again in one short line.
func shortAsk(e *contestbot.Entry, pending slot) string {
	if pending == slot(contestbot.FieldSummary) {
		if contestbot.RuneLen(e.Synopsis) > contestbot.MaxSummaryRunes {
			return "请发内容摘要（100字以内），也可以回复“帮我摘”，我从简介里摘一段。"
		}
		return "请发内容摘要（100字以内），和简介一样就回复“同简介”。"
	}
	return "请发一段内容简介，一两句话介绍作品内容即可。"
}

// freeTextGate acts on a message at the 简介/摘要 step that is no text: a
// question is answered, a request about the record shows the draft, a
// correction goes to its field, talk is set aside; nothing is stored as
// the text and the step is asked again in one short line. "那不是简介 简介是
// …" puts the text into the field named. ok is false when s may be the text.
func (t *turn) freeTextGate(e *contestbot.Entry, s string) (string, bool) {
	pending := t.st.Pending
	if !pending.freeText() || t.nested || t.st.Mode == modeEdit || e == nil {
		return "", false
	}
	if rm, ok := readRemoval(t.lineRemoval(e, s)); ok && rm.words != "" { // s9-f removeown.go: "第一行“…”不是简介 删掉它🙏" is for removetext.go
		return "", false
	}
	if m := reNotThatField.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		named, again := m[1], m[2]+m[3]
		text := strings.TrimSpace(m[4])
		if named == again && contestbot.RuneLen(compact(text)) >= 5 {
			return t.formRest(e, fieldOfWord(named).label()+"："+text), true
		}
	}
	p := gateProblem(s, draftPeople(e))
	if p == "" {
		return "", false
	}
	c := compact(stripEmoji(contestbot.NormalizeWidth(s)))
	switch p {
	case "record":
		return t.summary(e) + "\n\n" + t.personNote(e, s) + shortAsk(e, pending), true
	case "question":
		a := t.formAnswer(s, pending)
		if strings.HasPrefix(a, "这个问题我回答不了") {
			// Not about the contest: a short line, not the help text.
			return fmt.Sprintf("这句我没看懂，没有记作%s。%s", pending.label(), shortAsk(e, pending)), true
		}
		return a + "\n\n（这句是问题，没有记作" + pending.label() + "。）" + shortAsk(e, pending), true
	case "field":
		if !gateAsks(s) {
			for _, v := range extract(s).values {
				if !v.slot.freeText() && !reRemarkVerb.MatchString(compact(v.raw)) {
					return "", false // "剪辑改成马玉洁": a value for its field, read as one
				}
			}
		}
		return t.aboutOtherField(e, otherField(c), pending), true
	case "person":
		if f := firstNamedField(c); f != "" && !f.freeText() {
			r := t.fill(e, talkOff(s), "")
			if len(r.set) > 0 {
				t.touch(e)
				head := ack(t.c.season, e, r)
				for _, x := range r.errs {
					if !strings.Contains(x, pending.label()) { // the talk left over is no text either
						head += "\n" + x
					}
				}
				return head + "\n\n" + shortAsk(e, pending), true
			}
		}
		if note := t.personNote(e, s); note != "" {
			return "这句没有记作" + pending.label() + "。" + note + shortAsk(e, pending), true
		}
	}
	return fmt.Sprintf("这句不像%s，没有记录。%s", pending.label(), shortAsk(e, pending)), true
}

// recordAskAtText shows the draft for a request about the record at the
// 简介/摘要 step ("我填了哪些了", "请问是没有记录上吗？"), before any reader
// takes it for a question about the notice; nothing is stored.
func (t *turn) recordAskAtText(e *contestbot.Entry, s string) (string, bool) {
	pending := t.st.Pending
	if !pending.freeText() || t.nested || t.st.Mode == modeEdit || e == nil {
		return "", false
	}
	if gateProblem(s, nil) != "record" {
		return "", false
	}
	return t.summary(e) + "\n\n" + t.personNote(e, s) + shortAsk(e, pending), true
}

// personNote says where a person of the draft named with 不是 stands
// ("不是周海涛啊"), so the user can say which field to change; "" when the
// message names none.
func (t *turn) personNote(e *contestbot.Entry, s string) string {
	c := compact(stripEmoji(contestbot.NormalizeWidth(s)))
	who := namesPersonChange(c, draftPeople(e))
	if who == "" {
		return ""
	}
	note := heldNote(e, who)
	if note == "" {
		return ""
	}
	return note + "\n"
}

// heldNote says which fields hold a person of the draft that the user says
// is wrong, and asks which one is meant: one wording for the free-text gate
// (s8-d) and notThatPerson (s8-e). "" when the person holds none.
func heldNote(e *contestbot.Entry, who string) string {
	where := rolesOf(e, who)
	if where == "" {
		return ""
	}
	last := where
	if i := strings.LastIndex(where, "、"); i >= 0 {
		last = where[i+len("、"):] // s10-d: i+1 cut 、 in half (invalid UTF-8 in rp123)
	}
	return fmt.Sprintf("%s现在是%s。哪一项不是%s？请直接说，例如“%s改成张三”。", who, where, who, roleShortOf(last))
}

// aboutOtherField says a message at a free-text step was about another
// field, stores nothing as the text, and asks that field again.
func (t *turn) aboutOtherField(e *contestbot.Entry, f, pending slot) string {
	return fmt.Sprintf("这句是说%s的，没有记作%s。\n%s", f.label(), pending.label(), t.askAgain(e, f))
}

// fieldOfWord is the slot a free text's own word names: 简介 or 摘要.
func fieldOfWord(w string) slot {
	if w == "摘要" {
		return slot(contestbot.FieldSummary)
	}
	return slot(contestbot.FieldSynopsis)
}

// rolesOf lists where a person stands in the draft: "监制(策划)、编导(导演)".
func rolesOf(e *contestbot.Entry, who string) string {
	var where []string
	if e.Contact == who {
		where = append(where, slot(contestbot.FieldContact).label())
	}
	vals := []string{e.Creators.Supervisor, e.Creators.Director, e.Creators.Writer, e.Creators.Camera, e.Creators.Editor}
	for i, r := range roles {
		for _, p := range reNameSep.Split(vals[i], -1) {
			if strings.TrimSpace(p) == who {
				where = append(where, r.label())
			}
		}
	}
	return strings.Join(where, "、")
}

// talkOff takes the talk markers and emoji off a correction before it is
// read as values: "救命😂 编导和撰稿是陈晓燕 不是周海涛！" → 编导和撰稿是陈晓燕 不是周海涛.
func talkOff(s string) string {
	v := reTalkMarker.ReplaceAllString(stripEmoji(s), "")
	return strings.Trim(strings.TrimSpace(v), "?？!！。.~～，, ")
}
