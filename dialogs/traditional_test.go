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

// TestTraditionalValues: a whole entry typed in traditional characters
// (labels and values alike) is read, and stored, in simplified Chinese.
func TestTraditionalValues(t *testing.T) {
	db := storetest.SQLite(t)(t)
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	say(t, c, "u1", "我要報名，推薦單位：鄭州職業技術學院，片名：《黃河邊的燈》，製作單位：同上，聯繫人：鄭偉，"+
		"電話：13800000000，時長：2分30秒，分類：1，主創人員：無，內容簡介：講述黃河岸邊老黨員的故事。")
	say(t, c, "u1", "同簡介")
	say(t, c, "u1", "是單位作品，2025年以來創作，未公開發表，沒有使用AI")
	if r := say(t, c, "u1", "確認"); !strings.Contains(r, "报名成功") {
		t.Fatalf("確認 did not confirm:\n%s", r)
	}
	es, _ := db.EntriesByOpenID(t.Context(), "u1")
	if len(es) != 1 {
		t.Fatalf("entries %+v", es)
	}
	e := es[0]
	for _, f := range []struct{ name, got, want string }{
		{"unit", e.Unit, "郑州职业技术学院"},
		{"title", e.Title, "黄河边的灯"},
		{"contact", e.Contact, "郑伟"},
		{"synopsis", e.Synopsis, "讲述黄河岸边老党员的故事。"},
	} {
		if f.got != f.want {
			t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
		}
	}
}
