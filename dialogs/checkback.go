package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"contestbot"
)

// This file reads an answer given as a question (issue #10, s5-f3, round 10
// rp45/rp47): "是填我们学校吧？河南省漯河商贸中等专业学校", "那就是X，这样填对吗",
// "监制是填领导吗？…张秀琴老师一直在管这个事，填她对吗", "X可以吗". The value
// is stored (through the usual validators) and the check-back is answered in
// one short line; a check-back with no value ("是这个意思吧") confirms what was
// stored last and asks nothing again. Questions before the value ("简介要写
// 多长啊？我写了一段…：X") are answered, and the value is still stored.
// readback.go's checkBack reads the narrower "撰稿就是写稿子的人对吧，那就写X"
// in interpret; its reCheckBack counts here as a question before the value.

var (
	// reCheckTagWords ask whether the filling is right.
	reCheckTagWords = `(?:对吗|对吧|对不对|对不|对么|没错吧|没错吗|可以吗|可以吧|可以不|可以么|行吗|行不行|行不|行么|中不中|中吗|中不|中吧|合适吗|合适不|妥吗|没问题吧|没问题吗|是吧|是不是|是这个意思吧|是这个意思吗|是这意思吧|是这样吧|是这样吗|是这么填吧|是这么写吧)`
	// reCheckClause is a whole clause that asks whether the filling is right:
	// "这样填对吗", "是这个意思吧", "填她对吗" (the pronoun is captured),
	// "您看行不行".
	reCheckClause = regexp.MustCompile(`^(?:那|那就|所以|就|你|您)?(?:看|觉得)?(?:这样|这么|这个|这么样)?(?:填|写|弄|记)?(?:(她|他|我|这个人|这位))?(?:的话)?` + reCheckTagWords + `[吧吗呀啊哈呢]*$`)
	// reCheckTail is a tag at the end of a value clause: "X可以吗", "写X行不行".
	reCheckTail = regexp.MustCompile(`(?:这样|这么)?(?:填|写)?(她|他)?(?:对吗|对不对|可以吗|可以不|行吗|行不行|中不中|合适吗|是这个意思吧|是这个意思吗)[吧吗呀啊哈呢]*$`)
	// reCheckLead asks whether a field takes a kind of value: "是填我们学校吧",
	// "联系人就是我吧", "监制是填领导吗", "是写全称吗".
	reCheckLead = regexp.MustCompile(`^(?:那|那就)?(?:\p{Han}{0,6}?)(?:就)?(?:是|应该是|应该)?(?:填|写|就是)(?:我们学校|我们单位|我们学院|学校全称|学校名|学校|本校|单位全称|全称|我自己|自己|我|本人|领导|她|他|这个|这样|同上|名字|真名)(?:的名字|的)?(?:吧|吗|么|` + reCheckTagWords[3:] + `$`)
	// reVideoTalk is talk about the video file: "码率8M 1080p 行吗" asks about it.
	reVideoTalk = regexp.MustCompile(`(?i)码率|分辨率|帧率|\d+\s*(?:p|k|m|mbps)\b|mp4|mov|横屏|竖屏|格式`)
	// reLeadWords are discourse words before a value: "行吧。", "那就是", "还是".
	reLeadWords = regexp.MustCompile(`^(?:(?:行吧|好吧|好的|好|嗯嗯?|哦哦?|噢|喔|那好|那行|中|妥)[，,。.!！~～ ]+)?(?:那就是|那就写|那就填|那就|就是|就写|就填|还是|那)?`)
	// reNameTitled finds "张秀琴老师", "党总支书记张秀琴老师" inside a clause.
	// reOrAlso opens the second half of an either-or question: "还是写几分钟".
	reOrAlso = regexp.MustCompile(`^(?:还是|或者|或是)`)
	// reIsKindAsk asks what a field takes: "监制是领导吧", "是填学校全称吗".
	// reBareKindAsk is reIsKindAsk said of the field being asked, named
	// by no label: "是填学校吧", "这栏写领导吗" (s8-g).
	reBareKindAsk = regexp.MustCompile(`^(?:这里|这儿|这个|这栏|这一栏|这项|这一项|这块|那|就|是不是)?(?:是|指|填|写)[^完要交盖签]{1,8}(?:吧|吗|么|不)$`)
	reIsKindAsk   = regexp.MustCompile(`(?:是|指|填|写)\p{Han}{1,8}(?:吧|吗|么|不)$`)
	// reSelfCheck asks whether the value is the user or someone just named:
	// "联系人就是我吧", "填她对吗".
	reSelfCheck = regexp.MustCompile(`(?:我|自己|本人|她|他|这个|这样|同上)(?:的名字|的)?(?:吧|吗|么|` + reCheckTagWords[3:] + `$`)
	// reWriteLead opens "写X行不行": the verb before a value asked about.
	reWriteLead = regexp.MustCompile(`^(?:那|那就|就)?(?:填|写|填成|写成|用)`)
	// reConclude opens a conclusion: "那…", "所以…", "那就…".
	reConclude     = regexp.MustCompile(`^(?:那|所以|因此|那就|那么)`)
	reNameTitled   = regexp.MustCompile(`\p{Han}{2,4}?(?:同志|老师|书记|主任|部长|处长|科长|院长|校长|教授|干事)`)
	reNameTitleEnd = regexp.MustCompile(`(?:同志|老师|书记|主任|部长|处长|科长|院长|校长|教授|干事)$`)
)

