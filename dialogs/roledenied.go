package dialogs

import (
	"regexp"
	"strings"
	"unicode"
)

// s12-f (round 32, rp151): "摄影没有动画哪来摄影哈哈" beside other roles was
// read as 摄影 "哈哈" (the role's word said twice, the second one labelled
// the laughter) and refused. A clause about one role that says there was
// none — "X没有…", "没有X…", "X哪来的", "哪来的X" — is 无 for that role;
// the reason said with it (动画…, 哈哈) is no name.

// reRoleNoneAfter is what follows a role's word to say nobody had it: "没有",
// "也没有", "木有", "冇得", "哪来的", "哪有".
var reRoleNoneAfter = regexp.MustCompile(`^(?:这个|这块|的话|呢|嘛)?(?:也|就|都|根本|压根)?(?:没有|没得|木有|冇得|没|无|哪来的?|哪儿来的?|哪里来的?|哪有|不需要|用不着|用不上)(?:人|的人|人员)?`)

// reRoleNoneBefore is the same said before the role's word: "哪来的摄影",
// "根本没有摄影".
var reRoleNoneBefore = regexp.MustCompile(`(?:哪来的?|哪儿来的?|哪里来的?|哪有|没有|没得|木有|冇得|不需要|用不着)$`)

// deniedRoleClause reports the role a clause says nobody had, or "". The
// clause must name one role only (its word may come twice), hold no title
// and no name after the denial ("摄影没有问题" keeps its words: 问题 reads
// as no reason and is left to the form; "何来" is a surname and a name).
func deniedRoleClause(clause string) slot {
	c := reLaughAfterRole.ReplaceAllString(reLaughLead.ReplaceAllString(bare(stripEmoji(clause)), ""), "")
	if c == "" || strings.ContainsAny(c, "《》0123456789") {
		return ""
	}
	hits := findLabels(newText(c))
	if len(hits) == 0 {
		return ""
	}
	f := hits[0].slot
	if !f.isRole() {
		return ""
	}
	for _, h := range hits[1:] {
		if h.slot != f {
			return ""
		}
	}
	rs := []rune(c)
	h := hits[0]
	if h.start == 0 {
		rest := string(rs[h.end:])
		m := reRoleNoneAfter.FindString(rest)
		if m == "" {
			return ""
		}
		tail := strings.TrimLeft(rest[len(m):], "呢啊哈呀嘛了吧啦")
		if tail == "" || noNameReason(tail, f) {
			return f
		}
		return ""
	}
	if reRoleNoneBefore.MatchString(string(rs[:h.start])) && strings.TrimLeft(string(rs[h.end:]), "呢啊哈呀嘛了吧啦人员的") == "" {
		return f // "动画哪来的摄影", "压根没有摄影"
	}
	return ""
}

// noNameReason reports whether the words after a denial are its reason and
// name nobody: they hold the role's own word again or a 哪来/哪有 ("动画哪来
// 摄影"), or a cause word (因为, 动画, 都是…做的).
func noNameReason(tail string, f slot) bool {
	if strings.Contains(tail, "哪来") || strings.Contains(tail, "哪有") || strings.HasPrefix(tail, "因为") || strings.HasPrefix(tail, "所以") {
		return true
	}
	for _, h := range findLabels(newText(tail)) {
		if h.slot == f {
			return true
		}
	}
	return false
}

// reLaughAfterRole is laughter after a clause: "…哈哈", "…hhh".
var reLaughAfterRole = regexp.MustCompile(`(?:哈{2,}|呵{2,}|嘿{2,}|嘻{2,}|h{2,})$`)

// deniedRoles rewrites the parts of s that say nobody had a role as
// "ROLE无" (s12-f), so the lists and the role steps read them as 无. A part
// is what lies between punctuation and spaces ("撰稿是我张雨萱hhh 摄影没有…":
// the Latin letters hide the space from splitClauses).
func deniedRoles(s string) string {
	if !strings.ContainsAny(s, "没无哪木冇用不") {
		return s
	}
	out := stripEmoji(s)
	parts := strings.FieldsFunc(out, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("，,。；;！!？?、：:", r)
	})
	changed := false
	for _, p := range parts {
		if f := deniedRoleClause(p); f != "" {
			label, _, _ := strings.Cut(roleLabels[f], "(")
			out = strings.Replace(out, p, label+"无", 1)
			changed = true
		}
	}
	if !changed {
		return s
	}
	return out
}
