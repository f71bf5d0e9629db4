package remind

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"contestbot"
)

// Item is one unfinished entry as a reminder names it.
type Item struct {
	EntryID int64
	Title   string   // the title, or 未命名作品
	Missing []string // what the entry still lacks (contestbot.Entry.Unfinished)
	Todo    []string // the same, as short actions for a template field
	Draft   bool     // the entry is not submitted yet (s7-f: counted apart in a nudge)
}

// maxItems bounds the entries one text lists, to keep it short.
const maxItems = 5

// Template message fields. The configured template (reminders.template_id)
// must have exactly these keys; their values respect the category-template
// limits (thing ≤ 20 characters, time as "2006年1月2日 15:04").
const (
	FieldWork     = "thing1" // 作品: the title, or "《甲》等3件作品"
	FieldDeadline = "time2"  // 截止时间
	FieldTodo     = "thing3" // 待办: "补全报名表、发送视频"
)

// maxThing is the length limit of a template "thing" field.
const maxThing = 20

func itemsOf(season *contestbot.Season, entries []*contestbot.Entry) []Item {
	var out []Item
	for _, e := range entries {
		missing := e.Unfinished(season)
		if len(missing) == 0 {
			continue
		}
		out = append(out, Item{EntryID: e.ID, Title: e.DisplayTitle(), Missing: missing, Todo: todo(season, e), Draft: e.Status == contestbot.StatusDraft})
	}
	return out
}

// todo mirrors contestbot.Entry.Unfinished as short actions.
func todo(season *contestbot.Season, e *contestbot.Entry) []string {
	var out []string
	fields := false
	for _, f := range e.Missing(season) {
		if f != contestbot.FieldCopyright {
			fields = true
		}
	}
	if fields {
		out = append(out, "补全报名表")
	}
	if !e.CopyrightConfirmed || (e.Status == contestbot.StatusDraft && !fields) {
		out = append(out, "确认报名表")
	}
	switch {
	case e.VideoURL == "":
		out = append(out, videoTodo)
	case e.CheckVerdict == contestbot.VerdictFail:
		out = append(out, "重新提交视频")
	}
	return out
}

func quoted(title string) string {
	if title == "未命名作品" {
		return title
	}
	return "《" + title + "》"
}

// daysLeft counts calendar days in loc from now to the deadline's last day.
func daysLeft(now, deadline time.Time, loc *time.Location) int {
	y, m, d := now.In(loc).Date()
	ly, lm, ld := lastDay(deadline, loc)
	a := time.Date(y, m, d, 12, 0, 0, 0, time.UTC)
	b := time.Date(ly, lm, ld, 12, 0, 0, 0, time.UTC)
	return int(b.Sub(a).Hours() / 24)
}

// clockOf writes the deadline's time of day: "24时" for the end of a day,
// else "17:00".
func clockOf(deadline time.Time, loc *time.Location) string {
	t := deadline.In(loc)
	if (t.Hour() == 23 && t.Minute() == 59) || (t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0) {
		return "24时"
	}
	return t.Format("15:04")
}

// dueText is "10月15日24时".
func dueText(deadline time.Time, loc *time.Location) string {
	_, m, d := lastDay(deadline, loc)
	return fmt.Sprintf("%d月%d日%s", int(m), d, clockOf(deadline, loc))
}

// leftText is "还有3天截止" or "今天24时截止".
func leftText(now, deadline time.Time, loc *time.Location) string {
	if n := daysLeft(now, deadline, loc); n > 0 {
		return fmt.Sprintf("还有%d天截止", n)
	}
	return "今天" + clockOf(deadline, loc) + "截止"
}

// reminderText is the customer-service reminder: the deadline and time left,
// each unfinished entry with what it lacks, and how to continue.
func reminderText(items []Item, now, deadline time.Time, loc *time.Location) string {
	var b strings.Builder
	if n := daysLeft(now, deadline, loc); n > 0 {
		fmt.Fprintf(&b, "【报名提醒】作品报送%s截止，还有%d天。", dueText(deadline, loc), n)
	} else {
		fmt.Fprintf(&b, "【报名提醒】作品报送今天%s截止。", clockOf(deadline, loc))
	}
	b.WriteString("以下作品还没完成：\n")
	for i, it := range items {
		if i == maxItems {
			fmt.Fprintf(&b, "……另有%d件\n", len(items)-maxItems)
			break
		}
		if len(items) > 1 {
			fmt.Fprintf(&b, "%d. ", i+1)
		}
		fmt.Fprintf(&b, "%s：%s\n", quoted(it.Title), shortMissing(it.Missing))
	}
	b.WriteString(nextStep(items) + "；回复“退订提醒”不再提醒。")
	return b.String()
}

