package dialogs

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"contestbot"
)

// This file reads leaving, coming back and registering in the user's own
// words, and corrections by restating ("时长不是两分五十，是两分十五").
// Each reading needs its core words and allows only chatter around them, so
// a value or a question beside them leaves the message to the usual reading.

var (
	// reLeaveCore is stopping for now: "先不报了", "今天先不填了", "先这样吧",
	// "回头再说". A stop with "先" or a time word is a pause, not a cancel.
	reLeaveCore = regexp.MustCompile(`先不(?:报名|报|填|弄|写|交)了?|` +
		`(?:今天|今儿|今晚|现在|这会儿?|这两天)(?:先|就)?(?:不|别)(?:报名|报|填|弄|写)了|` +
		`先这样|先到这(?:儿|里)?|先这么着|先退出|退出一下|` + // s9-d leaveask.go: "先退出" leaves, "能先退出吗" asks
		`(?:回头|回来|一会儿?|待会儿?|等会儿?|过会儿?|以后|改天|下次|明天|明儿|晚点|晚些|过两天|过几天|有空)(?:再)(?:说|弄|填|报|写|来)|` +
		`先去(?:开个?会|上个?课|忙|办点?事|吃个?饭)|` +
		`等[^，,。？?]{1,12}再(?:说|弄|填|报|写|来)|` +
		reLeaveWait) // s9-i leavewait.go: "有学生找 等会", "下课再说"
	// reLeaveTalk is what may stand around a stop.
	reLeaveTalk = regexp.MustCompile(reLeaveReason + `|稍等一下|稍等|稍|等一下|等下|不是|我是说|俺是说|我说|算了|好吧|行吧|那就|那|就|吧|啊|呀|了|哈|嗯|唉|哎|我们|俺们|咱们|我|俺|咱|今天|先|这个|报名|的|一下|吧`)

	// reResumeAsk asks whether what was filled is still there ("刚才填的还在吗"),
	// or says to go on ("还是报吧", "接着报", "继续填吧").
	reResumeAsk = regexp.MustCompile(`(?:填|写|报|弄|记)的(?:内容|东西|信息|那些)?(?:都)?(?:还在|还有|没丢|丢了|没了|还能用)|` +
		`还是(?:报名|报|填|弄)|(?:接着|继续)(?:报名|报|填|弄|写)`)
	// reResumeAskTalk is what may stand around it.
	reResumeAskTalk = regexp.MustCompile(`刚刚|刚才|之前|上次|前面|昨天|那会儿?|那个|那些|报名表|报名|表|我们|俺们|我|俺|咱|` +
		`的|了|呢|吧|啊|呀|吗|么|嘛|没有|没|都|那|就|还|先|一下|算了|好|行`)

	// reRegisterNow is registering now in plain words: "现在先报名吧",
	// "那就先报名吧", "好，报名吧".
	// "那我先帮他填上报名": registering for someone else.
	reRegisterNow = regexp.MustCompile(`^(?:那|那就|那我|那我们|好|好的|行|那行)?(?:就)?(?:现在|今天|这就|马上)?(?:先|就)?(?:报名|报个名|报一下名|填报名表|报一下|报一个)(?:吧|呗)$|` +
		`^(?:那|那就|好|行)?(?:我|我们|俺)?(?:就|先)?(?:帮|给|替)(?:他|她|他们|她们|老师|人家|同事)(?:先)?(?:填上|填|报上|报)(?:一下|个)?(?:报名表|报名|名)(?:吧|呗)?$`)
)

// leavesInOwnWords reports whether s stops for now and says nothing else.
func leavesInOwnWords(s string) bool {
	c := bareNoSymbols(s)
	if c == "" || contestbot.RuneLen(c) > 30 || isQuestion(s) || !reLeaveCore.MatchString(c) {
		return false
	}
	rest := reLeaveCore.ReplaceAllString(c, "")
	return reLeaveTalk.ReplaceAllString(rest, "") == ""
}

// resumesDraftInOwnWords reports whether s asks to go on with the form, or
// whether what was filled is still there, and says nothing else.
func resumesDraftInOwnWords(s string) bool {
	c := bareNoSymbols(s)
	if c == "" || contestbot.RuneLen(c) > 24 || !reResumeAsk.MatchString(c) || extract(s).labelled {
		return false
	}
	rest := reResumeAsk.ReplaceAllString(c, "")
	return reResumeAskTalk.ReplaceAllString(rest, "") == ""
}

// reRegisterChatter may open a request to register: "好吧，那我先帮他填上报名".
var reRegisterChatter = regexp.MustCompile(`^(?:好吧|那好吧|行吧|好的|嗯+|哦+)`)

// reThanksClause is a clause of thanks or assent before the request: "好的好的，谢谢老师。那我就报一下吧".
var reThanksClause = regexp.MustCompile(`^(?:好的?|好吧|那好吧|行吧|行|嗯+|哦+|谢谢|感谢|多谢|老师|您|你|了|明白|知道了|了解|麻烦了?)+$`)

