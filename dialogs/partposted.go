package dialogs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s7-j (round 17, rp82 p82b): "预告片发过 正片没发". A trailer, a clip or a
// behind-the-scenes cut posted is not the work published: the notice asks
// that the work (全平台未公开发表) be unpublished, and whether a trailer
// counts is for the contacts to say. So a part posted is read as no
// statement about the work, the 正片's own words decide, and the reply
// notes, in one line, who settles the trailer. Never a block.

// rePartPosted is a part of the work said to be posted: "预告片发过",
// "花絮在公众号发了", "发了一条15秒的预告", "片段上过抖音".
var rePartPosted = regexp.MustCompile(`(?:预告片?|片花|花絮|片段|切片|先导片|宣传片段|海报|剧照|样片|幕后)[^，,。；;！!？?\s正成全]{0,10}?(?:发布|发表|发|上传|播出|播|推送|公开|上线|上过)(?:过了|过|了)?|(?:发|发布|发表|上传|推送|播|放)(?:过|了)?(?:一条|一个|一段|个|条|段)?[^，,。；;！!？?\s正成全]{0,8}?(?:预告片?|片花|花絮|片段|切片|先导片)`)

// dropPartPosted removes what is said of a posted part from a clause, so
// that the rest ("正片没发") is read on its own. A part denied ("预告片也没发")
// is kept: it says nothing was posted.
func dropPartPosted(c string) string {
	return rePartPosted.ReplaceAllStringFunc(c, func(m string) string {
		if strings.ContainsAny(m, "没未不") {
			return m
		}
		return " "
	})
}

// partPosted reports whether s says a part of the work was posted.
func partPosted(s string) bool {
	return strings.TrimSpace(dropPartPosted(s)) != strings.TrimSpace(s)
}

// partPostedNote is the one line that follows a recorded 未公开发表 when the
// user said a part was posted: the notice does not settle it, the contacts
// do.
func partPostedNote(season *contestbot.Season, e *contestbot.Entry, s string) string {
	if !partPosted(s) || e.Unpublished == nil || !*e.Unpublished {
		return ""
	}
	return fmt.Sprintf("已按正片未公开发表记下。发过的预告片或片段算不算公开发表，通知没有说明，请向%s确认（电话 %s）。", season.ContactList(), season.Phone)
}

// labelImpliesUse records AI used when a checklist answer labelled AI
// content the user had not yet said was used ("4老照片用AI修复过清晰度，片尾标注了
// “部分老照片经AI技术修复”"), so the AI item is not asked again; the AI
// category implies use already (s7-j, rp82 p82b).
func labelImpliesUse(season *contestbot.Season, e *contestbot.Entry, r *fillResult) {
	if e.AILabelled == nil || !*e.AILabelled || e.AIUsed != nil || season.IsAICategory(e.Category) {
		return
	}
	e.AIUsed = contestbot.Bool(true)
	i := slices.Index(r.set, slot(contestbot.FieldAILabelled))
	if i < 0 {
		i = len(r.set)
	}
	r.set = slices.Insert(r.set, i, slot(contestbot.FieldAIUsed)) // "使用了AI生成内容，已标注"

}
