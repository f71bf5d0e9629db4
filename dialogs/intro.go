package dialogs

import (
	"regexp"
	"strings"
)

// s6-j (issue #10, round 14, rp64 p64b): "您好，我是河南省经济管理学校教务处的，
// 想咨询一下短视频大赛报名" got "通知中没有说明这一点": a greeting and an
// introduction with a wish about registering is someone who wants to
// register. The school they name is the 推荐单位 (the office after it is
// not), and a name after the office ("…教务处的程晓燕") is the typist's,
// noted so that 我/本人 later resolve to it.

// reIntroSelf is the speaker saying who they are: group 1 is what follows
// 我是 up to the end of the clause.
var reIntroSelf = regexp.MustCompile(`(?:我是|我们是|俺是|本人是|本人系|我这边是|这边是|这里是)([^，,。！!？?；;\s]{4,40})`)

// reSchoolHead is the school at the front of an introduction: "河南省经济管理
// 学校" of "河南省经济管理学校教务处的程晓燕".
var reSchoolHead = regexp.MustCompile(`^(\p{Han}{2,30}?(?:职业技术学院|职业学院|技术学院|学院|大学|中等专业学校|职业学校|学校|中学|小学|技校|职专|职高|中专|职业中专|职教中心))`)

// introParts reads an introduction: the school named, and the typist's
// name after it ("…教务处的程晓燕"), each "" when not said.
func introParts(s string) (school, name string) {
	m := reIntroSelf.FindStringSubmatch(s)
	if m == nil {
		return "", ""
	}
	who := m[1]
	if h := reSchoolHead.FindStringSubmatch(who); h != nil && isOrg(h[1]) && !containsAny(h[1], "我", "俺", "咱", "帮", "给", "替", "本校", "这个", "那个") {
		school = h[1]
	}
	if i := strings.LastIndex(who, "的"); i >= 0 && school != "" {
		n := strings.TrimSuffix(strings.TrimSuffix(who[i+len("的"):], "老师"), "同志")
		if isPersonForm(n) && startsWithSurname(n) && plausiblePerson(n) {
			name = n
		}
	}
	return school, name
}

// reAboutRegistering is a wish to ask about registering, with no question
// of its own: "想咨询一下短视频大赛报名", "想了解一下报名的事".
var reAboutRegistering = regexp.MustCompile(`(?:想|要|来)(?:咨询|问问|问一下|了解|了解一下|请教)(?:一下)?(?:关于)?(?:这个|咱们|你们)?(?:\p{Han}{0,8}?)(?:报名|参赛)(?:的事|的事情|事宜|相关的?事宜?)?(?:情况)?[。.!！~～]*$`)

// introWantsRegister reports whether s greets or introduces the speaker
// and says they want to ask about registering, asking nothing yet.
func introWantsRegister(s string) bool {
	c := compact(s)
	if isQuestion(s) || !reAboutRegistering.MatchString(c) {
		return false
	}
	return reGreetingStart.MatchString(c) || reIntroSelf.MatchString(c)
}

// noteIntro notes the typist's name from an introduction, and returns the
// school said in it as a labelled value ("推荐单位：…"), or "".
func (t *turn) noteIntro(s string) string {
	school, name := introParts(s)
	if name != "" && t.st.Self == "" {
		t.st.Self = name
	}
	if school == "" {
		return ""
	}
	return "推荐单位：" + introBody(s, school) // s8-j introbody.go
}
