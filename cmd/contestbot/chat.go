package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"contestbot"
	"contestbot/dialogs"
)

// cmdChat runs `contestbot chat`: the bot in a terminal, one line in, the
// reply out, with the same core and store as `serve`. With piped stdin it
// answers each line and exits at EOF, after any background work (a video
// check) has printed its result.
//
// One message may span lines, as a form pasted into WeChat does: a line of
// only """ opens a block that the next such line closes, and a line ending
// in a backslash continues on the next line.
func cmdChat(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("chat", s)
	cfgPath := configFlag(fs)
	user := fs.String("user", "terminal-user", "the openid to chat as (each has its own entries)")
	if _, err := parseFlags(fs, args); err != nil {
		return 2
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(s, err)
	}
	// Logs go to stderr at warn and above, so the conversation stays readable.
	cfg.Log.Level = "warn"
	logger := newLogger(cfg, s.errw)

	out := &lockedWriter{w: s.out}
	app, err := newApp(ctx, cfg, logger, printPusher{out: out}, nil, false)
	if err != nil {
		return fail(s, err)
	}
	defer app.Close()

	interactive := isTerminal(s.in)
	if interactive {
		fmt.Fprintln(s.errw, "赛事助手（终端模式）。直接输入问题，如“截止时间”；输入“我要报名”开始报名。Ctrl+D 退出。")
		fmt.Fprintln(s.errw, `多行消息（如粘贴的报名表）：单独一行 """ 开始，再一行 """ 结束；或在行末加 \ 接着下一行。`)
		if app.now().After(app.kb.Deadline()) && !cfg.Contest.AcceptLate {
			// Only the terminal sees this: trying the form after the season
			// needs a later deadline, which WeChat users must never get.
			fmt.Fprintln(s.errw, "（本季截止时间已过，报名会被拒绝。试用报名请这样启动：CONTESTBOT_CONTEST_DEADLINE=2099-12-31 contestbot chat）")
		}
	}
	sc := bufio.NewScanner(s.in)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	rd := messageReader{sc: sc}
	if interactive {
		rd.prompt = func(more bool) {
			if more {
				fmt.Fprint(s.errw, "… ")
			} else {
				fmt.Fprint(s.errw, "> ")
			}
		}
	}
	n := 0
	for {
		line, ok := rd.next()
		if !ok {
			break
		}
		if line == "" {
			continue
		}
		n++
		msg := dialogs.Message{
			OpenID: *user,
			MsgID:  fmt.Sprintf("chat-%d-%d", time.Now().UnixNano(), n),
			Type:   dialogs.TypeText,
			Text:   line,
			Time:   app.now(),
		}
		// The same per-user store lock as serve, so a chat session beside a
		// running server on the same database cannot interleave turns.
		var reply dialogs.Reply
		unlock, err := app.db.LockUser(ctx, msg.OpenID)
		if err == nil {
			reply, err = app.core.Handle(ctx, msg)
			unlock()
		}
		if err != nil {
			logger.Error("handle message", "err", err)
			out.Println(contestbot.BusyMessage)
			continue
		}
		if reply.Text != "" {
			out.Println(reply.Text)
			out.Println("")
		}
		if ctx.Err() != nil {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return fail(s, fmt.Errorf("读取输入失败：%w", err))
	}
	app.core.Wait()
	return 0
}

// printPusher delivers the bot's later messages (video-check results) to the
// terminal, where WeChat would push them by customer-service message.
type printPusher struct{ out *lockedWriter }

func (p printPusher) Push(ctx context.Context, openID, text, dedupeKey string) error {
	p.out.Println("【稍后推送】" + text)
	p.out.Println("")
	return nil
}

// lockedWriter serialises lines from the chat loop and background pushes.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Println(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintln(l.w, s)
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// messageReader reads chat messages from lines: one line is one message,
// except a block between two lines of only """ and lines joined by a
// trailing backslash, which are one message with their line breaks.
type messageReader struct {
	sc     *bufio.Scanner
	prompt func(more bool)
}

// next returns the next message (trimmed; "" for a blank line) and false at
// the end of the input. An unclosed block ends at the end of the input.
func (r *messageReader) next() (string, bool) {
	var lines []string
	block := false
	for {
		if r.prompt != nil {
			r.prompt(block || len(lines) > 0)
		}
		if !r.sc.Scan() {
			if len(lines) > 0 {
				return strings.TrimSpace(strings.Join(lines, "\n")), true
			}
			return "", false
		}
		line := strings.TrimRight(r.sc.Text(), "\r")
		switch {
		case strings.TrimSpace(line) == `"""`:
			if block {
				return strings.TrimSpace(strings.Join(lines, "\n")), true
			}
			block = true
		case block:
			lines = append(lines, line)
		case strings.HasSuffix(line, `\`):
			lines = append(lines, strings.TrimSuffix(line, `\`))
		default:
			lines = append(lines, line)
			return strings.TrimSpace(strings.Join(lines, "\n")), true
		}
	}
}
