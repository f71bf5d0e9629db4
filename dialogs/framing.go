package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file takes the framing words off a 简介 or 摘要 (issue #10, round 7):
// "摘要拟为：…", "摘要的话 …", "摘要也改下 …", and a preface that asks for the
// change ("内容摘要一项误将我的问话一并录入，…烦请改为：…"). Only what follows
// the framing is the text, kept verbatim.

var (
	// reFrameWords stand between a free text's label and the text.
	reFrameWords = `(?:的话|也改下|也改一下|也改改|也改|也换下|也换一下|改下|改一下|改改|拟为|拟定为|拟|暂定为|暂定|定为|初拟为|我们写的是|写的是|这样写|如下)`
	// reFrameLead is the framing at the very start, with or without the
	// label, before a space or colon: "摘要的话 …", "也改下 …", "拟为：…".
	reFrameLead = regexp.MustCompile(`^(?s)(?:(?:内容简介|作品简介|简介|内容摘要|摘要)(?:这块|这一项|一项)?)?(?:就|也|呢)?` + reFrameWords + `(?:就|为|是)?[，,:：\s]+(.+)$`)
	// rePrefaceChange is a preface that asks for a change and ends in a
	// colon: "…，烦请改为：…", "麻烦帮我改成：…".
	rePrefaceChange = regexp.MustCompile(`^(?s)(.{0,80}?)(?:烦请|麻烦您?|请您?|帮我|帮忙|劳驾)?(?:改为|改成|更正为|修改为|换成|调整为|改作|替换为)[：:]\s*(.+)$`)
	// rePrefaceWords show a preface is talk about the form, not the story.
	rePrefaceWords = regexp.MustCompile(`烦请|麻烦|请|帮|误|错|斟酌|措辞|重新|不对|有问题|一项|这项|这段|那段|简介|摘要`)
)

// dropFraming returns the text of a 简介 or 摘要 answer without the words
// framing it; the text itself is never changed.
func dropFraming(raw string) string {
	v := dropInstructionLead(dropTextTalk(raw)) // s8-d textlead.go: "摘要另写 …", "好的，摘要我们另外准备了一段：…"; s9-f textchatter.go: "杨老师发我的 直接复制过来啦👇"
	v = dropSpokenLead(v)                       // s9-e spokenlead.go: "摘要俺另说一个…", "摘要老师也给了 …"
	if m := reFrameLead.FindStringSubmatch(v); m != nil && contestbot.RuneLen(m[1]) >= 8 {
		v = strings.TrimSpace(m[1])
	}
	if m := rePrefaceChange.FindStringSubmatch(v); m != nil && contestbot.RuneLen(m[2]) >= 8 && (m[1] == "" || rePrefaceWords.MatchString(m[1])) {
		v = strings.TrimSpace(m[2])
	}
	return v
}
