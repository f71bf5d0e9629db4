package dialogs

import (
	"context"
	"regexp"
	"strings"
	"unicode"

	"contestbot"
	"contestbot/knowledge"
)

// route decides what a message is and answers it.
func (t *turn) route() string {
	m := t.m
	switch m.Type {
	case TypeEvent:
		switch m.Event {
		case EventSubscribe:
			return t.welcome()
		case EventClick:
			switch m.EventKey {
			case KeyCheck:
				return t.withPending(t.checkHowTo())
			case KeyAsk:
				return t.withPending(helpText)
			}
			if s, ok := clickText[m.EventKey]; ok {
				return t.text(s)
			}
			return t.withPending(helpText)
		case EventScan:
			return t.welcome()
		}
		return ""
	case TypeVideo, TypeShortVideo:
		return t.withPending(t.chatVideo())
	case TypeImage:
		return t.withPending(mediaText)
	case TypeVoice:
		if strings.TrimSpace(m.Text) == "" {
			return t.withPending("没听清语音，请直接打字告诉我。")
		}
		return t.text(m.Text)
	case TypeLocation, TypeFile:
		return t.withPending("这类消息我还看不懂。" + helpText)
	}
	return t.text(m.Text)
}

func (t *turn) welcome() string {
	w := ""
	if t.c.deps.Knowledge != nil {
		w = strings.TrimSpace(t.c.deps.Knowledge.Welcome())
	}
	if w == "" {
		w = "您好！这里是" + t.c.season.Title + "报名助手。"
	}
	if !strings.Contains(w, "我要报名") {
		w += "\n\n" + registerHint
	}
	if n := t.noticeOnce(); n != "" {
		w += "\n\n" + n
	}
	return w
}

// compact is s without spaces and trailing punctuation, for matching
// commands.
func compact(s string) string {
	s = strings.ToLower(contestbot.NormalizeWidth(knowledge.FoldTraditional(s)))
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimRight(strings.TrimLeft(s, "/#"), "。.!！~～…")
}

// bare is s lower-cased without spaces or punctuation anywhere ("算了，不报了"
// → 算了不报了), for matching short commands.
func bare(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune("，。、；：！？～~…", r) {
			return -1
		}
		return r
	}, strings.ToLower(contestbot.NormalizeWidth(knowledge.FoldTraditional(s))))
}

