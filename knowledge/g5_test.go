package knowledge

import (
	"context"
	"strings"
	"testing"
	"time"
)

// s5-g5 (issue 12, round 16): table tests per class, each with accept
// cases (want, kind) and reject cases (not). The rp53 exchanges are here
// as regressions; the phrasings beside them are new, so that a fix is a
// mechanism, not one sentence.
func TestRound16Classes(t *testing.T) {
	b := mustLoad(t, Options{})
	cases := []struct {
		class, q string
		kind     Kind
		want     []string
		not      []string
	}{
		// 1. A logo or caption at the opening: the notice's rule, quoted, never a choice.
		{"logo", "片头加个学校logo和片名字幕可以吗", KindNotInNotice, []string{"“报送作品请勿添加彩条、开场字幕说明以及任何形式的水印logo。”", "孟晗"}, []string{"你问的是哪一项", "文件命名"}},
		{"logo", "片头放个校徽再加一行学校名称字幕行不行", KindNotInNotice, []string{"任何形式的水印logo", "开场字幕说明"}, []string{"你问的是哪一项"}},
		{"logo", "老师您好，我是学校信息中心的，负责给党办剪片子。现在片子基本剪完了，时长2分55秒，用Premiere导出H.264，1080P，目标码率20Mbps。片头有个3秒的学校校徽动画，片尾有一行“出品：XX学院党委组织部”。想请教两件事：片头校徽要不要去掉？片尾那行字算不算水印？",
			KindNotInNotice, []string{"任何形式的水印logo", "片尾", "通知没有说明"}, []string{"按你说的参数", "五类", "我先记下"}},
		{"logo", "片尾那行出品字样算不算水印", KindNotInNotice, []string{"通知没有说明", "水印logo"}, []string{"按你说的参数"}},
		{"logo", "片头能放学校logo吗", KindFact, []string{"水印logo"}, []string{"片尾署名", "你问的是哪一项"}},
		{"logo", "片尾能放学校名称和制作人员名单吗", KindNotInNotice, []string{"片尾署名"}, []string{"评比结果"}},
		// 2. Awards for organising units; the prizes said once.
		{"award", "有没有给组织单位的奖", KindFact, []string{"优秀组织单位奖若干"}, []string{"由省委组织部组织开展"}},
		{"award", "组织单位奖有吗", KindFact, []string{"优秀组织单位奖"}, []string{"组织开展；"}},
		{"award", "奖项设置是怎样的，有奖金吗", KindNotInNotice, []string{"没有说明奖金", "特等奖1名"}, nil},
		{"award", "奖项设置是怎样的", KindFact, []string{"特等奖1名"}, []string{"奖金"}},
		{"award", "谁是主办单位", KindFact, []string{"由省委组织部组织开展"}, []string{"特等奖"}},
		// 3. Publishing after sending: what the notice and the agreement say, never a flat no.
		{"repost", "获奖作品首播权归谁？以后我们学校公众号还能发吗", KindNotInNotice, []string{"首播权归河南省党员教育中心", "通知没有说明", "第三方", "孟晗"}, []string{"不可以", "党课开讲"}},
		{"repost", "我家孩子在学校的片子里演了一个角色，老师说已经报到省里了。孩子马上要艺考，想把自己演的那一段剪进作品集发到B站，会不会影响学校参赛？", KindNotInNotice, []string{"未公开发表", "首播权", "通知没有说明", "孟晗"}, []string{"不可以", "jytzgc2024"}},
		{"repost", "比赛结束后我们学校视频号能转发吗", KindNotInNotice, []string{"通知没有说明", "首播权"}, []string{"不可以"}},
		{"repost", "作品在抖音发过还能报吗", KindFact, []string{"不可以", "未公开发表"}, nil},
		// 4. What the notice does not settle, said so, with contacts.
		{"unsettled", "背景音乐用了一首流行歌，会不会有版权问题", KindNotInNotice, []string{"通知中没有说明音乐", "孟晗"}, []string{"全网首次播放权"}},
		{"unsettled", "码率10到50是说平均码率还是峰值？用VBR可以吗", KindNotInNotice, []string{"平均码率还是峰值", "孟晗"}, []string{"码率 10 Mbps", "按你说的参数"}},
		{"unsettled", "导出用CBR还是VBR好", KindNotInNotice, []string{"VBR"}, []string{"按你说的参数"}},
		{"unsettled", "码率20M用VBR行吗", KindVideo, []string{"20 Mbps"}, nil},
		{"unsettled", "发完邮件发现片名里有个错别字，还能改吗", KindNotInNotice, []string{"通知中没有说明", "孟晗"}, []string{"参评作品、报名表、汇总表和版权确认协议书报送至"}},
		// 5. AI; several values judged in one verdict.
		{"values", "能用AI吗", KindFact, []string{"AI生成", "标注"}, nil},
		{"values", "1080P, MOV, 8M", KindVideo, []string{"文件格式：不通过", "码率：不通过", "8 Mbps"}, nil},
		{"values", "4K，mov，码率60M", KindVideo, []string{"文件格式：不通过", "码率：通过"}, nil},
		{"values", "帮我看看：时长2分50秒，1920×1080，码率12Mbps，mp4，横屏，这样达标不", KindVideo, []string{"结论"}, []string{"水印"}},
		// 7. The bot's own features.
		{"feature", "带分机号可以吗", KindFeature, []string{"0371-63351234转802"}, []string{"回答不了"}},
		{"feature", "电话能写分机吗", KindFeature, []string{"转802"}, nil},
		{"feature", "把更新后的表发我", KindFeature, []string{"下载报名材料"}, []string{"通知中没有说明这一点"}},
		{"feature", "把填好的报名表发我一份", KindFeature, []string{"下载报名材料"}, nil},
		{"feature", "确认了以后还能改分类吗", KindFeature, []string{"随时可以改"}, []string{"作品分为五类"}},
	}
	for _, c := range cases {
		a := b.Answer(context.Background(), c.q)
		if a.Kind != c.kind {
			t.Errorf("[%s] %q: kind %s, want %s\n%s", c.class, c.q, a.Kind, c.kind, a.Text)
		}
		for _, w := range c.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("[%s] %q: missing %q in\n%s", c.class, c.q, w, a.Text)
			}
		}
		for _, w := range c.not {
			if strings.Contains(a.Text, w) {
				t.Errorf("[%s] %q: holds %q in\n%s", c.class, c.q, w, a.Text)
			}
		}
		if n := strings.Count(a.Text, "特等奖1名"); n > 1 {
			t.Errorf("[%s] %q: the prizes said %d times", c.class, c.q, n)
		}
	}
}

