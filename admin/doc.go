// Package admin serves the staff page under /admin/ and the signed document
// links under /files/.
//
// The staff page is server-rendered html/template with embedded CSS, so it
// works on a phone and a desktop with no CDN. It sits behind admin.username
// and admin.password (plain or a bcrypt hash), with a signed session cookie,
// CSRF tokens on every form and a per-IP login rate limit; with no password
// configured it stays shut.
//
// /files/<token> is what the chat bot sends a school contact: an
// HMAC-signed, expiring link that names one openid and lists only that
// openid's entries, with their 报名表 and 版权确认协议书 (.docx) and a 汇总表
// (.xlsx). Sessions, CSRF tokens and file links are all keyed by
// Options.Secret, so several instances with the same secret accept each
// other's cookies and links.
package admin
