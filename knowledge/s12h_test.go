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
