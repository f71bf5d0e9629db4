package admin

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"contestbot"
	"contestbot/checks"
)

// The check page: a school contact's own page, /check/TOKEN, that checks a
// film on their computer or phone. The page's script reads only the boxes
// the checker needs (checks.UploadFrom is its Go twin) and posts them; the
// server runs the link check's rules over them, stores the result on the
// chosen entry and pushes it to the chat.

// UploadChecker checks a local file from the parts the check page sent.
// checks.Checker satisfies it.
type UploadChecker interface {
	CheckUpload(ctx context.Context, u checks.Upload, want *checks.Expect) (contestbot.Report, error)
	MaxMoovBytes() int64
}

var _ UploadChecker = (*checks.Checker)(nil)

// Pusher delivers a message to a user's chat by customer-service message
// (the bot's outbox); dedupeKey makes a repeated push a no-op.
type Pusher interface {
	Push(ctx context.Context, openID, text, dedupeKey string) error
}

// Limits of the check page.
const (
	// CheckLinkTTL is how long a check page link works.
	CheckLinkTTL = 24 * time.Hour
	// checkUsesPerHour bounds the checks one link may run in an hour.
	checkUsesPerHour = 60
	// maxCheckRequest bounds the whole POST: parts, table and form.
	maxCheckRequest = checks.MaxUploadBytes
	// maxCheckMeta bounds the JSON with the box table (100 000 boxes).
	maxCheckMeta = 8 << 20
	// checkUploadsAtOnce bounds the posts held in memory at once.
	checkUploadsAtOnce = 4
	// checkReadTime is how long a slow phone may take to send its parts.
	checkReadTime = 10 * time.Minute
)

// errCheckLink is all a wrong or expired check link gets.
var errCheckLink = contestbot.Errorf(contestbot.EFORBIDDEN,
	"检查链接无效或已过期（链接24小时内有效）。请在公众号中发送“检查视频”获取新的链接。")

// CheckPageLink makes a new check page link for openID, valid for
// CheckLinkTTL. The dialogs send it in reply to "检查视频".
func (s *Server) CheckPageLink(ctx context.Context, openID string) (string, error) {
	token, _, err := s.db.CreateCheckToken(ctx, openID, CheckLinkTTL)
	if err != nil {
		return "", err
	}
	return s.opts.PublicURL + "/check/" + token, nil
}

// checkPageData is what the page template gets.
type checkPageData struct {
	Nonce   string
	Expires time.Time
	Entries []checkPageEntry
	MaxMoov int64
	MaxPost int64
	// Notice is the personal-information notice (个人信息保护法 第十七条).
	Notice string
}

type checkPageEntry struct {
	ID       int64
	Title    string
	FileName string // 推荐单位-序号-片名.mp4, "" before a 序号
}

var checkPageTmpl = template.Must(template.New("checkpage.html").Funcs(funcs).ParseFS(templateFS, "templates/checkpage.html"))

// serveCheckPage handles the "GET /check/{token}" route: the page with the
// user's entries to choose from and the script.
func (s *Server) serveCheckPage(w http.ResponseWriter, r *http.Request) error {
	if s.opts.UploadChecker == nil {
		return contestbot.Errorf(contestbot.EUNAVAILABLE, "检查服务暂时不可用，请稍后再试。")
	}
	openID, exp, err := s.db.CheckToken(r.Context(), r.PathValue("token"))
	if contestbot.ErrorCode(err) == contestbot.ENOTFOUND {
		return errCheckLink
	} else if err != nil {
		return err
	}
	es, err := s.ownEntries(r.Context(), openID)
	if err != nil {
		return err
	}
	d := checkPageData{Nonce: newNonce(), Expires: exp, MaxMoov: s.opts.UploadChecker.MaxMoovBytes(), MaxPost: maxCheckRequest,
		Notice: s.opts.PrivacyNotice}
	if d.Notice != "" {
		if err := s.db.MarkPrivacySeen(r.Context(), openID, s.opts.Now()); err != nil {
			return err
		}
	}
	for _, e := range es {
		d.Entries = append(d.Entries, checkPageEntry{ID: e.ID, Title: e.DisplayTitle(), FileName: e.FileName()})
	}
	var buf bytes.Buffer
	if err := checkPageTmpl.Execute(&buf, d); err != nil {
		return fmt.Errorf("render check page: %w", err)
	}
	h := w.Header()
	// The page's own script runs (by nonce) and may post back here; nothing else.
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'nonce-"+d.Nonce+"'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("Content-Type", "text/html; charset=utf-8")
	_, err = w.Write(buf.Bytes())
	return err
}

