package dialogs

import "testing"

func TestTitleExplained(t *testing.T) {
	season := testSeason(t)
	accept := []struct{ in, title, more string }{
		{"一把藤椅就是焦裕禄坐哩那个藤椅是动画片三分钟", "一把藤椅", "是动画片|三分钟"},
		{"红烛讲的是一位老教师的故事", "红烛", ""},
		{"麦田里的党课就是讲农机老师下乡的是实景拍摄", "麦田里的党课", "是实景拍摄"},
		{"一盏马灯就是老支书那盏灯三分二十秒", "一盏马灯", "三分二十秒"},
		{"初心是关于老党员的", "初心", ""},
	}
	for _, c := range accept {
		title, more, ok := titleExplained(season, c.in)
		if !ok || title != c.title || joinBar(more) != c.more {
			t.Errorf("titleExplained(%q) = %q %q %v, want %q %q", c.in, title, more, ok, c.title, c.more)
		}
	}
	reject := []string{
		"青春就是奋斗", "我就是那颗星", "党员是怎样炼成的", "幸福就是奋斗出来的", "《一把藤椅》就是", "黄河岸边的守望",
		"我是党员", "平凡就是伟大", "AI讲述焦裕禄精神", "老支书讲的故事",
	}
	for _, in := range reject {
		if title, more, ok := titleExplained(season, in); ok {
			t.Errorf("titleExplained(%q) = %q %q, want no cut", in, title, more)
		}
	}
}

func TestTitleCorrected(t *testing.T) {
	accept := []struct{ in, want string }{
		{"就四个字一把藤椅后头那是俺给恁解释哩不是", "一把藤椅"},
		{"就四个字一把藤椅后头那是俺给恁解释哩不是片名", "一把藤椅"},
		{"只有4个字：一把藤椅", "一把藤椅"},
		{"一把藤椅后面是我解释的", "一把藤椅"},
		{"一把藤椅不是片名那段是说明", "一把藤椅"},
		{"就四个字一把藤椅 后面的别要", "一把藤椅"},
	}
	for _, c := range accept {
		if got, ok := titleCorrected(c.in); !ok || got != c.want {
			t.Errorf("titleCorrected(%q) = %q %v, want %q", c.in, got, ok, c.want)
		}
	}
	reject := []string{
		"不是所有的花都开在春天", "就在你身边", "四个字的青春", "后面的路", "青春不是歌", "我就是我",
		"就是这样一群人", "说明书里的初心", "不是片名的片名",
	}
	for _, in := range reject {
		if got, ok := titleCorrected(in); ok {
			t.Errorf("titleCorrected(%q) = %q, want as typed", in, got)
		}
	}
}

func joinBar(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += "|"
		}
		out += x
	}
	return out
}
