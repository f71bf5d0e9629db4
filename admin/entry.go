package admin

import (
	"time"

	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"contestbot"
	"contestbot/checks"
	"contestbot/store"
)

// entriesPage is the data of the entries list.
type entriesPage struct {
	Filter     entryFilter
	Units      []string
	Categories []string
	Statuses   []option
	Verdicts   []option
	Entries    []*contestbot.Entry
	Total      int
	// ExportQuery is the filter's unit as a query for the download links.
	ExportQuery string
}

type option struct{ Value, Label string }

// entryFilter is the list's filter as the form sends it. Status is
// "complete" unless the query asks for drafts, cancelled entries or "all":
// staff review what schools submitted, not half-filled drafts.
type entryFilter struct {
	Unit, Status, Category, Verdict, Q string
}

// statusAll is the status filter value that lists entries of any status.
const statusAll = "all"

func (f entryFilter) store() store.EntryFilter {
	st := contestbot.Status(f.Status)
	if f.Status == statusAll {
		st = ""
	}
	return store.EntryFilter{
		Unit: f.Unit, Status: st, Category: f.Category,
		Verdict: contestbot.Verdict(f.Verdict), Query: f.Q,
	}
}

// parseFilter reads the list filter from the query, ignoring values that
// are not among the choices; cats are the season's categories.
func parseFilter(q url.Values, cats []string) entryFilter {
	f := entryFilter{
		Unit: strings.TrimSpace(q.Get("unit")), Category: q.Get("category"),
		Q: strings.TrimSpace(q.Get("q")), Status: string(contestbot.StatusComplete),
	}
	switch s := q.Get("status"); s {
	case string(contestbot.StatusDraft), string(contestbot.StatusCancelled), statusAll:
		f.Status = s
	}
	switch v := q.Get("verdict"); v {
	case "pass", "warn", "fail", "none":
		f.Verdict = v
	}
	if !contains(cats, f.Category) {
		f.Category = ""
	}
	if len([]rune(f.Q)) > 100 {
		f.Q = string([]rune(f.Q)[:100])
	}
	return f
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// serveEntries handles the "GET /admin/" route: entries, filtered.
func (s *Server) serveEntries(w http.ResponseWriter, r *http.Request) error {
	f := parseFilter(r.URL.Query(), s.opts.Season.Categories)
	es, err := s.db.Entries(r.Context(), f.store())
	if err != nil {
		return err
	}
	units, err := s.unitNames(r)
	if err != nil {
		return err
	}
	p := entriesPage{
		Filter: f, Units: units, Categories: s.opts.Season.Categories, Entries: es, Total: len(es),
		Statuses: []option{{"complete", "已完成"}, {"draft", "填写中"}, {"cancelled", "已取消"}, {statusAll, "全部"}},
		Verdicts: []option{{"pass", "通过"}, {"warn", "提醒"}, {"fail", "不通过"}, {"none", "未检查"}},
	}
	if f.Unit != "" {
		p.ExportQuery = "?unit=" + url.QueryEscape(f.Unit)
	}
	s.render(w, r, http.StatusOK, "entries", p)
	return nil
}

// unitNames lists every unit that has an entry, sorted: each unit once, by
// its key (contestbot.UnitKey, s11-a), so the works typed "X学院党委" are
// filtered and exported with X学院's.
func (s *Server) unitNames(r *http.Request) ([]string, error) {
	all, err := s.db.Entries(r.Context(), store.EntryFilter{})
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, e := range all {
		if k := e.UnitKey(); k != "" && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out, nil
}

// entryPage is the data of one entry's page.
type entryPage struct {
	Entry      *contestbot.Entry
	Roles      []role
	Report     *contestbot.Report
	ReportErr  bool
	Findings   []finding // content findings, each beside its frame
	Events     []*store.EntryEvent
	Unfinished []string
	Eligible   bool
	Reason     string
	Answers    []option
	// PrivacyAt is when the contact saw the personal-information notice.
	PrivacyAt *time.Time
	Mismatch  string // the duration-mismatch flag, "" when none
}

// DurationTolerance is how far the registered 时长 and the checked file's
// duration may differ before the admin page flags the entry: a school that
// rounds 2分28秒 to 2分30秒 is not flagged; one that registered 1分50秒 for a
// 10-second file is.
const DurationTolerance = 10

// durationMismatch returns a flag for staff when the last check read the
// file's duration and it differs from the registered 时长 by more than
// DurationTolerance seconds, else "".
func durationMismatch(e *contestbot.Entry) string {
	if e.CheckJSON == "" || e.DurationSeconds <= 0 {
		return ""
	}
	var rep struct {
		Info struct {
			Duration float64 `json:"duration_seconds"`
		} `json:"info"`
	}
	if err := json.Unmarshal([]byte(e.CheckJSON), &rep); err != nil || rep.Info.Duration <= 0 {
		return ""
	}
	file := int(rep.Info.Duration + 0.5)
	if d := file - e.DurationSeconds; d > DurationTolerance || d < -DurationTolerance {
		return fmt.Sprintf("报名时长%s，检查的视频文件%s，相差超过%d秒", contestbot.FormatDuration(e.DurationSeconds),
			fileDuration(file), DurationTolerance)
	}
	return ""
}

func fileDuration(s int) string {
	if s <= 0 {
		return "不足1秒"
	}
	return contestbot.FormatDuration(s)
}

type role struct{ Label, Names string }

// serveEntry handles the "GET /admin/entries/{id}" route.
func (s *Server) serveEntry(w http.ResponseWriter, r *http.Request) error {
	e, err := s.entryParam(r)
	if err != nil {
		return err
	}
	evs, err := s.db.EntryEvents(r.Context(), e.ID)
	if err != nil {
		return err
	}
	p := entryPage{Entry: e, Events: evs, Unfinished: e.Unfinished(s.opts.Season), Mismatch: durationMismatch(e)}
	if e.OpenID != "" {
		if p.PrivacyAt, err = s.db.PrivacySeen(r.Context(), e.OpenID); err != nil {
			return err
		}
	}
	p.Eligible, p.Reason = e.Eligible(s.opts.Season)
	c := e.Creators
	p.Roles = []role{{"监制(策划)", c.Supervisor}, {"编导(导演)", c.Director}, {"撰稿", c.Writer}, {"摄影", c.Camera}, {"剪辑(制作)", c.Editor}}
	p.Answers = []option{
		{"是否单位作品", yesNo(e.UnitWork)},
		{s.opts.Season.MadeInPeriodLabel(), yesNo(e.MadeInPeriod)},
		{"是否未公开发表", yesNo(e.Unpublished)},
		{"是否使用AI生成内容", aiUsed(s.opts.Season, e)},
		{"AI生成内容是否已标注", aiLabelled(s.opts.Season, e)},
	}
	if e.CheckJSON != "" {
		var rep contestbot.Report
		if err := json.Unmarshal([]byte(e.CheckJSON), &rep); err != nil {
			p.ReportErr = true
		} else {
			p.Report = &rep
			p.Findings = findings(e.ID, rep)
		}
	}
	s.render(w, r, http.StatusOK, "entry", p)
	return nil
}

// finding is one content finding of an entry's check (colour bars, a
// caption card, a corner logo), with the address of its frame.
type finding struct {
	Label, Message string
	Score          string
	Image          string
}

// findings reads the content findings from a report's info ("content"),
// numbered as their frames are stored.
func findings(id int64, rep contestbot.Report) []finding {
	ct, _ := rep.Info["content"].(map[string]any)
	list, _ := ct["findings"].([]any)
	var out []finding
	for i, x := range list {
		m, _ := x.(map[string]any)
		rule, _ := m["rule"].(string)
		msg, _ := m["message"].(string)
		score, _ := m["score"].(float64)
		out = append(out, finding{
			Label: checks.RuleLabel(rule), Message: msg, Score: strconv.FormatFloat(score, 'f', 2, 64),
			Image: "/admin/entries/" + strconv.FormatInt(id, 10) + "/evidence/" + strconv.Itoa(i+1) + ".jpg",
		})
	}
	return out
}

// serveEvidence handles the "GET /admin/entries/{id}/evidence/{n}" route:
// the frame a content finding was seen in, as a JPEG.
func (s *Server) serveEvidence(w http.ResponseWriter, r *http.Request) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	n, nerr := strconv.Atoi(strings.TrimSuffix(r.PathValue("n"), ".jpg"))
	if err != nil || nerr != nil || id <= 0 || n <= 0 {
		return contestbot.Errorf(contestbot.ENOTFOUND, "没有这张画面")
	}
	jpg, err := s.db.EntryEvidence(r.Context(), id, n)
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "image/jpeg")
	w.Header().Set("Cache-Control", "private, max-age=300")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(jpg)
	return nil
}

