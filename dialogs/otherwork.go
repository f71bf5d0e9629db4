package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// This file finds where a message names another of the user's works than
// the one being filled, so the change after it goes to that work
// (route.go otherWorkEdit). The reference opens the message ("第一个的时长…",
// "把《A》的编导改成李明") or follows a little talk that holds no value
// ("哎等下 刚才第一个片名我写错了 是…", "不是这个！是序号1那个《A》，片名改成…").

// reOtherWorkAny is a reference to a work anywhere in a message, with the
// same groups as reOtherWork (number, relative, title); 序号N counts as
// the number, and the work's title in 《》 after a number or a relative
// word is part of the reference.
var reOtherWorkAny = regexp.MustCompile(`(?:(?:第|序号)\s*(\d+|[一二两三四五六七八九十]+)\s*(?:个|部|条|号)?|(上一个|上个|上一部|前一个|前一部|前面那个|前面那一个|前面一个|头一个|之前那个|刚才那个|刚才那一个|刚报的那个)|《([^》]+)》\s*(?:这个|那个|这部|那部)?)\s*(?:作品|报名|片子|视频|片)?\s*(?:的|里的|里|中的|那个)?\s*(?:《[^》]+》)?\s*(?:的|里的|里|中的|那个)?\s*`)

// otherWorkRef is the submatch index of the reference to a work in s, as
// reOtherWork gives it; nil when s names no work. Talk before the
// reference may be at most a short clause with no value in it.
func otherWorkRef(s string) []int {
	if loc := reOtherWork.FindStringSubmatchIndex(s); loc != nil {
		return loc
	}
	loc := reOtherWorkAny.FindStringSubmatchIndex(s)
	if loc == nil || loc[0] == 0 {
		return nil
	}
	if !talkBeforeRef(s[:loc[0]]) {
		return nil
	}
	if loc[2] < 0 && loc[4] < 0 && loc[6] < 0 {
		return nil
	}
	return loc
}

// reRefTalk is talk that may come before a reference to a work: a pause,
// a sorry, a "not this one".
var reRefTalk = regexp.MustCompile(`^(?:哎|哎呀|唉|诶|呃|嗯|啊|哦|对了|等下|等一下|等等|稍等|不好意思|抱歉|还有|另外|刚才|刚刚|我是说|我说的是|不是这个|不是这个作品|不对|不对不对|是|就是|要改的是|改的是|请|麻烦|帮我|把|将|[，,。！!\s～~])+$`)

// talkBeforeRef reports whether p, the words before a reference to a work,
// are only talk: no label, no value.
func talkBeforeRef(p string) bool {
	c := compact(p)
	if c == "" {
		return true
	}
	if contestbot.RuneLen(c) > 16 || strings.ContainsAny(c, "0123456789") || extract(p).labelled {
		return false
	}
	return reRefTalk.MatchString(c)
}
