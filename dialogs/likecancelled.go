package dialogs

import "contestbot"

// s10-l (round 27, rp131): after cancelling a submitted work, "那我重新报正确
// 的那个，片名…，时长…，其他单位联系人主创啥的都跟刚才一样" copied only the
// 推荐单位 and the contact, then asked the 制作单位 and the phone. The work
// cancelled is being replaced by this one: a field named by its common word
// stands for every field of the form that word covers there — 单位 (学校)
// for the 推荐单位 and the 制作单位, 联系人 for the contact and the phone
// (主创 already copies every role). A later work beside a submitted one keeps
// the narrow reading: its 制作单位 may differ (form.go likeLast).

// replacedWith is the other fields the label d stands for when the work it
// copies from was cancelled: none for a specific label ("推荐单位").
func replacedWith(d labelDef) []slot {
	switch {
	case d.slot == slot(contestbot.FieldUnit) && d.weak:
		return []slot{slot(contestbot.FieldProducer)}
	case d.slot == slot(contestbot.FieldContact) && d.word != "联系人姓名" && d.word != "姓名":
		return []slot{slot(contestbot.FieldPhone)}
	}
	return nil
}