// checkTag reports whether a clause only asks whether the filling is right,
// and the pronoun it uses for the value ("填她对吗" → 她).
func checkTag(cl string) (pronoun string, ok bool) {
	c := strings.Trim(compact(stripEmoji(cl)), "。.!！~～?？")
	if c == "" || contestbot.RuneLen(c) > 12 {
		return "", false
	}
	if m := reCheckClause.FindStringSubmatch(c); m != nil {
		return m[1], true
	}
	return "", false
}

// checkLead reports whether a clause before a value asks about the field:
// a check-back ("是填我们学校吧") or a question ("推荐单位是啥意思").
func checkLead(p chatterPiece) bool {
	c := strings.Trim(compact(stripEmoji(p.text)), "。.!！~～")
	if c == "" || contestbot.RuneLen(c) > 20 {
		return false
	}
	if _, ok := checkTag(c); ok {
		return true
	}
	if m := reCheckBack.FindStringSubmatch(c); m != nil && labelSlot(m[1]) != "" {
		return true // readback.go: "监制是领导吧？", the meaning asked back
	}
	asked := strings.ContainsAny(p.sep, "?？") || isQuestion(c) || containsAny(c, "啥意思", "什么意思", "是啥", "是什么")
	return checkLeadTag(p) || asked && (firstNamedField(c) != "" || containsAny(c, "填", "写", "多长", "多少字", "几个字", "意思"))
}

// checkLeadTag reports whether a clause before the value asks whether the
// field takes a kind of value, with a question mark or 吗: "是填我们学校吧？",
// "联系人就是我吧？"; "联系人写王丽娟老师吧，…" states the value.
func checkLeadTag(p chatterPiece) bool {
	c := strings.Trim(compact(stripEmoji(p.text)), "。.!！~～")
	return reCheckLead.MatchString(c) && (strings.ContainsAny(p.sep, "?？") || strings.HasSuffix(c, "吗") || strings.HasSuffix(c, "么"))
}

// namedInClause is the one person named with a title in cl ("我们党总支书记
// 张秀琴老师一直在管这个事" → 张秀琴); "" when none or more than one.
func namedInClause(cl string) string {
	found := ""
	for _, loc := range reNameTitled.FindAllStringIndex(cl, -1) {
		n := nameBeforeTitle(cl[:loc[1]])
		if n == "" {
			head := []rune(reNameTitleEnd.ReplaceAllString(cl[:loc[1]], ""))
			for _, k := range []int{3, 2} {
				if len(head) >= k {
					if w := string(head[len(head)-k:]); isRealName(w) && surnameLen(w) < k {
						n = w
						break
					}
				}
			}
		}
		if n == "" || reOrgEndAny.MatchString(n) { // "党总支书记": 党 is a surname, 党总支 no name
			continue
		}
		if found != "" && found != n {
			return ""
		}
		found = n
	}
	return found
}

