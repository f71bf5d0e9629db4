package dialogs

import (
	"strings"
	"unicode/utf8"
)

// s12-j (round 33, rp157 yanjiu_zz): "摄影+剪辑陈浩然" got "“+”不像人名" and
// 摄影 stayed empty. A joining sign between two role labels (+ ＋ & ＆ / 兼)
// joins the roles as "、" does ("摄影、剪辑陈浩然" already gives both roles
// the person), so joinedRoles writes it as "、" before any reader sees it.
// A sign with no role label on both sides stays as typed: "4K+HDR",
// "片名叫党建+".

// roleJoinSigns join two role labels.
const roleJoinSigns = "+＋&＆/／兼"

// joinedRoles writes a joining sign between two role labels as "、".
func joinedRoles(s string) string {
	if !strings.ContainsAny(s, roleJoinSigns) {
		return s
	}
	out := ""
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune(roleJoinSigns, r) && endsWithRoleWord(strings.TrimRight(s[:i], " ")) &&
			startsWithRoleWord(strings.TrimLeft(s[i+n:], " ")) {
			out = strings.TrimRight(out, " ") + "、"
			i += n
			for i < len(s) && s[i] == ' ' {
				i++
			}
			continue
		}
		out += string(r)
		i += n
	}
	return out
}

func endsWithRoleWord(s string) bool   { return hasRoleWord(s, strings.HasSuffix) }
func startsWithRoleWord(s string) bool { return hasRoleWord(s, strings.HasPrefix) }

// hasRoleWord reports whether at(s, w) holds for some role label w.
func hasRoleWord(s string, at func(s, w string) bool) bool {
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			if at(s, w) {
				return true
			}
		}
	}
	return false
}
