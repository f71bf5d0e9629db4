package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s11-d (round 29: rp137–rp140): consent said with more words. Six contacts
// had to send a bare 确认 after "好吧那我回头问问汪老师😂 确认", "不是不是 先提交吧
// 音乐的事我们自己再看 确认✅", "没有要改的呀😂😂 确认！", "中 就这吧 确认",
// "经核对无误，确认。感谢贵平台的耐心协助！" and "那先按实景拍摄报吧 确认": each
// went to a reader that saw one of its clauses (a wait, a denial, a
// question, a category) before the consent reader saw the whole.
//
// consentSaid reads the message clause by clause. Consent is a confirming
// act (确认, 提交, 就这吧, 没问题, 无误 …) with nothing beside it but chatter:
//   - emoji, laughs, particles, thanks and praise ("感谢贵平台的耐心协助");
//   - "nothing to change" ("没有要改的呀", "不用改了");
//   - an aside about a matter outside the record that the contact will see
//     to later ("音乐的事我们自己再看", "那我回头问问汪老师");
//   - a denial of the bot's last reading with no object ("不是不是");
//   - a value restated exactly as stored ("那先按实景拍摄报吧" with 实景拍摄
//     stored; consentsOwn's restatesStored).
// Anything else keeps it no consent, as the rule says: a question,
// a change, a different value, a deferral ("我先问问领导再确认", "等我问问再
// 说") or a negation ("先别提交", "不确认").

var (
	// reConsentAct is a confirming act beyond reConsentWord's.
	reConsentAct = regexp.MustCompile(`就这么定了?|就这么着吧?|就这样?吧?|就按这个|可以了|没问题了?|都没问题|无误`)
	// reConsentNot defers or refuses consent.
	reConsentNot = regexp.MustCompile(`不确认|不同意|不提交|先别|别提交|别急|暂不|暂时不|还不能|不能确认|确认不了|等等|等一下|稍等|等我|再确认|再提交|再定|之后再|以后再|先问|问完|问过再|问好了?再|问清楚|再说|还没|还要改|有要改|要改一下|改一下|先不|不对|有误|不行|错`)
	// reConsentLaugh is laughter and its letters.
	reConsentLaugh = regexp.MustCompile(`(?i)^(?:哈|呵|嘿|嘻|嘎|h|233+|lol|xd)+`)
	// reNothingToChange says there is nothing to change.
	reNothingToChange = regexp.MustCompile(`^(?:都|也|真|确实|应该)?(?:没有|没|没啥|没什么|没得|无|不用|不需要|不必|用不着)(?:什么|啥|要|需要|可|再|可以)*(?:改|修改|更改|调整|补充|变动|动)(?:的|了)*(?:地方|内容)?$`)
	// reLaterAsk is asking someone later, as an aside: "那我回头问问汪老师".
	reLaterAsk = regexp.MustCompile(`^(?:那|那我|我|我们|俺|俺们|咱|咱们)*(?:回头|回来|过后|事后|改天|有空)(?:再)?(?:问问|问一下|问下|问|跟|和|给)([^，,。]{0,8}?)(?:说一声|说一下|说说|讲一下|商量)?(?:吧|哈|了|啊|呀)?$`)
	// reOwnMatter is a matter the contact will see to: "音乐的事我们自己再看".
	reOwnMatter = regexp.MustCompile(`^(?:那|这)?(?:(.{1,10}?)(?:的事情?|的问题|这块|那块|方面))?(?:我们|咱们|俺们|我|俺)?(?:自己|回头|之后|后面|后续)(?:再)?(?:看|看看|商量|研究|处理|解决|想办法|弄|调整)(?:一下)?(?:吧|哈|了|啊|呀)?$`)
	// reThanksPraise thanks or praises the bot.
	reThanksPraise = regexp.MustCompile(`^(?:非常|十分|特别|太|真|真是|再次)?(?:感谢|谢谢|多谢|辛苦|麻烦)|^(?:你们|您|你|贵平台|小助手|机器人|这个)?(?:真|太|好|挺|很|非常|特别)(?:棒|方便|贴心|给力|专业|高效|靠谱|省事|厉害|好用|快|细心|耐心)`)
	// reKeepWrapper wraps a value said to be kept: "那先按实景拍摄报吧".
	reKeepWrapper = regexp.MustCompile(`^(?:那|那就|就|还是)*(?:先)?(?:按|按照|就按|用)(.+?)(?:报|来|填|写|算|走)(?:吧|了|哈)?$`)
	// reKeepBare is "先按X" / "就按X" with no verb after the value ("那就先
	// 按动画 确认", s12-j rp157): 按 itself says keep, so the verb may go.
	reKeepBare = regexp.MustCompile(`^(?:那|那就|就|还是)*(?:先|就)(?:按|按照)(.+?)(?:吧|了|哈)?$`)
	// reResignLead gives up arguing before a confirming clause: "算了 就这样吧"
	// (s12-b, rp147). It is read only when another clause follows.
	reResignLead = regexp.MustCompile(`^(?:那|哎|唉|嗨)?(?:算了|罢了|得了)(?:吧|啊|呀)?$`)
	// reBareDenial denies the bot's last reading with no object.
	reBareDenial = regexp.MustCompile(`^(?:不是|不不|不用不用)+(?:啦|呀|啊)?$`)
	// reConsentAskWords ask, wherever they stand in a clause.
	reConsentAskWords = regexp.MustCompile(`吗|么|咋|怎么|怎样|如何|能不能|可不可以|行不行|是不是|对不对|要不要|好不好|中不中|有没有|多少|几个|哪|为啥|为什么|啥`)
)

