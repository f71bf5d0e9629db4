package dialogs

import (
	"regexp"
	"strings"
)

// This file reads short agreeing replies as people type them on a phone:
// "都是哒✅", "确认~", "对滴", "嗯嗯是的👌", "没问题哈", "中中中". Emoji,
// symbols, tildes and marks carry no meaning; closing particles (哈, 啦,
// 呀…) soften the answer; 滴 and 哒 are spoken 的. What is left must be made
// only of agreeing words, with at least one that says yes. Anything else
// (a negation, a value, a question) leaves the reply to the usual reading.

var (
	// reAgreeTokens is a reply made only of agreeing words.
	reAgreeTokens = regexp.MustCompile(`^(?:没问题|没毛病|没错|确认无误|确认|确定|同意|正确|无误|符合|可以|是|对|行|中|好|妥|嗯|哦|噢|喔|ok|okay|yes|都|全|全部|的|了|呀|啊|哈|啦|哒|滴|嘞|勒|喽|呐|哟)+$`)
	// reAgreeCore is the word in it that says yes.
	reAgreeCore = regexp.MustCompile(`没问题|没毛病|没错|确认|确定|同意|正确|无误|符合|可以|是|对|行|中|好|妥|嗯|ok|okay|yes`)
)

// agreesOnly reports whether s is a short reply that agrees and does
// nothing else. A message with a question is never agreement.
func agreesOnly(s string) bool {
	if isQuestion(s) {
		return false
	}
	c := bareNoSymbols(s)
	if c == "" || len([]rune(c)) > 12 {
		return false
	}
	if strings.Contains(c, "不") || strings.Contains(c, "没") && !strings.Contains(c, "没问题") && !strings.Contains(c, "没错") && !strings.Contains(c, "没毛病") {
		return false // "对不对", "没有" is no agreement
	}
	return reAgreeTokens.MatchString(c) && reAgreeCore.MatchString(c)
}

// leadingAgree is how many clauses at the start of cls only agree
// ("都是哒✅", "对"), so that the talk after them is read with the question
// it leads to.
func leadingAgree(cls []string) int {
	n := 0
	for n < len(cls) && agreesOnly(cls[n]) {
		n++
	}
	return n
}

// fineClauses cuts clauses further at any space: "都是哒✅ 不过问下" is two.
func fineClauses(cls []string) []string {
	var out []string
	for _, cl := range cls {
		out = append(out, strings.Fields(cl)...)
	}
	return out
}
