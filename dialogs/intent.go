package dialogs

import (
	"regexp"
	"strings"
)

// This file reads wanting to register said in the user's own words, casual
// or formal: "那先报上吧", "那就报吧", "行 报一个", "我院拟推荐一部作品参赛，
// 烦请登记", "帮我们登记一下", "现烦请贵方协助我院办理报名手续". A clause is a
// wish to register when it holds a registering verb and, once the verb and
// the words that may stand around it (who, a modal, politeness, the work,
// a particle) are taken out, nothing is left. So a question about the
// registration ("报名表是一个作品一张吗", "怎么报名"), a negation ("先不报")
// or a value keeps the clause from being read as the wish.

var (
	// reWishVerb is what registers.
	reWishVerb = regexp.MustCompile(`办理报名手续|办理报名|报名手续|报个名|报一下名|报名|报上|报送|申报|填报|登记|参赛|参评|参加|推荐|填表|填报名表|报`)
	// reWishTalk is what may stand around the verb in a wish.
	reWishTalk = regexp.MustCompile(`贵方|贵单位|您们|您|你们|你|恁|老师|同志|` +
		`我院|我校|本院|本校|我单位|本单位|我们学校|俺们学校|咱们学校|我们学院|我们单位|我们|俺们|咱们|我|俺|咱|` +
		`烦请|敬请|恳请|劳烦|麻烦|请|帮忙|帮|协助|给|替|为|` +
		`拟|准备|打算|想要|想|要|愿意|希望|就|先|也|还是|来|现在|今天|这就|马上|正式|现|正好|直接|赶紧|抓紧|` + // s8-j: "那直接报名吧"
		`[一二两俩三四五六七八九十1-9](?:个|部|件)(?:作品|片子|视频|短视频)?|俩|` + // s8-j: "报两个作品"

		`一部作品|一个作品|一件作品|一部片子|一个片子|作品|片子|片儿|一部|一个|一件|一下|个|部|上|名|` +
		`这个比赛|这个大赛|这次比赛|这次大赛|本次大赛|(?:全省)?(?:党员教育)?(?:短视频|视频)?(?:创作)?(?:大赛|比赛)|活动|这个|` + // s12-e: "要报两个片子参加党员教育短视频大赛"

		`那就|那行|那好|那中|那|行吧|好吧|好的|好|行|中|嗯+|可以|ok|` +
		`再说|一下子|吧|呗|哈|啊|呀|哦|嘛|啦|谢谢|感谢|多谢|辛苦了|辛苦|的`)
	// reWishNot keeps a clause from being a wish: a negation, a past or a
	// doubt ("不报了", "报过了", "能报吗").
	reWishNot = regexp.MustCompile(`不|没|别|甭|已经|过了|报了|能否|可否|能不能|可不可以|是否|几|多少|哪|吗|呢|什么|怎么|咋|如何|啥`)
)

// wishesToRegister reports whether some clause of s asks to register now,
// and no clause asks a question.
func wishesToRegister(s string) bool {
	if isQuestion(s) {
		return false
	}
	for _, cl := range splitClauses(s) {
		if wishClause(cl) {
			return true
		}
	}
	return false
}

// wishClause reports whether one clause is a wish to register and nothing else.
func wishClause(cl string) bool {
	c := bareNoSymbols(cl)
	if c == "" || len([]rune(c)) > 40 || reWishNot.MatchString(c) || !reWishVerb.MatchString(c) {
		return false
	}
	if c == "推荐" || c == "参加" || c == "报" {
		return false // a word alone is no request
	}
	rest := reWishVerb.ReplaceAllString(c, "")
	return reWishTalk.ReplaceAllString(rest, "") == ""
}

// wishRest is s without its wish clauses: the values said with the wish
// ("俺这片子叫《X》，那先报上吧" → 俺这片子叫《X》).
func wishRest(s string) string {
	var keep []string
	for _, cl := range splitClauses(s) {
		if !wishClause(cl) {
			keep = append(keep, strings.TrimRight(cl, "，,。；;！! "))
		}
	}
	return strings.Join(keep, "，")
}

// wishValues is what s says besides the wish that fills a new form: the
// rest whole when it is form values only (a name, a number, a title), else
// the clauses that are; "" when nothing is.
func (t *turn) wishValues(s string) string {
	rest := dropOwnWish(wishRest(s)) // s12-j: "我要报名 两个都报" leaves no value
	exact := true
	for _, cl := range splitClauses(rest) {
		exact = exact && exactClause(cl) // facts.go: "四分钟出头" is no exact value
	}
	if exact && t.fillsBlank(rest) && t.onlyFormValues(rest) {
		return rest
	}
	if head := openingHead(rest); exact && t.opensWithValues(head) { // s9-b openvalues.go: "您好，开封市文化旅游学校，报名"
		return head
	}
	var vs []string
	for _, cl := range splitClauses(rest) {
		if exactClause(cl) && t.fillsBlank(cl) && t.onlyFormValues(cl) {
			vs = append(vs, strings.TrimRight(cl, "，,。；; "))
		}
	}
	return strings.Join(vs, "，")
}

// dropOwnWish takes out of s the clauses that register works in the
// user's own words ("两个都报", "报两个"): they say how many, no value.
func dropOwnWish(s string) string {
	var keep []string
	dropped := false
	for _, cl := range splitClauses(s) {
		if c := bareNoSymbols(cl); c != "" && reOwnWish.MatchString(c) && !reWishNot.MatchString(c) {
			dropped = true
			continue
		}
		keep = append(keep, cl)
	}
	if !dropped {
		return s
	}
	return strings.TrimSpace(strings.Join(keep, ""))
}

// wishOnly reports whether s wishes to register and says nothing else but
// chatter ("好的 那就登记吧"): mid-form, it is no value.
func wishOnly(s string) bool {
	if !wishesToRegister(s) {
		return false
	}
	for _, cl := range splitClauses(wishRest(s)) {
		if c := bareNoSymbols(cl); c != "" && !isChatter(c) && !reThanksClause.MatchString(c) {
			return false
		}
	}
	return true
}
