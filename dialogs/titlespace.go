package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-e: a title with a space in it, told in words (round 19, rp89 p89a).
// People say where the space goes instead of typing it, and say it beside
// the title: "片名叫青春心向党技能报祖国 中间有个空格 青春心向党 技能报祖国",
// "片名不对 就是青春心向党 技能报祖国 中间空一格 后面那些是我说的话", "不是 是青春心向
// 党空格技能报祖国 两句话". The remark about the space (中间有个空格, 空一格,
// 两句话, 后面那些是我说的话) is no part of the title; the word 空格 between
// two parts is a space; two parts with a space remark are one title with a
// space. spacedTitle puts such a message in the form's terms: "片名改成
// 《青春心向党 技能报祖国》", with the other clauses (a category, a duration)
// after it.

// reSpaceRemark is a remark that the title has a space: "中间有个空格",
// "中间空一格", "有空格的", "中间隔开".
var reSpaceRemark = regexp.MustCompile(`^(?:片名|名字|标题)?(?:中间|当中|两句中间|两句之间)?(?:有|要|得|带|是)?(?:个|一个)?(?:空格|空一格|空一个格|空个格|空一下|空开|隔开|隔一格|有空格)(?:的|哈|啊|呀|哦|嘞|哩)?$`)

// reSentenceCount is "two phrases": "两句话", "是两句".
var reSentenceCount = regexp.MustCompile(`^(?:是|就是)?[两二俩三](?:句话?|段|部分)(?:的|哈|啊|呀)?$`)

// reSpacedTitleTalk is a clause about the title that is no part of it:
// "片名不对", "不是", "片名叫", "名字错了".
var reSpacedTitleTalk = regexp.MustCompile(`^(?:(?:片名|名字|标题)(?:不对|错了|写错了|有误|不是这个)?|不是|不对|不对不对|错了|是)(?:啊|呀|哈|哦)?$`)

// reSpacedTitleLead opens a clause that gives the title: "片名叫", "就是", "是".
var reSpacedTitleLead = regexp.MustCompile(`^(?:片名|名字|标题)?(?:应该是|应该叫|就是|就叫|是|叫|为|改成|改为)?`)

// reInlineSpace is the word 空格 between two parts of a title.
var reInlineSpace = regexp.MustCompile(`(\p{Han})(?:空格|空一格|空个格)(\p{Han})`)

// spacedTitle reads a message that gives a title with a space in words;
// ok is false when it does not (see above).
func (t *turn) spacedTitle(e *contestbot.Entry, s string, pending slot) (string, bool) {
	if pending.freeText() {
		return "", false
	}
	raw := strings.TrimSpace(stripEmoji(contestbot.NormalizeWidth(s)))
	inline := reInlineSpace.MatchString(raw)
	raw = reInlineSpace.ReplaceAllString(raw, "$1 $2")
	about := pending == slot(contestbot.FieldTitle) || strings.Contains(raw, "片名") || strings.Contains(raw, "标题")
	var parts, rest []string
	remark := inline
	for _, c := range regexp.MustCompile(`[\s，,。；;！!~～]+`).Split(raw, -1) {
		w := strings.TrimRight(c, "的哈啊呀哦")
		switch {
		case c == "":
		case reSpaceRemark.MatchString(c):
			remark = true
		case reSentenceCount.MatchString(c) || reSpeechRemark.MatchString(compact(c)) || reSpacedTitleTalk.MatchString(c):
		case categoryWord(t.c.season, w) != "" || hasDuration(c) || strings.ContainsAny(c, "0123456789"):
			rest = append(rest, c)
		default:
			if len(rest) > 0 {
				return "", false // a title part after another field: not read here
			}
			parts = append(parts, c)
		}
	}
	if !remark || len(parts) < 2 {
		return "", false
	}
	parts[0] = reSpacedTitleLead.ReplaceAllString(parts[0], "")
	// "青春心向党技能报祖国 … 青春心向党 技能报祖国": the run-together form said
	// first is the same title without its space.
	if len(parts) == 3 && compact(parts[0]) == compact(parts[1]+parts[2]) {
		parts = parts[1:]
	}
	if len(parts) != 2 || contestbot.RuneLen(parts[0]) < 2 || contestbot.RuneLen(parts[1]) < 2 || !allHan(parts[0]+parts[1]) {
		return "", false
	}
	title := parts[0] + " " + parts[1]
	if !about {
		// At another step, a title only when it mends the one stored:
		// "不是 是青春心向党空格技能报祖国" after 《青春心向党》.
		old := compact(e.Title)
		if old == "" || !strings.HasPrefix(compact(title), old) && !strings.HasPrefix(old, compact(parts[0])) {
			return "", false
		}
	}
	out := "片名改成《" + title + "》"
	if e.Title == "" {
		out = "片名：《" + title + "》"
	}
	if len(rest) > 0 {
		out += "，" + strings.Join(rest, "，")
	}
	return out, true
}

// hasDuration reports whether c holds a running time.
func hasDuration(c string) bool {
	_, ok := findDuration(c)
	return ok
}
