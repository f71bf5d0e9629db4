package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Values said with the wish to register (s5-g3, rp51 p51b): "行，那我们就选
// 动画制作吧，AI的部分片尾已经标注了。我要报名" names the category and the AI
// facts before the form opens. Each clause that is no question and that the
// form reads fully (category, duration, title, AI used and labelled, …) is
// kept, and filled into the new draft when register opens it; the reply says
// what was taken ("已按您前面说的记下：分类 动画制作；使用AI生成内容，已标注").

// statedClauses is the clauses of head the form reads fully, each on its
// own: no question, nothing left unread, no value refused.
func (t *turn) statedClauses(head string) []string {
	var out []string
	for _, cl := range splitClauses(head) {
		cl = strings.TrimRight(strings.TrimSpace(cl), "，,。；;！! ")
		if cl == "" || isQuestion(cl) || askedYesNo(cl) || isChatter(compact(cl)) {
			continue
		}
		for _, re := range []*regexp.Regexp{reChoiceSaid, reKindSaid} {
			if m := re.FindStringSubmatch(cl); m != nil {
				if c, ok := categoryExact(t.c.season, m[1]); ok {
					cl = "分类：" + c // "那我们就选动画制作吧", "我们这个片子是实拍的"
					break
				}
			}
		}
		scratch := &contestbot.Entry{OpenID: t.m.OpenID, Status: contestbot.StatusDraft}
		r := t.fillKeepingState(scratch, cl, "")
		if len(r.set) == 0 || len(r.errs) > 0 || len(r.unknown) > 0 || len(r.asked) > 0 {
			continue
		}
		free := false
		for _, x := range r.set {
			free = free || x.freeText() // a 简介 beside the wish is no stated value
		}
		if !free {
			out = append(out, cl)
		}
	}
	return out
}

// takeStated fills the clauses kept by statedClauses into e and says what
// was taken; "" when nothing was.
func (t *turn) takeStated(e *contestbot.Entry, clauses []string) string {
	var took []string
	for _, cl := range clauses {
		r := t.fill(e, cl, "")
		for _, x := range r.set {
			switch x {
			case slot(contestbot.FieldAILabelled):
				continue // said with 使用AI below
			case slot(contestbot.FieldAIUsed):
				took = append(took, aiStated(e))
				continue
			}
			if x.eligibility() || x.yesNo() {
				took = append(took, display(t.c.season, e, x))
				continue
			}
			took = append(took, x.label()+" "+display(t.c.season, e, x))
		}
	}
	if len(took) == 0 {
		return ""
	}
	t.touch(e)
	return "已按您前面说的记下：" + strings.Join(took, "；") + "。"
}

// aiStated says the AI facts of e in a few words.
func aiStated(e *contestbot.Entry) string {
	switch {
	case e.AIUsed == nil:
		return ""
	case !*e.AIUsed:
		return "未使用AI生成内容"
	case e.AILabelled != nil && *e.AILabelled:
		return "使用AI生成内容，已标注"
	case e.AILabelled != nil:
		return "使用AI生成内容，未标注"
	}
	return "使用AI生成内容"
}

// reChoiceSaid is a choice said as a decision: "那我们就选动画制作吧",
// "就报实景拍摄", "还是算AI生成吧"; the group is what was chosen.
var reChoiceSaid = regexp.MustCompile(`^(?:行|好|嗯)?[，,\s]*(?:那|那就|那么)?(?:我们|俺们|咱们|咱|俺|我)?(?:就|还是|也)?(?:选|选择|报|填|写|归|算)(?:成|为|到|在)?(.+?)(?:吧|了|好了|就行|就中|类)*$`)

// reKindSaid says what kind of work it is: "我们这个片子是实拍的",
// "这个作品属于动画制作"; the group is the kind.
var reKindSaid = regexp.MustCompile(`^(?:我们|俺们|咱们|咱|俺)?(?:这个|这部|这|那个)?(?:片子|片儿|作品|视频)(?:是|属于|算|算是)(.+?)(?:的)?$`)

// dropRegisterClauses removes from s the clauses that only say the wish to
// register ("…，时长两分半，我要报名"), so no field reads them as a value.
func dropRegisterClauses(s string) string {
	cls := splitClauses(s)
	var keep []string
	dropped := false
	for _, cl := range cls {
		c := compact(strings.TrimRight(cl, "，,。；;！! "))
		if oneOf(c, registerWords...) || oneOf(bare(cl), registerWords...) || registerIntent(cl) && len(extract(cl).values) == 0 {
			dropped = true
			continue
		}
		keep = append(keep, cl)
	}
	if !dropped || len(keep) == 0 {
		return s
	}
	return strings.TrimRight(strings.Join(keep, ""), "，,；; ")
}
