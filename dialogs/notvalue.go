package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// This file catches messages at a free-text or person step that are no
// value for it (issue #10, round 7): a message meant for someone else
// ("你先去食堂帮我带饭 要二楼的鸡公煲 不要香菜"), a refusal to change what is
// stored ("不用改 还用原来的", "不改了"), and a question about the contest
// that opens with 问一下 or ends in a tag ("问一下 片子是学生党员拍的 这算学校
// 作品吧 不算个人的吧"). None is ever stored: the bot says it kept the old
// value, answers the question, or asks again.

var (
	// reErrand is an errand asked of a second person: "你先去食堂帮我带饭",
	// "帮我带个饭", "你顺路给我买杯奶茶".
	reErrand = regexp.MustCompile(`(?:你|您)(?:先|快|赶紧|顺便|顺路|下课|一会儿?|回来)?(?:去|到|回)\p{Han}{0,8}?(?:帮我|给我|替我)(?:带|买|拿|取|打|占|寄)|(?:帮我|给我|替我)(?:带|买|拿|取|打|占)(?:个|份|杯|瓶|点|一份|一个|一杯)?(?:饭|菜|奶茶|咖啡|水|外卖|快递|早饭|午饭|晚饭|座)`)
	// reVocative opens a message to family or friends: "妈，…", "宝，…".
	reVocative = regexp.MustCompile(`^(?:妈|爸|老妈|老爸|老公|老婆|宝贝|宝|亲爱的|室友|舍友|闺女|女儿|儿子|儿啊|媳妇|老伴|老头子|孩子他爸|孩子他妈|孩他爸|孩他妈|姐|哥|妹|弟|宝儿|乖乖)[，,\s]`)
	// reKeepOld refuses a change: "不用改", "还用原来的", "不改了", "保持不变".
	reKeepOld = regexp.MustCompile(`^(?:(?:内容简介|简介|内容摘要|摘要|片名|推荐单位|制作单位|联系人|联系电话|电话|时长|分类|主创人员|主创|监制|编导|撰稿|摄影|剪辑|单位)(?:这项|这个|这块)?)?(?:那|那就|就|先|都|也|还是)?(?:不用改|不需要改|不必改|不改了|不改|别改|不用动|别动|保持不变|不用变)(?:了|啦|哈|吧)?(?:[，,。\s]*(?:还是?|就|继续)?用(?:原来|之前|以前|刚才|上面)(?:的|那个|那段|那句)?(?:就行|就好|就可以|吧)?)?$|^(?:还是?|就)用(?:原来|之前|以前|刚才)(?:的|那个|那段|那句)(?:吧|就行|就好)?$`)
	// reAskOpen opens a question: "问一下", "请问", "想问下".
	reAskOpen = regexp.MustCompile(`^(?:我)?(?:想|再|先)?(?:问一下|问下|问问|请问|请教一下|打听一下|咨询一下)`)
	// reTagQuestion is a statement with a tag that asks for agreement: "这算学校作品吧", "不算个人的吧".
	reTagQuestion = regexp.MustCompile(`(?:算|属于|能算|可以算|应该算|不算)\p{Han}{1,10}吧$`)
)

// forSomeoneElse reports whether s is a message meant for someone else.
func forSomeoneElse(s string) bool {
	c := compact(stripEmoji(contestbot.NormalizeWidth(s)))
	if contestbot.RuneLen(c) > 60 || extract(s).labelled {
		return false
	}
	return reErrand.MatchString(c) || reVocative.MatchString(strings.TrimSpace(s))
}

// keepsOld reports whether s says to keep the stored value ("不用改 还用原来的").
func keepsOld(s string) bool {
	c := strings.TrimSpace(stripEmoji(contestbot.NormalizeWidth(s)))
	c = strings.Trim(c, "。.!！~～")
	return contestbot.RuneLen(c) <= 25 && reKeepOld.MatchString(strings.Join(strings.Fields(c), " "))
}

// asksRatherThanStates reports whether s is a question about the contest
// although it has no question mark: it opens with 问一下 or ends in a tag.
func asksRatherThanStates(s string) bool {
	c := compact(stripEmoji(contestbot.NormalizeWidth(s)))
	if contestbot.RuneLen(c) > 80 {
		return false
	}
	for _, cl := range splitClauses(s) {
		if reTagQuestion.MatchString(strings.Trim(compact(cl), "。.!！~～")) {
			return true
		}
	}
	return reAskOpen.MatchString(c) && (isQuestion(s) || askedYesNo(s) || strings.HasSuffix(c, "吧"))
}

