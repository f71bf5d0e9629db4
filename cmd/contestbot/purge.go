package main

import (
	"context"
	"fmt"
	"time"

	"contestbot"

	"contestbot/config"
	"contestbot/dialogs"
	"contestbot/store"
)

// privacyOptions is what the personal-information notice names: the
// season's handler and the config's retention date.
func privacyOptions(cfg *config.Config, season *contestbot.Season) dialogs.PrivacyOptions {
	p := season.Privacy
	o := dialogs.PrivacyOptions{
		Handler:     p.Handler,
		Purpose:     p.Purpose,
		Archived:    p.Archived,
		RetainUntil: cfg.Privacy.RetainUntil,
		RetainText:  p.RetainText,
		MessageDays: cfg.Privacy.MessageDays,
	}
	if p.WithdrawBeforeDeadline {
		o.WithdrawUntil = season.Deadline
	}
	return o
}

// purgePlan is the retention pass the config asks for at time now.
func purgePlan(cfg *config.Config, now time.Time, dryRun bool) store.PurgePlan {
	return store.PurgePlan{Now: now, MessageDays: cfg.Privacy.MessageDays, RetainUntil: cfg.Privacy.RetainUntil, DryRun: dryRun}
}

// cmdPurge is `contestbot purge [--config FILE] --dry-run|--now`: deletes
// what is kept past privacy.message_days and privacy.retain_until, or with
// --dry-run lists it. A second run deletes nothing.
func cmdPurge(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("purge", s)
	cfgPath := configFlag(fs)
	dryRun := fs.Bool("dry-run", false, "list what would be deleted; delete nothing")
	now := fs.Bool("now", false, "delete it now")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return fail(s, err)
	}
	if len(pos) > 0 {
		return fail(s, fmt.Errorf("purge 不接受参数 %q（unexpected argument）", pos[0]))
	}
	if *dryRun == *now {
		return fail(s, fmt.Errorf("请指定 --dry-run（只列出）或 --now（立即删除）之一（purge needs exactly one of --dry-run, --now）"))
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
	r, err := db.Purge(ctx, purgePlan(cfg, time.Now(), *dryRun))
	if err != nil {
		return fail(s, err)
	}
	verb := "已删除"
	if *dryRun {
		verb = "将删除"
	}
	fmt.Fprintln(s.out, purgeReport(cfg, r, verb))
	return 0
}

// purgeReport says in plain words what a pass deletes.
func purgeReport(cfg *config.Config, r store.DeleteReport, verb string) string {
	head := fmt.Sprintf("消息记录保存%d天", cfg.Privacy.MessageDays)
	if !cfg.Privacy.RetainUntil.IsZero() {
		head += "；个人信息保存至" + cfg.Privacy.RetainUntil.In(config.Shanghai).Format("2006-01-02 15:04")
	} else {
		head += "；未设置 privacy.retain_until"
	}
	if r.Total() == 0 {
		return head + "\n没有需要删除的内容。"
	}
	out := head + "\n" + verb + "："
	for _, l := range []struct {
		n    int
		what string
	}{
		{r.Messages, "条消息记录"}, {r.Pushes, "条已推送消息"}, {r.DialogStates, "个对话状态"}, {r.Reminders, "条提醒记录"},
		{r.Tokens, "个检查页链接"}, {r.Users, "个微信用户（openid）"}, {r.Drafts, "个草稿或已取消的作品"}, {r.Events, "条作品历史"},
		{r.CheckReports, "份视频检查报告"}, {r.Archived, "个已完成作品与微信用户的关联（作品的报名信息保留存档）"},
	} {
		if l.n > 0 {
			out += fmt.Sprintf("\n  %d %s", l.n, l.what)
		}
	}
	return out
}

// runRetention runs the retention pass hourly. Every instance runs it; the
// hour's slot is claimed in the store, so only one does the work.
func runRetention(ctx context.Context, a *app) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		now := a.now()
		slot := now.UTC().Format("2006-01-02T15")
		if ok, err := a.db.ClaimJob(ctx, "purge", slot); err != nil && ctx.Err() == nil {
			a.log.Error("claim purge", "err", err)
		} else if ok {
			r, err := a.db.Purge(ctx, purgePlan(a.cfg, now, false))
			switch {
			case err != nil && ctx.Err() == nil:
				a.log.Error("purge", "err", err)
			case r.Total() > 0:
				a.log.Info("purged personal information past its time", "report", r.String())
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
