package main

import (
	"context"
	"errors"
	"fmt"

	"contestbot"
	"contestbot/bot"
	"contestbot/config"
)

// cmdMenu is `contestbot menu [--config FILE]`: it installs wechat.menu as
// the account's custom menu, replacing the current one. CLICK keys reach
// the dialog core as events with the key, which it routes like text.
func cmdMenu(ctx context.Context, args []string, s stdio) int {
	fs := newFlagSet("menu", s)
	cfgPath := configFlag(fs)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return fail(s, err)
	}
	if len(pos) > 0 {
		return fail(s, fmt.Errorf("menu 不接受参数 %q", pos[0]))
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(s, err)
	}
	if cfg.WeChat.AppID == "" || cfg.WeChat.AppSecret == "" {
		return fail(s, errors.New("没有配置公众号凭据：请设置 wechat.app_id 和 wechat.app_secret（或 CONTESTBOT_WECHAT_APP_ID、CONTESTBOT_WECHAT_APP_SECRET）"))
	}
	if len(cfg.WeChat.Menu) == 0 {
		return fail(s, errors.New("配置里没有菜单：请在 wechat.menu 下写好按钮（name 加 key、url 或 sub）"))
	}
	client := bot.NewClient(bot.ClientOptions{
		AppID:     cfg.WeChat.AppID,
		AppSecret: cfg.WeChat.AppSecret,
		APIBase:   cfg.WeChat.APIBase,
		Logger:    newLogger(cfg, s.errw),
	})
	if err := client.SelfCheck(ctx); err != nil {
		return fail(s, err)
	}
	if err := client.CreateMenu(ctx, menuButtons(cfg.WeChat.Menu)); err != nil {
		return fail(s, fmt.Errorf("安装菜单失败：%s", menuError(err)))
	}
	fmt.Fprintf(s.out, "自定义菜单已安装（%d 个一级菜单）。微信客户端可能要几分钟后才显示，重新关注可立即看到。\n", len(cfg.WeChat.Menu))
	return 0
}

// menuButtons copies the configured menu into the client's type.
func menuButtons(in []config.MenuButton) []bot.MenuButton {
	out := make([]bot.MenuButton, 0, len(in))
	for _, b := range in {
		out = append(out, bot.MenuButton{Name: b.Name, Key: b.Key, URL: b.URL, Sub: menuButtons(b.Sub)})
	}
	return out
}

// menuError says in plain words why WeChat refused the menu.
func menuError(err error) string {
	switch code := bot.ErrCode(err); code {
	case 0:
		if contestbot.ErrorCode(err) == contestbot.EINVALID {
			return contestbot.ErrorMessage(err)
		}
		return err.Error()
	case 48001:
		return "公众号没有自定义菜单接口权限（errcode 48001）：未认证的订阅号不能用接口设置菜单，请在公众平台手动设置，或用测试号/认证公众号"
	case 40016, 40017, 40018, 40019, 40020, 40027:
		return fmt.Sprintf("菜单按钮的格式不被微信接受（errcode %d），请检查按钮数量、名称长度、key 和 url", code)
	case 40054, 40055:
		return fmt.Sprintf("菜单里的链接不被微信接受（errcode %d），url 须以 http:// 或 https:// 开头", code)
	default:
		return fmt.Sprintf("微信返回 errcode %d：%v", code, err)
	}
}
