package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"contestbot"
	"contestbot/internal/officetest"
	"contestbot/store"

	"github.com/xuri/excelize/v2"
)

// exportFixture writes a config and a store with two units' entries and
// returns the config path and the entry ids by title.
func exportFixture(t *testing.T) (string, map[string]int64) {
	t.Helper()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "bot.db")
	cfgPath := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgPath, []byte("store:\n  driver: sqlite\n  dsn: "+dbPath+"\nlog:\n  level: error\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ids := map[string]int64{}
	for _, e := range []*contestbot.Entry{
		{OpenID: "o1", Status: contestbot.StatusComplete, Unit: "郑州职院", Title: "黄河岸边的守望", Producer: "宣传部",
			Contact: "李老师", Phone: "037169691670", DurationSeconds: 150, Category: "实景拍摄",
			Creators: contestbot.Creators{Director: "张伟、李娜"}, Synopsis: "=简介", Summary: "摘要", CopyrightConfirmed: true},
		{OpenID: "o1", Status: contestbot.StatusCancelled, Unit: "郑州职院", Title: "取消的作品"},
		{OpenID: "o1", Status: contestbot.StatusDraft, Unit: "郑州职院"},
		{OpenID: "o2", Status: contestbot.StatusComplete, Unit: "开封技师学院", Title: "清廉之光", Contact: "王老师", Phone: "13900000002"},
	} {
		if err := db.CreateEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
		ids[e.Title] = e.ID
	}
	return cfgPath, ids
}

func TestExportCommand(t *testing.T) {
	cfg, _ := exportFixture(t)
	ctx := context.Background()
	t.Run("JSONStdout", func(t *testing.T) {
		var out, errw bytes.Buffer
		if code := run(ctx, []string{"export", "--config", cfg, "--format", "json"}, nil, &out, &errw); code != 0 {
			t.Fatalf("exit %d: %s", code, errw.String())
		}
		var got []map[string]any
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("%d entries, want the 2 complete ones", len(got))
		}
		for _, o := range got {
			if o["status"] != "complete" {
				t.Errorf("default export has %v", o["status"])
			}
			if o["title"] == "黄河岸边的守望" && (o["phone"] != "0371-69691670" || o["duration_seconds"] != float64(150)) {
				t.Errorf("entry %v", o)
			}
			if _, ok := o["declarations"].(map[string]any); !ok {
				t.Errorf("no declarations in %v", o)
			}
		}
	})
	t.Run("JSONAll", func(t *testing.T) {
		var out, errw bytes.Buffer
		if code := run(ctx, []string{"export", "--config", cfg, "--format", "json", "--all"}, nil, &out, &errw); code != 0 {
			t.Fatalf("exit %d: %s", code, errw.String())
		}
		var got []map[string]any
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatal(err)
		}
		statuses := map[string]any{}
		for _, o := range got {
			statuses[o["title"].(string)] = o["status"]
		}
		if len(got) != 4 || statuses["取消的作品"] != "cancelled" || statuses[""] != "draft" {
			t.Errorf("statuses %v", statuses)
		}
	})
	t.Run("XLSXFileUnit", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "out", "zz.xlsx")
		var out, errw bytes.Buffer
		if code := run(ctx, []string{"export", "--config", cfg, "--format", "xlsx", "-o", path, "--unit", "郑州职院"}, nil, &out, &errw); code != 0 {
			t.Fatalf("exit %d: %s", code, errw.String())
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := f.GetRows("郑州职院")
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 6 || rows[3][1] != "黄河岸边的守望" || rows[3][4] != "=简介" || rows[3][6] != "0371-69691670" {
			t.Errorf("rows %q", rows)
		}
	})
	t.Run("CSV", func(t *testing.T) {
		var out, errw bytes.Buffer
		if code := run(ctx, []string{"export", "--config", cfg, "--format", "csv"}, nil, &out, &errw); code != 0 {
			t.Fatalf("exit %d: %s", code, errw.String())
		}
		if !strings.HasPrefix(out.String(), "\ufeff\"编号\"") || !strings.Contains(out.String(), "'=简介") {
			t.Errorf("csv %q", out.String())
		}
	})
	t.Run("ErrFormat", func(t *testing.T) {
		var out, errw bytes.Buffer
		if code := run(ctx, []string{"export", "--config", cfg, "--format", "pdf"}, nil, &out, &errw); code != 2 || !strings.Contains(errw.String(), "usage") {
			t.Errorf("exit %d: %s", code, errw.String())
		}
	})
}

