package dialogs

import "regexp"

// s9-d (rp109 p109b msg 22): "都符合是今年五月份做哩没往网上发过刚才说那几个AI画哩
// 背景后来俺让学生自己手画重新弄了现在片子里没有AI哩东西了" answers the
// eligibility question with facts; it asks nothing. When a message tells
// how a fact changed ("后来…", "现在…"), the later statement of that fact is
// the work as it is now, and wins over the earlier one.

// reLaterState turns to how things are now: 后来, 现在, 目前, 最后, 改成了.
var reLaterState = regexp.MustCompile(`后来|现在|目前|最后|最终|已经改|改成了|重新弄|重新做|重做了`)

// statesLater reports whether s tells a change, so that a fact stated again
// later in s replaces what it said first.
func statesLater(s string) bool {
	return reLaterState.MatchString(compact(s))
}
