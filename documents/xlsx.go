package documents

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"contestbot"

	"github.com/xuri/excelize/v2"
)

// OverviewSheet names the printable sheet listing every exported entry
// with the columns staff review on paper.
const OverviewSheet = "全部作品"

// DetailSheet names the sheet with every field of every exported entry,
// for sorting and filtering on screen.
const DetailSheet = "全部字段"

// SummaryHeader is the column row of 附件4, in the notice's order.
var SummaryHeader = []string{"序号", "片名", "时长", "制作单位", "内容简介", "联系人", "联系电话"}

// summaryWidths are the 附件4 column widths in characters; with A4
// landscape and fit-to-width they print on one page across.
var summaryWidths = []float64{6, 22, 10, 20, 52, 10, 15}

// summaryCharsPerLine estimates how many CJK characters fit on one line of
// each column, to size rows: Excel does not grow a row for wrapped text
// written by a program.
var summaryCharsPerLine = []int{2, 10, 4, 9, 25, 4, 7}

// Rows of the 汇总表 layout.
const (
	rowTitle  = 1
	rowUnit   = 2
	rowHeader = 3
	rowFirst  = 4
)

// overviewHeader and overviewWidths lay out the printable overview: about
// 130 characters across, so A4 landscape fitted to width prints at close to
// full size.
var overviewHeader = []string{"推荐单位", "序号", "片名", "时长", "分类", "制作单位", "主创人员", "联系人", "联系电话",
	"报送条件", "检查结论", "状态"}

var overviewWidths = []float64{14, 5, 16, 8, 8, 14, 18, 7, 13, 14, 9, 7}

var detailHeader = []string{"编号", "状态", "推荐单位", "序号", "片名", "制作单位", "联系人", "联系电话", "时长",
	"时长（秒）", "分类", "监制(策划)", "编导(导演)", "撰稿", "摄影", "剪辑(制作)", "内容简介", "内容摘要",
	"著作权声明", "单位作品", "在规定时间内创作", "未公开发表", "使用AI生成内容", "AI内容已标注",
	"视频链接", "检查结论", "创建时间", "更新时间"}

var detailWidths = []float64{7, 8, 20, 6, 22, 20, 10, 15, 9, 9, 10, 12, 12, 12, 12, 12, 45, 40, 10, 9, 9, 9, 9, 9, 40, 10, 17, 17}

// xlsxStyles are the style ids of one workbook.
type xlsxStyles struct {
	title, unitLine, header, cell, center, issuer int
}

func newStyles(f *excelize.File) (xlsxStyles, error) {
	font := func(size float64, bold bool) *excelize.Font {
		return &excelize.Font{Family: "宋体", Size: size, Bold: bold}
	}
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	defs := []*excelize.Style{
		{Font: font(18, true), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}},
		{Font: font(12, false), Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center"}},
		{Font: font(12, true), Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		{Font: font(11, false), Border: border, NumFmt: 49, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "center", WrapText: true}},
		{Font: font(11, false), Border: border, NumFmt: 49, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}},
		{Font: font(12, false), Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}},
	}
	ids := make([]int, len(defs))
	for i, d := range defs {
		id, err := f.NewStyle(d)
		if err != nil {
			return xlsxStyles{}, err
		}
		ids[i] = id
	}
	return xlsxStyles{title: ids[0], unitLine: ids[1], header: ids[2], cell: ids[3], center: ids[4], issuer: ids[5]}, nil
}

// WriteXLSX writes the 汇总表 (附件4) as an .xlsx workbook. With a unit it is
// that unit's sheet only. With unit "" it is one 汇总表 sheet per unit, on
// which the workbook opens, then the printable overview 全部作品 and the
// sheet 全部字段 with every field, both of every entry given (the caller
// decides whether drafts and cancelled entries are in). The 汇总表 sheets
// list complete entries in 序号 order. Every sheet prints on A4 landscape,
// fitted to the page width, wrapped, with its column row repeated on every
// page.
func WriteXLSX(w io.Writer, entries []*contestbot.Entry, unit string, s *contestbot.Season) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := buildWorkbook(f, entries, unit, s); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

