package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"contestbot"
	"contestbot/documents"
)

// cmdDocs runs `contestbot docs [--config FILE] --entry ID -o DIR
// [--incomplete]`: it writes the entry's 报名表 (附件2) and 版权确认协议书
// (附件3) as .docx into DIR, named 推荐单位-序号-片名-报名表.docx and so on,
// and prints their paths. An entry missing a field the documents print is
// refused with the list of what is missing (exit 1), unless --incomplete
// asks for forms with blanks to fill in by hand.
func cmdDocs(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("docs", s)
	cfgPath := configFlag(fs)
	idText := fs.String("entry", "", "entry number (编号), as on the admin page")
	dir := fs.String("o", "", "directory to write the files into")
	incomplete := fs.Bool("incomplete", false, "write the documents even if fields are missing, leaving blanks")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	id, perr := strconv.ParseInt(*idText, 10, 64)
	if perr != nil || id <= 0 || *dir == "" || len(rest) > 0 {
		fmt.Fprintln(s.errw, "usage: contestbot docs [--config FILE] --entry ID -o DIR [--incomplete]")
		return 2
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(s, err)
	}
	db, err := openStore(ctx, cfg)
	if err != nil {
		return fail(s, err)
	}
	defer db.Close()
	e, err := db.Entry(ctx, id)
	if err != nil {
		if contestbot.ErrorCode(err) == contestbot.ENOTFOUND {
			fmt.Fprintln(s.errw, "contestbot docs:", contestbot.ErrorMessage(err))
			return 2
		}
		return fail(s, err)
	}
	kb, err := loadKnowledge(cfg, time.Now, newLogger(cfg, s.errw))
	if err != nil {
		return fail(s, err)
	}
	if missing := documents.MissingFields(kb.Season(), e); len(missing) > 0 && !*incomplete {
		labels := make([]string, len(missing))
		for i, f := range missing {
			labels[i] = f.Label()
		}
		fmt.Fprintf(s.errw, "contestbot docs: 作品%d（%s，%s）还缺：%s。没有生成文件；要生成留空待手填的表格，加 --incomplete。\n",
			e.ID, e.DisplayTitle(), e.Status.Label(), strings.Join(labels, "、"))
		return 1
	}
	files := []struct {
		name  string
		write func(io.Writer, *contestbot.Entry, *contestbot.Season) error
	}{
		{documents.EntryFormName(e), documents.WriteEntryForm},
		{documents.AgreementName(e), documents.WriteAgreement},
	}
	for _, f := range files {
		var buf bytes.Buffer
		if err := f.write(&buf, e, kb.Season()); err != nil {
			return fail(s, err)
		}
		path := filepath.Join(*dir, f.name)
		if err := writeFileAtomic(path, buf.Bytes()); err != nil {
			return fail(s, err)
		}
		fmt.Fprintln(s.out, path)
	}
	return 0
}
