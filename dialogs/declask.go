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

// onlyAsks reports whether s only asks: one question, or a message that
// opens as a question ("第1条想问一下：", "请问") and ends with one. An answer,
// a value, a change, a complaint or a look at the record is not.
func onlyAsks(s string) bool {
	c := compact(s)
	if c == "" || hasComplaint(c) || containsAny(c, editVerbs...) {
		return false
	}
	if _, ok := readBack(s); ok {
		return false
	}
	cls := splitClauses(s)
	last := cls[len(cls)-1]
	if !isQuestion(last) && !askedYesNo(last) {
		return false
	}
	if len(cls) == 1 {
		return !strings.Contains(c, "：") || reAskOpening.MatchString(c)
	}
	return reAskOpening.MatchString(compact(cls[0]))
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

// reDeclarationWords says something about the declarations themselves:
// "都符合", "都是", "没用AI", "没发过", "单位作品".
var reDeclarationWords = regexp.MustCompile(`符合|都是|都对|都没问题|没问题|单位作品|个人作品|(?:没|没有|未)(?:用|使用)|(?:没|没有|未|从没)(?:公开|发表|发过|发布|上传)|(?:20\d\d|今年|去年)|ai|AI|标注|第[1-4一二三四]条`)

// restAfterEdit is what is left of a message that changed another field,
// to read at the pending step: at the declarations it counts only when it
// speaks of them ("…去掉，都符合"). "摘要前头那四个字…不要 是俺说的话" is no
// yes (s8-f, rp89 p89b): the declarations are set only when answered.
func restAfterEdit(rest string, pending slot) string {
	if pending.eligibility() && !reDeclarationWords.MatchString(rest) {
		return ""
	}
	return rest
}
