package knowledge

import (
	"context"
	"strings"
	"testing"
	"time"
)

// s6-n: a question that states a value the notice contradicts is corrected
// first; one that states the right value, or none, is not.
func TestPremiseCorrected(t *testing.T) {
	b := mustLoad(t, Options{})
	accept := []struct{ q, want string }{
		{"听说一等奖有3个名额是吧？总共多少个奖", "一等奖5名，不是3个"},
		{"二等奖是20个吧", "二等奖10名，不是20个"},
		{"特等奖两个对吧", "特等奖1名，不是2个"},
		{"版权确认协议书原件要寄到D752B房间对吧？具体地址是哪里，邮编多少", "D725B房间，不是D752B"},
		{"截止是10月30号对吧", "不是10月30日"},
		{"10月30号截止吧", "不是10月30日"},
		{"作品是发到省委组织部的邮箱吧", "不是省委组织部的邮箱"},
		{"材料发组织部邮箱对吗", "不是组织部的邮箱"},
		{"汇总表是让省委教育工委的领导签字吗", "不是省委教育工委的领导"},
		{"通知说时长不能超过5分钟，那我4分钟没问题吧", "不是5分钟；你说的4分钟超过了3分钟"},
		{"时长最长十分钟是吧", "不是10分钟"},
		{"通知说5分钟以内就行吧", "不是5分钟"},
		{"报名表纸质版交3份吧", "1式2份，不是3份"},
		{"作品分四类对吧", "作品分5类"},
		{"作品发到abc@qq.com对吗", "不是abc@qq.com"},
	}
	for _, c := range accept {
		a := b.Answer(context.Background(), c.q)
		if !strings.HasPrefix(a.Text, "不对，") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], c.want) {
			t.Errorf("%q: want a correction with %q first, got [%s] %s", c.q, c.want, a.Kind, a.Text)
		}
	}
	reject := []string{
		"一等奖有几个", "一等奖5个还是3个", "二等奖10个对吧", "截止是10月15号对吧", "10月14号截止前交来得及吗",
		"10月14号晚上交还来得及吗", "原件送D725B对吧", "是发到省委教育工委组干处的邮箱吧", "我们学校组织部邮箱能发吗",
		"时长不超过3分钟对吧", "1分钟以内太短了吗？有最短时长要求吗", "我们的片子2分50秒行吗", "报名表纸质版交2份吧", "h265编码可以吗", "作品分几类",
		"汇总表谁签字", "4K码率60M可以吗", "截止时间", "发到jytzgc2024@126.com对吧",
	}
	for _, q := range reject {
		a := b.Answer(context.Background(), q)
		if strings.HasPrefix(a.Text, "不对，") {
			t.Errorf("%q: no false premise, got %s", q, a.Text)
		}
	}
}

// s6-n: a theme named in everyday words (facts theme_words).
func TestThemeByWords(t *testing.T) {
	b := mustLoad(t, Options{})
	for q, want := range map[string]int{"驻村第一书记的事迹": 4, "拍我们村支书": 4, "学校的最美教师": 5} {
		if got := b.themeByWords(normalize(q)); got != want {
			t.Errorf("%q: theme %d, want %d", q, got, want)
		}
	}
	for _, q := range []string{"红色故事", "截止时间", "第一书记和最美教师", "黄河边的党旗红"} {
		if got := b.themeByWords(normalize(q)); got != -1 {
			t.Errorf("%q: theme %d, want none", q, got)
		}
	}
}

// s6-n: the day config closes registration on is no false premise; the
// notice's own day still corrects another.
func TestPremiseConfigDeadline(t *testing.T) {
	dl, _ := time.Parse(time.RFC3339, "2025-12-31T23:59:59+08:00")
	b := mustLoad(t, Options{Deadline: dl})
	if a := b.Answer(context.Background(), "截止是12月31号对吧"); strings.HasPrefix(a.Text, "不对，") {
		t.Errorf("config deadline corrected: %s", a.Text)
	}
	if a := b.Answer(context.Background(), "截止是10月30号对吧"); !strings.HasPrefix(a.Text, "不对，") {
		t.Errorf("want a correction: %s", a.Text)
	}
}
