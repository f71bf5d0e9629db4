package dialogs_test

import (
	"path/filepath"
	"strings"
	"testing"

	"contestbot/dialogs"
	"contestbot/store/storetest"
)

// TestDocsAgain: after submitting, the filled forms asked for again in own
// words get the link (regenerated from the current values), never how-to
// text; questions about the forms are still answered (s5-g6, rp52 p52a).
func TestDocsAgain(t *testing.T) {
	db := storetest.OpenFile(t, filepath.Join(t.TempDir(), "bot.db"))
	defer db.Close()
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t), Docs: fakeDocs{}})
	complete(t, c, "u1")
	if r := say(t, c, "u1", "片名要改，改成《讲台上的一盏灯》，还能改吗"); !strings.Contains(r, "片名：《讲台上的一盏灯》") {
		t.Fatalf("edit asked as a question: %q", r)
	}
	say(t, c, "u1", "确认")
	for _, s := range []string{"把更新后的表发我", "重新发一下报名表", "表格再发我一遍", "那我刚才下的报名表还是旧名字吧，要重新下吗", "我是说改了名字以后，下载的材料是新的吗？再发我一下吧"} {
		if r := say(t, c, "u1", s); !strings.Contains(r, "https://bot.example.com/d/u1") || strings.Contains(r, "发送“下载报名材料”") {
			t.Errorf("%q: reply %q lacks the link", s, r)
		}
	}
	for _, s := range []string{"报名表要盖章吗", "报名表发到哪个邮箱"} {
		if r := say(t, c, "u1", s); strings.Contains(r, "https://bot.example.com/d/u1") {
			t.Errorf("%q: reply %q gives the link to a question", s, r)
		}
	}
}