func oneOf(s string, words ...string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

var (
	helpWords      = []string{"help", "帮助", "菜单", "你好", "您好", "hi", "hello", "在吗", "在么", "在不在", "有人吗", "?", "？", "功能", "怎么用", "使用说明", "说明", "开始", "start", "哈喽", "嗨"}
	registerWords  = []string{"我要报名", "报名", "我想报名", "开始报名", "我要参赛", "参赛", "报名参赛", "我要报送", "报送作品", "我要投稿", "投稿", "我要报作品", "申报", "我要申报", "填报名表", "填写报名表", "我要填报名表", "重新报名", "重新报", "重新开始报名", "重新填报", "我要重新报名", "再报名"}
	continueWords  = []string{"继续报名", "继续", "继续填写", "接着填", "接着报名", "继续填", "继续填报", "接着填写"}
	anotherWords   = []string{"再报一个", "再报一部", "再报一个作品", "再报一部作品", "再报名一个", "再来一个", "下一个作品", "报下一个", "新增作品", "再加一个", "还要报一个", "另报一个", "新报一个", "再报", "再报一个吧", "继续报下一个", "再添加一个", "添加作品"}
	mineWords      = []string{"我的作品", "我的报名", "查看作品", "我的作品列表", "查看报名", "报名情况", "我报了哪些", "作品列表", "查看我的作品", "我的", "报名记录", "查看报名情况", "已报作品"}
	docsWords      = []string{"下载报名材料", "下载报名表", "报名表下载", "下载材料", "报名材料", "下载表格", "材料下载", "表格下载", "报名表", "下载", "下载汇总表", "下载协议书"}
	remindOffWords = []string{"退订提醒", "不要提醒", "关闭提醒", "取消提醒", "别提醒了", "停止提醒", "不要再提醒", "退订", "不要提醒了", "别再提醒", "不用提醒", "关掉提醒", "td"}
	remindOnWords  = []string{"恢复提醒", "开启提醒", "打开提醒", "重新提醒", "订阅提醒", "继续提醒"}
	cancelWords    = []string{"取消", "算了不报了", "不报了", "算了", "取消报名", "放弃", "不想报了", "放弃报名", "撤销报名", "我不报了", "退出", "退出报名", "不填了", "撤回", "撤回报名", "不参加了", "我不参加了", "算了不报", "算了吧", "算了不报了吧", "不报名了", "我们不报了", "不想报名了", "我不想报了", "不想参加了", "不弄了", "不填了不报了", "算了不填了", "还是不报了", "那就不报了", "不报了吧"}
	checkWords     = []string{"检查视频", "视频检查", "怎么检查视频", "提交视频", "发视频", "上传视频", "检查"}
	viewWords      = []string{"查看", "进度", "看看", "汇总", "填到哪了", "预览", "看一下", "看看填了什么", "已填内容", "查看已填"}
	whyWords       = []string{"为什么要填这个", "为什么要填", "为啥要填", "为什么要这个", "为什么需要", "为什么", "为啥", "干什么用", "干嘛用", "有什么用", "什么意思", "是什么意思", "这是什么", "这个是什么", "为什么问这个", "为啥问这个", "这是干嘛的", "这个干嘛的", "必须填吗", "一定要填吗", "不填行吗", "可以不填吗"}
	skipWords      = []string{"跳过", "略过", "略", "先略", "略了", "不填", "先跳过", "下一个", "下一项", "跳过这个", "跳过这项", "pass", "暂时不填", "以后再填", "空着"}
)

var (
	reEntryNum  = regexp.MustCompile(`第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部|条|号)\s*(?:作品|报名|片子|视频)?的?`)
	reEditTitle = regexp.MustCompile(`^(?:请|帮我)?(?:把|将|修改|更改|更正|改一下|改|编辑)(?:一下)?《([^》]+)》的?(.*)$`)
	reCancelRef = regexp.MustCompile(`^(?:取消|撤回|撤销|删除|删掉)(?:一下)?第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部|条|号)?(?:作品|报名)?$|^(?:取消|撤回|撤销|删除|删掉)《([^》]+)》(?:的报名)?$`)
	reReorder   = regexp.MustCompile(`^(?:调整顺序|调整排序|调整序号|修改顺序|修改排序|改顺序|排序|重新排序|作品排序|顺序调整)[:：\s]*(.*)$`)
	reMoveTo    = regexp.MustCompile(`^(?:请|帮我)?(?:把|将)?《([^》]+)》(?:排|放|调|移)(?:在|到|为|成)?第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:位|个|名|号)?[。!！]?$`)
	// "继续报名吧", "接着上次的填", "上次没填完", "我之前报的那个": back to the draft.
	reResume = regexp.MustCompile(`^(?:我|我们)?(?:要|想|再)?(?:继续|接着)(?:上次|之前|刚才|前几天|昨天)?(?:的|那个|那份)?(?:报名|填写|填报|填|报|写|弄|来)?(?:吧|啊|呀|了|呗)?$|` +
		`^(?:我|我们)?(?:的)?(?:上次|之前|刚才|前几天|昨天|以前)(?:的|那个|那份)?(?:报名|报名表|表|作品)?(?:还)?(?:没|没有)(?:填完|填好|报完|弄完|写完|完成)(?:的|呢|啊)?(?:那个|那份)?(?:呢|啊)?$|` +
		`^(?:我|我们)?(?:上次|之前|以前|前几天|昨天|刚才)(?:报|填|登记|报名)(?:的|了一半的)(?:那个|那份|那个作品|作品|报名)?(?:呢|啊)?$`)
	// "删除这个作品", "这个作品不要了": cancels the entry just completed or being filled.
	reCancelThis = regexp.MustCompile(`^(?:请|帮我)?(?:把)?(?:删除|删掉|删了|撤回|撤销|取消|作废|去掉)?(?:这个|这部|该|刚才的?|刚报的?|刚才报的|刚刚报的)(?:作品|报名|片子|视频)?(?:删除|删掉|删了|撤回|撤销|取消|作废|不报了|不要了|不报)?(?:吧|了)?$`)
	reGreetingOK = regexp.MustCompile(`^(好的?|嗯+|哦+|ok|okay|收到|谢谢|谢了|感谢|明白|知道了|了解|好嘞|行)[!！。.~～]*$`)
)

// text handles a text message (also voice recognition, menu clicks, link
// messages).
func (t *turn) text(s string) string {
	if out, ok := t.summaryPasted(strings.TrimSpace(s)); ok { // s6-l summarypaste.go: the summary sent back with lines edited
		return out
	}
	if rows, ok := tableRows(s); ok && (t.st.Mode == modeIdle || t.st.Mode == modeForm) { // s5-g3 tablerows.go: one draft per row of a pasted table
		if out := t.tableWorks(rows); out != "" {
			return out
		}
	}
	if rows, ok := t.bareRows(s); ok && (t.st.Mode == modeIdle || t.st.Mode == modeForm) { // s7-c barerow.go: several 汇总表 rows without the header, one draft each
		if out := t.tableWorks(rows); out != "" {
			return out
		}
	}
	if t.st.Mode == modeIdle || t.st.Mode == modeForm || t.st.Mode == modeEdit {
		s = t.bareRow(s) // s7-c barerow.go: a pasted row of cells without labels, read by the 汇总表's columns or by each cell
	}
	s = tidy(formalWords(stripSignoff(s)), t.c.boxes) // s6-i signoff.go, formalwords.go: a letter's closing ("——许文清敬上") is no part of the message; 敝人 is 本人
	s = announcedLabel(s)                             // s10-l announcedlabel.go: "你好，先把简介发你：…" is "简介：…"
	s = joinedRoles(s)                                // s12-j rolejoin.go: "摄影+剪辑陈浩然" gives both roles the person
	if t.st.Mode == modeForm || t.st.Mode == modeEdit {
		s = t.voiceSpoken(t.current(), s) // s12-g voicespoken.go: "简介就是那个介绍是吧那我说一下…", "那短的就这样写…", "…就写组织部吧"
	}
	if s == "" {
		return t.withPending(helpText)
	}
	if p, ok := readChatPaste(s, t.c.season, t.pasteToSummary()); ok && !t.pasted { // chatpaste.go (s5-f2): a pasted WeChat chat
		return t.chatPasted(p)
	}
	if out, ok := t.consentAtSummary(s); ok { // s11-d consentsaid.go: "中 就这吧 确认", "没有要改的呀😂😂 确认！"
		return out
	}
	if out, ok := t.restoreAsked(s); ok { // s11-d restore.go: "摘要原来那个是对哩 恁给改回来"
		return out
	}
	if t.st.Mode == modeForm || t.st.Mode == modeEdit { // paste.go: "第2条写错了，应该是…" names point 2's field
		s = t.pointFix(s, t.st.Pending)
		t.notePoints(s)
		s = t.deniedValue(s)                  // s9-h deniedvalue.go: "不是两分五十 是两分十五" changes the field holding 2分50秒
		s = t.partFix(s)                      // s12-c partfix.go: "制作单位…是党委组织部不是组织部" replaces that part of the value
		if out, ok := t.partFixAsked(s); ok { // s12-c partfix.go: "制作单位你改过来没有" is answered with the value
			return out
		}
		if out, ok := t.alreadyGiven(t.current(), s); ok { // s12-c alreadygiven.go: "制作单位表格里不是填了吗 X。上面几条都是"
			return out
		}
		if out, ok := t.selfMayAsked(t.current(), s); ok { // s12-c selfmay.go: "联系人写谁都行吗 写我自己中不中"
			return out
		}
		if t.st.Mode == modeForm {
			s = titleBack(t.c.season, t.current(), s)  // s11-b titleback.go: "算了还是叫X 突出党员" is 片名改成X
			if v, note := t.bothWorks(s); note != "" { // s12-j bothworks.go: "制作是…党委组织部 两个都是", "第一个实景拍的 第二个是动画"
				e := t.current()
				if note != bothMark {
					return note + "\n" + t.formInput(e, v)
				}
				before := fieldsOf(e)
				out := t.formInput(e, v)
				if n := t.holdBoth(e, before); n != "" {
					return n + "\n" + out
				}
				return out
			}
		}
	}
	if out, ok := t.worksRecorded(s); ok { // s5-g3 tablerows.go: "后面两个你没记上吗"
		return out
	}
	if out, ok := t.pickOption(s); ok {
		return out
	}
	if u := findLink(s); u != "" {
		return t.link(u, s)
	}
	if t.st.Link != nil {
		link := *t.st.Link
		t.st.Link = nil
		if e := t.pickEntry(s); e != nil {
			return t.checkLink(e, link.URL, link.MsgID)
		}
	}
	c := compact(s)
	if bare(s) == "" && !oneOf(c, helpWords...) {
		// Only punctuation ("，，，", "……"): nothing to read.
		if t.st.Mode == modeForm || t.st.Mode == modeEdit {
			if e := t.current(); e != nil && t.st.Pending != "" {
				return "没看到内容，请再发一次。\n\n" + t.question(e, t.st.Pending)
			}
		}
		return t.withPending(helpText)
	}

	if out, ok := t.unitCommand(s); ok {
		return out
	}
	if out, ok := t.laterAsk(s); ok { // s11-j laterask.go: "简介…晚两天再发过来行不行" leaves it for last
		return out
	}

	switch t.st.Mode {
	case modeCancel:
		return t.cancelAnswer(s)
	case modeDelete:
		if out, ok := t.deleteAnswer(s); ok {
			return out
		}
		// Not an answer: nothing is deleted, and the message is read as usual.
	case modeReorder:
		if !oneOf(c, cancelWords...) {
			if out, ok := t.reorderWith(s); ok {
				return out
			}
			if nums, ok := naturalOrder(t.unitGroup(t.st.Unit), s); ok {
				if out, ok := t.reorderWith(nums); ok {
					return out
				}
			}
			if !isQuestion(s) && contestbot.RuneLen(c) <= 30 && reOrdinal.MatchString(c) {
				// An order we could not read: stay in this step for a second try.
				return "没对上是哪个作品，请按编号回复新的顺序，例如“2 1”；不调整请回复“取消”。"
			}
		}
		t.st.Mode = modeIdle
		if oneOf(c, cancelWords...) {
			return "好的，顺序没有改动。"
		}
	}

	t.noteIntroUnit(s)                      // s8-f earlyunit.go: "俺是周口职业技术学院教务处的" before any form fills the 推荐单位 later
	t.noteEarlyFacts(s)                     // s10-b earlyfacts.go: "你好，我们的片子没用AI" before any form is not asked again
	if out, ok := t.announcedWorks(s); ok { // s12-j announcedworks.go: "我们有两个片子 一个叫A 一个叫B" opens the form for A
		return out
	}
	if out, ok := t.newWorkLikeEarlier(s); ok { // s8-f newworklike.go: "还有一个 跟第一个差不多 … 编导换成王丽娟了" is a new work
		return out
	}
	if out, ok := t.ownRecord(s); ok { // s8-f ownrecord.go: "接着弄刚才那个 我前面都填了啥来着" shows the values and resumes
		return out
	}
	if out, ok := t.savedDraftAsk(s); ok { // s7-i savedask.go: "我昨天那个报名还在不", "上次没填完的呢"
		return out
	}
	if out, ok := t.withdrawJustSent(s); ok { // s10-l withdrawjust.go: "刚才那个帮我撤掉吧" after a confirm cancels that work
		return out
	}
	if out, ok := t.oldWork(s); ok { // s6-l startover.go: "之前那个删了吗", "能把它彻底删掉吗"
		return out
	}
	if out, ok := t.startOver(s); ok { // s6-l startover.go: "全部重来", "删了重新填"
		return out
	}
	if out, ok := t.privacyCommand(s); ok {
		return out
	}
	if out, ok := t.workAct(s); ok { // s6-g whichwork.go: "改错了", a work named by title or number with a change
		return out
	}
	if out, ok := t.manageWorks(s); ok { // works.go (s5-f5): 换一个片子报, 第一个先放着, 多出来的那个删了
		return out
	}
	if out, ok := t.afterConfirm(s); ok { // afterconfirm.go (s5-g6): "改成《…》，还能改吗", "把更新后的表发我"
		return out
	}
	if out, ok := t.nextWorkIntent(s); ok { // s10-b nextintent.go: "回来了，接着报第二个", "第二个片子来了" start the next work
		return out
	}
	if fs, ok := insistsRegister(s); ok && t.st.Mode != modeEdit { // s10-l insistregister.go: "我就是要报名啊，简介刚才不是发过去了吗"
		return t.insistedRegister(fs)
	}
	switch {
	case t.st.Mode == modeForm && t.current() != nil && asksWhatLeft(s): // s9-b leftask.go: "还差哪几项？" lists them, never the welcome-back
		return t.formInput(t.current(), s)
	case t.st.Mode != modeForm && t.st.Mode != modeEdit && leavesInOwnWords(s): // ownwords.go: "先这样吧"
		return t.leftIdle()
	case resumesDraftInOwnWords(s): // ownwords.go: "还是报吧，刚才填的还在吗"
		if t.latestDraft() == nil && t.st.Mode != modeForm && strings.Contains(c, "还是报") {
			return t.register("")
		}
		return t.resume()
	case t.st.Mode != modeForm && t.st.Mode != modeEdit && asksCanRegisterHere(s): // s7-n registernear.go: "在这能报名不" starts the form
		return "可以，就在这里报名。\n\n" + t.register("")
	case t.st.Mode != modeForm && t.st.Mode != modeEdit && asksMayEnterOwn(s) && !t.namesOtherContest(s): // s9-j registerown.go: "俺们学校弄了个片子 中不中报"
		return mayEnterText + "\n\n" + t.register("")
	case t.st.Mode != modeForm && t.st.Mode != modeEdit && t.registersOwn(s): // s9-j registerown.go: "ok那开始报吧hhh", "啊？我是说要报名"
		return t.registerOwn(s)
	case t.st.Mode != modeForm && asksRegisterHere(s): // ownwords.go: "是在这报名吗" is answered
		return t.withPending(registerHereText)
	case greetsOnly(s) && !oneOf(c, "?", "？"): // resume.go: a greeting gets the welcome
		return t.greet()
	case asksOnly(s): // resume.go: "先问问" starts no form
		return t.withPending(askOnlyText)
	case t.st.Mode == modeForm && t.st.Pending != "" && oneOf(strings.Trim(c, "?？"), "", "啥", "啥意思", "什么意思", "嗯", "额", "啊") && strings.ContainsAny(c, "?？"):
		// s5-g4: a bare "？" at a step ("是俺学校党委办公室弄嘞" → "？") asks what
		// the step wants: the field's meaning and example, then its question.
		if e := t.current(); e != nil && meaning(t.st.Pending) != "" {
			return fieldMeaning(t.c.season, e, t.st.Pending) + "\n\n" + t.question(e, t.st.Pending)
		}
		return t.withPending(helpText)
	case oneOf(c, helpWords...):
		return t.withPending(helpText)
	case oneOf(c, registerWords...) || soundsLikeRegister(c): // s7-n registernear.go: "我要报明"
		return t.register("")
	case (strings.HasPrefix(c, "我要报名") || strings.HasPrefix(c, "我想报名")) && !t.namesOtherContest(s): // s9-g othercontest.go: "我想报名全国大学生微电影大赛" is another contest
		return t.register(strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "我要报名"), "我想报名"), "，,。：: "))
	case oneOf(c, continueWords...) || reResume.MatchString(bare(s)) || (reResumeLoose.MatchString(c) && contestbot.RuneLen(c) <= 20 && !isQuestion(s) && t.latestDraft() != nil):
		return t.resume()
	case resumesInOwnWords(s): // resume.go: "我回来了 我刚才填到哪了"
		return t.comeBack(s)
	case oneOf(c, anotherWords...) || anotherOnly(s): // likeothers.go: "我是说再报一个 第三个"
		return t.another()
	case t.st.Mode != modeForm && t.latestDraft() == nil && (reAnother.MatchString(c) || reAnotherLoose.MatchString(c) && !isQuestion(s) || startsAnotherOwn(s) && t.hasComplete() ||
		t.hasComplete() && (announcesNextWork(s, len(t.listed())) || t.announcesNextValues(s, len(t.listed())))): // s7-b nextwork.go: "第二个 2分10秒，…"; likeothers.go: "还有一个 叫《…》"; nextwork.go (e4): "还有第二个，叫…"
		// "接着报第二个，单位、联系人电话、监制都跟上一个一样"
		if r, ok := otherSchool(anotherRest(s)); ok && t.hasComplete() { // s6-m otherschool.go: "这个是另一个学校的，X"
			return t.anotherSchool(r)
		}
		out := t.another()
		rest := anotherRest(s)
		if t.announcesNextValues(s, len(t.listed())-1) { // s7-b nextwork.go: "第二个片子是动画，时长…"
			rest = nextValuesRest(s)
		} else if announcesNextWork(s, len(t.listed())-1) { // nextwork.go (e4): the draft just made is listed
			rest = nextWorkRest(s)
		}
		if e := t.current(); e != nil && rest != "" && t.st.Mode == modeForm { // s8-a copylike.go: "跟第一个差不多 就片名 时长 简介不一样"
			if r, note := t.likeExceptOnAnother(e, rest); note != "" {
				t.st.Pending = t.next(e)
				out, rest = strings.SplitN(out, "\n\n", 2)[0]+"\n"+note+"\n\n"+t.question(e, t.st.Pending), r
			}
		}
		if rest != "" && t.st.Mode == modeForm { // likeothers.go: "再报一个 单位…"
			if e := t.current(); e != nil {
				out = strings.SplitN(out, "\n\n", 2)[0] + "\n\n" + t.formInput(e, rest)
			}
		}
		return out
	case oneOf(c, mineWords...):
		return t.mine()
	case t.st.Mode == modeIdle && readsBackOnly(s): // e1: readback.go, "我填的啥" outside a form
		return t.mine()
	case oneOf(c, docsWords...):
		return t.withPending(t.docs())
	case oneOf(c, remindOffWords...):
		if err := t.c.deps.Store.SetRemindersOff(t.ctx, t.m.OpenID, true); err != nil {
			t.c.log.Error("reminders off", "user", contestbot.LogID(t.m.OpenID), "err", err)
			return contestbot.BusyMessage
		}
		return t.withPending("好的，已关闭截止前的提醒。想恢复时发送“恢复提醒”。")
	case oneOf(c, remindOnWords...):
		if err := t.c.deps.Store.SetRemindersOff(t.ctx, t.m.OpenID, false); err != nil {
			t.c.log.Error("reminders on", "user", contestbot.LogID(t.m.OpenID), "err", err)
			return contestbot.BusyMessage
		}
		return t.withPending("好的，已恢复提醒：截止前会提醒您还没完成的事项（夜间不打扰）。")
	case oneOf(c, checkWords...) || t.asksHowToCheck(c):
		return t.withPending(t.checkHowTo())
	case reMoveTo.MatchString(s):
		m := reMoveTo.FindStringSubmatch(s)
		return t.moveTo(m[1], atoiCN(m[2]))
	case t.reorderable() && !t.namesWorkEdit(s): // works.go (s5-f5): "第一个片子的摄影写错了" is an edit
		if out, ok := t.reorderPhrase(s); ok {
			return out
		}
	}
	switch {
	case reReorder.MatchString(c):
		return t.reorder(reReorder.FindStringSubmatch(strings.TrimSpace(s))[1])
	case reCancelRef.MatchString(c):
		if e := t.entryRef(reCancelRef.FindStringSubmatch(c)[1:]); e != nil {
			return t.askCancel(e)
		}
		return "没有找到这个作品。发送“我的作品”看看编号。"
	case oneOf(c, cancelWords...) || oneOf(bare(s), cancelWords...):
		return t.cancel(c)
	case cancelOwnWords(s): // s8-l cancelown.go: "取消吧 我重新报"
		return t.cancel("取消")
	case reCancelThis.MatchString(bare(s)) && containsAny(c, "删", "撤", "取消", "作废", "去掉", "不报", "不要"):
		return t.cancelThis()
	}
	if out, ok := t.withdrawOwnWords(s); ok { // withdraw.go (e4): "矿灯那个撤了吧", "第一个不报了"
		return out
	}
	if out, ok := t.restoreWork(s); ok { // withdraw.go (e4): "恢复《X》", "《X》还是要报"
		return out
	}
	if out, ok := t.workNumberAnswer(s); ok { // withdraw.go (e4): "那一张红色工单现在是第几号？视频文件名用改吗"
		return out
	}
	if out, ok := t.otherWorkEdit(s); ok {
		return out
	}
	freeText := (t.st.Mode == modeForm || t.st.Mode == modeEdit) && t.st.Pending.freeText()
	if isEditCommand(s) && (!freeText || startsWithEditVerb(c)) {
		if loc := reEntryNum.FindStringSubmatchIndex(s); loc != nil {
			return t.editRef(s[loc[2]:loc[3]], "", s[:loc[0]]+s[loc[1]:])
		}
		if m := reEditTitle.FindStringSubmatch(s); m != nil && byTitle(t.listed(), m[1]) != nil {
			return t.editRef("", m[1], m[2])
		}
	}

	switch t.st.Mode {
	case modeForm, modeEdit:
		if e := t.current(); e != nil {
			return t.formInput(e, s)
		}
		t.st.reset()
	}
	return t.idle(s)
}

