package dialogs

import "testing"

// s9-j: a category chosen in a clause of its own.
func TestChosenCategory(t *testing.T) {
	season := testSeason(t)
	for s, want := range map[string]string{"按实景拍摄报": "实景拍摄", "这个是视频切片的": "视频切片", "报动画制作类": "动画制作", "那就按AI生成报吧": "AI生成", "选视频切片": "视频切片", "分类选其他": "其他"} {
		if got := chosenCategory(season, s); got != want {
			t.Errorf("chosenCategory(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"实景拍摄", "按实景拍摄报吗", "不是实景拍摄", "选实景拍摄还是AI生成", "实景拍摄的镜头多", "我们是实地拍的 就旁白是AI的", "黄河岸边的守望", "其他都一样"} {
		if got := chosenCategory(season, s); got != "" {
			t.Errorf("chosenCategory(%q) = %q, want none", s, got)
		}
	}
}
