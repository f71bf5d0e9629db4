package dialogs

import (
	"fmt"
	"strings"

	"contestbot"
)

// This file holds what the bot says: questions with an example answer, why
// each field is asked, the summary and the checklist. Plain text only:
// WeChat shows no Markdown.

const helpText = `我是大赛报名助手，可以帮您：
1. 报名：发送“我要报名”，按提示一项项填写报名表（可以一次发多项）；
2. 问问题：直接问，例如“截止时间”“作品怎么命名”“1080P 8M码率行吗”；
3. 检查视频：发送“检查视频”，用直接下载链接或检查页（电脑、手机里的文件）检查格式；
4. 其他：我的作品、继续报名、再报一个、调整顺序、下载报名材料、退订提醒。`

const mediaText = `收到图片了。我只能看懂文字；要检查视频，请发送“检查视频”。`

const registerHint = `报名：发送“我要报名”，我会一项项问您报名表上的内容，几分钟就能填完；中途可以随时修改、提问，下次发“继续报名”接着填。`

// question is the question for slot s, with an example answer.
func (t *turn) question(e *contestbot.Entry, s slot) string {
	if w := t.waitedFor(e, s); w != "" { // chatpaste.go (s5-f2)
		return w
	}
	switch s {
	case slot(contestbot.FieldUnit):
		return "请问推荐单位（学校全称）是？例如：郑州职业技术学院"
	case slot(contestbot.FieldTitle):
		return "作品的片名是？例如：黄河岸边的守望"
	case slot(contestbot.FieldProducer):
		if p := t.earlierProducer(e); p != nil { // s6-g whichwork.go: a later work offers the work before's
			return fmt.Sprintf("制作单位是？和《%s》一样是%s的话，回复“跟上一个一样”；就是%s回复“同上”。", p.DisplayTitle(), p.Producer, orDefault(e.Unit, "推荐单位"))
		}
		return fmt.Sprintf("制作单位是？如果就是%s，回复“同上”即可。", orDefault(e.Unit, "推荐单位"))
	case slot(contestbot.FieldContact):
		return "联系人是哪位老师？例如：张伟"
	case slot(contestbot.FieldPhone):
		return "联系电话是？手机或带区号的座机都可以，例如：13800000000 或 0371-12345678"
	case slot(contestbot.FieldDuration):
		return "作品时长是多少？例如：2分30秒"
	case slot(contestbot.FieldCategory):
		return "作品属于哪一类？回复序号即可：\n" + t.c.season.CategoryMenu()
	case slot(contestbot.FieldSynopsis):
		return "请发一段内容简介（填入报名表和汇总表），一两句话即可，例如：讲述了驻村第一书记带领村民发展特色产业的故事。"
	case slot(contestbot.FieldSummary):
		n := contestbot.RuneLen(e.Synopsis)
		if e.Synopsis != "" && n <= contestbot.MaxSummaryRunes {
			return fmt.Sprintf("版权确认协议书还要一段100字以内的内容摘要。您的简介共%d字，回复“同简介”就直接用简介，也可以另写一段。", n)
		}
		return fmt.Sprintf("版权确认协议书还要一段100字以内的内容摘要。简介有%d字，超过100字了，请另写一段100字以内的摘要。也可以回复“帮我摘”，我从简介里摘一段给您看。", n) // s6-o summaryhelp.go
	}
	if s.eligibility() {
		if q := eligibilityQuestion(t.c.season, e); q != "" {
			return q
		}
	}
	switch s {
	case slot(contestbot.FieldUnitWork):
		return "这部作品是学校（单位）组织完成的，不是个人作品，对吗？回复“是”或“不是”。"
	case slot(contestbot.FieldMadeInPeriod):
		return "作品是" + t.c.season.WorksSinceText + "创作完成的，对吗？回复“是”或“不是”。"
	case slot(contestbot.FieldUnpublished):
		return "作品还没有在任何平台（抖音、视频号、B站、公众号等）公开发表过，对吗？回复“是”（未发表）或“已发表”。"
	case slot(contestbot.FieldAIUsed):
		return "片中有没有使用AI生成的内容（画面、配音、音乐等）？回复“有”或“没有”。"
	case slot(contestbot.FieldAILabelled):
		return "通知要求利用AI生成的内容应明确标注。片中AI生成的内容已经标注了吗？回复“已标注”或“没有”。"
	case slot(contestbot.FieldCopyright):
		return t.summary(e) + t.unitSpellingNote(e) + "\n\n核对无误请回复“确认”（即确认以上著作权声明）；需要改哪项直接说，例如“时长改成2分10秒”。"
	}
	if s.isRole() {
		if q := t.missingRolesQuestion(e, s); q != "" { // s7-d rolesmissing.go: "主创人员还差撰稿、摄影没填。"
			return q
		}
		q := fmt.Sprintf("主创人员：%s是谁？几个人用顿号隔开；没有请回复“无”。", roleLabels[s])
		if s == roles[0] {
			q += "\n（也可以一次写全，例如：监制张三，编导李四、王五，撰稿无，摄影赵六，剪辑孙七）"
		}
		return q
	}
	return ""
}