// notAValue handles a message at a free-text or person step that is no
// value for it; ok is false when s may be a value.
func (t *turn) notAValue(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if _, ok := keepsAsIs(s); ok { // splitjoin.go: the one reader of "不用改"
		return t.keepOld(e, s, pending, reask), true
	}
	if pending == "" || !(pending.freeText() || pending.isRole() || pending == slotCreators || pending == slot(contestbot.FieldContact) ||
		pending == slot(contestbot.FieldUnit) || pending == slot(contestbot.FieldProducer) || pending == slot(contestbot.FieldTitle)) {
		return "", false
	}
	switch {
	case forSomeoneElse(s):
		return reask("这条好像是发给别人的，我没有记录。"), true
	case asksRatherThanStates(s) && !extract(s).labelled && !reTypedWrong.MatchString(compact(s)) && (pending.freeText() || reAskOpen.MatchString(compact(s))):
		// "片名填错了咋办" asks how to edit: formask.go answers it.
		if a := t.talkAnswer(asQuestion(s), pending); a != "" {
			return t.withPending(a), true
		}
	}
	return "", false
}

// keepOld answers "不用改 还用原来的" (at the step of a field asked again,
// or naming a field at the summary): the stored value stays and is shown.
func (t *turn) keepOld(e *contestbot.Entry, s string, pending slot, reask func(string) string) string {
	target := firstNamedField(compact(s))
	if target == "" {
		target = pending
	}
	if target == "" || target == slot(contestbot.FieldCopyright) || target == slotCreators || !e.Has(t.c.season, target.field()) && !target.isRole() {
		if target != "" && target != slot(contestbot.FieldCopyright) && target != slotCreators && target == pending {
			return reask(fmt.Sprintf("%s还没有填，不能沿用。", target.label()))
		}
		return reask("好的，不改。")
	}
	head := fmt.Sprintf("好的，%s不改，还是：%s。", target.label(), display(t.c.season, e, target))
	if target != pending {
		return reask(head)
	}
	if pending.isRole() {
		t.st.markRole(pending) // asked again and kept: answered
	}
	t.st.Pending = t.next(e)
	if t.st.Mode == modeEdit && (t.st.Pending == "" || t.st.Pending == pending) {
		t.st.Pending = ""
		return strings.TrimSpace(head + "\n\n要改哪一项？直接发，例如“时长改成2分10秒”；改好了回复“确认”。")
	}
	if t.st.Pending == "" || t.st.Pending == pending {
		return head
	}
	return strings.TrimSpace(head + "\n\n" + t.question(e, t.st.Pending))
}

// reTagEnd is the tag of a clause that asks for agreement: "…吧".
var reTagEnd = regexp.MustCompile(`吧([，,。\s]|$)`)

// asQuestion rewrites a tag question as a plain one for the knowledge
// base: the opener goes, "…这算学校作品吧" becomes "…这算学校作品吗".
func asQuestion(s string) string {
	s = strings.TrimSpace(reAskOpen.ReplaceAllString(strings.TrimSpace(s), ""))
	s = strings.TrimLeft(s, "，,：: ")
	return reTagEnd.ReplaceAllString(s, "吗$1")
}

// reMisSent is a clause saying a message went to the wrong chat: "啊啊啊发错了",
// "那条是给我室友的", "刚才那条不是发给你的".
var reMisSent = regexp.MustCompile(`^(?:[啊呀哎哦嗷]+)?(?:不好意思|抱歉|sorry)?(?:(?:刚才|刚刚|刚|上一条|那条|那句|刚那条)?(?:发错了|发错人了|发错群了|发错地方了)|(?:刚才|刚刚|刚|上一条|那条|那句|刚那条)(?:是给\p{Han}{1,8}的|是发给\p{Han}{1,8}的|不是给你的|不是发给你的|不算))(?:哈|啊|呀|了)?$`)

// misSent takes the clauses that say the last message went to the wrong
// chat off the front of s; ok is false when s opens with none. The rest
// ("联系人不是不要香菜！！是赵晓燕老师") is read as usual.
func misSent(s string) (rest string, ok bool) {
	rest = strings.TrimSpace(stripEmoji(contestbot.NormalizeWidth(s)))
	for {
		i := strings.IndexFunc(rest, func(r rune) bool { return strings.ContainsRune(" ，,。！!~～", r) })
		head := rest
		if i >= 0 {
			head = rest[:i]
		}
		if !reMisSent.MatchString(compact(head)) {
			break
		}
		ok = true
		if i < 0 {
			return "", true
		}
		rest = strings.TrimLeft(rest[i:], " ，,。！!~～")
	}
	return rest, ok
}
