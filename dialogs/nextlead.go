package dialogs

import (
	"regexp"
	"strings"
)

// s10-f (round 26: rp123 "thx 再报一个，八项规定小课堂，…", rp126 "好 那我报第二个 第二个跟
// 第一个基本一样 单位 联系人 电话 监制撰稿摄影剪辑都不变 就是片名 时长 …不一样"): the words
// that open the next work — thanks, an acknowledgement, "那我报第二个", "再报
// 一个", "X都不变" — were read as the next work's 片名 ("thx 再报一个，八项规定
// 小课堂", "好 那我报第二个"). Such a lead-in clause is never a value: the
// copy-except reader (copylike.go) drops it with the clauses that say what
// is copied, likeothers.go anotherRest drops thanks before "再报一个", and
// the 片名's validator refuses a title that is only a lead-in.

var (
	// reNextLead is a clause that only announces registering a (next) work:
	// "那我报第二个", "我再报一个", "接着报第三个吧", "现在填第二个".
	reNextLead = regexp.MustCompile(`^(?:好的?|好嘞|行|嗯|ok|那|那就|然后)*(?:我|我们|俺|俺们|咱|咱们)?(?:就|先|再|接着|继续|还要|还想|开始|现在|来)?(?:报|填|弄)(?:第[一二两三四五六七八九十1-9]|下一|另一|一|个)?(?:个|部)?(?:作品|片子|视频)?(?:吧|了|啊|哈)?$`)
	// reFieldsSame is a run of field names said to stay: "监制撰稿摄影剪辑都不变",
	// "单位联系人电话不变".
	reFieldsSame = regexp.MustCompile(`^(.+?)(?:也|都|也都|全|全都|均)?(?:不变|不用变|照旧|沿用|一样|相同|同上)$`)
)

// workLeadIn reports whether the clause cl only opens the next work or says
// that fields stay as they were; it holds no value of the work.
func workLeadIn(cl string) bool {
	c := strings.Trim(compact(stripEmoji(cl)), "，,。.!！~～ ")
	if c == "" {
		return false
	}
	if closingTalk(cl) || reGreetingOK.MatchString(c) || reNextLead.MatchString(c) {
		return true
	}
	if m := reFieldsSame.FindStringSubmatch(c); m != nil && fieldsListed(m[1]) != nil {
		return true
	}
	return fieldsListed(c) != nil // "单位 联系人 电话都一样" cut at its spaces: "单位"
}

// titleIsLeadIn reports whether a 片名 candidate is only a lead-in: every
// clause of it opens the next work ("好 那我报第二个", "thx 再报一个").
func titleIsLeadIn(v string) bool {
	cls := splitClauses(strings.ReplaceAll(v, " ", "，"))
	if len(cls) == 0 {
		return false
	}
	for _, cl := range cls {
		if !workLeadIn(cl) {
			return false
		}
	}
	return true
}