// nextStep tells the user how to go on: the form when any entry still needs
// it, else the video link (an entry whose form is done gains nothing from
// 继续报名).
func nextStep(items []Item) string {
	for _, it := range items {
		for _, t := range it.Todo {
			if t == "补全报名表" || t == "确认报名表" {
				return "回复“继续报名”接着填写"
			}
		}
	}
	return videoStep
}

// videoTodo and videoStep name the video as the notice asks for it (s11-j,
// rp143): the film goes to the contest mailbox (通知 三（二）2); a link sent
// here only checks the format first. "还需提交视频链接…发给我检查" read as if
// a link were required.
const (
	videoTodo = "发送视频"
	videoStep = "视频按通知发到邮箱；想先查格式，可把下载链接发给我（可选）"
)

// maxLabels is how many unfilled fields a reminder names before "等N项".
const maxLabels = 4

// shortMissing joins what an entry lacks, naming at most maxLabels of the
// unfilled fields so the message stays short: "未填：片名、联系人、时长等12项".
func shortMissing(missing []string) string {
	out := make([]string, 0, len(missing))
	for _, m := range missing {
		if rest, ok := strings.CutPrefix(m, "未填："); ok {
			if labels := strings.Split(rest, "、"); len(labels) > maxLabels {
				m = fmt.Sprintf("未填：%s等%d项", strings.Join(labels[:maxLabels-1], "、"), len(labels))
			}
		}
		out = append(out, m)
	}
	return strings.Join(out, "；")
}

// templateData fills the reminder template's fields.
func templateData(items []Item, deadline time.Time, loc *time.Location) map[string]string {
	var work string
	if len(items) == 1 {
		work = clip(quoted(items[0].Title), maxThing)
	} else {
		suffix := fmt.Sprintf("等%d件作品", len(items))
		title := items[0].Title
		if title == "未命名作品" {
			work = fmt.Sprintf("%d件作品", len(items))
		} else {
			work = "《" + clip(title, maxThing-utf8.RuneCountInString(suffix)-2) + "》" + suffix
		}
	}
	todos := todosOf(items)
	return map[string]string{
		FieldWork:     work,
		FieldDeadline: deadline.In(loc).Format("2006年1月2日 15:04"),
		FieldTodo:     clip(strings.Join(todos, "、"), maxThing),
	}
}

// clip shortens s to at most n characters, ending with "…" when cut.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// nudgeText is the one line appended to a chat reply.
func nudgeText(items []Item, now, deadline time.Time, loc *time.Location) string {
	left := leftText(now, deadline, loc)
	if len(items) == 1 {
		return fmt.Sprintf("提醒：%s还需%s，%s，%s。", quoted(items[0].Title), strings.Join(items[0].Todo, "、"), left, nextStep(items))
	}
	// s7-f (rp74 p74b #21): a submitted work waiting only for its video is
	// no unfinished form; the drafts are counted apart from it.
	drafts := 0
	for _, it := range items {
		if it.Draft {
			drafts++
		}
	}
	switch {
	case drafts == len(items):
		return fmt.Sprintf("提醒：你有%d件作品还没填完，%s，%s。", drafts, left, nextStep(items))
	case drafts == 0:
		return fmt.Sprintf("提醒：你有%d件已报的作品还有待办（%s），%s，%s。", len(items), strings.Join(todosOf(items), "、"), left, nextStep(items))
	case drafts == 1:
		for _, it := range items {
			if it.Draft {
				return fmt.Sprintf("提醒：%s还没填完，另有%d件已报的作品还有待办，%s，%s。", quoted(it.Title), len(items)-1, left, nextStep(items))
			}
		}
	}
	return fmt.Sprintf("提醒：你有%d件作品还没填完，另有%d件已报的作品还有待办，%s，%s。", drafts, len(items)-drafts, left, nextStep(items))
}

// todosOf is the items' actions, each once, in order.
func todosOf(items []Item) []string {
	var out []string
	seen := map[string]bool{}
	for _, it := range items {
		for _, t := range it.Todo {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}
