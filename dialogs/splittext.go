package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s9-e (round 23, rp109 p109a #1–#3): a 简介 sent in two bursts. The second
// burst, sent while the 摘要 was asked, was stored as the 摘要, and "不对 刚那句
// 是简介后半截 俩拼一起才是简介 摘要跟简介一样就行" was answered as a question.
// Two readers: the user's own words saying the last text is the 简介's other
// half (joinLastTwo in entries.go acts on them), and a 简介 that stopped
// short of a sentence end, whose next bubble goes on with it (noteMore in
// splitjoin.go keeps it as a part).

// reTextHalf says the text sent last is part of the 简介: "刚那句是简介后半截",
// "俩拼一起才是简介", "这两段合一块是简介", "上一条也是简介".
var reTextHalf = regexp.MustCompile(`(?:是|也是|算|属于)(?:内容)?简介(?:的)?(?:后半截|后半段|后半句|后半部分|下半截|下半段|下半句|后一半|另一半|后面的?部分|后边的?|后头的?|剩下的|一部分)` +
	`|(?:拼|合|接|连|凑|并)(?:在)?(?:一起|一块儿?|一堆|起来|上)(?:才|就)?(?:是|算|当|当作|作为)(?:一段|完整的?|整个的?)?(?:内容)?简介` +
	`|(?:上一条|上一段|刚那句|刚才那句|刚才那段|刚那段|刚发的)(?:也|还)是(?:内容)?简介`)

// saysTextHalf reports whether c (compacted) says the last two texts were
// one 简介.
func saysTextHalf(c string) bool {
	return reTextHalf.MatchString(c)
}

// textStopsShort reports whether a 简介 or 摘要 sent with punctuation ends
// without a sentence end ("…每到麦收时节就带着学生走进田间地头"): its writer
// punctuates, so a missing end says the text goes on in the next bubble.
// Voice input, which sends no punctuation at all, never counts.
// msg is the message the text was stored from: the text must end it (a
// text stored without a remark after it, "…的坚守。大概这样").
func textStopsShort(msg, s string) bool {
	if s = strings.TrimSpace(s); !strings.HasSuffix(strings.TrimSpace(msg), s) {
		return false
	}
	rs := []rune(s)
	if len(rs) < 12 {
		return false
	}
	inner := strings.ContainsAny(string(rs[:len(rs)-1]), "，,；;。")
	// After a sentence end, a short tail with no comma is a remark on the
	// text ("…的坚守。大概这样"), not a sentence cut off.
	if i := strings.LastIndexAny(s, "。！？!?"); i >= 0 {
		if tail := s[i:]; !strings.ContainsAny(tail, "，,；;") && contestbot.RuneLen(tail) < 12 {
			return false
		}
	}
	last := rs[len(rs)-1]
	return inner && (isHan(last) || last >= 'a' && last <= 'z' || last >= 'A' && last <= 'Z') &&
		!strings.ContainsRune("了吧呢啊呀哈嘛", last) && contestbot.RuneLen(s) < contestbot.MaxSummaryRunes*3
}

// sameAfterJoin answers "摘要跟简介一样就行" said with the join when the
// joined 简介 is over the 摘要's limit: the 摘要 cannot be the 简介, and the
// 摘要 question (with its offer to extract one) follows. ok is false for
// any other rest, read as usual.
func (t *turn) sameAfterJoin(e *contestbot.Entry, rest string) (string, bool) {
	w := strings.TrimSpace(reTailWrap.ReplaceAllString(rest, ""))
	if !matchesAny(w, sameAsSynopsis) && !meansSameAsSynopsis(w) && !endsSameAsSynopsis(w) {
		return "", false
	}
	if contestbot.RuneLen(e.Synopsis) <= contestbot.MaxSummaryRunes {
		return "", false
	}
	t.st.Pending = slot(contestbot.FieldSummary)
	return fmt.Sprintf("内容摘要要%d字以内（附件3），不能直接用合起来的简介。\n\n%s", contestbot.MaxSummaryRunes, t.question(e, t.st.Pending)), true
}
