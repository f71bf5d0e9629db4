package dialogs

import (
	"strings"

	"contestbot"
)

// s7-c: one row copied from a spreadsheet without its header (round 15,
// rp70 p70b: a 汇总表 row, "1⇥黄河岸边的思政课⇥2分36秒⇥…党委组织部⇥简介…⇥
// 孔德胜⇥139…", was read as one 119-character title).
//
// A line of three or more cells (tab-separated, or lined up with runs of
// spaces) and no labels fills fields two ways, the first that reads every
// cell winning:
//  1. by the 汇总表's columns, in the season's order (Season.SummaryColumns,
//     from the facts file), when every cell passes its column's validator;
//  2. else by each cell's plausibility: a phone, a duration, a category,
//     an organisation, a person, a long text, one short text left for the
//     title, with at least two cells of the short kinds. A row that stays ambiguous (two short texts, two people) is
//     left to the usual reading, which never stores a row as one title.
//
// The row is rewritten as labelled lines ("片名：…\n时长：…"), so the form
// reads, validates and echoes it as any labelled message.

// bareRowCells are the cells of s when s is one pasted row of three or more
// cells and none of them is a label ("片名", "联系人："); nil otherwise.
func bareRowCells(s string) []string {
	s = strings.TrimSpace(s)
	if s == "" || strings.Contains(s, "\n") || !reTableCell.MatchString(s) {
		return nil
	}
	cells := tableCells(s)
	filled := 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		filled++
		if contestbot.RuneLen(c) <= 8 && (isLabelWord(c) || isHeaderCell(c)) {
			return nil // a header row, or labels beside values
		}
		if i := strings.IndexAny(c, ":："); i >= 0 && contestbot.RuneLen(c[:i]) <= 6 && labelSlot(c[:i]) != "" {
			return nil // "片名：…" is labelled already
		}
	}
	if filled < 3 {
		return nil
	}
	return cells
}

