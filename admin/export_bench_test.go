package admin

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"contestbot"
	"contestbot/store/storetest"
)

// BenchmarkExportAllUnits measures GET /admin/export/xlsx over a SQLite
// store of 2 000 entries in 40 units: reading the entries, building the
// workbook (overview + one 汇总表 per unit) and sending it. Target: < 2 s.
func BenchmarkExportAllUnits(b *testing.B) {
	db := storetest.Open(b)
	ctx := context.Background()
	for i := range 2000 {
		e := &contestbot.Entry{
			OpenID: fmt.Sprintf("o%d", i%300), Status: contestbot.StatusComplete,
			Unit: fmt.Sprintf("第%d职业技术学院", i%40), Title: fmt.Sprintf("作品%d：黄河岸边的守望", i),
			Producer: "党委宣传部", Contact: "李老师", Phone: "13800000000", DurationSeconds: 170, Category: "实景拍摄",
			Creators: contestbot.Creators{Supervisor: "王强", Director: "张伟、李娜", Writer: "赵六", Camera: "钱七", Editor: "孙八"},
			Synopsis: strings.Repeat("讲述黄河岸边一位老党员几十年如一日守护河堤的故事。", 4),
			Summary:  "老党员守护黄河。", CopyrightConfirmed: true, VideoURL: "https://v.example.com/a.mp4",
		}
		if i%10 == 0 {
			e.Status = contestbot.StatusDraft
		}
		if err := db.CreateEntry(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
	s := New(db, Options{Username: "staff", Password: testPassword, Secret: []byte("k"),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	cookie, err := s.newSession(context.Background(), "127.0.0.1")
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		req := httptest.NewRequest("GET", "/admin/export/xlsx", nil)
		req.AddCookie(&http.Cookie{Name: sessionCookie, Value: cookie})
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		if w.Code != http.StatusOK || w.Body.Len() < 10000 {
			b.Fatalf("status %d, %d bytes", w.Code, w.Body.Len())
		}
	}
}
