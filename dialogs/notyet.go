package dialogs

import (
	"regexp"
	"strings"
)

// s12-f (round 32, rp151): at the 联系电话 step "陈静老师 电话等下我问问老师😂",
// "哈哈电话我还没拿到呢 老师在开会🥲 先填别的吧 时长是3分05秒" and "电话先空着好不好嘛🥺"
// say the phone comes later. They were read as a phone value and refused
// with "联系电话只能包含数字". A clause that opens with a field's label and
// says only why the value is not there yet (a hold: 等下我问问, 先空着; or
// not had yet: 还没拿到, 没问到) puts that field off, as s6-q's "电话先放放"
// does (namedPutOff): the field is left for last, the rest of the message is
// read as usual, and the field is asked again once at the end.

// reNotHadYet is a value not had yet: "我还没拿到呢", "老师还没给我", "没问到".
var reNotHadYet = regexp.MustCompile(`^(?:我|俺|我们|咱|老师|他|她)?(?:这边)?(?:也)?(?:还|暂时|现在|目前)?(?:没|没有|未)(?:拿到|要到|问到|问|找到|收到|记住|记下|存|定|确定|想好|给我|发我|告诉我)`)

// reHoldAsk is leave asked after a hold: "先空着好不好嘛", "等会再给行吗".
var reHoldAsk = regexp.MustCompile(`(?:好不好|行不行|可以吗|行吗|可不可以|中不中|成不成|可以不|好吗|行不)(?:嘛|呀|啊|呢|哈)*$`)

// reLaughLead is laughter before a clause: "哈哈电话…", "hhh 电话…".
var reLaughLead = regexp.MustCompile(`^(?:哈{2,}|呵{2,}|嘿{2,}|嘻{2,}|h{2,}|哈哈哈*)`)

// notYetField reports the field a clause names and puts off with a reason
// and no value: "电话等下我问问老师", "电话我还没拿到呢", "电话先空着好不好嘛".
// The clause must open with the label (laughter and emoji aside), and what
// follows it must hold no digit and be only the reason.
func notYetField(clause string) slot {
	b := reLaughLead.ReplaceAllString(bare(stripEmoji(clause)), "")
	if b == "" || strings.ContainsAny(b, "0123456789") {
		return ""
	}
	hits := findLabels(newText(b))
	if len(hits) != 1 || hits[0].start != 0 || hits[0].colon {
		return ""
	}
	f := hits[0].slot
	if f == "" || f == slotCreators || f.eligibility() || f.freeText() {
		return ""
	}
	if f.isRole() && isQuestion(clause) {
		return "" // "摄影可以空着吗" asks whether a role may be left empty (写“无”), it puts nothing off
	}
	rs := []rune(b)
	if hits[0].end >= len(rs) {
		return ""
	}
	rest := strings.TrimLeft(string(rs[hits[0].end:]), "这个那个的话呢")
	rest = reHoldAsk.ReplaceAllString(rest, "")
	if rest == "" || strings.ContainsAny(rest, "0123456789") {
		return ""
	}
	switch readHold(rest) {
	case holdSkip, holdUnsure, holdPause:
		return f
	}
	if m := reNotHadYet.FindString(rest); m != "" && readHoldTail(rest[len(m):]) {
		return f
	}
	return ""
}

// readHoldTail reports whether what follows a "not had yet" is only
// particles or a hold ("呢", "我问问老师", "").
func readHoldTail(s string) bool {
	s = strings.TrimLeft(s, "呢啊哈呀嘛了吧")
	if s == "" {
		return true
	}
	switch readHold(s) {
	case holdSkip, holdUnsure, holdPause:
		return true
	}
	return false
}

// appendNew appends w to list unless it is there already.
func appendNew(list []string, w string) []string {
	for _, x := range list {
		if x == w {
			return list
		}
	}
	return append(list, w)
}
