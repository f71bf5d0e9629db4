// Package config loads contestbot's settings: built-in defaults, then
// config.yaml, then CONTESTBOT_* environment variables. Unknown keys and bad
// values stop start-up with one line naming the key; secret values never
// appear in errors.
package config

import (
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// Config is every setting. Field tags name the YAML key; `secret:"true"`
// marks values that must never be printed.
type Config struct {
	Server    Server    `yaml:"server"`
	WeChat    WeChat    `yaml:"wechat"`
	Store     Store     `yaml:"store"`
	Contest   Contest   `yaml:"contest"`
	Checks    Checks    `yaml:"checks"`
	LLM       LLM       `yaml:"llm"`
	Admin     Admin     `yaml:"admin"`
	Files     Files     `yaml:"files"`
	Reminders Reminders `yaml:"reminders"`
	Privacy   Privacy   `yaml:"privacy"`
	Log       Log       `yaml:"log"`
}

// Server is the HTTP side.
type Server struct {
	Addr      string `yaml:"addr"`
	PublicURL string `yaml:"public_url"` // how users reach this server (file links, template URLs)
	// Secret signs admin sessions and file links. Empty: a random one is
	// made once and kept in the store.
	Secret          string        `yaml:"secret" secret:"true"`
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// TrustedProxies are the addresses or CIDR ranges of reverse proxies
	// (nginx) whose X-Forwarded-For names the client; from anyone else the
	// header is ignored.
	TrustedProxies []string `yaml:"trusted_proxies"`
}

// WeChat is the 公众号 account.
type WeChat struct {
	AppID          string `yaml:"app_id"`
	AppSecret      string `yaml:"app_secret" secret:"true"`
	Token          string `yaml:"token" secret:"true"`
	EncodingAESKey string `yaml:"encoding_aes_key" secret:"true"`
	// Mode is the callback's 消息加解密方式: plain, compat or safe; empty
	// means safe with an encoding_aes_key and plain without.
	Mode string `yaml:"mode"`
	// OriginalID is the account's 原始ID (gh_…), the ToUserName of every
	// genuine message.
	OriginalID  string        `yaml:"original_id"`
	APIBase     string        `yaml:"api_base"`
	ReplyBudget time.Duration `yaml:"reply_budget"`
	Menu        []MenuButton  `yaml:"menu"`
}

// MenuButton is one custom-menu button: a CLICK key, a VIEW url, or a
// group of Sub buttons.
type MenuButton struct {
	Name string       `yaml:"name"`
	Key  string       `yaml:"key"`
	URL  string       `yaml:"url"`
	Sub  []MenuButton `yaml:"sub"`
}

// Store is the database.
type Store struct {
	Driver string `yaml:"driver"`
	DSN    string `yaml:"dsn" secret:"true"`
}

// Contest is the season.
type Contest struct {
	// DeadlineRaw is contest.deadline as written; Deadline is its instant
	// (zero when unset: the notice's date applies).
	DeadlineRaw string    `yaml:"deadline"`
	Deadline    time.Time `yaml:"-"`
	AcceptLate  bool      `yaml:"accept_late"`
	NoticeFile  string    `yaml:"notice_file"` // "" → the built-in notice
	FactsFile   string    `yaml:"facts_file"`  // "" → the built-in facts
}

// Checks are the video checks.
type Checks struct {
	AllowPrivateNetworks bool          `yaml:"allow_private_networks"`
	Timeout              time.Duration `yaml:"timeout"`
	// Workers is how many link checks one instance runs at once; PerUser
	// how many of one user's; MaxQueued how many of one user's may wait
	// before more links are refused.
	Workers   int `yaml:"workers"`
	PerUser   int `yaml:"per_user"`
	MaxQueued int `yaml:"max_queued"`
	// FFmpeg is the decoder of the content stage (colour bars, caption
	// cards, corner logos): a name on PATH or a path. When it is missing
	// the content checks are skipped, and the report says so.
	FFmpeg string `yaml:"ffmpeg"`
}

// LLM is an optional OpenAI-compatible endpoint.
type LLM struct {
	Enabled bool          `yaml:"enabled"`
	BaseURL string        `yaml:"base_url"`
	APIKey  string        `yaml:"api_key" secret:"true"`
	Model   string        `yaml:"model"`
	Timeout time.Duration `yaml:"timeout"`
}

// Admin is the staff page's login.
type Admin struct {
	Username string `yaml:"username"`
	Password string `yaml:"password" secret:"true"` // plain, or a bcrypt hash ($2a$…)
}

// Files are the signed download links sent to school contacts.
type Files struct {
	LinkTTL time.Duration `yaml:"link_ttl"`
}

// Reminders are the deadline reminders.
type Reminders struct {
	Enabled    bool          `yaml:"enabled"`
	Offsets    []string      `yaml:"offsets"`     // "7d", "3d", "1d", "09:00" (that time on the last day)
	QuietHours string        `yaml:"quiet_hours"` // "22:00-08:00"
	Timezone   string        `yaml:"timezone"`
	TemplateID string        `yaml:"template_id"`
	Interval   time.Duration `yaml:"interval"`
}

// Privacy is how long personal information is kept (个人信息保护法 第四十七条).
type Privacy struct {
	// RetainUntilRaw is privacy.retain_until as written (a date or RFC 3339);
	// RetainUntil is its instant, zero when unset: then only MessageDays
	// applies, and the notice names no date.
	RetainUntilRaw string    `yaml:"retain_until"`
	RetainUntil    time.Time `yaml:"-"`
	// MessageDays is how long inbound message records (dedupe and support)
	// and delivered pushes are kept.
	MessageDays int `yaml:"message_days"`
}

// Log is logging.
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

// Default returns the built-in settings: SQLite under data/, no WeChat
// account, no LLM, the built-in notice.
func Default() *Config {
	return &Config{
		Server: Server{Addr: "127.0.0.1:8080", ShutdownTimeout: 10 * time.Second},
		WeChat: WeChat{APIBase: "https://api.weixin.qq.com", ReplyBudget: 4500 * time.Millisecond},
		Store:  Store{Driver: "sqlite", DSN: "data/contestbot.db"},
		Checks: Checks{Timeout: 20 * time.Second, Workers: 4, PerUser: 1, MaxQueued: 20, FFmpeg: "ffmpeg"},
		LLM:    LLM{Timeout: 3 * time.Second},
		Admin:  Admin{Username: "admin"},
		Files:  Files{LinkTTL: 7 * 24 * time.Hour},
		Reminders: Reminders{Enabled: true, Offsets: []string{"7d", "3d", "1d", "09:00"},
			QuietHours: "22:00-08:00", Timezone: "Asia/Shanghai", Interval: time.Minute},
		Privacy: Privacy{MessageDays: 30},
		Log:     Log{Level: "info", Format: "text"},
	}
}

// Shanghai is the contest's time zone. It falls back to a fixed +08:00
// zone where the system has no tz database.
var Shanghai = func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return loc
	}
	return time.FixedZone("CST", 8*3600)
}()

