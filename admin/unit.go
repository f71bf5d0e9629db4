package admin

import (
	"net/http"

	"contestbot"
	"contestbot/store"
)

// unitSummary is one unit on the units overview.
type unitSummary struct {
	Unit                         string
	Total, Complete, Draft, Gone int
	Incomplete                   []incomplete
	Contacts                     []contact
}

type incomplete struct {
	Entry *contestbot.Entry
	What  []string
}

type contact struct{ Name, Phone string }

// summarizeUnits groups entries by unit, in the store's unit order, with
// what each unfinished entry lacks and whom to call.
func summarizeUnits(season *contestbot.Season, es []*contestbot.Entry) []*unitSummary {
	var out []*unitSummary
	byUnit := map[string]*unitSummary{}
	seen := map[string]bool{}
	for _, e := range es {
		u := byUnit[e.Unit]
		if u == nil {
			u = &unitSummary{Unit: e.Unit}
			byUnit[e.Unit] = u
			out = append(out, u)
		}
		u.Total++
		switch e.Status {
		case contestbot.StatusComplete:
			u.Complete++
		case contestbot.StatusCancelled:
			u.Gone++
		default:
			u.Draft++
		}
		if what := e.Unfinished(season); len(what) > 0 {
			u.Incomplete = append(u.Incomplete, incomplete{Entry: e, What: what})
		}
		if e.Status == contestbot.StatusCancelled || (e.Contact == "" && e.Phone == "") {
			continue
		}
		key := e.Unit + "\x00" + e.Contact + "\x00" + e.Phone
		if !seen[key] {
			seen[key] = true
			u.Contacts = append(u.Contacts, contact{Name: e.Contact, Phone: e.Phone})
		}
	}
	return out
}

// serveUnits handles the "GET /admin/units" route.
func (s *Server) serveUnits(w http.ResponseWriter, r *http.Request) error {
	es, err := s.db.Entries(r.Context(), store.EntryFilter{})
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "units", summarizeUnits(s.opts.Season, es))
	return nil
}
