package dialogs

import (
	"regexp"
	"strings"
)

// s12-b (round 31, rp147; round 30, rp142): a correction or a value is often
// followed by why: "不对，推荐单位应该是组织部吧，这个片子是替党委组织部报的" stored the
// 片名 "替党委组织部报的"; "推荐单位是…党委组织部，是组织部这边报送的" stored the 片名 "是组
// 织部这边报送的". A clause that explains on whose behalf or why the work is
// sent (替/帮/代/给…报的, 是…这边报送的, 因为…) is never the value of another field
// when another clause of the message carries a labelled value or a
// correction: it is left out, and the correction is read.

// reReasonClause is a clause giving the reason for a value.
var reReasonClause = regexp.MustCompile(`^(?:(?:因为|由于|毕竟|主要是|原因是)\p{Han}|` +
	`(?:这个|那个|这|那)?(?:片子|作品|视频|这个片子|这个作品)?(?:是|都是|就是)?(?:替|帮|代|给|为)[^，,。；;]{1,16}?(?:报的|报送的|申报的|报名的|报上去的|报)(?:啊|呀|吧|哈|嘛)?$|` +
	`(?:这个|那个|这|那)?(?:片子|作品|视频)?(?:是|都是|就是|由)[^，,。；;]{1,16}?(?:这边|那边|这里|那里|牵头|负责)(?:报送|报|申报|报名|推荐)(?:的)?(?:啊|呀|吧|哈|嘛)?$)`)

// reasonClausesOff drops the reason clauses of s when another clause holds
// a labelled value or a correction; s is returned unchanged otherwise, so a
// title such as "为你而报" at the 片名 step stays the answer.
func reasonClausesOff(s string, pending slot) string {
	if pending.freeText() {
		return s
	}
	cls := splitClauses(s)
	if len(cls) < 2 {
		return s
	}
	var keep []string
	dropped, carries := false, false
	for _, cl := range cls {
		c := compact(cl)
		if reReasonClause.MatchString(c) && !extract(cl).labelled {
			dropped = true
			continue
		}
		if extract(cl).labelled || containsAny(c, "改成", "改为", "应该是", "应为", "不对", "错了") && firstNamedField(c) != "" {
			carries = true
		}
		keep = append(keep, cl)
	}
	if !dropped || !carries {
		return s
	}
	return strings.TrimSpace(joinClauses(keep))
}