// Load reads the file at path (skipped when path is "" or, for the default
// name "config.yaml", when it does not exist), then applies environment
// overrides read through lookupEnv, then validates.
func Load(path string, lookupEnv func(string) (string, bool)) (*Config, error) {
	cfg := Default()
	if path != "" {
		body, err := os.ReadFile(path)
		switch {
		case err == nil:
			if err := cfg.apply(body); err != nil {
				return nil, fmt.Errorf("config %s: %w", path, err)
			}
		case errors.Is(err, os.ErrNotExist) && path == "config.yaml":
			// No config file in the working directory: built-in defaults.
		default:
			return nil, fmt.Errorf("config: %w", err)
		}
	}
	if lookupEnv != nil {
		if err := cfg.applyEnv(lookupEnv); err != nil {
			return nil, err
		}
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// field is one settable key.
type field struct {
	key    string // "wechat.app_secret"
	v      reflect.Value
	secret bool
}

// fields lists every key of cfg, in declaration order.
func (c *Config) fields() []field {
	var out []field
	root := reflect.ValueOf(c).Elem()
	for i := 0; i < root.NumField(); i++ {
		sec := root.Type().Field(i)
		secName := yamlName(sec)
		sv := root.Field(i)
		for j := 0; j < sv.NumField(); j++ {
			f := sv.Type().Field(j)
			name := yamlName(f)
			if name == "-" {
				continue
			}
			out = append(out, field{key: secName + "." + name, v: sv.Field(j), secret: f.Tag.Get("secret") == "true"})
		}
	}
	return out
}

func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	return name
}

// Keys returns every key Load understands.
func Keys() []string {
	var keys []string
	for _, f := range Default().fields() {
		keys = append(keys, f.key)
	}
	return keys
}

// EnvName is the environment variable that overrides key:
// "wechat.app_secret" → CONTESTBOT_WECHAT_APP_SECRET.
func EnvName(key string) string {
	return "CONTESTBOT_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

func (c *Config) apply(body []byte) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(body, &doc); err != nil {
		return fmt.Errorf("not valid YAML: %v", err)
	}
	if len(doc.Content) == 0 {
		return nil // empty file
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return errors.New("top level must be a mapping of sections (server:, wechat:, ...)")
	}
	byKey := map[string]field{}
	for _, f := range c.fields() {
		byKey[f.key] = f
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		sec, body := top.Content[i].Value, top.Content[i+1]
		if body.Kind == yaml.ScalarNode && body.Tag == "!!null" {
			continue
		}
		if !hasSection(byKey, sec) {
			return fmt.Errorf("unknown key %q (line %d)", sec, top.Content[i].Line)
		}
		if body.Kind != yaml.MappingNode {
			return fmt.Errorf("%s: must be a mapping (line %d)", sec, body.Line)
		}
		for j := 0; j+1 < len(body.Content); j += 2 {
			key := sec + "." + body.Content[j].Value
			f, ok := byKey[key]
			if !ok {
				return fmt.Errorf("unknown key %q (line %d)", key, body.Content[j].Line)
			}
			if err := setNode(f, body.Content[j+1]); err != nil {
				return err
			}
		}
	}
	return nil
}

func hasSection(byKey map[string]field, sec string) bool {
	for k := range byKey {
		if strings.HasPrefix(k, sec+".") {
			return true
		}
	}
	return false
}

func setNode(f field, n *yaml.Node) error {
	switch f.v.Interface().(type) {
	case []MenuButton:
		var menu []MenuButton
		if err := n.Decode(&menu); err != nil {
			return fmt.Errorf("%s: must be a list of buttons with name and key, url or sub (line %d)", f.key, n.Line)
		}
		f.v.Set(reflect.ValueOf(menu))
		return nil
	case []string:
		if n.Kind == yaml.ScalarNode {
			return setString(f, n.Value)
		}
		var list []string
		if err := n.Decode(&list); err != nil {
			return fmt.Errorf("%s: must be a list of strings (line %d)", f.key, n.Line)
		}
		f.v.Set(reflect.ValueOf(list))
		return nil
	}
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("%s: must be a single value (line %d)", f.key, n.Line)
	}
	if n.Tag == "!!null" {
		return setString(f, "")
	}
	return setString(f, n.Value)
}

