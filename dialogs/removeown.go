package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Branch s9-f (issue #10, round 23, rp110 p110b): removals said in the
// user's own words. "啊啊啊第一行“杨老师发我的 直接复制过来啦”不是简介 删掉它🙏" at the 摘要
// step was read as a 摘要; "摘要前面多了“摘要老师也给了”这几个字 哈哈哈我的锅 去掉这几个字就行"
// at the summary was answered as a question on word counts. The words of a
// removal are read whatever their order ("去掉这几个字就行" is "这几个字去掉就行"),
// with laughter, an apology and emoji around them; "第一行"/"最后一行" of a
// text of several lines is that line.

var (
	// reVerbFirstRemoval is a removal said verb first: "去掉这几个字就行",
	// "删掉这句吧", "删了它".
	reVerbFirstRemoval = regexp.MustCompile(`^(去掉|删掉|删了|删除|拿掉|去除)((?:这|那)?(?:几|[一二两三四五六七八九十\d]+|俩|仨)?个?字|(?:这|那)(?:些|句|行|段)(?:字|话)?)((?:吧|了|哈|啊|呀|就行|就好|就可以|即可|谢谢)*)$`)
	// reOwnFault is laughter or an apology beside a request: "哈哈哈我的锅", "怪我", "sorry".
	reOwnFault = regexp.MustCompile(`^(?:哈+|呵+|嘿+|嘻+|hh+|啊+)?(?:我的锅|我的错|怪我|是我的错|sorry|不好意思|抱歉)?(?:哈+|啦|了)?$`)
	// reLinePointer points at one line of a text: "第一行", "最后一行".
	reLinePointer = regexp.MustCompile(`第一行|头一行|开头(?:那|的|这)?一?行|最(?:上|前)面(?:那|的|这)?一?行|最后(?:那|的|这)?一?行|末尾(?:那|的|这)?一?行|最下面(?:那|的|这)?一?行`)
)

// removalOwnWords rewrites a removal said in own words into the order
// readRemoval reads: emoji off, laughter and apologies dropped, the verb
// after its object.
func removalOwnWords(s string) string {
	s = strings.TrimSpace(stripEmoji(s))
	cls := splitClauses(s)
	if len(cls) < 2 && !reVerbFirstRemoval.MatchString(compact(s)) {
		return s
	}
	var out []string
	changed := false
	for _, cl := range cls {
		c := strings.Trim(compact(cl), "，,。.!！~～")
		if c != "" && reOwnFault.MatchString(c) {
			changed = true
			continue
		}
		if m := reVerbFirstRemoval.FindStringSubmatch(c); m != nil {
			cl, changed = m[2]+m[1]+m[3], true
		}
		out = append(out, cl)
	}
	if !changed || len(out) == 0 {
		return s
	}
	return joinClauses(out)
}

// lineRemoval rewrites "第一行…删掉它" into the removal of that line's words
// from the text it points at (named, else the text stored last, else the
// 简介) when that text has several lines and no words are quoted.
func (t *turn) lineRemoval(e *contestbot.Entry, s string) string {
	c := compact(stripEmoji(s))
	loc := reLinePointer.FindStringIndex(c)
	if loc == nil || reQuotedWords.MatchString(s) || !reRemoveVerb.MatchString(strings.Trim(c, "，,。.!！~～")) && !reDropVerb.MatchString(c[loc[1]:]) {
		return s
	}
	var cands []slot
	if f := firstNamedField(c); f.freeText() {
		cands = append(cands, f)
	}
	if t.st.Prev.freeText() {
		cands = append(cands, t.st.Prev)
	}
	cands = append(cands, slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary))
	last := strings.Contains(c[loc[0]:loc[1]], "最后") || strings.Contains(c[loc[0]:loc[1]], "末尾") || strings.Contains(c[loc[0]:loc[1]], "最下")
	for _, f := range cands {
		p := textPtr(e, f)
		if p == nil {
			continue
		}
		var lines []string
		for _, l := range strings.Split(*p, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, strings.TrimSpace(l))
			}
		}
		if len(lines) < 2 {
			continue
		}
		line := lines[0]
		if last {
			line = lines[len(lines)-1]
		}
		return "把" + f.label() + "里的“" + line + "”删掉"
	}
	return s
}
