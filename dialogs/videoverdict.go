package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// A message that gives a video's numbers and asks for a verdict ("帮我看看：
// 时长2分50秒，1920×1080，码率12Mbps，mp4，横屏，这样达标不") asks for a
// check of those numbers. It is no form input, even with a 时长 or a
// "label：" in it: no form opens, no draft is stored (rp38 Q38).

// reVideoOnlyParam is a value only a video's technical rules take: a
// resolution, a bitrate, a file format, a frame rate. A duration alone is
// a form field too, so it is not one.
var reVideoOnlyParam = regexp.MustCompile(`(?i)\d{3,4}\s*[x×*]\s*\d{3,4}|\b(?:1080|720|2160|1440)\s*[pi]\b|\b[248]k\b|码率|\d+(?:\.\d+)?\s*(?:mbps|kbps|m\b|兆)|\bmp4\b|\bmov\b|帧率|\d+\s*(?:fps|帧)|分辨率`)

// reVerdict asks whether something passes: 达标不, 行不, 合格吗, 符合吗,
// 中不中, 能过吗, 没问题吧.
var reVerdict = regexp.MustCompile(`达标|合格|符合|行不|行吗|行么|中不中|中不|可以不|可以吗|能过|过不过|能不能过|没问题吧|有问题吗|有没有问题|够不够|够吗|ok吗|ok不`)

// asksVideoVerdict reports whether s gives a video's technical values and
// asks whether they pass.
func asksVideoVerdict(s string) bool {
	w := strings.ToLower(contestbot.NormalizeWidth(s))
	return reVideoOnlyParam.MatchString(w) && reVerdict.MatchString(w)
}