// why explains why slot s is on the form, citing the season's notice.
func why(season *contestbot.Season, s slot) string {
	switch s.field() {
	case contestbot.FieldUnit:
		return "推荐单位要填在报名表和汇总表上，视频文件名也以它开头（推荐单位-序号-片名）。"
	case contestbot.FieldTitle:
		return "片名要填在报名表、汇总表和版权确认协议书上，著作权声明和视频文件名里也要用到。"
	case contestbot.FieldProducer:
		return "报名表和汇总表都有“制作单位”一栏，可以和推荐单位相同。"
	case contestbot.FieldContact, contestbot.FieldPhone:
		return "报名表和汇总表要写联系人和联系电话，作品有问题时好找到人。" // s6-k: the notice does not say who calls
	case contestbot.FieldDuration:
		return "报名表、汇总表和版权确认协议书都要写时长；通知要求时长" + season.MaxDuration + season.Cite(contestbot.CiteDuration) + "。"
	case contestbot.FieldCategory:
		return "报名表要勾选分类：通知把作品分为" + season.CategoryNames() + season.CategoryCount() + "类" + season.Cite(contestbot.CiteCategories) + "。"
	case contestbot.FieldCreators:
		return "报名表有“主创人员”一栏：监制(策划)、编导(导演)、撰稿、摄影、剪辑(制作)。哪个角色没有，回复“无”或“跳过”即可。"
	case contestbot.FieldSynopsis:
		return "报名表和汇总表都有“内容简介”一栏，评审会先看它。"
	case contestbot.FieldSummary:
		return "版权确认协议书要写“内容摘要”，限100字以内" + season.Cite(contestbot.CiteSummary) + "。"
	case contestbot.FieldUnitWork:
		return "本次大赛暂不接受个人作品" + season.Cite(contestbot.CiteUnitWork) + "。"
	case contestbot.FieldMadeInPeriod:
		return "报送范围是" + season.WorksSinceText + "完成的作品" + season.Cite(contestbot.CiteMadeInPeriod) + "。"
	case contestbot.FieldUnpublished:
		return "报送作品应为全平台未公开发表作品，首播权归" + season.AgreementParty + "所有" + season.Cite(contestbot.CiteUnpublished) + "。"
	case contestbot.FieldAIUsed, contestbot.FieldAILabelled:
		return "鼓励运用人工智能等新技术，但利用AI生成的内容应明确标注" + season.Cite(contestbot.CiteAILabel) + "。"
	case contestbot.FieldCopyright:
		return "报名表上有著作权声明，需要推荐单位确认作品著作权并承担相应责任。"
	}
	return ""
}

func yesNo(b *bool, yes, no string) string {
	switch {
	case b == nil:
		return "未填"
	case *b:
		return yes
	}
	return no
}

func orNone(s string) string { return orDefault(s, "无") }

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// summary is the compact record shown before confirming.
func (t *turn) summary(e *contestbot.Entry) string {
	var b strings.Builder
	if n := t.next(e); n != "" && n != slot(contestbot.FieldCopyright) {
		b.WriteString("目前填写的内容：\n")
	} else {
		b.WriteString("请核对报名信息：\n")
	}
	u := func(s string) string { return orDefault(s, "未填") }
	title := "未填"
	if e.Title != "" {
		title = "《" + e.Title + "》"
	}
	fmt.Fprintf(&b, "推荐单位：%s\n", u(e.Unit))
	fmt.Fprintf(&b, "片名：%s\n", title)
	fmt.Fprintf(&b, "制作单位：%s\n", u(e.Producer))
	fmt.Fprintf(&b, "联系人：%s  电话：%s\n", u(e.Contact), u(contestbot.FormatPhone(e.Phone)))
	fmt.Fprintf(&b, "时长：%s  分类：%s\n", u(contestbot.FormatDuration(e.DurationSeconds)), u(e.Category))
	// A role not yet asked is 未填, not 无: 无 is what the user said of it.
	b.WriteString(creatorsLine(e, t.st.roleDone))
	fmt.Fprintf(&b, "内容简介：%s\n", u(e.Synopsis))
	if e.Summary == e.Synopsis && e.Summary != "" {
		fmt.Fprintf(&b, "内容摘要：同简介（%s）\n", e.Summary) // s9-f: the summary shows the text that prints
	} else {
		fmt.Fprintf(&b, "内容摘要：%s\n", u(e.Summary))
	}
	ai := "未使用AI生成内容"
	if e.AIUsed == nil && !t.c.season.IsAICategory(e.Category) {
		ai = "AI生成内容：未填"
	}
	if e.NeedsAILabel(t.c.season) {
		ai = "含AI生成内容，" + yesNo(e.AILabelled, "已标注", "未标注")
	}
	fmt.Fprintf(&b, "单位作品：%s；%s创作：%s；未公开发表：%s；%s\n",
		yesNo(e.UnitWork, "是", "否"), t.c.season.WorksSinceText, yesNo(e.MadeInPeriod, "是", "否"), yesNo(e.Unpublished, "是", "否"), ai)
	b.WriteString("著作权声明：" + t.c.season.CopyrightStatementFor(e.Title))
	return b.String()
}