// registersNow reports whether s, or its first clause when values follow
// ("好吧，那我先帮他填上报名，作品是学校的"), asks to register now in plain words.
func registersNow(s string) bool {
	if reRegisterNow.MatchString(reRegisterChatter.ReplaceAllString(bareNoSymbols(s), "")) {
		return true
	}
	var head []string
	for _, cl := range splitClauses(s) {
		head = append(head, cl)
		if reThanksClause.MatchString(bareNoSymbols(cl)) {
			head = head[:0]
			continue
		}
		c := reRegisterChatter.ReplaceAllString(bareNoSymbols(strings.Join(head, "")), "")
		if c == "" {
			continue
		}
		return reRegisterNow.MatchString(c) && len(head) < len(splitClauses(s))
	}
	return false
}

// asksRegisterHere reports whether s asks whether registering is done
// here ("是在这报名吗"): a question, answered, not consent to start.
func asksRegisterHere(s string) bool {
	c := compact(s)
	return isQuestion(s) && reHereRegister.MatchString(c) &&
		!containsAny(c, "咋报", "怎么报", "如何报", "我要", "我想", "帮我", "要报", "想报", "报一个", "报个")
}

// registerHereText answers "是在这报名吗".
const registerHereText = "是的，就在这里报名：发送“我要报名”，我一项项问报名表上的内容，也可以一次发多项。"

// leftIdle answers a stop in own words when no form is open: the draft is
// kept, and how to come back.
func (t *turn) leftIdle() string {
	if d := t.latestDraft(); d != nil {
		return fmt.Sprintf("好的，《%s》已保存，还差%d项。随时回来发“继续报名”接着填。", d.DisplayTitle(), len(t.leftItems(d))) // s8-b progress.go: the one count
	}
	return "好的。有问题随时问我；想报名时发送“我要报名”。"
}

// ownWordsReading reads leaving and resuming while a form is open.
func ownWordsReading(s string) (reading, bool) {
	switch {
	case leavesInOwnWords(s):
		return reading{act: actLeave, confidence: 0.9}, true
	case resumesDraftInOwnWords(s):
		return reading{act: actResume, confidence: 0.9}, true
	}
	return reading{}, false
}

// reRestate is a correction by restating a named field: "时长不是两分五十，
// 是两分十五", "片名不是A 是《B》". It is built from the strong labels,
// longest first, so "联系电话" wins over "电话".
var reRestate = func() *regexp.Regexp {
	var ws []string
	for _, d := range labelDefs {
		if !d.weak && !strings.HasSuffix(string(d.slot), "!") && !strings.HasPrefix(d.word, "是否") && !d.slot.freeText() {
			ws = append(ws, regexp.QuoteMeta(d.word))
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	return regexp.MustCompile(`(^|[，,。；;！!\s])(` + strings.Join(ws, "|") + `)(?:的|也|其实|写的|填的|记的)?(?:不是|不叫)[:：\s]*` +
		`(?:《[^》]*》|[^，,。；;！!？?\s《]{1,30})[，,。；;\s]*(?:而|应该|应|其实)?(?:是|叫|为)[:：\s]*(《[^》]*》|[^，,。；;！!？?\s]+)`)
}()

// restate rewrites each "X不是A，是B" in s as "X：B", so the new value
// replaces the old under the field named, also beside other values.
func restate(s string) string {
	return reRestate.ReplaceAllString(s, "${1}${2}：${3}")
}

// restateOnly is restate for a message typed into an open form: when the
// message restates a field, its clauses without a label are talk around
// the correction ("我刚又翻了一下学生发我的文件", "我记岔了") and are dropped,
// so none of them fills the question asked. Labelled values beside the
// correction stay.
func restateOnly(s string) string {
	out := restate(s)
	if out == s {
		return s
	}
	var keep []string
	for _, cl := range splitClauses(out) {
		if extract(cl).labelled || strings.Contains(cl, "《") {
			keep = append(keep, strings.TrimRight(cl, "，,。；; "))
		}
	}
	if len(keep) == 0 {
		return out
	}
	return strings.Join(keep, "，")
}

// reRestateBare is a restatement without the field's name: "不是灯火，是灯塔",
// "不对，不是洛阳理工学院，是洛阳理工大学".
var reRestateBare = regexp.MustCompile(`^(?:不对不对|不对|老师)?[，,\s]*不是[:：\s]*[“"《]?([^，,。；;“”"《》]{2,30}?)[”"》]?[，,\s]*(?:而|应该|应)?是[:：\s]*([^，,。；;！!？?]{2,40}?)[。！!]*$`)

// restateStored rewrites "不是A，是B" as "X：B" when A is what field X of e
// holds, so B replaces A in that field, not in the question asked.
func restateStored(e *contestbot.Entry, s string) string {
	m := reRestateBare.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return s
	}
	old := strings.TrimSpace(m[1])
	fields := append([]slot{slot(contestbot.FieldTitle), slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldContact)}, roles...)
	for _, f := range fields {
		if p := textPtr(e, f); p != nil && *p != "" && *p == old {
			return f.label() + "：" + strings.TrimSpace(m[2])
		}
	}
	return s
}
