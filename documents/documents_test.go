package documents_test

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"contestbot"
	"contestbot/documents"
	"contestbot/knowledge"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

var t0 = time.Date(2025, 9, 20, 2, 30, 0, 0, time.UTC)

// fixture is 3 units with 3, 2 and 1 complete entries, plus a draft and a
// cancelled entry, with quotes, <&>, emoji and a formula-looking cell.
func fixture() []*contestbot.Entry {
	mk := func(id int64, unit string, seq int, title string) *contestbot.Entry {
		return &contestbot.Entry{
			ID: id, OpenID: fmt.Sprintf("o%d", id%3), Status: contestbot.StatusComplete, Unit: unit, Seq: seq,
			Title: title, Producer: unit + "党委组织部", Contact: "李老师", Phone: "13800000000",
			DurationSeconds: 150, Category: "实景拍摄",
			Creators: contestbot.Creators{Supervisor: "王强", Director: "张伟、李娜", Writer: "", Camera: "赵六", Editor: "钱七"},
			Synopsis: "讲述黄河岸边一位老党员的故事。", Summary: "老党员守护黄河。", CopyrightConfirmed: true,
			VideoURL: "https://v.example.com/" + fmt.Sprint(id) + ".mp4", CheckVerdict: contestbot.VerdictPass,
			UnitWork: contestbot.Bool(true), MadeInPeriod: contestbot.Bool(true), Unpublished: contestbot.Bool(true),
			CreatedAt: t0, UpdatedAt: t0.Add(time.Hour),
		}
	}
	a1 := mk(1, "郑州职院", 1, "黄河岸边的守望")
	a2 := mk(2, "郑州职院", 2, `《"初心" & <使命>》`)
	a2.Producer = `郑州"星火"影视 & <工作室>`
	a2.Contact = "O'Brien"
	a2.Phone = "0371-6969 1670"
	a2.Category = "AI生成"
	a3 := mk(3, "郑州职院", 3, "青春🚩飞扬")
	a3.Synopsis = "=HYPERLINK(\"http://evil\")"
	a3.Creators.Director = "张伟,李娜，王五"
	b1 := mk(4, "开封技师学院", 2, "清廉之光")
	b2 := mk(5, "开封技师学院", 1, "古城新韵")
	b2.Summary = "+1 摘要以加号开头"
	c1 := mk(6, "洛阳[铁路]学校/分校", 1, "丝路: 新篇")
	draft := mk(7, "郑州职院", 0, "草稿作品")
	draft.Status = contestbot.StatusDraft
	draft.CheckVerdict = ""
	cancelled := mk(8, "开封技师学院", 0, "取消的作品")
	cancelled.Status = contestbot.StatusCancelled
	return []*contestbot.Entry{b1, a3, c1, a1, draft, a2, cancelled, b2}
}

