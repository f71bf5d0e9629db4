package admin

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"contestbot"
	"contestbot/dialogs"
	"contestbot/knowledge"
	"contestbot/store"
	"contestbot/store/storetest"

	"github.com/xuri/excelize/v2"
)

// TestUnitDownloads is issue 13's acceptance test: two contacts of one
// unit, the second joining by code, get 序号 1 and 2, and both download
// pages and 汇总表 list both works in the ranked order; a third contact who
// only names the unit sees none of them.
func TestUnitDownloads(t *testing.T) {
	ctx := context.Background()
	db := storetest.Open(t)
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := New(db, Options{Username: "staff", Password: testPassword, PublicURL: "https://bot.example.com",
		Secret: []byte("0123456789abcdef0123456789abcdef"), Logger: testLogger(t)})
	ts := serve(t, srv)
	core := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: kb, Docs: srv})
	n := 0
	say := func(openID, text string) string {
		t.Helper()
		n++
		r, err := core.Handle(ctx, dialogs.Message{OpenID: openID, MsgID: fmt.Sprint(n), Type: dialogs.TypeText, Text: text})
		if err != nil {
			t.Fatalf("Handle(%q): %v", text, err)
		}
		return r.Text
	}
	register := func(openID, title, contact, phone string) string {
		say(openID, "我要报名，推荐单位：郑州职业技术学院，片名：《"+title+"》，制作单位：同上，联系人："+contact+"，电话："+phone+
			"，时长：2分30秒，分类：1，主创人员：无，内容简介：讲述"+title+"的故事。")
		say(openID, "同简介")
		say(openID, "是单位作品，2025年以来创作，未公开发表，没有使用AI")
		return say(openID, "确认")
	}

	r := register("u1", "守望", "张伟", "13800001234")
	code := regexp.MustCompile(`单位码：([A-Z2-9]{6})`).FindStringSubmatch(r)
	if code == nil || !strings.Contains(r, "序号1") {
		t.Fatalf("first contact:\n%s", r)
	}
	if r := say("u2", "我要报名，推荐单位：郑州职业技术学院"); !strings.Contains(r, "张伟（电话尾号1234）") {
		t.Fatalf("second contact not told who registered:\n%s", r)
	}
	if r := say("u2", code[1]); !strings.Contains(r, "已加入") {
		t.Fatalf("join: %s", r)
	}
	say("u2", "取消")
	say("u2", "是")
	if r := register("u2", "红旗渠", "李娜", "0371-69691670"); !strings.Contains(r, "序号2") {
		t.Fatalf("second contact:\n%s", r)
	}
	if r := say("u2", "调整顺序 2 1"); !strings.Contains(r, "序号1《红旗渠》") {
		t.Fatalf("reorder by the second contact:\n%s", r)
	}
	register("u3", "冒名", "王五", "13900000000")

	want := []string{"红旗渠", "守望"}
	for _, who := range []string{"u1", "u2"} {
		path := strings.TrimPrefix(srv.DocumentsLink(who), "https://bot.example.com")
		resp, body := get(t, http.DefaultClient, ts+path)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: files page %d", who, resp.StatusCode)
		}
		i, j := strings.Index(body, "红旗渠"), strings.Index(body, "守望")
		if i < 0 || j < 0 || i > j || strings.Contains(body, "冒名") {
			t.Errorf("%s: files page does not list 红旗渠 then 守望 only", who)
		}
		if got := summaryTitles(t, ts+path+"/entries.xlsx"); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("%s: 汇总表 lists %v, want %v", who, got, want)
		}
		// The colleague's 报名表 downloads too.
		for _, e := range mustShared(t, db, who) {
			if resp, _ := get(t, http.DefaultClient, fmt.Sprintf("%s%s/%d/form.docx", ts, path, e.ID)); resp.StatusCode != http.StatusOK {
				t.Errorf("%s: form of %q: %d", who, e.Title, resp.StatusCode)
			}
		}
	}
	path := strings.TrimPrefix(srv.DocumentsLink("u3"), "https://bot.example.com")
	_, body := get(t, http.DefaultClient, ts+path)
	if strings.Contains(body, "红旗渠") || strings.Contains(body, "守望") || !strings.Contains(body, "冒名") {
		t.Errorf("third contact's files page shows the unit's works or not their own")
	}
	if got := summaryTitles(t, ts+path+"/entries.xlsx"); strings.Join(got, ",") != "冒名" {
		t.Errorf("third contact's 汇总表 lists %v", got)
	}
	for _, e := range mustShared(t, db, "u1") {
		if resp, _ := get(t, http.DefaultClient, fmt.Sprintf("%s%s/%d/form.docx", ts, path, e.ID)); resp.StatusCode != http.StatusForbidden {
			t.Errorf("third contact fetched %q's form: %d", e.Title, resp.StatusCode)
		}
	}
}

