package dialogs

import (
	"regexp"
	"strings"
)

// s9-j: a field called wrong is a correction, never a question (round 24,
// rp115 p115a: "制作单位不对 多了几个字 就是河南建筑职业技术学院土木工程学院党总支"
// was answered with what the notice says of the 制作单位, and the value
// was kept). "<field>不对/错了/有误", then what is wrong with it ("多了几个字",
// "少了个字", "写错了"), then the right value ("就是X", "应该是X", "改成X"),
// is "<field>改成X"; without the value it is "改<field>", which opens the
// change and asks for the value.

var reWrongSaid = regexp.MustCompile(`^(推荐单位|制作单位|片名|联系人|联系电话|电话|时长|分类|内容简介|简介|内容摘要|摘要|监制|编导|撰稿|摄影|剪辑)` +
	`(?:写|记|填|录)?(?:的|得)?(?:不对|错了|有误|有问题|写错了|记错了)(?:啊|呀|哈|了)?` +
	`(?:[\s，,。]*(?:多了|少了|多写了|少写了|多打了|少打了|漏了|错了)[^，,。\s]{0,6})?` +
	`(?:[\s，,。]*(?:就是|应该是|应是|是|改成|改为|写成|写|应该写|应该叫|叫)[：:]?\s*(\S.*))?$`)

// wrongSaid rewrites a field called wrong as its change; s unchanged when
// it is not one.
func wrongSaid(s string) string {
	m := reWrongSaid.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || containsAny(s, "是不是", "是否", "要不要", "吗", "？", "?") {
		return s
	}
	if v := strings.Trim(m[2], "，,。 "); v != "" && !isQuestion(v) {
		return m[1] + "改成" + v
	}
	if m[2] != "" {
		return s
	}
	return "改" + m[1]
}
