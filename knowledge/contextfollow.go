package knowledge

import (
	"context"
	"regexp"
	"slices"
	"strings"
)

// s10-g (rp127 q22): a follow-up that asks which category and names no
// work of its own ("那选哪个分类" right after "用AI做的视频可以吗") is about
// the work the question before it named. The caller keeps the user's last
// question that was answered and passes it with the next message.

// AnswerAfter answers question, asked right after previous (the user's
// last question that got an answer; "" when there is none). A question
// that asks which category, names no category or category word itself and
// is answered with the category list gets the category the previous
// question's work belongs to first. Any other question is Answer.
func (b *Base) AnswerAfter(ctx context.Context, question, previous string) Answer {
	a := b.Answer(ctx, question)
	if strings.TrimSpace(previous) == "" {
		return a
	}
	if r, ok := b.ruleFollowUp(ctx, question, previous, a); ok {
		return r
	}
	if r, ok := b.formFollowUp(ctx, question, previous); ok {
		return r
	}
	if lead := b.categoryAfter(a, question, previous); lead != "" {
		a.Text = lead + a.Text
	}
	return a
}

// categoryAfter is the lead that names the category of the work previous
// named, when question, answered by a, asks which category elliptically
// ("那选哪个分类", "分类选啥"); "" otherwise. s11-c (rp136 q31): the same
// holds for the clause before it in one message ("AI生成的要标注吗 分类选啥").
func (b *Base) categoryAfter(a Answer, question, previous string) string {
	if !slices.Contains(a.intents, intentCategories) && !slices.Contains(a.intents, intentCategoryMeaning) {
		return ""
	}
	q := normalize(question)
	if !containsAny(q, whichCategoryWords) || b.categoriesNamed(q) > 0 || b.categoryLead(q) != "" {
		return ""
	}
	if !followsUp(q) && len([]rune(q)) > 12 {
		return "" // a question of its own, not an elliptical follow-up
	}
	lead := b.categoryLead(normalize(previous) + "，算哪类")
	if strings.HasPrefix(a.Text, lead) {
		return ""
	}
	return lead
}

// s11-c (rp136 q64): "那4k呢" right after "1080p的码率要求是多少" asks the
// same rule for the other tier, not for a verdict on a video nobody
// described. A follow-up that names only an accepted tier (1080P, 4K),
// after a question answered by a rule, is that question asked again with
// the tier swapped in (or put before it when it named none).

// ruleFollowUp answers question as previous asked for another tier; ok is
// false unless question is such a follow-up and the question rewritten is
// answered by a rule.
func (b *Base) ruleFollowUp(ctx context.Context, question, previous string, a Answer) (Answer, bool) {
	q := normalize(question)
	if a.Kind != KindVideo || !followsUp(q) {
		return Answer{}, false
	}
	body := q
	for _, o := range followUpOpeners {
		if strings.HasPrefix(body, o) {
			body = strings.TrimPrefix(body, o)
			break
		}
	}
	body = strings.TrimRight(body, "呢吗嘞啊呀的?？。 ")
	if body == "" || len([]rune(body)) > 8 || !parseVideoWords(body, b.facts.Video).tierOnly {
		return Answer{}, false
	}
	prev := b.Answer(ctx, previous)
	if prev.Kind != KindFact {
		return Answer{}, false
	}
	p := normalize(previous)
	var rewritten string
	for _, re := range []*regexp.Regexp{reSize, reP, reK} {
		if m := re.FindStringSubmatchIndex(p); m != nil {
			from := m[0]
			if re == reK {
				from = m[4] // reK's first group is the character before the digit
			}
			rewritten = p[:from] + body + p[m[1]:]
			break
		}
	}
	if rewritten == "" {
		rewritten = body + "的" + p
	}
	r := b.Answer(ctx, rewritten)
	if r.Kind != KindFact {
		return Answer{}, false
	}
	return r, true
}

// reThisForm is a form named only by a demonstrative: "那这个表还用盖章不".
var reThisForm = regexp.MustCompile(`(?:这个|那个|这张|那张|这份|那份|该|这|那)(?:表格|表)`)

// formFollowUp (s12-h, rp155 q12): a question that names a form only as
// "这个表", right after a question that named one form ("会总表上需要谁签字"),
// is about that form: it is answered with the form's name in place of the
// demonstrative. ok is false when question names a form of its own, has no
// such demonstrative, or previous named no form or several.
func (b *Base) formFollowUp(ctx context.Context, question, previous string) (Answer, bool) {
	q := normalize(question)
	loc := reThisForm.FindStringIndex(q)
	if loc == nil || len(b.formsNamed(q)) > 0 {
		return Answer{}, false
	}
	named := b.formsNamed(normalize(previous))
	if len(named) != 1 {
		return Answer{}, false
	}
	var form string
	for f := range named {
		form = f
	}
	r := b.Answer(ctx, q[:loc[0]]+form+q[loc[1]:])
	if r.Kind != KindFact && r.Kind != KindNotInNotice {
		return Answer{}, false
	}
	return r, true
}
