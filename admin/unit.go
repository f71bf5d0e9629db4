package admin

import (
	"net/http"
	"strings"

	"contestbot"
	"contestbot/store"
)

// unitSummary is one unit on the units overview.
type unitSummary struct {
	Unit                         string
	Total, Complete, Draft, Gone int
	Incomplete                   []incomplete
	Contacts                     []contact
	// Shared is the unit's sharing record (code, coordinator), nil until
	// its first contact completes an entry; People are its contacts by
	// openid, members or not.
	Shared *contestbot.Unit
	People []person
}

// person is one openid that registered for a unit or is its member.
type person struct {
	OpenID, Name, Phone string
	Role                string // contestbot.RoleCoordinator, RoleMember or "" (not joined)
}

type incomplete struct {
	Entry *contestbot.Entry
	What  []string
}

type contact struct{ Name, Phone string }

// summarizeUnits groups entries by unit, in the store's unit order, with
// what each unfinished entry lacks and whom to call. A unit is its key
// (contestbot.UnitKey, s11-a): the works typed "X学院党委" are X学院's.
func summarizeUnits(season *contestbot.Season, es []*contestbot.Entry) []*unitSummary {
	var out []*unitSummary
	byUnit := map[string]*unitSummary{}
	seen := map[string]bool{}
	for _, e := range es {
		k := e.UnitKey()
		u := byUnit[k]
		if u == nil {
			u = &unitSummary{Unit: k}
			byUnit[k] = u
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
		key := k + "\x00" + e.Contact + "\x00" + e.Phone
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
	units, err := s.db.Units(r.Context())
	if err != nil {
		return err
	}
	members, err := s.db.UnitMembers(r.Context(), "")
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "units", withPeople(summarizeUnits(s.opts.Season, es), es, units, members))
	return nil
}

// withPeople adds to each unit its sharing record and its contacts by
// openid: members first (the coordinator leading), then those who only
// typed the unit's name, each with the name and phone they gave last.
func withPeople(sums []*unitSummary, es []*contestbot.Entry, units []*contestbot.Unit, members []*contestbot.UnitMember) []*unitSummary {
	byName := map[string]*unitSummary{}
	for _, u := range sums {
		byName[u.Unit] = u
	}
	for _, u := range units {
		sum := byName[u.Name]
		if sum == nil {
			sum = &unitSummary{Unit: u.Name}
			byName[u.Name] = sum
			sums = append(sums, sum)
		}
		sum.Shared = u
	}
	type key struct{ unit, openID string }
	given := map[key]person{}
	for _, e := range es { // oldest first per unit, so the last one wins
		if e.Unit == "" || e.Status == contestbot.StatusCancelled {
			continue
		}
		p := given[key{e.UnitKey(), e.OpenID}]
		p.OpenID = e.OpenID
		if e.Contact != "" {
			p.Name = e.Contact
		}
		if e.Phone != "" {
			p.Phone = e.Phone
		}
		given[key{e.UnitKey(), e.OpenID}] = p
	}
	listed := map[key]bool{}
	for _, m := range members {
		sum := byName[m.Unit]
		if sum == nil {
			continue
		}
		p := given[key{m.Unit, m.OpenID}]
		p.OpenID, p.Role = m.OpenID, m.Role
		sum.People = append(sum.People, p)
		listed[key{m.Unit, m.OpenID}] = true
	}
	for _, e := range es {
		k := key{e.UnitKey(), e.OpenID}
		if sum := byName[k.unit]; sum != nil && e.Unit != "" && e.Status != contestbot.StatusCancelled && !listed[k] {
			listed[k] = true
			sum.People = append(sum.People, given[k])
		}
	}
	return sums
}

// serveUnitMember handles the "POST /admin/units/members" route: staff add
// a contact (an openid) to a unit, make a member its coordinator, or
// remove a member. The form sends unit, openid and action.
func (s *Server) serveUnitMember(w http.ResponseWriter, r *http.Request) error {
	unit, openID := strings.TrimSpace(r.FormValue("unit")), strings.TrimSpace(r.FormValue("openid"))
	if unit == "" || openID == "" {
		return contestbot.Errorf(contestbot.EINVALID, "请选择推荐单位和联系人")
	}
	var err error
	action := r.FormValue("action")
	switch action {
	case "add":
		err = s.db.AddUnitMember(r.Context(), unit, openID, "staff")
	case "coordinator":
		err = s.db.SetUnitCoordinator(r.Context(), unit, openID)
	case "remove":
		err = s.db.RemoveUnitMember(r.Context(), unit, openID)
	default:
		return contestbot.Errorf(contestbot.EINVALID, "不支持这个操作")
	}
	if err != nil {
		return err
	}
	s.log.Info("admin: unit member changed", "action", action, "user", contestbot.LogID(openID))
	http.Redirect(w, r, "/admin/units", http.StatusSeeOther)
	return nil
}
