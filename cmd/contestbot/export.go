package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"contestbot"
	"contestbot/documents"
	"contestbot/store"
)

// cmdExport runs `contestbot export [--config FILE] --format xlsx|csv|json
// [--all] [-o FILE] [--unit NAME]`: the complete entries, or one unit's, to
// stdout or to FILE; --all adds drafts and cancelled entries. xlsx is the
// 汇总表 of 附件4 (with --unit, that unit's sheet; without, one sheet per
// unit, on which it opens, then a printable overview and every field).
func cmdExport(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("export", s)
	cfgPath := configFlag(fs)
	format := fs.String("format", "", "xlsx, csv or json")
	out := fs.String("o", "", "write to this file instead of stdout")
	unit := fs.String("unit", "", "only this 推荐单位")
	all := fs.Bool("all", false, "also drafts (填写中) and cancelled entries")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	var season *contestbot.Season // the 汇总表's heading and signature are the season's
	write := map[string]func(*bytes.Buffer, []*contestbot.Entry) error{
		"xlsx": func(b *bytes.Buffer, es []*contestbot.Entry) error { return documents.WriteXLSX(b, es, *unit, season) },
		"csv":  func(b *bytes.Buffer, es []*contestbot.Entry) error { return documents.WriteCSV(b, es, season) },
		"json": func(b *bytes.Buffer, es []*contestbot.Entry) error { return documents.WriteJSON(b, es, season) },
	}[strings.ToLower(*format)]
	if write == nil || len(rest) > 0 {
		fmt.Fprintln(s.errw, "usage: contestbot export [--config FILE] --format xlsx|csv|json [--all] [-o FILE] [--unit NAME]")
		return 2
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(s, err)
	}
	kb, err := loadKnowledge(cfg, time.Now, newLogger(cfg, s.errw))
	if err != nil {
		return fail(s, err)
	}
	season = kb.Season()
	db, err := openStore(ctx, cfg)
	if err != nil {
		return fail(s, err)
	}
	defer db.Close()
	f := store.EntryFilter{Unit: strings.TrimSpace(*unit), Status: contestbot.StatusComplete}
	if *all {
		f.Status = ""
	}
	es, err := db.Entries(ctx, f)
	if err != nil {
		return fail(s, err)
	}
	// Build the whole file first, so a failure never leaves half a file.
	var buf bytes.Buffer
	if err := write(&buf, es); err != nil {
		return fail(s, err)
	}
	if *out == "" {
		if _, err := s.out.Write(buf.Bytes()); err != nil {
			return fail(s, err)
		}
		return 0
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return fail(s, err)
	}
	fmt.Fprintf(s.errw, "已导出 %d 件作品到 %s\n", len(es), *out)
	return 0
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so readers never see a partial file.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("无法创建目录 %s：%w", dir, err)
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("无法写入 %s：%w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("无法写入 %s：%w", path, err)
	}
	return nil
}