// setString parses s into the field. Errors name the key and, for
// non-secret keys only, the value.
func setString(f field, s string) error {
	bad := func(want string) error {
		if f.secret {
			return fmt.Errorf("%s: %s", f.key, want)
		}
		return fmt.Errorf("%s: %q is not %s", f.key, s, want)
	}
	s = strings.TrimSpace(s)
	switch p := f.v.Addr().Interface().(type) {
	case *string:
		*p = s
	case *bool:
		if s == "" {
			*p = false
			return nil
		}
		b, err := strconv.ParseBool(s)
		if err != nil {
			return bad("true or false")
		}
		*p = b
	case *int:
		if s == "" {
			*p = 0
			return nil
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			return bad("a whole number")
		}
		*p = n
	case *time.Duration:
		d, err := time.ParseDuration(s)
		if err != nil || d < 0 {
			return bad("a duration such as 4.5s, 20s or 168h")
		}
		*p = d
	case *[]string:
		var list []string
		for _, part := range strings.Split(s, ",") {
			if part = strings.TrimSpace(part); part != "" {
				list = append(list, part)
			}
		}
		*p = list
	case *[]MenuButton:
		return fmt.Errorf("%s: set the menu in config.yaml, not in the environment", f.key)
	default:
		return fmt.Errorf("%s: unsupported type %T", f.key, p)
	}
	return nil
}

