package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s9-e (round 23, rp109 p109b #8, rp110 B6): a 简介 or 摘要 said with a
// spoken lead-in: "摘要俺另说一个以焦裕禄用过的破藤椅为线索…" was refused as no
// 摘要, "摘要老师也给了 以一封1948年红色家书为线索…" kept its lead, "简介是这样的…".
// The lead names the text and who gives it or how it comes; the value is
// what follows, verbatim.

var (
	// reSpokenGive is a lead that gives the text: the field, someone or an
	// adverb (另, 也, 重新), and a verb of giving ("俺另说一个", "老师也给了").
	reSpokenGive = regexp.MustCompile(`^(?s)(?:内容|作品)?(?:简介|摘要)(?:呢|嘛|的话)?` +
		`(?:(?:俺们?|我们?|咱们?|老师|领导|学校|他们|她)(?:也|就|再|另外|另|重新|单独)*|(?:也|就|再|另外|另|重新|单独)+)` +
		`(?:说|给|发|写|弄|拟|准备|整|念)(?:了|哩|的|过)?(?:一个|一段|一下|一遍|个|段)?(?:哈|啊|吧|嗷|哦)?[，,。：:\s]*(.+)$`)
	// reSpokenThisWay is "简介是这样的", "摘要这么写": the text follows.
	reSpokenThisWay = regexp.MustCompile(`^(?s)(?:内容|作品)?(?:简介|摘要)(?:呢|嘛)?(?:是|就是|我们?|俺们?)?(?:这样的?|这么写的?|这样写的?|这么说的?|如下|下面这段)(?:哈|啊|吧|哦|嗷)?[，,。：:\s]*(.+)$`)
)

// dropSpokenLead returns a free text without a spoken lead-in, or v as it
// is. What follows the lead must be a text of its own (eight characters).
func dropSpokenLead(v string) string {
	for _, re := range []*regexp.Regexp{reSpokenGive, reSpokenThisWay} {
		if m := re.FindStringSubmatch(strings.TrimSpace(v)); m != nil && contestbot.RuneLen(compact(m[1])) >= 8 {
			return strings.TrimSpace(m[1])
		}
	}
	return v
}
