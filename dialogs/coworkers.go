package dialogs

import (
	"regexp"
	"strings"
)

// s8-m: a role answered in a sentence names several people joined by 和/跟/与
// and ends with what they did: "我和马晓雯一起写的", "孙丽跟刘佳合作写的", "也是我写的".
// coWorkers turns such an answer into the names with 顿号 ("我、马晓雯");
// anything else is returned unchanged, so a longer phrase still meets the
// person validator ("不像人名").

var (
	reCoJoin = regexp.MustCompile(`和|跟|与`) // not 同: "胡静同志"
	reCoLink = regexp.MustCompile(`^(?:也是|都是|全是|就是|还是|是|由)`)
	// reCoDid is what they did, closing the answer: "一起写的", "拍的".
	reCoDid = regexp.MustCompile(`(?:一起|一块儿?|共同|合作)?(?:负责)?(?:写|撰写|拍|拍摄|剪|剪辑|导|做|弄|完成)(?:的|了)?$`)
)

func coWorkers(raw string) string {
	c := strings.Trim(compact(raw), "，,。；;、 ")
	did := reCoDid.FindString(c)
	c = strings.TrimSuffix(c, did)
	if did != "" {
		c = reCoLink.ReplaceAllString(c, "") // "也是俺写的" → 俺
	}
	parts := reCoJoin.Split(c, -1)
	if len(parts) < 2 && (did == "" || len([]rune(c)) > 4) { // "我写的" → 我
		return raw
	}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if n := len([]rune(p)); n == 0 || n > 4 {
			return raw
		}
		parts[i] = p
	}
	return strings.Join(parts, "、")
}
