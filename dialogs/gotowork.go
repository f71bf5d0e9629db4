package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// Branch s7-f (issue #10, round 16, rp74 p74b #19–#21): going back to a
// draft in the user's words, and confirming the work at hand on the way.
//   - "接着填《一封家书 两代初心》", the phrase the bot suggests, keeps the
//     title's inner space: the title is compared without spaces.
//   - "继续填第二个家书那个" names the draft by number, part of its title, or
//     both, as whichwork.go's resolver reads it.
//   - "第一个ok 确认。继续填第二个家书那个" at a summary confirms that work
//     first, then goes to the draft.
//   - Leaving the edit of a submitted work for a draft says the edit is kept.

// reGoLoose asks to go on with a work named after it: "继续填第二个家书那个",
// "接着弄《X》吧", "回到第二个".
var reGoLoose = regexp.MustCompile(`^(?:那|好|好的|行|嗯)?[，,\s]*(?:我们|我)?(?:先)?(?:接着|继续|回到|回去|回头)(?:填|弄|报|写|搞)?(?:一下)?(.+?)(?:吧|了|呗)?$`)

// goToWorkLoose goes to the draft s names after 接着/继续 (see the file
// comment); ok is false when s names no draft of the user's.
func (t *turn) goToWorkLoose(s string) (string, bool) {
	s = strings.TrimSpace(strings.TrimRight(s, "。！!~～ "))
	m := reGoLoose.FindStringSubmatch(s)
	if m == nil || isQuestion(s) || contestbot.RuneLen(m[1]) > 30 {
		return "", false
	}
	e := t.draftNamed(m[1])
	if e == nil {
		return "", false
	}
	head := ""
	if t.st.Mode == modeEdit {
		if x := t.current(); x != nil && x != e && x.Status == contestbot.StatusComplete {
			head = "《" + x.DisplayTitle() + "》按刚才核对的内容保存。"
		}
	}
	t.st.Resume = 0
	t.st.focus(modeForm, e)
	t.st.Pending = t.next(e)
	return head + "好的，接着填《" + e.DisplayTitle() + "》。\n\n" + t.question(e, t.st.Pending), true
}

// draftNamed is the user's draft ref names: a title in 《》 (spaces aside),
// a number, part of a title ("家书那个"), or a number and part of a title
// that agree. nil when it names none, or a submitted work.
func (t *turn) draftNamed(ref string) *contestbot.Entry {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil
	}
	if m := regexp.MustCompile(`《([^》]+)》`).FindStringSubmatch(ref); m != nil {
		want := compact(m[1])
		for _, e := range t.listed() {
			if e.Title != "" && compact(e.Title) == want && e.Status == contestbot.StatusDraft {
				return e
			}
		}
	}
	var byNum, byWords *contestbot.Entry
	if m := reWorkOrdinal.FindStringSubmatchIndex(ref); m != nil {
		byNum = t.entryRef([]string{ref[m[2]:m[3]], ""})
		ref = ref[:m[0]] + ref[m[1]:]
	}
	if rest := strings.TrimSpace(reWorkNoun.ReplaceAllString(strings.TrimSpace(ref), "")); rest != "" {
		if byWords, _ = t.workByWords(rest); byWords == nil {
			if byWords, _ = t.workByWords(rest + "那个"); byWords == nil && byNum == nil {
				return nil
			}
		}
	}
	e := byNum
	switch {
	case byNum != nil && byWords != nil && byNum != byWords:
		return nil
	case e == nil:
		e = byWords
	}
	if e == nil || e.Status != contestbot.StatusDraft {
		return nil
	}
	return e
}

// confirmThenGo reads "第一个ok 确认。继续填第二个家书那个" at the summary of
// the work at hand: it is confirmed (submitted, or its edit saved), then the
// draft named is opened.
func (t *turn) confirmThenGo(s string) (string, bool) {
	if t.st.Mode != modeEdit && !(t.st.Mode == modeForm && t.st.Pending == slot(contestbot.FieldCopyright)) {
		return "", false
	}
	cur := t.current()
	if cur == nil {
		return "", false
	}
	cls := splitClauses(s)
	if len(cls) < 2 {
		return "", false
	}
	goAt := -1
	for i := 1; i < len(cls); i++ {
		if reGoLoose.MatchString(strings.Trim(cls[i], "，,。！!；; ")) {
			goAt = i
			break
		}
	}
	if goAt < 0 {
		return "", false
	}
	head := strings.Join(cls[:goAt], "")
	if ref := t.workMeant(head); ref.e != nil && ref.e != cur || ref.fresh {
		return "", false // "第二个确认": another work than the one shown
	}
	if h := reWorkOrdinal.ReplaceAllString(compact(head), ""); !consents(h) && !consentsAmidChatter(h) {
		return "", false
	}
	target := t.draftNamed(strings.TrimSpace(reGoLoose.FindStringSubmatch(strings.Trim(strings.Join(cls[goAt:], ""), "，,。！!；; "))[1]))
	if target == nil || target == cur {
		return "", false
	}
	if t.next(cur) != slot(contestbot.FieldCopyright) && t.next(cur) != "" {
		return "", false // not ready to confirm: the form asks what is missing
	}
	done := ""
	t.st.Resume = 0
	if t.st.Mode == modeEdit {
		t.st.reset()
		t.touch(cur)
		done = "好的，《" + cur.DisplayTitle() + "》的修改已保存。视频文件名：" + cur.FileName()
	} else if out := t.complete(cur); out != "" {
		return out, true // something is missing after all: the form asks it
	}
	t.st.LastID = cur.ID
	t.st.focus(modeForm, target)
	t.st.Pending = t.next(target)
	return strings.TrimSpace(done + "\n\n好的，接着填《" + target.DisplayTitle() + "》。\n\n" + t.question(target, t.st.Pending)), true
}