// checkBackParts takes a message apart: the questions before the value,
// the value, whether a check-back was asked, and the person a pronoun in
// the check-back stands for. ok is false when s has no check-back and no
// question before a value.
func checkBackParts(s string) (asks []string, value string, check bool, ok bool) {
	ps := chatterPieces(strings.TrimSpace(s))
	i, j := 0, len(ps)
	pronoun := ""
	for j > i {
		p, isTag := checkTag(ps[j-1].text)
		if !isTag {
			break
		}
		check = true
		if p != "" {
			pronoun = p
		}
		j--
	}
	if j > i && !check {
		if last := compact(ps[j-1].text); (strings.ContainsAny(ps[j-1].sep, "?？") || strings.HasSuffix(last, "吧")) && reCheckBackValue.MatchString(last) {
			// "…，那就填同上？", "那就写同上吧？": the value asked back (readback.go)
			check = true
			ps[j-1].text = strings.TrimSuffix(strings.TrimSpace(ps[j-1].text), "吧")
		}
	}
	for i < j-1 && checkLead(ps[i]) { // a lead needs a value after it
		c := compact(ps[i].text)
		_, isTag := checkTag(c)
		if isTag || checkLeadTag(ps[i]) {
			check = true
		}
		if !isTag {
			asks = append(asks, ps[i].text)
		}
		i++
	}
	value = joinPieces(ps[i:j], "，,；;：: ?？") // chatter.go
	if !check && value != "" && !strings.ContainsFunc(value, func(r rune) bool { return r < 0x80 && (unicode.IsDigit(r) || unicode.IsLetter(r)) }) {
		// "写X行不行" with a name or a title; "2分50秒 码率8M 行吗" asks about the video.
		if m := reCheckTail.FindStringSubmatchIndex(value); m != nil && m[0] > 0 {
			if m[2] >= 0 {
				pronoun = value[m[2]:m[3]]
			}
			value, check = strings.TrimSpace(value[:m[0]]), true
			if v := strings.TrimLeft(reWriteLead.ReplaceAllString(value, ""), "，, "); contestbot.RuneLen(v) >= 2 {
				value = v // "写王建国行不行"
			}
		}
	}
	if cls := splitClauses(value); check && len(cls) > 1 && reConclude.MatchString(cls[len(cls)-1]) {
		// "编导和撰稿都是我写的脚本，也是我带着拍的，那编导撰稿都填房春燕是这个
		// 意思吧": the reasons go, the conclusion is the answer.
		value = strings.TrimRight(cls[len(cls)-1], "，,。；; ")
	}
	if value != "" && (isQuestion(value) || len(asks) > 0 && reOrAlso.MatchString(value)) {
		// "…。请问一下，纸质版交几份？", "要写几分几秒吗？还是写几分钟就行":
		// what follows is another question, no value.
		return nil, "", false, false
	}
	if pronoun == "她" || pronoun == "他" || pronoun == "这个人" || pronoun == "这位" {
		n := namedInClause(value)
		if n == "" {
			return nil, "", false, false
		}
		value = n
	}
	if value != "" {
		if check {
			value = pointBackOff(value) // questionproposal.go (s12-i): "片名是红旗渠 写这个行不行"
		}
		value = strings.TrimSpace(reLeadWords.ReplaceAllString(value, ""))
		if pronoun == "我" && value == "" {
			value = "我"
		}
	}
	return asks, value, check, check || len(asks) > 0 && value != ""
}

