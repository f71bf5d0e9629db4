package dialogs

import (
	"regexp"
	"strings"

	"contestbot/knowledge"
)

// s8-g (round 19, rp92): "制作单位不是我们学校，是外面请的公司拍的，南阳卧龙文化
// 传媒有限公司。这样可以吗？" got a bare "对，已记下 制作单位：…". A value asked
// about with "可以吗" asks whether it is allowed, not whether it was heard
// right: the notice's rule on it comes first, with its source, when the
// notice has one; "对" answers only a check that the value is right.

// rePermission is a closing clause asking whether the situation just
// described is allowed: "这样可以吗", "那这样行不行". "写马晓燕行不行" asks
// about the value itself and keeps its "对".
var rePermission = regexp.MustCompile(`^(?:那|请问)?(?:这样|这种情况|这种|这)(?:的话)?(?:也|都)?(?:可以|行|中|能行|没问题|允许|符合要求|符合规定)(?:吗|不|么|吧|不行|不中)?$`)

// permissionReason is the notice's answer to s when s asks whether the
// value it gives is allowed and the notice has a rule on it ("" else).
func (t *turn) permissionReason(s string) string {
	cls := splitClauses(s)
	if t.c.deps.Knowledge == nil || len(cls) < 2 || !rePermission.MatchString(strings.Trim(compact(cls[len(cls)-1]), "，,。.？?！! ")) {
		return ""
	}
	a := t.c.deps.Knowledge.Answer(t.ctx, s)
	if a.Kind != knowledge.KindFact || len(a.Sources) == 0 {
		return ""
	}
	return a.Text
}

// rePointsBack is a short question about what the clause before it said:
// "这个行不行啊", "这样可以吗", "那个中不中".
var rePointsBack = regexp.MustCompile(`^(?:那|请问)?(?:这个|这样|这种|这|那个|那样)(?:的话)?(?:也|都)?\p{Han}{0,5}$`)

// pointsBack reports whether the question clause cl asks only about what
// came before it (s8-g, rp91: "片头加了学校的logo水印 这个行不行啊" asked only
// "这个行不行啊" and got "这个问题我回答不了").
func pointsBack(cl string) bool {
	return rePointsBack.MatchString(strings.Trim(compact(cl), "，,。.？?！!~～ "))
}