func newNonce() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawStdEncoding.EncodeToString(b)
}

// checkMeta is the JSON the page posts before the bytes: the file's name
// and size, the entry chosen ("" to match by file name, "none" for no
// entry), the box table and the ranges of the bytes that follow.
type checkMeta struct {
	Name  string     `json:"name"`
	Size  int64      `json:"size"`
	Entry string     `json:"entry"`
	Boxes []boxRow   `json:"boxes"`
	Parts [][2]int64 `json:"parts"` // [offset, length]
}

// boxRow is one box of the table: [type, offset, size, header length].
type boxRow checks.UploadBox

func (b *boxRow) UnmarshalJSON(data []byte) error {
	var a [4]json.RawMessage
	if err := json.Unmarshal(data, &a); err != nil {
		return err
	}
	if err := json.Unmarshal(a[0], &b.Type); err != nil {
		return err
	}
	if err := json.Unmarshal(a[1], &b.Off); err != nil {
		return err
	}
	if err := json.Unmarshal(a[2], &b.Size); err != nil {
		return err
	}
	return json.Unmarshal(a[3], &b.Hdr)
}

// checkResult is the JSON answer to a post.
type checkResult struct {
	OK           bool         `json:"ok"`
	Error        string       `json:"error,omitempty"`
	Report       string       `json:"report,omitempty"` // the chat's text, "视频检查结果：…"
	Verdict      string       `json:"verdict,omitempty"`
	VerdictLabel string       `json:"verdict_label,omitempty"`
	Rules        []ruleResult `json:"rules,omitempty"`
	BytesSent    int64        `json:"bytes_sent,omitempty"`
	FileSize     int64        `json:"file_size,omitempty"`
	Stored       string       `json:"stored,omitempty"` // where the result was recorded, in words
}

type ruleResult struct {
	ID          string `json:"id"`
	Label       string `json:"label"`
	Status      string `json:"status"`
	StatusLabel string `json:"status_label"`
	Message     string `json:"message"`
	Fix         string `json:"fix,omitempty"`
}

// serveCheckUpload handles the "POST /check/{token}" route: it checks the
// parts the page sent and answers JSON. Bad input gets a 4xx with a plain
// Chinese message and changes nothing.
func (s *Server) serveCheckUpload(w http.ResponseWriter, r *http.Request) error {
	res, status, err := s.checkUpload(w, r)
	if err != nil {
		code := contestbot.ErrorCode(err)
		status = httpStatus(code)
		var mbe *http.MaxBytesError
		switch {
		case errors.As(err, &mbe):
			status = http.StatusRequestEntityTooLarge
			err = contestbot.Errorf(contestbot.EINVALID, "上传的数据超过了%d MB的上限。请刷新页面后重新选择视频文件。", maxCheckRequest>>20)
		case code == contestbot.EINTERNAL:
			s.log.Error("check page: post failed", "err", err)
		}
		res = checkResult{Error: contestbot.ErrorMessage(err)}
	}
	w.Header().Set("Content-Type", typeJSON)
	w.WriteHeader(status)
	return json.NewEncoder(w).Encode(res)
}

