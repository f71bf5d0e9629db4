package dialogs_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"contestbot/dialogs"
	"contestbot/store/storetest"
)

// TestDocsInOwnWords (s5-g5, rp53 brief item 7): asking in one's own words
// for the filled forms ("把更新后的表发我") gets the documents link itself,
// as the 下载报名材料 command does; a question on the blank forms' source or
// on other topics does not.
func TestDocsInOwnWords(t *testing.T) {
	_ = context.Background()
	db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
	defer db.Close()
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t), Docs: fakeDocs{}})
	complete(t, c, "u1") // s6-c: the link is for forms filled in; with nothing filled there is none (u2)
	for _, q := range []string{"把更新后的表发我", "把填好的报名表发我一份", "报名表在哪下载"} {
		if r := say(t, c, "u1", q); !strings.Contains(r, "https://bot.example.com/d/u1") {
			t.Errorf("%q: reply %q lacks the link", q, r)
		}
		if r := say(t, c, "u2", q); strings.Contains(r, "https://bot.example.com/d/") || strings.Contains(r, "已按您填写的内容生成") {
			t.Errorf("%q with nothing filled: reply %q offers filled forms", q, r)
		}
	}
	for _, q := range []string{"截止时间", "带分机号可以吗", "报名表要交几份"} {
		if r := say(t, c, "u1", q); strings.Contains(r, "https://bot.example.com/d/") {
			t.Errorf("%q: reply %q holds the documents link", q, r)
		}
	}
}
