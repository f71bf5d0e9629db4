package dialogs

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"contestbot"
	"contestbot/store"
)

// This file keeps a contact's rights over their personal information
// (个人信息保护法): the notice before registering (第十七条), seeing what is
// stored (第四十五条), correcting it (第四十六条, through the edits) and
// deleting it (第四十七条).

// PrivacyStore is the part of the store the personal-information rights
// need. *store.DB implements it; a Store that does not turns them off.
type PrivacyStore interface {
	MarkPrivacySeen(ctx context.Context, openID string, at time.Time) error
	PrivacySeen(ctx context.Context, openID string) (*time.Time, error)
	PersonalData(ctx context.Context, openID string) (*store.PersonalData, error)
	DeleteUser(ctx context.Context, openID string, o store.DeleteUserOptions) (store.DeleteReport, error)
}

var _ PrivacyStore = (*store.DB)(nil)

// PrivacyOptions are the season's and the config's facts the notice names.
type PrivacyOptions struct {
	// Handler is who handles the information (the season's organiser).
	Handler string
	// Purpose is what it is used for.
	Purpose string
	// Archived says what the organiser keeps of a completed entry.
	Archived string
	// RetainUntil is privacy.retain_until; when zero the notice says
	// RetainText instead of a date.
	RetainUntil time.Time
	RetainText  string
	// WithdrawUntil is until when a completed entry may be withdrawn and
	// deleted (the deadline, when the season allows withdrawing); zero means
	// completed entries are always kept for the organiser.
	WithdrawUntil time.Time
	// MessageDays is how long message records are kept.
	MessageDays int
}

func (o PrivacyOptions) withDefaults() PrivacyOptions {
	if o.Purpose == "" {
		o.Purpose = "本次大赛的报名和评审"
	}
	if o.Archived == "" {
		o.Archived = "报名表、汇总表和版权确认协议书上的信息"
	}
	if o.RetainText == "" {
		o.RetainText = "本次大赛评审工作结束"
	}
	if o.MessageDays <= 0 {
		o.MessageDays = 30
	}
	return o
}

const modeDelete = "delete" // waiting for the answer to "delete my information?"

// shanghai is the contest's time zone, for dates shown to users (China has
// no daylight saving time).
var shanghai = time.FixedZone("CST", 8*3600)

var (
	myInfoWords = []string{"我的信息", "我的个人信息", "个人信息", "查看我的信息", "查看个人信息", "我的资料", "我的数据",
		"你们存了我什么", "你们存了我哪些信息", "存了我哪些信息", "存了我什么信息", "你存了我什么", "查看我的资料",
		"我的信息有哪些", "都存了什么", "导出我的信息", "复制我的信息", "个人信息查询", "查询我的信息"}
	deleteInfoWords = []string{"删除我的信息", "删除我的个人信息", "删除个人信息", "删掉我的信息", "删除我的资料",
		"删除我的数据", "注销", "注销账号", "注销我的信息", "清除我的信息", "清空我的信息", "删除全部信息",
		"把我的信息删了", "把我的信息删掉", "删除所有信息", "我要删除我的信息", "撤回授权", "撤回同意"}
	privacyWords = []string{"隐私", "隐私政策", "个人信息说明", "隐私说明", "个人信息保护", "信息安全吗", "信息怎么用"}
)

// privacyStore is the store's PrivacyStore, or nil.
func (c *Core) privacyStore() PrivacyStore {
	if c.deps.Privacy != nil {
		return c.deps.Privacy
	}
	p, _ := c.deps.Store.(PrivacyStore)
	return p
}

func (c *Core) privacyNotice() string { return PrivacyNotice(c.opts.Privacy) }

