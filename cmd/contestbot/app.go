package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/netip"
	"time"

	"contestbot/admin"
	"contestbot/checkpool"
	"contestbot/checks"
	"contestbot/config"
	"contestbot/dialogs"
	"contestbot/knowledge"
	"contestbot/remind"
	"contestbot/store"
)

// app is what `serve` and `chat` share: the store, the season's knowledge,
// the video checker, the staff side and the dialog core built over them.
type app struct {
	cfg       *config.Config
	log       *slog.Logger
	db        *store.DB
	kb        *knowledge.Base
	checker   *checks.Checker
	admin     *admin.Server
	reminders *remind.Service
	core      *dialogs.Core
	pool      *checkpool.Pool // serve only: background checks, bounded
	now       func() time.Time
}

// newApp builds the shared pieces. pusher delivers results that come after
// the reply (video checks): the outbox under `serve`, the terminal under `chat`.
//
// With pool set (serve), video checks wait their turn in a checkpool.Pool
// that the caller runs; otherwise (chat) each starts at once.
func newApp(ctx context.Context, cfg *config.Config, logger *slog.Logger, pusher dialogs.Pusher, sender remind.Sender, pool bool) (*app, error) {
	a := &app{cfg: cfg, log: logger, now: time.Now}
	var err error
	if a.db, err = openStore(ctx, cfg); err != nil {
		return nil, err
	}
	if a.kb, err = loadKnowledge(cfg, a.now, logger); err != nil {
		a.db.Close()
		return nil, err
	}
	// The season, loaded once with the notice, is what every package
	// reads about the contest.
	season := a.kb.Season()
	a.checker = checks.New(checks.Options{
		AllowPrivateNetworks: cfg.Checks.AllowPrivateNetworks,
		Timeout:              cfg.Checks.Timeout,
		FFmpeg:               cfg.Checks.FFmpeg,
		Spec:                 a.kb.Spec(),
		Logger:               logger,
	})
	secret, err := serverSecret(ctx, cfg, a.db)
	if err != nil {
		a.db.Close()
		return nil, err
	}
	a.admin = admin.New(a.db, admin.Options{
		Username:      cfg.Admin.Username,
		Password:      cfg.Admin.Password,
		PublicURL:     publicURL(cfg),
		Secret:        secret,
		LinkTTL:       cfg.Files.LinkTTL,
		Now:           a.now,
		Logger:        logger,
		Checker:       a.checker,
		Privacy:       admin.PrivacySettings{RetainUntil: cfg.Privacy.RetainUntil, MessageDays: cfg.Privacy.MessageDays},
		PrivacyNotice: dialogs.PrivacyNotice(privacyOptions(cfg, season)),
		// The check page (/check/TOKEN) checks uploads with the same
		// checker and pushes its results through the outbox.
		UploadChecker: a.checker,
		Pusher:        pusher,
		Season:        season,
		// config validated each entry as an address or a CIDR range.
		TrustedProxies: trustedProxies(cfg.Server.TrustedProxies),
	})
	ropts := remindOptions(cfg, a.kb.Deadline())
	ropts.Now, ropts.Logger, ropts.Season = a.now, logger, season
	if a.reminders, err = remind.New(a.db, sender, ropts); err != nil {
		a.db.Close()
		return nil, err
	}
	deps := dialogs.Deps{
		Store:     a.db,
		Knowledge: a.kb,
		Checker:   a.checker,
		Pusher:    pusher,
		Docs:      a.admin,
		CheckPage: a.admin,
	}
	if cfg.Reminders.Enabled {
		deps.Nudger = a.reminders
	}
	if cfg.LLM.Enabled {
		// Form messages the rules cannot fully read also go to the model.
		deps.Extractor = dialogs.NewLLMExtractor(llmOptions(cfg), nil)
		deps.Summarizer = dialogs.NewLLMSummarizer(llmOptions(cfg), nil) // s6-o: a shorter 简介 offered as the 摘要
	}
	if pool {
		a.pool = checkpool.New(a.db, a.checker, checkpool.Options{
			Workers:   cfg.Checks.Workers,
			PerUser:   cfg.Checks.PerUser,
			MaxQueued: cfg.Checks.MaxQueued,
			Timeout:   cfg.Checks.Timeout + 30*time.Second,
			Logger:    logger,
			Done: func(ctx context.Context, r checkpool.Result) {
				a.core.CheckDone(ctx, r.OpenID, r.EntryID, r.Name, r.URL, r.Report, r.Err, r.Key)
			},
			After: func(ctx context.Context, r checkpool.Result) {
				a.core.CheckContent(ctx, r.OpenID, r.EntryID, r.Name, r.URL, r.Report, r.Key)
			},
		})
		deps.Checks = a.pool
	}
	a.core = dialogs.New(dialogs.Options{
		Now:        a.now,
		Logger:     logger,
		Deadline:   a.kb.Deadline(),
		AcceptLate: cfg.Contest.AcceptLate,
		Season:     season,
		Privacy:    privacyOptions(cfg, season),
		// A check reads a few hundred KB; give it the configured budget
		// plus time to store and push the result.
		BackgroundTimeout: cfg.Checks.Timeout + 30*time.Second,
	}, deps)
	return a, nil
}

