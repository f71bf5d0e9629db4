package dialogs

import (
	"strings"
)

// A title said with talk about the conversation (s5-g3, rp50 p50a): "黄河岸边的
// 党课，我刚才不是说过了。其他的信息都在我最开始发的那个表的第二行". A title is
// the first clause; clauses after it that talk about what was said or sent
// before ("我刚才说过了", "上面表里有", "你往上翻翻") are no part of it.

// talkWords mark a clause that talks about the conversation, not the work.
var talkWords = []string{"说过", "说了", "讲过", "发过", "发了", "发的", "表里", "表的", "那个表", "表格", "刚才", "刚刚", "最开始", "往上翻", "上面", "前面", "信息都在"}

// talkPerson marks a clause said from person to person.
var talkPerson = []string{"我", "你", "您", "俺", "咱"}

// talkAboutChat reports whether a clause talks about the conversation:
// a talk word and a person ("我刚才不是说过了"), and no labelled value.
func talkAboutChat(cl string) bool {
	c := compact(cl)
	if c == "" {
		return true
	}
	return (reAlreadySaid.MatchString(c) || containsAny(c, talkWords...) && containsAny(c, talkPerson...)) && !extract(cl).labelled
}

// titleBesideTalk is s without the clauses after its first that talk about
// the conversation; s when there are none, or when the first clause is no
// title by itself.
func titleBesideTalk(s string) string {
	cls := splitClauses(s)
	if len(cls) < 2 || talkAboutChat(cls[0]) || isQuestion(cls[0]) {
		return s
	}
	for _, cl := range cls[1:] {
		if !talkAboutChat(cl) {
			return s
		}
	}
	return strings.TrimRight(strings.TrimSpace(cls[0]), "，,。；;！! ")
}
