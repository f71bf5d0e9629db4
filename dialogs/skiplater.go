package dialogs

import (
	"regexp"
	"slices"

	"contestbot"
)

// s6-c: a required field the user cannot answer yet ("能先跳过这个吗，我问问
// 领导再回来填", "跳过") is left empty and asked again once everything else
// is filled, by the one deferral of hold.go (s6-d), which also reads the
// short holding messages ("这个不确定 我问问"). Nothing is stored, and the
// form goes on with the next field.

// reSkipRequest asks to leave the field asked for now.
var reSkipRequest = regexp.MustCompile(`跳过|略过|先空着|先不填|先放着|先放一放|` +
	`(?:回头|以后|晚点|晚些|等会儿?|一会儿?|过会儿?|待会儿?|之后|后面|最后|回来)再(?:填|补|写|告诉你)|` +
	`不确定[^，,。？?]{0,4}(?:我|俺)?(?:先|得|要)?(?:问问|问一下|问下|请示)|` +
	`(?:问问|问一下|问下|请示一下|请示|商量一下|确认一下)[^，,。？?]{0,8}(?:再|然后)(?:回来)?(?:填|补|写|告诉你)`)

// reLeaveToday is leaving the whole form, not one field: "今天先不填了",
// "等我问完领导再说".
var reLeaveToday = regexp.MustCompile(`今天|明天|改天|先这样|再说|不填了|不弄了|先不报`)

// skipRequest reports whether s asks to skip the field asked for, and
// carries no value of its own.
func skipRequest(s string) bool {
	c := compact(s)
	if contestbot.RuneLen(c) > 30 || !reSkipRequest.MatchString(c) || reLeaveToday.MatchString(c) || leavesInOwnWords(s) {
		return false
	}
	return !extract(s).labelled
}

// laterValue reads a message that names a field left for later while
// another is asked ("问清楚了，电话就用我手机158…" at the 简介 step): it
// answers the field it names, never the one asked.
func (t *turn) laterValue(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if t.nested || len(t.st.Later) == 0 {
		return "", false
	}
	f := firstNamedField(compact(s))
	if f == "" || f == pending || !slices.Contains(t.st.Later, f) || !t.unfilled(e, f) {
		return "", false
	}
	if r := t.tryFill(e, s, f); !r.has(f) || len(r.errs) > 0 {
		return "", false
	}
	t.st.Pending = f
	return t.formRest(e, s), true
}

// noDocsYet answers a request for the filled forms from a user with no
// registration complete (s6-c): there is nothing filled to download yet.
func noDocsYet(draft, inForm bool) string {
	how := "发送“我要报名”开始填写"
	switch {
	case inForm:
		how = "我们接着把报名表填完"
	case draft:
		how = "发送“继续报名”把报名表填完"
	}
	return "您还没有完成报名，还没有按您填写的内容生成的报名表。" + how + "，确认后我就生成报名表、汇总表和版权确认协议书供下载。空白表格是通知的附件2（报名表）、附件3（版权确认协议书）、附件4（汇总表）。"
}
