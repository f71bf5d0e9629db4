package knowledge

import "strings"

// s9-g (round 28, rp113 N57): "我想问下全国大学生微电影大赛怎么报名" names
// another contest; the dialogs ask this before reading a wish to register,
// so such a message never opens this contest's form.

// NamesOtherContest reports whether message names a contest or event that
// is not this one (全国大学生微电影大赛, “学宪法讲宪法”比赛) as the thing it
// is about. A message naming this contest, or no contest, is false.
func (b *Base) NamesOtherContest(message string) bool {
	q := strings.Trim(normalize(stripIntro(spokenMarks(message))), " .,;:!?~…")
	return q != "" && (b.namesOtherContest(q) || b.asksOtherEvents(q))
}

// intentOtherEvents answers a question which other contests or events
// there are ("省委组织部今年还有啥别的比赛", s10-g).
const intentOtherEvents = "other_events"

func init() { namedIntents = append(namedIntents, intentOtherEvents) }

// asksOtherEvents reports whether the normalised q asks which other
// contests or events there are: like one naming another contest, it is
// about no work of this one, and mid-form it is no value (s10-g, rp127
// q61).
func (b *Base) asksOtherEvents(q string) bool {
	in := b.intentByID(intentOtherEvents)
	if in == nil {
		return false
	}
	s, _ := b.match.score(in, b.match.occurrences(q), nil)
	return s > 0
}
