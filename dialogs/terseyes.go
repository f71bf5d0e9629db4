package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// Terse and dialect yes at a question that made one offer.
//
// Some questions offer a ready answer: the 制作单位 question "如果就是X，回复“同上”"
// and the 摘要 question "回复“同简介”就直接用简介". A contact who answers in one
// or two characters means to take that offer: 中 and 中中 (Henan for 行),
// 就它, 就他, 就这, 对, 嗯, 行, 可以. Such a word is never a value of a text field:
// "中" is not a unit, a title or a 摘要.

// reTerseYes is a terse yes, possibly repeated ("中中", "对对对") or with a
// lead-in ("那就它吧") and a particle ("中嘞", "行哩").
var reTerseYes = regexp.MustCompile(`^(?:那|那就|那就是|就用|就照)?` +
	`(?:(?:中|对|嗯|行|好|可以|中嘞|中哩|是哩|是嘞|对哩|对嘞|妥|得|成)+|(?:就|就是|就用|用|照)(?:它|他|她|这|这个|那|那个|这家|这个单位|这段|那段|它了|这个吧))` +
	`(?:嘞|哩|啦|了|吧|呗|啊|呀|哈|哦|咧|的|就中|就行|就好)*$`)

// takesOffer reports whether a short reply accepts the offer the pending
// question made; "中不中", "不中", "中专", "中国" and "好像不是" do not.
func takesOffer(s string) bool {
	w := answerWords(s)
	if w == "" || len([]rune(w)) > 8 || strings.ContainsAny(w, "不没别吗么?？") {
		return false
	}
	return reTerseYes.MatchString(w)
}

// terseOffer reads a terse yes given as the answer to slot s: at the 制作单位
// it takes the offered 同上, at the 摘要 the offered 同简介 (v is that word).
// At another text field (片名, 推荐单位, 联系人, 简介) it is no value: v is ""
// and ok true, so the caller rejects it. Roles read "就他" as the name before
// (roleanswer.go) and yes-or-no steps read it as yes: ok is false there.
func terseOffer(s slot, raw string) (v string, ok bool) {
	if !takesOffer(raw) {
		return "", false
	}
	switch s {
	case slot(contestbot.FieldProducer):
		return "同上", true
	case slot(contestbot.FieldSummary):
		return "同简介", true
	case slot(contestbot.FieldUnit), slot(contestbot.FieldTitle), slot(contestbot.FieldContact), slot(contestbot.FieldSynopsis):
		return "", true
	}
	return "", false
}

// terseRejected is the reply to a terse yes given where no offer was made.
func terseRejected(raw string, s slot) string {
	return fmt.Sprintf("“%s”不是%s，我没有记录。", clip(strings.TrimSpace(raw), 10), s.label())
}
