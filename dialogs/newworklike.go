package dialogs

import (
	"regexp"
	"strings"
)

// s8-f (issue #10, round 19, rp89 p89b): after a work is confirmed, "还有一个
// 跟第一个差不多 单位联系人啥的都一样 就是片名时长简介不一样 编导换成王丽娟了" asks
// for a NEW work like the first. It was read as edits of the first work
// ("“王丽娟了”不像人名…要改哪一项"). It starts the next work (unit, contact
// and phone carried over as with "再报一个"), and a change said in it
// ("编导换成王丽娟") applies to the new work.

// reLikeEarlierWork compares with a work before: "跟第一个差不多", "和上一个一样".
var reLikeEarlierWork = regexp.MustCompile(`^(?:跟|和|与|同|像)(?:前面|上面|之前|上一个|上个|上一部|前一个|第一个|第一部|刚才那个|刚才的)(?:作品|那个|那部|片子)?(?:的)?(?:差不多|一样|类似|相似|基本一样|大差不差|差不离)`)

// reChangeLead opens a clause that says what differs: "就", "就是", "只是", "不过".
var reChangeLead = regexp.MustCompile(`^(?:就是|就|只是|只有|不过|但是|但|然后|另外)+`)

// newWorkLike reports whether s asks for a new work like an earlier one,
// and returns the clauses after the comparison.
func newWorkLike(s string) (rest string, ok bool) {
	s = strings.TrimSpace(s)
	loc := reAnotherOwn.FindStringIndex(s)
	if loc == nil {
		return "", false
	}
	rest = strings.TrimSpace(s[loc[1]:])
	if !reLikeEarlierWork.MatchString(compact(rest)) || isQuestion(rest) {
		return "", false
	}
	return rest, true
}

// workChanges is the changes of named fields said in the clauses of s
// ("编导换成王丽娟了" → "编导：王丽娟"), as labelled values.
func workChanges(s string) string {
	var out []string
	for _, cl := range splitClauses(s) {
		c := reChangeLead.ReplaceAllString(strings.TrimRight(compact(cl), "，,。.!！~～ "), "")
		if strings.Contains(c, "一样") || strings.Contains(c, "差不多") {
			continue // "单位联系人啥的都一样", "片名时长简介不一样": what is like or unlike, no value
		}
		f, label := openingLabel(c)
		if f == "" || !containsAny(c, "换成", "改成", "改为", "换为", "变成", "是") {
			continue
		}
		m := reChangeTo.FindStringSubmatch(strings.TrimPrefix(c, label))
		if m == nil {
			continue
		}
		if f2, _ := openingLabel(m[1]); f2 != "" {
			continue
		}
		out = append(out, f.label()+"："+m[1])
	}
	return strings.Join(out, "，")
}

// newWorkLikeEarlier starts the next work for "还有一个 跟第一个差不多 …" once a
// work is complete, and applies the changes said in it to the new work.
func (t *turn) newWorkLikeEarlier(s string) (string, bool) {
	if !t.hasComplete() || t.latestDraft() != nil {
		return "", false
	}
	rest, ok := newWorkLike(s)
	if !ok {
		return "", false
	}
	out := t.another()
	ch := workChanges(rest)
	if e := t.current(); e != nil && t.st.Mode == modeForm {
		if like, ok := t.likeMessage(e, rest); ok { // s10-b copykeep.go: "单位和人都跟上一个一样，就是编导换成陈思雨了"
			ch = like
		}
		if ch != "" {
			out = strings.SplitN(out, "\n\n", 2)[0] + "\n\n" + t.formInput(e, ch)
		}
	}
	return out, true
}