func (c *Config) applyEnv(lookupEnv func(string) (string, bool)) error {
	for _, f := range c.fields() {
		if _, ok := f.v.Interface().([]MenuButton); ok {
			continue
		}
		if s, ok := lookupEnv(EnvName(f.key)); ok {
			if err := setString(f, s); err != nil {
				return fmt.Errorf("config: %s: %w", EnvName(f.key), err)
			}
		}
	}
	return nil
}

func (c *Config) validate() error {
	errf := func(format string, args ...any) error { return fmt.Errorf("config: "+format, args...) }
	if _, _, err := net.SplitHostPort(c.Server.Addr); err != nil {
		return errf("server.addr: %q is not host:port (e.g. 127.0.0.1:8080)", c.Server.Addr)
	}
	if c.Server.PublicURL != "" && !isHTTPURL(c.Server.PublicURL) {
		return errf("server.public_url: %q is not an http(s) URL", c.Server.PublicURL)
	}
	c.Server.PublicURL = strings.TrimRight(c.Server.PublicURL, "/")
	if k := c.WeChat.EncodingAESKey; k != "" {
		if n := len(k); n != 43 {
			return errf("wechat.encoding_aes_key: must be 43 characters (got %d)", n)
		}
		if raw, err := base64.StdEncoding.DecodeString(k + "="); err != nil || len(raw) != 32 {
			return errf("wechat.encoding_aes_key: not a valid EncodingAESKey (43 base64 characters)")
		}
	}
	switch c.WeChat.Mode {
	case "":
		c.WeChat.Mode = "plain"
		if c.WeChat.EncodingAESKey != "" {
			c.WeChat.Mode = "safe"
		}
	case "plain":
	case "compat", "safe":
		if c.WeChat.EncodingAESKey == "" {
			return errf("wechat.mode: %s needs wechat.encoding_aes_key", c.WeChat.Mode)
		}
	default:
		return errf("wechat.mode: %q is not plain, compat or safe", c.WeChat.Mode)
	}
	for _, p := range c.Server.TrustedProxies {
		if _, err := netip.ParsePrefix(p); err != nil {
			if _, err := netip.ParseAddr(p); err != nil {
				return errf("server.trusted_proxies: %q is not an address or CIDR range", p)
			}
		}
	}
	if c.Checks.Workers < 1 || c.Checks.PerUser < 1 || c.Checks.MaxQueued < 1 {
		return errf("checks.workers, checks.per_user and checks.max_queued must be at least 1")
	}
	if !isHTTPURL(c.WeChat.APIBase) {
		return errf("wechat.api_base: %q is not an http(s) URL", c.WeChat.APIBase)
	}
	c.WeChat.APIBase = strings.TrimRight(c.WeChat.APIBase, "/")
	if c.WeChat.ReplyBudget <= 0 || c.WeChat.ReplyBudget >= 5*time.Second {
		return errf("wechat.reply_budget: must be above 0 and below 5s (WeChat waits 5 s)")
	}
	if err := validateMenu(c.WeChat.Menu, 0); err != nil {
		return errf("wechat.menu: %v", err)
	}
	switch c.Store.Driver {
	case "sqlite", "postgres":
	default:
		return errf("store.driver: %q is not sqlite or postgres", c.Store.Driver)
	}
	if c.Store.DSN == "" {
		return errf("store.dsn: must be set (a file path for sqlite, a URL for postgres)")
	}
	if c.Contest.DeadlineRaw != "" {
		t, err := ParseDeadline(c.Contest.DeadlineRaw)
		if err != nil {
			return errf("contest.deadline: %q is not RFC 3339 (2025-10-15T23:59:59+08:00) or a date (2025-10-15)", c.Contest.DeadlineRaw)
		}
		c.Contest.Deadline = t
	} else {
		c.Contest.Deadline = time.Time{}
	}
	if c.Checks.Timeout <= 0 {
		return errf("checks.timeout: must be above 0")
	}
	if c.LLM.Enabled {
		if !isHTTPURL(c.LLM.BaseURL) {
			return errf("llm.base_url: must be an http(s) URL when llm.enabled is true")
		}
		if c.LLM.Model == "" {
			return errf("llm.model: must be set when llm.enabled is true")
		}
	}
	if c.LLM.Timeout <= 0 {
		return errf("llm.timeout: must be above 0")
	}
	if c.Files.LinkTTL <= 0 {
		return errf("files.link_ttl: must be above 0")
	}
	if _, _, err := ParseQuietHours(c.Reminders.QuietHours); err != nil {
		return errf("reminders.quiet_hours: %q is not HH:MM-HH:MM (e.g. 22:00-08:00)", c.Reminders.QuietHours)
	}
	if _, err := time.LoadLocation(c.Reminders.Timezone); err != nil {
		return errf("reminders.timezone: %q is not a known time zone (e.g. Asia/Shanghai)", c.Reminders.Timezone)
	}
	if c.Reminders.Interval <= 0 {
		return errf("reminders.interval: must be above 0")
	}
	c.Privacy.RetainUntil = time.Time{}
	if c.Privacy.RetainUntilRaw != "" {
		t, err := ParseDeadline(c.Privacy.RetainUntilRaw)
		if err != nil {
			return errf("privacy.retain_until: %q is not a date (2026-06-30) or RFC 3339", c.Privacy.RetainUntilRaw)
		}
		c.Privacy.RetainUntil = t
	}
	if c.Privacy.MessageDays < 1 {
		return errf("privacy.message_days: must be at least 1 (WeChat retries need the records for minutes)")
	}
	switch strings.ToLower(c.Log.Level) {
	case "debug", "info", "warn", "error":
	default:
		return errf("log.level: %q is not debug, info, warn or error", c.Log.Level)
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		return errf("log.format: %q is not text or json", c.Log.Format)
	}
	return nil
}