// loadKnowledge loads the season's notice and facts named in the config
// (the built-in season when unset).
func loadKnowledge(cfg *config.Config, now func() time.Time, logger *slog.Logger) (*knowledge.Base, error) {
	kb, err := knowledge.Load(knowledge.Options{
		NoticeFile: cfg.Contest.NoticeFile,
		FactsFile:  cfg.Contest.FactsFile,
		Deadline:   cfg.Contest.Deadline,
		Now:        now,
		LLM:        llmOptions(cfg),
		Logger:     logger,
	})
	if err != nil {
		return nil, fmt.Errorf("通知或赛事资料加载失败（contest.notice_file / contest.facts_file）：%w", err)
	}
	return kb, nil
}

// llmOptions are the llm.* settings, for the answers and the form reading.
func llmOptions(cfg *config.Config) knowledge.LLMOptions {
	return knowledge.LLMOptions{
		Enabled: cfg.LLM.Enabled,
		BaseURL: cfg.LLM.BaseURL,
		APIKey:  cfg.LLM.APIKey,
		Model:   cfg.LLM.Model,
		Timeout: cfg.LLM.Timeout,
	}
}

// Close waits for background work and closes the store.
func (a *app) Close() error {
	a.core.Wait()
	return a.db.Close()
}

// publicURL is how phones reach this server: server.public_url, or the
// listen address when none is set (good enough on one machine).
func publicURL(cfg *config.Config) string {
	if cfg.Server.PublicURL != "" {
		return cfg.Server.PublicURL
	}
	return "http://" + cfg.Server.Addr
}

// serverSecret returns server.secret, or a random secret made once and kept
// in the store so sessions and file links survive restarts.
func serverSecret(ctx context.Context, cfg *config.Config, db *store.DB) ([]byte, error) {
	if cfg.Server.Secret != "" {
		return []byte(cfg.Server.Secret), nil
	}
	const key = "server.secret"
	v, _, err := db.Setting(ctx, key)
	if err != nil {
		return nil, err
	}
	if v == "" {
		b := make([]byte, 32)
		rand.Read(b)
		v = hex.EncodeToString(b)
		if err := db.SetSetting(ctx, key, v); err != nil {
			return nil, err
		}
	}
	return []byte(v), nil
}

// trustedProxies turns server.trusted_proxies into prefixes; a bare
// address is a one-address prefix.
func trustedProxies(list []string) []netip.Prefix {
	var out []netip.Prefix
	for _, p := range list {
		if pf, err := netip.ParsePrefix(p); err == nil {
			out = append(out, pf.Masked())
		} else if a, err := netip.ParseAddr(p); err == nil {
			out = append(out, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
		}
	}
	return out
}