// TestWorkDateOneRule (rp53 #07, #61): a film's date is judged by one rule
// whichever date it names: the works-since range, then the same sentence on
// registration — closed when the deadline in force has passed, both dates
// when config keeps registration open past the notice's deadline and the
// work was finished after it (s11-c).
func TestWorkDateOneRule(t *testing.T) {
	late := func() time.Time { return time.Date(2026, 12, 7, 10, 0, 0, 0, shanghai) }
	open := time.Date(2099, 12, 31, 23, 59, 59, 0, shanghai)
	cases := []struct {
		name     string
		deadline time.Time
		q        string
		want     []string
		not      []string
	}{
		{"2025 film, notice deadline passed", time.Time{}, "俺们学校去年拍嘞那个片子中不中 拿来参赛行不行",
			[]string{"时间上符合要求", "本季报送已于2025年10月15日前截止"}, []string{"本次报名截止"}},
		{"film after the deadline, notice deadline passed", time.Time{}, "去年12月拍完的片子能报吗",
			[]string{"本季已不能报送"}, []string{"时间上符合要求"}},
		{"2025 film, trial open", open, "俺们学校去年拍嘞那个片子中不中 拿来参赛行不行",
			[]string{"时间上符合要求"}, []string{"已不能报送", "已于", "本次报名截止", "通知规定的报送时间"}}, // s11-c (rp136 q11): no unasked deadline paragraph
		{"film after the notice deadline, trial open", open, "去年12月拍完的片子能报吗",
			[]string{"时间上符合要求", "通知规定的报送时间是2025年10月15日前", "本次报名截止：2099年12月31日"}, []string{"已不能报送"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := mustLoad(t, Options{Now: late, Deadline: c.deadline})
			holdsAll(t, c.q, b.Answer(context.Background(), c.q).Text, c.want, c.not)
		})
	}
}

// holdsAll checks that answer got to question q holds every want and no not.
func holdsAll(t *testing.T, q, got string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%q: missing %q in %q", q, w, got)
		}
	}
	for _, w := range not {
		if strings.Contains(got, w) {
			t.Errorf("%q: holds %q in %q", q, w, got)
		}
	}
}
