package admin

import (
	"embed"
	"html/template"
	"strings"
	"time"

	"contestbot"
	"contestbot/checks"
)

//go:embed templates/*.html
var templateFS embed.FS

// china is the zone staff read times in (no daylight saving time).
var china = time.FixedZone("CST", 8*3600)

var funcs = template.FuncMap{
	"phone": contestbot.FormatPhone,
	"dur":   contestbot.FormatDuration,
	"when": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(china).Format("2006-01-02 15:04")
	},
	"whenp": func(t *time.Time) string {
		if t == nil || t.IsZero() {
			return ""
		}
		return t.In(china).Format("2006-01-02 15:04")
	},
	"verdict": func(v contestbot.Verdict) string {
		if v == "" {
			return "未检查"
		}
		return v.Label()
	},
	"short": func(s string) string {
		r := []rune(s)
		if len(r) <= 10 {
			return s
		}
		return string(r[:6]) + "…" + string(r[len(r)-4:])
	},
	"join": strings.Join,
	// rule is a check result's name in Chinese (码率, 链接), never its id.
	"rule":     checks.ResultLabel,
	"mismatch": durationMismatch,
	"actionArgs": func(unit, openID, action, label, csrf string) map[string]string {
		return map[string]string{"Unit": unit, "OpenID": openID, "Action": action, "Label": label, "CSRF": csrf}
	},
}

// pageNames are the page templates; each defines "title" and "content" and
// is rendered inside layout.html.
var pageNames = []string{"login", "disabled", "error", "entries", "entry", "units", "downloads", "diagnostics", "files", "privacy"}

// parsePages parses every page with the layout. The templates are in the
// binary, so a parse error is a bug and panics at startup.
func parsePages() map[string]*template.Template {
	base := template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/layout.html"))
	out := map[string]*template.Template{}
	for _, name := range pageNames {
		t := template.Must(base.Clone())
		out[name] = template.Must(t.ParseFS(templateFS, "templates/"+name+".html"))
	}
	return out
}
