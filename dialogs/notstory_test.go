package dialogs

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// s5-g1: the 简介/摘要 validator. Reject: questions without ？, remarks
// about another field, complaints about the text; accept: real synopses,
// including ones whose clauses hold question words.
func TestTextTalk(t *testing.T) {
	reject := map[string]string{
		"填完了以后在哪下载报名表":           "question",
		"版权协议书原件是要寄过去还是送过去啊，送到哪": "question",
		"简介写多长合适啊":               "question",
		"这个要盖章不":                 "",
		"视频怎么传给你们":               "question",
		"是不是写学校名字就行":             "question",
		"截止到几号啊":                 "question",
		"分机号没记上啊，后面的转802得写上，不然打到总机找不到我": "remark",
		"电话号码写错了":  "remark",
		"片名少了个字":   "remark",
		"联系人不对":    "remark",
		"这也不是简介啊":  "complaint",
		"那根本不是摘要":  "complaint",
		"这不是内容简介，": "complaint",
		"别记":       "complaint",
		"那个不对 删了":  "complaint",
		"删掉吧":      "complaint",
	}
	for s, want := range reject {
		if want == "" {
			continue // a yes/no in 不: read by isQuestion, not here
		}
		if got := textTalk(s); got != want {
			t.Errorf("textTalk(%q) = %q, want %q", s, got, want)
		}
	}
	accept := []string{
		"讲述了学校党员教师带领学生志愿者守护黄河岸线、开展生态宣讲的故事。",
		"讲基层党员怎么在乡村振兴里当先锋",
		"让学生知道啥叫初心",
		"讲清楚为啥要传承红旗渠精神",
		"一位老党员三十年如一日守护村里的小学",
		"学生党员走进黄河滩区，帮村里搭建电商平台",
		"他还是坚持了下来",
		"从没在哪儿播过的山村夜校",
		"老支书的红色账本",
		"青年教师用短视频讲党课",
	}
	for _, s := range accept {
		if got := textTalk(s); got != "" {
			t.Errorf("textTalk(%q) = %q, want a text", s, got)
		}
	}
}

// Every 简介 and 摘要 the in-repo scripts expect stored is a text.
func TestTextTalkScriptTexts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	re := regexp.MustCompile(`"(?:synopsis|summary)": ("(?:[^"\\]|\\.)*")`)
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllSubmatch(b, -1) {
			var s string
			if json.Unmarshal(m[1], &s) != nil || s == "" {
				continue
			}
			n++
			if got := textTalk(s); got != "" {
				t.Errorf("%s: textTalk(%q) = %q, want a text", filepath.Base(f), s, got)
			}
		}
	}
	if n < 20 {
		t.Fatalf("only %d texts found", n)
	}
}

func TestRetracts(t *testing.T) {
	for _, s := range []string{"别记", "别记了", "那个不对 删了", "删掉吧", "刚才那个删了吧", "不对 不算"} {
		if !retracts(compact(s)) {
			t.Errorf("retracts(%q) = false", s)
		}
	}
	for _, s := range []string{"把最后一句删掉", "简介里的2023删了", "删除我的信息", "第一个不报了", "别记错了名字"} {
		if retracts(compact(s)) {
			t.Errorf("retracts(%q) = true", s)
		}
	}
}

func TestComplaintClause(t *testing.T) {
	for _, s := range []string{"诶那个不是制作单位啊，别记，我就是问问", "那个不对 删了", "这不是联系人", "刚才那个不是片名"} {
		if !complaintClause(compact(s)) {
			t.Errorf("complaintClause(%q) = false", s)
		}
	}
	for _, s := range []string{"不是许晨阳，是邓一凡剪的", "这不是一般的故事", "讲述了他不是英雄却胜似英雄", "制作单位不是学校是组织部"} {
		if complaintClause(compact(s)) {
			t.Errorf("complaintClause(%q) = true", s)
		}
	}
}

func TestSelfAsContact(t *testing.T) {
	for _, s := range []string{"联系人写我自己行吗", "写我自己", "联系人就填我吧", "我", "本人可以吗", "联系人：我自己行吗"} {
		if !reSelfAsContact.MatchString(compact(s)) {
			t.Errorf("%q: want a check-back with 我", s)
		}
	}
	for _, s := range []string{"我叫张敏", "张敏", "我们科长", "我不是党员", "联系人写张敏"} {
		if reSelfAsContact.MatchString(compact(s)) {
			t.Errorf("%q: no check-back with 我", s)
		}
	}
	for s, want := range map[string]string{"我不是党员": "党员", "但我不是老师": "老师", "俺不是党员啊": "党员"} {
		if m := reNotA.FindStringSubmatch(compact(s)); m == nil || m[1] != want {
			t.Errorf("reNotA(%q) = %v, want %q", s, m, want)
		}
	}
	for _, s := range []string{"不是我", "我是张敏", "不是张伟是张敏"} {
		if reNotA.MatchString(compact(s)) {
			t.Errorf("reNotA(%q) matched", s)
		}
	}
}

func TestMayEnter(t *testing.T) {
	for _, s := range []string{"宣传科做的片子能报吗", "学生拍的能不能报", "跟公司合作的可以参赛不", "去年的片子能报送吗"} {
		if !reMayEnter.MatchString(compact(s)) {
			t.Errorf("%q: want a question whether it may be entered", s)
		}
	}
	for _, s := range []string{"河南应用技术职业学院宣传科", "宣传科", "能报", "我们学校报名"} {
		if loc := reMayEnter.FindStringIndex(compact(s)); loc != nil && loc[0] > 0 {
			t.Errorf("%q: no such question", s)
		}
	}
}

func TestBareDept(t *testing.T) {
	for _, s := range []string{"宣传科", "组织人事处", "党委宣传部", "组织部", "团委"} {
		if !reBareDept.MatchString(s) {
			t.Errorf("%q: a bare department", s)
		}
	}
	for _, s := range []string{"河南应用技术职业学院宣传科", "宣传科做的", "融媒体中心"} {
		if reBareDept.MatchString(s) {
			t.Errorf("%q: not a bare department", s)
		}
	}
}

func TestBarePhoneNoText(t *testing.T) {
	for _, s := range []string{"0371-63351234", "13837165294", "138 3716 5294"} {
		if _, rest, ok := findPhone(s); !ok || !isFiller(rest) {
			t.Errorf("%q: want a bare phone", s)
		}
	}
	for _, s := range []string{"讲述了驻村第一书记的故事，联系13837165294", "2025年拍摄的黄河故事"} {
		if _, rest, ok := findPhone(s); ok && isFiller(rest) {
			t.Errorf("%q: not a bare phone", s)
		}
	}
}
