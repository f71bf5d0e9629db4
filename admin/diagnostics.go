package admin

import (
	"net/http"
	"time"

	"contestbot/store"
)

// SelfCheckKey is the setting under which the bot stores its WeChat token
// self-check result.
const SelfCheckKey = "wechat.selfcheck"

// diagnosticsPage is the data of the diagnostics panel.
type diagnosticsPage struct {
	SelfCheck   string
	SelfCheckAt time.Time
	Pending     int
	Failed      int
	Outbox      []*store.OutboxItem
	Unreachable []unreachable
	Recheck     RecheckStatus
	CheckerOn   bool
}

// unreachable is a reminder that could not be delivered, with whom to phone.
type unreachable struct {
	R        *store.Reminder
	Contacts []contact
	Titles   []string
}

// serveDiagnostics handles the "GET /admin/diagnostics" route.
func (s *Server) serveDiagnostics(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	p := diagnosticsPage{Recheck: s.recheck.snapshot(), CheckerOn: s.opts.Checker != nil}
	var err error
	if p.SelfCheck, p.SelfCheckAt, err = s.db.Setting(ctx, SelfCheckKey); err != nil {
		return err
	}
	if p.Pending, p.Failed, err = s.db.OutboxStats(ctx); err != nil {
		return err
	}
	if p.Outbox, err = s.db.Outbox(ctx, store.OutboxFailed, 50); err != nil {
		return err
	}
	rs, err := s.db.Reminders(ctx)
	if err != nil {
		return err
	}
	for _, rem := range rs {
		if rem.Status != store.ReminderUnreachable && rem.Channel != store.ReminderUnreachable {
			continue
		}
		u := unreachable{R: rem}
		es, err := s.db.EntriesByOpenID(ctx, rem.OpenID)
		if err != nil {
			return err
		}
		seen := map[string]bool{}
		for _, e := range es {
			if e.Phone != "" && !seen[e.Contact+e.Phone] {
				seen[e.Contact+e.Phone] = true
				u.Contacts = append(u.Contacts, contact{Name: e.Contact, Phone: e.Phone})
			}
			u.Titles = append(u.Titles, e.DisplayTitle())
		}
		p.Unreachable = append(p.Unreachable, u)
		if len(p.Unreachable) >= 100 {
			break
		}
	}
	s.render(w, r, http.StatusOK, "diagnostics", p)
	return nil
}
