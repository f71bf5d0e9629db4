package knowledge

import "strings"

// s8-o (issue 12, rp103 q47): "咱们这个比赛跟教育部那个“微党课”比赛是一个吗"
// asks whether another organiser's event is this one. It is not, and the
// answer says so plainly, with who runs this contest, before the one line
// every other event gets.

// otherEventAnswer is the reply to a message about another contest or
// event (q normalised).
func (b *Base) otherEventAnswer(q string) Answer {
	a := b.redirect("other_event")
	if !containsAny(q, sameEventWords) {
		return a
	}
	var who []string
	for _, o := range b.facts.Organisers[:min(2, len(b.facts.Organisers))] {
		if i := strings.IndexAny(o, "（("); i > 0 {
			o = o[:i]
		}
		who = append(who, o)
	}
	lead := "不是一个。这个大赛"
	if len(who) > 0 {
		lead += "由" + who[0] + "组织开展"
		if len(who) > 1 {
			lead += "、" + who[1] + "通知各校报送"
		}
	}
	a.Text = lead + "，你说的那个是另一个比赛。" + a.Text
	return a
}

// intentVerdict is the plain verdict the facts file gives a's first
// intent for yes/no question q ("不要加。"), or "". A not-in-notice answer
// whose rule is named in the notice (开场字幕说明) still gets its verdict.
func (b *Base) intentVerdict(q string, a Answer) string {
	if len(a.intents) == 0 {
		return ""
	}
	in := b.match.intent(a.intents[0])
	if in == nil || len(in.verdicts) == 0 {
		return ""
	}
	if v := in.verdicts[yesNoKind(q)]; v != "" {
		return v + "。"
	}
	return ""
}
