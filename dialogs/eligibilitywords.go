package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s10-j (round 27, rp129–rp131): the eligibility said in own words beside
// other acts.
//
//   - "都符合。另外问下…有格式要求吗": an agreement in whole clauses, then a
//     question: both count (agreeThenAsk cuts at a clause as well as at a
//     tilde or a space).
//   - "都符合。那个推荐单位…是得写全称，写郑州铁路职业技术学院": a clause that
//     opens with 写/填 and a value sets a field as "写成…" does
//     (setsFieldValue).
//   - "那就算没用吧": a hedged no is a no (unhedged).
//   - "我们自己拍自己配的": 自己 after a collective subject (我们, 学校, 单位) is
//     the unit's own work; only an individual's words (个人作品, 我个人, 以个人名义,
//     私下) say individual (ownWorkWords).
//   - "学校组织部" names an organisation, not that the school organised it
//     (reOwnWork stops before 部).

// reHedge are the words that soften an answer without changing it: "那就算
// 没用吧", "应该算没有吧", "估计没用了吧".
var (
	reSoftHead = regexp.MustCompile(`^(?:那么?|就|那就|那我们就)?(?:算是|就算|算|应该算|应该是|应该|估计|大概|可能)?`)
	reSoftTail = regexp.MustCompile(`(?:了吧|吧|呗|了)$`)
)

// unhedged is w without the words that soften it.
func unhedged(w string) string {
	return reSoftTail.ReplaceAllString(reSoftHead.ReplaceAllString(w, ""), "")
}

// reCollectiveSelf is 自己 after a collective subject: "我们自己拍自己配的",
// "学校自己做的", "俺们支部自己拍的".
var reCollectiveSelf = regexp.MustCompile(`(?:我们|咱们|俺们|咱|我校|本校|学校|单位|本单位|支部|党委|学院|组织部|党办|集体|大家)(?:都是|都|是)?自己`)

// reIndividual are an individual's own words: "个人作品", "我个人", "以个人
// 名义", "一个老师自己私下拍的", "我一个人做的".
var reIndividual = regexp.MustCompile(`个人|私下|私人|我一个人|我自己(?:拍|做|弄|剪|制作|搞)`)

// ownWorkWords reads whose work s says it is: unit is true for the unit's
// own work, false for an individual's; ok is false when s says neither.
// 自己 alone says neither: "我们自己拍的" is the school's.
func ownWorkWords(w string) (unit, ok bool) {
	switch {
	case containsAny(w, "不是个人", "非个人", "不属于个人", "不是我个人"):
		return true, true
	case reIndividual.MatchString(reCollectiveSelf.ReplaceAllString(w, "")):
		return false, true
	case reCollectiveSelf.MatchString(w):
		return true, true
	}
	return false, false
}

// reWriteValue is a clause that opens with 写/填 and a value: "写郑州铁路职业
// 技术学院", "就填张伟".
var reWriteValue = regexp.MustCompile(`^(?:那|那就|就|直接|还是|统一)?(?:写|填)(?:成|为|上|作)?[^，,。；;\s吗呢？?]{2,}$`)

// setsFieldValue reports whether rest, which names a field, sets it: an
// edit verb ("写成", "改为") or a clause "写<value>".
func setsFieldValue(rest string) bool {
	if reSetVerb.MatchString(compact(rest)) {
		return true
	}
	for _, cl := range splitClauses(rest) {
		if w := answerWords(cl); reWriteValue.MatchString(w) && !strings.Contains(w, "全称") {
			return true
		}
	}
	return false
}

// individualAskedBack asks once whether the work is really an individual's
// before the refusal blocks it: a reading of casual words ("我们自己拍的" in
// round 27) must not stop a registration unasked. The 单位作品 fact is left
// open and asked as usual, so "是" is the unit's work and "不是" blocks; the
// ack of 个人作品 is taken out of head. ok is false when the refusal stands:
// the question was asked already, or the entry is blocked for another reason.
func (t *turn) individualAskedBack(e *contestbot.Entry, head string) (string, bool) {
	if ineligibleField(e) != slot(contestbot.FieldUnitWork) || e.UnitWork == nil || *e.UnitWork || t.st.AskedIndividual {
		return "", false
	}
	e.UnitWork = nil
	t.st.AskedIndividual = true
	t.st.Pending = slot(contestbot.FieldUnitWork)
	var lines []string
	for _, l := range strings.Split(head, "\n") {
		l = strings.NewReplacer("，个人作品", "", "个人作品，", "", "个人作品", "").Replace(l)
		if w := answerWords(strings.TrimPrefix(l, "好的，")); w == "已记下" || w == "" {
			continue
		}
		lines = append(lines, l)
	}
	q := "先确认一下：大赛不接受个人作品（见通知 三（二））。\n" + t.question(e, t.st.Pending)
	return strings.TrimSpace(strings.Join(lines, "\n") + "\n\n" + q), true
}
