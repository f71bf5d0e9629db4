package dialogs

import (
	"regexp"
	"strings"
)

// s9-b (round 22, rp104 p104a): "那就刘国庆 我们书记" was refused as 不像人名.
// The description after the name ("我们书记", "俺们主任", "管宣传的") already
// comes off in peopledesc.go; what was left, "那就刘国庆", carried the words
// of a decision before the name. unwrap takes them off for every name step
// (主创, 联系人) and the organisation fields alike.

// reDecisionLead is the words of a decision before a value: "那就", "那就是",
// "就是", "还是", "那还是". A bare "就" is left alone: 就业指导中心 is an
// organisation.
var reDecisionLead = regexp.MustCompile(`^(?:那就是|那就|那还是|就是|还是|那么就)(?:用|让)?[\s:：，,]*`)

// decidedLeadOff takes the words of a decision off v when something
// follows them ("那就我" leaves 我, which selfName resolves); v unchanged
// otherwise.
func decidedLeadOff(v string) string {
	loc := reDecisionLead.FindStringIndex(v)
	if loc == nil {
		return v
	}
	w := strings.TrimSpace(v[loc[1]:])
	if w == "" {
		return v
	}
	return w
}