// seqCell is a 序号: a number of one to three digits.
func seqCell(c string) bool {
	c = contestbot.NormalizeWidth(c)
	if c == "" || len(c) > 3 {
		return false
	}
	for _, r := range c {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// phoneCell, durationCell and longTextCell are the plain readings of a
// cell's plausibility.
func phoneCell(c string) bool {
	if contestbot.RuneLen(c) > 20 {
		return false
	}
	_, err := contestbot.ParsePhone(c)
	return err == nil
}

func durationCell(c string) bool {
	if contestbot.RuneLen(c) > 12 || phoneCell(c) || seqCell(c) {
		return false
	}
	_, err := contestbot.ParseDuration(c)
	return err == nil
}

// A long text is a sentence (or longer than any title) of 20 characters
// or more.
func longTextCell(c string) bool {
	n := contestbot.RuneLen(c)
	return n >= 20 && (strings.ContainsAny(c, "。，,；;！!") || n > maxTitleRunes) && hasHan(c) && freeTextProblem(c) == ""
}

func personCell(c string) bool { return isPerson(c) && plausiblePerson(c) }

// maxTitleRunes is the longest title the form stores (set's limit).
const maxTitleRunes = 60

// titleCell is a text that may be a title: no sentence, no number, no
// organisation or person.
func titleCell(c string) bool {
	return contestbot.RuneLen(c) <= maxTitleRunes && hasHan(c) && !strings.ContainsAny(c, "。，,；;") && !isQuestion(c) &&
		freeTextProblem(c) == "" && !phoneCell(c) && !durationCell(c) && !isOrg(c)
}

// cellFits reports whether cell c passes the validator of field f, for the
// reading by column.
func (t *turn) cellFits(f slot, c string) bool {
	switch contestbot.Field(f) {
	case contestbot.FieldTitle:
		return titleCell(c) && !personCell(c)
	case contestbot.FieldDuration:
		return durationCell(c)
	case contestbot.FieldUnit, contestbot.FieldProducer:
		return isOrg(c)
	case contestbot.FieldContact:
		return personCell(c) || allPeople(c) && plausiblePerson(c) // two names: the form asks which one
	case contestbot.FieldPhone:
		return phoneCell(c)
	case contestbot.FieldCategory:
		return categoryWord(t.c.season, c) != ""
	case contestbot.FieldSynopsis, contestbot.FieldSummary:
		return contestbot.RuneLen(c) >= 6 && hasHan(c) && freeTextProblem(c) == ""
	}
	if f.isRole() {
		return contestbot.IsNone(c) || allPeople(c) && plausiblePerson(c)
	}
	return false
}

// rowByColumns reads cells in the order of the season's 汇总表 columns; a
// row copied without its 序号 cell is read from the second column.
func (t *turn) rowByColumns(cells []string) ([]string, bool) {
	var cols []string
	if t.c.season != nil {
		cols = t.c.season.SummaryColumns
	}
	if len(cols) == 0 {
		return nil, false
	}
	if len(cells) == len(cols)-1 && labelSlot(cols[0]) == "" && !seqCell(cells[0]) {
		cols = cols[1:]
	}
	if len(cells) != len(cols) {
		return nil, false
	}
	var lines []string
	for i, col := range cols {
		c := cells[i]
		f := labelSlot(col)
		switch {
		case c == "":
		case f == "":
			if !seqCell(c) {
				return nil, false
			}
		case !t.cellFits(f, c):
			return nil, false
		default:
			lines = append(lines, col+"："+c)
		}
	}
	return lines, len(lines) >= 3
}

// rowByPlausibility reads each cell by what it looks like.
func (t *turn) rowByPlausibility(cells []string) ([]string, bool) {
	var phones, durations, categories, orgs, people, longs, titles []string
	for _, c := range cells {
		switch {
		case c == "":
		case seqCell(c):
		case phoneCell(c):
			phones = append(phones, c)
		case durationCell(c):
			durations = append(durations, c)
		case categoryWord(t.c.season, c) != "" && contestbot.RuneLen(c) <= 6:
			categories = append(categories, c)
		case isOrg(c):
			orgs = append(orgs, c)
		case personCell(c):
			people = append(people, c)
		case longTextCell(c):
			longs = append(longs, c)
		case titleCell(c):
			titles = append(titles, c)
		default:
			return nil, false
		}
	}
	if len(phones)+len(durations)+len(categories)+len(orgs)+len(people) < 2 {
		return nil, false // texts spaced apart ("…。  …。  敬请审阅") are no row
	}
	if len(phones) > 1 || len(durations) > 1 || len(categories) > 1 || len(orgs) > 2 || len(people) > 1 || len(longs) > 2 || len(titles) > 1 {
		return nil, false
	}
	unit, producer := slot(contestbot.FieldUnit), slot(contestbot.FieldProducer)
	var lines []string
	add := func(f slot, vs ...string) {
		for _, v := range vs {
			lines = append(lines, f.label()+"："+v)
		}
	}
	add(slot(contestbot.FieldTitle), titles...)
	add(slot(contestbot.FieldDuration), durations...)
	add(slot(contestbot.FieldCategory), categories...)
	switch len(orgs) {
	case 1:
		// One organisation goes to the 汇总表's organisation column when the
		// season's columns have one, else to the 推荐单位.
		f := unit
		if t.c.season != nil {
			for _, col := range t.c.season.SummaryColumns {
				if g := labelSlot(col); g == unit || g == producer {
					f = g
					break
				}
			}
		}
		add(f, orgs[0])
	case 2:
		add(unit, orgs[0]) // the 报名表's order: 推荐单位, then 制作单位
		add(producer, orgs[1])
	}
	add(slot(contestbot.FieldSynopsis), longs[:min(len(longs), 1)]...)
	if len(longs) == 2 {
		add(slot(contestbot.FieldSummary), longs[1])
	}
	add(slot(contestbot.FieldContact), people...)
	add(slot(contestbot.FieldPhone), phones...)
	return lines, len(lines) >= 3
}

// bareRow rewrites s as labelled lines when it is one pasted row of cells
// without labels that reads whole; otherwise s is returned as it is.
func (t *turn) bareRow(s string) string {
	cells := bareRowCells(s)
	if cells == nil {
		return s
	}
	if lines, ok := t.rowByColumns(cells); ok {
		return strings.Join(lines, "\n")
	}
	var filled []string
	for _, c := range cells {
		if c != "" {
			filled = append(filled, c)
		}
	}
	if lines, ok := t.rowByPlausibility(filled); ok {
		return strings.Join(lines, "\n")
	}
	return s
}

// bareRows reads s as two or more such rows, one a work (several rows
// copied from a 汇总表 without its header); each row is returned as
// labelled lines, for tableWorks. Every non-blank line must read whole.
func (t *turn) bareRows(s string) ([]string, bool) {
	var rows []string
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		r := t.bareRow(l)
		if r == l {
			return nil, false
		}
		rows = append(rows, r)
	}
	return rows, len(rows) >= 2
}