func openXLSX(t *testing.T, b []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func cell(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestWriteXLSX(t *testing.T) {
	t.Run("Unit", func(t *testing.T) {
		var buf bytes.Buffer
		if err := documents.WriteXLSX(&buf, fixture(), "郑州职院", testSeason(t)); err != nil {
			t.Fatal(err)
		}
		f := openXLSX(t, buf.Bytes())
		if diff := cmp.Diff([]string{"郑州职院"}, f.GetSheetList()); diff != "" {
			t.Fatalf("sheets (-want +got):\n%s", diff)
		}
		s := "郑州职院"
		if got := cell(t, f, s, "A1"); got != "全省党员教育短视频创作大赛报名汇总表" {
			t.Errorf("title = %q", got)
		}
		if got := cell(t, f, s, "A2"); got != "推荐单位：郑州职院" {
			t.Errorf("unit line = %q", got)
		}
		if got := cell(t, f, s, "E2"); got != "分管负责领导签字：" {
			t.Errorf("signature line = %q", got)
		}
		rows, err := f.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"序号", "片名", "时长", "制作单位", "内容简介", "联系人", "联系电话"}, rows[2]); diff != "" {
			t.Errorf("header (-want +got):\n%s", diff)
		}
		want := [][]string{
			{"1", "黄河岸边的守望", "2分30秒", "郑州职院党委组织部", "讲述黄河岸边一位老党员的故事。", "李老师", "13800000000"},
			{"2", "初心 & <使命>", "2分30秒", `郑州"星火"影视 & <工作室>`, "讲述黄河岸边一位老党员的故事。", "O'Brien", "0371-69691670"},
			{"3", "青春🚩飞扬", "2分30秒", "郑州职院党委组织部", `=HYPERLINK("http://evil")`, "李老师", "13800000000"},
		}
		if diff := cmp.Diff(want, rows[3:6]); diff != "" {
			t.Errorf("rows (-want +got):\n%s", diff)
		}
		// Draft and cancelled entries are not on the 汇总表; the issuer closes it.
		if len(rows) != 8 || rows[7][0] != "中共河南省委教育工作委员会" {
			t.Errorf("got %d rows, last %q", len(rows), rows[len(rows)-1])
		}
		// A cell starting with = is text, not a formula.
		if fm, _ := f.GetCellFormula(s, "E6"); fm != "" {
			t.Errorf("E6 is a formula: %q", fm)
		}
		if typ, _ := f.GetCellType(s, "G5"); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
			t.Errorf("phone cell type = %v, want text", typ)
		}
		lay, err := f.GetPageLayout(s)
		if err != nil {
			t.Fatal(err)
		}
		if *lay.Size != 9 || *lay.Orientation != "landscape" || *lay.FitToWidth != 1 {
			t.Errorf("page layout %v %v %v", *lay.Size, *lay.Orientation, *lay.FitToWidth)
		}
		dn := f.GetDefinedName()
		if len(dn) != 1 || dn[0].Name != "_xlnm.Print_Titles" || dn[0].RefersTo != "'郑州职院'!$3:$3" {
			t.Errorf("defined names %+v", dn)
		}
	})
	t.Run("AllUnits", func(t *testing.T) {
		var buf bytes.Buffer
		if err := documents.WriteXLSX(&buf, fixture(), "", testSeason(t)); err != nil {
			t.Fatal(err)
		}
		f := openXLSX(t, buf.Bytes())
		if diff := cmp.Diff([]string{"开封技师学院", "洛阳_铁路_学校_分校", "郑州职院", "全部作品", "全部字段"}, f.GetSheetList()); diff != "" {
			t.Fatalf("sheets (-want +got):\n%s", diff)
		}
		// It opens on the first unit's 汇总表.
		if got := f.GetSheetList()[f.GetActiveSheetIndex()]; got != "开封技师学院" {
			t.Errorf("active sheet %q", got)
		}
		// The overview prints: landscape, fit to width, header row repeated, wrapped.
		lay, err := f.GetPageLayout("全部作品")
		if err != nil {
			t.Fatal(err)
		}
		if *lay.Size != 9 || *lay.Orientation != "landscape" || *lay.FitToWidth != 1 || *lay.FitToHeight != 0 {
			t.Errorf("overview page layout %v %v %v %v", *lay.Size, *lay.Orientation, *lay.FitToWidth, *lay.FitToHeight)
		}
		titles := false
		for _, dn := range f.GetDefinedName() {
			if dn.Name == "_xlnm.Print_Titles" && dn.RefersTo == "'全部作品'!$1:$1" {
				titles = true
			}
		}
		if !titles {
			t.Errorf("overview has no repeated header row: %+v", f.GetDefinedName())
		}
		// Each sheet's print titles name that sheet (the unit sheets were
		// moved in front of the overview after being written).
		n := 0
		for _, dn := range f.GetDefinedName() {
			if dn.Name == "_xlnm.Print_Titles" {
				n++
				if !strings.HasPrefix(dn.RefersTo, "'"+dn.Scope+"'!") {
					t.Errorf("print titles of %s refer to %s", dn.Scope, dn.RefersTo)
				}
			}
		}
		if n != 5 {
			t.Errorf("%d sheets with print titles, want 5", n)
		}
		for _, s := range f.GetSheetList() {
			if p, err := f.GetSheetProps(s); err != nil || p.FitToPage == nil || !*p.FitToPage {
				t.Errorf("%s does not fit to the page width", s)
			}
		}
		if id, _ := f.GetCellStyle("全部作品", "G2"); id == 0 {
			t.Error("overview cells have no style")
		} else if s, _ := f.GetStyle(id); s.Alignment == nil || !s.Alignment.WrapText {
			t.Error("overview cells do not wrap")
		}
		ov, _ := f.GetRows("全部作品")
		if len(ov) != 9 || ov[0][0] != "推荐单位" || !strings.Contains(ov[1][9], "单位作品") {
			t.Errorf("overview rows %q", ov[:2])
		}
		rows, _ := f.GetRows("开封技师学院")
		if len(rows) != 7 || rows[3][1] != "古城新韵" || rows[4][1] != "清廉之光" || rows[1][0] != "推荐单位：开封技师学院" {
			t.Errorf("开封 rows: %q", rows)
		}
		rows, _ = f.GetRows("洛阳_铁路_学校_分校")
		if rows[1][0] != "推荐单位：洛阳[铁路]学校/分校" || rows[3][1] != "丝路: 新篇" {
			t.Errorf("洛阳 rows: %q", rows)
		}
		all, _ := f.GetRows("全部字段")
		if len(all) != 9 {
			t.Fatalf("overview has %d rows, want 9", len(all))
		}
		head := all[0]
		for _, h := range []string{"分类", "监制(策划)", "编导(导演)", "撰稿", "摄影", "剪辑(制作)", "内容简介", "内容摘要", "视频链接", "检查结论", "状态", "创建时间", "更新时间"} {
			if !contains(head, h) {
				t.Errorf("overview lacks column %q", h)
			}
		}
		col := func(row []string, name string) string {
			for i, h := range head {
				if h == name && i < len(row) {
					return row[i]
				}
			}
			return ""
		}
		statuses := map[string]string{}
		for _, r := range all[1:] {
			statuses[col(r, "片名")] = col(r, "状态")
		}
		if statuses["草稿作品"] != "填写中" || statuses["取消的作品"] != "已取消" || statuses["黄河岸边的守望"] != "已完成" {
			t.Errorf("statuses %v", statuses)
		}
		for _, r := range all[1:] {
			if col(r, "片名") == "青春🚩飞扬" {
				if got := col(r, "编导(导演)"); got != "张伟、李娜、王五" {
					t.Errorf("director = %q", got)
				}
				if got := col(r, "创建时间"); got != "2025-09-20 10:30" {
					t.Errorf("created = %q", got)
				}
			}
			if col(r, "片名") == "古城新韵" && col(r, "内容摘要") != "+1 摘要以加号开头" {
				t.Errorf("summary = %q", col(r, "内容摘要"))
			}
		}
	})
	t.Run("Empty", func(t *testing.T) {
		var buf bytes.Buffer
		if err := documents.WriteXLSX(&buf, nil, "", testSeason(t)); err != nil {
			t.Fatal(err)
		}
		f := openXLSX(t, buf.Bytes())
		if diff := cmp.Diff([]string{"全部作品", "全部字段"}, f.GetSheetList()); diff != "" {
			t.Fatal(diff)
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestSheetName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Plain", "郑州职院", "郑州职院"},
		{"Forbidden", `a[b]c:d*e?f/g\h`, "a_b_c_d_e_f_g_h"},
		{"Long", strings.Repeat("职", 40), strings.Repeat("职", 31)},
		{"EmojiCountsTwo", strings.Repeat("🚩", 20), strings.Repeat("🚩", 15)},
		{"Quotes", "'学校'", "学校"},
		{"Empty", "  ", "未填单位"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := documents.SheetName(tt.in); got != tt.want {
				t.Errorf("SheetName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	t.Run("Unique", func(t *testing.T) {
		long := strings.Repeat("职", 35)
		es := []*contestbot.Entry{
			{ID: 1, Status: contestbot.StatusComplete, Unit: long + "甲", Seq: 1, Title: "a"},
			{ID: 2, Status: contestbot.StatusComplete, Unit: long + "乙", Seq: 1, Title: "b"},
			{ID: 3, Status: contestbot.StatusComplete, Unit: "全部作品", Seq: 1, Title: "c"},
		}
		var buf bytes.Buffer
		if err := documents.WriteXLSX(&buf, es, "", testSeason(t)); err != nil {
			t.Fatal(err)
		}
		f := openXLSX(t, buf.Bytes())
		want := []string{"全部作品(2)", strings.Repeat("职", 31), strings.Repeat("职", 28) + "(2)", "全部作品", "全部字段"}
		if diff := cmp.Diff(want, f.GetSheetList()); diff != "" {
			t.Errorf("sheets (-want +got):\n%s", diff)
		}
	})
}

func TestWriteJSON(t *testing.T) {
	t.Run("Empty", func(t *testing.T) {
		var buf bytes.Buffer
		if err := documents.WriteJSON(&buf, nil, testSeason(t)); err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(buf.String()); got != "[]" {
			t.Errorf("got %q, want []", got)
		}
	})
	t.Run("Fields", func(t *testing.T) {
		var buf bytes.Buffer
		if err := documents.WriteJSON(&buf, fixture(), testSeason(t)); err != nil {
			t.Fatal(err)
		}
		var got []map[string]any
		if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got) != 8 {
			t.Fatalf("%d objects", len(got))
		}
		var a2 map[string]any
		for _, o := range got {
			if o["id"] == float64(2) {
				a2 = o
			}
		}
		want := map[string]any{
			"id": float64(2), "openid": "o2", "status": "complete", "unit": "郑州职院", "seq": float64(2),
			"title": "初心 & <使命>", "producer": `郑州"星火"影视 & <工作室>`, "contact": "O'Brien",
			"phone": "0371-69691670", "duration_seconds": float64(150), "category": "AI生成",
			"creators": map[string]any{"supervisor": "王强", "director": "张伟、李娜", "writer": "", "camera": "赵六", "editor": "钱七"},
			"synopsis": "讲述黄河岸边一位老党员的故事。", "summary": "老党员守护黄河。", "copyright_confirmed": true,
			"declarations": map[string]any{"unit_work": true, "made_in_period": true, "unpublished": true, "uses_ai": true, "ai_labelled": nil},
			"video_url":    "https://v.example.com/2.mp4", "check_verdict": "pass",
			"created_at": "2025-09-20T02:30:00Z", "updated_at": "2025-09-20T03:30:00Z",
		}
		if diff := cmp.Diff(want, a2); diff != "" {
			t.Errorf("entry 2 (-want +got):\n%s", diff)
		}
	})
}

func TestWriteCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := documents.WriteCSV(&buf, fixture(), testSeason(t)); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !bytes.HasPrefix(b, []byte("\ufeff")) {
		t.Fatal("no BOM")
	}
	recs, err := csv.NewReader(bytes.NewReader(b[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 9 || recs[0][0] != "编号" || recs[0][5] != "片名" {
		t.Fatalf("header %q, %d records", recs[0], len(recs))
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	byID := map[string][]string{}
	for _, r := range recs[1:] {
		byID[r[0]] = r
	}
	tests := []struct{ id, column, want string }{
		{"3", "内容简介", `'=HYPERLINK("http://evil")`},
		{"5", "内容摘要", "'+1 摘要以加号开头"},
		{"2", "联系电话", "0371-69691670"},
		{"1", "联系电话", "13800000000"},
		{"2", "片名", "初心 & <使命>"},
		{"2", "时长", "2分30秒"},
		{"2", "时长（秒）", "150"},
		{"2", "使用AI生成内容", "是"},
		{"2", "AI内容已标注", ""},
		{"1", "AI内容已标注", "不适用"},
		{"1", "单位作品", "是"},
		{"1", "使用AI生成内容", ""},
		{"1", "检查结论", "通过"},
		{"7", "状态", "填写中"},
		{"7", "序号", ""},
	}
	for _, tt := range tests {
		if got := byID[tt.id][col[tt.column]]; got != tt.want {
			t.Errorf("entry %s %s = %q, want %q", tt.id, tt.column, got, tt.want)
		}
	}
	// Every cell is quoted, so a phone is visibly text.
	if !bytes.Contains(b, []byte(`"0371-69691670"`)) || !bytes.Contains(b, []byte("\r\n")) {
		t.Error("phone not quoted or lines not CRLF")
	}
}

// readZip returns the files of a zip archive by name.
func readZip(t *testing.T, b []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = data
	}
	return out
}

// checkDocx asserts the package has the parts Word needs and every XML part
// is well-formed, and returns the text of word/document.xml.
func checkDocx(t *testing.T, b []byte) (raw string, text string) {
	t.Helper()
	files := readZip(t, b)
	for _, p := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"} {
		if _, ok := files[p]; !ok {
			t.Errorf("missing part %s", p)
		}
	}
	for name, data := range files {
		d := xml.NewDecoder(bytes.NewReader(data))
		var sb strings.Builder
		for {
			tok, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed: %v", name, err)
			}
			if cd, ok := tok.(xml.CharData); ok && name == "word/document.xml" {
				sb.Write(cd)
			}
		}
		if name == "word/document.xml" {
			raw, text = string(data), sb.String()
		}
	}
	return raw, text
}

func TestWriteEntryForm(t *testing.T) {
	var a2 *contestbot.Entry
	for _, e := range fixture() {
		if e.ID == 2 {
			a2 = e
		}
	}
	a2.Synopsis = "第一段 <b>粗体</b>\n第二段 🚩 & 结束\x01"
	var buf bytes.Buffer
	if err := documents.WriteEntryForm(&buf, a2, testSeason(t)); err != nil {
		t.Fatal(err)
	}
	raw, text := checkDocx(t, buf.Bytes())
	for _, want := range []string{
		"全省党员教育短视频创作大赛报名表", "推荐单位：郑州职院", `郑州"星火"影视 & <工作室>`, "O'Brien",
		"0371-69691670", "2分30秒", "☑AI生成", "□实景拍摄", "□其他", "张伟、李娜", "赵六",
		"第一段 <b>粗体</b>", "第二段 🚩 & 结束", "我单位享有《初心 & <使命>》（作品名）著作权",
		"（著作权单位盖章）", "（盖章）", "注：本表纸质版报送1式2份。", "监制(策划)", "剪辑(制作)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("document lacks %q", want)
		}
	}
	if !strings.Contains(raw, "&lt;工作室&gt;") || !strings.Contains(raw, "&amp;") {
		t.Error("user text not escaped in XML")
	}
	if strings.Contains(text, "\x01") {
		t.Error("control character kept")
	}
}

func TestWriteAgreement(t *testing.T) {
	e := fixture()[1] // 青春🚩飞扬
	e.Summary = `守护<黄河>&"初心"`
	var buf bytes.Buffer
	if err := documents.WriteAgreement(&buf, e, testSeason(t)); err != nil {
		t.Fatal(err)
	}
	raw, text := checkDocx(t, buf.Bytes())
	for _, want := range []string{
		"版权确认协议书", "甲方（组织方）：", "名称：河南省党员教育中心", "单位名称：郑州职院", "联系方式：李老师 13800000000",
		"作品标题：《青春🚩飞扬》", "视频时长：2分30秒", `内容摘要：守护<黄河>&"初心"`,
		"5.1 本协议自签署之日起生效，有效期至2026年1月1日止。",
		"6.1 本协议履行期间发生争议的，甲乙双方应友好协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。",
		"甲方（签字盖章）：", "乙方（签字盖章）：", "日期：    年  月  日", "本协议由以下双方于    年  月  日签订：",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("agreement lacks %q", want)
		}
	}
	if !strings.Contains(raw, "守护&lt;黄河&gt;&amp;") {
		t.Error("summary not escaped")
	}
}

