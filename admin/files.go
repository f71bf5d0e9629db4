package admin

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"

	"contestbot"
	"contestbot/documents"
)

// DocumentsLink returns a link, valid for Options.LinkTTL, to a page
// listing openID's entries with their documents. The chat bot sends it.
//
// The link carries an opaque random token (256 bits); the store keeps its
// SHA-256 and the openid it stands for, so nothing can be read from a link
// and a copy of the database opens none. "" means the token could not be
// stored (the store is down).
func (s *Server) DocumentsLink(openID string) string {
	tok := make([]byte, 32)
	rand.Read(tok)
	token := b64.EncodeToString(tok)
	// DocLinker has no ctx; bound the write here.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if err := s.db.CreateLinkToken(ctx, tokenDigest(token), "files", openID, s.opts.Now().Add(s.opts.LinkTTL)); err != nil {
		s.log.Error("admin: documents link not stored", "user", contestbot.LogID(openID), "err", err)
		return ""
	}
	return s.opts.PublicURL + "/files/" + token
}

func tokenDigest(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// errBadLink is all a wrong, altered or expired link gets.
var errBadLink = contestbot.Errorf(contestbot.EFORBIDDEN, "链接无效或已过期。请在公众号中发送“下载报名材料”获取新的链接。")

// linkOpenID returns the openid a valid, unexpired token stands for.
func (s *Server) linkOpenID(ctx context.Context, token string) (string, time.Time, error) {
	if len(token) < 40 || len(token) > 64 {
		return "", time.Time{}, errBadLink
	}
	lt, err := s.db.LinkToken(ctx, tokenDigest(token), "files")
	if contestbot.ErrorCode(err) == contestbot.ENOTFOUND {
		return "", time.Time{}, errBadLink
	} else if err != nil {
		return "", time.Time{}, err
	}
	if !s.opts.Now().Before(lt.ExpiresAt) {
		return "", time.Time{}, errBadLink
	}
	return lt.OpenID, lt.ExpiresAt, nil
}

// filesPage is the data of a school contact's documents page.
type filesPage struct {
	Base    string // /files/<token>
	Expires time.Time
	Entries []*contestbot.Entry
	Season  *contestbot.Season // what an entry still lacks depends on it
}

// serveFiles handles the "GET /files/{token}" route: the contact's own
// entries with download links.
func (s *Server) serveFiles(w http.ResponseWriter, r *http.Request) error {
	openID, exp, err := s.linkOpenID(r.Context(), r.PathValue("token"))
	if err != nil {
		return err
	}
	es, err := s.ownEntries(r.Context(), openID)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "files", filesPage{Base: "/files/" + r.PathValue("token"), Expires: exp, Entries: es, Season: s.opts.Season})
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
		if ka, kb := a.UnitKey(), b.UnitKey(); ka != kb { // s11-a: one unit per school
			return ka < kb
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
	openID, _, err := s.linkOpenID(r.Context(), r.PathValue("token"))
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
		} else if !contestbot.SameUnit(e.Unit, unit) {
			unit = "" // entries of several units: one sheet each
			break
		}
	}
	var buf bytes.Buffer
	if err := documents.WriteXLSX(&buf, es, unit, s.opts.Season); err != nil {
		return err
	}
	return sendFile(w, typeXLSX, documents.SummaryName(documents.UnitHeader(es, unit)), "summary.xlsx", buf.Bytes())
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
	openID, _, err := s.linkOpenID(r.Context(), r.PathValue("token"))
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
	if err := documents.WriteEntryForm(&buf, e, s.opts.Season); err != nil {
		return err
	}
	return sendFile(w, typeDOCX, documents.EntryFormName(e), fmt.Sprintf("entry-%d-form.docx", e.ID), buf.Bytes())
}

func (s *Server) sendAgreement(w http.ResponseWriter, e *contestbot.Entry) error {
	var buf bytes.Buffer
	if err := documents.WriteAgreement(&buf, e, s.opts.Season); err != nil {
		return err
	}
	return sendFile(w, typeDOCX, documents.AgreementName(e), fmt.Sprintf("entry-%d-agreement.docx", e.ID), buf.Bytes())
}
