package dialogs

import "testing"

// s6-n: a claim about what the notice says, asked about, is a question.
func TestClaimsAboutNotice(t *testing.T) {
	for _, s := range []string{
		"通知说时长不能超过5分钟，那我4分钟没问题吧",
		"通知上写的是10月30号截止对吧",
		"听说一等奖有3个是吧",
		"我看通知里说个人也能报，是不是",
		"文件里规定只能报一部吗",
	} {
		if !claimsAboutNotice(s) {
			t.Errorf("%q: want a claim about the notice", s)
		}
	}
	for _, s := range []string{
		"时长4分钟",
		"通知说的那个汇总表我填好了",
		"片名《听说》",
		"我们学校叫郑州职业技术学院，时长5分钟",
		"按通知要求做的",
	} {
		if claimsAboutNotice(s) {
			t.Errorf("%q: no claim asked about", s)
		}
	}
}

// s6-n: asking to stop is a pause; a value or a question about stopping
// something else is not.
func TestStopForm(t *testing.T) {
	for _, s := range []string{"能不能先停一下 我去问问领导", "先暂停一下", "停一下", "可以先停吗"} {
		if !reStopForm.MatchString(compact(s)) {
			t.Errorf("%q: want a stop", s)
		}
	}
	for _, s := range []string{"停车场", "片名《不停》", "时长2分50秒", "先不说这个"} {
		if reStopForm.MatchString(compact(s)) {
			t.Errorf("%q: no stop", s)
		}
	}
}

// s6-n: agreement sought ("…对吧") and "谁来…" ask.
func TestAgreementAsks(t *testing.T) {
	for _, s := range []string{"截止是10月30号对吧", "二等奖20个是吧", "推荐单位意见那栏谁来盖章", "汇总表由谁签字"} {
		if !isQuestion(s) {
			t.Errorf("%q: want a question", s)
		}
	}
	for _, s := range []string{"黄河岸边的守望", "谁来守护", "张伟", "对"} {
		if isQuestion(s) {
			t.Errorf("%q: no question", s)
		}
	}
}
