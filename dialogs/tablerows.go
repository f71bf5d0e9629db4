package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// Several works in one pasted table (s5-g3). A summary sheet copied from
// Excel or Word has a header row of field labels and one row per work,
// cells separated by tabs (or lined up with runs of spaces). Every row
// becomes its own draft, in order; no row is read as one value of another
// work ("推荐单位太长了（249字）").

// reTableCell separates the cells of a pasted table row: a tab, or two or
// more spaces where the columns are lined up with spaces.
var reTableCell = regexp.MustCompile(`\t|[ \x{3000}]{2,}`)

// tableCells splits one pasted line into its trimmed cells.
func tableCells(line string) []string {
	cells := reTableCell.Split(strings.TrimRight(line, "\r"), -1)
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// isHeaderCell reports whether a table cell is a field or role label.
func isHeaderCell(c string) bool {
	c = strings.TrimSpace(c)
	return c != "" && contestbot.RuneLen(c) <= 8 && (labelSlot(c) != "" || roleOfCell(c) != "")
}

// isLabelWord reports whether a cell is a label and nothing else: "片名",
// "联系人：", "撰稿". A value that contains a label word ("动画制作",
// "同简介") is none.
func isLabelWord(c string) bool {
	c = strings.TrimRight(strings.TrimSpace(c), ":：")
	if roleOfCell(c) != "" {
		return true
	}
	for _, d := range labelDefs {
		if strings.EqualFold(c, d.word) {
			return true
		}
	}
	return false
}

// headerOf reports whether head is a header row over a row of values vals:
// three or more label cells, at most one cell that is no field (序号,
// 备注), and values that are not labels themselves.
func headerOf(head, vals []string) bool {
	if len(head) < 3 || len(vals) != len(head) {
		return false
	}
	labels, valueLabels := 0, 0
	for k := range head {
		if isHeaderCell(head[k]) {
			labels++
		}
		if isLabelWord(vals[k]) {
			valueLabels++
		}
	}
	return labels >= 3 && labels >= len(head)-1 && valueLabels <= 1
}

// rowText writes one row of values under its header as labelled lines
// ("片名：初心灯火\n时长：2分45秒"); cells of no field and empty cells go.
func rowText(head, vals []string) string {
	var pairs []string
	vals = sortSwappedCells(head, vals) // s8-n swapcells.go: 时长 and 制作单位 cells swapped
	for k, h := range head {
		if v := strings.TrimSpace(vals[k]); v != "" && isHeaderCell(h) {
			pairs = append(pairs, strings.TrimSpace(h)+"："+v)
		}
	}
	return strings.Join(pairs, "\n")
}

// tableRows reads s as a pasted table of works: a header row and two or
// more rows of values, one a work, nothing else but blank lines and a
// preface before the header. It
// returns each row as labelled lines (rowText), in order.
func tableRows(s string) ([]string, bool) {
	s = closeUpLabels(strings.TrimSpace(s))
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	// A line before the header that gives no value is a preface ("我们三个
	// 作品的信息如下："); it is dropped. One that gives labelled values the
	// table has no column for ("推荐单位：中原理工大学") holds for every work.
	var common []string
	for len(lines) >= 3 && !headerOf(tableCells(lines[0]), tableCells(lines[1])) && !isQuestion(lines[0]) {
		if ex := extract(lines[0]); len(ex.values) > 0 {
			if !ex.labelled {
				return nil, false
			}
			common = append(common, strings.TrimSpace(lines[0]))
		}
		lines = lines[1:]
	}
	if len(lines) < 3 {
		return nil, false
	}
	head := tableCells(lines[0])
	for _, c := range common {
		for _, v := range extract(c).values {
			for _, h := range head {
				if isHeaderCell(h) && labelSlot(h) == v.slot {
					return nil, false // the line and a column name the same field
				}
			}
		}
	}
	var rows []string
	for _, l := range lines[1:] {
		vals := tableCells(l)
		if !headerOf(head, vals) {
			return nil, false
		}
		rows = append(rows, strings.Join(append(append([]string(nil), common...), rowText(head, vals)), "\n"))
	}
	return rows, true
}

// tableWorks fills one draft per row of a pasted table: the first row goes
// into the draft being filled when it has no other title, each further row
// into a new draft. Each work is echoed with what it still lacks, and the
// form goes on with the first missing field of the first incomplete work.
func (t *turn) tableWorks(rows []string) string {
	var head string
	var works []*contestbot.Entry
	first := t.current()
	if t.st.Mode != modeForm || first == nil || first.Status != contestbot.StatusDraft {
		first = nil
	}
	for i, row := range rows {
		row = tidy(row, t.c.boxes)
		title := extractTitle(row)
		var e *contestbot.Entry
		switch {
		case i == 0 && first != nil && (first.Title == "" || first.Title == title):
			e = first
		case i == 0 && first == nil && t.st.Mode != modeEdit:
			if d := t.draftTitled(title); d != nil {
				e = d
				break
			}
			out := t.register("")
			head = strings.SplitN(out, "\n\n", 2)[0]
			e = t.current()
		default:
			if d := t.draftTitled(title); d != nil && title != "" {
				e = d
				break
			}
			e = &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
			t.entries = append(t.entries, e)
			t.touch(e)
		}
		if e == nil {
			return ""
		}
		t.st.focus(modeForm, e)
		t.st.Pending = t.next(e)
		t.nested = true
		t.formInput(e, row)
		t.nested = false
		t.touch(e)
		works = append(works, e)
	}
	// What a row asked or left half-read belongs to no later message.
	t.st.FixAsk, t.st.Part, t.st.Lead, t.st.Undo = nil, nil, "", nil
	var queued []string
	for _, e := range works {
		if e.Title != "" {
			queued = append(queued, e.Title)
		}
	}
	t.st.Table = queued
	var b strings.Builder
	if head != "" {
		b.WriteString(head + "\n\n")
	}
	fmt.Fprintf(&b, "好的，表里的%d个作品都记下了：", len(works))
	var open *contestbot.Entry
	for i, e := range works {
		fmt.Fprintf(&b, "\n%d.《%s》", i+1, e.DisplayTitle())
		if e.DurationSeconds > 0 {
			b.WriteString(" " + contestbot.FormatDuration(e.DurationSeconds))
		}
		if miss := fieldsShort(t.c.season, e, false); miss != "" {
			b.WriteString("，还差：" + miss)
			if open == nil {
				open = e
			}
		} else {
			b.WriteString("，已填全")
		}
	}
	if open == nil {
		open = works[0]
	}
	t.st.focus(modeForm, open)
	t.st.Pending = t.next(open)
	fmt.Fprintf(&b, "\n\n先填《%s》，填完接着填下一个。\n\n%s", open.DisplayTitle(), t.question(open, t.st.Pending))
	return b.String()
}

// extractTitle is the title a labelled row gives, "" when none.
func extractTitle(row string) string {
	for _, v := range extract(row).values {
		if v.slot == slot(contestbot.FieldTitle) {
			return strings.Trim(v.raw, "《》 ")
		}
	}
	return ""
}

// draftTitled is the user's draft with this title, if any.
func (t *turn) draftTitled(title string) *contestbot.Entry {
	if title == "" {
		return nil
	}
	for _, e := range t.entries {
		if e.Status == contestbot.StatusDraft && e.Title == title {
			return e
		}
	}
	return nil
}

// nextTableWork is the reply after a work of a pasted table is submitted:
// the next work of that table still being a draft is opened at its first
// missing field, with the unit, contact and phone of the work just
// submitted where its row left them out. "" when no such work is left.
func (t *turn) nextTableWork(done *contestbot.Entry) string {
	for len(t.st.Table) > 0 {
		title := t.st.Table[0]
		d := t.draftTitled(title)
		if d == nil || d == done {
			t.st.Table = t.st.Table[1:]
			continue
		}
		var took []string
		if d.Unit == "" && done.Unit != "" {
			d.Unit = done.Unit
			took = append(took, "推荐单位（"+d.Unit+"）")
		}
		if d.Contact == "" && done.Contact != "" {
			d.Contact = done.Contact
			took = append(took, "联系人（"+d.Contact+"）")
		}
		if d.Phone == "" && done.Phone != "" {
			d.Phone = done.Phone
			took = append(took, "电话（"+contestbot.FormatPhone(d.Phone)+"）")
		}
		t.touch(d)
		t.st.focus(modeForm, d)
		t.st.Pending = t.next(d)
		out := "接着填表里的下一个作品《" + d.DisplayTitle() + "》。"
		if len(took) > 0 {
			out += "已沿用上一个作品的" + strings.Join(took, "、") + "，要改直接说。"
		}
		if t.st.Pending == "" {
			return out
		}
		return out + "\n\n" + t.question(d, t.st.Pending)
	}
	return ""
}

// reWorksRef names works besides the one at hand: 后面两个, 其他几个,
// 第二个, 表里的, 另外两部.
var reWorksRef = regexp.MustCompile(`后面|后边|其他|其它|其余|另外|剩下|表里|表格里|第[二两三四五六七八九十2-9](?:个|部)|[两二三四五六七八九几2-9](?:个|部)(?:作品|片子|视频)?`)

// reRecordedAsk asks whether something was taken down: 没记上吗, 记下了没,
// 录进去了吗, 收到没有, 漏了吗.
var reRecordedAsk = regexp.MustCompile(`(?:没|没有)(?:给我)?(?:记|录|登记|存|收)|(?:记|录|登记|存|收)(?:上|下|进去|到|好)?了?(?:吗|没|没有|么|嘛)|漏(?:了|掉)?(?:吗|没|嘛)?`)

// asksWorksRecorded finds the clause of s that asks whether the user's
// other works were taken down ("我发的表里是三个片子啊，后面两个你没记上吗？");
// rest is s without that clause. "第二个的片名记错了" asks nothing.
func asksWorksRecorded(s string) (rest string, ok bool) {
	parts := reSentence.Split(s, -1)
	seps := reSentence.FindAllString(s, -1)
	for i, p := range parts {
		c := compact(p)
		if reWorksRef.MatchString(c) && reRecordedAsk.MatchString(c) && !containsAny(c, "错", "改", "不对") {
			var b strings.Builder
			for j, q := range parts {
				if j != i && strings.TrimSpace(q) != "" && !reWorksRef.MatchString(compact(q)) {
					b.WriteString(q)
					if j < len(seps) {
						b.WriteString(seps[j])
					}
				}
			}
			return strings.TrimSpace(b.String()), true
		}
	}
	return "", false
}

var reSentence = regexp.MustCompile(`[。！!？?；;\n]+`)

// worksRecorded answers "后面两个你没记上吗": the works the user has, each
// with what it still lacks (s5-g3). ok is false for a user with one work.
func (t *turn) worksRecorded(s string) (string, bool) {
	es := t.listed()
	if len(es) < 2 {
		return "", false
	}
	rest, ok := asksWorksRecorded(s)
	if !ok {
		return "", false
	}
	var b strings.Builder
	fmt.Fprintf(&b, "都记上了，您现在有%d个作品：", len(es))
	for i, e := range es {
		fmt.Fprintf(&b, "\n%d.《%s》", i+1, e.DisplayTitle())
		if e.Status == contestbot.StatusComplete {
			b.WriteString(" 已报名")
		} else if miss := fieldsShort(t.c.season, e, false); miss != "" {
			b.WriteString(" 还差：" + miss)
		}
	}
	b.WriteString("\n按顺序一个一个填完。")
	if rest == "" {
		return t.withPending(b.String()), true
	}
	return b.String() + "\n\n" + t.text(rest), true
}
