package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMessageReader(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{"one line per message", "我要报名\n郑州大学\n", []string{"我要报名", "郑州大学"}},
		{"blank lines are empty messages", "a\n\nb", []string{"a", "", "b"}},
		{"block", "我要报名\n\"\"\"\n推荐单位：郑州大学\n片名：《守望》\n\"\"\"\n确认\n", []string{"我要报名", "推荐单位：郑州大学\n片名：《守望》", "确认"}},
		{"block keeps tabs", "\"\"\"\n片    名\t守望\n联 系 人\t张伟\n\"\"\"\n", []string{"片    名\t守望\n联 系 人\t张伟"}},
		{"unclosed block ends at EOF", "\"\"\"\n推荐单位：郑州大学\n", []string{"推荐单位：郑州大学"}},
		{"backslash continues", "推荐单位：郑州大学\\\n片名：《守望》\n确认", []string{"推荐单位：郑州大学\n片名：《守望》", "确认"}},
		{"CRLF", "a\r\n\"\"\"\r\nb\r\nc\r\n\"\"\"\r\n", []string{"a", "b\nc"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := messageReader{sc: bufio.NewScanner(strings.NewReader(tc.in))}
			var got []string
			for {
				m, ok := r.next()
				if !ok {
					break
				}
				got = append(got, m)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("messages (-want +got):\n%s", diff)
			}
		})
	}
}

// TestChatPastedForm sends a 报名表 pasted from Word as one message between
// two """ lines, as a WeChat paste arrives, and checks every field it names.
func TestChatPastedForm(t *testing.T) {
	isolate(t)
	t.Setenv("CONTESTBOT_CONTEST_DEADLINE", "2099-12-31")
	script := strings.Join([]string{
		"我要报名",
		`"""`,
		"推荐单位\t河南经贸职业学院",
		"片    名\t数字丝路上的青春党员",
		"制作单位\t河南经贸职业学院党委组织部",
		"联 系 人\t孙雅琪\t联系电话\t0371-65921234",
		"时    长\t2分58秒",
		"分     类\t☑实景拍摄 □动画制作 □AI生成 □视频切片 □其他",
		"主创人员\t监制(策划)\t编导(导演)\t撰  稿\t摄  影\t剪辑(制作)",
		"\t郭振华\t孙雅琪\t孙雅琪、马晓东\t周明轩\t周明轩",
		"内容简介\t聚焦学生党员创业团队，通过跨境直播把河南农产品卖到“一带一路”沿线国家。",
		`"""`,
		"同简介",
		"是",
		"确认",
	}, "\n") + "\n"
	out := chat(t, script, "--user", "secretary")
	if !strings.Contains(out, "报名成功") {
		t.Fatalf("not completed:\n%s", out)
	}
	var buf, errw bytes.Buffer
	if code := run(context.Background(), []string{"export", "--format", "json"}, nil, &buf, &errw); code != 0 {
		t.Fatalf("export exited %d: %s", code, errw.String())
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil || len(got) != 1 {
		t.Fatalf("export json: %v\n%s", err, buf.String())
	}
	want := map[string]any{
		"unit": "河南经贸职业学院", "title": "数字丝路上的青春党员", "producer": "河南经贸职业学院党委组织部",
		"contact": "孙雅琪", "phone": "0371-65921234", "duration_seconds": 178.0, "category": "实景拍摄",
	}
	for k, v := range want {
		if got[0][k] != v {
			t.Errorf("%s = %v, want %v", k, got[0][k], v)
		}
	}
	c, _ := got[0]["creators"].(map[string]any)
	wantC := map[string]any{"supervisor": "郭振华", "director": "孙雅琪", "writer": "孙雅琪、马晓东", "camera": "周明轩", "editor": "周明轩"}
	for k, v := range wantC {
		if c[k] != v {
			t.Errorf("creators.%s = %v, want %v (creators %v)", k, c[k], v, c)
		}
	}
}
