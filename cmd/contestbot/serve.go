package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"contestbot/admin"
	"contestbot/bot"
	"contestbot/dialogs"
	"contestbot/remind"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// cmdServe runs `contestbot serve`: the WeChat callback at /wechat, the
// staff page at /admin/, document links at /files/, check pages at /check/,
// /healthz and /metrics, the outbox deliverer and the reminder scheduler,
// until SIGTERM.
func cmdServe(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("serve", s)
	cfgPath := configFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return 2
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(s, err)
	}
	logger := newLogger(cfg, s.errw)

	var client *bot.Client
	var sender remind.Sender
	if cfg.WeChat.AppID != "" && cfg.WeChat.AppSecret != "" {
		client = bot.NewClient(bot.ClientOptions{
			AppID:     cfg.WeChat.AppID,
			AppSecret: cfg.WeChat.AppSecret,
			APIBase:   cfg.WeChat.APIBase,
			Logger:    logger,
		})
		sender = client
	} else {
		logger.Warn("no wechat.app_id/app_secret: replies work, but pushed messages and reminders wait in the outbox")
	}
	if cfg.WeChat.OriginalID == "" {
		logger.Warn("wechat.original_id is not set: messages addressed to any account are accepted; set it to the account's 原始ID (gh_…)")
	}
	if cfg.WeChat.Mode == "plain" {
		logger.Warn("wechat.mode is plain: messages travel unencrypted and only the URL is signed; safe mode (encoding_aes_key) is recommended")
	}
	if cfg.WeChat.Token == "" {
		logger.Warn("no wechat.token: every WeChat callback will be refused (403) until it is set")
	}

	// The dialog core pushes through the callback server's outbox, and the
	// callback server hands messages to the core: tie the knot with pushVia.
	push := &pushVia{}
	a, err := newApp(ctx, cfg, logger, push, sender, true)
	if err != nil {
		return fail(s, err)
	}
	defer a.db.Close()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	wx := bot.New(a.core, a.db, client, bot.Options{
		AppID:          cfg.WeChat.AppID,
		Token:          cfg.WeChat.Token,
		EncodingAESKey: cfg.WeChat.EncodingAESKey,
		Mode:           cfg.WeChat.Mode,
		OriginalID:     cfg.WeChat.OriginalID,
		ReplyBudget:    cfg.WeChat.ReplyBudget,
		Logger:         logger,
		Registerer:     reg,
	})
	push.set(wx)

	mux := http.NewServeMux()
	mux.Handle("/wechat", wx)
	mux.Handle("/admin/", a.admin)
	mux.Handle("/admin", a.admin)
	mux.Handle("/files/", a.admin)
	mux.Handle("/check/", a.admin) // a user's own check page
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := a.db.Ping(ctx); err != nil {
			logger.Error("healthz: store does not answer", "err", err)
			http.Error(w, "store unavailable", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "赛事助手 contestbot\n微信回调：/wechat\n工作人员页面：/admin/\n")
	})

	ln, err := net.Listen("tcp", cfg.Server.Addr)
	if err != nil {
		return fail(s, fmt.Errorf("无法监听 server.addr=%s：%w", cfg.Server.Addr, err))
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute, // exports of a whole province
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          nil,
	}

	var wg sync.WaitGroup
	bgCtx, stopBG := context.WithCancel(context.Background())
	defer stopBG()
	if client != nil {
		wg.Add(1)
		go func() { defer wg.Done(); wx.Deliverer().Run(bgCtx) }()
		go selfCheck(bgCtx, a, client)
		if cfg.Reminders.Enabled {
			wg.Add(1)
			go func() { defer wg.Done(); a.reminders.Run(bgCtx, cfg.Reminders.Interval) }()
		}
	}
	wg.Add(1)
	go func() { defer wg.Done(); runRetention(bgCtx, a) }()
	wg.Add(1)
	go func() { defer wg.Done(); housekeeping(bgCtx, a) }()
	// Messages whose instance died before answering them, and checks
	// queued or running when an instance stopped, are taken up here.
	wg.Add(1)
	go func() { defer wg.Done(); wx.Recover(bgCtx) }()
	wg.Add(1)
	go func() { defer wg.Done(); a.pool.Run(bgCtx) }()

	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	logger.Info("contestbot serving", "addr", ln.Addr().String(), "store", cfg.Store.Driver,
		"wechat", client != nil, "mode", cfg.WeChat.Mode, "llm", cfg.LLM.Enabled)

	select {
	case err := <-errc:
		if !errors.Is(err, http.ErrServerClosed) {
			return fail(s, err)
		}
	case <-ctx.Done():
		logger.Info("shutting down: finishing in-flight requests")
	}
	sctx, cancel := context.WithTimeout(context.Background(), cfg.Server.ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Warn("http shutdown", "err", err)
	}
	// Answers still being computed enqueue their results; the outbox keeps
	// anything undelivered for the next start.
	if err := wx.Shutdown(sctx); err != nil {
		logger.Warn("callback shutdown", "err", err)
	}
	waitOrTimeout(sctx, a.core.Wait)
	stopBG()
	wg.Wait()
	logger.Info("stopped")
	return 0
}

// pushVia forwards dialog pushes to the callback server once it exists.
type pushVia struct {
	mu sync.Mutex
	wx *bot.Server
}

func (p *pushVia) set(wx *bot.Server) { p.mu.Lock(); p.wx = wx; p.mu.Unlock() }

func (p *pushVia) Push(ctx context.Context, openID, text, dedupeKey string) error {
	p.mu.Lock()
	wx := p.wx
	p.mu.Unlock()
	if wx == nil {
		return errors.New("push before the callback server is ready")
	}
	return wx.Push(ctx, openID, text, dedupeKey)
}

var _ dialogs.Pusher = (*pushVia)(nil)

// selfCheck fetches an access_token once at start and records the outcome
// for the staff's diagnostics panel, in plain words.
func selfCheck(ctx context.Context, a *app, client *bot.Client) {
	cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	result := "正常：已获取 access_token"
	if err := client.SelfCheck(cctx); err != nil {
		result = "异常：" + err.Error()
		a.log.Error("wechat self-check failed", "err", err)
	} else {
		a.log.Info("wechat self-check ok")
	}
	if err := a.db.SetSetting(ctx, admin.SelfCheckKey, result); err != nil {
		a.log.Error("record self-check", "err", err)
	}
}

// housekeeping forgets seen callbacks older than an hour, old login
// failures and expired sessions and links, hourly. Message records go with
// the retention pass (privacy.message_days).
func housekeeping(ctx context.Context, a *app) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		// Seen callback triples must outlive the 5-minute timestamp window.
		if err := a.db.PurgeCallbacks(ctx, time.Now().Add(-time.Hour)); err != nil && ctx.Err() == nil {
			a.log.Error("purge callbacks", "err", err)
		}
		if err := a.db.PurgeLogins(ctx, time.Now().Add(-24*time.Hour)); err != nil && ctx.Err() == nil {
			a.log.Error("purge logins", "err", err)
		}
		if err := a.db.PurgeLinkTokens(ctx); err != nil && ctx.Err() == nil {
			a.log.Error("purge link tokens", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// waitOrTimeout runs wait until it returns or ctx ends.
func waitOrTimeout(ctx context.Context, wait func()) {
	done := make(chan struct{})
	go func() { wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
}
