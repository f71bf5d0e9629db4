package dialogs_test

import (
	"testing"

	"contestbot/dialogs"
	"contestbot/store/storetest"
)

// TestSpreadsheetRows: a row of labels over a row of values, copied from
// Excel (tab-separated cells), fills each column's field.
func TestSpreadsheetRows(t *testing.T) {
	db := storetest.SQLite(t)(t)
	c := dialogs.New(dialogs.Options{}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t)})
	say(t, c, "u1", "我要报名")
	say(t, c, "u1", "序号\t推荐单位\t片名\t制作单位\t联系人\t联系电话\t时长\t分类\t监制\t编导\t撰稿\t摄影\t剪辑\n"+
		"1\t漯河职业技术学院\t车间里的党旗红\t漯河职业技术学院党委组织部\t冯晓峰\t13912345678\t2分40秒\t实景拍摄\t王强\t冯晓峰\t李娜\t赵磊\t钱多多")
	es, err := db.EntriesByOpenID(t.Context(), "u1")
	if err != nil || len(es) != 1 {
		t.Fatalf("entries %v %v", es, err)
	}
	e := es[0]
	got := map[string]string{"unit": e.Unit, "title": e.Title, "producer": e.Producer, "contact": e.Contact, "phone": e.Phone,
		"category": e.Category, "supervisor": e.Creators.Supervisor, "director": e.Creators.Director,
		"writer": e.Creators.Writer, "camera": e.Creators.Camera, "editor": e.Creators.Editor}
	want := map[string]string{"unit": "漯河职业技术学院", "title": "车间里的党旗红", "producer": "漯河职业技术学院党委组织部",
		"contact": "冯晓峰", "phone": "13912345678", "category": "实景拍摄", "supervisor": "王强", "director": "冯晓峰",
		"writer": "李娜", "camera": "赵磊", "editor": "钱多多"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if e.DurationSeconds != 160 {
		t.Errorf("duration %d, want 160", e.DurationSeconds)
	}
}
