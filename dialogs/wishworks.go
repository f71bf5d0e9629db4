package dialogs

import "strings"

// s8-j (round 20, rp95 p95a): "你好，我是开封文化艺术职业学院党办的，报两个作品"
// got only the 数量不限 paragraph. The wish readers (intent.go) take the
// number of works as words around the verb; the form is started, and the
// works said are noted as registerWish (wishhow.go) notes them.

// worksSaid is how many works s says it registers ("报两个作品"), 0 when it
// names no number.
func worksSaid(s string) int {
	return workCount(bareNoSymbols(s))
}

// noteWorks adds the one-form-at-a-time note to the reply that started the
// form, when s names two or more works.
func noteWorks(s, out string) string {
	n := worksSaid(s)
	if n < 2 || strings.Contains(out, worksNote(n)) {
		return out
	}
	return strings.Replace(out, "\n\n", "\n"+worksNote(n)+"\n\n", 1)
}
