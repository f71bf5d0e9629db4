package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s8-n (issue #10, round 21, rp102 p102a): a pasted 汇总表 row held
// "详见报名表" in the 内容简介 cell, and it was stored as the 简介. A
// placeholder points elsewhere or puts the value off: 详见报名表, 见附件,
// 同报名表, 待定, 待补充, 另附, 暂无. It is never a value: the field is
// left empty and asked. "同上"/"同简介" are references, not placeholders,
// and are read elsewhere.

// rePlaceholder is a whole value that points elsewhere or puts it off.
var rePlaceholder = regexp.MustCompile(`^(?:(?:详|具体|请|内容)?(?:见|参见|参考|看)|同|如|按)(?:报名表|附件|附表|表格|word|文档|材料|附页|另表|下表|表)[一二三123]?(?:中|里|内|所示|所填|填写)?(?:内容)?$|^(?:待定|待填|待补|待补充|待完善|待确认|暂定|暂无|暂缺|另附|后补|稍后补充|以后补|xxx+|×××+|某某)$`)

// isPlaceholder reports whether v only stands in for a value.
func isPlaceholder(v string) bool {
	c := strings.ToLower(strings.Trim(compact(contestbot.NormalizeWidth(v)), "。.，,;；!！~～"))
	c = strings.Trim(c, "“”\"'《》（）()")
	return c != "" && rePlaceholder.MatchString(c)
}

// placeholderNote says a placeholder was not stored, and asks the field.
func placeholderNote(s slot, raw string) string {
	return fmt.Sprintf("“%s”是占位的，%s没有记录。请直接发%s。", clip(strings.TrimSpace(raw), 12), s.label(), s.label())
}
