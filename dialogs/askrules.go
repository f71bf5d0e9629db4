package dialogs

import (
	"regexp"
	"strings"

	"contestbot/knowledge"
)

// This file keeps a question about the rules, asked politely inside a
// longer message, from reading as a request to register: "您好，打扰一下。
// 我们今年准备报送两部作品，想确认一下：是不是每部作品各填一张报名表，汇总表
// 只要一张就可以？麻烦您了，谢谢！" asks how many forms, and its 报送 (in a
// sentence of context) and 麻烦 (in a sentence of thanks) make no request.

// reSentenceEnd ends a sentence: a request and its asker must stand in one.
var reSentenceEnd = regexp.MustCompile(`[^。！!？?；;\n]+[。！!？?；;\n]*`)

// asksInSentences reports whether s, of two sentences or more, asks a
// question in one of them (a sentence ending in a question mark, or a
// yes/no question) and no sentence on its own asks to register.
func asksInSentences(s string) bool {
	sentences := reSentenceEnd.FindAllString(strings.TrimSpace(s), -1)
	if len(sentences) < 2 {
		return false
	}
	asks := false
	for _, st := range sentences {
		w := strings.TrimSpace(st)
		if strings.ContainsAny(w, "?？") || askedYesNo(w) {
			asks = true
		}
		if registerIntent(w) || registersNow(w) || reSelfRegister.MatchString(compact(w)) {
			return false
		}
	}
	return asks
}

// reFormDeictic points at a whole form, not at the field being asked:
// "这个表在这填完了还用交纸质的吗" asks about the paper copies, whatever
// field is open.
var reFormDeictic = regexp.MustCompile(`(?:这个|这张|这份|这些|这几个|这|此)(?:报名)?(?:表格|表|协议书?)`)

// reFieldWhat asks what or who goes in a field ("联系人写谁", "这个填什么"):
// the field's own explanation answers it. A yes/no or either-or question on
// how to write it ("时长要写几分几秒吗？还是写几分钟就行") is the notice's.
var reFieldWhat = regexp.MustCompile(`(?:写|填)(?:谁|什么|啥|哪|些什么|点啥)|(?:怎么|咋|如何|怎样)(?:填|写)|填写什么|是什么意思|啥意思|指什么|指的是`)

// pointsAtField reports whether compact text c asks what goes in a field
// it names (named) or points at ("这一栏", "这个"), not at a whole form.
func pointsAtField(c string, named bool) bool {
	if !reFieldWhat.MatchString(c) {
		return false
	}
	if named {
		return true
	}
	c = reFormDeictic.ReplaceAllString(c, "")
	return containsAny(c, "这个", "这项", "这一项", "这里", "这栏", "这一栏", "此项", "这儿")
}

// curated reports whether a not-in-notice answer is the facts' own answer
// to the topic asked (it says what the notice does say: "报名表和汇总表都有
// “时长”一栏，通知没有规定写法…"), not the bare "通知中没有说明".
func curated(a knowledge.Answer) bool {
	return a.Kind == knowledge.KindNotInNotice && a.Confidence >= 0.8
}

// reFillingTalk opens a clause about the filling itself, never a value:
// "填到一半我得去开个会 回来还能接着填吗" at the 主创 step stores no 监制.
var reFillingTalk = regexp.MustCompile(`^(?:这个|这表|表)?(?:填|写|报)(?:到一半|到这|了一半|完了|完|好了|好|一半|着|的时候)`)

// fillingTalk reports whether the clause v, given beside a question, talks
// about filling in the form rather than giving a value.
func fillingTalk(v string) bool { return reFillingTalk.MatchString(compact(v)) }