// PrivacyNotice is the one paragraph of 个人信息保护法 第十七条: who, what
// for, until when, and the words that exercise the rights. The check page
// shows it too.
func PrivacyNotice(o PrivacyOptions) string {
	o = o.withDefaults()
	until := o.RetainText
	if !o.RetainUntil.IsZero() {
		until = o.RetainUntil.In(shanghai).Format("2006年1月2日")
	}
	handler := o.Handler
	if handler == "" {
		handler = "大赛主办方"
	}
	return fmt.Sprintf("个人信息说明：您填写的姓名、电话等信息由%s用于%s，保存至%s，不作他用。发“我的信息”可查看，发“修改”加内容可更正，发“删除我的信息”可删除。",
		handler, o.Purpose, until)
}

// noticeOnce returns the notice the first time the user meets it, and
// records that they saw it; "" afterwards.
func (t *turn) noticeOnce() string {
	p := t.c.privacyStore()
	if p == nil || t.forgotten {
		return ""
	}
	seen, err := p.PrivacySeen(t.ctx, t.m.OpenID)
	if err != nil {
		t.c.log.Warn("privacy notice time", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return ""
	}
	if seen != nil {
		return ""
	}
	if err := p.MarkPrivacySeen(t.ctx, t.m.OpenID, t.now()); err != nil {
		t.c.log.Warn("mark privacy notice", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return ""
	}
	return t.c.privacyNotice()
}

// privacyCommand answers the rights' commands; ok is false for any other
// message.
func (t *turn) privacyCommand(s string) (string, bool) {
	if t.c.privacyStore() == nil {
		return "", false
	}
	c := bare(s)
	switch {
	case oneOf(c, myInfoWords...) || asksWhatIsHeld(c):
		return t.myInfo(), true
	case asksWhoSeesMine(c) != "": // s6-q: "我的电话谁能看到", "评委能看到吗", "主创名字会公开吗", "只删电话行吗"
		return t.withPending(t.whoSeesAnswer(asksWhoSeesMine(c))), true
	case asksRetention(c): // before deletion: "比赛完了这些信息会给删了吗" asks, it does not request
		return t.withPending(t.retentionAnswer()), true
	case oneOf(c, deleteInfoWords...) || wantsDeleteInfo(c):
		return t.askDelete(), true
	case oneOf(c, privacyWords...) || asksPrivacy(c):
		return t.withPending(t.c.privacyNotice()), true
	}
	return "", false
}

// Round 9 (rp42): the rights asked for in own words, with particles and
// around the words: "把我的信息删了吧", "删掉我的信息", "我的数据安全吗", "谁能看到我的电话".
var (
	reDeleteVerb  = regexp.MustCompile(`删除|删掉|删了|删去|删|清除|清空|抹掉|注销`)
	reMine        = regexp.MustCompile(`(?:我的|我|俺的|本人的?)(?:个人)?(?:信息|资料|数据|电话|手机号|号码|记录)`)
	rePrivacyAsk  = regexp.MustCompile(`(?:(?:我的|俺的|个人)(?:信息|资料|数据|电话|手机号|号码)|(?:我|俺)(?:们)?(?:填|写|留|发)(?:的|哩|嘞)(?:东西|信息|资料|内容))[^，。？?]{0,8}(?:安全|泄露|泄漏|外泄|给谁|谁能看|谁看|谁会看|用来|用于|干啥|干嘛|做什么|保存多久|存多久|保密)|(?:谁|哪些人)(?:能|会|可以)?看(?:到|见)?(?:我的|俺的)?(?:信息|电话|手机号|号码|资料)`)
	reNotDeleting = regexp.MustCompile(`不删|别删|不要删|先别|不用删|留着`)
)

// Round 12 (rp56): what is held and for how long, asked in own words: "你们这里都存了我哪些个人信息啊",
// "我的名字电话这些 你们存了啥", "比赛完了这些信息会给删了吗", "到时候是自动删还是得我自己删".
var (
	reHeldAsk   = regexp.MustCompile(`(?:存|保存|记|留|收集|掌握)(?:了|着|下)?(?:我|俺)?(?:的)?(?:哪些|什么|啥|多少)(?:个人)?(?:信息|资料|数据|东西)?|(?:我的|俺的|个人)(?:信息|资料|数据|名字|姓名|电话)[^，。？?]{0,10}(?:存了啥|存了什么|存了哪些|有哪些|都有啥|都有什么)`)
	reHeldWho   = regexp.MustCompile(`你们|这里|这儿|你这|助手|我的|俺的|个人|名字|姓名|电话`)
	reRetainAsk = regexp.MustCompile(`(?:会|能|要|得|需要|是不是|会不会|会给|给)(?:自动)?(?:删|删除|删掉|清除|清空|销毁)|自动删|(?:保存|保留|存)(?:到|多久|多长时间|什么时候|啥时候|几年)|(?:删|删除)(?:吗|不|没|呢|了吗)|我自己删`)
	reInfoWord  = regexp.MustCompile(`信息|资料|数据|名字|姓名|电话|这些`)
)

// asksWhatIsHeld reads a question about what the bot holds about the user.
func asksWhatIsHeld(c string) bool {
	return contestbot.RuneLen(c) <= 40 && reHeldAsk.MatchString(c) && reHeldWho.MatchString(c) &&
		!containsAny(c, "作品", "片子", "视频", "简介", "摘要", "片名", "第")
}

// asksRetention reads a question about how long the information is kept
// and whether it is deleted: a question, never a request to delete.
func asksRetention(c string) bool {
	return contestbot.RuneLen(c) <= 50 && reRetainAsk.MatchString(c) && (reInfoWord.MatchString(c) || strings.Contains(c, "保存") && strings.Contains(c, "删")) &&
		(isQuestion(c) || containsAny(c, "吗", "不", "还是", "会不会", "是不是")) &&
		!containsAny(c, "作品", "片子", "视频", "简介", "摘要", "片名", "第")
}

// retentionAnswer says until when the information is kept, whether it
// goes by itself, and that the user can delete it now.
func (t *turn) retentionAnswer() string {
	o := t.c.opts.Privacy.withDefaults()
	now := "不用等，随时发“删除我的信息”就能自己删除；发“我的信息”可以看存了什么。"
	if !o.RetainUntil.IsZero() {
		return fmt.Sprintf("您的信息保存至%s，到期后自动删除：聊天和提醒记录、未完成的草稿都删掉，已提交作品只保留报名表上的内容供大赛存档。%s",
			o.RetainUntil.In(shanghai).Format("2006年1月2日"), now)
	}
	return fmt.Sprintf("您的信息保存至%s，只用于本次大赛。聊天记录保存%d天后自动删除。%s", o.RetainText, o.MessageDays, now)
}

// wantsDeleteInfo reads a short request to delete the user's own
// information in any order of its words; a message that keeps it is no
// request, and the confirmation that follows asks anyway.
func wantsDeleteInfo(c string) bool {
	return contestbot.RuneLen(c) <= 20 && reDeleteVerb.MatchString(c) && reMine.MatchString(c) && !reNotDeleting.MatchString(c) &&
		!containsAny(c, "作品", "片子", "简介", "摘要", "片名", "第")
}

// asksPrivacy reads a question about how the user's information is kept.
func asksPrivacy(c string) bool {
	return contestbot.RuneLen(c) <= 30 && rePrivacyAsk.MatchString(c)
}

// myInfo lists everything stored about the user (第四十五条).
func (t *turn) myInfo() string {
	d, err := t.c.privacyStore().PersonalData(t.ctx, t.m.OpenID)
	if err != nil {
		t.c.log.Error("personal data", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return contestbot.BusyMessage
	}
	var b strings.Builder
	b.WriteString("您在本助手存有以下信息：\n")
	if t.st.Self != "" {
		fmt.Fprintf(&b, "您告诉我的姓名：%s（用于把“我”“本人”填成您的名字）\n", t.st.Self)
	}
	if d.PrivacyAt != nil {
		fmt.Fprintf(&b, "个人信息说明：%s 已阅\n", d.PrivacyAt.In(shanghai).Format("2006年1月2日 15:04"))
	} else {
		b.WriteString("个人信息说明：未阅\n")
	}
	remind := "开启（截止前提醒未完成的事项，发“退订提醒”可关闭）"
	if d.User != nil && d.User.RemindersOff {
		remind = "已关闭（发“恢复提醒”可开启）"
	}
	b.WriteString("截止提醒：" + remind)
	if n := len(d.Reminders); n > 0 {
		fmt.Fprintf(&b, "，已提醒%d次", n)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "消息记录：%d条（只用于防止重复处理和答疑，保存%d天）\n", d.Messages, t.c.opts.Privacy.MessageDays)
	if d.Pushes > 0 {
		fmt.Fprintf(&b, "发给您的通知：%d条\n", d.Pushes)
	}
	if len(d.Entries) == 0 {
		b.WriteString("报名作品：无\n")
	}
	for i, e := range d.Entries {
		fmt.Fprintf(&b, "\n作品%d：《%s》（%s", i+1, e.DisplayTitle(), e.Status.Label())
		if e.Seq > 0 {
			fmt.Fprintf(&b, "，序号%d", e.Seq)
		}
		b.WriteString("）\n")
		done := noRolesDone
		if (t.st.Mode == modeForm || t.st.Mode == modeEdit) && e.ID == t.st.EntryID {
			done = t.st.roleDone
		}
		b.WriteString(entryFields(e, done)) // s8-g: roles not yet answered are 未填
	}
	b.WriteString("\n更正：发“修改第1个作品的电话”这样的话；删除：发“删除我的信息”。")
	return strings.TrimSpace(b.String())
}

// entryFields lists every field of e, one a line, the way the forms name them.
func entryFields(e *contestbot.Entry, done func(slot) bool) string {
	var b strings.Builder
	line := func(label, v string) {
		if v == "" {
			v = "未填"
		}
		fmt.Fprintf(&b, "%s：%s\n", label, v)
	}
	line("推荐单位", e.Unit)
	line("片名", e.Title)
	line("制作单位", e.Producer)
	line("联系人", e.Contact)
	line("联系电话", contestbot.FormatPhone(e.Phone))
	line("时长", contestbot.FormatDuration(e.DurationSeconds))
	line("分类", e.Category)
	b.WriteString(creatorsLine(e, done))
	line("内容简介", e.Synopsis)
	line("内容摘要", e.Summary)
	line("著作权声明", map[bool]string{true: "已确认", false: "未确认"}[e.CopyrightConfirmed])
	if e.VideoURL != "" {
		line("视频链接", e.VideoURL)
	}
	if e.CheckVerdict != "" {
		v := e.CheckVerdict.Label()
		if e.CheckedAt != nil {
			v += "（" + e.CheckedAt.In(shanghai).Format("1月2日 15:04") + "）"
		}
		line("视频检查", v)
	}
	return b.String()
}

// completeEntries are the user's completed entries.
func (t *turn) completeEntries() []*contestbot.Entry {
	var out []*contestbot.Entry
	for _, e := range t.entries {
		if e.Status == contestbot.StatusComplete {
			out = append(out, e)
		}
	}
	return out
}

// mayWithdraw reports whether completed entries may still be withdrawn.
func (t *turn) mayWithdraw() bool {
	w := t.c.opts.Privacy.WithdrawUntil
	return !w.IsZero() && !t.now().After(w)
}

func titles(es []*contestbot.Entry) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString("《" + e.DisplayTitle() + "》")
	}
	return b.String()
}

// askDelete says what deletion would remove and asks to confirm.
func (t *turn) askDelete() string {
	t.st.reset()
	t.st.Mode = modeDelete
	done := t.completeEntries()
	others := "报名草稿、对话记录、提醒设置、消息记录和您的微信身份标识"
	switch {
	case len(done) == 0:
		return "将删除您在本助手的全部信息：" + others + "。删除后不能恢复。\n确认请回复“确认删除”；不删请回复“不删了”。"
	case t.mayWithdraw():
		return fmt.Sprintf("您有%d个已完成报名的作品：%s。请选择：\n1. 撤回这些作品，删除全部信息\n2. 保留作品报名（%s交主办方存档），删除其他信息\n删除后不能恢复。请回复1或2；不删请回复“不删了”。",
			len(done), titles(done), t.c.opts.Privacy.Archived)
	default:
		return fmt.Sprintf("您有%d个作品已报送主办方：%s。截止后不能撤回，这些作品的%s由主办方存档；如需撤回请联系%s。\n其余信息（%s）将删除，不能恢复。确认请回复“确认删除”；不删请回复“不删了”。",
			len(done), titles(done), t.c.opts.Privacy.Archived, t.c.contactLine(), others)
	}
}

// deleteAnswer handles the reply to askDelete. Anything but a clear choice
// deletes nothing, and the message is handled as usual.
func (t *turn) deleteAnswer(s string) (string, bool) {
	c := bare(s)
	t.st.Mode = modeIdle
	switch {
	case oneOf(c, "不删了", "不删", "不删除", "取消", "算了", "不要删", "别删", "不", "否", "不用了", "不了", "再想想", "2不删") ||
		reNotDeleting.MatchString(c) && !strings.Contains(c, "确认删除"): // "不删了 留着吧", "行 留着 就这样"
		return "好的，没有删除任何信息。", true
	}
	withdraw, keep := false, false
	done := len(t.completeEntries()) > 0
	switch {
	case done && t.mayWithdraw():
		switch c {
		case "1", "撤回", "撤回作品", "1撤回", "选1", "第一个", "全部删除":
			withdraw = true
		case "2", "保留", "保留作品", "2保留", "选2", "第二个":
			keep = true
		}
	default:
		if oneOf(c, "确认删除", "确定删除", "确认", "确定", "删除", "删吧", "是", "是的", "好", "好的", "可以", "同意", "删") {
			keep = done
			withdraw = !done
		}
	}
	if !withdraw && !keep {
		return "", false
	}
	r, err := t.c.privacyStore().DeleteUser(t.ctx, t.m.OpenID, store.DeleteUserOptions{WithdrawComplete: withdraw, Actor: "user"})
	if err != nil {
		t.c.log.Error("delete user", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return contestbot.BusyMessage, true
	}
	t.c.log.Info("user deleted their information", "user", contestbot.LogID(t.m.OpenID), "report", r.String())
	t.forgotten = true
	var b strings.Builder
	b.WriteString("已删除您在本助手的信息：报名草稿、对话记录、提醒设置和消息记录。")
	if r.Withdrawn > 0 {
		fmt.Fprintf(&b, "已撤回%d个作品。", r.Withdrawn)
	}
	if r.Archived > 0 {
		fmt.Fprintf(&b, "%d个已完成作品的%s由主办方存档，不再与您的微信关联。", r.Archived, t.c.opts.Privacy.Archived)
	}
	fmt.Fprintf(&b, "\n如有疑问请联系%s。", t.c.contactLine())
	return b.String(), true
}

// contactLine is the season's contacts and phone, as the notice gives them.
func (c *Core) contactLine() string {
	return fmt.Sprintf("%s，电话 %s", c.season.ContactList(), c.season.Phone)
}

// s6-q (round 15, rp71 p71a 崔宁): questions about one's own information in own words, answered from the
// privacy facts: who sees it, whether the judges see it, what is made public, deleting only the phone.
var (
	reOwnInfo   = regexp.MustCompile(`(?:我的?|俺的?|本人的?|我们的?|我填的|填的|个人)?(?:手机号码?|手机|电话号码?|电话|号码|联系方式|姓名|名字|信息|资料|主创(?:人员)?(?:的)?(?:名字|姓名)?|联系人)`)
	reJudgeSee  = regexp.MustCompile(`评委|评审专家|专家`)
	reSeeVerb   = regexp.MustCompile(`看到|看得到|看见|能看|会看|可以看|知道|给谁|给别人|外泄|泄露|泄漏|流出|传出去|卖`)
	rePublicAsk = regexp.MustCompile(`公开|公布|公示|发布|登出来|对外|署名|上网|网上`)
	// reCameraPhone is a phone used as a camera or a player ("用手机拍的",
	// "手机录的", "手机上看"): no phone number (s7-h, rp78 Q60).
	reCameraPhone = regexp.MustCompile(`(?:用|拿)?手机(?:拍|录|剪|摄|上看|上拍|上剪|导出)`)
	reOnlyPhone   = regexp.MustCompile(`(?:只|就|单独|光)(?:把)?(?:删|删除|删掉|清除)?(?:这个|我的|我填的)?(?:手机号码?|电话号码?|电话|号码|手机)|(?:手机号码?|电话号码?|电话|号码|手机)[^，。？?]{0,10}(?:删|删除|删掉|清除)`)
)

// asksWhoSeesMine reads a question about who sees the user's own
// information: "who", "judges", "public" or "phone" (deleting only the
// phone), or "" for any other message.
func asksWhoSeesMine(c string) string {
	c = reCameraPhone.ReplaceAllString(c, "") // s7-h: "我们用手机拍的不知道码律多少" names a camera, not a phone number
	if contestbot.RuneLen(c) > 60 || !reOwnInfo.MatchString(c) || !(isQuestion(c) || strings.HasSuffix(c, "么") || strings.Contains(c, "谁")) ||
		containsAny(c, "作品", "片子", "视频", "简介", "摘要", "片名") && !containsAny(c, "不想删", "不删", "别删") {
		return ""
	}
	phone := containsAny(c, "手机", "电话", "号码")
	switch {
	case phone && reOnlyPhone.MatchString(c) && reDeleteVerb.MatchString(c):
		return "phone"
	case reJudgeSee.MatchString(c) && (reSeeVerb.MatchString(c) || containsAny(c, "看")):
		return "judges"
	case rePublicAsk.MatchString(c) && (containsAny(c, "名字", "姓名", "主创", "手机", "电话", "号码", "联系方式", "信息") ||
		containsAny(c, "作者")):
		return "public"
	case reSeeVerb.MatchString(c) && (containsAny(c, "谁", "哪些人", "别人", "外人", "其他人", "会不会", "吗", "么")) &&
		(phone || containsAny(c, "我的", "我填的", "个人", "联系方式", "姓名", "名字")):
		return "who"
	}
	return ""
}

// whoSeesAnswer answers asksWhoSeesMine's kind from the notice's facts.
func (t *turn) whoSeesAnswer(kind string) string {
	o := t.c.opts.Privacy.withDefaults()
	handler := o.Handler
	if handler == "" {
		handler = "大赛主办方"
	}
	used := fmt.Sprintf("您填的姓名、电话只交%s的工作人员用于%s，不作他用，不会给别人。", handler, o.Purpose)
	switch kind {
	case "judges":
		return used + "联系电话是主办方联系您用的；通知没有说评委会看到联系电话，评审看的是作品。想确认可以问" + t.c.contactLine() + "。"
	case "public":
		return "通知只说评比结果会通过河南组工信息、河南党员教育服务网、河南日报等渠道发布，获奖作品上线展播（见通知 五）；没有说公布联系电话，也没有说会不会列出主创名单。" +
			"您的电话只用于大赛联系，不会公开。具体署名方式可以问" + t.c.contactLine() + "。"
	case "phone":
		return "已提交的作品，报名表上的联系电话要随报名表交主办方存档，不能只删电话；作品还没提交的，可以发“修改电话”改掉。" +
			t.retentionAnswer()
	}
	return used + "发“我的信息”可以看存了什么，发“删除我的信息”可以删除。"
}
