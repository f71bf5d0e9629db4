package documents

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"contestbot"
)

// csvHeader names the CSV columns in Chinese, in the JSON export's order.
var csvHeader = []string{"编号", "微信用户", "状态", "推荐单位", "序号", "片名", "制作单位", "联系人", "联系电话",
	"时长（秒）", "分类", "监制(策划)", "编导(导演)", "撰稿", "摄影", "剪辑(制作)", "内容简介", "内容摘要",
	"著作权声明已确认", "视频链接", "检查结论", "创建时间", "更新时间"}

// WriteCSV writes entries as CSV for Excel: UTF-8 with a byte-order mark (so
// Excel does not guess GBK), Chinese headers, the JSON export's fields. Text
// cells that a spreadsheet would run as a formula (starting with = + - @,
// tab or carriage return) get a leading apostrophe; phone digits are left as
// they are.
func WriteCSV(w io.Writer, entries []*contestbot.Entry) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, e := range entries {
		if e == nil {
			continue
		}
		j := toJSON(e)
		yes := "否"
		if j.CopyrightConfirmed {
			yes = "是"
		}
		row := []string{
			strconv.FormatInt(j.ID, 10), csvText(j.OpenID), e.Status.Label(), csvText(j.Unit), strconv.Itoa(j.Seq),
			csvText(j.Title), csvText(j.Producer), csvText(j.Contact), j.Phone, strconv.Itoa(j.DurationSeconds),
			csvText(j.Category), csvText(j.Creators.Supervisor), csvText(j.Creators.Director),
			csvText(j.Creators.Writer), csvText(j.Creators.Camera), csvText(j.Creators.Editor),
			csvText(j.Synopsis), csvText(j.Summary), yes, csvText(j.VideoURL), checkLabel(e),
			formatTime(e.CreatedAt), formatTime(e.UpdatedAt),
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvText neutralises a cell a spreadsheet would take for a formula.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
