package dialogs_test

import (
	"strings"
	"testing"

	"contestbot"
	"contestbot/dialogs"
	"contestbot/store/storetest"
)

// TestTraditionalCommands: commands typed in traditional characters read
// like simplified ones (報名, 確認, 我的作品).
func TestTraditionalCommands(t *testing.T) {
	db := storetest.SQLite(t)(t)
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	if r := say(t, c, "u1", "我要報名"); !strings.Contains(r, "推荐单位") {
		t.Fatalf("我要報名 did not start the form:\n%s", r)
	}
	say(t, c, "u1", strings.TrimPrefix(fullEntry, "我要报名，"))
	say(t, c, "u1", "同简介")
	say(t, c, "u1", "是单位作品，2025年以来创作，未公开发表，没有使用AI")
	if r := say(t, c, "u1", "確認"); !strings.Contains(r, "报名成功") {
		t.Fatalf("確認 did not confirm:\n%s", r)
	}
	es, _ := db.EntriesByOpenID(t.Context(), "u1")
	if len(es) != 1 || es[0].Status != contestbot.StatusComplete {
		t.Fatalf("entries %+v", es)
	}
}
