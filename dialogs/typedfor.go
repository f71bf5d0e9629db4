package dialogs

import (
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// This file reads who is typing when someone fills in the form for another
// person (s8-b, issue #10, round 18, rp86 p86a). A student helping a
// teacher says so in everyday words ("吕老师让我来帮忙报名", "我帮老师填的",
// "我是学生 帮王老师报") and may name themself inside a role list ("导演是我
// 谢雨涵 撰稿我和王佳琪"). 我 is then the typist, never the contact; when the
// typist gave no name, one short question asks it. 我 itself is never stored.

// reHelperSaid is the typist saying they type for someone else, beside the
// phrasings of reForOther: asked by someone to help ("吕老师让我来帮忙报名",
// "主任叫我帮着填"), helping a teacher ("我帮老师填的", "替领导报"), filling in
// on someone's behalf ("代老师填", "代报"), a helper's role ("我是学生助理",
// "我是志愿者", "我是实习生"), or not being the contact ("联系人不是我").
var reHelperSaid = regexp.MustCompile(
	`(?:让|叫|请|安排|派|托)(?:我|俺)(?:来|过来)?(?:帮|替|代)(?:忙|着|她|他|一下)?(?:报|填|弄|提交|登记)?|` +
		`(?:帮|替|代)(?:老师|领导|主任|书记|校长|部长|科长|处长|院长|别人|人家)(?:报|填|弄|提交|登记)|` +
		`代(?:报|填|为填写|为报送)|` +
		`(?:我|俺)(?:是|就是|只是)(?:个|一个|一名)?(?:学生|学生助理|学生干部|助理|志愿者|实习生|小助手|帮忙的|打杂的)|` +
		`联系人不是(?:我|俺)|(?:我|俺)不是联系人`)

// helperSaid reports whether s says its typist types for someone else.
func helperSaid(s string) bool {
	c := compact(s)
	return reForOther.MatchString(c) || reHelperSaid.MatchString(c)
}

// reSelfNamed is a self word with the typist's full name right after it,
// inside a role list: "导演是我谢雨涵", "编导：本人 谢雨涵".
var reSelfNamed = regexp.MustCompile(`(?:我|俺|本人)(?:自己)?[\s，,：:]*([\p{Han}·]{2,5}?)(?:[\s，,。；;、:：]|$|监制|策划|编导|导演|撰稿|文案|摄影|摄像|剪辑|后期|制作|联系|电话|老师)`)

// noteSelfNamed remembers the typist's own name given as "我谢雨涵" in msg
// when it is not the contact's: 我 elsewhere in the message is then that
// person, whatever order the roles come in.
func (t *turn) noteSelfNamed(e *contestbot.Entry, msg string) {
	if e.Contact == "" || t.st.Self != "" {
		return
	}
	for _, m := range reSelfNamed.FindAllStringSubmatch(msg, -1) {
		name := m[1]
		if strings.HasPrefix(m[0], "我们") || strings.HasPrefix(m[0], "俺们") || name == e.Contact || !isRealName(name) {
			continue
		}
		if strings.ContainsAny(string([]rune(name)[:1]), "和跟与及同们") {
			continue // "我和王佳琪" is a list, no name
		}
		t.st.Self, t.st.ForOther = name, true
		return
	}
}

// joinSpacedHan closes up words typed one character at a time with spaces
// ("仅 好 友 可 见" → "仅好友可见", "截 止 到 哪 天"): a run of three or more
// single Han characters is one word, and a lone "好" in it is no yes.
func joinSpacedHan(s string) string {
	toks := strings.Split(s, " ")
	var out []string
	run := []string{}
	flush := func() {
		if len(run) >= 3 {
			out = append(out, strings.Join(run, ""))
		} else {
			out = append(out, run...)
		}
		run = run[:0]
	}
	for _, tk := range toks {
		if r := []rune(tk); len(r) == 1 && unicode.Is(unicode.Han, r[0]) {
			run = append(run, tk)
			continue
		}
		flush()
		out = append(out, tk)
	}
	flush()
	return strings.Join(out, " ")
}