// consentSaid reports whether s, at the summary of e, confirms and does
// nothing else (see above).
func (t *turn) consentSaid(e *contestbot.Entry, s string) bool {
	if e == nil || strings.ContainsAny(s, "?？") || formalEnquiry(s) {
		return false
	}
	w := strings.ReplaceAll(stripEmoji(contestbot.NormalizeWidth(s)), " ", "，")
	act := false
	cls := splitClauses(w)
	for i, cl := range cls {
		c := bareNoSymbols(cl)
		if c == "" {
			continue
		}
		if i < len(cls)-1 && reResignLead.MatchString(c) {
			// s12-b: "算了 就这样吧" gives up changing and then confirms;
			// "算了" alone (cancel) or before anything else is not consent.
			continue
		}
		ok, strong := t.consentClause(e, cl, c)
		if !ok {
			if reBareDenial.MatchString(c) {
				continue
			}
			return false
		}
		act = act || strong
	}
	// "不是不是" only denies the bot's reading: the message still needs a
	// confirming act of its own.
	return act
}

// consentClause reads one clause of a consent message: ok when it is a
// confirming act or chatter, strong when it confirms.
func (t *turn) consentClause(e *contestbot.Entry, cl, c string) (ok, strong bool) {
	// Leading agreement and laughter ("好吧那我回头问问…", "哈哈哈 确认").
	core := c
	for {
		n := reConsentLaugh.ReplaceAllString(core, "")
		n = strings.TrimPrefix(n, "好吧")
		n = strings.TrimPrefix(n, "行吧")
		n = strings.TrimPrefix(n, "嗯嗯")
		n = strings.TrimPrefix(n, "嗯")
		if n == core {
			break
		}
		core = n
	}
	core = strings.TrimRight(core, "啊呀哈啦哦嘛吧")
	if core == "" {
		return true, false
	}
	named := firstNamedField(compact(core)) != ""
	switch {
	case reNothingToChange.MatchString(core) && !named:
		return true, false
	case reLaterAsk.MatchString(core) && !named && !reConsentNot.MatchString(core) && !reConsentWord.MatchString(core):
		return true, false
	case reOwnMatter.MatchString(core) && !reConsentWord.MatchString(core):
		m := reOwnMatter.FindStringSubmatch(core)
		if topic := m[1]; topic != "" && firstNamedField(compact(topic)) == "" && !containsAny(topic, "这", "那", "信息", "内容", "表", "报名", "作品", "片子") {
			return true, false
		}
		return false, false
	case reThanksPraise.MatchString(core) && !named && !containsAny(core, "改", "换", "删", "去掉", "加", "不", "没") && !reConsentAskWords.MatchString(core) &&
		!reConsentWord.MatchString(core) && contestbot.RuneLen(core) <= 24 && !strings.ContainsAny(core, "0123456789"):
		return true, false
	}
	if isQuestion(cl) || reConsentNot.MatchString(core) || reConsentAskWords.MatchString(reConsentAct.ReplaceAllString(strings.ReplaceAll(core, "没什么", ""), "")) {
		return false, false
	}
	rest := reConsentWord.ReplaceAllString(core, "")
	rest = reConsentAct.ReplaceAllString(rest, "")
	strong = rest != core
	rest = reConsentTalk.ReplaceAllString(rest, "")
	rest = reConsentLaugh.ReplaceAllString(rest, "")
	rest = strings.Trim(rest, "啊呀哈啦哦嘛吧了的先")
	if rest == "" {
		return true, strong
	}
	if strong {
		return false, false // a confirm word with a value or talk beside it in one clause
	}
	// A value restated as stored, or kept: "那先按实景拍摄报吧".
	if containsAny(core, "改", "换", "删", "去掉", "加", "不要", "添", "补") {
		return false, false
	}
	v := cl
	if m := reKeepWrapper.FindStringSubmatch(bareNoSymbols(cl)); m != nil {
		v = m[1]
	} else if m := reKeepBare.FindStringSubmatch(bareNoSymbols(cl)); m != nil {
		v = m[1]
	}
	if t.restatesStored(e, v) || v != cl && t.restatesStored(e, cl) {
		return true, false
	}
	return false, false
}

// consentAtSummary completes the work at the summary when s is consent
// in more words than the older readers take (consentSaid); ok is false
// otherwise, and the message is read as before.
func (t *turn) consentAtSummary(s string) (string, bool) {
	if t.st.Mode != modeForm && t.st.Mode != modeEdit || t.offer != nil || t.dotAsk != 0 || t.readings != nil ||
		len(t.st.Options) > 0 || t.st.FixAsk != nil || t.st.WordAsk != nil || t.st.Lead != "" || t.st.Part != nil {
		return "", false
	}
	edit := t.st.Mode == modeEdit
	if !(!edit && t.st.Pending == slot(contestbot.FieldCopyright) || edit && t.st.Pending == "") {
		return "", false
	}
	e := t.current()
	if e == nil || !t.consentSaid(e, s) {
		return "", false // read as before: consents and consentsOwn in formInput
	}
	if edit {
		return t.finishEdit(e), true
	}
	return t.complete(e), true
}