// isEditCommand tells "修改第2个作品的时长" from "第2个作品的时长是多少？".
func isEditCommand(s string) bool {
	c := compact(s)
	return containsAny(c, editVerbs...) && !strings.HasSuffix(c, "?")
}

var editVerbs = []string{"修改", "更改", "更正", "改成", "改为", "改一下", "改下", "编辑", "换成", "调整"}

func startsWithEditVerb(c string) bool {
	for _, v := range append([]string{"改", "把", "将", "请", "帮我"}, editVerbs...) {
		if strings.HasPrefix(c, v) {
			return true
		}
	}
	return false
}

// withPending appends the pending question of an unfinished form, so an
// interruption never loses the thread.
func (t *turn) withPending(s string) string {
	if t.st.Mode != modeForm && t.st.Mode != modeEdit {
		return s
	}
	e := t.current()
	if e == nil || t.st.Pending == "" {
		return s
	}
	return s + "\n\n我们接着填：" + t.question(e, t.st.Pending)
}

// current is the entry the form works on, if it is still the user's and
// still open for this mode.
func (t *turn) current() *contestbot.Entry {
	if t.st.newEntry != nil {
		return t.st.newEntry
	}
	if t.st.EntryID == 0 && t.st.Mode == modeForm {
		// The state was saved before the new entry had an ID: take the newest draft.
		for i := len(t.entries) - 1; i >= 0; i-- {
			if t.entries[i].Status == contestbot.StatusDraft {
				t.st.EntryID = t.entries[i].ID
				return t.entries[i]
			}
		}
		return nil
	}
	e := t.byID(t.st.EntryID)
	switch {
	case e == nil:
		return nil
	case t.st.Mode == modeForm && e.Status != contestbot.StatusDraft:
		return nil
	case t.st.Mode == modeEdit && e.Status == contestbot.StatusCancelled:
		return nil
	}
	return e
}