func TestWriteUnitZip(t *testing.T) {
	var buf bytes.Buffer
	if err := documents.WriteUnitZip(&buf, fixture(), "郑州职院", testSeason(t)); err != nil {
		t.Fatal(err)
	}
	files := readZip(t, buf.Bytes())
	var names []string
	for n := range files {
		names = append(names, n)
	}
	want := []string{
		"郑州职院-报名汇总表.xlsx",
		"郑州职院-1-黄河岸边的守望-报名表.docx", "郑州职院-1-黄河岸边的守望-版权确认协议书.docx",
		"郑州职院-2-初心 & _使命_-报名表.docx", "郑州职院-2-初心 & _使命_-版权确认协议书.docx",
		"郑州职院-3-青春🚩飞扬-报名表.docx", "郑州职院-3-青春🚩飞扬-版权确认协议书.docx",
	}
	if diff := cmp.Diff(want, names, cmpSort()); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	f := openXLSX(t, files["郑州职院-报名汇总表.xlsx"])
	rows, _ := f.GetRows("郑州职院")
	if len(rows) != 8 {
		t.Errorf("汇总表 has %d rows", len(rows))
	}
	checkDocx(t, files["郑州职院-3-青春🚩飞扬-报名表.docx"])
}

func cmpSort() cmp.Option {
	return cmp.Transformer("sort", func(in []string) []string {
		out := append([]string(nil), in...)
		for i := range out {
			for j := i + 1; j < len(out); j++ {
				if out[j] < out[i] {
					out[i], out[j] = out[j], out[i]
				}
			}
		}
		return out
	})
}

