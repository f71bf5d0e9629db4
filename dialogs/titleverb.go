package dialogs

import (
	"regexp"
	"strings"
)

// s12-d (round 32, rp153 #4): "等下 片名改一下 加个副标题 乡村振兴路上的青春身影
// ——…" stored the 片名 "加个副标题 乡村振兴…". Instruction words before a new
// title — a change asked (改一下, 改个名, 换个名字), a 副标题 added (加个副标题,
// 加上副标题), a verb of setting (换成, 改为, 改成) — are never part of it.
// A 副标题 added means the new full title is what follows. Only a lead
// that stands apart from what follows is taken off: a title that merely
// holds 副标题 ("我的副标题人生") or starts with a verb inside its words
// ("改变从这里开始") is kept.

// reTitleVerbLead is one instruction before a new title, up to the break
// after it (a space, a comma or a colon) or up to a verb of setting.
var reTitleVerbLead = regexp.MustCompile(`^(?:(?:片名|名字|名称|题目|标题|作品名称?)(?:也|还|再|得|要)?)?` +
	`(?:(?:(?:再|还|也|得|要|需要)?(?:改一下|改下|改一改|换一下|换下|调整一下|改个名字?|换个名字?|改名字?|重新起个名字?)(?:吧|哈|啊)?[\s，,：:]+)|` +
	`(?:(?:再|还|也|得|要|需要)?(?:加个|加上|加一个|添个|添上|带个|带上|加)副标题(?:吧|哈|啊)?(?:是|为|叫)?[\s，,：:]*)|` +
	`(?:(?:就|再|都)?(?:改成|改为|换成|换为|改叫|更名为|改名为)[\s，,：:]*))`)

// titleVerbsOff takes the instruction leads off a title value (see above);
// v is unchanged when nothing would be left.
func titleVerbsOff(v string) string {
	w := strings.TrimSpace(v)
	for i := 0; i < 3; i++ {
		loc := reTitleVerbLead.FindStringIndex(w)
		if loc == nil || loc[1] == 0 || loc[1] >= len(w) {
			break
		}
		w = strings.TrimSpace(w[loc[1]:])
	}
	if w == "" {
		return v
	}
	return w
}