func yesNo(b *bool) string {
	switch {
	case b == nil:
		return "未回答"
	case *b:
		return "是"
	}
	return "否"
}

// aiUsed answers 是否使用AI生成内容; the form does not ask it of entries in
// the season's AI category, which use AI by definition.
func aiUsed(season *contestbot.Season, e *contestbot.Entry) string {
	if e.AIUsed == nil && season.IsAICategory(e.Category) {
		return "是（" + e.Category + "类）"
	}
	return yesNo(e.AIUsed)
}

// aiLabelled answers AI生成内容是否已标注, asked only where AI was used.
func aiLabelled(season *contestbot.Season, e *contestbot.Entry) string {
	if !e.NeedsAILabel(season) {
		return "不适用"
	}
	return yesNo(e.AILabelled)
}

// entryParam loads the entry named by the {id} path segment.
func (s *Server) entryParam(r *http.Request) (*contestbot.Entry, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, contestbot.Errorf(contestbot.ENOTFOUND, "没有这个作品")
	}
	return s.db.Entry(r.Context(), id)
}

// serveEntryForm handles the "GET /admin/entries/{id}/form.docx" route.
func (s *Server) serveEntryForm(w http.ResponseWriter, r *http.Request) error {
	e, err := s.entryParam(r)
	if err != nil {
		return err
	}
	return s.sendEntryForm(w, e)
}

// serveAgreement handles the "GET /admin/entries/{id}/agreement.docx" route.
func (s *Server) serveAgreement(w http.ResponseWriter, r *http.Request) error {
	e, err := s.entryParam(r)
	if err != nil {
		return err
	}
	return s.sendAgreement(w, e)
}