// answerAsked answers a message that gives the value as a question, or asks
// whether the value stored last is right.
func (t *turn) answerAsked(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if out, ok := t.factsCheckBack(e, s, pending); ok {
		return out, true
	}
	if pending == slot(contestbot.FieldCopyright) && !t.nested && defersConfirm(s) {
		// "好的我回头打电话问问再确认" at the summary: nothing is confirmed or changed.
		return reask("好的，问清楚了再回复“确认”。填的内容都保存着，不会丢。"), true
	}
	if t.nested || pending == "" || pending.yesNo() {
		return "", false
	}
	if _, ok := readBack(s); ok { // s7-g: "我填了些啥？制作单位我写的啥来着" asks to see the record (interpret.go actView)
		return "", false
	}
	if reVideoTalk.MatchString(s) || (pending == slot(contestbot.FieldDuration) || pending == slot(contestbot.FieldCategory)) && len(splitClauses(s)) == 1 {
		// "码率8M 1080p 行吗" and "填“三分多钟”行吗" ask about the video
		// or the rule: durationask.go and choiceask.go answer them.
		return "", false
	}
	asks, value, check, ok := checkBackParts(s)
	if !ok || !check && extract(s).labelled && !strings.ContainsAny(s, "?？") {
		return "", false
	}
	if pending.freeText() && value != "" && (check || len(asks) == 0) {
		// At a 简介 or 摘要 step a closing "这样可以吗" is a request to look the
		// text over (chatter.go); only a question before the text is taken here.
		return "", false
	}
	var head []string
	add := func(a string) {
		for _, h := range head {
			if h == a {
				return
			}
		}
		head = append(head, a)
	}
	for _, q := range asks {
		c := compact(q)
		if chatterKind(q) != "" {
			// "我写了一段您看行不行": the text is kept as written.
			if containsAny(c, "看", "行不行", "可以吗", "怎么样", "咋样", "中不中") {
				add(reviewedLine)
			}
		} else if reSelfCheck.MatchString(c) {
			// "联系人就是我吧": the value that follows answers it.
		} else if a := t.fieldMeaningAnswer(q, pending); a != "" {
			add(a)
		} else if reCheckLead.MatchString(c) {
			// "是填我们学校吧" with no field named: "对" answers it.
		} else if a := t.talkAnswer(asQuestion(q), pending); a != "" {
			add(a)
		}
	}
	if proposalAboutOthers(asks, value, check, pending) || factAskedBack(value, check, pending, t.period()) {
		// questionproposal.go (s12-i): "…有啥区别 都填俺学校中不中", "俺是以个人名义报的中不中"
		return t.proposalAnswered(e, s, head, pending, reask), true
	}
	if value == "" {
		if !check {
			return "", false
		}
		prev := t.st.Prev
		if prev == "" || prev == pending || !e.Has(t.c.season, prev.field()) && !prev.isRole() {
			prev = filledBefore(t.c.season, e, pending)
		}
		if prev == "" {
			head = append(head, fmt.Sprintf("请直接发%s，我帮您记下。", pending.label()))
			return reask(strings.Join(head, "\n")), true
		}
		head = append(head, fmt.Sprintf("对，已记下 %s：%s。", prev.label(), display(t.c.season, e, prev)))
		return reask(strings.Join(head, "\n")), true
	}
	if check {
		if f, ok := storedAs(t.c.season, e, value); ok && f != pending {
			// "那就是X，这样填对吗" with X already stored for another field.
			head = append(head, fmt.Sprintf("对，已记下 %s：%s。", f.label(), display(t.c.season, e, f)))
			return reask(strings.Join(head, "\n")), true
		}
	}
	out := t.formInput(e, value)
	if why := t.permissionReason(s); check && why != "" && strings.Contains(out, "已记下") { // s8-g checkwhy.go: "外面请的公司拍的…这样可以吗"
		head = append(head, why)
	} else if check && strings.HasPrefix(out, "好的，已记下") {
		out = "对，" + strings.TrimPrefix(out, "好的，")
	} else if check && strings.Contains(out, "已记下") {
		head = append(head, "对，这样填就行。")
	}
	if len(head) == 0 {
		return out, true
	}
	return strings.Join(head, "\n") + "\n" + out, true
}

// fieldMeaningAnswer answers "推荐单位是啥意思", "监制是填领导吗" in one line
// from the field table; "" when q asks something else.
func (t *turn) fieldMeaningAnswer(q string, pending slot) string {
	c := compact(q)
	f := firstNamedField(c)
	kindAsk := reIsKindAsk.MatchString(c)
	if f == "" {
		f = pending
		// s8-g (rp93 F6): with no field named, only a check on the field
		// asked ("是填学校吧", "这栏写领导吗") is about it; "这个表填完了还要盖
		// 章吗" asks about the forms.
		kindAsk = reBareKindAsk.MatchString(c)
	}
	if containsAny(c, "多长", "多少字", "几个字", "字数") || !containsAny(c, "意思", "是啥", "是什么", "填谁", "写谁", "填领导", "填什么", "写什么", "填啥", "写啥") && !kindAsk {
		return ""
	}
	m := meaning(f)
	if m == "" {
		return ""
	}
	return f.label() + "：" + m
}

