package dialogs

import (
	"regexp"
	"strings"
)

// s9-j: registering said in the contact's own words outside a form (round
// 24: rp117 p117b "ok那开始报吧hhh 王老师和刘老师让我帮忙填的" got "通知中没有说明
// 这一点", "啊？我是说要报名 帮老师填报名表" got the form's field list; rp115
// p115b "俺们学校弄了个片子 中不中报" got "通知中没有说明这一点").
//
// Two readings, both general:
//   - The wish with its casual dress taken off: laughter ("hhh", "哈哈"),
//     a puzzled lead ("啊？"), a restating lead ("我是说", "我的意思是") and
//     "开始" before the verb ("开始报吧"). What is left goes through the
//     ordinary readers of a wish (registerIntent, wantsToRegister,
//     wishesToRegister), so their reject rules (questions about the rules,
//     negations, other verbs) still hold.
//   - Asking whether our own work may be entered ("俺们学校弄了个片子 中不中报",
//     "我们有个作品 能不能报"): the question is only "may we", about our
//     school's work, with nothing else in it. It is answered yes from the
//     notice and the form starts, as "在这能报名不" does (registernear.go).
//     A condition in it ("抖音上发过的片子中不中报"), another contest or a
//     person's own work keeps it a question for the knowledge base.

var (
	// reOwnLaugh is laughter typed in a message.
	reOwnLaugh = regexp.MustCompile(`(?i)h{2,}|哈{2,}|嘿嘿+|呵呵+|嘻嘻+`)
	// reOwnLead is a greeting, a puzzled or a restating lead before the
	// wish (s10-f: "你好 报名短视频大赛", rp123).
	reOwnLead = regexp.MustCompile(`^(?i:` + ownGreeting + `)?(?:(?:啊|哦|噢|嗯|额|呃|诶|欸|哎)+[?？!！~～\s,，。.]*)?(?:不是[\s,，]*)?(?:我是说|我的意思是|我意思是|我说的是|俺是说|是说)?[\s,，]*`)
	// reOwnGreeting is a greeting before the wish (s10-f).
	reOwnGreeting = regexp.MustCompile(`^(?i:` + ownGreeting + `)`)
	// reOwnStart is "开始" before a registering verb.
	reOwnStart = regexp.MustCompile(`开始(报|填)`)

	// reMayEnterOwn ends a question whether the work may be entered.
	reMayEnterOwn = regexp.MustCompile(`(?:(?:中不中|能不能|可不可以|行不行|能|可以|中)(?:报名|报送|报)(?:不中|不能|不行|不了|不|吗|么|没)?|(?:报名|报送|报)(?:中不中|行不行|可以不|中不|行不|能行不))(?:啊|呀|嘞|哩|咧|呢)?$`)
	// reOurWork is what may come before it: we, our school, made, a work.
	reOurWork = regexp.MustCompile(`俺们学校|我们学校|咱们学校|俺学校|我学校|咱学校|我们学院|俺们学院|我们单位|俺们单位|学校|学院|单位|院里|俺们|我们|咱们|俺|我|咱|` +
		`那|就|也|还|有|这|那个|这个|` +
		`(?:弄|做|拍|搞|制作|录|剪)(?:了|好了|完了|出来)?|` +
		`一个|一部|个|部|片子|片儿|作品|视频|短视频|的|嘞|哩`)
)

// ownGreeting is a greeting that may open a wish: "你好 ", "老师好，", "hi ".
const ownGreeting = `(?:你好|您好|恁好|哈喽|嗨|hello|hi|老师好|老师您好|在吗|在不在)[呀啊呢哈]*[?？!！~～\s,，。.]*`

// dressedWish is s without laughter, a puzzled or restating lead and the
// "开始" before its verb.
func dressedWish(s string) string {
	n := strings.TrimSpace(reOwnLaugh.ReplaceAllString(s, ""))
	n = strings.TrimSpace(reOwnLead.ReplaceAllString(n, ""))
	return reOwnStart.ReplaceAllString(n, "$1")
}

// registersInOwnWords reports whether s, outside a form, wishes to register
// once its casual dress is taken off, and returns the wish so undressed and
// the category it chooses (categoryearly.go: "那我先报上 按实景拍摄报").
func (t *turn) registersInOwnWords(s string) (n, cat string, ok bool) {
	n = dressedWish(s)
	if greeted := reOwnGreeting.ReplaceAllString(strings.TrimSpace(s), ""); greeted != strings.TrimSpace(s) &&
		(introWantsRegister(s) || registerIntent(s) || wantsToRegister(s) || wishesToRegister(s)) {
		return "", "", false // s6-j intro.go: "您好，我是…的程晓燕，想给我们学校报个片子" is read with the name said, as before
	}
	if t.namesOtherContest(n) {
		return "", "", false // "你好 报名全国大学生微电影大赛" is another contest's
	}
	for _, name := range []string{t.c.season.Title, t.c.season.Contest} {
		if name != "" {
			n = strings.ReplaceAll(n, name, "大赛") // s10-f: the contest named in full is this contest
		}
	}
	cat = chosenIn(t.c.season, n)
	if n == strings.TrimSpace(s) && cat == "" || n == "" {
		return "", "", false // nothing taken off or chosen: the ordinary readers have it
	}
	if registerIntent(n) || wantsToRegister(n) || wishesToRegister(n) {
		return n, cat, true
	}
	return "", "", false
}

// asksMayEnterOwn reports whether s asks only whether our own work may be
// entered: "俺们学校弄了个片子 中不中报".
func asksMayEnterOwn(s string) bool {
	c := strings.Trim(bareNoSymbols(s), "?？。.!！，, ")
	c = strings.Join(strings.Fields(c), "")
	loc := reMayEnterOwn.FindStringIndex(c)
	if loc == nil {
		return false
	}
	body := strings.Trim(c[:loc[0]], "，,。 ")
	if body == "" {
		return false // "中不中报" alone says no work: the knowledge base answers
	}
	if !containsAny(body, "片子", "片儿", "作品", "视频") {
		return false
	}
	return strings.Trim(reOurWork.ReplaceAllString(body, ""), "，,。 ") == ""
}

// mayEnterText answers asksMayEnterOwn before the form starts.
const mayEnterText = "可以。作品由学校报送，学校党委组织人事部门独立完成或合作完成的作品都能报，暂不接受个人作品（见通知 三（二）、三（三））。就在这里报名。"

// registersOwn reports whether s registers in own words (registersInOwnWords).
func (t *turn) registersOwn(s string) bool {
	_, _, ok := t.registersInOwnWords(s)
	return ok
}

// registerOwn starts the form for a wish said in own words, keeping the
// values said with it as the ordinary readers do, and the category chosen.
func (t *turn) registerOwn(s string) string {
	n, cat, _ := t.registersInOwnWords(s)
	var vals string
	if registerIntent(n) || wantsToRegister(n) {
		vals = t.withValuesBefore(n, t.intentRest(n))
	} else {
		vals = t.wishValues(n)
	}
	vals = withChosenCategory(t.c.season, vals)
	if cat != "" && !strings.Contains(vals, "分类：") {
		vals = strings.Trim(vals+"，分类："+cat, "，")
	}
	out := t.register(vals)
	if registerIntent(n) || wantsToRegister(n) {
		return out
	}
	return noteWorks(n, out)
}
