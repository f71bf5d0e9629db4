package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file reads coming back, greeting and "only asking" in the user's own
// words: "我回来了 我刚才填到哪了", "我上午那个报名还没填完呢，接着填", "哈喽～在吗😂",
// "我只想问问比赛的事". Each is a message made only of its own words and
// chatter; anything else in it (a value, a question about the contest)
// leaves it to the usual reading.

var (
	// reResumeCore says the user is back or wants to go on with the form.
	reResumeCore = regexp.MustCompile(`填到哪(?:儿|里)?(?:了|一步了?|一项了?)?|到哪(?:儿|里)?了|弄到哪(?:儿|里)?了|写到哪(?:儿|里)?了|` +
		`还差(?:什么|啥|哪些|哪几项|几项|多少)|还有(?:什么|啥|哪些|哪几项)没填|(?:还)?没(?:有)?(?:填|弄|报|写)完|` +
		`继续|接着|我回来了|回来了|又来了|忙完了|下课了|开完会了`)
	// reResumeBack is only being back, without asking to go on.
	reResumeBack = regexp.MustCompile(`我回来了|回来了|又来了|忙完了|下课了|开完会了`)
	// reResumeTalk is what may stand around it.
	reResumeTalk = regexp.MustCompile(`刚刚|刚才|上午|下午|中午|早上|昨天|前天|上次|之前|那会儿?|现在|那个|这个|那份|报名表|报名|表格|表|作品|` +
		`我们|俺们|我|俺|咱|的|了|呢|吧|啊|呀|哈+|嗯+|哦|好|那|就|还|又|再|一下|填|弄|报|写|来|做|老师|您好|你好|在吗`)

	// reGreetCore is a greeting.
	reGreetCore = regexp.MustCompile(`你好|您好|老师好|老师您好|大家好|在吗|在么|在不在|在嘛|有人吗|有人在吗|哈喽|哈罗|嗨|hello|hi|hey|` +
		`早上好|上午好|中午好|下午好|晚上好|早安|打扰了|打扰一下|打扰您了`)
	reGreetTalk = regexp.MustCompile(`嗯+|哦+|啊|呀|哈+|喂|请问|老师|小助手|助手|您|你|了|呢|吧|的`)

	// reAskOnly says the user only wants to ask, not register now.
	reAskOnly = regexp.MustCompile(`^(?:我|俺|我们|俺们)?(?:就|只|先|只是|就是|主要)?(?:是)?(?:想|要)?(?:先)?(?:问问|问一下|问下|咨询一下|咨询|了解一下|了解了解|了解|打听一下|打听)` +
		`(?:比赛|大赛|活动|报名|这个比赛|这个大赛|这个活动)?(?:的)?(?:事|事情|情况|相关的事|相关情况|要求)?(?:儿)?(?:先不报|不报名|先不报名)?(?:吧|哈|啊|呀|呢)?$`)
)

// resumesInOwnWords reports whether s is coming back to the form in the
// user's words: it holds a resume word and nothing but chatter.
func resumesInOwnWords(s string) bool {
	c := bareNoSymbols(s)
	if c == "" || contestbot.RuneLen(c) > 30 || !reResumeCore.MatchString(c) {
		return false
	}
	if extract(s).labelled {
		return false
	}
	rest := reResumeCore.ReplaceAllString(c, "")
	rest = reResumeTalk.ReplaceAllString(rest, "")
	return rest == ""
}

// onlyBack reports whether s says only that the user is back ("我回来了").
func onlyBack(s string) bool {
	c := bareNoSymbols(s)
	return reResumeBack.MatchString(c) && reResumeTalk.ReplaceAllString(reResumeBack.ReplaceAllString(c, ""), "") == ""
}

// greetsOnly reports whether s is a greeting and nothing else: "哈喽～在吗😂",
// "嗯 你好", "老师好".
func greetsOnly(s string) bool {
	c := bareNoSymbols(s)
	if c == "" || contestbot.RuneLen(c) > 20 || !reGreetCore.MatchString(c) {
		return false
	}
	rest := reGreetCore.ReplaceAllString(c, "")
	return reGreetTalk.ReplaceAllString(rest, "") == ""
}

// asksOnly reports whether s says the user only wants to ask questions
// now: "我只想问问比赛的事", "先问问".
func asksOnly(s string) bool {
	return reAskOnly.MatchString(bareNoSymbols(s))
}

// askOnlyText answers "先问问": questions are welcome, no form is started.
const askOnlyText = "好的，有什么想问的直接问我，例如“截止时间是哪天”“视频有什么要求”。不用先报名，想报名时再发“我要报名”。"

// comeBack answers a resume in the user's words: the open draft with what
// is filled, or the welcome when there is nothing to go on with.
func (t *turn) comeBack(s string) string {
	if t.current() == nil && t.latestDraft() == nil && onlyBack(s) {
		if t.hasComplete() { // s10-b nextintent.go: "我又回来了" after a submitted work
			return "欢迎回来！您的报名都已完成，没有要接着填的。还有作品要报，发“再报一个”；发“我的作品”查看已报的。"
		}
		return t.welcome()
	}
	return t.resume()
}

// greet answers a greeting: the welcome outside a form, the pending
// question inside one.
func (t *turn) greet() string {
	if t.st.Mode == modeForm || t.st.Mode == modeEdit {
		if e := t.current(); e != nil && t.st.Pending != "" {
			return "您好，我们接着填：" + t.question(e, t.st.Pending)
		}
	}
	return t.welcome()
}

// filledShort is the fields of d already answered, by label, in one line:
// "推荐单位、片名、制作单位、联系人、联系电话".
func filledShort(season *contestbot.Season, d *contestbot.Entry) string {
	return fieldsShort(season, d, true)
}

// fieldsShort lists by label the fields of d that are filled (has) or
// still missing (!has), the eligibility facts as one item (s5-g3).
func fieldsShort(season *contestbot.Season, d *contestbot.Entry, has bool) string {
	var out []string
	for _, f := range contestbot.Fields {
		if f == contestbot.FieldAILabelled || f == contestbot.FieldCopyright {
			continue
		}
		if f == contestbot.FieldUnitWork || f == contestbot.FieldMadeInPeriod || f == contestbot.FieldUnpublished || f == contestbot.FieldAIUsed {
			continue // the eligibility questions are asked together; listed as one
		}
		if d.Has(season, f) == has {
			out = append(out, f.Label())
		}
	}
	all := d.Has(season, contestbot.FieldUnitWork) && d.Has(season, contestbot.FieldMadeInPeriod) && d.Has(season, contestbot.FieldUnpublished) && d.Has(season, contestbot.FieldAIUsed)
	if all == has {
		out = append(out, "作品要求确认")
	}
	return strings.Join(out, "、")
}
