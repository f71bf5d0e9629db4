package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"contestbot"
)

// DefaultAPIBase is WeChat's API host.
const DefaultAPIBase = "https://api.weixin.qq.com"

// ClientOptions configures a Client.
type ClientOptions struct {
	AppID, AppSecret string
	// APIBase is where every API call goes (default DefaultAPIBase). It is
	// per Client: the Client calls the few endpoints it needs itself and does
	// not touch the SDK's process-global HTTP client or URI modifier.
	APIBase string
	// HTTPClient is optional; its transport is used, with Timeout applied per call.
	HTTPClient *http.Client
	// Timeout bounds each API call, token fetch included (default 10 s).
	Timeout time.Duration
	Logger  *slog.Logger
	// Now is the clock for token expiry (default time.Now).
	Now func() time.Time
}

// Client calls WeChat's official-account API: customer-service and template
// messages, the custom menu and the access_token behind them.
//
// The SDK (silenceper/wechat) hard-codes api.weixin.qq.com, keeps its HTTP
// client and URI modifier in process globals, returns untyped error strings
// that embed the access_token URL, and never refreshes a token WeChat
// rejected. So Client speaks the four JSON endpoints directly with typed
// response structs; the SDK is used for the callback and its crypto only.
//
// The access_token is cached under a mutex and shared by all calls; an
// errcode 40001/42001/40014 (token invalid or expired) clears it and the call
// is retried once with a fresh token. The token comes from stable_token,
// which gives every caller the same token until it expires, so several
// instances share one token without a shared cache.
//
// A Client is safe for concurrent use.
type Client struct {
	appID, appSecret string
	base             string
	hc               *http.Client
	timeout          time.Duration
	log              *slog.Logger
	now              func() time.Time

	mu      sync.Mutex // guards token and expires; held during a fetch so only one runs
	token   string
	expires time.Time
}

// NewClient returns a Client for opts.
func NewClient(opts ClientOptions) *Client {
	c := &Client{
		appID:     opts.AppID,
		appSecret: opts.AppSecret,
		base:      strings.TrimRight(opts.APIBase, "/"),
		hc:        opts.HTTPClient,
		timeout:   opts.Timeout,
		log:       opts.Logger,
		now:       opts.Now,
	}
	if c.base == "" {
		c.base = DefaultAPIBase
	}
	if c.timeout <= 0 {
		c.timeout = 10 * time.Second
	}
	if c.hc == nil {
		c.hc = &http.Client{Timeout: c.timeout}
	}
	if c.log == nil {
		c.log = slog.Default()
	}
	if c.now == nil {
		c.now = time.Now
	}
	return c
}

// APIError is an error WeChat's API answered with (a non-zero errcode). Its
// text never contains the access_token.
type APIError struct {
	Code int
	Msg  string
}

func (e *APIError) Error() string {
	return fmt.Sprintf("wechat api: errcode=%d errmsg=%s", e.Code, e.Msg)
}

// ErrCode returns WeChat's errcode.
func (e *APIError) ErrCode() int { return e.Code }

