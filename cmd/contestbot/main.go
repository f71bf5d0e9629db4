// Command contestbot is the contest assistant: a WeChat official-account
// bot for school contacts, a terminal chat with the same core, video
// checks, exports and reminders for staff.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	_ "time/tzdata" // Asia/Shanghai even on machines without a tz database

	"contestbot/config"
	"contestbot/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// stdio is a subcommand's terminal.
type stdio struct {
	in   io.Reader
	out  io.Writer
	errw io.Writer
}

const usage = `contestbot — 赛事助手 (the contest assistant)

Usage:
  contestbot serve  [--config FILE]                     run the WeChat callback, admin page and reminders
  contestbot chat   [--config FILE] [--user ID]         talk to the bot in this terminal
  contestbot check  [--config FILE] [--json] FILE_OR_URL...   check videos against the contest rules
  contestbot export [--config FILE] --format xlsx|csv|json [-o FILE] [--unit NAME]
  contestbot docs   [--config FILE] --entry ID -o DIR   write an entry's 报名表 and 版权确认协议书 (.docx)
  contestbot remind [--config FILE] [--dry-run] [--now RFC3339]   one pass of deadline reminders
  contestbot menu   [--config FILE]                     install the WeChat custom menu from the config
  contestbot purge  [--config FILE] --dry-run|--now     delete personal information kept past privacy.* (--dry-run lists it)

--config defaults to config.yaml in the working directory (built-in defaults if it is absent).
Every key can be set by an environment variable: CONTESTBOT_WECHAT_APP_SECRET for wechat.app_secret.
`

// run executes one subcommand and returns the process exit status: 0 for
// success, 1 for a negative result (a failed check), 2 for a usage or
// start-up error.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	s := stdio{in: stdin, out: stdout, errw: stderr}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "chat":
		return cmdChat(ctx, rest, s)
	case "serve":
		return cmdServe(ctx, rest, s)
	case "check":
		return cmdCheck(ctx, rest, s)
	case "remind":
		return cmdRemind(ctx, rest, s)
	case "menu":
		return cmdMenu(ctx, rest, s)
	case "export":
		return cmdExport(ctx, rest, s)
	case "docs":
		return cmdDocs(ctx, rest, s)
	case "purge":
		return cmdPurge(ctx, rest, s)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "contestbot: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
}

// newFlagSet returns a flag set for a subcommand that reports errors on
// the subcommand's stderr instead of exiting.
func newFlagSet(name string, s stdio) *flag.FlagSet {
	fs := flag.NewFlagSet("contestbot "+name, flag.ContinueOnError)
	fs.SetOutput(s.errw)
	return fs
}

// configFlag adds --config to fs.
func configFlag(fs *flag.FlagSet) *string {
	return fs.String("config", "config.yaml", "config file")
}

// parseFlags parses args, allowing flags after positional arguments
// ("check a.mp4 --json"). It returns the positional arguments, or an
// error already printed by the flag package.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		args = fs.Args()
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// loadConfig loads the config at path with the process environment.
func loadConfig(path string) (*config.Config, error) {
	return config.Load(path, os.LookupEnv)
}

// openStore opens the configured database.
func openStore(ctx context.Context, cfg *config.Config) (*store.DB, error) {
	db, err := store.Open(ctx, cfg.Store.Driver, cfg.Store.DSN)
	if err != nil {
		return nil, fmt.Errorf("数据库打不开（store.driver=%s）：%w", cfg.Store.Driver, err)
	}
	return db, nil
}

// newLogger returns the process logger: text or JSON on w at the
// configured level.
func newLogger(cfg *config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(strings.ToUpper(cfg.Log.Level)))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// fail prints err on the subcommand's stderr and returns exit status 2.
func fail(s stdio, err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 2
	}
	fmt.Fprintln(s.errw, "contestbot:", err)
	return 2
}
