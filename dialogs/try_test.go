package dialogs_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"contestbot/dialogs"
	"contestbot/store"
)

// TestTry runs lines from $TRY_FILE through the core and prints replies (dev aid).
func TestTry(t *testing.T) {
	f := os.Getenv("TRY_FILE")
	if f == "" {
		t.Skip("TRY_FILE not set")
	}
	raw, _ := os.ReadFile(f)
	ctx := context.Background()
	db, err := store.Open(ctx, "sqlite", filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	core := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	for i, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		r, err := core.Handle(ctx, dialogs.Message{OpenID: "u", MsgID: string(rune(i)), Type: dialogs.TypeText, Text: strings.ReplaceAll(line, `\n`, "\n")})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("> %s\n%s\n", line, r.Text)
	}
	es, _ := db.EntriesByOpenID(ctx, "u")
	for _, e := range es {
		t.Logf("%+v %+v", *e, e.Creators)
	}
}
