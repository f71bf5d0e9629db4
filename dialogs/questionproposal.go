package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file (s12-i, round 37 rp155) reads a question whose second clause is
// itself a question or a proposal: "制作单位跟推荐单位有啥区别 都填俺学校中不中"
// at the 片名 step, "制作单位是啥意思 写宣传部行不行". checkback.go took the
// proposal for a value given as a question and stored it at the step asked
// (片名 "都填俺学校"). A proposal after a question about other fields is
// about those fields: it is answered with the question, and nothing is
// stored. Likewise "俺是以个人名义报的中不中" before the declarations asks
// whether an individual may enter: it is answered from the notice and the
// form stays where it was (it opened the whole eligibility checklist while
// the 推荐单位 was still empty).

// namesSlot reports whether compact text c names field f by one of its
// labels (a role counts for the 主创 block and the other way round).
func namesSlot(c string, f slot) bool {
	c = strings.ToLower(c)
	for _, d := range labelDefs {
		if d.weak || strings.HasPrefix(d.word, "是否") {
			continue
		}
		s := slot(strings.TrimSuffix(string(d.slot), "!"))
		if s != f && !(f == slotCreators && s.isRole()) && !(f.isRole() && s == slotCreators) {
			continue
		}
		if strings.Contains(c, strings.ToLower(d.word)) {
			return true
		}
	}
	return false
}

// proposalAboutOthers reports whether a value asked back (check) after the
// questions asks is about the fields those questions name rather than the
// one pending: they name a field, and none of them the pending one.
func proposalAboutOthers(asks []string, value string, check bool, pending slot) bool {
	if !check || value == "" || len(asks) == 0 || pending == "" {
		return false
	}
	named := false
	for _, q := range asks {
		c := compact(q)
		if namesSlot(c, pending) {
			return false
		}
		if firstNamedField(c) != "" {
			named = true
		}
	}
	return named
}

// factAskedBack reports whether a value asked back states only eligibility
// facts ("俺是以个人名义报的" + 中不中) while a step before the declarations
// is pending: the user asks whether the work may enter.
func factAskedBack(value string, check bool, pending slot, p period) bool {
	if !check || value == "" || pending.eligibility() || pending.yesNo() {
		return false
	}
	if len(extract(value).values) > 0 {
		return false
	}
	return compact(statedFacts(value, p)) == compact(strings.Trim(value, "，,。；;！! "))
}

// proposalAnswered answers a proposal or a fact asked back as the question
// it is and asks the pending step again; nothing is stored. head holds the
// answers already found for the questions before the value.
func (t *turn) proposalAnswered(e *contestbot.Entry, s string, head []string, pending slot, reask func(string) string) string {
	if len(head) == 0 {
		head = append(head, t.formAnswer(s, pending))
	}
	return reask(strings.Join(head, "\n") + "\n（这句是问题，没有记作" + pending.label() + "。）")
}

// rePointBack is a last clause that points back at the value before it:
// "片名是红旗渠 写这个行不行" asks about 红旗渠, and "这个" is no value.
var rePointBack = regexp.MustCompile(`[，,\s]+(?:那|那就|就)?(?:写|填|用|记)(?:成|为)?(?:这个|这|这样)$`)

// pointBackOff is value without a last clause that points back at the
// value before it; value when there is none or nothing stands before it.
func pointBackOff(value string) string {
	if loc := rePointBack.FindStringIndex(value); loc != nil && strings.TrimSpace(value[:loc[0]]) != "" {
		return strings.TrimSpace(value[:loc[0]])
	}
	return value
}
