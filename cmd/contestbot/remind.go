package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"contestbot/bot"
	"contestbot/config"
	"contestbot/remind"
	"contestbot/store"
)

// remindOptions copies the reminder settings out of the config; serve and
// chat use it too. deadline is the season's (knowledge.Base.Deadline: the
// config's contest.deadline, else the notice's date).
func remindOptions(cfg *config.Config, deadline time.Time) remind.Options {
	return remind.Options{
		Deadline:   deadline,
		Offsets:    cfg.Reminders.Offsets,
		QuietHours: cfg.Reminders.QuietHours,
		Timezone:   cfg.Reminders.Timezone,
		TemplateID: cfg.Reminders.TemplateID,
		PublicURL:  cfg.Server.PublicURL,
	}
}

// cmdRemind is `contestbot remind [--config FILE] [--dry-run] [--now RFC3339]`:
// one pass of due reminders. --dry-run prints who would get what and changes
// nothing; --now runs the pass as if it were that time.
func cmdRemind(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("remind", s)
	cfgPath := configFlag(fs)
	dryRun := fs.Bool("dry-run", false, "print who would get which reminder; send and record nothing")
	nowFlag := fs.String("now", "", "run the pass as if it were this time (RFC 3339, e.g. 2025-10-12T10:00:00+08:00)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return fail(s, err)
	}
	if len(pos) > 0 {
		return fail(s, fmt.Errorf("remind 不接受参数 %q（unexpected argument）", pos[0]))
	}
	now := time.Now
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339, *nowFlag)
		if err != nil {
			return fail(s, fmt.Errorf("--now %q 不是 RFC 3339 时间，例如 2025-10-12T10:00:00+08:00（--now must be RFC 3339）", *nowFlag))
		}
		now = func() time.Time { return t }
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(s, err)
	}
	if !*dryRun {
		if !cfg.Reminders.Enabled {
			return fail(s, errors.New("提醒已关闭（reminders.enabled: false），未发送；预览请加 --dry-run（reminders are disabled）"))
		}
		if cfg.WeChat.AppID == "" || cfg.WeChat.AppSecret == "" {
			return fail(s, errors.New("没有配置公众号的 AppID 或 AppSecret，无法发送提醒：请设置 wechat.app_id、wechat.app_secret"+
				"（或环境变量 CONTESTBOT_WECHAT_APP_ID、CONTESTBOT_WECHAT_APP_SECRET）；只预览请加 --dry-run"+
				"（WeChat credentials missing: set wechat.app_id and wechat.app_secret, or use --dry-run）"))
		}
	}
	db, err := openStore(ctx, cfg)
	if err != nil {
		return fail(s, err)
	}
	defer db.Close()
	db.Now = now
	log := newLogger(cfg, s.errw)

	var sender remind.Sender
	if !*dryRun {
		sender = bot.NewClient(bot.ClientOptions{
			AppID: cfg.WeChat.AppID, AppSecret: cfg.WeChat.AppSecret, APIBase: cfg.WeChat.APIBase, Logger: log,
		})
	}
	kb, err := loadKnowledge(cfg, now, log)
	if err != nil {
		return fail(s, err)
	}
	opts := remindOptions(cfg, kb.Deadline())
	opts.Now, opts.Logger, opts.Season = now, log, kb.Season()
	svc, err := remind.New(db, sender, opts)
	if err != nil {
		return fail(s, err)
	}
	if *dryRun {
		plans, err := svc.Plan(ctx, now())
		if err != nil {
			return fail(s, err)
		}
		printPlans(s.out, svc, plans, now(), opts.Deadline)
		return 0
	}
	before, err := reminderKeys(ctx, db)
	if err != nil {
		return fail(s, err)
	}
	sent, err := svc.RunOnce(ctx)
	if err != nil {
		fmt.Fprintf(s.out, "已发送 %d 条提醒，但有错误（sent %d, with errors）\n", sent, sent)
		return fail(s, err)
	}
	fmt.Fprintf(s.out, "已发送 %d 条提醒（sent %d）\n", sent, sent)
	if err := printOutcomes(ctx, s.out, db, before); err != nil {
		return fail(s, err)
	}
	return 0
}