func (s *Server) checkUpload(w http.ResponseWriter, r *http.Request) (checkResult, int, error) {
	ctx := r.Context()
	if s.opts.UploadChecker == nil {
		return checkResult{}, 0, contestbot.Errorf(contestbot.EUNAVAILABLE, "检查服务暂时不可用，请稍后再试。")
	}
	token := r.PathValue("token")
	openID, ok, err := s.db.UseCheckToken(ctx, token, checkUsesPerHour, time.Hour)
	switch {
	case contestbot.ErrorCode(err) == contestbot.ENOTFOUND:
		return checkResult{}, 0, errCheckLink
	case err != nil:
		return checkResult{}, 0, err
	case !ok:
		return checkResult{}, 0, contestbot.Errorf(errTooManyCode, "这个链接一小时内已检查了%d次，请稍后再试。", checkUsesPerHour)
	}
	select {
	case s.uploads <- struct{}{}:
		defer func() { <-s.uploads }()
	default:
		return checkResult{}, 0, contestbot.Errorf(contestbot.EUNAVAILABLE, "检查的人较多，请过一分钟再试。")
	}
	// A phone on a slow uplink may need longer than the server's read
	// timeout for a large moov.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(checkReadTime))
	r.Body = http.MaxBytesReader(w, r.Body, maxCheckRequest)
	meta, up, err := readCheckPost(r)
	if err != nil {
		return checkResult{}, 0, err
	}
	entry, unmatched, err := s.checkEntry(ctx, openID, meta)
	if err != nil {
		return checkResult{}, 0, err
	}
	var want *checks.Expect
	if entry != nil && entry.Unit != "" && entry.Seq > 0 && entry.Title != "" {
		want = &checks.Expect{Unit: entry.Unit, Seq: entry.Seq, Title: entry.Title}
	}
	rep, err := s.opts.UploadChecker.CheckUpload(ctx, up, want)
	if err != nil {
		return checkResult{}, 0, err
	}
	res := checkResult{
		OK: true, Report: checks.FormatReport(rep), Verdict: string(rep.Verdict), VerdictLabel: rep.Verdict.Label(),
		BytesSent: up.Bytes(), FileSize: up.Size,
	}
	for _, x := range rep.Rules {
		res.Rules = append(res.Rules, ruleResult{ID: x.ID, Label: checks.RuleLabel(x.ID), Status: string(x.Status),
			StatusLabel: x.Status.Label(), Message: x.Message, Fix: x.Fix})
	}
	name := ""
	if entry != nil {
		name = "《" + entry.DisplayTitle() + "》"
		js, err := json.Marshal(rep)
		if err != nil {
			return checkResult{}, 0, err
		}
		if err := s.db.SetEntryCheck(ctx, entry.ID, rep.Verdict, string(js), s.opts.Now()); err != nil {
			return checkResult{}, 0, err
		}
		if err := s.db.AddEntryEvent(ctx, entry.ID, "视频检查（检查页，本机文件）："+rep.Verdict.Label()); err != nil {
			s.log.Warn("check page: add entry event", "user", contestbot.LogID(openID), "err", err)
		}
		res.Stored = "检查结果已记到" + name + "上，工作人员可以看到。"
	} else if unmatched {
		res.Stored = "这次检查没有记到作品上：从文件名看不出是哪个作品。请在上方选择作品后重新选择文件。"
	} else {
		res.Stored = "这次检查没有记到作品上。"
	}
	if s.opts.Pusher != nil {
		msg := name + "视频检查（本机文件）\n" + res.Report
		if err := s.opts.Pusher.Push(ctx, openID, strings.TrimSpace(msg), uploadKey(token, entry, up)); err != nil &&
			contestbot.ErrorCode(err) != contestbot.ECONFLICT {
			s.log.Error("check page: push result", "user", contestbot.LogID(openID), "err", err)
		}
	}
	return res, http.StatusOK, nil
}