func TestDocsCommand(t *testing.T) {
	cfg, ids := exportFixture(t)
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "docs")
		var out, errw bytes.Buffer
		id := ids["黄河岸边的守望"]
		if code := run(ctx, []string{"docs", "--config", cfg, "--entry", strconv.FormatInt(id, 10), "-o", dir}, nil, &out, &errw); code != 0 {
			t.Fatalf("exit %d: %s", code, errw.String())
		}
		for _, name := range []string{"郑州职院-1-黄河岸边的守望-报名表.docx", "郑州职院-1-黄河岸边的守望-版权确认协议书.docx"} {
			st, err := os.Stat(filepath.Join(dir, name))
			if err != nil || st.Size() < 1000 {
				t.Errorf("%s: %v", name, err)
			}
			if !strings.Contains(out.String(), name) {
				t.Errorf("output lacks %s", name)
			}
		}
	})
	t.Run("ErrIncomplete", func(t *testing.T) {
		dir := t.TempDir()
		var out, errw bytes.Buffer
		id := strconv.FormatInt(ids[""], 10)
		code := run(ctx, []string{"docs", "--config", cfg, "--entry", id, "-o", dir}, nil, &out, &errw)
		if code == 0 || !strings.Contains(errw.String(), "还缺：片名、制作单位、联系人、联系电话、时长、分类、主创人员、内容简介、内容摘要") {
			t.Errorf("exit %d: %s", code, errw.String())
		}
		if files, _ := os.ReadDir(dir); len(files) != 0 {
			t.Errorf("wrote %d files for an empty draft", len(files))
		}
		if code := run(ctx, []string{"docs", "--config", cfg, "--entry", id, "-o", dir, "--incomplete"}, nil, &out, &errw); code != 0 {
			t.Errorf("--incomplete: exit %d", code)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		var out, errw bytes.Buffer
		code := run(ctx, []string{"docs", "--config", cfg, "--entry", "999", "-o", t.TempDir()}, nil, &out, &errw)
		if code != 2 || !strings.Contains(errw.String(), "没有找到编号为999的作品") {
			t.Errorf("exit %d: %s", code, errw.String())
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		var out, errw bytes.Buffer
		if code := run(ctx, []string{"docs", "--config", cfg, "--entry", "x"}, nil, &out, &errw); code != 2 {
			t.Errorf("exit %d", code)
		}
	})
}

// TestExportCSVLibreOffice opens the exported CSV as staff do, in
// LibreOffice (headless, converted to xlsx, read back): a landline keeps its
// 0 and dash, a mobile all its digits, and only complete entries are in.
func TestExportCSVLibreOffice(t *testing.T) {
	officetest.Soffice(t)
	cfg, _ := exportFixture(t)
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite", strings.TrimSpace(strings.Split(strings.Split(mustRead(t, cfg), "dsn: ")[1], "\n")[0]))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreateEntry(ctx, &contestbot.Entry{OpenID: "o3", Status: contestbot.StatusDraft, Unit: "郑州职院", Title: "草稿作品", Phone: "13700000003"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	path := filepath.Join(t.TempDir(), "entries.csv")
	var out, errw bytes.Buffer
	if code := run(ctx, []string{"export", "--config", cfg, "--format", "csv", "-o", path}, nil, &out, &errw); code != 0 {
		t.Fatalf("exit %d: %s", code, errw.String())
	}
	// Comma, double quote, UTF-8 (76), from line 1: what the import dialog
	// shows for a UTF-8 CSV with a BOM.
	xlsx := officetest.Convert(t, path, "xlsx", "CSV:44,34,76,1")
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0])
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if _, ok := col["编号"]; !ok {
		t.Fatalf("header not read as UTF-8: %q", rows[0])
	}
	phones := map[string]string{}
	for _, r := range rows[1:] {
		phones[r[col["片名"]]] = r[col["联系电话"]]
		if r[col["状态"]] != "已完成" {
			t.Errorf("exported %q with status %q", r[col["片名"]], r[col["状态"]])
		}
	}
	if len(rows) != 3 || phones["黄河岸边的守望"] != "0371-69691670" || phones["清廉之光"] != "13900000002" {
		t.Errorf("read back %d rows, phones %q", len(rows), phones)
	}
	if got := rows[1][col["时长"]] + "|" + rows[2][col["时长"]]; !strings.Contains(got, "2分30秒") {
		t.Errorf("时长 cells %q", got)
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
