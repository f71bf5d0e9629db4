package documents_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"contestbot"
	"contestbot/documents"
	"contestbot/internal/officetest"
)

// TestEntryFormOnePage renders the 报名表 with LibreOffice, as staff and
// schools print it, and counts the PDF's pages: with a 200-character
// synopsis, several people in each role and a long title it is one A4 page,
// 推荐单位意见 included.
func TestEntryFormOnePage(t *testing.T) {
	officetest.Soffice(t)
	e := &contestbot.Entry{
		ID: 1, Status: contestbot.StatusComplete, Unit: "郑州铁路职业技术学院党委组织部", Seq: 3,
		Title: "黄河岸边的守望：一位老党员的三十年", Producer: "郑州铁路职业技术学院党委宣传部融媒体中心",
		Contact: "李娜", Phone: "037169691670", DurationSeconds: 170, Category: "实景拍摄",
		Creators: contestbot.Creators{Supervisor: "王强、赵敏", Director: "张伟、李娜", Writer: "刘洋",
			Camera: "陈晨、周杰", Editor: "孙磊、吴芳"},
		Synopsis:           strings.Repeat("讲述黄河岸边一位老党员三十年如一日守护河堤、带领乡亲脱贫致富的故事。", 7)[:600],
		CopyrightConfirmed: true,
	}
	if n := len([]rune(e.Synopsis)); n != 200 {
		t.Fatalf("synopsis has %d characters, want 200", n)
	}
	var buf bytes.Buffer
	if err := documents.WriteEntryForm(&buf, e, testSeason(t)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "form.docx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	pdf := officetest.Convert(t, path, "pdf", "")
	if n := officetest.PDFPages(t, pdf); n != 1 {
		t.Errorf("报名表 renders to %d pages in LibreOffice, want 1", n)
	}
}
