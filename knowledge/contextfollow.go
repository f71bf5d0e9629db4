package knowledge

import (
	"context"
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
	if !slices.Contains(a.intents, intentCategories) && !slices.Contains(a.intents, intentCategoryMeaning) {
		return a
	}
	q := normalize(question)
	if !containsAny(q, whichCategoryWords) || b.categoriesNamed(q) > 0 || b.categoryLead(q) != "" {
		return a
	}
	if !followsUp(q) && len([]rune(q)) > 12 {
		return a // a question of its own, not an elliptical follow-up
	}
	lead := b.categoryLead(normalize(previous) + "，算哪类")
	if lead == "" || strings.HasPrefix(a.Text, lead) {
		return a
	}
	a.Text = lead + a.Text
	return a
}
