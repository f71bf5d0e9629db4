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
	return q != "" && b.namesOtherContest(q)
}
