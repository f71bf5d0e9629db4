package knowledge

import "testing"

// s10m: round 31 (rp132) and the round-27 contacts (rp128–rp131), each class
// with questions that must be read the new way (accept) and near misses that
// must not (reject). The cases run through runS10G.

// TestS10MWriteSpeech: a 讲稿 is a text the bot does not write (rp132 q62);
// asking whether a script is sent is no writing request.
func TestS10MWriteSpeech(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "帮俺写个微党课的讲稿呗 主题是黄河", kind: KindOffTopic, want: []string{"不代写"}},
		{q: "帮我写个讲稿", kind: KindOffTopic, want: []string{"不代写"}},
		{q: "给我写一篇党课讲稿", kind: KindOffTopic, want: []string{"不代写"}},
	}, []s10gCase{
		{q: "讲稿要交吗", not: []string{"不代写"}},
		{q: "报名表的撰稿写谁", not: []string{"不代写"}},
	})
}

// TestS10MPartyAffairs: party procedure asked without a work is one line,
// this contest only (rp132 q63); who may make or appear in a work stays
// the notice's answer.
func TestS10MPartyAffairs(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "入党积极分子多久能转预备党员", kind: KindOffTopic, want: []string{"我只解答", "党务"}, not: []string{"出镜人员"}},
		{q: "预备党员转正要多久", kind: KindOffTopic, want: []string{"我只解答"}},
		{q: "党费怎么交", kind: KindOffTopic, want: []string{"我只解答"}, not: []string{"jytzgc2024@126.com"}},
	}, []s10gCase{
		{q: "预备党员能当主创吗", kind: KindNotInNotice, want: []string{"是否必须是党员"}},
		{q: "入党积极分子拍的片子能报吗", not: []string{"党务"}},
		{q: "片子里出镜的是预备党员 可以吗", not: []string{"党务"}},
	})
}
