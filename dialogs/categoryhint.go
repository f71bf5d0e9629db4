package dialogs

import (
	"strings"

	"contestbot"
)

// s10-e (round 26, rp123): at the 分类 step "视频切片是啥意思。。。我们这个是从
// 一个长的访谈片子里剪出来的" was answered and then "没看懂分类". A description
// that clearly fits one category by the season's category_hints (data, in
// knowledge/season1/facts.yaml) gets that category offered: "听起来是视频切片，
// 对吗？". The offer is the s6-o Offer, which lives for one message: a yes
// takes it, anything else is read as usual.

// categoryOffer offers the category rest describes, at the 分类 step; ""
// when it describes none or several, or when it chooses one itself.
func (t *turn) categoryOffer(e *contestbot.Entry, rest string, pending slot) string {
	if pending != slot(contestbot.FieldCategory) || e.Category != "" || strings.TrimSpace(rest) == "" {
		return ""
	}
	if _, ok := categoryExact(t.c.season, rest); ok {
		return ""
	}
	if _, ok := describedCategory(t.c.season, rest); ok {
		return ""
	}
	c, ok := t.c.season.CategoryHint(compact(rest))
	if !ok {
		return ""
	}
	t.st.Offer = &textOffer{EntryID: e.ID, Slot: pending, Text: c}
	return "听起来是“" + c + "”，对吗？对的话回复“对”。"
}

// categoryOfferTaken stores the category offered the turn before when s
// says yes to it.
func (t *turn) categoryOfferTaken(e *contestbot.Entry, s string, pending slot) (string, bool) {
	offer := t.offer
	if offer == nil || offer.Slot != slot(contestbot.FieldCategory) || offer.EntryID != e.ID || pending != offer.Slot {
		return "", false
	}
	if !(isYes(s) || takesOfferWords(s)) || isQuestion(s) {
		return "", false
	}
	t.offer = nil
	return t.formRest(e, offer.Text), true
}