func (t *turn) byID(id int64) *contestbot.Entry {
	for _, e := range t.entries {
		if e.ID == id && id != 0 {
			return e
		}
	}
	return nil
}

func (t *turn) latestDraft() *contestbot.Entry {
	for i := len(t.entries) - 1; i >= 0; i-- {
		if t.entries[i].Status == contestbot.StatusDraft {
			return t.entries[i]
		}
	}
	return nil
}

func (t *turn) closed() bool {
	d := t.c.opts.Deadline
	return !d.IsZero() && t.now().After(d) && !t.c.opts.AcceptLate
}

// idle handles a message outside any form: values typed without "我要报名",
// or a question.
func (t *turn) idle(s string) string {
	if r, ok := withoutPoliteClose(s); ok { // s10-f politeclose.go: "…我要报名。…，您看这样可以吗？" asks nothing
		s = r
	}
	t.noteTypist(s)                         // s5-f4 selflist.go: "本人系…党委副书记阎丽华，现就…咨询如下"
	t.noteForOther(s)                       // s6-e typist.go: "我是学生，我们老师让我帮她报的"
	if out, ok := t.fixOutsideForm(s); ok { // fieldfix.go (d4): "刚才那个杜朋飞打错了 是杜鹏飞" after submitting
		return out
	}
	if out, ok := t.shortenIdle(s); ok { // s8-i summarywords.go: "摘要能帮我精简一下吗" after submitting
		return out
	}
	if out, ok := t.answerHowFill(t.latestDraft(), s, false); ok { // s7-o howfill.go: "时长那栏写2分钟还是写120秒" asks, stores nothing
		return out
	}
	if out, ok := t.otherContest(s); ok { // s9-g othercontest.go: "全国大学生微电影大赛怎么报名" opens no form
		return out
	}
	if works, ok := wishWithHow(s); ok { // s7-g wishhow.go: "俺是问咋报名 俺想报名", "ok 那我报两个 先报第一个"
		return t.registerWish(works)
	}
	if asksVideoVerdict(s) && !registerIntent(s) && !wantsToRegister(s) && !wishesToRegister(s) { // videoverdict.go (e5): "时长2分50秒，1920×1080，码率12Mbps，这样达标不" is a check, no form
		if a := t.ask(s, false); a != "" {
			return a
		}
	}
	if videoSettingsOnly(s) && !registerIntent(s) && !wantsToRegister(s) && !wishesToRegister(s) { // s8-g videoparams.go: "视频2分钟 码率15M 分辨率1920x1080 格式avi" is a check
		if a := t.ask(s+"\n这个视频符合要求吗", false); a != "" {
			return a
		}
	}
	if out, ok := t.askedAboutNotice(s); ok { // s6-n askfirst.go: "通知说时长不能超过5分钟，那我4分钟没问题吧" asks, fills nothing
		return out
	}
	if toolOutput(s) && !registerIntent(s) && !wantsToRegister(s) { // pasted ffprobe/MediaInfo lines are a video check, never form values (round 12, rp54)
		q := s
		if !isQuestion(s) {
			q = s + "\n这个视频符合要求吗" // the lines alone ask nothing: judge them
		}
		if a := t.ask(q, false); a != "" {
			return a
		}
	}
	s = lastWins(leadInLabels(restate(s), ""), "") // "我们学校叫…", "138…不对是139…"; ownwords.go: "X不是A，是B"
	if out, ok := t.startWithValues(s); ok {       // s6-c bothacts.go: "好 那开始吧。我们是…学校，第一个叫…"
		return out
	}
	if out, ok := t.idleList(s); ok { // s6-j numbered.go: "1.河南省经济管理学校 2.红色账本 3.2分30秒…" with no form open
		return out
	}
	if introWantsRegister(s) { // s6-j intro.go: "您好，我是…学校教务处的，想咨询一下短视频大赛报名"
		return noteWorks(s, t.register(t.noteIntro(s))) // s8-j wishworks.go: "我是…党办的，报两个作品"
	}
	if registerIntent(s) {
		if _, name := introParts(s); name != "" { // s6-j intro.go: "我是…教务处的程晓燕，想给我们学校报个片子"
			t.noteIntro(s)
		}
		if loc := reIntentPhrase.FindStringIndex(s); loc != nil && !extract(s[:loc[1]]).labelled {
			// "那我先报一个吧 我们学校叫…", "我们报一个动画片": the values and
			// the category named with the wish to register are kept.
			return t.register(t.withValuesBefore(s, t.intentRest(s))) // meant.go (d1): "我们是…学院的，想报个名"
		}
	}
	ex := extract(rewritePersonRole(s))
	question := isQuestion(s)
	if question {
		// "俺们那片子正好三分钟 中不中": the question is answered below; the
		// values beside it wait for the form.
		if vs := t.earlyValues(s); vs != "" && contestbot.RuneLen(vs) <= 200 { // facts.go: the values read, not the clauses typed
			t.st.Early = vs
			if a := t.ask(s, false); a != "" {
				if t.st.Video != "" {
					// s10-g (rp127 q47): "视频3分20秒 超一点点行不行" is a
					// check of those values; the verdict restates them, so a
					// note that they wait for a registration is a paragraph
					// nobody asked for. They still fill the form if one is
					// opened (and are shown there).
					return a
				}
				return a + "\n\n“" + clip(t.st.Early, 30) + "”我先记下了，发“我要报名”时直接填进报名表。"
			}
		}
	}
	if out, ok := t.answerFieldTalk(t.latestDraft(), s, nil); ok { // s5-g4 fieldask.go: "監製是什麼意思" outside a form
		return out
	}
	if out, ok := t.textEditIdle(s); ok { // textfix.go: "简介里那个2023年写错了 应该是2024年" with no form open
		return out
	}
	if out, ok := t.idleEstimate(s); ok { // meant.go (d1): "片子三分多钟 实拍的"
		return out
	}
	if ex.labelled && !question {
		if d := t.latestDraft(); d != nil && t.wouldFill(d, s) {
			t.st.focus(modeForm, d)
			return "接着填《" + d.DisplayTitle() + "》的报名表。\n" + t.formInput(d, s)
		}
		if e := t.byID(t.st.LastID); e != nil && e.Status == contestbot.StatusComplete && !saysLaterWork(compact(s)) && t.wouldFill(e, s) { // s9-f formalrefs.go: "现报送第二部作品…均与第一部相同" is the next work
			if out, ok := t.askWhichChange(e, s); ok { // s6-g whichwork.go: values that may be a new work's
				return out
			}
			t.st.focus(modeEdit, e)
			return t.formInput(e, s)
		}
		if len(ex.values) >= 2 || (len(ex.values) == 1 && ex.values[0].raw != "" && (ex.firstColon || t.fillsBlank(s) && t.onlyFormValues(s))) {
			// Field values with no form open start one, and the reply says so.
			return t.register(dropRegisterClauses(s)) // s5-g3 stated.go: "片名叫…，时长两分半，我要报名"
		}
	}
	if target, ok := correctionOnly(s); ok {
		if d := t.latestDraft(); d != nil {
			t.st.focus(modeForm, d)
			return t.askAgain(d, target)
		}
		if e := t.byID(t.st.LastID); e != nil && e.Status == contestbot.StatusComplete {
			t.st.focus(modeEdit, e)
			return "改《" + e.DisplayTitle() + "》：" + t.askAgain(e, target)
		}
	}
	if last := t.byID(t.st.LastID); last != nil && last.Status == contestbot.StatusComplete && oneOf(compact(s), "确认", "确定", "提交", "确认提交", "同意") {
		return "《" + last.Title + "》已经提交过了，不用再确认。发“我的作品”可查看。"
	}
	if registerIntent(s) || wantsToRegister(s) { // meant.go (d1): "想报个视频比赛中不中"
		// "那我先报一个吧 我们学校叫…", "我们报一个动画片": the values and the
		// category named with the wish to register are kept.
		return t.register(t.withValuesBefore(s, t.intentRest(s)))
	}
	if wishesToRegister(s) { // intent.go: "那先报上吧", "我院拟推荐一部作品参赛，烦请登记"
		return noteWorks(s, t.register(t.wishValues(s))) // s8-j wishworks.go
	}
	if reGreetingOK.MatchString(compact(s)) || closingTalk(s) {
		return "好的。有问题随时问我；" + registerHint
	}
	if reGreetingStart.MatchString(compact(s)) && t.ask(s, true) == "" { // s6-c: "您好，我是…的支部书记…想先跟您请教几个问题" is greeted
		return t.greet()
	}
	return offerRegister(s, t.ask(s, false)) // s5-f4 formalask.go: "兹有我校拟报送作品一部，请问…" is answered, and registering offered
}

