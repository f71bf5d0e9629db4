package dialogs

import "testing"

// TestVideoSettingsOnly: a message of nothing but a video's settings is a
// check, also with the resolution as a bare number and the bitrate without
// a unit (rp132 q50, rp136 q41); form values beside them are not.
func TestVideoSettingsOnly(t *testing.T) {
	for _, s := range []string{
		"视频2分钟 码率15M 分辨率1920x1080 格式avi",
		"视频1080 码率15 时长190秒 mp4 竖的",
		"片子1080的 码率不知道 时长两分半 mp4",
		"1080p mp4 横屏",
		"4k竖屏 码率60 时长2分50 mp4格式",
		"4K 码率60 2分钟50 mp4",
		"1080P 码率20 时长2分05 横屏",
	} {
		if !videoSettingsOnly(s) {
			t.Errorf("%q: not read as settings alone", s)
		}
	}
	for _, s := range []string{
		"推荐单位郑州职业技术学院 片名1080",
		"我们学校报一个 时长2分30秒 1080",
		"时长2分30秒",
		"电话13810801234 mp4",
		"片名黄河岸边的守望 mp4",
		"片名2分50 4k",
		"联系人张伟 4k 码率60",
		"时长2分50",
	} {
		if videoSettingsOnly(s) {
			t.Errorf("%q: read as settings alone", s)
		}
	}
}
