package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-b (round 30, rp143 jishi_yidazhang; s11-h's "not done"): the 制作单位
// said inside prose. "是我们学校党委宣传科做的" was stored as the 片名 at the 片名
// step, and beside other values it was dropped (makerBesideValues); "片子是X拍
// 的/做的/制作的" names the maker. A clause "(片子)是X做的/拍的/制作的" whose X is an
// organisation that names a school — the user's own (我们学校, 我校, 本院 … are
// the 推荐单位's school, values.go ownUnit) or one written out, or a company —
// is the 制作单位: "制作单位：X". A person ("是张老师拍的"), a
// bare body with no school ("团委做的", "是俺们支部自己拍的", left to makerBesideValues and the
// 制作单位 step), a labelled 制作单位 in the same message, or a free-text step
// leave the message as it is.

// reMakerProse is "(片子)是X(自己)做的".
var reMakerProse = regexp.MustCompile(`^(?:这个|那个|这|那)?(?:片子|作品|视频|短片|这个片子|这个作品)?(?:是|都是|就是|全是|由)((?:我们|咱们|俺们|我|俺|咱)?\p{Han}{2,30}?)(?:自己|一起|牵头|负责|组织)?(?:做的|拍的|制作的|摄制的|拍摄的|弄的|出品的|制作完成的|拍摄制作的)(?:啊|呀|哈|嘛|哦)?$`)

// reOwnSchoolWord names the user's own school: "我们学校", "我校", "本院".
var reOwnSchoolWord = regexp.MustCompile(`学校|学院|我校|本校|我院|本院`)

// reHoldsSchool is an organisation name that holds its own school or company.
var reHoldsSchool = regexp.MustCompile(`学院|学校|大学|中专|职专|技校|中学|公司|电视台|融媒体中心`)

// makerInProse rewrites a maker clause of s as the labelled 制作单位 (see
// above); s is returned unchanged when it has none.
func makerInProse(e *contestbot.Entry, s string, pending slot) string {
	if e == nil || pending.freeText() || pending == slot(contestbot.FieldProducer) || strings.ContainsAny(s, "《》“”\"") {
		return s
	}
	ex := extract(s)
	for _, v := range ex.values {
		if v.slot == slot(contestbot.FieldProducer) || v.slot.freeText() {
			return s
		}
	}
	cls := splitClauses(s)
	changed := false
	for i, cl := range cls {
		m := reMakerProse.FindStringSubmatch(compact(strings.TrimRight(cl, "，,。；;！! ")))
		if m == nil {
			continue
		}
		org := ownUnit(m[1], e.Unit)
		if !reHoldsSchool.MatchString(m[1]) && !reOwnSchoolWord.MatchString(m[1]) || !isOrg(org) {
			continue
		}
		tail := ""
		if t := strings.TrimRight(cl, "，,。；;！! "); len(t) < len(cl) {
			tail = cl[len(t):]
		}
		cls[i] = slot(contestbot.FieldProducer).label() + "：" + org + tail
		changed = true
	}
	if !changed {
		return s
	}
	return joinClauses(cls)
}
