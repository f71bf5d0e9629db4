package dialogs

import (
	"strings"
	"unicode/utf8"
)

// This file (s12-i, round 37) tells the 你 of a title from the 你 of talk.
// "AI带你看新质生产力", "陪你走过四季", "伴你成长" hold 你 as the object of a
// verb that takes the viewer along: the title speaks to its audience, not
// the user to the bot. reYouDo read "你看" in "带你看…" as the user
// addressing the bot, so the title was refused as "不像片名".

// youObjectVerbs take the viewer along; 你 right after one is their object.
// 跟/和/给/告诉 are left out: "我跟你说", "给你发过去", "告诉你啊" are talk.
const youObjectVerbs = "带陪伴领为邀约教"

// youAddressed reports whether compact text c speaks to the bot with a
// second person and a verb (reYouDo), leaving out a 你 that is the object
// of a verb in youObjectVerbs.
func youAddressed(c string) bool {
	for _, loc := range reYouDo.FindAllStringIndex(c, -1) {
		prev, _ := utf8.DecodeLastRuneInString(c[:loc[0]])
		if prev != utf8.RuneError && strings.ContainsRune(youObjectVerbs, prev) {
			continue
		}
		return true
	}
	return false
}
