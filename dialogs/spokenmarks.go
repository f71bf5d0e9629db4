package dialogs

import (
	"slices"
	"strings"
	"unicode"

	"contestbot"
)

// Voice input writes a punctuation mark the speaker says as its name: "…为
// 线索逗号追寻…报国句号", "李明阳顿号赵鹏" (s6-f, issue #10, round 13). spokenMarks
// puts the mark back before anything reads the message (tidy), so a 简介
// keeps its commas, a unit name ends where the speaker paused and 顿号
// separates the names at a role step.
//
// The name of a mark is also a word people write about marks ("用顿号隔开",
// "把逗号句号改成标点", "画上圆满的句号") or the end of another word ("请问号码",
// "这句号召"). A mark name is read as a mark only:
//   - standing alone: not next to another mark name ("逗号句号这几个字" talks
//     about them);
//   - after a content character, not after a word that talks about a mark
//     (用, 把, 加上, 画上, 改成, 一个, 是 …) and not where the character
//     before joins its first character into a word (请问, 这句, 停顿);
//   - before the end, a content character or punctuation, not before a word
//     that talks about it (隔开, 这几个字, 符号, 是, 改成 …) and not where its
//     号 joins the next character into a word (号码, 号召, 号称).

// markNames are the marks voice input spells out, and what they stand for.
// 分号 is left out: it is also a word (a branch), and nobody dictates one.
var markNames = []struct{ name, mark string }{
	{"感叹号", "！"},
	{"逗号", "，"},
	{"句号", "。"},
	{"顿号", "、"},
	{"问号", "？"},
	{"叹号", "！"},
	{"冒号", "："},
}

var (
	// markTalkBefore end the text before a mark name that is talked about.
	markTalkBefore = []string{"用", "把", "给", "加上", "加个", "加了", "打上", "打个", "画上", "画个", "画了", "标上", "点上",
		"改成", "换成", "变成", "写成", "说成", "读成", "念成", "改为", "换为", "删掉", "删了", "去掉", "去了",
		"里的", "中的", "面的", "没有", "没", "有", "个", "些", "是", "和", "与", "或", "及", "跟", "啥", "什么", "这", "几"}
	// markTalkAfter start the text after a mark name that is talked about.
	markTalkAfter = []string{"隔开", "分开", "分隔", "隔", "分割", "这几", "这些", "这两", "这个字", "几个字", "两个字", "字",
		"符号", "标点", "的", "和", "与", "或", "改", "换", "变", "删", "去掉", "都", "也", "吗", "呢", "不要",
		"不用", "不对", "啥", "什么", "后面", "前面", "后边", "前边", "之后", "之前"} // "摘要只要冒号后面那句：…" (merge of s6-d's p60a script)
	// markWordBefore join the character before a mark name into a word.
	markWordBefore = []string{"语句", "诗句", "字句", "词句", "一句", "这句", "那句", "每句", "整句", "半句", "上句", "下句",
		"例句", "文句", "警句", "停顿", "整顿", "安顿", "一顿", "困顿", "学问", "访问", "请问", "提问", "疑问", "慰问", "询问",
		"顾问", "发问", "追问", "反问", "质问", "感冒", "假冒"}
)

// markWordAfter are characters that make a word with the 号 ending a mark
// name: 号码, 号召, 号称.
const markWordAfter = "码召称角子令楼线房院文脉外"

// spokenMarks writes the mark names voice input spelled out as marks.
func spokenMarks(s string) string { return marksFor(s, false) }

// marksFor is spokenMarks; asked reads a text the user said was dictated
// ("把逗号句号改成标点"), where a name after or before words that talk about
// marks is a mark too. Names in a run or inside another word stay.
func marksFor(s string, asked bool) string {
	if !strings.Contains(s, "号") {
		return s
	}
	type hit struct{ at, end int }
	var hits []hit
	for i := 0; i < len(s); {
		n := markNameAt(s[i:])
		if n == "" {
			_, w := firstRune(s[i:])
			i += w
			continue
		}
		hits = append(hits, hit{i, i + len(n)})
		i += len(n)
	}
	if len(hits) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for k, h := range hits {
		// A run of names ("逗号句号") is talk about them.
		if k > 0 && hits[k-1].end == h.at || k+1 < len(hits) && hits[k+1].at == h.end {
			continue
		}
		if !markStandsAlone(s[:h.at], s[h.at:h.end], s[h.end:], asked) {
			continue
		}
		b.WriteString(s[last:h.at])
		b.WriteString(markOf(s[h.at:h.end]))
		last = h.end
	}
	b.WriteString(s[last:])
	return b.String()
}

