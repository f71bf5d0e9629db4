package dialogs

import (
	"regexp"
	"strings"
)

// s7-n: the registration command in a contact's own typing (round 18, rp85
// p85a: "我要报明" got "没太明白您的意思", "那我在这能报不能 我们学校有个片子
// 想报" got "通知中没有说明这一点").
//
// A whole message that sounds like a command word (go-pinyin, without
// tones) is that command when only characters other than 报 differ and
// each sounds the same: "我要报明", "我想报明", "报明". 报 itself must be
// typed, so "我要表明", "包名" are no command, and only the whole message
// counts, so "报明年的吗" is none.
//
// Asking whether one can register here ("在这能报名不", "这里可以报吗",
// "那我在这能报不能 我们学校有个片子想报") is answered yes and the form
// starts: the person asking wants to register.

// soundsLikeRegister reports whether c, a bare message, is a registration
// command word typed with same-sound characters.
func soundsLikeRegister(c string) bool {
	rs := []rune(c)
	if len(rs) < 2 || len(rs) > 8 || !isHanOnly(c) {
		return false
	}
	syl := usualSyllables(rs)
	for _, w := range registerWords {
		if sameSoundTypo(rs, syl, []rune(w)) {
			return true
		}
	}
	return false
}

// sameSoundTypo reports whether rs (syllables syl) is w with at least one
// character other than 报 replaced by one of the same sound.
func sameSoundTypo(rs []rune, syl []string, w []rune) bool {
	if len(rs) != len(w) || !strings.ContainsRune(string(w), '报') {
		return false
	}
	ws := usualSyllables(w)
	diff := 0
	for i := range w {
		switch {
		case rs[i] == w[i]:
		case w[i] == '报' || syl[i] == "" || syl[i] != ws[i]:
			return false
		default:
			diff++
		}
	}
	return diff > 0
}

// reCanRegisterHere asks whether one can register here: "在这能报名不",
// "这里可以报吗", "在这能报不能". What follows 报 is only a question's ending.
var reCanRegisterHere = regexp.MustCompile(`(?:在这里|在这儿|在这边|在这|这里|这儿|这边|你这|您这)(?:就)?(?:能|可以|能不能|可不可以|中不中|行不行)(?:直接)?(?:报名|报)(?:不能|不了|不中|不行|不|吗|么|没|呀|啊|呢)*(?:$|[\s，,。？?！!])`)

// asksCanRegisterHere reports whether s asks whether one can register
// here, with nothing else asked.
func asksCanRegisterHere(s string) bool {
	n := strings.TrimSpace(s)
	return reCanRegisterHere.MatchString(n) && !containsAny(n, "几个", "几部", "多少", "什么时候", "啥时候", "截止", "哪些", "怎么", "咋")
}
