package checks

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/netip"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"

	"contestbot"
)

// Options configure a Checker. The zero value is usable: links only, public
// addresses only, a 30 s budget, 64 KiB read-ahead, the first season's spec.
type Options struct {
	// AllowPrivateNetworks lets links reach loopback, private and other
	// internal addresses (checks.allow_private_networks).
	AllowPrivateNetworks bool
	// AllowLocalFiles lets Check read local paths. Only the CLI sets it:
	// a chat user must never make the server read its own files.
	AllowLocalFiles bool
	// Timeout bounds one check (checks.timeout); 0 means 30 s.
	Timeout time.Duration
	// ReadAhead is the smallest fetch; 0 means 64 KiB.
	ReadAhead int
	// MaxMoovBytes caps the moov read into memory; 0 means 8 MiB.
	MaxMoovBytes int64
	// Spec is the season's video rules; a zero Spec means DefaultSpec().
	Spec Spec
	// HTTPClient, when set, replaces the built-in client (tests). The
	// built-in one checks every dialled address; a replacement only gets
	// the URL and redirect checks.
	HTTPClient *http.Client
	Logger     *slog.Logger
	// FFmpeg is the decoder of the content stage (checks.ffmpeg): a name
	// on PATH or a path; "" means "ffmpeg". Missing: the stage is skipped.
	FFmpeg string
	// ContentTimeout bounds the content stage; 0 means 90 s.
	ContentTimeout time.Duration
}

// Checker checks videos against the contest's rules from their metadata.
// It is safe for concurrent use.
type Checker struct {
	opts   Options
	client Doer
	log    *slog.Logger
	// blocked decides whether an address may be dialled; tests replace it
	// to reach their own server while still refusing others.
	blocked func(netip.AddrPort) bool
}

// New returns a Checker with opts, defaults filled in.
func New(opts Options) *Checker {
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.ReadAhead <= 0 {
		opts.ReadAhead = 64 << 10
	}
	if opts.MaxMoovBytes <= 0 {
		opts.MaxMoovBytes = defaultMaxMoov
	}
	if len(opts.Spec.Resolutions) == 0 {
		opts.Spec = DefaultSpec()
	}
	c := &Checker{opts: opts, log: opts.Logger}
	if c.log == nil {
		c.log = slog.Default()
	}
	c.blocked = c.defaultBlocked
	if opts.HTTPClient != nil {
		hc := *opts.HTTPClient
		hc.CheckRedirect = c.checkRedirect
		c.client = &hc
	} else {
		c.client = c.newHTTPClient()
	}
	return c
}

// Spec is the spec the checker judges by.
func (c *Checker) Spec() Spec { return c.opts.Spec }

// EstimateSeconds is how long a check usually takes, for "约需N秒": two or
// three requests for an ordinary file, more for fragmented ones, never
// more than the timeout.
func (c *Checker) EstimateSeconds() int {
	return max(1, min(5, int(c.opts.Timeout/time.Second)))
}

var schemeRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*://`)

// Check checks one video, an http(s) link or (with AllowLocalFiles) a
// local path. Problems with the video or the link itself (404, a web page,
// an internal address, not MP4, empty, truncated) come back as a failing
// report with err == nil. err is set only when the check could not run:
// ctx ended (ctx.Err()), the host did not answer (EUNAVAILABLE), the input
// is not a link (EINVALID), or a bug (EINTERNAL); its ErrorMessage is
// plain Chinese.
func (c *Checker) Check(ctx context.Context, input string, want *Expect) (rep contestbot.Report, err error) {
	input = strings.TrimSpace(input)
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			c.log.Error("check panicked", "input", logName(input), "panic", r)
			rep, err = contestbot.Report{}, contestbot.Errorf(contestbot.EINTERNAL, "check panicked: %v", r)
		}
	}()
	if err := ctx.Err(); err != nil {
		return contestbot.Report{}, err
	}
	if input == "" {
		return contestbot.Report{}, contestbot.Errorf(contestbot.EINVALID, "请提供视频文件的链接")
	}
	if err := CheckLinkLength(input); err != nil {
		return contestbot.Report{}, err
	}
	cctx, cancel := context.WithTimeout(ctx, c.opts.Timeout)
	defer cancel()

	facts, err := c.facts(cctx, input)
	var p *problem
	switch {
	case errors.As(err, &p):
		facts.Problem, facts.ProblemFix, facts.LinkProblem = p.msg, p.fix, p.link
		if p.container != "" {
			facts.Container = p.container
		}
	case err != nil:
		if ctx.Err() != nil {
			return contestbot.Report{}, ctx.Err()
		}
		if cctx.Err() != nil {
			return contestbot.Report{}, contestbot.Errorf(contestbot.EUNAVAILABLE,
				"视频服务器在%d秒内没有完成响应，请稍后再试", int(c.opts.Timeout/time.Second))
		}
		var e *contestbot.Error
		if errors.As(err, &e) {
			return contestbot.Report{}, err
		}
		return contestbot.Report{}, fmt.Errorf("check %s: %w", logName(input), err)
	}
	rep = NewReport(input, facts, c.opts.Spec, want)
	c.log.Info("video checked", "input", logName(input), "verdict", rep.Verdict,
		"bytes", facts.BytesFetched, "requests", facts.Requests, "ms", time.Since(start).Milliseconds())
	return rep, nil
}

// facts opens the input and inspects it.
func (c *Checker) facts(ctx context.Context, input string) (Facts, error) {
	if !schemeRe.MatchString(input) {
		if !c.opts.AllowLocalFiles {
			return Facts{}, contestbot.Errorf(contestbot.EINVALID,
				"这不是有效的链接：请发送以 http:// 或 https:// 开头的视频文件直接下载链接")
		}
		src, err := openFile(input)
		if err != nil {
			return Facts{Source: "file"}, err
		}
		defer src.Close()
		f, err := inspect(ctx, src, c.opts.ReadAhead, c.opts.MaxMoovBytes)
		f.Source = "file"
		f.BytesFetched, f.Requests = src.stats()
		return f, err
	}
	u, err := parseLink(input)
	if err != nil {
		return Facts{}, err
	}
	// The name in the URL is judged even when the file cannot be reached
	// (a 404 on …/郑州职院-1-守望.mp4 still shows whether the name is right);
	// the server's Content-Disposition replaces it once the file answers.
	f := Facts{Source: "url", FileName: urlFileName(u)}
	if err := c.checkURL(u); err != nil {
		return f, err
	}
	src, err := openHTTP(ctx, c.client, u.String(), c.opts.ReadAhead)
	if err != nil {
		f.BytesFetched, f.Requests = src.stats()
		return f, err
	}
	name := f.FileName
	f, err = inspect(ctx, src, c.opts.ReadAhead, c.opts.MaxMoovBytes)
	f.Source = "url"
	if f.FileName == "" {
		f.FileName = name
	}
	f.BytesFetched, f.Requests = src.stats()
	return f, err
}

// urlFileName is the file name a link's path ends in, or "" when the last
// segment has no extension (a share page such as /s/1AbC is no file name).
func urlFileName(u *url.URL) string {
	base := path.Base(u.Path)
	if path.Ext(base) == "" || base == "/" || base == "." {
		return ""
	}
	return base
}

// logName is what logs may say about an input: the host and a hash of the
// rest (query strings often carry access tokens).
func logName(input string) string {
	sum := sha256.Sum256([]byte(input))
	h := hex.EncodeToString(sum[:4])
	if u, err := url.Parse(input); err == nil && u.Host != "" {
		return u.Host + "#" + h
	}
	return "file#" + h
}
