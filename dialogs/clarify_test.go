package dialogs_test

import (
	"strings"
	"testing"

	"contestbot/dialogs"
	"contestbot/store/storetest"
)

// TestClarifyByNumber: a question that could mean two things gets numbered
// options; a number picks one, in free chat and mid-form (the form's
// question follows), and any other message forgets them.
func TestClarifyByNumber(t *testing.T) {
	db := storetest.SQLite(t)(t)
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})

	q := say(t, c, "u1", "作品时间有要求吗")
	if !strings.Contains(q, "1.") || !strings.Contains(q, "2.") {
		t.Fatalf("no clarifying question:\n%s", q)
	}
	a := say(t, c, "u1", "2")
	if !strings.Contains(a, "以来") || strings.Contains(a, "你问的是哪一项") {
		t.Fatalf("option 2 (when the work was made) answered:\n%s", a)
	}
	if r := say(t, c, "u1", "2"); strings.Contains(r, "以来") {
		t.Fatalf("a second number picked an option again:\n%s", r)
	}

	say(t, c, "u2", "我要报名")
	say(t, c, "u2", "郑州职业技术学院")
	if q := say(t, c, "u2", "作品时间有要求吗"); !strings.Contains(q, "1.") {
		t.Fatalf("no clarifying question in the form:\n%s", q)
	}
	a = say(t, c, "u2", "1")
	if !strings.Contains(a, "分钟") || !strings.Contains(a, "片名") {
		t.Fatalf("option 1 (duration) with the form's question:\n%s", a)
	}
	es, _ := db.EntriesByOpenID(t.Context(), "u2")
	if len(es) != 1 || es[0].Title != "" {
		t.Fatalf("the number was stored: %+v", es[0])
	}
}
