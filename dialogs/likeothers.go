package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// reLikeLastOthers says the rest of a new work is as on the work before:
// "其他跟前面一样", "其他都跟上一个一样", "剩下的和第一个相同".
var reLikeLastOthers = regexp.MustCompile(`(?:其他|其它|其余|别的|剩下)(?:的)?(?:信息|内容|几项|项)?(?:都|也|均|就)?(?:跟|和|与|同|照)(?:前面|上面|之前|上一个|上个|上一部|前一个|第一个)(?:作品|那个|那部|片子)?(?:的)?(?:一样|相同|一致)?(?:吧|就行|就可以|即可)?`)

// likeOthers lists the fields "其他跟前面一样" copies: who sends the work
// and how to reach them, which a school's works share. Title, running time,
// category, creators and texts belong to each work and are not copied.
var likeOthers = []slot{slot(contestbot.FieldUnit), slot(contestbot.FieldProducer), slot(contestbot.FieldContact), slot(contestbot.FieldPhone)}

// likeLastOthers copies the unit, 制作单位, contact and phone of the work
// before e into e where e has none yet, and returns msg without the phrase.
func (t *turn) likeLastOthers(e *contestbot.Entry, msg string, r *fillResult) string {
	loc := reLikeLastOthers.FindStringIndex(msg)
	if loc == nil {
		return msg
	}
	var prev *contestbot.Entry
	for i := len(t.entries) - 1; i >= 0; i-- {
		if x := t.entries[i]; x != e && x.Status == contestbot.StatusComplete {
			prev = x
			break
		}
	}
	if strings.Contains(msg[loc[0]:loc[1]], "第一个") {
		if es := t.listed(); len(es) > 0 && es[0] != e {
			prev = es[0]
		}
	}
	if prev == nil {
		return msg
	}
	for _, s := range likeOthers {
		p, q := textPtr(e, s), textPtr(prev, s)
		if p == nil || q == nil {
			continue
		}
		if *p != "" {
			if *p == *q {
				r.add(s) // copied already (再报一个): the echo names it too
			}
			continue // said for this work already
		}
		if copyField(e, prev, s) {
			r.add(s)
		}
	}
	return strings.TrimSpace(msg[:loc[0]] + msg[loc[1]:])
}
