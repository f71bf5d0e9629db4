package dialogs

// s6-l: the bot's summary pasted back with some lines edited (rp67 p67a):
// only the lines that differ from the stored summary are read, and the
// reply says exactly what changed.

import (
	"regexp"
	"strings"

	"contestbot"
)

// summaryLabels start the lines of the summary (texts.go summary).
var summaryLabels = []string{"推荐单位：", "片名：", "制作单位：", "联系人：", "时长：", "主创：", "内容简介：", "内容摘要：", "单位作品：", "著作权声明："}

// reSummaryFrame is a line around the values: the header, the footer, the
// reminder after an answer.
var reSummaryFrame = regexp.MustCompile(`^(?:请核对报名信息|目前填写的内容|核对无误|还没有提交|好的，已记下)`)

// reSummaryNotValue is a line the user does not fill: the declarations are
// answered by yes/no questions, the 著作权声明 is the bot's text.
var reSummaryNotValue = regexp.MustCompile(`^(?:单位作品：|著作权声明：)`)

// reUnfilledPart is a part of a line still shown as 未填 ("分类：未填",
// "编导(导演) 未填"): nothing to read from it.
var reUnfilledPart = regexp.MustCompile(`[^\s；;：:]+[：:\s]\s*未填`)

// summaryLines splits s into its lines when it reads as a pasted summary:
// at least three lines start with a summary label. The header and footer
// are optional.
func summaryLines(s string) ([]string, bool) {
	var lines []string
	labelled := 0
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		for _, p := range summaryLabels {
			if strings.HasPrefix(l, p) {
				labelled++
				break
			}
		}
		lines = append(lines, l)
	}
	return lines, labelled >= 3
}

// sameLine compares a pasted line with a summary line, spaces aside (a
// paste may lose the two spaces between 联系人 and 电话).
func sameLine(a, b string) bool {
	return strings.Join(strings.Fields(a), "") == strings.Join(strings.Fields(b), "")
}

// summaryPasted handles a pasted summary while a draft is being filled.
func (t *turn) summaryPasted(s string) (string, bool) {
	lines, ok := summaryLines(s)
	if !ok {
		return "", false
	}
	e := t.pastedWork(lines)
	if e == nil {
		return "", false
	}
	done := e.Status == contestbot.StatusComplete
	stored := strings.Split(t.summary(e), "\n")
	var changed []string
	framed, kept := false, 0
	for _, l := range lines {
		if reSummaryFrame.MatchString(l) || reSummaryNotValue.MatchString(l) {
			framed = true
			continue
		}
		same := false
		for _, x := range stored {
			if sameLine(l, x) {
				same = true
				break
			}
		}
		if same {
			kept++
		} else {
			changed = append(changed, l)
		}
	}
	// A form typed or pasted from Word is read as usual: a summary sent
	// back has its frame or keeps most of its lines.
	if !framed && kept < 3 {
		return "", false
	}
	if len(changed) == 0 {
		if done {
			return "《" + e.DisplayTitle() + "》已经提交了，您发回的内容和记录的一样，没有改动。", true
		}
		t.st.focus(modeForm, e)
		t.st.Pending = t.next(e)
		return "您发回的内容和记录的一样，没有改动。\n\n" + t.question(e, t.st.Pending), true
	}
	if done {
		t.st.focus(modeEdit, e) // "确认" ends the edit (entries.go finishEdit)
	} else {
		t.st.focus(modeForm, e)
	}
	before := *e
	var errs []string
	for _, l := range changed {
		if roles, ok := strings.CutPrefix(l, "主创："); ok && strings.Contains(roles, "未填") {
			// Some roles not asked yet: only the roles written are read, so the
			// rest stay to be asked (the whole 主创 line would end the roles).
			var parts []string
			for _, p := range strings.FieldsFunc(roles, func(r rune) bool { return r == '；' || r == ';' }) {
				if p = strings.TrimSpace(p); p != "" && !strings.HasSuffix(p, "未填") {
					parts = append(parts, p)
				}
			}
			l = strings.Join(parts, "，")
		}
		l = strings.TrimSpace(reUnfilledPart.ReplaceAllString(l, ""))
		if strings.HasSuffix(l, "：") || l == "" {
			continue
		}
		r := t.fill(e, l, "")
		errs = append(errs, r.liveErrs()...)
	}
	diff := changes(t.c.season, &before, e)
	t.touch(e)
	t.st.Pending = t.next(e)
	if done {
		t.st.Pending = ""
	}
	var b strings.Builder
	if len(diff) > 0 {
		b.WriteString("已改：" + strings.Join(diff, "；") + "。")
		t.event(e, "用户修改（发回改过的汇总信息）："+strings.Join(diff, "；"))
	} else {
		b.WriteString("没看出您改了哪一项，记录没有改动。需要改哪项直接说，例如“时长改成2分10秒”。")
	}
	if errs = dedupe(errs); len(errs) > 0 {
		b.WriteString("\n" + strings.Join(errs, "\n"))
	}
	if done {
		b.WriteString("\n\n" + t.summary(e) + "\n\n核对无误请回复“确认”；还要改就直接说。")
		return b.String(), true
	}
	b.WriteString("\n\n" + t.question(e, t.st.Pending))
	return b.String(), true
}

