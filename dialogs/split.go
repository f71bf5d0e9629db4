package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// This file joins a field split over two messages: a school name or a
// phone number cut off and finished in the next message ("南阳市卧龙区" then
// "职业技术学校团委"; "1383827" then "67201 没发完哈哈"). The first part is kept
// only when it failed its check; the next message is joined to it only when
// it continues it and the whole passes. "没发完", "手快了" are chatter about
// sending, never a value or a declaration.

// partValue is the first part of a value whose rest may come next.
type partValue struct {
	Slot slot   `json:"slot"`
	Text string `json:"text"`
}

// reSendChatter is talk about sending a message too early.
var reSendChatter = regexp.MustCompile(`(?:刚才?|刚刚)?(?:还)?(?:没(?:发|打|写|输)完(?:呢|啦|了)?|手(?:太)?快了|手滑了?|发快了|点快了|按错了|(?:不小心)?(?:就)?发出去了)|接上(?:面|一条)?|接着上(?:面|一条)`)

// reHaha is laughter and the like around it.
var reHaha = regexp.MustCompile(`(?:哈|嘿|嘻|呵)+|hh+|嗯+|哦+`)

// reDigitGroups is digits typed in groups, as phone numbers are: "159 3791".
var reDigitGroups = regexp.MustCompile(`\d+(?:[ -]\d+)*`)

// reLeadPhoneDigits is the digits a message starts with.
var reLeadPhoneDigits = regexp.MustCompile(`^\d{1,10}`)

// sendChatterOnly strips emoji, laughter and talk about sending from s; it
// returns what is left and whether there was such talk.
func dropSendChatter(s string) (string, bool) {
	had := reSendChatter.MatchString(s)
	s = reSendChatter.ReplaceAllString(s, " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsSymbol(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) || r >= 0x1F000 {
			return -1
		}
		return r
	}, s)
	if had {
		s = reHaha.ReplaceAllString(s, " ")
	}
	return strings.Trim(strings.Join(strings.Fields(s), " "), "，,。.!！~～ "), had
}

// joinPart reads a message that finishes the value cut off in the message
// before. It returns the message to read instead; done is set, with the
// reply, when nothing is left to read (only talk about sending, or parts
// that make no number).
func (t *turn) joinPart(s string) (out string, done bool, reply string) {
	part := t.st.Part
	t.st.Part = nil
	if out, ok := joinMore(part, s); ok { // splitjoin.go (d4): "2分" then "48秒", "刘一鸣" then "还有陈浩"
		return out, false, ""
	}
	clean, chatter := dropSendChatter(s)
	if chatter && clean == "" || notFinished(s) {
		// s6-f: "还没完" after a 简介 sent whole: the next bubble goes on
		// from the text stored last, never the 摘要 asked next.
		if part == nil {
			part = t.lastTextPart()
		}
		if part != nil && part.Slot.freeText() {
			t.st.Part = part
			return "", true, "好的，接着发就行，我会接在" + part.Slot.label() + "后面。"
		}
		if chatter {
			return "", true, "好的，接着发就行。"
		}
	}
	if part == nil {
		if chatter {
			return clean, false, ""
		}
		return s, false, ""
	}
	norm := contestbot.NormalizeWidth(clean)
	head, rest, _ := strings.Cut(norm, " ")
	switch part.Slot {
	case slot(contestbot.FieldPhone):
		if m := reLeadPhoneDigits.FindString(norm); m != "" && !wholePhone(norm) {
			if p, err := contestbot.ParsePhone(part.Text + m); err == nil {
				return strings.TrimSpace("电话：" + p + " " + strings.TrimSpace(strings.TrimPrefix(norm, m))), false, ""
			}
			if strings.TrimSpace(strings.TrimPrefix(norm, m)) == "" && t.st.Pending == slot(contestbot.FieldPhone) && part.Text[0] == '1' && len(part.Text+m) != 11 {
				// Digits only, and the two parts make no mobile number: say
				// so, and store nothing.
				return "", true, fmt.Sprintf("“%s”和“%s”连起来是%d位，手机号应为11位。请把完整的号码再发一次。", part.Text, m, len(part.Text+m))
			}
		}
	case slot(contestbot.FieldUnit), slot(contestbot.FieldProducer):
		joined := part.Text + head
		if head != "" && !strings.HasPrefix(head, part.Text) && isHanOnly(head) && reOrgEnd.MatchString(joined) && reNameTailStart.MatchString(head) {
			label := "推荐单位"
			if part.Slot == slot(contestbot.FieldProducer) {
				label = "制作单位"
			}
			return strings.TrimSpace(label + "：" + joined + "\n" + rest), false, ""
		}
	}
	if chatter {
		return clean, false, ""
	}
	return s, false, ""
}