func TestClean(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"TitleQuotes", documents.CleanTitle(` 《“黄河”岸边》 `), "“黄河”岸边"},
		{"TitleWrapQuotes", documents.CleanTitle(` “黄河岸边” `), "黄河岸边"},
		{"PhoneLandline", documents.CleanPhone("0371—69691670"), "037169691670"},
		{"PhoneFullWidth", documents.CleanPhone("１３８ 0000 0000"), "13800000000"},
		{"PhoneExtension", documents.CleanPhone("037163351234转802"), "037163351234转802"},              // s5-g2
		{"FormPhoneExtension", documents.FormPhone("037163351234转802"), "0371-63351234转802"},          // s5-g2
		{"FormPhoneExtensionTyped", documents.FormPhone("0371—63351234 分机 802"), "0371-63351234转802"}, // s5-g2
		{"PeopleCommas", documents.CleanPeople("张三, 李四，王五/赵六"), "张三、李四、王五、赵六"},
		{"PeopleEmpty", documents.CleanPeople("  "), ""},
		{"FileName", documents.SafeFileName(`a/b\c:d*e?f"g<h>i|j`), "a_b_c_d_e_f_g_h_i_j"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

// BenchmarkWriteXLSX measures the all-units workbook for 2 000 entries in 40
// units (the target: under 2 s).
func BenchmarkWriteXLSX(b *testing.B) {
	es := make([]*contestbot.Entry, 2000)
	for i := range es {
		e := fixture()[i%6]
		c := *e
		c.ID = int64(i + 1)
		c.Unit = fmt.Sprintf("第%d职业技术学院", i%40)
		c.Seq = i/40 + 1
		c.Synopsis = strings.Repeat("讲述黄河岸边一位老党员几十年如一日守护河堤的故事。", 4)
		es[i] = &c
	}
	season := testSeason(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := documents.WriteXLSX(io.Discard, es, "", season); err != nil {
			b.Fatal(err)
		}
	}
}

// testSeason is the built-in first season.
func testSeason(t testing.TB) *contestbot.Season {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return kb.Season()
}
