package knowledge

import (
	"strings"
	"unicode/utf8"
)

// homophoneClasses are characters a pinyin input method offers for the
// same syllable and that people pick by mistake in this contest's words
// ("邮相" for 邮箱, "报命表" for 报名表, "竖平" for 竖屏, "版全" for 版权,
// "时常" for 时长). Each class is folded to its first character, in the
// question and in every concept form, so a form differing in one such
// character still matches. Characters too common to fold safely (吗, 是,
// 有, 纸, 线, 个, 接, 保 …) are left out on purpose: "号吗" must not read as 号码,
// "指的" not as 纸的, "上线" not as 上限, "直接说" not as 解说.
var homophoneClasses = []string{
	"箱相香厢想项向像象详",
	"邮油游由",
	"截节结捷",
	"止至只址",
	"码马玛",
	"率律绿",
	"辨辩变便遍",
	"时实事式视试",
	"长常场",
	"屏平瓶评凭",
	"报抱",
	"名命明",
	"表标",
	"协谐携",
	"议义仪意",
	"汇会回绘",
	"版板办",
	"权全泉",
	"横恒衡",
	"奖讲将",
	"频品",
	"幕木目",
	"帧针真",
}

// homophoneFold maps each folded character to its class's first.
var homophoneFold = func() map[rune]rune {
	m := map[rune]rune{}
	for _, c := range homophoneClasses {
		rs := []rune(c)
		for _, r := range rs[1:] {
			m[r] = rs[0]
		}
	}
	return m
}()

// foldHomophones folds s by homophoneFold. Every folded character is a
// three-byte CJK ideograph folded to another, so byte offsets into the
// result are offsets into s.
func foldHomophones(s string) string {
	return strings.Map(func(r rune) rune {
		if t, ok := homophoneFold[r]; ok {
			return t
		}
		return r
	}, s)
}

// oneSubstitution reports whether got differs from want (same byte
// length) in exactly one character: a typo, not a different word that
// folds the same ("有相" is not 邮箱).
func oneSubstitution(got, want string) bool {
	diff := 0
	for len(got) > 0 && len(want) > 0 {
		a, na := utf8.DecodeRuneInString(got)
		b, nb := utf8.DecodeRuneInString(want)
		if na != nb {
			return false
		}
		if a != b {
			diff++
		}
		got, want = got[na:], want[nb:]
	}
	return diff == 1 && len(got) == 0 && len(want) == 0
}

// isFoldTarget reports whether r is the first character of a class (a
// character others fold to).
func isFoldTarget(r rune) bool { return foldTargets[r] }

var foldTargets = func() map[rune]bool {
	m := map[rune]bool{}
	for _, c := range homophoneClasses {
		r, _ := utf8.DecodeRuneInString(c)
		m[r] = true
	}
	return m
}()

// allHan reports whether s is Chinese characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}