func validateMenu(buttons []MenuButton, depth int) error {
	max := 3
	if depth > 0 {
		max = 5
	}
	if len(buttons) > max {
		return fmt.Errorf("at most %d buttons at this level (got %d)", max, len(buttons))
	}
	for _, b := range buttons {
		if b.Name == "" {
			return errors.New("every button needs a name")
		}
		n := 0
		for _, set := range []bool{b.Key != "", b.URL != "", len(b.Sub) > 0} {
			if set {
				n++
			}
		}
		if n != 1 || (depth > 0 && len(b.Sub) > 0) {
			return fmt.Errorf("button %q needs exactly one of key, url or (top level only) sub", b.Name)
		}
		if err := validateMenu(b.Sub, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func isHTTPURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// ParseDeadline reads contest.deadline: RFC 3339 with an offset, or a date
// meaning the end of that day (23:59:59) in Asia/Shanghai.
func ParseDeadline(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	d, err := time.ParseInLocation("2006-01-02", s, Shanghai)
	if err != nil {
		return time.Time{}, err
	}
	return d.Add(24*time.Hour - time.Second), nil
}

// ParseQuietHours reads "22:00-08:00" into minutes after midnight.
func ParseQuietHours(s string) (start, end int, err error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok {
		return 0, 0, errors.New("want HH:MM-HH:MM")
	}
	if start, err = parseClock(a); err != nil {
		return 0, 0, err
	}
	if end, err = parseClock(b); err != nil {
		return 0, 0, err
	}
	return start, end, nil
}

func parseClock(s string) (int, error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, err
	}
	return t.Hour()*60 + t.Minute(), nil
}

// Redacted returns the settings as "key=value" lines, secrets shown only as
// set or unset: safe to print or log.
func (c *Config) Redacted() string {
	var lines []string
	for _, f := range c.fields() {
		val := fmt.Sprint(f.v.Interface())
		if f.secret {
			if f.v.IsZero() {
				val = "(unset)"
			} else {
				val = "(set)"
			}
		}
		lines = append(lines, f.key+"="+val)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
