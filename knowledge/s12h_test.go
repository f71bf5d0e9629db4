package knowledge

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestS12hVagueRate (s12-h, rp155 q37): "六十多兆", "五十多M", "十几兆" are
// bitrates said as over a number, judged as that range: 60+ Mbps fails
// 1080P's 10–50. A plain number keeps its value.
func TestS12hVagueRate(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "1080P的片子码率挺高的好像有六十多兆mp4横屏的两分钟这个能行吗", kind: KindVideo,
			want: []string{"码率：不通过", "不符合要求"}, not: []string{"已说的几项", "码率：没有说到"}},
		{q: "1080p 码率五十多M mp4 2分钟", kind: KindVideo, want: []string{"码率：不通过"}},
		{q: "4K 码率六十多兆 mp4 两分钟 横屏", kind: KindVideo, want: []string{"码率：通过"}, not: []string{"码率：不通过"}},
		{q: "1080P 码率十几兆 mp4 横屏 两分钟", kind: KindVideo, want: []string{"码率：通过"}},
		// Rejects: a plain value stays a point.
		{q: "1080P 码率四十五兆 mp4 横屏 两分钟", kind: KindVideo, want: []string{"码率 45 Mbps", "符合通知要求"}},
		{q: "1080P 码率50M mp4 横屏 两分钟", kind: KindVideo, want: []string{"符合通知要求"}},
	})
}

// TestS12hForbiddenSaid (s12-h, rp155 q40): an opening caption, colour bars
// or a logo the message says the film has is judged against 附件1 第4条: the
// verdict is not "符合". A negation or a closing caption is not it.
func TestS12hForbiddenSaid(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "片子1080P的 码率四十五兆 mp4 竖屏 1分58秒 开头有十秒字幕说明介绍背景", kind: KindVideo,
			want: []string{"开场字幕说明：不通过", "附件1 第4条", "不符合要求"}, not: []string{"结论：符合通知要求", "时长10秒"}},
		{q: "1080P 码率20M mp4 横屏 2分半 右下角带着学校台标", kind: KindVideo, want: []string{"水印logo：不通过"}},
		{q: "1080P 码率20M mp4 2分钟 片头有10秒开场字幕", kind: KindVideo, want: []string{"开场字幕说明：不通过", "时长2分钟"}},
		// Rejects.
		{q: "1080P 码率20M mp4 横屏 2分钟 片头没有字幕", kind: KindVideo, want: []string{"符合通知要求"}, not: []string{"开场字幕说明：不通过"}},
		{q: "1080P 码率20M mp4 横屏 2分钟 片尾有字幕", kind: KindVideo, not: []string{"开场字幕说明：不通过"}},
		// The rule's own sentence said in the verdict is dropped from the answer after it, quote and all.
		{q: "1080P 码率20M mp4 横屏 2分钟 片尾有学校logo", kind: KindVideo, want: []string{"水印logo：不通过"}, not: []string{"\n”"}},
		{q: "1080P 码率20M mp4 横屏 2分钟 能加logo吗", not: []string{"水印logo：不通过"}},
	})
}

// TestS12hStillUnknown (s12-h, rp155 q41): "清晰度挺高 手机拍的 大概三分钟"
// names a sharpness without a value: the duration is judged and 格式、分辨率、
// 码率 are named as still unknown.
func TestS12hStillUnknown(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "视频清晰度挺高的手机拍的大概三分钟左右能交不", kind: KindVideo, want: []string{"分辨率未知", "还要确认：格式", "码率"}},
		{q: "画质很好 三分多钟 能报吗", kind: KindVideo, want: []string{"还要确认"}},
		// Rejects: a duration alone names no other unknown.
		{q: "视频时长有没有要求就是最长能多长时间啊我们那个片子大概做了四分多钟不知道行不行", not: []string{"另外还要确认"}},
		{q: "1080P清晰度挺高 大概三分钟", not: []string{"分辨率未知"}},
	})
}

// TestS12hOverBy (s12-h, rp150): "超12秒", "超了十几秒" are amounts over the
// limit: 3 minutes plus them, never a film of 12 seconds.
func TestS12hOverBy(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "超12秒影响大吗 会直接刷掉不", want: []string{"3分12秒", "原则上不超过3分钟"}, not: []string{"时长12秒", "时长：通过"}},
		{q: "超了十几秒有影响吗", want: []string{"原则上不超过3分钟"}, not: []string{"时长10几秒", "时长：通过"}},
		{q: "不是 我说片子3分12 比3分钟超了12秒 这样会被刷掉吗", want: []string{"3分12秒"}, not: []string{"3分24秒"}},
		// Rejects: seconds with no over-word stay the film's length.
		{q: "视频30s", kind: KindVideo, want: []string{"时长30秒"}},
		{q: "片长150秒mp4格式1080p 码率20M", want: []string{"时长2分30秒"}},
	})
}

