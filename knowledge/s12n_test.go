package knowledge

import (
	"context"
	"strings"
	"testing"
)

// TestRound38Features: the bot's own withdraw, "我的作品" and filled
// agreement answers (rp160 q70, q71, q79), and near-misses that stay on
// their own answers.
func TestRound38Features(t *testing.T) {
	b := mustLoad(t, Options{})
	accept := []struct{ q, want string }{
		{"我已经报了一个作品，想撤销怎么办", "取消第1个作品"},
		{"报的作品能撤销不", "取消第1个作品"},
		{"俺报哩作品能查查不 看看报上没", "我的作品"},
		{"我那个片子报上没有", "我的作品"},
		{"版权确认协议书也在这里填吗", "下载报名材料"},
		{"协议书在这里填不", "D725B"},
	}
	for _, c := range accept {
		a := b.Answer(context.Background(), c.q)
		if a.Kind != KindFeature || !strings.Contains(a.Text, c.want) || strings.Contains(a.Text, "通知中没有说明") {
			t.Errorf("%q: got [%s] %s, want feature with %q", c.q, a.Kind, a.Text, c.want)
		}
	}
	reject := []struct{ q, not string }{
		{"版权协议书乙方填谁", "不用另填"},
		{"版权确认协议书的有效期到什么时候", "不用另填"},
		{"需要报送哪些材料？", "取消第1个作品"},
		{"报名表纸质版要寄到哪里", "我的作品"},
	}
	for _, c := range reject {
		if a := b.Answer(context.Background(), c.q); strings.Contains(a.Text, c.not) {
			t.Errorf("%q: got [%s] %s, must not contain %q", c.q, a.Kind, a.Text, c.not)
		}
	}
}

// TestRound38OtherMatters: other matters and other contests get the one
// line; another contest compared with this one gets this contest only
// (rp160 q62, q64, q65). Near-misses keep their own answers.
func TestRound38OtherMatters(t *testing.T) {
	b := mustLoad(t, Options{})
	accept := []struct {
		q    string
		kind Kind
		want string
	}{
		{"全国大学生广告艺术大赛的作品要求是什么", KindOffTopic, "我只解答"},
		{"大学生艺术大赛啥时候截止", KindOffTopic, "我只解答"},
		{"俺们学校评职称要啥材料", KindOffTopic, "人事部门"},
		{"评职称需要哪些材料", KindOffTopic, "人事部门"},
		{"请问教育厅的微党课比赛和这个是同一个比赛吗", KindNotInNotice, "微党课"},
		{"这个跟微党课大赛是一回事吗", KindNotInNotice, "微党课"},
	}
	for _, c := range accept {
		a := b.Answer(context.Background(), c.q)
		if a.Kind != c.kind || !strings.Contains(a.Text, c.want) || strings.Contains(a.Text, "不是一回事") {
			t.Errorf("%q: got [%s] %s, want [%s] with %q", c.q, a.Kind, a.Text, c.kind, c.want)
		}
	}
	reject := []struct{ q, not string }{
		{"获奖了对评职称有用吗", "人事部门"},
		{"在全国大学生微电影大赛获过奖的片子还能报吗", "我只解答"},
		{"这个和全国大学生微电影大赛是一回事吗", "微党课"},
		{"需要报送哪些材料？", "我只解答"},
	}
	for _, c := range reject {
		if a := b.Answer(context.Background(), c.q); strings.Contains(a.Text, c.not) {
			t.Errorf("%q: got [%s] %s, must not contain %q", c.q, a.Kind, a.Text, c.not)
		}
	}
}

// TestRound38MaterialsList: "哪些材料" gets the list, the mailbox, the room
// and the notice's date, not this season's closing-date note or 我要报名
// (rp160 q12); how to register or send keeps them.
func TestRound38MaterialsList(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{"需要报送哪些材料？", "要交哪些材料", "材料都有哪些"} {
		a := b.Answer(context.Background(), q)
		if !strings.Contains(a.Text, "版权确认协议书") || strings.Contains(a.Text, "我要报名") || strings.Contains(a.Text, "本次报名截止") {
			t.Errorf("%q: got [%s] %s, want the list alone", q, a.Kind, a.Text)
		}
	}
	for _, q := range []string{"怎么报名", "作品咋报 需要啥材料", "报名需要哪些材料"} {
		a := b.Answer(context.Background(), q)
		if !strings.Contains(a.Text, "我要报名") {
			t.Errorf("%q: got [%s] %s, want 我要报名", q, a.Kind, a.Text)
		}
	}
}

// TestRound38MustBe: "得是X不" asks the rule (rp160 q40), not a stated
// value to judge; a value stated with 觉得是 or given plainly is judged.
func TestRound38MustBe(t *testing.T) {
	b := mustLoad(t, Options{})
	for _, q := range []string{"视频得是mp4不 分辨律多少 能加水印不", "得是mp4不", "分辨率得是4K吗"} {
		a := b.Answer(context.Background(), q)
		if a.Kind == KindVideo || strings.Contains(a.Text, "通过") {
			t.Errorf("%q: got [%s] %s, want the rule, not a verdict", q, a.Kind, a.Text)
		}
	}
	for _, q := range []string{"我觉得是mp4 1080P 码率20M 2分钟 中不中", "俺这视频1920x1080 码率8M mp4 2分50秒 中不中"} {
		if a := b.Answer(context.Background(), q); a.Kind != KindVideo {
			t.Errorf("%q: got [%s] %s, want a verdict", q, a.Kind, a.Text)
		}
	}
}
