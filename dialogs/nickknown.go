package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s12-m (round 33, rp156): "联系人写组织部的陈静。。。小陈具体负责", then "编导小陈"
// stored the 编导 小陈 and it reached the summary. A nickname (小陈, 老陈)
// said at a person step names the one person already in the draft with
// that surname: it is resolved to the full name, which the reply echoes
// ("编导(导演)：陈静"). With no such person, or two, the nickname is read as
// before (s12-e asks for the full name then). This reader only resolves
// from people already named.

// reKnownNick is a nickname of surname and 小 or 老: 小陈, 老王.
var reKnownNick = regexp.MustCompile(`^(?:小|老)(\p{Han})$`)

// nicknameKnown is the full name of the one person in e whose surname the
// nickname n gives, or "".
func nicknameKnown(e *contestbot.Entry, n string) string {
	m := reKnownNick.FindStringSubmatch(strings.TrimSpace(n))
	if m == nil || e == nil {
		return ""
	}
	return draftPersonBySurname(e, m[1])
}
