package dialogs

import (
	"strings"

	"contestbot"
)

// s7-d: a role the user never gave is asked, never shown as 无 (round 16,
// rp74 p74a: a list of four roles closed the 主创 step and the summary
// showed 监制 无 and 剪辑 无, though 监制 had been given by a misheard word
// and never asked). closeRoles (roleanswer.go) now leaves a role not named
// open; once some roles are answered, the question for the next one names
// every role still missing, so one message can give them all.

// missingRoles are the roles of e not answered yet, in form order.
func (t *turn) missingRoles(e *contestbot.Entry) []slot {
	if e.CreatorsDone {
		return nil
	}
	var out []slot
	for _, r := range roles {
		if !t.st.roleDone(r) && *creatorPtr(e, r) == "" {
			out = append(out, r)
		}
	}
	return out
}

// missingRolesQuestion asks for role s when other roles were answered
// already and more than s is missing: "主创人员还差撰稿、摄影没填。撰稿是谁？…".
// "" when the usual question fits.
func (t *turn) missingRolesQuestion(e *contestbot.Entry, s slot) string {
	miss := t.missingRoles(e)
	if len(t.st.Roles) == 0 || len(miss) < 2 || miss[0] != s {
		return ""
	}
	var names []string
	for _, r := range miss {
		names = append(names, roleLabels[r])
	}
	var eg []string
	for i, r := range miss {
		if i == 0 {
			eg = append(eg, roleShort[r]+"张三")
		} else if i == 1 {
			eg = append(eg, roleShort[r]+"无")
		}
	}
	return "主创人员还差" + strings.Join(names, "、") + "没填。" + roleLabels[s] + "是谁？几个人用顿号隔开；没有请回复“无”。\n（也可以一起写，例如：" + strings.Join(eg, "，") + "）"
}
