package dialogs

import (
	"regexp"
	"strings"
)

// s5-f4: a formal enquiry asks without a question mark: "现就…报送事宜咨询
// 如下：…是否仍予受理，妥否，请予答复。" Its colon is no label's, so it is a
// question all the same, and it never starts a registration by itself. A
// formal submission that only asks for approval ("…现特此申报。妥否，请示。")
// asks nothing and is no such enquiry.

// reFormalAsk is a formal request for an answer.
var reFormalAsk = regexp.MustCompile(`咨询如下|请示如下|特此咨询|现咨询|请予(?:答复|明示|解答|告知|回复|说明)|(?:敬请|烦请|恳请|请|望|盼)(?:答复|告知|回复|明示|解答|指教|赐复)|盼复`)

// formalEnquiry reports whether s asks in formal words. Words that open a
// colon ("另有一事敬请指教：…", "咨询如下：…") only preface what follows,
// which is read on its own.
func formalEnquiry(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	for _, m := range reFormalAsk.FindAllStringIndex(s, -1) {
		if !strings.HasPrefix(s[m[1]:], "：") && !strings.HasPrefix(s[m[1]:], ":") {
			return true
		}
	}
	return false
}

// reWillSubmit is the user saying a work will be submitted, beside a
// question: "兹有我校拟报送作品一部", "我们准备报两个".
var reWillSubmit = regexp.MustCompile(`(?:拟|准备|打算|想|计划|将)(?:要)?(?:报送|申报|推荐|报名|参赛|报|参加)`)

// offerRegister is the line offering to register, added to an answer to a
// question that says a work will be submitted, unless the answer offers it.
func offerRegister(s, answer string) string {
	if answer == "" || !reWillSubmit.MatchString(s) || strings.Contains(answer, "我要报名") {
		return answer
	}
	return answer + "\n\n" + registerHint
}