// ErrCode returns the WeChat errcode in err's chain, or 0 if there is none.
func ErrCode(err error) int {
	var e *APIError
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

// WeChat errcodes the bot acts on.
const (
	CodeInvalidCredential = 40001 // access_token invalid (or AppSecret wrong when fetching one)
	CodeInvalidOpenID     = 40003
	CodeInvalidAppID      = 40013
	CodeInvalidToken      = 40014
	CodeInvalidAppSecret  = 40125
	CodeIPNotWhitelisted  = 40164
	CodeTokenExpired      = 42001
	CodeRequireSubscribe  = 43004
	CodeOutOfTimeLimit    = 45015 // outside the 48 h customer-service window
	CodeQuotaExceeded     = 45047
)

// apiStatus is the errcode/errmsg every WeChat JSON answer carries.
type apiStatus struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

func (s apiStatus) err() error {
	if s.ErrCode == 0 {
		return nil
	}
	return &APIError{Code: s.ErrCode, Msg: s.ErrMsg}
}

type tokenResponse struct {
	apiStatus
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// accessToken returns the cached token, fetching one when there is none or
// it is about to expire.
func (c *Client) accessToken(ctx context.Context) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token != "" && c.now().Before(c.expires) {
		return c.token, nil
	}
	if c.appID == "" || c.appSecret == "" {
		return "", contestbot.Errorf(contestbot.EINVALID, "没有配置公众号的 AppID 或 AppSecret（wechat.app_id、wechat.app_secret）")
	}
	// stable_token (not /cgi-bin/token) hands every caller the same token
	// until it expires, so several instances never invalidate each other's
	// token and no shared cache is needed. force_refresh stays false: forcing
	// would rotate the token under the other instances.
	body := struct {
		GrantType    string `json:"grant_type"`
		AppID        string `json:"appid"`
		Secret       string `json:"secret"`
		ForceRefresh bool   `json:"force_refresh"`
	}{"client_credential", c.appID, c.appSecret, false}
	var tr tokenResponse
	if err := c.do(ctx, http.MethodPost, "/cgi-bin/stable_token", nil, body, &tr); err != nil {
		return "", fmt.Errorf("fetch access_token: %w", err)
	}
	if err := tr.err(); err != nil {
		return "", fmt.Errorf("fetch access_token: %w", err)
	}
	if tr.AccessToken == "" {
		return "", fmt.Errorf("fetch access_token: empty token in answer")
	}
	// Refresh 5 minutes early (WeChat's overlap window), or halfway for
	// short lifetimes.
	life := time.Duration(tr.ExpiresIn) * time.Second
	if life > 10*time.Minute {
		life -= 5 * time.Minute
	} else {
		life /= 2
	}
	c.token, c.expires = tr.AccessToken, c.now().Add(life)
	c.log.Info("wechat access_token fetched", "expires_in", tr.ExpiresIn)
	return c.token, nil
}

// dropToken forgets token if it is still the cached one.
func (c *Client) dropToken(token string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.token == token {
		c.token, c.expires = "", time.Time{}
	}
}

// call POSTs body as JSON to path with the access_token and decodes the
// answer into out (which must embed apiStatus, or be nil). A rejected token is
// dropped and the call retried once.
func (c *Client) call(ctx context.Context, path string, body any, out statusHolder) error {
	for attempt := 0; ; attempt++ {
		token, err := c.accessToken(ctx)
		if err != nil {
			return err
		}
		var st apiStatus
		holder := out
		if holder == nil {
			holder = &st
		}
		if err := c.do(ctx, http.MethodPost, path, url.Values{"access_token": {token}}, body, holder); err != nil {
			return err
		}
		err = holder.status().err()
		switch ErrCode(err) {
		case CodeInvalidCredential, CodeInvalidToken, CodeTokenExpired:
			c.dropToken(token)
			if attempt == 0 {
				c.log.Warn("wechat access_token rejected; fetching a new one", "errcode", ErrCode(err))
				continue
			}
		}
		return err
	}
}

type statusHolder interface{ status() apiStatus }

func (s *apiStatus) status() apiStatus { return *s }

// do sends one request and decodes the JSON answer into out. Errors never
// contain the request URL (it carries the access_token or the AppSecret).
func (c *Client) do(ctx context.Context, method, path string, q url.Values, body any, out any) error {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	var rd io.Reader
	if body != nil {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false) // WeChat shows the text as sent; keep <, > and & literal
		if err := enc.Encode(body); err != nil {
			return fmt.Errorf("wechat %s: %w", path, err)
		}
		rd = &buf
	}
	u := c.base + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, method, u, rd)
	if err != nil {
		return fmt.Errorf("wechat %s: bad api base: %w", path, redactURLError(err))
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json; charset=utf-8")
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return fmt.Errorf("wechat %s: %w", path, redactURLError(err))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return fmt.Errorf("wechat %s: read answer: %w", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("wechat %s: http status %d", path, resp.StatusCode)
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("wechat %s: answer is not JSON: %w", path, err)
	}
	return nil
}

