package dialogs

import (
	"regexp"
	"strconv"
	"strings"
)

// s12-j (round 33, rp157 mayang_luohe): "你好 我是漯河三职专的马老师 … 我们有两个
// 片子 一个叫沙澧河畔的红色课堂 一个叫老党员的育人笔记" got the welcome text and
// both titles were lost. Two or more works announced with their titles
// ("一个叫A 一个叫B", "第一个叫A，第二个叫B") before any form is open start the
// form for the first with 片名 A; the others are kept as a list of works is
// (workslist.go: NextWork, then LaterWorks) and fill the next works.

// reAnnouncedTitle is one work announced with its title: "一个叫A",
// "第二个叫《B》", "另一个片子叫B".
var reAnnouncedTitle = regexp.MustCompile(`(?:另外一|另一|第[一二三四五1-5]|一)(?:个|部)(?:片子|作品|视频|片儿)?(?:叫做|名叫|叫)《?([^，,。；;！!？?\s《》“”"]{2,30}?)》?(?:[，,。；;！!\s]|$)`)

// announcedTitles are the titles s announces, one per work; nil when it
// announces fewer than two or asks something.
func announcedTitles(s string) []string {
	if isQuestion(s) {
		return nil
	}
	var titles []string
	for _, m := range reAnnouncedTitle.FindAllStringSubmatch(s+" ", -1) {
		titles = append(titles, strings.TrimSpace(m[1]))
	}
	if len(titles) < 2 {
		return nil
	}
	return titles
}

// announcedWorks opens the form for the first of the works s announces
// with their titles (see above); ok is false when s announces none.
func (t *turn) announcedWorks(s string) (string, bool) {
	if t.st.Mode != modeIdle || t.latestDraft() != nil {
		return "", false
	}
	titles := announcedTitles(s)
	if titles == nil {
		return "", false
	}
	var later []string
	for _, x := range titles[1:] {
		later = append(later, "片名："+x)
	}
	t.st.NextWork = strings.Trim(later[0]+"，"+t.st.NextWork, "，")
	t.st.LaterWorks = append(append([]string(nil), later[1:]...), t.st.LaterWorks...)
	count := strconv.Itoa(len(titles) - 1)
	if len(titles) == 2 {
		count = "一"
	}
	var rest []string
	for _, x := range titles[1:] {
		rest = append(rest, "《"+x+"》")
	}
	note := "另外" + count + "个作品（" + strings.Join(rest, "") + "）我先记着，这个报完发“再报一个”接着报。"
	out := t.register("片名：" + titles[0])
	return afterFirstLine(out, "\n"+note), true
}
