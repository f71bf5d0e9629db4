package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Waits at a step of the form: the user steps away for a moment and will
// be back with the answer, so nothing is stored, the reply is one line and
// the pending question stays. Two kinds, read by two whole-message
// patterns: fetching something (fetchWait, s10-c) and asking someone
// (asideWait, s10-e). Leaving for now by waiting or by an event to come
// ("等会", "下课再说") is leaving, not a wait (leavewait.go).

// Branch s10-c (round 25): "稍等我去找一下简介" and "等下我找找简介在哪" at the
// 摘要 step were answered as a question about the 简介's length. The user
// is going to fetch something and will be back: store nothing, say so in
// one line and keep the step (the question stays as it was asked). A
// wait to fetch is a wait word or "我去", then a verb of looking for or
// getting, then what is fetched (a field, or the papers it is on) or
// nothing; "在哪" after the user's own 找 is no question to the bot. Asking
// someone ("等下 我问下主任") is a value promised by another person, which
// promisedLater reads (the step is left empty and the form goes on).

// reFetchWait is a whole message (compacted, particles and marks off) that
// waits while the user fetches something.
var reFetchWait = regexp.MustCompile(`^(?:好的?|嗯+|行|ok|哦+)?(?:你|您)?` +
	`(?:稍等|稍候|等下|等一下|等会儿?|等一会儿?|等等|马上|这就|回头)?(?:一下|下|哈|啊|啊哈|我)?` +
	`(?:我|俺|我们|俺们)?(?:这就|马上|先|再)?(?:去|来)?` +
	`(?:找|翻|查|拿|调|复制|拷|导)(?:找|一找|一下|下|翻|一翻|出来|一查)?(?:那个|这个|那份|这份|一下)?` +
	`(\p{Han}{0,8}?)` +
	`(?:在哪儿?|在哪里|放哪了|放哪儿了|放哪|在什么地方)?(?:了)?(?:哈|啊|呀|吧|哦|嗷)*$`)

// fetchObjects are what a user goes to fetch, besides a field's own words.
var fetchObjects = []string{"稿子", "原稿", "材料", "文件", "文档", "资料", "表", "表格", "报名表", "号码", "手机号", "名单", "名字", "全称", "时长", "内容", "word", "文案", "视频"}

// waitsToFetch reports whether s only says the user is fetching something
// and will be back: "稍等我去找一下简介", "等下我找找简介在哪", "我去翻一下稿子".
// A message with a value, a question to the bot, a request to the bot
// ("你帮我找一下") or a negation ("我找不到简介") is not.
func waitsToFetch(s string) bool {
	if strings.ContainsAny(s, "?？") || strings.Contains(s, "\n") {
		return false
	}
	c := strings.Trim(compact(stripEmoji(s)), "。.!！~～…，,；; ")
	c = strings.NewReplacer("，", "", ",", "", " ", "").Replace(c)
	if c == "" || contestbot.RuneLen(c) > 20 || containsAny(c, "不到", "没找", "找不", "帮我", "你找", "您找", "你去", "您去", "你查", "您查", "能不能", "可以吗", "行吗", "吗") {
		return false
	}
	m := reFetchWait.FindStringSubmatch(c)
	if m == nil {
		return false
	}
	// A wait word or "去" must say the user steps away: "找一下简介" alone is not.
	if !containsAny(c, "稍等", "稍候", "等下", "等一下", "等会", "等一会", "等等", "马上", "这就", "去找", "去翻", "去查", "去拿", "去调", "去复制", "去拷", "去导", "来找") {
		return false
	}
	obj := m[1]
	if obj == "" {
		return true
	}
	if oneOf(obj, fetchObjects...) {
		return true
	}
	for _, d := range labelDefs {
		if obj == strings.ToLower(d.word) {
			return true
		}
	}
	return false
}

// fetchWaitReply is the reply to a wait to fetch: the step stays as it is.
const fetchWaitReply = "好的，找到了直接发给我就行。"

// fetchWait answers a wait to fetch while a form is open (s10-c).
func (t *turn) fetchWait(e *contestbot.Entry, s string) (string, bool) {
	if e == nil || !waitsToFetch(s) {
		return "", false
	}
	return fetchWaitReply, true
}

// s10-e (round 26, rp123): "我问问小李" at the 时长 step was "没看懂时长". A
// word to someone else ("let me ask 小李") is a wait: nothing is stored, the
// reply is a brief 好的 and the step stays, so the answer that follows
// ("小李说是2分58秒") is read at it.

