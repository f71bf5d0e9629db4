package dialogs_test

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"contestbot"
	"contestbot/dialogs"
	"contestbot/store"
	"contestbot/store/storetest"
)

func TestPrivacyNoticeOnce(t *testing.T) {
	db := storetest.SQLite(t)(t)
	c := dialogs.New(dialogs.Options{Privacy: dialogs.PrivacyOptions{Handler: "大赛组委会", RetainUntil: time.Date(2026, 6, 30, 15, 59, 59, 0, time.UTC)}},
		dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	r := say(t, c, "u1", "我要报名")
	if !strings.HasPrefix(r, "个人信息说明：") || !strings.Contains(r, "大赛组委会") || !strings.Contains(r, "2026年6月30日") ||
		!strings.Contains(r, "删除我的信息") {
		t.Fatalf("first registration reply does not start with the notice:\n%s", r)
	}
	if !strings.Contains(r, "推荐单位") {
		t.Fatalf("the form does not go on after the notice:\n%s", r)
	}
	if r := say(t, c, "u1", "郑州职业技术学院"); strings.Contains(r, "个人信息说明") {
		t.Fatalf("notice shown twice:\n%s", r)
	}
	seen, err := db.PrivacySeen(context.Background(), "u1")
	if err != nil || seen == nil {
		t.Fatalf("seen time not recorded: %v %v", seen, err)
	}
	// A subscriber sees it in the welcome, and then not again on registering.
	w, err := c.Handle(context.Background(), dialogs.Message{OpenID: "u2", MsgID: "s1", Type: dialogs.TypeEvent, Event: dialogs.EventSubscribe})
	if err != nil || !strings.Contains(w.Text, "个人信息说明") {
		t.Fatalf("welcome without the notice: %q %v", w.Text, err)
	}
	if r := say(t, c, "u2", "我要报名"); strings.Contains(r, "个人信息说明") {
		t.Fatalf("notice shown again after the welcome:\n%s", r)
	}
}

// TestPrivacyRights registers, reads 我的信息, deletes, and finds nothing
// left of the user but the completed entry's form fields the organiser keeps.
func TestPrivacyRights(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		const uid = "oPrivacyUser0001"
		var logs bytes.Buffer
		logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
		c := dialogs.New(dialogs.Options{Logger: logger}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
		complete(t, c, uid)
		say(t, c, uid, "再报一个")
		say(t, c, uid, "片名《第二部》")
		complete(t, c, "u2") // someone else, who must be untouched

		info := say(t, c, uid, "我的信息")
		for _, want := range []string{"个人信息说明：", "已阅", "截止提醒：开启", "消息记录：", "《守望》", "郑州职业技术学院",
			"138", "张伟", "内容简介：讲述黄河岸边老党员的故事。", "《第二部》", "填写中", "删除我的信息"} {
			if !strings.Contains(info, want) {
				t.Errorf("我的信息 lacks %q:\n%s", want, info)
			}
		}

		ask := say(t, c, uid, "删除我的信息")
		if !strings.Contains(ask, "《守望》") || !strings.Contains(ask, "确认删除") || !strings.Contains(ask, "存档") {
			t.Fatalf("deletion question:\n%s", ask)
		}
		// A question is never consent.
		if r := say(t, c, uid, "删了以后作品还算数吗？"); strings.Contains(r, "已删除") {
			t.Fatalf("a question deleted the data:\n%s", r)
		}
		if d, _ := db.PersonalData(ctx, uid); len(d.Entries) != 2 {
			t.Fatalf("entries after a question: %d", len(d.Entries))
		}
		say(t, c, uid, "删除我的信息")
		done := say(t, c, uid, "确认删除")
		if !strings.Contains(done, "已删除") || !strings.Contains(done, "存档") {
			t.Fatalf("deletion reply:\n%s", done)
		}

		d, err := db.PersonalData(ctx, uid)
		if err != nil {
			t.Fatal(err)
		}
		if d.User != nil || d.PrivacyAt != nil || len(d.Entries) != 0 || len(d.Reminders) != 0 || d.Messages != 0 || d.Pushes != 0 {
			t.Errorf("left behind: %+v", d)
		}
		if st, _ := db.DialogState(ctx, uid); st != nil {
			t.Errorf("dialog state left: %s", st)
		}
		all, err := db.Entries(ctx, store.EntryFilter{})
		if err != nil {
			t.Fatal(err)
		}
		var kept, others int
		for _, e := range all {
			switch e.OpenID {
			case "":
				kept++
				if e.Status != contestbot.StatusComplete || e.Title != "守望" || e.CheckJSON != "" {
					t.Errorf("kept entry %+v", e)
				}
			case "u2":
				others++
			default:
				t.Errorf("entry of %q left", e.OpenID)
			}
		}
		if kept != 1 || others != 1 {
			t.Errorf("kept %d, others %d", kept, others)
		}
		// Afterwards the bot greets them as someone new.
		if r := say(t, c, uid, "我的作品"); strings.Contains(r, "守望") {
			t.Errorf("deleted entries still listed:\n%s", r)
		}
		// Logs name the user by a hash only, and carry no personal data.
		for _, secret := range []string{uid, "13800000000", "张伟", "守望"} {
			if strings.Contains(logs.String(), secret) {
				t.Errorf("logs carry %q:\n%s", secret, logs.String())
			}
		}
	})
}

func TestPrivacyWithdraw(t *testing.T) {
	db := storetest.SQLite(t)(t)
	now := time.Date(2025, 10, 1, 10, 0, 0, 0, time.UTC)
	c := dialogs.New(dialogs.Options{Now: func() time.Time { return now },
		Privacy: dialogs.PrivacyOptions{WithdrawUntil: now.AddDate(0, 0, 14)}},
		dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	complete(t, c, "u1")
	ask := say(t, c, "u1", "删除我的信息")
	if !strings.Contains(ask, "1. 撤回") || !strings.Contains(ask, "2. 保留") {
		t.Fatalf("no choice offered:\n%s", ask)
	}
	if r := say(t, c, "u1", "不删了"); !strings.Contains(r, "没有删除") {
		t.Fatalf("declining: %s", r)
	}
	if es, _ := db.Entries(context.Background(), store.EntryFilter{}); len(es) != 1 {
		t.Fatalf("declining deleted something: %d entries", len(es))
	}
	say(t, c, "u1", "删除我的信息")
	if r := say(t, c, "u1", "1"); !strings.Contains(r, "已撤回1个作品") {
		t.Fatalf("withdrawal reply:\n%s", r)
	}
	if es, _ := db.Entries(context.Background(), store.EntryFilter{}); len(es) != 0 {
		t.Fatalf("withdrawn entry kept: %+v", es[0])
	}
}