// readCheckPost reads the multipart post: a "meta" field with the JSON,
// then a "data" field with the parts' bytes back to back.
func readCheckPost(r *http.Request) (checkMeta, checks.Upload, error) {
	var meta checkMeta
	bad := func(what string) error {
		return contestbot.Errorf(contestbot.EINVALID, "上传的检查数据有误（%s），请刷新页面后重新选择视频文件。", what)
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return meta, checks.Upload{}, bad("不是检查页发出的数据")
	}
	p, err := mr.NextPart()
	if err != nil {
		return meta, checks.Upload{}, readErr(err, bad("缺少文件信息"))
	}
	if p.FormName() != "meta" {
		return meta, checks.Upload{}, bad("缺少文件信息")
	}
	raw, err := io.ReadAll(io.LimitReader(p, maxCheckMeta+1))
	if err != nil {
		return meta, checks.Upload{}, readErr(err, bad("文件信息不完整"))
	}
	if len(raw) > maxCheckMeta {
		return meta, checks.Upload{}, bad("文件信息过大")
	}
	if err := json.Unmarshal(raw, &meta); err != nil {
		return meta, checks.Upload{}, bad("文件信息格式不正确")
	}
	up := checks.Upload{Name: checks.CleanUploadName(meta.Name), Size: meta.Size}
	for _, b := range meta.Boxes {
		up.Boxes = append(up.Boxes, checks.UploadBox(b))
	}
	var total int64
	for _, pr := range meta.Parts {
		if pr[0] < 0 || pr[1] <= 0 {
			return meta, checks.Upload{}, bad("数据片段的长度不正确")
		}
		total += pr[1]
		if pr[1] > maxCheckRequest || total > maxCheckRequest {
			return meta, checks.Upload{}, contestbot.Errorf(contestbot.EINVALID,
				"需要上传的格式信息超过了%d MB的上限，文件可能已损坏。请重新导出视频后再检查。", maxCheckRequest>>20)
		}
	}
	if len(meta.Parts) > 0 {
		p, err := mr.NextPart()
		if err != nil {
			return meta, checks.Upload{}, readErr(err, bad("缺少数据"))
		}
		if p.FormName() != "data" {
			return meta, checks.Upload{}, bad("缺少数据")
		}
		for _, pr := range meta.Parts {
			buf := make([]byte, pr[1])
			if _, err := io.ReadFull(p, buf); err != nil {
				return meta, checks.Upload{}, readErr(err, bad("数据比声明的少"))
			}
			up.Parts = append(up.Parts, checks.Part{Off: pr[0], Data: buf})
		}
		if n, _ := io.CopyN(io.Discard, p, 1); n > 0 {
			return meta, checks.Upload{}, bad("数据比声明的多")
		}
	}
	return meta, up, nil
}

// readErr keeps a body-too-large error (413) and a dropped connection
// apart from a malformed post.
func readErr(err, bad error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return err
	}
	return bad
}

// checkEntry is the entry a post's result belongs to: the one chosen, else
// the one the file name names, else the user's only entry; nil for none,
// with unmatched set when the user has several and the name names none.
// An entry that is not the user's is refused.
func (s *Server) checkEntry(ctx context.Context, openID string, meta checkMeta) (e *contestbot.Entry, unmatched bool, err error) {
	es, err := s.ownEntries(ctx, openID)
	if err != nil {
		return nil, false, err
	}
	switch strings.TrimSpace(meta.Entry) {
	case "none":
		return nil, false, nil
	case "":
		name := checks.CleanUploadName(meta.Name)
		var hits []*contestbot.Entry
		for _, e := range es {
			if e.Title != "" && strings.Contains(name, e.Title) ||
				e.Unit != "" && e.Seq > 0 && (strings.HasPrefix(name, fmt.Sprintf("%s-%d-", e.Unit, e.Seq)) ||
					strings.HasPrefix(name, fmt.Sprintf("%s-%d-", e.UnitKey(), e.Seq))) { // s11-a: or named by the school
				hits = append(hits, e)
			}
		}
		switch {
		case len(hits) == 1:
			return hits[0], false, nil
		case len(es) == 1:
			return es[0], false, nil
		}
		return nil, len(es) > 1, nil
	}
	id, err := strconv.ParseInt(strings.TrimSpace(meta.Entry), 10, 64)
	if err == nil {
		for _, e := range es {
			if e.ID == id {
				return e, false, nil
			}
		}
	}
	s.log.Warn("check page: post names another user's entry", "user", contestbot.LogID(openID))
	return nil, false, contestbot.Errorf(contestbot.EFORBIDDEN, "选择的作品不在您的报名记录里。请刷新页面后重新选择。")
}

// uploadKey is the dedupe key of a check's push: the same file checked
// again from the same link for the same entry (a double tap, a retried
// post) is pushed once.
func uploadKey(token string, e *contestbot.Entry, up checks.Upload) string {
	var id int64
	if e != nil {
		id = e.ID
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00%s\x00%d\x00", token, id, up.Name, up.Size)
	for _, p := range up.Parts {
		fmt.Fprintf(h, "%d\x00", p.Off)
		h.Write(p.Data)
	}
	return "checkpage:" + hex.EncodeToString(h.Sum(nil)[:16])
}
