package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-d (issue #10, round 19, rp89 p89b, rp90 p90a): an instruction leading
// a 简介 or 摘要 is no part of it, and never a reason to reject it:
// "摘要另写 学院师生…" stored "摘要另写 …", and "好的，摘要我们另外准备了一段：
// 以老党徽为线索…" was rejected as no 摘要. The lead is dropped when it talks
// about the text (names 简介/摘要, "一段", "如下", a verb of writing or
// preparing) and tells no story; what follows is kept verbatim.

var (
	// reColonLead is a short lead before a colon: "好的，摘要我们另外准备了一段：".
	reColonLead = regexp.MustCompile(`^(?s)([^：:]{1,24}?)[：:]\s*(.+)$`)
	// reLeadTalksText says a lead is about the text, not part of it.
	reLeadTalksText = regexp.MustCompile(`简介|摘要|一段|这段|那段|如下|另外|另写|重写|准备|写好|拟好|用这个|是这个|这样写|以下`)
	// reBareLead is a lead with no colon: the field, then a verb of writing
	// it apart ("摘要另写", "摘要我们重新写一段", "简介单独发").
	reBareLead = regexp.MustCompile(`^(?s)(?:内容|作品)?(?:简介|摘要)(?:我们?|俺们?|咱们?)?(?:就)?(?:另外|另|重新|单独|再)(?:写|发|弄|准备|拟)(?:了)?(?:一段|一下|一个|个|的)?(?:是|为|如下)?[，,。.\s]+(.+)$`)
)

// reBareTextLabel is a free text's label alone: "简介", "内容摘要".
var reBareTextLabel = regexp.MustCompile(`^(?:内容|作品)?(?:简介|摘要)$`)

// dropInstructionLead returns a free text without an instruction leading it.
func dropInstructionLead(v string) string {
	v = strings.TrimSpace(v)
	if m := reBareLead.FindStringSubmatch(v); m != nil && contestbot.RuneLen(compact(m[1])) >= 8 {
		return strings.TrimSpace(m[1])
	}
	if m := reColonLead.FindStringSubmatch(v); m != nil && contestbot.RuneLen(compact(m[2])) >= 8 {
		lead := compact(m[1])
		if reBareTextLabel.MatchString(lead) {
			return v // "简介：…" is a label, read by extract
		}
		if reLeadTalksText.MatchString(lead) && !reStoryWords.MatchString(lead) && !reNarrates.MatchString(lead) {
			return strings.TrimSpace(m[2])
		}
	}
	return v
}
