package dialogs

import (
	"testing"

	"contestbot"
)

func TestDecidedCategory(t *testing.T) {
	season := testSeason(t)
	at := slot(contestbot.FieldCategory)
	away := slotSupervisor
	tests := []struct {
		name    string
		in      string
		pending slot
		want    string // "" when no decision
	}{
		{"after a complaint, away from the prompt", "我还没定哩，你咋给记成实景拍摄了。实拍跟AI掺着的，那就选其他吧。", away, "其他"},
		{"after a complaint, at the prompt", "实拍跟AI掺着的，那就选其他吧", at, "其他"},
		{"by number", "选第5个", at, "其他"},
		{"by Chinese number", "那就选第二个吧", at, "动画制作"},
		{"just the name", "就其他吧", at, "其他"},
		{"name with a verb", "嗯 选视频切片", at, "视频切片"},
		{"number away from the prompt", "选第5个", away, ""},
		{"name without a verb away from the prompt", "就其他吧", away, ""},
		{"two options", "选AI生成还是其他", at, ""},
		{"two options asked", "那选AI生成还是其他？", at, ""},
		{"a question", "AI做的片子该归哪一类？", at, ""},
		{"a negation", "不选其他", at, ""},
		{"number out of range", "选第9个", at, ""},
		{"not a category", "那就选张三吧", away, ""},
		{"a name at a role step", "监制张三", away, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decidedCategory(season, tt.in, tt.pending)
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("decidedCategory(%q, %s) = %q, want %q", tt.in, tt.pending, got, tt.want)
			}
		})
	}
}

func TestCategoryMade(t *testing.T) {
	season := testSeason(t)
	tests := []struct{ in, want string }{
		{"实景拍的", "实景拍摄"},
		{"实拍的", "实景拍摄"},
		{"动画做的", "动画制作"},
		{"是动画制作的", "动画制作"},
		{"拍的", ""},
		{"老支书拍的", ""},
		{"团委做的", ""},
		{"实景拍了三天", ""},
	}
	for _, tt := range tests {
		got, ok := categoryExact(season, tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("categoryExact(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
