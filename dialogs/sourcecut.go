package dialogs

import (
	"regexp"
	"strings"
)

// s6-m (rp67 p67b): "原片20分钟 剪成2分50" gives the source's length and the
// cut's; the 时长 is the cut's, the work submitted. The source's length is
// no value of the form (never a title's tail, never judged over the limit).

const durPart = `[0-9０-９零〇一二两三四五六七八九十百半.]+\s*(?:分钟|分|秒|小时|min|s)(?:\s*[0-9０-９零〇一二两三四五六七八九十]+\s*秒?)?(?:左右|多|来)?`

// reSourceCut is a source's length then the cut's: "原片20分钟 剪成2分50",
// "原视频20分钟，成片2分50秒", "素材一个小时，剪完两分半".
var reSourceCut = regexp.MustCompile(`(时长[：:]?\s*)?(?:原片|原视频|原始视频|原素材|素材|完整版|原版|长版|整片|纪录片|原来的片子|原来)(?:是|有|大概|约|长)?\s*` + durPart +
	`[，,。；;、\s]*(?:现在|然后|最后|最终)?(?:剪成了?|剪完(?:是|了)?|剪出来(?:的|是)?|剪辑后|剪后|剪到|剪了|压缩到|缩到|缩成|成片|报的是|报送的是)(?:是|为|有|只有)?\s*(` + durPart + `)`)

// cutNotSource rewrites a source and cut said together as the cut's 时长.
func cutNotSource(s string) string {
	return reSourceCut.ReplaceAllStringFunc(s, func(m string) string {
		sm := reSourceCut.FindStringSubmatch(m)
		return " 时长" + strings.TrimSpace(sm[2]) + " "
	})
}
