package dialogs

import (
	"fmt"
	"slices"
	"strings"

	"contestbot"
)

// formField is one row of the field table: what a field of the 报名表 means
// (the answer to "X是啥意思"), how to fill it (an example), and its
// plausibility validator. The prompt is question(), the label words are
// labelDefs, and parsing and normalising are in set().
type formField struct {
	slot     slot
	meaning  string
	example  string
	sample   string                                     // a bare sample value, for "…改成X" in how-to-change answers
	validate func(e *contestbot.Entry, v string) string // "" when v is plausible, else what to tell the user
	// maxRunes is the length limit the notice sets, 0 for none (s6-o:
	// the offer of a shorter text reads it).
	maxRunes int
}

// fieldTable is the form, field by field.
var fieldTable = []formField{
	{slot: slot(contestbot.FieldUnit),
		meaning: "报送作品的学校，写全称；写学校党委或党委组织部也可以，按您写的记。",
		example: "填学校全称，例如：郑州职业技术学院。",
		sample:  "郑州职业技术学院",
		validate: func(e *contestbot.Entry, v string) string {
			if unnamedOrg(v) { // s8-l orgref.go: "那就我们学校", "中职学校" name no school
				return fmt.Sprintf("“%s”没有写出学校名称，推荐单位没有记录。请写学校全称，例如：郑州职业技术学院", clip(v, 20))
			}
			if !isOrg(v) {
				return fmt.Sprintf("“%s”不像单位名称，推荐单位没有记录。请写学校全称，例如：郑州职业技术学院", clip(v, 20))
			}
			return ""
		}},
	{slot: slot(contestbot.FieldTitle), meaning: "作品的名称。", sample: "《黄河岸边的守望》",
		validate: func(e *contestbot.Entry, v string) string {
			if onlyDenial(v) || titleIsLeadIn(v) { // s8-l orgref.go: "不是哈" is never a title; s10-f nextlead.go: nor "好 那我报第二个"
				return fmt.Sprintf("“%s”不像片名，片名没有记录。", clip(v, 20))
			}
			if durationTitle(v) { // s10-k titleneighbours.go: "2分48秒" is a running time, never a title
				return fmt.Sprintf("“%s”是时长，不是片名，片名没有记录。", clip(v, 20))
			}
			return ""
		}},
	{slot: slot(contestbot.FieldProducer),
		meaning: "实际制作作品的单位或部门，可以是学校党委组织部，也可以是合作的公司；和推荐单位相同就回复“同上”。",
		example: "填实际制作作品的单位或部门，例如：郑州职业技术学院宣传部；就是推荐单位的话回复“同上”。",
		validate: func(e *contestbot.Entry, v string) string {
			// 个人 is kept: it is an individual work, which the eligibility
			// step explains and refuses.
			if unnamedOrg(v) && !meansOwnUnit(v) { // s8-l orgref.go: "两个学校" names neither
				return fmt.Sprintf("“%s”没有写出单位名称，制作单位没有记录。请写制作单位全称，几个单位都写上，例如：%s与郑州光影文化传媒有限公司；就是推荐单位的话回复“同上”。", clip(v, 20), orDefault(e.Unit, "郑州职业技术学院"))
			}
			if !isOrg(v) && !oneOf(v, "个人", "我个人", "自己", "我自己") {
				return fmt.Sprintf("“%s”不像单位名称，制作单位没有记录。请写制作单位全称，例如：%s；就是推荐单位的话回复“同上”。", clip(v, 20), producerExample(e.Unit))
			}
			return ""
		}},
	{slot: slot(contestbot.FieldContact),
		meaning: "通知没有规定填谁；一般填负责这部作品报送、能接电话的老师。", // s6-k: the notice is silent
		example: "填负责这部作品报送、能接电话的老师姓名，例如：张伟。",
		validate: func(e *contestbot.Entry, v string) string {
			if nameWithOrg(v) { // s12-a splitvalue.go: "王磊（焦作广播电视台）" is one person
				return ""
			}
			if names := strings.Split(v, "、"); len(names) > 1 && allPeople(v) && !slices.ContainsFunc(names, func(n string) bool { return !plausiblePerson(n) }) {
				// "张伟、李娜": two real names, one contact on the forms.
				return fmt.Sprintf("报名表上联系人只填一位，写%s？直接回复姓名即可。", strings.Join(names, "还是"))
			}
			if !isPerson(v) || !plausiblePerson(v) || officeOnly(v) { // d3 realname.go: "不要香菜", "说的是"; s7-k: "实习老师"
				return fmt.Sprintf("“%s”不像人名，联系人没有记录。请写联系人姓名，例如：张伟", clip(v, 20))
			}
			return ""
		}},
	{slot: slot(contestbot.FieldPhone), example: "填联系人的手机或带区号的座机，例如：13800000000。", sample: "13800000000"},
	{slot: slot(contestbot.FieldDuration), sample: "2分50秒", meaning: "作品的片长。通知没有规定写法，写到秒最清楚，例如2分30秒；版权确认协议书印的是“视频时长：____分钟”，按实际时长填即可。"},
	{slot: slot(contestbot.FieldCategory), meaning: "通知列出五类：实景拍摄、动画制作、AI生成、视频切片、其他，按作品实际勾选；通知没有解释各类的含义。"},
	{slot: slotCreators,
		meaning: "参与创作的人：监制(策划)、编导(导演)、撰稿、摄影、剪辑(制作)。",
		example: "写参与创作的人的姓名，几个人用顿号隔开，没有就回复“无”。"},
	{slot: slotSupervisor, meaning: "负责策划、把关的人，通常是分管领导或项目负责人。"},
	{slot: slotDirector, meaning: "负责编写脚本、组织拍摄的导演。"},
	{slot: slotWriter, meaning: "写解说词、文案的人。"},
	{slot: slotCamera, meaning: "负责拍摄的人；动画或AI生成作品没有的话回复“无”。"},
	{slot: slotEditor, meaning: "负责剪辑、后期制作的人。"},
	{slot: slot(contestbot.FieldSynopsis), meaning: "用一两句话介绍作品内容，填入报名表和汇总表，长度不限但宜简短。"},
	{slot: slot(contestbot.FieldSummary), maxRunes: contestbot.MaxSummaryRunes, meaning: "版权确认协议书上的内容摘要，限100字以内，和简介可以相同（回复“同简介”）。"},
}

// fieldRow is the table row of s (a role falls back to 主创人员 for what it
// does not say itself).
func fieldRow(s slot) formField {
	for _, f := range fieldTable {
		if f.slot == s {
			return f
		}
	}
	return formField{slot: s}
}

// meaning says what a field is, in one sentence.
func meaning(s slot) string { return fieldRow(s).meaning }

// exampleText is what to write for a field, for a user who asks.
func exampleText(s slot) string {
	if ex := fieldRow(s).example; ex != "" {
		return ex
	}
	if s.isRole() {
		return fieldRow(slotCreators).example
	}
	return ""
}

// implausible says why v cannot be the value of s ("" when it can).
func implausible(e *contestbot.Entry, s slot, v string) string {
	if f := fieldRow(s); f.validate != nil {
		return f.validate(e, v)
	}
	return ""
}

// fieldLimit is the length limit of s in characters, 0 when the notice sets
// none (s6-o).
func fieldLimit(s slot) int { return fieldRow(s).maxRunes }