// display is a slot's value as the user sees it in an acknowledgement.
func display(season *contestbot.Season, e *contestbot.Entry, s slot) string {
	if p := creatorPtr(e, s); p != nil {
		return orNone(*p)
	}
	switch contestbot.Field(s) {
	case contestbot.FieldUnit:
		return e.Unit
	case contestbot.FieldTitle:
		return "《" + e.Title + "》"
	case contestbot.FieldProducer:
		return e.Producer
	case contestbot.FieldContact:
		return e.Contact
	case contestbot.FieldPhone:
		return contestbot.FormatPhone(e.Phone)
	case contestbot.FieldDuration:
		return contestbot.FormatDuration(e.DurationSeconds)
	case contestbot.FieldCategory:
		return e.Category
	case contestbot.FieldCreators:
		c := e.Creators
		var parts []string
		for i, v := range []string{c.Supervisor, c.Director, c.Writer, c.Camera, c.Editor} {
			if v != "" {
				parts = append(parts, roleLabels[roles[i]]+" "+v)
			}
		}
		return orNone(strings.Join(parts, "；"))
	case contestbot.FieldSynopsis:
		return echoText(e.Synopsis)
	case contestbot.FieldSummary:
		if e.Summary == e.Synopsis {
			return "同简介"
		}
		return echoText(e.Summary)
	case contestbot.FieldUnitWork:
		return yesNo(e.UnitWork, "单位作品", "个人作品")
	case contestbot.FieldMadeInPeriod:
		return yesNo(e.MadeInPeriod, season.WorksSinceText+"创作", "不是"+season.WorksSinceText+"创作")
	case contestbot.FieldUnpublished:
		return yesNo(e.Unpublished, "未公开发表", "已公开发表")
	case contestbot.FieldAIUsed:
		return yesNo(e.AIUsed, "使用了AI生成内容", "没有使用AI生成内容")
	case contestbot.FieldAILabelled:
		return yesNo(e.AILabelled, "已标注", "未标注")
	}
	return ""
}

// checklist is what the school still has to send where, from the
// season's sending rules, the notice's closing paragraph and the forms.
func (c *Core) checklist() string {
	s := c.season
	return fmt.Sprintf(`接下来还要报送%s：
1. 作品、报名表、汇总表、版权确认协议书，请于%s发送到邮箱 %s；
2. 版权确认协议书原件（签字盖章）报%s；
3. 报名表纸质版%s；汇总表须由分管负责领导签字，报送2部以上作品的请在汇总表上排好序。
有疑问可联系%s，电话 %s。`, s.Cite(contestbot.CiteSending), deadlineWords(s), s.Mailbox, s.Room, s.PaperCopies, s.ContactList(), s.Phone)
}

// deadlineWords is the closing day as the texts quote it: the notice's,
// or, when config closes registration on another day, that day with the
// notice's beside it.
func deadlineWords(s *contestbot.Season) string {
	if s.NoticeDeadlineText == "" {
		return s.DeadlineText
	}
	return s.DeadlineText + "（本次报名截止；通知原定" + s.NoticeDeadlineText + "）"
}

func (c *Core) closedText() string {
	s := c.season
	return fmt.Sprintf("报名已截止（%s报送），不再接受新的报名。如有特殊情况，请联系%s：%s，电话 %s。\n已报名的作品仍可发“我的作品”查看。",
		s.DeadlineText, s.Office, s.ContactList(), s.Phone)
}

// echoText shows stored free text in an acknowledgement: in full up to 30
// characters, else its start and its length.
func echoText(v string) string {
	if n := contestbot.RuneLen(v); n > 30 {
		return fmt.Sprintf("“%s”（共%d字）", clip(v, 30), n)
	}
	return "“" + v + "”"
}
