package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"contestbot"
)

// s9-a (issue #10, round 22, rp106 p106b): "片名我们领导说改一下，加个的字，叫
// 太行山下的育人人" at the summary stored the whole sentence as the title,
// and "片名再换一下 就叫X吧" stored "再换一下". When a message for a short
// field (named, or the one asked) holds an edit instruction (改/换/加个/去掉…)
// and then a marker of the new value (叫/改成/换成/写成…), the value is what
// follows the marker, in the message's last clause, and nothing else. At
// the 片名 step "就叫X吧" is X as well.

var (
	// reEditStrong marks the new value: "改成", "换成", "就叫".
	reEditStrong = regexp.MustCompile(`改成|改为|换成|换为|写成|写为|改叫|就叫|叫做|叫作|定为|定成`)
	// reEditBare is a bare 叫 that marks it after an instruction.
	reEditBare = regexp.MustCompile(`叫`)
	// reEditVerb is a word of changing: inside the new value it means the
	// value is not the message's last words.
	reEditVerb = regexp.MustCompile(`改|换|加个|加一个|加上|去掉|删掉|调整`)
	// reEditAsk asks for a change before the value: "改一下", "加个的字".
	reEditAsk = regexp.MustCompile(`改一下|改下|改个|改改|要改|想改|得改|需要改|换一下|换下|换个|要换|想换|加个|加一个|加上|去掉|删掉|少个|少一个|多个|调一下|调整一下`)
	// reEditLead opens a bare "就叫X吧" at the step asked: "就叫", "那就叫".
	reEditLead = regexp.MustCompile(`^(?:那|那就|就|还是|干脆)?(?:改成|改为|换成|叫做|叫作|改叫|就叫|叫)`)
	// reEditTail is talk after the value: "吧", "就行", "麻烦了".
	reEditTail = regexp.MustCompile(`(?:吧|哈|啊|呀|呗|哦|嘛|了|就行|就好|就可以|即可|就中|好了|麻烦(?:您|你)?了|谢谢(?:您|你)?)+[。.!！~～]*$`)
)

// editInstructionValue rewrites a message that tells how to change a short
// field and ends with the new value as "标签：新值"; it returns s as typed
// when the message is no such instruction.
func editInstructionValue(s string, pending slot) string {
	t := strings.TrimSpace(s)
	c := t
	f := slot("")
	for _, d := range labelDefs {
		if !d.weak && strings.HasPrefix(c, d.word) && len(d.word) > len(string(f)) {
			f = slot(strings.TrimSuffix(string(d.slot), "!"))
			c = strings.TrimLeft(t[len(d.word):], "：: ，,")
		}
	}
	named := f != ""
	if !named && pending == slot(contestbot.FieldTitle) {
		f = pending // unnamed, only at the 片名 step: elsewhere "改成2分50秒" may be for the field before
	}
	if !wordField(f) {
		return s // 时长, 电话 and 分类 have their own readers (fieldfix.go, digitfix.go); texts are sentencefix.go's
	}
	at := editMarkerEnd(c)
	if at < 0 {
		if loc := reEditLead.FindStringIndex(c); loc != nil && !named && f == slot(contestbot.FieldTitle) && reEditTail.MatchString(c) {
			at = loc[1] // "就叫太行山下育人人吧" at the 片名 step
		} else {
			return s
		}
	}
	v := strings.TrimSpace(strings.TrimLeft(c[at:], "：: "))
	if q, ok := quotedWhole(v); ok {
		v = q
		if f == slot(contestbot.FieldTitle) {
			v = "《" + q + "》" // the title form reads a title in 《》 whole
		}
	} else {
		v = strings.TrimSpace(reEditTail.ReplaceAllString(v, ""))
		if strings.ContainsAny(v, "，,。；;？?！!") || reEditVerb.MatchString(v) {
			return s // the value is not the message's last words
		}
	}
	if v == "" || utf8.RuneCountInString(v) > 40 || asks(v) || reEditAsksWord.MatchString(v) {
		return s
	}
	return leadLabel(f) + "：" + v
}

// quotedWhole is the text inside the quotes or 《》 that open v, when only
// talk follows them: "“太行山下育新人”吧".
func quotedWhole(v string) (string, bool) {
	for _, p := range [][2]string{{"《", "》"}, {"“", "”"}, {"\"", "\""}, {"「", "」"}} {
		if !strings.HasPrefix(v, p[0]) {
			continue
		}
		end := strings.Index(v[len(p[0]):], p[1])
		if end < 0 {
			return "", false
		}
		in := v[len(p[0]) : len(p[0])+end]
		after := strings.TrimSpace(v[len(p[0])+end+len(p[1]):])
		if after != "" && !reEditTail.MatchString(after) && strings.Trim(after, "。.!！~～") != "" {
			return "", false
		}
		return strings.TrimSpace(in), in != ""
	}
	return "", false
}

// editMarkerEnd is the byte offset after the marker of the new value in c
// (the words after the label), or -1. A strong marker ("改成") counts at
// the start, after a clause break, or after an instruction; a bare 叫 only
// after an instruction ("改一下，加个的字，叫X"). A marker inside a title
// ("一个字写成的人生", "改革路上叫响口号") is none of these.
func editMarkerEnd(c string) int {
	ok := func(prefix string, bare bool) bool {
		if reEditAsk.MatchString(prefix) {
			return true
		}
		if bare {
			return false
		}
		p := strings.TrimSpace(prefix)
		return reEditLeadIn.MatchString(p) || strings.TrimRight(prefix, " ") != prefix || strings.ContainsAny(editLastRune(p), "，,。；;！!")
	}
	for _, loc := range reEditStrong.FindAllStringIndex(c, -1) {
		if ok(c[:loc[0]], false) {
			return loc[1]
		}
	}
	locs := reEditBare.FindAllStringIndex(c, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		if ok(c[:locs[i][0]], true) {
			return locs[i][1]
		}
	}
	return -1
}

// reEditAsksWord asks rather than gives a value: "叫啥好呢".
var reEditAsksWord = regexp.MustCompile(`啥|什么|怎么|哪个|哪些|好不好|行不行|[吗呢]$`)

// reEditLeadIn may stand before a strong marker: "", "要", "还是", "那就".
var reEditLeadIn = regexp.MustCompile(`^(?:那|那就|就|还是|要|得|应该|再|也|我想|我们想)*$`)

func editLastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return ""
	}
	return string(r)
}

// wordField reports whether f takes a name or title as typed: the fields
// an edit instruction may end with.
func wordField(f slot) bool {
	switch contestbot.Field(f) {
	case contestbot.FieldTitle, contestbot.FieldUnit, contestbot.FieldProducer, contestbot.FieldContact:
		return true
	}
	return f.isRole()
}
