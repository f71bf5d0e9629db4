package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-e (round 32, rp153): at the 制作单位 step "是我们团委跟许昌鼎视文化传媒有限公司
// 一块拍的 这个咋写" got the field's generic meaning and the step was asked
// again. Two bodies said to have made the film together (跟/和/与…一块/一起/
// 合作/联合 拍的/做的/制作的) are the 制作单位, joined with 、 as the form prints
// several; each is normalised as any 制作单位 answer (我们团委 → the school of
// the 推荐单位 + 团委). A 咋写 or 能报吗 beside it is answered in one line:
// the notice allows works made with other units (三（三）).

var (
	// reCoMade is two makers and the making: "我们团委跟X公司一块拍的",
	// also after the field's own label ("制作单位是我们团委跟X公司一块拍的"),
	// "学院和X传媒合作制作的", "由宣传部与X公司联合摄制".
	reCoMade = regexp.MustCompile(`^(?:制作单位)?(?:是|由|都是|就是|这个是|片子是|作品是|这片子是|这个片子是)?(\p{Han}{2,40}?)(?:跟|和|与|同)(\p{Han}{2,40}?)` +
		`(?:一块儿?|一起|一道|共同|联合|合作)+(?:拍摄?|做|制作|摄制|完成|弄|搞|出品)(?:出来)?(?:的|了|嘞|哩)?$`)
	// reCoMadeLead is "A联合B制作": the first maker leads.
	reCoMadeLead = regexp.MustCompile(`^(?:制作单位)?(?:是|由|都是|就是)?(\p{Han}{2,40}?)(?:联合|携手)(\p{Han}{2,40}?)(?:共同|一起)?(?:拍摄?|制作|摄制|完成|出品)(?:的|了)?$`)
	// reCoWriteAsk asks how to write it, or whether such a work may be sent.
	reCoWriteAsk = regexp.MustCompile(`^(?:那|这|这个|这种|这样)?(?:的话)?(?:制作单位)?(?:该|要|应该)?(?:咋写|怎么写|如何写|咋填|怎么填|如何填|写哪个|写哪家|填哪个|填哪家|写谁|能报吗|可以报吗|能不能报|行吗|可以吗|行不行|中不中)(?:啊|呀|呢|哈|嘞)?[?？]*$`)
)

// ownSchool are words for the user's own unit said alone.
var ownSchool = []string{"我们", "俺们", "咱们", "我们学校", "俺们学校", "咱们学校", "我们学院", "俺们学院", "咱们学院", "学校", "学院", "本校", "我校", "本院", "我院", "我们单位", "本单位"}

// coProducers reads s as two makers of the film, each normalised against
// unit (the 推荐单位), and whether it asks how to write them; ok is false
// unless some clause names two organisations as makers and every other
// clause asks so or is chatter.
func coProducers(s, unit string) (makers []string, asks, ok bool) {
	for _, cl := range splitClauses(s) {
		c := bareNoSymbols(cl)
		switch {
		case c == "" || isChatter(c):
			continue
		case reCoWriteAsk.MatchString(c):
			asks = true
			continue
		case makers != nil:
			return nil, false, false
		}
		m := reCoMade.FindStringSubmatch(c)
		if m == nil {
			m = reCoMadeLead.FindStringSubmatch(c)
		}
		if m == nil {
			return nil, false, false
		}
		for _, p := range m[1:] {
			if _, own := unitPronounRest(p); (own || oneOf(p, ownSchool...)) && unit == "" {
				return nil, false, false
			}
			if oneOf(p, ownSchool...) {
				p = unit
			} else {
				p = producerName(p, unit)
			}
			if !isOrg(p) || isPerson(p) {
				return nil, false, false // "我跟小王一起拍的": people, not units
			}
			makers = append(makers, p)
		}
	}
	return makers, asks, makers != nil
}

// coProduced stores two makers said at the 制作单位 step as the 制作单位
// and answers the 咋写 beside them.
func (t *turn) coProduced(e *contestbot.Entry, s string) (string, bool) {
	if t.nested || t.st.Pending != slot(contestbot.FieldProducer) {
		return "", false
	}
	makers, asks, ok := coProducers(s, e.Unit)
	if !ok || makers[0] == makers[1] {
		return "", false
	}
	out := t.formRest(e, "制作单位："+strings.Join(makers, "、"))
	if e.Producer != strings.Join(makers, "、") {
		return "", false
	}
	if asks {
		out = afterFirstLine(out, "\n合作完成的作品可以报送（见通知 三（三）），制作单位两家都写，用“、”隔开。")
	}
	return out, true
}