// reClosingClause is a clause that ends a chat: thanks, an acknowledgement,
// giving up, or going to ask someone else ("算了 我问问孟老师吧 谢谢",
// "行 我知道了 谢谢啊", "好的 我再问问领导") (round 12, rp56).
var reClosingClause = regexp.MustCompile(`^(?:好的?|嗯+|哦+|ok|okay|thx|thanks|thankyou|3q|tks|收到|谢谢您?|谢了|多谢|感谢|辛苦了|辛苦您了|明白了?|知道了|我知道了|了解了?|懂了|好嘞|行|那行|算了|那算了|回头再说|改天再说|先这样|我(?:再|去|先)?(?:问问|问一下|问下|找)(?:\p{Han}{0,3}(?:老师|领导|主任|书记|校长|科长|处长|部长|院长|同事|负责人)|他们|她|他)|我(?:再|去|先)?(?:问问|问一下|问下)|我(?:再)?(?:想想|看看|研究一下))(?:啊|哈|呀|吧|了|哦)*$`)

// reToolOutput is a line of ffprobe or MediaInfo output: "Input #0, mov,mp4…",
// "Stream #0:0: Video: h264", "Duration: 00:02:48.00", "Format : MPEG-4",
// "Bit rate : 15.0 Mb/s", "Codec ID : avc1".
var reToolOutput = regexp.MustCompile(`(?im)input #\d|stream #\d|^\s*duration\s*:\s*\d|^\s*format\s*:\s*\S|^\s*bit\s?rate\s*:|codec id\s*:|^\s*width\s*:\s*\d|mov,\s*mp4,\s*m4a`)

