package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// This file takes chatter off a person answer (s8-b, issue #10, round 18).
// Young helpers type slang, laughter, praise and pointers around the names
// they give: "摄影剪辑都是张博文 yyds", "李想哈哈哈", "王磊👍", "就他 张伟 靠谱".
// The names are kept and the chatter goes; an answer that is only chatter
// ("哈哈哈", "yyds") is no name at all and is never stored.

var (
	// reChatterWord is a whole part of a person answer that is chatter:
	// Latin-letter slang (yyds, hhh, nb, awsl), digit slang (666, 2333, 888),
	// laughter, praise, a pointer at the person (就他, 就是她) or a bare
	// particle.
	reChatterWord = regexp.MustCompile(`^(?i:[a-z]+|6{3,}|23{3,}|8{3,})$|` +
		`^(?:哈|呵|嘿|嘻|嘎|咯){2,}$|` +
		`^(?:真|太|超|很|贼|老)?(?:靠谱|厉害|给力|牛|牛逼|牛掰|棒|优秀|能干|绝了|绝绝子|无敌|好样的|专业|辛苦了?|点赞|赞|好评|大佬|大神|稳|妥)(?:了|的|啊|呀|哈|滴|耶)?$|` +
		`^(?:啊|呀|哈|吧|哦|噢|嗯|呢|啦|嘛|哇|耶|欧耶|好滴|好哒|嘿嘿嘿)$|` +
		// words about the form of the value, never the value: "写全名吧", "用真名"
		`^` + reFormWords + `$`)
	// rePointer points at a person named beside it: "就他 张伟". Alone
	// ("剪辑也是他") it refers to someone named before, and stays.
	rePointer = regexp.MustCompile(`^(?:就|就是|是|也是|还是)?(?:他|她|这位|这个人|此人|那位)(?:了|啊|呀|哈|吧)?$`)
	// rePartSplit splits a person answer into parts at spaces and list marks.
	rePartSplit = regexp.MustCompile(`[\s　、，,；;:：。！!~～]+`)
)

// reFormWords is a remark about how a value is to be written: 全名, 全称,
// 真名, 大名, 简称, with the verb and particles around them ("也写全名吧",
// "用真名哈", "那个写全称").
const reFormWords = `(?:那个|这个|这里|这儿)?(?:也|还|都)?(?:要|得|请)?(?:写|用|填|改成|换成|改为|是)?(?:个|成)?(?:全名|全称|真名|真实姓名|大名|本名|实名|简称|名字|姓名)(?:吧|哈|啊|呀|呗|哦|就行|就好|即可|嘛)?[:：]?`

// isNameChatter reports whether one part of a person answer is chatter.
func isNameChatter(p string) bool {
	p = strings.TrimSpace(p)
	return p != "" && reChatterWord.MatchString(p)
}

// nameChatterOff takes chatter off a person answer: "张博文 yyds" → 张博文,
// "李想哈哈哈" → 李想, "就他 张伟 靠谱" → 张伟. changed is false when there
// was no chatter; only is true when the answer is chatter and nothing else
// ("哈哈哈", "yyds 👍"). The names keep their order and separators.
func nameChatterOff(raw string) (v string, changed, only bool) {
	s := strings.TrimSpace(stripEmoji(raw))
	if s == "" {
		return "", raw != "" && strings.TrimSpace(raw) != "", strings.TrimSpace(raw) != ""
	}
	parts := rePartSplit.Split(s, -1)
	seps := rePartSplit.FindAllString(s, -1)
	var b strings.Builder
	kept, dropped, pointers := 0, 0, 0
	for i, p := range parts {
		w := p
		if x := reLaughTail.ReplaceAllString(w, ""); x != w && (utf8.RuneCountInString(x) >= 2 && hasHan(x) || reSelfRef.MatchString(x)) { // s10-e: "我嘿嘿 陈小雨"
			w, dropped = x, dropped+1 // titlemeant.go's laughter, glued on: "李想哈哈哈"
		}
		if isNameChatter(w) {
			dropped++
			continue
		}
		if rePointer.MatchString(w) {
			pointers++
			continue
		}
		if w == "" {
			continue
		}
		if kept > 0 && i > 0 {
			sep := seps[i-1]
			if strings.TrimSpace(sep) == "" {
				sep = " "
			}
			b.WriteString(sep)
		}
		b.WriteString(w)
		kept++
	}
	switch {
	case kept == 0 && pointers > 0: // "也是他": someone named before
		return raw, false, false
	case dropped+pointers == 0:
		return s, s != strings.TrimSpace(raw), false
	case kept == 0:
		return "", true, true
	}
	return b.String(), true, false
}

// reFormLead is a remark on how to write the value before it, ended by a
// break: "全称：…", "写全称吧 …", "用真名 …".
var reFormLead = regexp.MustCompile(`^` + reFormWords + `(?:[\s　，,:：]+|$)`)

// formRemarkOff takes a remark on how to write the value off its start
// ("用全称：青春赴许" → 青春赴许, "写全称吧 许昌职业技术学院" → 许昌职业技术学院).
// only is true when the remark is all there is ("写全称吧"): no value.
// A value that merely starts with such a word ("名字的故事") is kept.
func formRemarkOff(v string) (out string, only bool) {
	v = strings.TrimSpace(v)
	loc := reFormLead.FindStringIndex(v)
	if loc == nil {
		return v, false
	}
	out = strings.TrimSpace(v[loc[1]:])
	return out, out == ""
}