// redactURLError strips the URL (and so the access_token) from a *url.Error.
func redactURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

// SendText sends a customer-service text message. WeChat accepts it only
// within 48 hours of the user's last message (45015 otherwise).
func (c *Client) SendText(ctx context.Context, openID, text string) error {
	type textBody struct {
		Content string `json:"content"`
	}
	body := struct {
		ToUser  string   `json:"touser"`
		MsgType string   `json:"msgtype"`
		Text    textBody `json:"text"`
	}{openID, "text", textBody{text}}
	if err := c.call(ctx, "/cgi-bin/message/custom/send", body, nil); err != nil {
		return fmt.Errorf("send text: %w", err)
	}
	return nil
}

// TemplateMessage is a template (service-notification) message. Data maps
// the template's field names (e.g. "thing1") to their values. Its JSON form
// is the Body of an outbox item of kind store.OutboxTemplate.
type TemplateMessage struct {
	ToUser     string            `json:"touser"`
	TemplateID string            `json:"template_id"`
	URL        string            `json:"url,omitempty"`
	Data       map[string]string `json:"data"`
}

// SendTemplate sends a template message (verified service accounts only).
func (c *Client) SendTemplate(ctx context.Context, m TemplateMessage) error {
	type item struct {
		Value string `json:"value"`
	}
	data := make(map[string]item, len(m.Data))
	for k, v := range m.Data {
		data[k] = item{v}
	}
	body := struct {
		ToUser     string          `json:"touser"`
		TemplateID string          `json:"template_id"`
		URL        string          `json:"url,omitempty"`
		Data       map[string]item `json:"data"`
	}{m.ToUser, m.TemplateID, m.URL, data}
	if err := c.call(ctx, "/cgi-bin/message/template/send", body, nil); err != nil {
		return fmt.Errorf("send template: %w", err)
	}
	return nil
}

// MenuButton is one button of the custom menu: a CLICK button (Key), a VIEW
// button (URL) or a group (Sub).
type MenuButton struct {
	Name, Key, URL string
	Sub            []MenuButton
}

type menuButton struct {
	Type      string       `json:"type,omitempty"`
	Name      string       `json:"name"`
	Key       string       `json:"key,omitempty"`
	URL       string       `json:"url,omitempty"`
	SubButton []menuButton `json:"sub_button,omitempty"`
}

// CreateMenu installs the custom menu, replacing the current one. WeChat's
// limits are checked first so a bad menu fails with a clear message.
func (c *Client) CreateMenu(ctx context.Context, buttons []MenuButton) error {
	top, err := menuButtons(buttons, 0)
	if err != nil {
		return err
	}
	body := struct {
		Button []menuButton `json:"button"`
	}{top}
	if err := c.call(ctx, "/cgi-bin/menu/create", body, nil); err != nil {
		return fmt.Errorf("create menu: %w", err)
	}
	return nil
}

