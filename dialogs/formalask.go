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
var reFormalAsk = regexp.MustCompile(`咨询如下|请示如下|特此咨询|现咨询|请予(?:答复|明示|解答|告知|回复|说明)|(?:敬请|烦请|恳请|请|望|盼)(?:答复|告知|回复|明示|解答|指教|赐复)|盼复|予以(?:明确|答复|说明|告知)|请(?:予)?明确`) // s7-l: "…抑或由各校自行承担，恳请予以明确。"

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
	if answer == "" || !willSubmit(s) || strings.Contains(answer, "我要报名") {
		return answer
	}
	return answer + "\n" + offerLine // s8-c: one short line, no paragraph the question did not ask (rp88 Q4)
}

// willSubmit reports whether s says a work will be submitted; "不想报了",
// "没打算报" say the opposite and get no offer (s12-h, rp155 q69).
func willSubmit(s string) bool {
	for _, loc := range reWillSubmit.FindAllStringIndex(s, -1) {
		before := s[:loc[0]]
		if !strings.HasSuffix(before, "不") && !strings.HasSuffix(before, "没") && !strings.HasSuffix(before, "别") &&
			!strings.HasSuffix(before, "没有") && !strings.HasSuffix(before, "不再") {
			return true
		}
	}
	return false
}

// offerLine is the short offer to register after an answer (s8-c).
const offerLine = "也可以在这里发送“我要报名”，我帮您一项项填报名表。"

// reFaultRemark is a remark that a field is wrong, said where its value
// would stand: "撰稿一栏有遗漏", "片名那里少了个字", "电话有误". It is never
// the value: the field is asked again.
var reFaultRemark = regexp.MustCompile(`^(?:的|这?一栏|这一?项|一项|那一?栏|那里|这里|那块|这块|那儿|这儿|那个|这个|部分)?(?:好像|似乎|还是|也|确实|信息)?(?:有遗漏|遗漏了?|漏了?(?:一个人|个人|一个字|个字|一人|人|字)?|漏填了?|漏写了?|` +
	`少了?(?:一个字|一?个字|几个字|两个字|一个人|个人|一人|人|字)|缺了?(?:一个字|一?个字|一个人|个人|人|字)?|多了?(?:一个字|一?个字|几个字|两个字)|不全|不完整|不准确|` +
	`有问题|有错误?|有错字|有个错字|错了?个字|写错了?|填错了?|打错了?|输错了?|弄错了?|搞错了?|错了|不对|有误|需要?更正|要改|需要改|得改|请更正|须更正)(?:了|啊|呀|吧)?[，,。.！!]*(?:请更正|请予更正|麻烦改一下|改一下|请修改)?[。.！!]*$`)

// faultRemark reports whether v, said after a field's label, only says
// the field is wrong (s5-f4).
func faultRemark(v string) bool {
	return reFaultRemark.MatchString(compact(v))
}