// filledBefore is the last field before pending, in the form's order, that
// has a value: what a check-back with no value asks about.
func filledBefore(season *contestbot.Season, e *contestbot.Entry, pending slot) slot {
	last := slot("")
	for _, f := range contestbot.Fields {
		if slot(f) == pending || f == contestbot.FieldCreators && (pending.isRole() || pending == slotCreators) {
			break
		}
		if f == contestbot.FieldCreators {
			continue
		}
		if e.Has(season, f) {
			last = slot(f)
		}
	}
	return last
}

// storedAs is the field of e whose value is v ("河南省漯河商贸中等专业学校"
// is the 推荐单位 already stored).
func storedAs(season *contestbot.Season, e *contestbot.Entry, v string) (slot, bool) {
	c := compact(strings.Trim(v, "《》“”\"'"))
	if c == "" {
		return "", false
	}
	for _, f := range contestbot.Fields {
		if f == contestbot.FieldCreators || !e.Has(season, f) {
			continue
		}
		if compact(strings.Trim(display(season, e, slot(f)), "《》")) == c {
			return slot(f), true
		}
	}
	return "", false
}

// reFactsTag closes a statement of the eligibility facts with a check:
// "…，那就是都符合吧？", "…都没问题对吧".
var reFactsTag = regexp.MustCompile(`(?:吧|对吧|是吧|对吗|没错吧|对不对)[?？。!！~～\s]*$`)

// reAllAgree sums the facts up: "那就是都符合", "都没问题", "全都满足".
var reAllAgree = regexp.MustCompile(`^(?:那|那就|所以)?(?:就是|就|应该|应该是)?(?:都|全都|全部|全|四条都|几条都|这几条都|以上都)(?:符合|是|对|没问题|满足|行|可以|合格)(?:的)?$`)

// factsCheckBack reads the eligibility facts stated with a closing check
// ("今年6月拍的，没用AI，学校组织的，那就是都符合吧？", rp45) as stated: the
// facts are taken and the check answered. The 著作权声明 is never taken
// from a question (confirm.go).
func (t *turn) factsCheckBack(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || !pending.yesNo() || pending == slot(contestbot.FieldCopyright) || t.st.Mode == modeEdit {
		return "", false
	}
	m := reFactsTag.FindStringIndex(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	rest := strings.TrimRight(strings.TrimSpace(s)[:m[0]], "，,。 ")
	cls := splitClauses(rest)
	if len(cls) == 0 || isQuestion(rest) || strings.ContainsAny(rest, "?？") || reAskOpen.MatchString(compact(rest)) || containsAny(compact(rest), "确认下", "确认一下", "问一下", "问下", "想问") ||
		!reAllAgree.MatchString(compact(strings.TrimRight(cls[len(cls)-1], "，,。 "))) {
		// "…视频本身没发过，这样不影响吧？" asks; only a closing "都符合吧" checks.
		return "", false
	}
	out := t.formInput(e, rest)
	if strings.HasPrefix(out, "好的，已记下") {
		out = "对，" + strings.TrimPrefix(out, "好的，")
	}
	return out, true
}

// reDefer puts the confirmation off until something is asked or checked:
// "回头打电话问问再确认", "我先问问领导", "等我核实一下".
var reDefer = regexp.MustCompile(`(?:回头|先|等|等会儿?|过会儿?|晚点|明天|下午)\p{Han}{0,8}?(?:打电话|打个电话|问问|问一下|问下|问清楚|核实|核对一下|请示)`)

// defersConfirm reports whether s, at the summary, only says the user will
// ask or check first (s5-f3, rp47: "打电话问问").
func defersConfirm(s string) bool {
	c := compact(stripEmoji(s))
	return contestbot.RuneLen(c) <= 24 && reDefer.MatchString(c) && !isQuestion(s) && !extract(s).labelled
}