// menuButtons converts and validates buttons at depth 0 (the bar) or 1 (a
// group's list): at most 3 top buttons and 5 per group, names of at most
// 16 (top) or 60 (sub) bytes, keys of at most 128 bytes.
func menuButtons(buttons []MenuButton, depth int) ([]menuButton, error) {
	maxN, maxName, where := 3, 16, "一级菜单"
	if depth > 0 {
		maxN, maxName, where = 5, 60, "二级菜单"
	}
	if len(buttons) == 0 {
		return nil, contestbot.Errorf(contestbot.EINVALID, "%s是空的，请在 wechat.menu 里至少写一个按钮", where)
	}
	if len(buttons) > maxN {
		return nil, contestbot.Errorf(contestbot.EINVALID, "%s最多 %d 个按钮，现在有 %d 个", where, maxN, len(buttons))
	}
	out := make([]menuButton, 0, len(buttons))
	for _, b := range buttons {
		name := strings.TrimSpace(b.Name)
		switch {
		case name == "":
			return nil, contestbot.Errorf(contestbot.EINVALID, "%s有一个按钮没有名称", where)
		case len(name) > maxName:
			return nil, contestbot.Errorf(contestbot.EINVALID, "%s按钮“%s”的名称太长（最多 %d 字节，约 %d 个汉字）", where, name, maxName, maxName/3)
		}
		mb := menuButton{Name: name}
		switch {
		case len(b.Sub) > 0:
			if depth > 0 {
				return nil, contestbot.Errorf(contestbot.EINVALID, "按钮“%s”：菜单最多两级", name)
			}
			sub, err := menuButtons(b.Sub, depth+1)
			if err != nil {
				return nil, err
			}
			mb.SubButton = sub
		case b.URL != "":
			if u, err := url.Parse(b.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return nil, contestbot.Errorf(contestbot.EINVALID, "按钮“%s”的链接应以 http:// 或 https:// 开头", name)
			}
			mb.Type, mb.URL = "view", b.URL
		case b.Key != "":
			if len(b.Key) > 128 {
				return nil, contestbot.Errorf(contestbot.EINVALID, "按钮“%s”的 key 太长（最多 128 字节）", name)
			}
			mb.Type, mb.Key = "click", b.Key
		default:
			return nil, contestbot.Errorf(contestbot.EINVALID, "按钮“%s”需要 key（点击）、url（链接）或子菜单之一", name)
		}
		out = append(out, mb)
	}
	return out, nil
}

// SelfCheck fetches an access_token to prove the AppID, AppSecret and IP
// whitelist are right. Its error reads as plain Chinese; the *APIError stays
// reachable with errors.As.
func (c *Client) SelfCheck(ctx context.Context) error {
	c.mu.Lock()
	c.token, c.expires = "", time.Time{}
	c.mu.Unlock()
	_, err := c.accessToken(ctx)
	if err == nil {
		return nil
	}
	var ae *APIError
	if !errors.As(err, &ae) {
		if contestbot.ErrorCode(err) == contestbot.EINVALID {
			return err
		}
		return &checkError{msg: "微信接口连不上（" + c.base + "），请检查网络或 wechat.api_base：" + err.Error(), err: err}
	}
	switch ae.Code {
	case CodeIPNotWhitelisted:
		ip := "本机的出口 IP"
		if m := invalidIPRe.FindStringSubmatch(ae.Msg); m != nil {
			ip = "IP " + m[1]
		}
		return &checkError{msg: fmt.Sprintf("%s 不在公众号的 IP 白名单中（errcode 40164）：请在公众平台“设置与开发 → 基本配置 → IP白名单”里加入它", ip), err: err}
	case CodeInvalidAppID:
		return &checkError{msg: "AppID 错误（errcode 40013）：请核对 wechat.app_id", err: err}
	case CodeInvalidAppSecret, CodeInvalidCredential:
		return &checkError{msg: fmt.Sprintf("AppSecret 错误（errcode %d）：请核对 wechat.app_secret，或在公众平台重置后更新", ae.Code), err: err}
	}
	return &checkError{msg: "获取 access_token 失败，微信返回 errcode " + strconv.Itoa(ae.Code) + "：" + ae.Msg, err: err}
}

var invalidIPRe = regexp.MustCompile(`invalid ip ([0-9A-Fa-f:.]+)`)

// checkError is a self-check failure: a Chinese message for the operator,
// wrapping the cause.
type checkError struct {
	msg string
	err error
}

func (e *checkError) Error() string { return e.msg }
func (e *checkError) Unwrap() error { return e.err }
