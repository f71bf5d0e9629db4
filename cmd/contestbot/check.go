package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"contestbot"
	"contestbot/checks"
)

// cmdCheck runs `contestbot check [--config FILE] [--json] [--evidence DIR]
// FILE_OR_URL...`: the video checks on each input, the metadata rules and
// then the content stage (colour bars, caption cards, corner logos; skipped,
// and said so, without ffmpeg). It prints a readable report per input, or
// with --json one JSON object per line (PRODUCT.md). --evidence writes each
// content finding's frame there as a JPEG. Exit status: 0 when no input
// fails, 1 when any fails, 2 when a check could not run.
func cmdCheck(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("check", s)
	cfgPath := configFlag(fs)
	asJSON := fs.Bool("json", false, "print one JSON object per input, one per line")
	evidence := fs.String("evidence", "", "write the frames of content findings to this directory as JPEG")
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return 2
	}
	if len(inputs) == 0 {
		fmt.Fprintln(s.errw, "usage: contestbot check [--config FILE] [--json] [--evidence DIR] FILE_OR_URL...")
		return 2
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(s, err)
	}
	// Per-check info logs would only repeat the report on stderr.
	logger := slog.New(slog.NewTextHandler(s.errw, &slog.HandlerOptions{Level: slog.LevelWarn}))
	// The thresholds are the season's (contest.facts_file), as in chat.
	kb, err := loadKnowledge(cfg, time.Now, logger)
	if err != nil {
		return fail(s, err)
	}
	c := checks.New(checks.Options{
		AllowPrivateNetworks: cfg.Checks.AllowPrivateNetworks,
		AllowLocalFiles:      true,
		Timeout:              cfg.Checks.Timeout,
		FFmpeg:               cfg.Checks.FFmpeg,
		Spec:                 kb.Spec(),
		Logger:               logger,
	})
	code := 0
	for i, in := range inputs {
		rep, err := c.Check(ctx, in, nil)
		if err != nil {
			if ctx.Err() != nil {
				fmt.Fprintln(s.errw, "contestbot check: 已中断")
				return 2
			}
			fmt.Fprintf(s.errw, "contestbot check: %s: %s\n", in, contestbot.ErrorMessage(err))
			if contestbot.ErrorCode(err) == contestbot.EINTERNAL {
				fmt.Fprintf(s.errw, "contestbot check: %s: %v\n", in, err)
			}
			code = 2
			continue
		}
		ct, err := c.CheckContent(ctx, in, rep)
		if err != nil {
			if ctx.Err() != nil {
				fmt.Fprintln(s.errw, "contestbot check: 已中断")
				return 2
			}
			fmt.Fprintf(s.errw, "contestbot check: %s: %v\n", in, err)
			code = 2
			continue
		}
		rep = checks.WithContent(rep, ct)
		if *evidence != "" {
			if err := writeEvidence(*evidence, i, ct); err != nil {
				return fail(s, err)
			}
		}
		if rep.Verdict == contestbot.VerdictFail && code == 0 {
			code = 1
		}
		if *asJSON {
			if err := checks.WriteJSON(s.out, rep); err != nil {
				return fail(s, err)
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(s.out)
		}
		fmt.Fprintln(s.out, checks.FormatReport(rep))
		fmt.Fprintln(s.out, "   "+checks.SummaryLine(rep.Info))
	}
	return code
}

// writeEvidence writes each finding's frame as DIR/N-rule-K.jpg, N the
// input's position (from 1).
func writeEvidence(dir string, input int, ct checks.Content) error {
	if len(ct.Findings) == 0 {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for k, f := range ct.Findings {
		if len(f.Evidence) == 0 {
			continue
		}
		name := filepath.Join(dir, fmt.Sprintf("%d-%s-%d.jpg", input+1, f.Rule, k+1))
		if err := os.WriteFile(name, f.Evidence, 0o644); err != nil {
			return err
		}
	}
	return nil
}