// TestS12hFormFollowUp (s12-h, rp155 q12): "那这个表还用盖章不" right after a
// question on the 汇总表 is about the 汇总表: no stamp is asked of it.
func TestS12hFormFollowUp(t *testing.T) {
	b := mustLoad(t, Options{})
	ctx := context.Background()
	for _, c := range []struct {
		q, prev   string
		want, not []string
	}{
		{"那这个表还用盖章不", "会总表上需要谁签字啊是校长签还是书记签", []string{"没有要求汇总表（附件4）盖章"}, []string{"著作权单位盖章"}},
		{"那这个表要交几份", "报名表谁来填", []string{"1式2份"}, nil},
		// Rejects: a form named by its own name, or no form before.
		{"那报名表还用盖章不", "会总表上需要谁签字啊是校长签还是书记签", []string{"著作权单位盖章"}, nil},
		{"那这个表还用盖章不", "截止时间是哪天", nil, []string{"没有要求汇总表（附件4）盖章"}},
	} {
		a := b.AnswerAfter(ctx, c.q, c.prev)
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("%q after %q: missing %q in %q", c.q, c.prev, w, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("%q after %q: holds %q in %q", c.q, c.prev, w, a.Text)
			}
		}
	}
}

// TestS12hSenses (s12-h, rp155, rp150-151): words read in their sense: 名额 of
// prizes, 学校自己拍, 素材 by its resolution, 入党积极分子, a disc, 乙方's name,
// the leader's e-signature; and the run-on question of three parts.
func TestS12hSenses(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "请问奖项设置情况如何，各等次名额分别为多少？", want: []string{"三等奖20名"}, not: []string{"数量不限"}},
		{q: "那三等呢", want: []string{"三等奖20名"}},
		{q: "能不能跟外面的视频公司合作拍啊还是必须得我们学校自己拍", want: []string{"合作完成"}, not: []string{"暂不接受个人作品"}},
		{q: "问下 必须导4k吗 我们素材是1080的", want: []string{"1080P"}, not: []string{"版权"}},
		{q: "请问入党积极分子培训班什么时候开班？", kind: KindOffTopic, not: []string{"主创"}},
		{q: "我们去年参加全国大学生微电影大赛的作品能不能拿来报这个", kind: KindNotInNotice, want: []string{"2025年以来", "全平台未公开发表"}, not: []string{"可以。"}},
		{q: "那视频要不要刻个光盘一块送过去还是说就发邮箱就行", want: []string{"jytzgc2024@126.com", "光盘"}, not: []string{"海报"}},
		{q: "版权确认协议书中“乙方（投稿作者）”一栏，应当填写我院名称还是主创人员个人姓名？", want: []string{"单位名称"}},
		{q: "汇总表上“分管负责领导签字”，是否必须由分管校领导亲笔手签？可否使用电子签名或加盖签名章？", want: []string{"电子签名"}, not: []string{"1式2份"}},
		{q: "截止时间是哪天发哪个邮箱电话多少", want: []string{"2025年10月15日前", "jytzgc2024@126.com", "0371—69691670"}},
		// Rejects.
		{q: "能报多少个作品有没有限制", want: []string{"数量不限"}},
		{q: "一个学校名额有限制吗", want: []string{"数量不限"}},
		{q: "老师自己拍的能报吗", want: []string{"暂不接受个人作品"}},
		{q: "用网上的素材可以吗", want: []string{"版权"}},
		{q: "入党积极分子能当主创吗", not: []string{"党务问题"}},
		{q: "要不要交剧本", want: []string{"剧本"}},
		{q: "是否必须由分管校领导亲笔签字，还是盖章也可以？", not: []string{"电子签名或签名章"}},
	})
}

// TestS12hPrint prints answers for S12H_Q (debugging aid, skipped otherwise).
func TestS12hPrint(t *testing.T) {
	qs := os.Getenv("S12H_Q")
	if qs == "" {
		t.Skip()
	}
	b := mustLoad(t, Options{})
	for _, q := range strings.Split(qs, "|") {
		a := b.Answer(context.Background(), q)
		t.Logf("\n== %s [%s]\n%s", q, a.Kind, a.Text)
	}
}
