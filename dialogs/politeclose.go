package dialogs

import (
	"strings"

	"contestbot"
)

// s10-f (round 26, rp124 科长): "好的，非常感谢您的详细说明！我要报名。第一部作品片名是
// 《太行深处的守望》，由我院机电工程学院制作，…，您看这样可以吗？" was answered as a
// question about 推荐单位 vs 制作单位 (nothing asked it), the form was not
// opened, and the 制作单位 was dropped. A closing clause that only asks
// whether what was said is right (checkback.go checkTag: "您看这样可以吗",
// "这样行吗", "对吗") asks nothing about the contest: outside a form, when
// the rest of the message wishes to register or carries values, it is taken
// off and the rest is read as if typed without it.

// withoutPoliteClose returns s without a closing check-back clause, and
// whether one was taken off. The clause must be the last one, and what is
// left must hold something to register: a wish or a labelled value.
func withoutPoliteClose(s string) (string, bool) {
	cls := splitClauses(s)
	if len(cls) < 2 {
		return s, false
	}
	last := cls[len(cls)-1]
	if _, ok := checkTag(last); !ok {
		return s, false
	}
	rest := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), last))
	rest = strings.TrimRight(rest, "，, ")
	if rest == "" || isQuestion(rest) {
		return s, false // "截止是哪天？这样对吗" still asks
	}
	wish := registerIntent(rest) || wantsToRegister(rest) || wishesToRegister(rest)
	if !wish && (!extract(rest).labelled || describesVideoOnly(rest)) {
		// "我们是手机拍的竖屏 这样可以吗", "4K的 码率60Mbps 时长3分半 mov格式
		// 行不行" (round 35): the check-back asks about the video.
		return s, false
	}
	if !strings.HasSuffix(rest, "。") && !strings.HasSuffix(rest, "！") && !strings.HasSuffix(rest, "!") {
		rest += "。"
	}
	return rest, true
}

// unitFirst moves the 推荐单位 said in a message before a 制作单位 of the same
// message that names it only by a pronoun ("由我院机电工程学院制作，推荐单位是新乡职业
// 技术学院"), so the pronoun resolves to the unit (values.go ownUnit) instead
// of being refused as no name. Nothing moves when the unit is known already.
func unitFirst(e *contestbot.Entry, vs []assignment) []assignment {
	if e.Unit != "" {
		return vs
	}
	unit, prod := -1, -1
	for i, v := range vs {
		switch v.slot {
		case slot(contestbot.FieldUnit):
			if unit < 0 {
				unit = i
			}
		case slot(contestbot.FieldProducer):
			if prod < 0 && unnamedOrg(producerName(v.raw, "")) {
				prod = i
			}
		}
	}
	if unit < 0 || prod < 0 || unit < prod {
		return vs
	}
	out := make([]assignment, 0, len(vs))
	out = append(out, vs[unit])
	for i, v := range vs {
		if i != unit {
			out = append(out, v)
		}
	}
	return out
}

// describesVideoOnly reports whether every labelled value of s describes the
// film itself (its 时长 or 分类), or s names a technical value only a video
// check takes (a resolution, bitrate or format): with a check-back after
// them, the message asks whether the film passes, and registers nothing.
func describesVideoOnly(s string) bool {
	if reVideoOnlyParam.MatchString(strings.ToLower(contestbot.NormalizeWidth(s))) {
		return true
	}
	for _, v := range extract(s).values {
		if v.slot != slot(contestbot.FieldDuration) && v.slot != slot(contestbot.FieldCategory) {
			return false
		}
	}
	return true
}
