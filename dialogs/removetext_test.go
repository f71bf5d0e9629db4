package dialogs

import (
	"testing"

	"contestbot"
)

func TestReadRemoval(t *testing.T) {
	type want struct {
		field slot
		words string
		front bool
	}
	syn, sum := slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)
	accept := map[string]want{
		"摘要前面怎么把我那句“哦那摘要就写”也放进去了，把这几个字去掉": {sum, "哦那摘要就写", true},
		"前头那个修改简介四个字不要":                   {"", "修改简介", true},
		"把简介开头那几个字嗯那个就是说给删了":              {syn, "嗯那个就是说", true},
		"把片名里的“暂定”去掉":                     {slot(contestbot.FieldTitle), "暂定", false},
		"摘要前面多了“摘要另写：”这几个字，去掉":            {sum, "摘要另写：", true},
	}
	reject := []string{"影片讲述了老党员走在前面的故事，告诉学生坏习惯不要", "简介不要了", "把简介去掉", "不要了", "摘要太长了", "时长改成2分10秒", "去掉AI配音算不算AI生成"}
	for s, w := range accept {
		rm, ok := readRemoval(s)
		if !ok || rm.field != w.field || rm.words != w.words || rm.front != w.front {
			t.Errorf("readRemoval(%q) = %+v, %v; want %+v", s, rm, ok, w)
		}
	}
	for _, s := range reject {
		if rm, ok := readRemoval(s); ok {
			t.Errorf("readRemoval(%q) = %+v; want none", s, rm)
		}
	}
}

func TestFindLoose(t *testing.T) {
	v := "嗯 那个就是说 影片讲述了老党员的故事"
	if i, j, ok := findLoose(v, "嗯那个就是说", true, false); !ok || v[i:j] != "嗯 那个就是说" {
		t.Errorf("findLoose front = %q, %v", v[i:j], ok)
	}
	if _, _, ok := findLoose(v, "老党员", true, false); ok {
		t.Errorf("findLoose front found words not at the start")
	}
	if _, _, ok := findLoose(v, "老党员", false, false); !ok {
		t.Errorf("findLoose anywhere missed the words")
	}
}