// reNotFinished is a bubble saying the text before goes on: "还没完",
// "没说完呢", "后面还有".
var reNotFinished = regexp.MustCompile(`^(?:等等|等下|等一下|稍等)?(?:简介|摘要)?(?:我)?(?:还)?没(?:完|说完|讲完|写完|发完|打完|弄完)(?:呢|啦|了|哈|哦|啊)*$|^(?:后面|下面)?还有(?:呢|半句|一半|下半句|后半句|一句|一段)?(?:呢|哈|哦|啊)*$`)

// notFinished reports whether s only says the text before goes on.
func notFinished(s string) bool {
	c := strings.Trim(compact(stripEmoji(s)), "。.!！~～…，,")
	return c != "" && reNotFinished.MatchString(c)
}

// lastTextPart is the 简介 or 摘要 stored last, as a part to go on from.
func (t *turn) lastTextPart() *partValue {
	e := t.current()
	if e == nil || !t.st.Prev.freeText() {
		return nil
	}
	if p := textPtr(e, t.st.Prev); p != nil && *p != "" {
		return &partValue{Slot: t.st.Prev, Text: *p}
	}
	return nil
}

// notePart keeps the first part of a value that failed its check this
// turn, for the next message to finish: digits too few for a phone number,
// or a place name where a school name is asked.
func (t *turn) notePart(e *contestbot.Entry, s string, pending slot, r *fillResult) {
	defer t.noteMore(e, s, pending, r) // splitjoin.go (d4)
	clean, _ := dropSendChatter(s)
	norm := contestbot.NormalizeWidth(clean)
	if !r.has(slot(contestbot.FieldPhone)) && e.Phone == "" && (pending == slot(contestbot.FieldPhone) || containsAny(s, "电话", "手机", "号码", "联系方式")) {
		for _, m := range reDigitGroups.FindAllString(norm, -1) {
			m = strings.Join(strings.FieldsFunc(m, func(r rune) bool { return r == ' ' || r == '-' }), "") // s5-f2: "159 3791" is 1593791
			if len(m) >= 3 && len(m) < 11 && (m[0] == '1' || m[0] == '0') {
				if _, err := contestbot.ParsePhone(m); err != nil {
					t.st.Part = &partValue{Slot: slot(contestbot.FieldPhone), Text: m}
					return
				}
			}
		}
	}
	if (pending == slot(contestbot.FieldUnit) || pending == slot(contestbot.FieldProducer)) && !r.has(pending) && len(r.set) == 0 {
		if isHanOnly(norm) && contestbot.RuneLen(norm) >= 2 && contestbot.RuneLen(norm) <= 20 && !reOrgEnd.MatchString(norm) && !isQuestion(s) && !isChatter(norm) && !asksSayAgain(s) && !isWhatAsked(s) { // s7-n sayagain.go: a question never starts a value
			t.st.Part = &partValue{Slot: pending, Text: norm}
		}
	}
}

// isHanOnly reports whether s is Han characters only.
func isHanOnly(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// reNameTailStart starts the rest of a school name, never a name on its own:
// "职业技术学校", "第一中学", "党委办公室". A full name ("新乡职业技术学院") typed
// again after a cut one starts with its place and is not joined.
var reNameTailStart = regexp.MustCompile(`^(?:第[一二三四五六七八九十\d]+|职业|技术|中等|专业|高级|实验|师范|理工|工业|商贸|科技|学校|学院|大学|中学|职专|职高|中专|技校|党委|团委|党总支|组织部|宣传部|办公室|分校|校区)`)

// wholePhone reports whether s starts with a whole phone number of its
// own: typed again in full, it is not joined to a part.
func wholePhone(s string) bool {
	p, _, ok := findPhone(s)
	return ok && p != ""
}
