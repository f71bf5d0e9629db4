package admin

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"contestbot"
)

func TestStaffDeletion(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.Privacy = PrivacySettings{MessageDays: 30} })
	ctx := context.Background()
	c, csrf := f.loggedIn(t)
	if err := f.db.MarkPrivacySeen(ctx, "openid-B", f.clock.Now()); err != nil {
		t.Fatal(err)
	}

	t.Run("EntryPageShowsNoticeTime", func(t *testing.T) {
		_, body := get(t, c, f.ts.URL+"/admin/entries/"+itoa(f.ids["清廉之光"]))
		if !strings.Contains(body, `id="privacy-seen">2025-10-01 10:00 已阅`) {
			t.Errorf("no notice time on the entry page")
		}
		_, body = get(t, c, f.ts.URL+"/admin/entries/"+itoa(f.ids["=丝路🚩新篇"]))
		if !strings.Contains(body, `id="privacy-seen">未阅`) {
			t.Errorf("unseen notice not shown as 未阅")
		}
	})
	t.Run("ReasonRequired", func(t *testing.T) {
		resp, body := post(t, c, f.ts.URL+"/admin/entries/"+itoa(f.ids["草稿作品"])+"/delete", url.Values{"csrf": {csrf}, "reason": {"  "}})
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "请填写删除原因") {
			t.Errorf("status %d", resp.StatusCode)
		}
		if _, err := f.db.Entry(ctx, f.ids["草稿作品"]); err != nil {
			t.Errorf("entry deleted without a reason: %v", err)
		}
	})
	t.Run("NoCSRF", func(t *testing.T) {
		resp, _ := post(t, c, f.ts.URL+"/admin/entries/"+itoa(f.ids["草稿作品"])+"/delete", url.Values{"reason": {"x"}})
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
	t.Run("Entry", func(t *testing.T) {
		resp, _ := post(t, c, f.ts.URL+"/admin/entries/"+itoa(f.ids["草稿作品"])+"/delete", url.Values{"csrf": {csrf}, "reason": {"重复的草稿"}})
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("status %d", resp.StatusCode)
		}
		if _, err := f.db.Entry(ctx, f.ids["草稿作品"]); contestbot.ErrorCode(err) != contestbot.ENOTFOUND {
			t.Errorf("entry still there: %v", err)
		}
	})
	t.Run("User", func(t *testing.T) {
		resp, _ := post(t, c, f.ts.URL+"/admin/entries/"+itoa(f.ids["清廉之光"])+"/delete-user", url.Values{"csrf": {csrf}, "reason": {"本人电话要求删除"}})
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("status %d", resp.StatusCode)
		}
		d, err := f.db.PersonalData(ctx, "openid-B")
		if err != nil || d.User != nil || len(d.Entries) != 0 || d.PrivacyAt != nil {
			t.Errorf("left behind: %+v %v", d, err)
		}
		kept, err := f.db.Entry(ctx, f.ids["清廉之光"])
		if err != nil || kept.OpenID != "" {
			t.Errorf("completed entry not archived: %+v %v", kept, err)
		}
		_, body := get(t, c, f.ts.URL+"/admin/privacy")
		for _, want := range []string{"本人电话要求删除", "重复的草稿", "entry " + itoa(f.ids["草稿作品"]), "user " + contestbot.LogID("openid-B"), "消息记录保存 30 天"} {
			if !strings.Contains(body, want) {
				t.Errorf("privacy page lacks %q", want)
			}
		}
		if strings.Contains(body, "openid-B") {
			t.Errorf("privacy page shows the openid")
		}
		ds, _ := f.db.Deletions(ctx, 10)
		if len(ds) != 2 || ds[0].Actor != "staff" {
			t.Errorf("deletions %+v", ds)
		}
	})
}
