package knowledge

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitQuestions(t *testing.T) {
	tests := []struct {
		name, msg string
		want      []string
	}{
		{"one question", "截止时间是哪天", []string{"截止时间是哪天"}},
		{"question marks", "截止时间？发到哪个邮箱？", []string{"截止时间？", "发到哪个邮箱？"}},
		{"comma between two questions", "联系人是谁，电话多少", []string{"联系人是谁", "电话多少"}},
		{"context stays with its question", "我们做的是动画，属于哪类", []string{"我们做的是动画，属于哪类"}},
		{"courtesy stays", "麻烦问一下，视频要什么格式", []string{"麻烦问一下，视频要什么格式"}},
		{"another-question word", "一是截止时间，二是能不能超过三分钟", []string{"一是截止时间", "二是能不能超过三分钟"}},
		{"closing thanks", "码率多少？谢谢！", []string{"码率多少？", "谢谢"}},
		{"spaces between clauses", "分辨率码率有啥要求 时长多长 个人能报吗", []string{"分辨率码率有啥要求", "时长多长", "个人能报吗"}},
		{"space before a follow-up", "分辨律要多少 码律呢", []string{"分辨律要多少", "码律呢"}},
		{"space inside values cuts nothing", "4K 40M 行吗", []string{"4K 40M 行吗"}},
		{"choices stay with their question", "联系人填谁 老师还是学生", []string{"联系人填谁，老师还是学生"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitQuestions(tt.msg)); diff != "" {
				t.Errorf("splitQuestions(%q) (-want +got):\n%s", tt.msg, diff)
			}
		})
	}
}

func TestStripIntro(t *testing.T) {
	tests := []struct{ name, msg, want string }{
		{"office introduction", "您好，我是郑州铁路职业技术学院党委组织部的，想咨询一下作品截止到什么时候？", "您好，想咨询一下作品截止到什么时候？"},
		{"only an introduction", "我是学校宣传部的", "我是学校宣传部的"},
		{"a statement about the work", "我们是学校自己拍的，能报吗", "我们是学校自己拍的，能报吗"},
		{"a name", "我是李明", "我是李明"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripIntro(tt.msg); got != tt.want {
				t.Errorf("stripIntro(%q) = %q, want %q", tt.msg, got, tt.want)
			}
		})
	}
}

// TestEachQuestionOnce checks that every question of a message is answered
// and none twice: the number of cited parts.
func TestEachQuestionOnce(t *testing.T) {
	b := mustLoad(t, Options{})
	tests := []struct {
		name, q string
		parts   int
		want    []string
		not     []string
	}{
		{"two questions", "您好，请问截止时间是什么时候？发到哪个邮箱？", 2, []string{"2025年10月15日前", "jytzgc2024@126.com"}, nil},
		{"three numbered questions", "您好，我想问一下：1.作品分几类？2.时长多少？3.截止日期？", 3, []string{"实景拍摄", "3分钟", "2025年10月15日前"}, nil},
		{"comma-separated", "码率多少，文件名怎么起", 2, []string{"10-50Mbps", "推荐单位-序号-片名"}, nil},
		{"second question after an introduction", "老师您好，我是许昌职业技术学院组织部的，请问下汇总表需要分管领导签字吗？另外协议书原件交到哪？", 2, []string{"分管负责领导", "D725B"}, nil},
		{"courtesy is no contact question", "想咨询两个问题：一是截止时间，二是作品能不能超过三分钟", 2, []string{"2025年10月15日前", "原则上"}, []string{"联系人："}},
		{"copies of the form, not how to fill it", "报名表要几份", 1, []string{"1式2份"}, []string{"要填："}},
		{"who signs the summary table", "汇总表需要谁签字啊", 1, []string{"分管负责领导"}, nil},
		{"the party of the agreement, not the form fields", "协议书乙方填谁", 1, []string{"投稿作者"}, []string{"报名表（附件2）要填"}},
		{"introduction words are no topic", "我是学校宣传部的，领导让我问一下这次大赛的主题是什么", 1, []string{"选题"}, []string{"党课开讲"}},
		{"a repeated question is said once", "截止时间？截止日期是哪天？", 1, []string{"2025年10月15日前"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.Answer(context.Background(), tt.q)
			if n := strings.Count(a.Text, "（见通知 "); n != tt.parts {
				t.Errorf("%q: %d parts, want %d:\n%s", tt.q, n, tt.parts, a.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("%q: missing %q:\n%s", tt.q, w, a.Text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(a.Text, w) {
					t.Errorf("%q: must not contain %q:\n%s", tt.q, w, a.Text)
				}
			}
		})
	}
}