func buildWorkbook(f *excelize.File, entries []*contestbot.Entry, unit string, s *contestbot.Season) error {
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	names := newSheetNames()
	first := ""
	if unit != "" {
		list := completeOf(entries, unit)
		unit = UnitHeader(list, unit) // s11-a: the name of its 序号 1
		first = names.add(unit)
		if err := f.SetSheetName("Sheet1", first); err != nil {
			return err
		}
		if err := writeSummarySheet(f, st, first, unit, list, s); err != nil {
			return err
		}
		return printTitles(f, first, rowHeader)
	}

	// Reserve the overview's names first, so a unit called 全部作品 gets
	// the suffix, not the overview. The two big sheets are written first,
	// while the workbook has few sheets: excelize finds a sheet by scanning
	// all of them on every cell written, so writing them after 40 unit
	// sheets took twice as long. The unit sheets are then moved in front.
	overview, detail := names.add(OverviewSheet), names.add(DetailSheet)
	if err := f.SetSheetName("Sheet1", overview); err != nil {
		return err
	}
	if err := writeOverviewSheet(f, st, overview, entries, s); err != nil {
		return err
	}
	if _, err := f.NewSheet(detail); err != nil {
		return err
	}
	if err := writeDetailSheet(f, st, detail, entries, s); err != nil {
		return err
	}
	var unitSheets []string
	all := completeOf(entries, "")
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j].UnitKey() == all[i].UnitKey() {
			j++
		}
		u := all[i].Unit // the unit as its 序号 1 was typed (s11-a)
		label := u
		if label == "" {
			label = "未填单位"
		}
		sheet := names.add(label)
		if _, err := f.NewSheet(sheet); err != nil {
			return err
		}
		if err := writeSummarySheet(f, st, sheet, u, all[i:j], s); err != nil {
			return err
		}
		if err := f.MoveSheet(sheet, overview); err != nil {
			return err
		}
		unitSheets = append(unitSheets, sheet)
		i = j
	}
	// Sheet-scoped names carry the sheet's position, which MoveSheet does
	// not update: they are set once the order is final.
	for _, s := range unitSheets {
		if err := printTitles(f, s, rowHeader); err != nil {
			return err
		}
	}
	for _, t := range []struct {
		sheet string
		cols  int
		rows  int
	}{{overview, len(overviewHeader), countEntries(entries)}, {detail, len(detailHeader), countEntries(entries)}} {
		if err := f.AutoFilter(t.sheet, fmt.Sprintf("A1:%s%d", colName(t.cols), t.rows+1), nil); err != nil {
			return err
		}
		// After AutoFilter, which rewrites the sheet properties that hold
		// fit-to-page.
		if err := printSetup(f, t.sheet); err != nil {
			return err
		}
		if err := printTitles(f, t.sheet, 1); err != nil {
			return err
		}
	}
	// Open on the first unit's 汇总表, the sheet staff print and sign.
	f.SetActiveSheet(0)
	return nil
}

func countEntries(es []*contestbot.Entry) int {
	n := 0
	for _, e := range es {
		if e != nil {
			n++
		}
	}
	return n
}

// writeSummarySheet lays out one 附件4 sheet.
// writeSummarySheet writes one unit's 汇总表 headed and signed as season s's
// notice has it.
func writeSummarySheet(f *excelize.File, st xlsxStyles, sheet, unit string, entries []*contestbot.Entry, s *contestbot.Season) error {
	last := colName(len(SummaryHeader))
	set := func(cell, v string) error { return f.SetCellStr(sheet, cell, v) }

	for i, wdt := range summaryWidths {
		c := colName(i + 1)
		if err := f.SetColWidth(sheet, c, c, wdt); err != nil {
			return err
		}
	}
	if err := set("A1", s.Contest+"报名汇总表"); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "A1", last+"1"); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", last+"1", st.title); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, rowTitle, 36); err != nil {
		return err
	}
	// 推荐单位 on the left, the leader's signature line on the right, as in 附件4.
	if err := set("A2", "推荐单位："+cleanText(unit)); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "A2", "D2"); err != nil {
		return err
	}
	if err := set("E2", "分管负责领导签字："); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "E2", last+"2"); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A2", last+"2", st.unitLine); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, rowUnit, 28); err != nil {
		return err
	}
	for i, h := range SummaryHeader {
		if err := set(colName(i+1)+"3", h); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(sheet, "A3", last+"3", st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, rowHeader, 24); err != nil {
		return err
	}

	row := rowFirst
	for _, e := range entries {
		vals := []string{
			"", CleanTitle(e.Title), contestbot.FormatDuration(e.DurationSeconds), cleanText(e.Producer),
			cleanText(e.Synopsis), cleanText(e.Contact), FormPhone(e.Phone),
		}
		r := fmt.Sprint(row)
		if e.Seq > 0 {
			if err := f.SetCellInt(sheet, "A"+r, int64(e.Seq)); err != nil {
				return err
			}
		}
		lines := 1
		for i := 1; i < len(vals); i++ {
			if err := set(colName(i+1)+r, vals[i]); err != nil {
				return err
			}
			if n := wrappedLines(vals[i], summaryCharsPerLine[i]); n > lines {
				lines = n
			}
		}
		if err := f.SetCellStyle(sheet, "A"+r, last+r, st.center); err != nil {
			return err
		}
		for _, c := range []string{"B", "D", "E"} {
			if err := f.SetCellStyle(sheet, c+r, c+r, st.cell); err != nil {
				return err
			}
		}
		if err := f.SetRowHeight(sheet, row, rowHeight(lines)); err != nil {
			return err
		}
		row++
	}

	// The issuing office closes the form, right-aligned under the table.
	issuerRow := fmt.Sprint(row + 1)
	if err := set("A"+issuerRow, s.Issuer); err != nil {
		return err
	}
	if err := f.MergeCell(sheet, "A"+issuerRow, last+issuerRow); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A"+issuerRow, last+issuerRow, st.issuer); err != nil {
		return err
	}
	return printSetup(f, sheet)
}

