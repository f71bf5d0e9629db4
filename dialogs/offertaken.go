package dialogs

import (
	"regexp"
	"strings"
)

// s7-c: taking an offered text in the user's own words (round 15, rp72
// p72b: "行 先用这个", "就用你刚才摘的那段" were refused after "帮我摘").
//
// A reply takes the offer when, once its agreeing words (好/行/可以/中/嗯/
// 没问题…), its softeners (先, 就, 那就, 还是) and its closing particles
// (吧, 呗, 就行, 挺好…) are read off, what is left is nothing, or a verb of
// taking (用, 要, 选, 填, 按) with at most a reference to the offer ("这个",
// "那段", "你刚才摘的那段", "它"). A question, a negation (不, 别, 没 other
// than 没问题), a request for more (再…, 改…) or any other words are no yes:
// a new text replaces the offer as usual.

var (
	// reOfferLead are words before the taking: agreement and softeners.
	reOfferLead = regexp.MustCompile(`^(?:没问题|没毛病|好的|好|行|可以|中|嗯|哦|噢|对|ok|那就|那|就|先|还是|也|是的|是|确认|同意)`)
	// reOfferTail are words after it: particles and praise of the offer.
	reOfferTail = regexp.MustCompile(`(?:吧|呗|啊|哈|了|呀|啦|嘞|哦|就行|就好|就可以|就中|可以|挺好|很好|不错|没问题|行|好|中|来|上)$`)
	// reOfferVerb is a verb of taking.
	reOfferVerb = regexp.MustCompile(`^(?:就|先)?(?:用|要|选|填|按|拿|采用)(?:上)?`)
	// reOfferRef refers to the offered text.
	reOfferRef = regexp.MustCompile(`^(?:(?:你|您)?(?:刚才|刚刚|上面|前面|上边)?(?:摘|截|给|写|发|弄|找|挑|选|提|出)(?:的|出来的|出的)(?:这|那)?(?:个|段|句|条|版|一段|一个|几句|句话)?|(?:刚才|刚刚|上面|前面|上边)?(?:的)?(?:这|那)(?:个|段|句|条|版|一段|一个|几句|句话|样)|它)$`)
	// reOfferNo is a negation or a request for another text.
	reOfferNo = regexp.MustCompile(`不|别|没有|没用|再|改|换|重新|自己|太|短|长`)
)

// takesOfferWords reports whether s takes the text just offered in words
// other than the plain yes consents reads.
func takesOfferWords(s string) bool {
	ok, _ := offerReply(s)
	return ok
}

// reBotsText names a text the bot gave earlier: "你刚才摘的", "刚才那段".
var reBotsText = regexp.MustCompile(`摘|截|刚才|刚刚|上面|上边`)

// namesPastOffer reports whether s asks for a text the bot offered before
// ("就用你刚才摘的那段") when that offer is no longer open.
func namesPastOffer(s string) bool {
	ok, ref := offerReply(s)
	return ok && reBotsText.MatchString(ref)
}

// offerReply reads s as taking an offer; ref is its reference to the
// offered text ("你刚才摘的那段"), "" when it has none.
func offerReply(s string) (ok bool, ref string) {
	if isQuestion(s) {
		return false, ""
	}
	c := bareNoSymbols(s)
	if c == "" || len([]rune(c)) > 20 {
		return false, ""
	}
	if reOfferNo.MatchString(strings.NewReplacer("没问题", "", "没毛病", "").Replace(c)) {
		return false, ""
	}
	said := false // an agreeing word, a verb of taking or a reference
	for {
		n := len(c)
		if loc := reOfferLead.FindStringIndex(c); loc != nil {
			c, said = c[loc[1]:], said || !oneOf(c[:loc[1]], "那", "就", "先", "还是", "也", "那就")
		}
		if loc := reOfferTail.FindStringIndex(c); loc != nil {
			c = c[:loc[0]]
		}
		if len(c) == n {
			break
		}
	}
	if loc := reOfferVerb.FindStringIndex(c); loc != nil {
		c, said = c[loc[1]:], true
	}
	if c == "" {
		return said, ""
	}
	return reOfferRef.MatchString(c), c
}