// hasSpokenMarks reports whether spokenMarks changes s.
func hasSpokenMarks(s string) bool { return spokenMarks(s) != s }

// markNameAt is the mark name s starts with, or "".
func markNameAt(s string) string {
	for _, m := range markNames {
		if strings.HasPrefix(s, m.name) {
			return m.name
		}
	}
	return ""
}

func markOf(name string) string {
	for _, m := range markNames {
		if m.name == name {
			return m.mark
		}
	}
	return name
}

// markStandsAlone reports whether a mark name between before and after is
// a dictated mark (see the file comment).
func markStandsAlone(before, name, after string, asked bool) bool {
	rb := []rune(strings.TrimRight(before, " \t"))
	if len(rb) == 0 {
		return false
	}
	p := rb[len(rb)-1]
	if !unicode.IsLetter(p) && !unicode.IsDigit(p) || markWordWith(p, name) {
		return false
	}
	after = strings.TrimLeft(after, " \t")
	if a, _ := firstRune(after); after != "" && strings.ContainsRune(markWordAfter, a) {
		return false
	}
	if asked {
		return true
	}
	tail := string(rb[max(0, len(rb)-2):])
	for _, w := range markTalkBefore {
		if strings.HasSuffix(tail, w) {
			if w == "加" && len(rb) >= 2 && strings.ContainsRune("参增追附更施添", rb[len(rb)-2]) {
				continue
			}
			return false
		}
	}
	for _, w := range markTalkAfter {
		if strings.HasPrefix(after, w) {
			return false
		}
	}
	return true
}

// markWordWith reports whether the character before a mark name makes a
// word with the name's first character: 请问 in "请问号码".
func markWordWith(prev rune, name string) bool {
	first, _ := firstRune(name)
	w := string([]rune{prev, first})
	for _, x := range markWordBefore {
		if x == w {
			return true
		}
	}
	return false
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// marksFix reads a request to turn the mark names kept in a stored text
// into marks: "简介和摘要里面怎么有逗号句号这几个字…你给换成标点符号", "把逗号句号改成
// 标点". The 简介 and 摘要 (or the one named) are rewritten with spokenMarks
// and echoed; nothing else changes.
func (t *turn) marksFix(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	if !asksMarksFix(s) {
		return "", false
	}
	c := compact(s)
	fields := []slot{slot(contestbot.FieldTitle), slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)}
	switch syn, sum := strings.Contains(c, "简介"), strings.Contains(c, "摘要"); {
	case syn && !sum:
		fields = []slot{slot(contestbot.FieldSynopsis)}
	case sum && !syn:
		fields = []slot{slot(contestbot.FieldSummary)}
	}
	var lines []string
	for _, f := range fields {
		p := textPtr(e, f)
		if p == nil || *p == "" {
			continue
		}
		v := marksFor(*p, true)
		if v == *p {
			continue
		}
		if f == slot(contestbot.FieldSynopsis) && e.Summary == *p && !slices.Contains(fields, slot(contestbot.FieldSummary)) {
			e.Summary = v
		}
		*p = v
		lines = append(lines, f.label()+"："+echoText(v))
	}
	if len(lines) == 0 {
		return reask("没有找到念出来的标点（“逗号”“句号”这样的字），没有改动。"), true
	}
	t.touch(e)
	t.undo, t.st.Undo = nil, nil
	head := "好的，已把念出来的标点换成了标点符号：\n" + strings.Join(lines, "\n")
	if t.st.Mode == modeEdit || pending == slot(contestbot.FieldCopyright) {
		t.event(e, "用户修改：标点")
		return head + "\n\n" + t.question(e, slot(contestbot.FieldCopyright)), true
	}
	return reask(head), true
}

// asksMarksFix reports whether s asks for mark names to become marks: it
// names a mark ("逗号", "句号") and punctuation or voice input ("标点",
// "符号", "语音") and is no question about the rules ("逗号算不算字数").
func asksMarksFix(s string) bool {
	c := compact(s)
	named := false
	for _, m := range markNames {
		if strings.Contains(c, m.name) {
			named = true
		}
	}
	if !named || !containsAny(c, "标点", "符号", "语音") {
		return false
	}
	return containsAny(c, "换", "改", "转", "变", "弄成", "替")
}