// printSetup makes a sheet print on A4 landscape, fitted to the page width,
// with page numbers in the footer; printTitles repeats its column row.
func printSetup(f *excelize.File, sheet string) error {
	a4, landscape, one, auto := 9, "landscape", 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &landscape, FitToWidth: &one, FitToHeight: &auto,
	}); err != nil {
		return err
	}
	yes := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	m, top := 0.5, 0.6
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &m, Right: &m, Top: &top, Bottom: &top, Horizontally: &yes,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: "&C第 &P 页，共 &N 页",
	}); err != nil {
		return err
	}
	return nil
}

// printTitles repeats row headerRow at the top of every printed page.
func printTitles(f *excelize.File, sheet string, headerRow int) error {
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(sheet, "'", "''"), headerRow, headerRow),
		Scope:    sheet,
	})
}

// writeHeaderRow sets a list sheet's column widths and writes its header
// row; it returns the last column's name.
func writeHeaderRow(f *excelize.File, st xlsxStyles, sheet string, header []string, widths []float64) (string, error) {
	last := colName(len(header))
	for i, wdt := range widths {
		c := colName(i + 1)
		if err := f.SetColWidth(sheet, c, c, wdt); err != nil {
			return "", err
		}
	}
	for i, h := range header {
		if err := f.SetCellStr(sheet, colName(i+1)+"1", h); err != nil {
			return "", err
		}
	}
	if err := f.SetCellStyle(sheet, "A1", last+"1", st.header); err != nil {
		return "", err
	}
	return last, nil
}