func serve(t *testing.T, h http.Handler) string {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts.URL
}

func mustShared(t *testing.T, db *store.DB, openID string) []*contestbot.Entry {
	t.Helper()
	es, err := db.SharedEntries(context.Background(), openID)
	if err != nil {
		t.Fatal(err)
	}
	return es
}

// summaryTitles downloads a 汇总表 and reads the 片名 column of its sheets
// in order.
func summaryTitles(t *testing.T, url string) []string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	defer f.Close()
	var out []string
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows[min(len(rows), 3):] {
			if len(row) > 1 && row[1] != "" && row[0] != "" {
				out = append(out, row[1])
			}
		}
	}
	return out
}

// TestUnitMembersStaff: staff join contacts to a unit on the units page;
// the first becomes its coordinator, the next shares its entries.
func TestUnitMembersStaff(t *testing.T) {
	f := newFixture(t, nil)
	c, csrf := f.loggedIn(t)
	ctx := context.Background()
	_, body := get(t, c, f.ts.URL+"/admin/units")
	if !strings.Contains(body, "未加入") || !strings.Contains(body, "加入本单位") {
		t.Fatalf("units page offers no joining")
	}
	act := func(unit, openID, action string) *http.Response {
		t.Helper()
		resp, _ := post(t, c, f.ts.URL+"/admin/units/members", url.Values{"csrf": {csrf}, "unit": {unit}, "openid": {openID}, "action": {action}})
		return resp
	}
	if resp := act("郑州职院", "openid-A", "add"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("add: %d", resp.StatusCode)
	}
	if resp := act("郑州职院", "openid-B", "add"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("add: %d", resp.StatusCode)
	}
	u, err := f.db.Unit(ctx, "郑州职院")
	if err != nil || u.Coordinator != "openid-A" || u.Code == "" {
		t.Fatalf("unit %+v, %v", u, err)
	}
	_, body = get(t, c, f.ts.URL+"/admin/units")
	if !strings.Contains(body, u.Code) || !strings.Contains(body, "协调人") || !strings.Contains(body, "设为协调人") {
		t.Errorf("units page does not show the code and roles")
	}
	es, err := f.db.SharedEntries(ctx, "openid-B")
	if err != nil || len(es) < 2 || es[0].Title != "黄河岸边的守望" {
		t.Fatalf("openid-B shares %v, %v", titles(es), err)
	}
	if resp := act("郑州职院", "openid-B", "coordinator"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("coordinator: %d", resp.StatusCode)
	}
	if u, _ := f.db.Unit(ctx, "郑州职院"); u.Coordinator != "openid-B" {
		t.Errorf("coordinator is %s", u.Coordinator)
	}
	if resp := act("郑州职院", "openid-A", "remove"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("remove: %d", resp.StatusCode)
	}
	if es, _ := f.db.SharedEntries(ctx, "openid-A"); len(es) != 0 {
		t.Errorf("removed contact still shares %v", titles(es))
	}
	t.Run("ErrNoCSRF", func(t *testing.T) {
		resp, _ := post(t, c, f.ts.URL+"/admin/units/members", url.Values{"unit": {"郑州职院"}, "openid": {"openid-C"}, "action": {"add"}})
		if resp.StatusCode == http.StatusSeeOther {
			t.Errorf("a post without csrf was accepted")
		}
		if ms, _ := f.db.UnitMembers(ctx, "郑州职院"); len(ms) != 1 {
			t.Errorf("members %d", len(ms))
		}
	})
}

func titles(es []*contestbot.Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Title)
	}
	return out
}
