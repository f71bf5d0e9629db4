package knowledge

import "testing"

func TestSenseHolds(t *testing.T) {
	contact := &sense{needs: []string{"号", "电话"}}
	entrants := &sense{needs: []string{"报送", "作品"}, notAfter: []string{"码率", "选题"}}
	contactIdiom := &sense{notBefore: []string{"实际"}}
	tests := []struct {
		name string
		se   *sense
		q    string
		word string
		want bool
	}{
		{"NoSense", nil, "手机竖着拍", "手机", true},
		{"NeedsMissing", contact, "手机竖着拍的视频可以交吗", "手机", false},
		{"NeedsPresent", contact, "手机号是多少", "手机", true},
		{"NotAfter", entrants, "作品的码率范围", "范围", false},
		{"NotAfterFiller", entrants, "作品码率的范围", "范围", false},
		{"NotAfterOther", entrants, "作品报送范围", "范围", true},
		{"NeedsWithoutHead", entrants, "这次的选题范围", "范围", false},
		{"NotBefore", contactIdiom, "选题要联系实际吗", "联系", false},
		{"NotBeforeFiller", contactIdiom, "联系的实际", "联系", false},
		{"NotBeforeOther", contactIdiom, "怎么联系组委会", "联系", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := indexOf(tt.q, tt.word)
			if i < 0 {
				t.Fatalf("%q not in %q", tt.word, tt.q)
			}
			if got := tt.se.holds(tt.q, span{start: i, end: i + len(tt.word)}); got != tt.want {
				t.Errorf("holds(%q at %q) = %v, want %v", tt.q, tt.word, got, tt.want)
			}
		})
	}
}

func indexOf(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i:i+len(w)] == w {
			return i
		}
	}
	return -1
}

// TestSenses: a word of one topic inside a question about another adds
// no part; in its own sense it still answers.
func TestSenses(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "PhoneAsDevice", q: "手机竖着拍的视频可以交吗", want: []string{"横竖屏皆可"}, not: []string{"联系人："}, parts: 1},
		{name: "PhoneAsNumber", q: "手机号是多少", want: []string{"0371—69691670"}, parts: 1},
		{name: "RangeOfBitrate", q: "4K视频的码率范围", want: []string{"30-100Mbps"}, not: []string{"通知面向"}, parts: 1},
		{name: "RangeOfThemes", q: "这次比赛的选题范围是什么", want: []string{"两个确立"}, not: []string{"通知面向"}, parts: 1},
		{name: "RangeOfEntries", q: "报送范围是什么", want: []string{"通知面向"}, parts: 1},
		{name: "JudgingProcess", q: "评审流程是什么", want: []string{"初审"}, not: []string{"要报送四样"}, parts: 1},
		{name: "SubmissionProcess", q: "我们学校是第一次参加，想了解一下报送流程", want: []string{"jytzgc2024@126.com"}, not: []string{"择优上报"}, parts: 1},
		{name: "HowToSend", q: "截止时间和报送方式是什么？", want: []string{"2025年10月15日前", "jytzgc2024@126.com"}, parts: 2},
		{name: "ResultsOfRank", q: "名次在哪看", want: []string{"河南组工信息"}, parts: 1},
		{name: "IdiomNotContact", q: "选题要联系学校实际吗", want: []string{"选题"}, not: []string{"联系人："}, parts: 1},
		// Weak forms make no second part, nor a part beside a verdict.
		{name: "WeakShoot", q: "片子最长能拍多久", want: []string{"3分钟"}, not: []string{"两个确立"}, parts: 1},
		{name: "WeakBesideVerdict", q: "能拍4K吗", want: []string{"4K"}, not: []string{"两个确立"}, parts: 1},
		{name: "WeakMaterials", q: "纸质材料要几份", want: []string{"1式2份"}, not: []string{"要报送四样"}, parts: 1},
		{name: "ContentsNeedAForm", q: "报送材料包括哪些", want: []string{"版权确认协议书"}, not: []string{"报名表（附件2）要填"}, parts: 1},
		// Several forms named: the aspect asked is the answer.
		{name: "TwoFormsStamps", q: "报名表和协议书都要盖章吗", want: []string{"盖章"}, not: []string{"报名表（附件2）要填"}, parts: 1},
		{name: "TwoFormsSign", q: "汇总表和协议书谁签字", want: []string{"分管负责领导"}, not: []string{"汇总表即附件4"}, parts: 1},
	})
}