var channelNames = map[string]string{
	store.ReminderCustomer:    "客服消息",
	store.ReminderTemplate:    "模板消息",
	store.ReminderUnreachable: "无法送达（请工作人员电话联系）",
	store.ReminderSkipped:     "跳过",
}

// printPlans writes a dry run: the slot schedule, then one block per user.
func printPlans(w io.Writer, svc *remind.Service, plans []remind.Planned, now, deadline time.Time) {
	loc := config.Shanghai
	fmt.Fprintf(w, "预览（不发送、不记录）：现在 %s，截止 %s\n", now.In(loc).Format("2006-01-02 15:04"), deadline.In(loc).Format("2006-01-02 15:04:05"))
	fmt.Fprintln(w, "提醒时段：")
	for _, sl := range svc.Slots() {
		mark := ""
		if !sl.At.After(now) {
			mark = "（已到）"
		}
		fmt.Fprintf(w, "  %-6s %s%s\n", sl.Offset, sl.At.In(loc).Format("2006-01-02 15:04"), mark)
	}
	if len(plans) == 0 {
		fmt.Fprintln(w, "现在没有要发送的提醒（no reminders due）。")
		return
	}
	fmt.Fprintf(w, "将提醒 %d 人（%d users）：\n", len(plans), len(plans))
	for _, p := range plans {
		fmt.Fprintf(w, "\nopenid: %s\n", p.OpenID)
		fmt.Fprintf(w, "  时段: %s（%s）\n", p.Slot.Offset, p.Slot.At.In(loc).Format("2006-01-02 15:04"))
		fmt.Fprintf(w, "  渠道: %s", channelNames[p.Channel])
		if p.Reason != "" {
			fmt.Fprintf(w, "（%s）", p.Reason)
		}
		fmt.Fprintln(w)
		for _, it := range p.Items {
			fmt.Fprintf(w, "  作品: %s — %s\n", it.Title, strings.Join(it.Missing, "；"))
		}
		for _, sk := range p.Skipped {
			fmt.Fprintf(w, "  跳过错过的时段: %s\n", sk.Offset)
		}
		if p.Template != nil {
			keys := make([]string, 0, len(p.Template.Data))
			for k := range p.Template.Data {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintf(w, "  模板 %s:\n", p.Template.TemplateID)
			for _, k := range keys {
				fmt.Fprintf(w, "    %s: %s\n", k, p.Template.Data[k])
			}
		}
		if p.Channel != store.ReminderTemplate {
			fmt.Fprintln(w, "  消息:")
			for _, line := range strings.Split(p.Text, "\n") {
				fmt.Fprintf(w, "    %s\n", line)
			}
		}
	}
}

// reminderKeys returns the (openid, slot) pairs already recorded.
func reminderKeys(ctx context.Context, db *store.DB) (map[[2]string]bool, error) {
	rows, err := db.Reminders(ctx)
	if err != nil {
		return nil, err
	}
	keys := make(map[[2]string]bool, len(rows))
	for _, r := range rows {
		keys[[2]string{r.OpenID, r.Slot}] = true
	}
	return keys, nil
}

// printOutcomes lists what this pass recorded other than deliveries (rows
// not in before), so staff see at once who must be phoned and what WeChat
// refused.
func printOutcomes(ctx context.Context, w io.Writer, db *store.DB, before map[[2]string]bool) error {
	rows, err := db.Reminders(ctx)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if before[[2]string{r.OpenID, r.Slot}] || r.Status == store.ReminderSent || r.Status == store.ReminderSkipped {
			continue
		}
		fmt.Fprintf(w, "  %s %s: %s %s\n", r.OpenID, r.Slot, channelNames[r.Channel], r.Detail)
	}
	return nil
}
