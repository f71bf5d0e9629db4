package dialogs

import "regexp"

// s9-i (round 24, rp114 p114b, rp116 p116b): "等下 插一句 …question" at the
// 监制 step answered the question and stored 监制 "插一句". Words that break
// into the talk ("插一句", "打断一下", "打个岔") carry nothing: they are
// chatter, never a value, so the question beside them is answered alone.

// reInterjection is a clause of such words, with 等下/对了 around them.
var reInterjection = regexp.MustCompile(`^(?:等下|等一下|等等|稍等|哎|诶|欸|对了|那个|嗯|先|我|俺)*` +
	`(?:插一句|插句话|插一句话|插个话|插个嘴|插一嘴|打断一下|打断下|打个岔|岔开一下|多问一句|多嘴问一句)` +
	`(?:哈|啊|呀|哦|哈)*$`)

// interjection reports whether c (trimmed, compact) only breaks into the talk.
func interjection(c string) bool { return reInterjection.MatchString(compact(c)) }
