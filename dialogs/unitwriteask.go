package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-j (round 20, rp96 p96a): at the summary "推荐单位就写学校名不带组织部是吧？"
// was answered about sending to the 省委组织部; "我是问报名表上推荐单位那一栏，
// 写学校名就行了是吧" reopened the filled 推荐单位. A question on how a unit
// field is written is answered from the field's rule, with what is stored,
// and changes nothing: the summary (or the pending question) stays.

// reUnitWriteAsk asks how the 推荐单位 or 制作单位 is written, and whether the
// school's name is right: "推荐单位就写学校名不带组织部是吧", "推荐单位那一栏写学
// 校名就行了是吧", "制作单位填学校全称吗".
var reUnitWriteAsk = regexp.MustCompile(`(推荐单位|制作单位)(?:那一栏|这一栏|那栏|这栏|一栏|那里|这里|那儿|这儿)?(?:就|是|应该|只)?(?:写|填)(?:成|上)?` +
	`(?:学校的?(?:全称|名称|名字|全名)|学校名|学院名|学校|学院|单位的?(?:全称|名称|名字)|单位名|全称)` +
	`(?:就行了?|就可以了?|就好了?|就中)?(?:不带|不用带|不要带|不要|不加|不用加|不写)?\p{Han}{0,6}?` +
	`(?:就行了?|就可以了?|就好了?)?(?:是吧|对吧|对吗|对不对|是不是|行吗|可以吗|中不中|没错吧|吗|么|吧)$`)

// unitWriteAsk answers such a question in a form; the other questions of the
// message are answered too.
func (t *turn) unitWriteAsk(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || t.nested {
		return "", false
	}
	var field slot
	var others []string
	for _, sen := range splitOutside(s, true, func(rs []rune, i int) bool { return strings.ContainsRune("?？\n", rs[i]) }) {
		if m := reUnitWriteAsk.FindStringSubmatch(bare(sen)); m != nil && field == "" {
			field = labelSlot(m[1])
			continue
		}
		if strings.TrimSpace(strings.Trim(sen, "?？。，, ")) != "" {
			others = append(others, sen)
		}
	}
	if field == "" {
		return "", false
	}
	parts := []string{unitWriteRule(e, field)}
	for _, q := range others {
		if !isQuestion(q) {
			continue
		}
		if a := t.talkAnswer(q, ""); a != "" {
			parts = append(parts, a)
		}
	}
	out := strings.Join(parts, "\n")
	if t.atSummary(t.st.Pending) {
		return out + "\n\n" + notYetSubmitted, true
	}
	if t.st.Pending == "" {
		return out, true
	}
	return out + "\n\n我们接着填：" + t.question(e, t.st.Pending), true
}

// unitWriteRule is how the field is written, with what is stored now.
func unitWriteRule(e *contestbot.Entry, field slot) string {
	var rule, now string
	if field == slot(contestbot.FieldUnit) {
		rule = "对，推荐单位写学校全称就行，不带组织部、党委等部门名称（作品由学校报送）。"
		now = e.Unit
	} else {
		rule = "制作单位写实际制作作品的单位全称：学校自己做的写学校全称，学校某个部门做的写“学校全称+部门”，请外面单位合作的写合作单位全称。"
		now = e.Producer
	}
	if now != "" {
		rule += "现在填的是：" + now + "。"
	}
	return rule
}
