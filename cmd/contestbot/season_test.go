package main

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// season1Values are facts of the first season that a second season changes.
// None may reach anything the program prints or writes for season 2.
var season1Values = []string{
	"组干处", "D725B", "孟晗", "李博", "69691670", "jytzgc2024", "第一季", "2025年以来", "2025年10月15日",
	"河南省党员教育中心", "金水区", "2026年1月1日", "视频切片", "1式2份", "3分钟",
}

// season2Values are the second season's own facts, as testdata/season2
// states them; the outputs must show them instead.
var season2Values = []string{
	"宣传处", "301房间", "周琳", "0371—65551234", "xcc2026video@163.com", "2026年11月20日", "2026年以来",
	"情景短剧", "4分钟", "河南省党员教育电视中心", "2027年6月30日", "1式3份", "第二季",
}

// useSeason2 points the config at testdata/season2 and a fresh store.
func useSeason2(t *testing.T) string {
	t.Helper()
	season2, err := filepath.Abs(filepath.Join("..", "..", "testdata", "season2"))
	if err != nil {
		t.Fatal(err)
	}
	dir := isolate(t)
	t.Setenv("CONTESTBOT_CONTEST_NOTICE_FILE", filepath.Join(season2, "notice.txt"))
	t.Setenv("CONTESTBOT_CONTEST_FACTS_FILE", filepath.Join(season2, "facts.yaml"))
	// The wall clock may be past season 2's deadline; registering must
	// still work, and the quoted deadline stays the facts file's.
	t.Setenv("CONTESTBOT_CONTEST_ACCEPT_LATE", "true")
	t.Setenv("CONTESTBOT_LOG_LEVEL", "error")
	return dir
}

// runCmd runs one subcommand as the binary would and fails the test unless
// it exits 0.
func runCmd(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	var out, errw bytes.Buffer
	if code := run(context.Background(), args, strings.NewReader(stdin), &out, &errw); code != 0 {
		t.Fatalf("%s exited %d: %s\n%s", args[0], code, errw.String(), out.String())
	}
	return out.String()
}

// TestSeason2EndToEnd runs a whole season from testdata/season2 through
// the commands: registration and questions in chat, a video judged by
// words, a reminder planned, the 汇总表 and the 报名表/协议书 written. What
// it prints and writes holds the second season's facts and none of the
// first's.
func TestSeason2EndToEnd(t *testing.T) {
	dir := useSeason2(t)
	var outputs []string
	expect := func(what, text string, want ...string) {
		t.Helper()
		outputs = append(outputs, what+":\n"+text)
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q:\n%s", what, w, text)
			}
		}
	}

	register := strings.Join([]string{
		"我要报名",
		"推荐单位：洛阳职业技术学院",
		"片名《伊水清清》，时长3分30秒，分类4",
		"制作单位：同上",
		"联系人周老师，电话13800001234",
		"监制王强，编导李娜，撰稿无，摄影陈晨，剪辑赵六",
		"内容简介：讲述伊河岸边一名老党员守护河道的故事。",
		"同简介",
		"是单位作品，2026年3月拍的，未公开发表，没有使用AI",
		"确认",
	}, "\n") + "\n"
	expect("registration", runCmd(t, register, "chat", "--user", "oSeason2A"),
		"分类：情景短剧", "2026年以来创作：是", "报名成功", "河南省党员教育电视中心用于",
		"2026年11月20日前", "xcc2026video@163.com", "省委教育工委宣传处301房间", "1式3份", "周琳、陈航")

	// A work made before the season's period is refused, citing the
	// season's rule; the draft stays for the contact's other answers.
	late := strings.Join([]string{
		"我要报名",
		"推荐单位：开封文化艺术职业学院；片名《汴水》；时长2分；分类：动画",
		"是单位作品，2025年3月拍的",
	}, "\n") + "\n"
	expect("period refusal", runCmd(t, late, "chat", "--user", "oSeason2B"),
		"报送范围是2026年以来完成的作品（见通知 三（三））", "是2026年以来创作的")

	questions := []struct{ q, want string }{
		{"截止时间是哪天？", "2026年11月20日前"},
		{"要交哪些材料？", "1式3份"},
		{"材料发到哪个邮箱", "xcc2026video@163.com"},
		{"协议书原件交到哪", "宣传处301房间"},
		{"联系人是谁", "周琳、陈航"},
		{"联系电话多少", "0371—65551234"},
		{"作品分几类？", "情景短剧"},
		{"时长多长？", "4分钟"},
		{"2025年3月拍的能报吗", "2026年以来"},
		{"版权协议有效期到什么时候", "2027年6月30日"},
		{"协议书甲方是谁", "河南省党员教育电视中心"},
		{"这是什么比赛", "第二季"},
	}
	var in strings.Builder
	for _, q := range questions {
		in.WriteString(q.q + "\n")
	}
	var wants []string
	for _, q := range questions {
		wants = append(wants, q.want)
	}
	expect("answers", runCmd(t, in.String(), "chat", "--user", "oSeason2C"), wants...)

	expect("video by words", runCmd(t, "mp4格式 1080P 码率20M 竖屏 3分50秒行吗\n", "chat", "--user", "oSeason2C"),
		"时长：通过", "结论：符合通知要求")

	expect("reminder plan", runCmd(t, "", "remind", "--dry-run", "--now", "2026-11-18T10:00:00+08:00"),
		"截止 2026-11-20 23:59:59", "汴水")

	xlsx := filepath.Join(dir, "汇总表.xlsx")
	runCmd(t, "", "export", "--format", "xlsx", "-o", xlsx)
	expect("汇总表", xlsxText(t, xlsx), "伊水清清", "3分30秒")
	expect("export json", runCmd(t, "", "export", "--format", "json"), "伊水清清", "情景短剧")

	docs := filepath.Join(dir, "docs")
	if err := os.Mkdir(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	paths := strings.Fields(runCmd(t, "", "docs", "--entry", "1", "-o", docs))
	if len(paths) != 2 {
		t.Fatalf("docs wrote %q; want the 报名表 and the 协议书", paths)
	}
	expect("报名表", docxText(t, paths[0]), "☑情景短剧", "授权河南省党员教育电视中心", "1式3份")
	expect("版权确认协议书", docxText(t, paths[1]), "名称：河南省党员教育电视中心", "郑东新区", "有效期至2027年6月30日止")

	all := strings.Join(outputs, "\n\n")
	if testing.Verbose() {
		t.Log(all)
	}
	for _, v := range season1Values {
		if i := strings.Index(all, v); i >= 0 {
			t.Errorf("season-1 value %q in the output: …%s…", v, around(all, i))
		}
	}
	for _, v := range season2Values {
		if !strings.Contains(all, v) {
			t.Errorf("season-2 value %q nowhere in the output", v)
		}
	}
}

// around is the text near byte offset i, for a failure message.
func around(s string, i int) string {
	lo, hi := max(0, i-60), min(len(s), i+60)
	for lo > 0 && !isRuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !isRuneStart(s[hi]) {
		hi++
	}
	return s[lo:hi]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// xlsxText is every cell of every sheet of the workbook at path.
func xlsxText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	return b.String()
}

var reTag = regexp.MustCompile(`<[^>]*>`)

// docxText is the text of a .docx's main document.
func docxText(t *testing.T, path string) string {
	t.Helper()
	r, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, f := range r.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		raw, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return reTag.ReplaceAllString(string(raw), "")
	}
	t.Fatalf("%s has no word/document.xml", path)
	return ""
}
