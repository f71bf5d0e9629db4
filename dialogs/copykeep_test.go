package dialogs

import (
	"testing"

	"contestbot"
)

// s10-b copykeep.go: a copy of an earlier work's crew into a later draft
// keeps the roles set for the draft; only the open ones are copied.
func TestOwnRolesOver(t *testing.T) {
	first := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Unit: "河南省经济管理学校", Producer: "河南省经济管理学校", Title: "车间里的党旗红",
		Creators: contestbot.Creators{Supervisor: "葛建设", Director: "王明", Writer: "葛建设", Camera: "李明、赵磊", Editor: "赵磊"}, CreatorsDone: true}
	second := &contestbot.Entry{ID: 2, Status: contestbot.StatusDraft, Unit: "河南省经济管理学校", Title: "灯下",
		Creators: contestbot.Creators{Director: "陈思雨"}}
	tr := &turn{st: &state{EntryID: 2, Roles: []slot{slotDirector, slotWriter}}, entries: []*contestbot.Entry{first, second}}
	got := tr.ownRolesOver(second, first).Creators
	want := contestbot.Creators{Supervisor: "葛建设", Director: "陈思雨", Writer: "", Camera: "李明、赵磊", Editor: "赵磊"}
	if got != want {
		t.Errorf("ownRolesOver = %+v, want %+v (撰稿 answered 无 for this work stays empty)", got, want)
	}
	if first.Creators.Director != "王明" {
		t.Errorf("the earlier work changed: %+v", first.Creators)
	}
	// A completed work is never merged: an edit copies as asked.
	done := &contestbot.Entry{ID: 3, Status: contestbot.StatusComplete, Creators: contestbot.Creators{Director: "X"}}
	if tr.ownRolesOver(done, first) != first {
		t.Error("a completed work was merged")
	}
}

// s10-b: the people said to be as on an earlier work, alone or beside the
// unit and a change, are read at any step of a later work; other fields
// said to be the same, questions and "not the same" are not.
func TestPeopleLike(t *testing.T) {
	first := &contestbot.Entry{ID: 1, Status: contestbot.StatusComplete, Unit: "河南省经济管理学校", Producer: "河南省经济管理学校", Title: "车间里的党旗红",
		Creators: contestbot.Creators{Supervisor: "葛建设", Director: "王明", Writer: "葛建设", Camera: "李明、赵磊", Editor: "赵磊"}, CreatorsDone: true}
	second := &contestbot.Entry{ID: 2, Status: contestbot.StatusDraft, Unit: "河南省经济管理学校", Title: "灯下", Creators: contestbot.Creators{Editor: "刘洋"}}
	tr := &turn{st: &state{EntryID: 2, Roles: []slot{slotEditor}}, entries: []*contestbot.Entry{first, second}}
	checkReaders(t, []readerCase{{
		name:   "the people alone",
		fn:     tr.peopleLikeOnly,
		accept: []string{"其他人都跟第一个一样的呀", "主创跟第一个一样", "人员也都一样", "剩下的人跟上一个一样吧", "主创人员跟第一个片子一样"},
		reject: []string{"联系人都跟第一个一样", "主创跟第一个一样吗？", "主创跟第一个不一样", "单位跟上一个一样", "编导陈思雨，其他人跟第一个一样", "片名跟第一个一样"},
	}, {
		name: "the people beside other clauses",
		fn: func(s string) bool {
			_, ok := tr.likeMessage(second, s)
			return ok
		},
		accept: []string{"单位和人都跟上一个一样，就是编导换成陈思雨了", "人都跟第一个一样", "跟第一个差不多 主创也一样 就是摄影换成孙磊"},
		reject: []string{"单位跟上一个一样", "联系人电话都跟上一个一样", "人跟第一个一样吗", "主创跟第一个不一样", "编导陈思雨"},
	}})
	got, _ := tr.likeMessage(second, "单位和人都跟上一个一样，就是编导换成陈思雨了")
	want := "制作单位：河南省经济管理学校，监制葛建设，编导陈思雨，撰稿葛建设，摄影李明、赵磊，剪辑刘洋，编导(导演)：陈思雨"
	if got != want {
		t.Errorf("likeMessage = %q, want %q", got, want)
	}
}