// reAskAside is going to ask or check with someone: "我问问小李", "等我问一下
// 王老师", "我去找一下剪辑的同学", "俺打听打听".
var reAskAside = regexp.MustCompile(`^(?:好的?|行|嗯+|那|稍等)?(?:我|俺|等我|让我|我先|俺先|我去|俺去|我再|俺再)?(?:先|去|再)?` +
	`(?:问问|问一问|问一下|问下|打听打听|打听一下|核实一下|核对一下|确认一下|查一下|查查|找一下|找找)` +
	`(` + asidePerson + `)?(?:去|吧|哈|啊|呀|哦)*$`)

// asidePerson is who is asked: a nickname, a title, a colleague, or a name.
const asidePerson = `小\p{Han}|老\p{Han}|\p{Han}{1,3}?(?:老师|主任|书记|部长|科长|同学|师傅)|他们|她们|他|她|同事|领导|学生|负责的人?|剪辑的人?|拍片子的人?|做片子的人?|\p{Han}{2,3}`

// asideWait answers a word to someone else with a brief 好的; the pending
// step stays.
func (t *turn) asideWait(s string, pending slot) (string, bool) {
	c := bareNoSymbols(s)
	if pending == "" || pending.freeText() || c == "" || contestbot.RuneLen(c) > 14 || isQuestion(s) {
		return "", false
	}
	m := reAskAside.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	if who := m[1]; who != "" && !reAsidePersonWord.MatchString(who) && !(startsWithSurname(who) && isPerson(who) && firstNamedField(who) == "") {
		return "", false // "我查一下时长" names a field, not a person
	}
	return "好的，问好了直接发给我就行。", true
}

// reAsidePersonWord is asidePerson without the bare name.
var reAsidePersonWord = regexp.MustCompile(`^(?:` + strings.TrimSuffix(asidePerson, `|\p{Han}{2,3}`) + `)$`)

// s11-b (round 28, rp133 mang_fuzeren): "等会 开会" at the 监制 step stored
// 监制 "开会". A wait word beside what keeps the user busy (an activity: a
// meeting, a class, something to do) is a pause at the step, read by
// readHold (hold.go) with the activity as a word that may follow a wait
// word, never alone: "开会" alone is left to the step's validator, and a
// reason before the wait word ("有学生找 等会") is leaving (leavewait.go).

// reWaitActivity is what takes the user away for a moment, said beside a
// wait word: "开会", "要开会了", "在上课", "有点事", "接个电话", "忙着呢". It is
// the reason part of reLeaveReason, without a wait word of its own.
var reWaitActivity = regexp.MustCompile(`^(?:我|俺|这边|现在|马上|正|还)?(?:要|得|该|去|在|正在|先|还在)?(?:` +
	activityCore + `|忙(?:着)?|接(?:个)?电话|来(?:个)?电话|出去(?:一下|一趟)?|` +
	`有(?:学生|人|领导|同事|家长|老师)(?:找|叫|来了|来|喊)(?:我|俺)?|(?:领导|学生|同事|家长|主任|书记|校长)(?:找|叫|喊)(?:我|俺)?)` +
	`(?:去了|去|了|呢|中|一下|哈|啊|呀|吧)*`)

// activityCore is an activity as a verb and its object: 开会, 上课, 监考,
// 值班, 有事. A name never ends in one.
const activityCore = `开(?:个|一个)?会|上(?:个|节|一节)?课|监考|值班|有(?:点|个)?事(?:情)?`

// reActivityEnd is a value that ends in an activity ("开会", "啥开会", "要上课").
var reActivityEnd = regexp.MustCompile(`(?:` + activityCore + `)(?:去了|去|了|呢|哈|啊|呀|吧)*$`)

// notPersonWords reports whether v, offered as a person's name, is a word no
// name is: a question word ("啥开会"), an activity ("开会", "上课") or a
// thing written (writtenworks.go: "歌词", "旁白").
// "等会 开会" at the 监制 step stored 监制 "开会" (s11-b).
func notPersonWords(v string) bool {
	v = strings.TrimSpace(v)
	return v != "" && (containsAny(v, "啥", "什么", "怎么", "咋") || reActivityEnd.MatchString(v) || reWrittenWorkWhole.MatchString(v))
}
