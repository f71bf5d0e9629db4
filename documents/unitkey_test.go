package documents_test

import (
	"bytes"
	"testing"

	"contestbot"
	"contestbot/documents"

	"github.com/google/go-cmp/cmp"
)

// TestSummaryUnitKey (s11-a): works of one school typed under different names
// ("…党委", the school, "中共…委员会") are one unit: one 汇总表 sheet in 序号
// order, headed by the 推荐单位 of its 序号 1, and each work's own files keep
// the name it was typed under. A school's 二级学院 is a unit of its own.
func TestSummaryUnitKey(t *testing.T) {
	mk := func(id int64, unit string, seq int, title string) *contestbot.Entry {
		return &contestbot.Entry{ID: id, Status: contestbot.StatusComplete, Unit: unit, Seq: seq, Title: title,
			Producer: "宣传部", Contact: "李老师", Phone: "13800000000", DurationSeconds: 150, Category: "实景拍摄"}
	}
	es := []*contestbot.Entry{
		mk(1, "漯河市第二中等专业学校", 2, "沙澧河畔"),
		mk(2, "漯河市第二中等专业学校党委", 1, "红色接力"),
		mk(3, "中共漯河市第二中等专业学校委员会", 3, "青春答卷"),
		mk(4, "漯河市第二中等专业学校信息工程学院", 1, "代码里的党课"),
	}
	t.Run("AllUnits", func(t *testing.T) {
		var buf bytes.Buffer
		if err := documents.WriteXLSX(&buf, es, "", testSeason(t)); err != nil {
			t.Fatal(err)
		}
		f := openXLSX(t, buf.Bytes())
		want := []string{"漯河市第二中等专业学校党委", "漯河市第二中等专业学校信息工程学院", "全部作品", "全部字段"}
		if diff := cmp.Diff(want, f.GetSheetList()); diff != "" {
			t.Fatalf("sheets (-want +got):\n%s", diff)
		}
		s := "漯河市第二中等专业学校党委"
		if got := cell(t, f, s, "A2"); got != "推荐单位：漯河市第二中等专业学校党委" {
			t.Errorf("unit line = %q; want the 推荐单位 of 序号 1", got)
		}
		rows, _ := f.GetRows(s)
		var got [][]string
		for _, r := range rows[3:6] {
			got = append(got, r[:2])
		}
		if diff := cmp.Diff([][]string{{"1", "红色接力"}, {"2", "沙澧河畔"}, {"3", "青春答卷"}}, got); diff != "" {
			t.Errorf("rows (-want +got):\n%s", diff)
		}
	})
	t.Run("OneUnit", func(t *testing.T) {
		// Asked for by any of its names (the admin filter gives the school's).
		for _, unit := range []string{"漯河市第二中等专业学校", "中共漯河市第二中等专业学校委员会"} {
			var buf bytes.Buffer
			if err := documents.WriteXLSX(&buf, es, unit, testSeason(t)); err != nil {
				t.Fatal(err)
			}
			f := openXLSX(t, buf.Bytes())
			s := f.GetSheetList()[0]
			if got := cell(t, f, s, "A2"); got != "推荐单位：漯河市第二中等专业学校党委" {
				t.Errorf("%s: unit line = %q", unit, got)
			}
			rows, _ := f.GetRows(s)
			if len(rows) != 8 || rows[3][1] != "红色接力" || rows[5][1] != "青春答卷" {
				t.Errorf("%s: %d rows: %q", unit, len(rows), rows)
			}
		}
	})
	t.Run("FileNames", func(t *testing.T) {
		// The file name rule uses each work's own 推荐单位 as typed.
		if got := documents.EntryFormName(es[2]); got != "中共漯河市第二中等专业学校委员会-3-青春答卷-报名表.docx" {
			t.Errorf("EntryFormName = %q", got)
		}
		if got := es[1].FileName(); got != "漯河市第二中等专业学校党委-1-红色接力.mp4" {
			t.Errorf("FileName = %q", got)
		}
	})
}
