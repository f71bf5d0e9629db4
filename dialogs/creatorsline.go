package dialogs

import (
	"fmt"

	"contestbot"
)

// creatorsLine is the 主创 line of a record: a role not yet answered is
// 未填, not 无, since 无 is what the user said of a role (done reports the
// roles answered one by one in the form being filled). The summary and
// "我的信息" share it (s8-g: "我的信息" mid-form showed unanswered roles as 无).
func creatorsLine(e *contestbot.Entry, done func(slot) bool) string {
	c := e.Creators
	role := func(r slot, v string) string {
		if v == "" && !e.CreatorsDone && !done(r) {
			return "未填"
		}
		return orNone(v)
	}
	return fmt.Sprintf("主创：监制(策划) %s；编导(导演) %s；撰稿 %s；摄影 %s；剪辑(制作) %s\n",
		role(roles[0], c.Supervisor), role(roles[1], c.Director), role(roles[2], c.Writer), role(roles[3], c.Camera), role(roles[4], c.Editor))
}

// noRolesDone is done for a record not being filled now.
func noRolesDone(slot) bool { return false }
