package checks

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"

	"contestbot"
)

// MaxLinkBytes is the longest link checked. Real download links are a few
// hundred bytes; a longer one is pasted junk or an attempt to make the bot
// fetch, log and quote megabytes.
const MaxLinkBytes = 2048

// CheckLinkLength refuses a link over MaxLinkBytes with a message for the user.
func CheckLinkLength(link string) error {
	if len(link) > MaxLinkBytes {
		return contestbot.Errorf(contestbot.EINVALID, "链接太长（超过2KB），不像视频文件的下载链接。请发送视频文件的直接下载链接")
	}
	return nil
}

// blockedPrefixes are addresses a link must not reach unless private
// networks are allowed: loopback, private, link-local, carrier NAT,
// benchmarking, documentation, multicast and reserved ranges.
var blockedPrefixes = func() []netip.Prefix {
	var out []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
		"172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
		"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
		"::/128", "::1/128", "64:ff9b:1::/48", "100::/64", "2001:db8::/32", "2002::/16",
		"fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
	} {
		out = append(out, netip.MustParsePrefix(s))
	}
	return out
}()

// internalAddr reports whether ip is loopback, private, link-local or
// otherwise not a public unicast address.
func internalAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return true
	}
	// NAT64 (64:ff9b::/96) embeds an IPv4 address: judge that one.
	if ip.Is6() && netip.MustParsePrefix("64:ff9b::/96").Contains(ip) {
		b := ip.As16()
		return internalAddr(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]}))
	}
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// blockedAddrError is returned by the dialer for an internal address.
type blockedAddrError struct{ addr netip.Addr }

func (e *blockedAddrError) Error() string { return "refusing internal address " + e.addr.String() }

func privateProblem() *problem {
	return linkProblem("链接指向内部网络地址（本机、局域网或内网），出于安全原因不予访问",
		"请提供公网可以访问的视频直接下载链接")
}

// control runs for every connection just before it is made, on the
// address actually dialled, so DNS rebinding and redirects cannot reach
// inside.
func (c *Checker) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return &blockedAddrError{}
	}
	if c.blocked(ap) {
		return &blockedAddrError{addr: ap.Addr()}
	}
	return nil
}

// defaultBlocked refuses internal addresses unless they are allowed.
func (c *Checker) defaultBlocked(ap netip.AddrPort) bool {
	return !c.opts.AllowPrivateNetworks && internalAddr(ap.Addr())
}

// newHTTPClient is the client for video links: no proxy (the dialled
// address must be the video host's), every hop re-checked, bounded waits.
func (c *Checker) newHTTPClient() *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second, Control: c.control}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		MaxIdleConns:          32,
		MaxIdleConnsPerHost:   parallelFetches,
		IdleConnTimeout:       30 * time.Second,
	}
	return &http.Client{Transport: tr, CheckRedirect: c.checkRedirect}
}

// checkRedirect re-checks every hop: http(s) only, no literal internal
// address, at most 5 hops. The dialer checks resolved addresses.
func (c *Checker) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 5 {
		return linkProblem("链接跳转次数太多", fixDirectLink)
	}
	if err := c.checkURL(req.URL); err != nil {
		return err
	}
	return nil
}

// checkURL refuses a URL whose scheme is not http(s) or whose host is a
// literal internal address.
func (c *Checker) checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return linkProblem("链接不是 http:// 或 https:// 开头（"+u.Scheme+"），无法读取", fixDirectLink)
	}
	host := u.Hostname()
	if host == "" {
		return linkProblem("链接中没有网站地址", fixDirectLink)
	}
	if ip, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		port := uint16(80)
		if u.Scheme == "https" {
			port = 443
		}
		if n, err := strconv.ParseUint(u.Port(), 10, 16); err == nil {
			port = uint16(n)
		}
		if c.blocked(netip.AddrPortFrom(ip, port)) {
			return privateProblem()
		}
	}
	return nil
}

// parseLink parses a user's link. Anything that is not an http(s) URL is
// not a link.
func parseLink(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, contestbot.Errorf(contestbot.EINVALID,
			"这不是有效的链接：请发送以 http:// 或 https:// 开头的视频文件直接下载链接")
	}
	return u, nil
}

func errUnavailable(msg string) error {
	return contestbot.Errorf(contestbot.EUNAVAILABLE, "%s", msg)
}

// dialError turns a transport error into a problem with the link, an
// unavailable host, or the context's error.
func dialError(ctx context.Context, err error) error {
	var p *problem
	var blocked *blockedAddrError
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	switch {
	case errors.As(err, &p):
		return p
	case errors.As(err, &blocked):
		return privateProblem()
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return linkProblem(fmt.Sprintf("找不到链接中的网站（%s），请检查链接是否写错", dnsErr.Name),
			"请确认链接完整、没有多余或缺少的字符")
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr):
		return linkProblem("视频网站的安全证书无效，无法安全读取", "请换用证书有效的 https 链接")
	}
	return errUnavailable("连接视频服务器失败，请稍后再试")
}

// readError explains a failure while reading a response body.
func readError(err error) error {
	var blocked *blockedAddrError
	if errors.As(err, &blocked) {
		return privateProblem()
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return errUnavailable("读取视频时连接中断，请稍后再试")
}
