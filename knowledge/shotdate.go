package knowledge

import (
	"fmt"
	"strings"
)

// s8-g (rp93 q31): "2024年12月拍的片子能报吗" dates the filming. The notice
// dates the finished work (works_since_text: "…以来…完成的作品"), so a filming date before
// that range alone does not settle it: a work filmed in 2024 and edited in
// the next year is a case the notice does not address.

// shotWords name filming (or recording) rather than finishing.
var shotWords = []string{"拍摄", "拍", "录制", "录", "摄"}

// finishWords say the work was finished; with one of them the date is
// the completion.
var finishWords = []string{"完成", "做完", "做好", "剪完", "剪好", "成片", "定稿", "制作完", "弄完", "弄好", "出片", "做的", "制作的", "剪的", "弄的"}

// shotOnly reports whether the making word right after the date (ending at
// end) names filming, and nothing in q says when the work was finished.
func shotOnly(q string, end int) bool {
	if containsAny(q, finishWords) {
		return false
	}
	after := strings.TrimLeft(q[end:], "份的时候就刚")
	return hasPrefixAny(after, shotWords)
}

// shotVerdict answers a filming date before the works-since range.
func (b *Base) shotVerdict(d workDate) string {
	f := &b.facts
	start := strings.TrimSuffix(f.WorksSinceText, "以来")
	// s9-g (rp113 N20): what the notice says leads; no verdict before the hedge.
	return fmt.Sprintf(dateVerdictLead+"（%s拍摄）：通知要求的是%s完成的作品，看完成时间，不看拍摄时间。%s拍摄早于%s："+
		"如果在%s之前就已完成，不在报送范围内；如果%s才剪辑完成，通知没有说明这种情况算不算，请联系%s（电话%s）确认。",
		d.text, f.WorksSinceText, d.text, start, start, f.WorksSinceText, strings.Join(f.Contacts, "、"), f.Phone)
}
