package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// At the duration step two kinds of question are no badly typed time
// (rp38, in a form):
//   - how to write it ("时长是写几分几秒还是只写分钟"): answered, and the
//     step asked again;
//   - a time with a question on whether it is allowed ("我们这个3分05秒 填上去
//     会不会不让报"): the time is stored (it is the user's value) and the
//     question answered by the notice's rule: over 3 minutes it quotes
//     原则上不超过3分钟, says the notice does not settle it, gives the
//     contacts.

// reHowToWrite asks how a value is written: 写…还是…, 写几分几秒, 怎么写.
var reHowToWrite = regexp.MustCompile(`(?:写|填)(?:成|到)?(?:几分几秒|分钟|秒|几分钟).*还是|还是(?:只)?(?:写|填)(?:成|到)?(?:几分几秒|分钟|秒|几分钟)|(?:怎么|咋|如何)(?:写|填)|(?:写|填)(?:几分几秒|到秒)(?:吗|呢|\?)`)

// reAllowedAsk asks whether a value is allowed: 会不会不让报, 能报吗, 行不行.
var reAllowedAsk = regexp.MustCompile(`会不会|能不能|让不让|不让报|能报吗|能报不|行不行|行吗|行不|中不中|可以吗|可以不|算超吗|超了吗|超没超|要不要紧|有影响吗|有没有影响|算超|超不超|超了没|没超吧|超标`) // s6-k: 3分整 不算超吧

// durationAsk answers the two kinds of question at the duration step.
func (t *turn) durationAsk(e *contestbot.Entry, typed string, pending slot, reask func(string) string) (string, bool) {
	if pending != slot(contestbot.FieldDuration) || t.nested || t.c.deps.Knowledge == nil {
		return "", false
	}
	w := contestbot.NormalizeWidth(typed)
	durs := ownDurations(w) // s6-k: not the limit named in "超过三分钟的话"
	switch {
	case len(durs) == 0 && reHowToWrite.MatchString(w):
		if a := t.ask(typed, true); a != "" {
			return reask(a), true
		}
	case len(durs) == 0 && reAllowedAsk.MatchString(w) && reDuration.MatchString(w):
		// s9-a: "时长超了3分钟中不中" names only the limit: answered, nothing
		// stored, the step asked again.
		if a := t.ask(typed, true); a != "" {
			return reask(a), true
		}
	case len(durs) == 1 && reAllowedAsk.MatchString(w):
		a := t.ask(typed, true)
		if a == "" {
			return "", false
		}
		if contestbot.IsVagueDuration(w) {
			// "填“三分多钟”行吗": answered; an estimate is never stored.
			return reask(a + "\n\n时长请写准确到秒，例如：3分10秒。"), true
		}
		t.nested = true
		out := t.formInput(e, durs[0])
		t.nested = false
		return strings.TrimSpace(a + "\n\n" + out), true
	}
	return "", false
}

// limitLeads name the limit, not the user's value: "超过三分钟的话还能报吗".
var limitLeads = []string{"超过", "超出", "不超过", "多于", "大于", "超"}

// reLimitLead names the limit with 了 or 出: "超了3分钟", "超出了三分钟" (s9-a, rp106 p106a).
var reLimitLead = regexp.MustCompile(`(?:超过|超出|超|多于|大于|长于)了$`)

// ownDurations returns the durations of w that are the user's values, not
// the limit the question names after 超过: in "两分四十八秒多一点超过三分钟的话
// 还能报吗" only 两分四十八秒. (s6-k)
func ownDurations(w string) []string {
	var out []string
	for _, loc := range reDuration.FindAllStringIndex(w, -1) {
		if slices.ContainsFunc(limitLeads, func(l string) bool { return strings.HasSuffix(w[:loc[0]], l) }) || reLimitLead.MatchString(w[:loc[0]]) {
			continue
		}
		out = append(out, w[loc[0]:loc[1]])
	}
	return out
}
