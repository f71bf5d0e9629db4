package admin

import (
	"net/http"
	"strings"
	"time"

	"contestbot"
	"contestbot/store"
)

// PrivacySettings are the retention settings the privacy page shows.
type PrivacySettings struct {
	RetainUntil time.Time // privacy.retain_until; zero when unset
	MessageDays int       // privacy.message_days
}

// maxReasonRunes bounds a deletion's recorded reason.
const maxReasonRunes = 200

// deletionReason reads the required reason of a staff deletion.
func deletionReason(r *http.Request) (string, error) {
	reason := strings.TrimSpace(r.PostFormValue("reason"))
	switch {
	case reason == "":
		return "", contestbot.Errorf(contestbot.EINVALID, "请填写删除原因")
	case contestbot.RuneLen(reason) > maxReasonRunes:
		return "", contestbot.Errorf(contestbot.EINVALID, "删除原因请写在%d字以内", maxReasonRunes)
	}
	return reason, nil
}

// serveDeleteEntry handles the "POST /admin/entries/{id}/delete" route: one
// entry and its history go, with the reason recorded.
func (s *Server) serveDeleteEntry(w http.ResponseWriter, r *http.Request) error {
	e, err := s.entryParam(r)
	if err != nil {
		return err
	}
	reason, err := deletionReason(r)
	if err != nil {
		return err
	}
	if err := s.db.DeleteEntry(r.Context(), e.ID, s.opts.Username, reason); err != nil {
		return err
	}
	s.log.Info("staff deleted an entry", "entry", e.ID, "actor", s.opts.Username)
	http.Redirect(w, r, "/admin/privacy", http.StatusSeeOther)
	return nil
}

// serveDeleteUser handles the "POST /admin/entries/{id}/delete-user" route:
// everything stored about the WeChat user who registered the entry goes;
// their completed entries are withdrawn when "withdraw" is checked, else
// kept for the organiser without the openid.
func (s *Server) serveDeleteUser(w http.ResponseWriter, r *http.Request) error {
	e, err := s.entryParam(r)
	if err != nil {
		return err
	}
	if e.OpenID == "" {
		return contestbot.Errorf(contestbot.EINVALID, "这个作品已不再关联微信用户")
	}
	reason, err := deletionReason(r)
	if err != nil {
		return err
	}
	rep, err := s.db.DeleteUser(r.Context(), e.OpenID, store.DeleteUserOptions{
		WithdrawComplete: r.PostFormValue("withdraw") == "1",
		Actor:            s.opts.Username,
		Reason:           reason,
	})
	if err != nil {
		return err
	}
	s.log.Info("staff deleted a user's information", "user", contestbot.LogID(e.OpenID), "actor", s.opts.Username, "report", rep.String())
	http.Redirect(w, r, "/admin/privacy", http.StatusSeeOther)
	return nil
}

type privacyPage struct {
	Settings  PrivacySettings
	Deletions []*store.Deletion
}

// servePrivacy handles the "GET /admin/privacy" route: the retention
// settings and the record of deletions.
func (s *Server) servePrivacy(w http.ResponseWriter, r *http.Request) error {
	ds, err := s.db.Deletions(r.Context(), 200)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "privacy", privacyPage{Settings: s.opts.Privacy, Deletions: ds})
	return nil
}
