package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-f (issue #10, round 19, rp92 p92a): at the declarations step a
// message made only of questions ("第1条想问一下：片子是我们学校出题策划、请传媒
// 公司拍的，这算学校组织完成的作品吧？") is answered and changes nothing. Its
// words looked like labels (策划 → 监制"请传媒公司", 制作 → 制作单位), so
// a question overwrote a field filled long before.

// reAskOpening opens a question: "第1条想问一下：", "请问", "问一下".
var reAskOpening = regexp.MustCompile(`^(?:第[0-9一二三四五六七八九十]+(?:条|点|项|个))?(?:我|俺)?(?:还)?(?:想|要)?(?:请问|问一下|问下|问问|请教一下|请教|咨询一下|咨询|打听一下)`)

// onlyAsks reports whether every sentence of s is a question, none an
// answer, a value or a change.
func onlyAsks(s string) bool {
	sents := splitOutside(s, true, func(rs []rune, i int) bool {
		return strings.ContainsRune("。！!？?；;\n", rs[i])
	})
	if len(sents) == 0 {
		return false
	}
	for _, st := range sents {
		c := compact(st)
		if containsAny(c, editVerbs...) || strings.Contains(c, "：") && !reAskOpening.MatchString(c) {
			return false // "摘要改成…", "监制：李建国"
		}
		if isQuestion(st) || askedYesNo(st) || reAskOpening.MatchString(c) && contestbot.RuneLen(c) > 4 {
			continue
		}
		return false
	}
	return true
}

// declarationQuestion answers a message of questions only at the
// declarations step and asks the declarations again; nothing is stored.
func (t *turn) declarationQuestion(e *contestbot.Entry, s string) (string, bool) {
	p := t.st.Pending
	if t.nested || !p.eligibility() || !onlyAsks(s) {
		return "", false
	}
	ans := t.midFormAnswer(s, p)
	if strings.TrimSpace(ans) == "" {
		return "", false
	}
	return ans + "\n\n" + t.question(e, p), true
}