// writeOverviewSheet lists entries with the columns staff check on paper,
// wrapped, each row as high as its longest cell.
func writeOverviewSheet(f *excelize.File, st xlsxStyles, sheet string, entries []*contestbot.Entry, s *contestbot.Season) error {
	last, err := writeHeaderRow(f, st, sheet, overviewHeader, overviewWidths)
	if err != nil {
		return err
	}
	sorted := sortedCopy(entries)
	for i, e := range sorted {
		row := i + 2
		r := fmt.Sprint(row)
		seq := ""
		if e.Seq > 0 {
			seq = fmt.Sprint(e.Seq)
		}
		vals := []string{
			cleanText(e.Unit), seq, CleanTitle(e.Title), contestbot.FormatDuration(e.DurationSeconds),
			cleanText(e.Category), cleanText(e.Producer), creatorsLine(e.Creators), cleanText(e.Contact),
			FormPhone(e.Phone), declarationsLine(s, e), checkLabel(e), e.Status.Label(),
		}
		lines := 1
		for j, v := range vals {
			if err := f.SetCellStr(sheet, colName(j+1)+r, v); err != nil {
				return err
			}
			if n := wrappedLines(v, int(overviewWidths[j]/2)); n > lines {
				lines = n
			}
		}
		if err := f.SetRowHeight(sheet, row, rowHeight(lines)); err != nil {
			return err
		}
	}
	lastRow := len(sorted) + 1
	if len(sorted) > 0 {
		if err := f.SetCellStyle(sheet, "A2", fmt.Sprintf("%s%d", last, lastRow), st.cell); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return nil
}

func sortedCopy(entries []*contestbot.Entry) []*contestbot.Entry {
	out := make([]*contestbot.Entry, 0, len(entries))
	for _, e := range entries {
		if e != nil {
			out = append(out, e)
		}
	}
	sortEntries(out)
	return out
}

// creatorsLine is the 主创人员 in one cell, a role a line.
func creatorsLine(c contestbot.Creators) string {
	var lines []string
	for i, names := range creatorsList(c) {
		if names != "" {
			lines = append(lines, CreatorRoles[i]+"："+names)
		}
	}
	return strings.Join(lines, "\n")
}

// declarationsLine sums up the declarations in one cell: what was
// declared, what was not, what is unanswered.
func declarationsLine(s *contestbot.Season, e *contestbot.Entry) string {
	d := EntryDeclarations(s, e)
	item := func(b *bool, yes, no, unknown string) string {
		switch {
		case b == nil:
			return unknown
		case *b:
			return yes
		}
		return no
	}
	parts := []string{
		item(d.UnitWork, "单位作品", "个人作品", "单位作品未答"),
		item(d.MadeInPeriod, "期内创作", "非期内创作", "创作时间未答"),
		item(d.Unpublished, "未公开发表", "已公开发表", "发表情况未答"),
		item(d.UsesAI, "用AI", "未用AI", "AI未答"),
	}
	if e.NeedsAILabel(s) || d.AILabelled != nil {
		parts = append(parts, item(d.AILabelled, "AI已标注", "AI未标注", "AI标注未答"))
	}
	return strings.Join(parts, "、")
}

// writeDetailSheet lists entries with every field, for staff on screen.
func writeDetailSheet(f *excelize.File, st xlsxStyles, sheet string, entries []*contestbot.Entry, s *contestbot.Season) error {
	last, err := writeHeaderRow(f, st, sheet, detailHeader, detailWidths)
	if err != nil {
		return err
	}
	sorted := sortedCopy(entries)
	for i, e := range sorted {
		r := fmt.Sprint(i + 2)
		c := creatorsList(e.Creators)
		confirmed := "未确认"
		if e.CopyrightConfirmed {
			confirmed = "已确认"
		}
		seq := ""
		if e.Seq > 0 {
			seq = fmt.Sprint(e.Seq)
		}
		d := EntryDeclarations(s, e)
		vals := []any{
			e.ID, e.Status.Label(), cleanText(e.Unit), seq, CleanTitle(e.Title), cleanText(e.Producer),
			cleanText(e.Contact), FormPhone(e.Phone), contestbot.FormatDuration(e.DurationSeconds), e.DurationSeconds,
			cleanText(e.Category), c[0], c[1], c[2], c[3], c[4], cleanText(e.Synopsis), cleanText(e.Summary),
			confirmed, yesNo(d.UnitWork), yesNo(d.MadeInPeriod), yesNo(d.Unpublished), yesNo(d.UsesAI), aiLabelled(s, e, d),
			cleanText(e.VideoURL), checkLabel(e), formatTime(e.CreatedAt), formatTime(e.UpdatedAt),
		}
		for j, v := range vals {
			cell := colName(j+1) + r
			var err error
			switch v := v.(type) {
			case string:
				err = f.SetCellStr(sheet, cell, v)
			case int:
				err = f.SetCellInt(sheet, cell, int64(v))
			case int64:
				err = f.SetCellInt(sheet, cell, v)
			}
			if err != nil {
				return err
			}
		}
	}
	lastRow := len(sorted) + 1
	if len(sorted) > 0 {
		if err := f.SetCellStyle(sheet, "A2", fmt.Sprintf("%s%d", last, lastRow), st.cell); err != nil {
			return err
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return nil
}

// wrappedLines estimates the printed lines of s in a column that holds
// perLine CJK characters (two Latin characters count as one).
func wrappedLines(s string, perLine int) int {
	if perLine <= 0 {
		perLine = 1
	}
	lines := 0
	for _, para := range strings.Split(s, "\n") {
		width := 0
		for _, r := range para {
			if r < 0x2E80 {
				width++
			} else {
				width += 2
			}
		}
		n := (width + 2*perLine - 1) / (2 * perLine)
		if n == 0 {
			n = 1
		}
		lines += n
	}
	return lines
}

func rowHeight(lines int) float64 {
	h := float64(lines)*15 + 6
	if h < 24 {
		h = 24
	}
	if h > 409 { // Excel's limit
		h = 409
	}
	return h
}

func colName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}

// sheetNames hands out sheet names Excel accepts: at most 31 UTF-16 units,
// none of []:*?/\, no leading or trailing apostrophe, unique ignoring case.
type sheetNames struct{ used map[string]bool }

func newSheetNames() *sheetNames { return &sheetNames{used: map[string]bool{"history": true}} }

func (s *sheetNames) add(name string) string {
	base := SheetName(name)
	out := base
	for i := 2; s.used[strings.ToLower(out)]; i++ {
		suffix := fmt.Sprintf("(%d)", i)
		out = truncUTF16(base, 31-len(suffix)) + suffix
	}
	s.used[strings.ToLower(out)] = true
	return out
}

// SheetName makes name safe as an Excel sheet name (not yet unique).
func SheetName(name string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(name) {
		switch {
		case strings.ContainsRune(`[]:*?/\`, r), r < 0x20, r == utf8.RuneError:
			b.WriteRune('_')
		default:
			b.WriteRune(r)
		}
	}
	out := strings.Trim(truncUTF16(b.String(), 31), "'")
	if strings.TrimSpace(out) == "" {
		return "未填单位"
	}
	return out
}

// truncUTF16 cuts s to at most n UTF-16 code units without splitting a rune.
func truncUTF16(s string, n int) string {
	used := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if used+w > n {
			return s[:i]
		}
		used += w
	}
	return s
}