// pastedWork is the work a pasted summary is about: the one being filled or
// edited, else the draft left open, else the work its 片名 line names, else
// the one completed last.
func (t *turn) pastedWork(lines []string) *contestbot.Entry {
	if t.st.Mode == modeForm || t.st.Mode == modeEdit {
		if e := t.current(); e != nil && e.Status != contestbot.StatusCancelled {
			return e
		}
	}
	if t.st.Mode != modeForm && t.st.Mode != modeEdit && t.st.Mode != modeIdle {
		return nil // a pending yes/no (取消? 删除?) is answered first
	}
	if d := t.latestDraft(); d != nil {
		return d
	}
	for _, l := range lines {
		if title, ok := strings.CutPrefix(l, "片名："); ok {
			if e := byTitle(t.listed(), strings.Trim(strings.TrimSpace(title), "《》")); e != nil && e.Status == contestbot.StatusComplete {
				return e
			}
		}
	}
	if e := t.byID(t.st.LastID); e != nil && e.Status == contestbot.StatusComplete {
		return e
	}
	return nil
}

// changes lists what differs from a to b, field by field, each as
// "时长 2分45秒→2分38秒" (a long text as its new value).
func changes(season *contestbot.Season, a, b *contestbot.Entry) []string {
	var out []string
	for _, s := range []slot{slot(contestbot.FieldUnit), slot(contestbot.FieldTitle), slot(contestbot.FieldProducer),
		slot(contestbot.FieldContact), slot(contestbot.FieldPhone), slot(contestbot.FieldDuration), slot(contestbot.FieldCategory)} {
		was, now := display(season, a, s), display(season, b, s)
		if was == now {
			continue
		}
		out = append(out, s.label()+" "+orDefault(strings.Trim(was, "《》"), "未填")+"→"+orDefault(strings.Trim(now, "《》"), "未填"))
	}
	for _, r := range roles {
		was, now := *creatorPtr(a, r), *creatorPtr(b, r)
		if was != now {
			old := orNone(was)
			if was == "" && !a.CreatorsDone {
				old = "未填"
			}
			out = append(out, roleLabels[r]+" "+old+"→"+orNone(now))
		}
	}
	if a.Synopsis != b.Synopsis {
		out = append(out, slot(contestbot.FieldSynopsis).label()+"改为"+echoText(b.Synopsis))
	}
	if a.Summary != b.Summary {
		out = append(out, slot(contestbot.FieldSummary).label()+"改为"+display(season, b, slot(contestbot.FieldSummary)))
	}
	return out
}
