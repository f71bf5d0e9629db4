package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s6-m (rp64 p64a): "郑铁职院" is a short name; the 推荐单位 prints on the
// signed forms and must be the school's full name. A unit that reads as a
// short name is asked about once ("推荐单位请写学校全称…"); said again, or
// answered "就是全称", it is taken as the user wrote it.

// reShortEnd ends a short school name: "郑铁职院", "周口师院", "商丘职专"
// (学院 is a full type: "许昌学院").
var reShortEnd = regexp.MustCompile(`(?:职院|职校|技校|技院|中专|职专|职高|师院|师专|医专|高专|工院)$`)

// reSchoolWord is any word that names a school.
var reSchoolWord = regexp.MustCompile(`学校|学院|大学|中学|小学|中专|职专|职高|高中|技校|职院|师院|党校|分校|校区|高专|医专|师专|技师`)

// reFullType is what a full name says of the school's type before its end:
// "…职业技术学院", "…中等专业学校".
var reFullType = regexp.MustCompile(`职业|技术|专业|师范|医学|工程|科技|财经|经济|管理|艺术|交通|铁路|水利|工业|商业|农业|理工|幼儿`)

// reSaysFull says the unit said is its full name: "就是全称", "这是全称".
var reSaysFull = regexp.MustCompile(`^(?:对|是|嗯)?[，, ]*(?:这|它|那)?(?:就|已经)?是(?:学校)?(?:全称|全名|正式名称)(?:了|啊|呀|哈)?[。！!]*$|^(?:全称|全名)就是(?:这个|它|这样)[。！!]*$`)

// shortUnit reports whether v, an organisation name, reads as a school's
// short name.
func shortUnit(v string) bool {
	if shortCenter(v) { // s9-h fullname.go: "漯职教中心"
		return true
	}
	n := contestbot.RuneLen(v)
	if !reSchoolWord.MatchString(v) {
		// "郑大", "河职"; "新乡市职业教育中心" is a school's full name
		return n <= 4 && !reFullType.MatchString(v) && !strings.HasSuffix(v, "中心")
	}
	// "郑铁职院"; a place and a type ("许昌学院") is a full name
	return reShortEnd.MatchString(v) && n <= 6
}

// fullUnitAsk is what the form says of a short unit, and ""
// when v is taken: not a short name, or the one asked about already.
func (t *turn) fullUnitAsk(v string) string {
	if !shortUnit(v) || t.st.ShortUnit == v {
		return ""
	}
	t.st.ShortUnit = v
	return fmt.Sprintf("“%s”"+shortUnitMark+"，报名表上要盖章，推荐单位请写学校全称，例如：郑州职业技术学院。“%s”就是全称的话，回复“就是全称”。", clip(v, 20), clip(v, 20))
}

// saysFullUnit is the short unit asked about, when s answers that it is the
// full name.
func (t *turn) saysFullUnit(s string) (string, bool) {
	if t.st.ShortUnit == "" || !reSaysFull.MatchString(strings.TrimSpace(s)) {
		return "", false
	}
	return t.st.ShortUnit, true
}

// followUnit carries a corrected unit into a 制作单位 built from the old one
// ("郑铁职院党委组织部" → "郑州铁路职业技术学院党委组织部"), echoed with it.
func followUnit(e *contestbot.Entry, v string, r *fillResult) {
	if e.Unit == "" || e.Unit == v || !strings.HasPrefix(e.Producer, e.Unit) || strings.HasPrefix(e.Producer, v) {
		return // s12-d: a 制作单位 that already starts with the new unit is never given it again
	}
	if contestbot.SameUnit(v, e.Unit) {
		return // s11-a: the school and its 党委 are one unit (contestbot.UnitKey), renamed; the 制作单位 is its own and stays
	}
	e.Producer = v + strings.TrimPrefix(e.Producer, e.Unit)
	r.add(slot(contestbot.FieldUnit)) // echoed in this order: the unit, then what followed it
	r.add(slot(contestbot.FieldProducer))
}

// shortUnitMark marks the question about a short unit among a fill's errors.
const shortUnitMark = "像是简称"

// askedFullUnit reports whether errs ask for a short unit's full name: the
// question is the reply, not a question for the contest's facts.
func askedFullUnit(errs []string) bool {
	for _, e := range errs {
		if strings.Contains(e, shortUnitMark) {
			return true
		}
	}
	return false
}