// toolOutput reports whether s carries pasted video tool output.
func toolOutput(s string) bool {
	return reToolOutput.MatchString(contestbot.NormalizeWidth(s))
}

// closingTalk reports whether every clause of s only closes the chat.
func closingTalk(s string) bool {
	if isQuestion(s) {
		return false
	}
	cls := splitClauses(stripEmoji(contestbot.NormalizeWidth(s)))
	if len(cls) == 0 {
		return false
	}
	said := false
	for _, cl := range cls {
		c := strings.Trim(compact(cl), "，,。.！!~～…、 ")
		if c == "" {
			continue // s12-m: "好。。。谢谢": the dots are a pause, not a clause
		}
		if !reClosingClause.MatchString(c) {
			return false
		}
		said = true
	}
	return said
}

// wouldFill reports whether s sets any field of e, without changing e or
// the state: "时长要求" after completing is a question, not a correction.
func (t *turn) wouldFill(e *contestbot.Entry, s string) bool {
	r := t.tryFill(e, s, "")
	return len(r.set) > 0 && len(r.errs) == 0
}

// tryFill is what fill would do, without changing e or the state.
func (t *turn) tryFill(e *contestbot.Entry, s string, pending slot) *fillResult {
	cp := *e
	return t.fillKeepingState(&cp, s, pending)
}

// fillKeepingState fills s into e as a trial: e changes, the dialog state
// does not. tryFill runs it on a copy; readers that want the values filled
// (facts.go, stated.go, works.go) run it on a scratch or the target entry.
func (t *turn) fillKeepingState(e *contestbot.Entry, s string, pending slot) *fillResult {
	saved := *t.st
	saved.Roles = append([]slot(nil), t.st.Roles...)
	was := t.trying
	t.trying = true
	r := t.fill(e, s, pending)
	t.trying = was
	*t.st = saved
	return r
}

// ask answers a question from the notice. inForm keeps the answer short of
// the general help when the message was not a question.
func (t *turn) ask(s string, inForm bool) string {
	if t.c.deps.Knowledge == nil {
		return helpText
	}
	a := t.answer(s)
	if a.Kind == knowledge.KindNone || strings.TrimSpace(a.Text) == "" {
		if inForm {
			return ""
		}
		return "没太明白您的意思。\n" + helpText
	}
	return a.Text
}

// optionAnswerer answers the option of a clarifying question a reply
// picks by number (knowledge.Base implements it).
type optionAnswerer interface {
	AnswerOption(ctx context.Context, opts []knowledge.Option, reply string) (knowledge.Answer, bool)
}

// answer asks the notice and keeps the options of a clarifying question,
// so that the next message can pick one by number.
func (t *turn) answer(s string) knowledge.Answer {
	a := t.followUp(s) // videofollow.go (s5-k3): "那如果码率转成15M呢"
	if a.Kind == knowledge.KindClarify && len(a.Options) > 0 {
		t.st.Options = a.Options
	}
	if a.Feature() == knowledge.FeatureDocs && t.docsLink() != "" { // s5-g5: "把更新后的表发我" gets the link itself
		a.Text = t.docs()
	}
	return a
}

// pickOption answers a number that picks an option of the clarifying
// question asked last, in free chat or mid-form (then the form's question
// follows). Any message forgets the options; ok is false when it picks none.
func (t *turn) pickOption(s string) (string, bool) {
	opts := t.st.Options
	if len(opts) == 0 {
		return "", false
	}
	t.st.Options = nil
	oa, ok := t.c.deps.Knowledge.(optionAnswerer)
	if !ok {
		return "", false
	}
	a, ok := oa.AnswerOption(t.ctx, opts, s)
	if !ok || strings.TrimSpace(a.Text) == "" {
		return "", false
	}
	return t.withPending(strings.TrimSpace(a.Text)), true
}

// docsLink is the signed link to the user's filled forms, or "" when the
// bot has no document server.
func (t *turn) docsLink() string {
	if t.c.deps.Docs == nil {
		return ""
	}
	return t.c.deps.Docs.DocumentsLink(t.m.OpenID)
}

