package documents

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"contestbot"
)

// csvHeader names the CSV columns in Chinese, in the JSON export's order.
var csvHeader = []string{"编号", "微信用户", "状态", "推荐单位", "序号", "片名", "制作单位", "联系人", "联系电话",
	"时长", "时长（秒）", "分类", "监制(策划)", "编导(导演)", "撰稿", "摄影", "剪辑(制作)", "内容简介", "内容摘要",
	"著作权声明已确认", "单位作品", "在规定时间内创作", "未公开发表", "使用AI生成内容", "AI内容已标注",
	"视频链接", "检查结论", "创建时间", "更新时间"}

// WriteCSV writes entries as CSV for Excel and LibreOffice: UTF-8 with a
// byte-order mark (so Excel does not guess GBK), CRLF line ends, every cell
// quoted, Chinese headers, the JSON export's fields and declarations. 时长
// is written as on the forms (2分30秒) with the seconds beside it. Phones
// are written as on the forms, a landline with its dash (0371-12345678), so
// no spreadsheet reads them as a number and drops the leading 0. Text cells
// a spreadsheet would run as a formula (starting with = + - @, tab or
// carriage return) get a leading apostrophe.
func WriteCSV(w io.Writer, entries []*contestbot.Entry, s *contestbot.Season) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("\ufeff")
	writeCSVRow(bw, csvHeader)
	for _, e := range entries {
		if e == nil {
			continue
		}
		j := toJSON(e, s)
		d := j.Declarations
		seq := ""
		if j.Seq > 0 {
			seq = strconv.Itoa(j.Seq)
		}
		row := []string{
			strconv.FormatInt(j.ID, 10), csvText(j.OpenID), e.Status.Label(), csvText(j.Unit), seq,
			csvText(j.Title), csvText(j.Producer), csvText(j.Contact), j.Phone,
			contestbot.FormatDuration(j.DurationSeconds), strconv.Itoa(j.DurationSeconds),
			csvText(j.Category), csvText(j.Creators.Supervisor), csvText(j.Creators.Director),
			csvText(j.Creators.Writer), csvText(j.Creators.Camera), csvText(j.Creators.Editor),
			csvText(j.Synopsis), csvText(j.Summary), yesNo(&j.CopyrightConfirmed),
			yesNo(d.UnitWork), yesNo(d.MadeInPeriod), yesNo(d.Unpublished), yesNo(d.UsesAI), aiLabelled(s, e, d),
			csvText(j.VideoURL), checkLabel(e), formatTime(e.CreatedAt), formatTime(e.UpdatedAt),
		}
		writeCSVRow(bw, row)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// writeCSVRow writes one RFC 4180 record with every field quoted. Quoting
// every field keeps phone numbers and 序号 visibly text to a reader, and
// LibreOffice's "quoted field as text" import option then keeps them so.
func writeCSVRow(w *bufio.Writer, fields []string) {
	for i, f := range fields {
		if i > 0 {
			w.WriteByte(',')
		}
		w.WriteByte('"')
		w.WriteString(strings.ReplaceAll(f, `"`, `""`))
		w.WriteByte('"')
	}
	w.WriteString("\r\n")
}

// csvText neutralises a cell a spreadsheet would take for a formula.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// yesNo is a declaration in words: 是, 否, or "" when not answered.
func yesNo(b *bool) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return "是"
	}
	return "否"
}

// aiLabelled is 不适用 where no AI was used, as the admin page says.
func aiLabelled(s *contestbot.Season, e *contestbot.Entry, d Declarations) string {
	if d.AILabelled == nil && !e.NeedsAILabel(s) {
		return "不适用"
	}
	return yesNo(d.AILabelled)
}
