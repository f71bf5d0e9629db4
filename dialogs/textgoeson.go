package dialogs

import "regexp"

// s9-i (round 24, rp115 p115b): after the 简介 was stored, the teacher sent
// "还没完哩 一本本泛黄的账本守住了清廉底线，…" at the 摘要 step: the rest of the
// 简介. It was stored as the 摘要 with "还没完哩 " in it. "还没完" said first,
// with a dialect particle and a space or a mark after it, is a marker of
// goesOn (bubbles.go) like "后面还有半句：": the rest goes at the end of the
// text stored last, with no space, and the 摘要 is asked again.

// reNotDone opens the rest of a text: "还没完哩 …", "没说完呢，…", "简介还没写完：…".
// A mark or a space must follow ("还没完成…" is a text).
var reNotDone = regexp.MustCompile(`^(?:不是|等等|等下|哎|诶|欸|嗯)?[，,\s]*(?:简介|刚才那段|刚才)?(?:还|都)?没(?:说|发|打|写|讲)?完(?:呢|啦|了|哩|嘞|咧|呀|啊|哈)*(?:[，,。：:！!~～]+\s*|\s+)`)

// minWholeSynopsis is the length from which a stored 简介 is taken as a
// whole one: a fragment of under five characters read as a 简介 beside it
// ("摘要啥意思 跟简介一样不中？" read 简介 "一样不中") is no replacement, and
// "内容简介太短了" is never said of it.
const minWholeSynopsis = 60