// docs is the link to the user's filled forms, or where to find the blanks.
func (t *turn) docs() string {
	if !t.hasComplete() { // s6-c: nothing filled is nothing to download; say how to register
		return noDocsYet(t.latestDraft() != nil, t.st.Mode == modeForm)
	}
	if l := t.docsLink(); l != "" {
		return "报名材料（已按您填写的内容生成报名表、汇总表、版权确认协议书）下载：\n" + l + "\n打印后签字盖章，按通知要求报送。"
	}
	if t.hasComplete() { // no document server configured: say so, never promise a file
		return "这里暂时不能生成下载文件。报名表（附件2）、版权确认协议书（附件3）、汇总表（附件4）在通知的附件里，请按发“我的作品”看到的内容填写。"
	}
	return "报名表（附件2）、版权确认协议书（附件3）、汇总表（附件4）都在通知的附件里。报名完成后，我会按您填的内容生成可下载的表格。"
}

// registerIntent reads wanting to register in everyday words: "那我们报一个吧",
// "麻烦您帮我们报一下…", "我们学校要参加这个比赛", "报名 咋报", "帮我们老师报个名".
// reContestThenRegister is the contest named before 报名: "短视频大赛报名",
// "参加比赛报名" (s10-f).
var reContestThenRegister = regexp.MustCompile(`^(?:我们|我|咱们|俺们)?(?:要|想)?(?:参加)?(\p{Han}*(?:短视频|大赛|比赛))(?:的)?报名$`)

// reAssistRegister is a formal request to have the registration done:
// "烦请贵平台协助办理报名事宜", "请帮忙办理报名手续", "办理报名事宜" (s12-f, rp151).
var reAssistRegister = regexp.MustCompile(`(?:协助|帮忙|帮助|代为|帮我们|帮我|请)(?:我们|我部|我校|我院|我单位)?(?:办理|完成|进行)(?:一下)?(?:作品)?(?:的)?(?:报名|参赛报名|报送)(?:事宜|手续|工作|事项)?|办理(?:一下)?(?:作品)?(?:的)?(?:报名|参赛报名)(?:事宜|手续|事项)`)

func registerIntent(s string) bool {
	c := compact(s)
	if reAssistRegister.MatchString(c) && !isQuestion(s) && !containsAny(c, "怎么办理", "如何办理", "在哪办理", "哪里办理", "怎么报", "流程") {
		return true // s12-f: "…烦请贵平台协助办理报名事宜，谢谢！" asks to start
	}
	if asksInSentences(s) { // askrules.go: a polite question in a longer message
		return false
	}
	if strings.HasPrefix(c, "报名") {
		rest := strings.TrimPrefix(c, "报名")
		if containsAny(rest, "咋报", "怎么报", "咋弄", "怎么弄", "如何报") || (containsAny(rest, "大赛", "比赛", "短视频", "作品") && !isQuestion(rest) && contestbot.RuneLen(rest) <= 12 && !containsAny(rest, "要求", "材料", "条件", "流程", "时间", "截止", "地址", "邮箱", "表")) {
			return true
		}
	}
	if m := reContestThenRegister.FindStringSubmatch(strings.TrimRight(c, "吧啊呀哈~～!！。.")); m != nil && !isQuestion(s) && contestbot.RuneLen(m[1]) <= 12 { // s10-f: "短视频大赛报名"
		return true
	}
	if registersNow(s) { // ownwords.go: "现在先报名吧"
		return true
	}
	if reHereRegister.MatchString(c) && !containsAny(c, "最多", "几个", "几部", "截止") && !asksRegisterHere(s) {
		return true // "这里能直接报名吗", "报名是在这里吗": yes, here
	}
	if containsAny(c, "最多", "几个", "几部", "能报吗", "可以报吗", "能不能报", "可不可以报", "还能报", "截止", "什么时候", "哪天") {
		return false // a question about the rules
	}
	if reHowRegister.MatchString(c) && reHaveWork.MatchString(c) {
		return true // "咋报名 我们有个片子": how, and a work to register
	}
	act := containsAny(c, "报名", "报个名", "报一下名", "报送", "参赛", "报作品", "报一个", "报一下", "报个", "报上", "参加这个", "参加比赛", "参加大赛", "参加一下")
	who := containsAny(c, "我要", "我想", "想要", "想给", "帮我", "帮忙", "给我们", "开始", "我们要", "那我们", "我们也", "咱们", "麻烦", "俺们", "要参加", "想参加", "学校要", "学校让", "给我们学校")
	if reSelfRegister.MatchString(c) && (!isQuestion(s) || reHowRegister.MatchString(c)) {
		// "那我先报一个吧，怎么报": registering, and asking how.
		return true
	}
	if reSelfRegister.MatchString(c) && !isQuestion(s) {
		return true // "恁帮俺填吧", "我报一个吧", "那先报第一个"
	}
	return act && who && (!isQuestion(s) || containsAny(c, "咋报", "怎么报", "咋弄", "在这填", "直接填"))
}

// fillsBlank reports whether s alone fills some field of a new entry,
// plausibly and without a pending question: a labelled or clearly typed value.
func (t *turn) fillsBlank(s string) bool {
	if strings.TrimSpace(s) == "" || isQuestion(s) {
		return false
	}
	r := t.tryFill(&contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}, s, "")
	return len(r.set) > 0 && len(r.errs) == 0
}

// onlyFormValues reports whether everything s fills is a value of the
// form (a name, a number, a title), not an eligibility fact: facts told
// beside a question are its context ("已经在抖音上发过了，还能报吗").
func (t *turn) onlyFormValues(s string) bool {
	r := t.tryFill(&contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}, s, "")
	for _, x := range r.set {
		if x.yesNo() || x.eligibility() || x.freeText() {
			return false
		}
	}
	return len(r.set) > 0
}

// reIntentPhrase runs to the end of the registration phrase of a message
// that may carry values after it.
var reIntentPhrase = regexp.MustCompile(`^.*?(?:我要报名|我想报名|报个名|报一下名|报名|参赛|参加(?:这个|一下)?(?:比赛|大赛)?|` +
	`报(?:一个|个|一部|第一个|一下)|(?:帮|给)(?:我|俺|我们|俺们|咱)(?:一起)?(?:填|报)(?:一下|个|表)?)(?:吧|呗|哈|啊|呀|了)?`)

// intentRest is what a registration request carries besides the request:
// values that fill a new entry ("那我先报一个吧 我们学校叫…" → 推荐单位是…,
// "我们报一个动画片" → 动画片), or "" when it carries none.
func (t *turn) intentRest(s string) string {
	loc := reIntentPhrase.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	rest := strings.TrimSpace(reIntentHead.ReplaceAllString(strings.TrimSpace(s[loc[1]:]), ""))
	rest = unfill(rest, slot(contestbot.FieldUnit))
	if rest == "" {
		return ""
	}
	rest = leadInLabels(rest, "")
	cat := ""
	if m := reWorkKind.FindStringSubmatch(strings.TrimSpace(s[loc[0]:])); m != nil {
		// "报一个动画片": the category qualifies the work being registered.
		if c, ok := categoryExact(t.c.season, m[1]); ok && strings.ToLower(m[1]) != "ai" {
			cat = "分类：" + c
		}
	}
	if !t.fillsBlank(rest) {
		return cat
	}
	if cat != "" && !t.tryFill(&contestbot.Entry{}, rest, "").has(slot(contestbot.FieldCategory)) {
		rest += "，" + cat
	}
	return rest
}

