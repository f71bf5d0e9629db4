package admin

import (
	"bytes"
	"context"
	"crypto/hmac"
	"encoding/binary"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"contestbot"
	"contestbot/documents"
)

// DocumentsLink returns a signed link, valid for Options.LinkTTL, to a page
// listing openID's entries with their documents. The chat bot sends it.
func (s *Server) DocumentsLink(openID string) string {
	return s.opts.PublicURL + "/files/" + s.fileToken(openID, s.opts.Now().Add(s.opts.LinkTTL))
}

// fileToken is base64url(expiry(8) ‖ openid) "." base64url(HMAC).
func (s *Server) fileToken(openID string, expires time.Time) string {
	payload := make([]byte, 8, 8+len(openID))
	binary.BigEndian.PutUint64(payload, uint64(expires.Unix()))
	payload = append(payload, openID...)
	return b64.EncodeToString(payload) + "." + b64.EncodeToString(s.mac("files", payload))
}

// errBadLink is all a wrong, altered or expired link gets.
var errBadLink = contestbot.Errorf(contestbot.EFORBIDDEN, "链接无效或已过期。请在公众号中发送“下载报名材料”获取新的链接。")

// linkOpenID returns the openid a valid, unexpired token names.
func (s *Server) linkOpenID(token string) (string, time.Time, error) {
	p, sig, ok := strings.Cut(token, ".")
	if !ok {
		return "", time.Time{}, errBadLink
	}
	payload, err1 := b64.DecodeString(p)
	got, err2 := b64.DecodeString(sig)
	if err1 != nil || err2 != nil || len(payload) <= 8 || !hmac.Equal(got, s.mac("files", payload)) {
		return "", time.Time{}, errBadLink
	}
	exp := time.Unix(int64(binary.BigEndian.Uint64(payload[:8])), 0)
	if !s.opts.Now().Before(exp) {
		return "", time.Time{}, errBadLink
	}
	return string(payload[8:]), exp, nil
}

// filesPage is the data of a school contact's documents page.
type filesPage struct {
	Base    string // /files/<token>
	Expires time.Time
	Entries []*contestbot.Entry
}

// serveFiles handles the "GET /files/{token}" route: the contact's own
// entries with download links.
func (s *Server) serveFiles(w http.ResponseWriter, r *http.Request) error {
	openID, exp, err := s.linkOpenID(r.PathValue("token"))
	if err != nil {
		return err
	}
	es, err := s.ownEntries(r.Context(), openID)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "files", filesPage{Base: "/files/" + r.PathValue("token"), Expires: exp, Entries: es})
	return nil
}

// ownEntries are the entries openID may download documents of: their own
// (not cancelled), and the complete entries colleagues registered in the
// units openID is a contact of, in 汇总表 order (unit, 序号), own drafts last.
func (s *Server) ownEntries(ctx context.Context, openID string) ([]*contestbot.Entry, error) {
	all, err := s.db.EntriesByOpenID(ctx, openID)
	if err != nil {
		return nil, err
	}
	shared, err := s.db.SharedEntries(ctx, openID)
	if err != nil {
		return nil, err
	}
	var out, drafts []*contestbot.Entry
	seen := map[int64]bool{}
	for _, e := range shared {
		if e.OpenID == openID || e.Status == contestbot.StatusComplete {
			out = append(out, e)
			seen[e.ID] = true
		}
	}
	for _, e := range all {
		if e.Status == contestbot.StatusCancelled || seen[e.ID] {
			continue
		}
		if e.Status == contestbot.StatusComplete {
			out = append(out, e)
		} else {
			drafts = append(drafts, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Status == contestbot.StatusComplete) != (b.Status == contestbot.StatusComplete) {
			return a.Status == contestbot.StatusComplete
		}
		if a.Unit != b.Unit {
			return a.Unit < b.Unit
		}
		return a.Seq < b.Seq
	})
	return append(out, drafts...), nil
}

