package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s8-g (rp93 q70): "视频2分钟 码率15M 分辨率1920x1080 格式avi" from a new
// user, with no question word, is a video's settings told to be checked. It
// used to start a registration, store 时长 and call the rest no school name;
// the AVI format was never flagged. Settings alone are a check unless the
// user asked to register.

// reVideoParam is one technical setting: a resolution, a bitrate, a file
// format, a frame rate (reVideoOnlyParam, with the formats people name).
//
// s10 (rp136 q41, rp132 q50): "视频1080 码率15 时长190秒 mp4 竖的" names the
// resolution by its number alone and the bitrate without a unit after 码率;
// both are settings too.
var reVideoParam = regexp.MustCompile(`(?i)\d{3,4}\s*[x×*]\s*\d{3,4}|\b(?:1080|720|2160|1440)\s*[pi]\b|\b(?:1080|720|2160|1440)\b|码率\s*\d+(?:\.\d+)?(?:\s*(?:mbps|kbps|m\b|兆))?|\b[248]k\b|\d+(?:\.\d+)?\s*(?:mbps|kbps|m\b|兆)|\b(?:mp4|mov|avi|mkv|flv|wmv|mpg|mpeg|m4v|webm)\b|\d+\s*(?:fps|帧)`)

// reVideoParamWords are the words around settings: their names, a
// duration, separators.
//
// s11-g (rp141 q35): "4k竖屏 码率60 时长2分50 mp4格式": a duration of
// minutes and seconds without 秒 ("2分50", "2分钟50") is one duration, not
// "2分" and a stray number.
var reVideoParamWords = regexp.MustCompile(`(?i)视频|片子|作品|我的|我们的|俺的|参数|是|为|的|时长|长度|码率|比特率|分辨率|格式|文件格式|封装|帧率|横屏|竖屏|横的|竖的|不知道|不清楚|未知|大概|约|左右|\d+\s*分(?:钟)?\s*[0-5]?\d\s*秒?|\d+(?:\.\d+)?\s*(?:分钟|分|秒|min|s)|[一二两三四五六七八九十半]+(?:分钟|分|秒)半?|[，,。；;:：、\s/|]+`)

// videoSettingsOnly reports whether s is nothing but a video's settings,
// at least two of them technical ones.
func videoSettingsOnly(s string) bool {
	w := strings.ToLower(contestbot.NormalizeWidth(s))
	if len(reVideoParam.FindAllString(w, -1)) < 2 {
		return false
	}
	rest := reVideoParam.ReplaceAllString(w, " ")
	rest = reVideoParamWords.ReplaceAllString(rest, "")
	return strings.TrimSpace(rest) == ""
}