// reWorkKind is a category word qualifying the work: "报一个动画片",
// "我们学校一个实拍的片子".
var reWorkKind = regexp.MustCompile(`(?:一个|个|一部|部|一条|条)([^\s，,。、的个部]{2,6}?)(?:的)?(?:片子|片儿|短片|视频|作品|片|类)`)

var (
	// reHowRegister asks how to register; reHaveWork says there is a work.
	reHowRegister = regexp.MustCompile(`(?:咋|怎么|怎样|如何|咋样)(?:报名|报|参赛|参加)`)
	reHaveWork    = regexp.MustCompile(`(?:我|俺|咱)(?:们)?(?:学校|这边|这儿|单位)?(?:有|拍了|做了|弄了)(?:个|一个|一部|部|两个|几个|条|一条)(?:片子|作品|视频|短视频|片儿|片)`)
	// reHereRegister asks whether one registers here: the bot is the place.
	reHereRegister = regexp.MustCompile(`(?:这里|这儿|这边|在这|此处)(?:能|可以|是)?(?:直接)?(?:报名|报作品|填报名表|填表)|(?:报名|填报名表)(?:是|就)?(?:在这里|在这儿|在这边|在这)`)
	// reSelfRegister is the user saying they register or ask to be helped
	// filling in: "恁帮俺填吧", "我报一个吧", "那先报第一个", "你帮我们填一下".
	reSelfRegister = regexp.MustCompile(`(?:我|俺|咱|我们|俺们|咱们)(?:就|先|也|来|现在|这就|今天)?报(?:一个|个|一部|第一个|一下)|^(?:那|好|好的|行|那行)?[，,]?(?:那)?(?:就)?先报(?:第一个|一个)|(?:你|您|恁)?(?:帮|给)(?:我|俺|我们|俺们|咱)(?:一起)?填(?:一下|吧|呗|个|表)?`)
)

// reAnotherLoose is wanting another entry said inside other words:
// "不是要改，上一个没问题。我是要再报一个新的作品".
var reAnotherLoose = regexp.MustCompile(`(?:(?:再|另外|还要|还想|接着)(?:报|填)(?:一个|一部|个|第二个|下一个)|(?:我|我们|俺|俺们|咱|咱们)(?:就|来|先|现在)?(?:报|填)(?:第[二三四五六七八九十2-9]|下一)(?:个|部))(?:新的?)?(?:作品|片子)?`) // s10-f: "那我报第二个 片名是…"

// reAnother starts the next entry in everyday words: 接着报第二个, 再报第二个作品.
var reAnother = regexp.MustCompile(`^(?:好的?|好嘞|行|那|那就|嗯)?[，,。\s]?(?:接着|再|继续|开始|下面|然后|现在)(?:报|填)(?:第[二三四五六七八九十2-9]|下一)(?:个|部)(?:作品|片子)?(?:吧)?[，,。]?`)

// reOtherWork opens a message about another of the user's works: "第一个的
// 时长写错了，是3分05秒", "上一个作品的片名改成…", "把第2个片子的联系人改成…",
// "把《青春的答卷》的编导改成李明".
var reOtherWork = regexp.MustCompile(`^(?:对了|哦对了|哦对|还有|另外|不好意思|抱歉|哎呀|哎)?[，,。\s]*(?:请|帮我|麻烦)?(?:把|将)?(?:第\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部|条|号)|(上一个|上个|上一部|前一个|前一部|前面那个|前面那一个|前面一个|头一个|之前那个|刚才那个|刚才那一个|刚报的那个|刚报的)|《([^》]+)》\s*(?:这个|那个|这部|那部)?)\s*(?:作品|报名|片子|视频|片)?\s*(?:的|里的|里|中的|那个)?\s*`)

// otherWorkEdit applies a change that names another work than the one
// being filled to that work, says which work changed (by its title) and
// goes back to the pending question. ok is false when s names no other
// work or changes nothing in it.
func (t *turn) otherWorkEdit(s string) (string, bool) {
	loc := otherWorkRef(maskCopySources(s)) // s7-f: "跟第一个一样" is no target; otherwork.go: also after talk ("哎等下 刚才第一个…", "是序号1那个《…》，…")
	if loc == nil || loc[1] >= len(s) {
		return "", false
	}
	cur := t.current()
	if cur == nil || (t.st.Mode != modeForm && t.st.Mode != modeEdit) {
		return "", false // no work open: the edit flow below takes it
	}
	var target *contestbot.Entry
	switch {
	case loc[2] >= 0:
		target = t.entryRef([]string{s[loc[2]:loc[3]], ""})
	case loc[6] >= 0:
		// By title: "把《青春的答卷》的编导改成李明" (otherwork.go).
		target = byTitle(t.listed(), s[loc[6]:loc[7]])
	case loc[4] >= 0:
		// The newest other work: the one before the open one.
		for i := len(t.entries) - 1; i >= 0; i-- {
			x := t.entries[i]
			if x != cur && x.Status != contestbot.StatusCancelled {
				target = x
				break
			}
		}
	}
	if target == nil || target == cur {
		return "", false
	}
	rest := strings.TrimLeft(strings.TrimSpace(s[loc[1]:]), "，,。；;！! ")
	if strings.HasPrefix(rest, "名") && strings.HasSuffix(strings.TrimSpace(s[:loc[1]]), "片") {
		rest = "片" + rest // "第一个片名…": 片 is the label's, not "片子"
	}
	for _, w := range []string{"名字", "名称", "题目", "标题"} {
		if strings.HasPrefix(rest, w) {
			rest = "片名" + strings.TrimPrefix(rest, w) // "第一个片子名字写错了"
			break
		}
	}
	rest = lastWins(namedCorrection(leadInLabels(workEditRest(rest), "")), "") // works.go (s5-f5): "主创我写错了，撰稿是…"
	if !extract(rest).labelled {
		return "", false
	}
	savedRoles, savedPrev, savedUndo := append([]slot(nil), t.st.Roles...), t.st.Prev, t.st.Undo
	r := t.fill(target, rest, "")
	t.st.Roles, t.st.Prev, t.st.Undo = savedRoles, savedPrev, savedUndo
	if len(r.set) == 0 {
		if len(r.errs) > 0 {
			return t.withPending("《" + target.DisplayTitle() + "》没有改动：" + strings.Join(r.errs, "\n")), true
		}
		return "", false
	}
	t.touch(target)
	t.event(target, "用户修改："+labels(t.c.season, r.set))
	head := "改的是《" + target.DisplayTitle() + "》：" + strings.TrimPrefix(ack(t.c.season, target, r), "好的，")
	if len(r.errs) > 0 {
		head += "\n" + strings.Join(r.errs, "\n")
	}
	if target.Status == contestbot.StatusComplete {
		return t.confirmOtherEdit(target, cur, head), true // s7-f: a confirmed work is confirmed again
	}
	if cur != nil && t.st.Pending != "" {
		return head + "\n\n我们接着填《" + cur.DisplayTitle() + "》：" + t.question(cur, t.st.Pending), true
	}
	return head, true
}