// mayDownload reports whether openID's link may fetch e's documents: their
// own entry, or a complete entry of a unit they are a contact of.
func (s *Server) mayDownload(ctx context.Context, openID string, e *contestbot.Entry) (bool, error) {
	if e.Status == contestbot.StatusCancelled {
		return false, nil
	}
	if e.OpenID == openID {
		return true, nil
	}
	if e.Status != contestbot.StatusComplete {
		return false, nil
	}
	shared, err := s.db.SharedEntries(ctx, openID)
	if err != nil {
		return false, err
	}
	for _, x := range shared {
		if x.ID == e.ID {
			return true, nil
		}
	}
	return false, nil
}

// serveFilesXLSX handles the "GET /files/{token}/entries.xlsx" route: a
// 汇总表 of the contact's complete entries.
func (s *Server) serveFilesXLSX(w http.ResponseWriter, r *http.Request) error {
	openID, _, err := s.linkOpenID(r.PathValue("token"))
	if err != nil {
		return err
	}
	es, err := s.ownEntries(r.Context(), openID)
	if err != nil {
		return err
	}
	unit := ""
	for i, e := range es {
		if i == 0 {
			unit = e.Unit
		} else if e.Unit != unit {
			unit = "" // entries of several units: one sheet each
			break
		}
	}
	var buf bytes.Buffer
	if err := documents.WriteXLSX(&buf, es, unit); err != nil {
		return err
	}
	return sendFile(w, typeXLSX, documents.SummaryName(unit), "summary.xlsx", buf.Bytes())
}

// serveFilesForm handles the "GET /files/{token}/{id}/form.docx" route.
func (s *Server) serveFilesForm(w http.ResponseWriter, r *http.Request) error {
	e, err := s.linkEntry(r)
	if err != nil {
		return err
	}
	return s.sendEntryForm(w, e)
}

// serveFilesAgreement handles the "GET /files/{token}/{id}/agreement.docx" route.
func (s *Server) serveFilesAgreement(w http.ResponseWriter, r *http.Request) error {
	e, err := s.linkEntry(r)
	if err != nil {
		return err
	}
	return s.sendAgreement(w, e)
}

// linkEntry returns the entry a file link asks for, if the link names its
// owner. Another openid's entry, or one that does not exist, is 403 alike,
// so a link cannot probe which entries exist.
func (s *Server) linkEntry(r *http.Request) (*contestbot.Entry, error) {
	openID, _, err := s.linkOpenID(r.PathValue("token"))
	if err != nil {
		return nil, err
	}
	forbidden := contestbot.Errorf(contestbot.EFORBIDDEN, "这个链接不能下载这份材料。")
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return nil, forbidden
	}
	e, err := s.db.Entry(r.Context(), id)
	if contestbot.ErrorCode(err) == contestbot.ENOTFOUND {
		return nil, forbidden
	} else if err != nil {
		return nil, err
	}
	ok, err := s.mayDownload(r.Context(), openID, e)
	if err != nil {
		return nil, err
	}
	if !ok {
		s.log.Warn("admin: file link asked for another user's entry", "user", contestbot.LogID(openID), "entry", id)
		return nil, forbidden
	}
	return e, nil
}

func (s *Server) sendEntryForm(w http.ResponseWriter, e *contestbot.Entry) error {
	var buf bytes.Buffer
	if err := documents.WriteEntryForm(&buf, e); err != nil {
		return err
	}
	return sendFile(w, typeDOCX, documents.EntryFormName(e), fmt.Sprintf("entry-%d-form.docx", e.ID), buf.Bytes())
}

func (s *Server) sendAgreement(w http.ResponseWriter, e *contestbot.Entry) error {
	var buf bytes.Buffer
	if err := documents.WriteAgreement(&buf, e); err != nil {
		return err
	}
	return sendFile(w, typeDOCX, documents.AgreementName(e), fmt.Sprintf("entry-%d-agreement.docx", e.ID), buf.Bytes())
}
