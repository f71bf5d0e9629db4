package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s9-e (round 23, rp109 p109b #5 #7): voice input sends the 主创 in one run,
// without a separator, and with role names misheard:
// "间质是俺们组织部李红梅部长编导是俺郭建民撰稿是俺跟王珂俩人摄影没有剪辑是赵宇航孙佳两个学生",
// "撰稿郭建民王珂摄影无裁剪赵宇航孙佳". One part the form could not read
// threw the whole message away. roleRunOn cuts such a run at its role
// names into labelled parts ("监制：…；编导：…"), so every part is read on
// its own: the parts that read are kept, and only a failing one is asked.
//
// A role name is found as typed, by sound (go-pinyin, every character the
// label's syllable without tone: 间质 for 监制), or as 裁剪 for 剪辑; the two
// last only where roles are expected (a role is asked, or the message names
// another role as typed). 没有/无 right after a role is nobody for it;
// counts after the names ("俩人", "两个学生") go. The names themselves are
// read as every role answer is (glued names by surname, 俺/我 the contact).

// roleAliases are words voice input puts for a role's name that do not
// sound like it: 裁剪 (cut) for 剪辑.
var roleAliases = map[string]slot{"裁剪": slotEditor, "剪切": slotEditor}

// roleHit is a role's name found in a run: rune offsets and the slot.
type roleHit struct {
	slot       slot
	start, end int
}

// reRoleNobody is a role said to have nobody, at the start of its part.
var reRoleNobody = regexp.MustCompile(`^(?:也|都|就|暂时|目前)?(?:没有|没人|没|无|暂无|空着|不填|不要)`)

// reRoleCount is a count after a role's names: "俩人", "两个学生", "三个人".
var reRoleCount = regexp.MustCompile(`(?:[俩两二三四五六七八九几]个?(?:人|学生|同学|老师|娃|孩子)|俩|等人|等)(?:一起|合作|共同)?(?:做的|弄的|写的|拍的|剪的|负责)?$`)

// reRoleLead is a copula between a role's name and its people.
var reRoleLead = regexp.MustCompile(`^(?:[：:\s]|也|就|都|呢|嗯)*(?:是|为|由|叫|有)?[：:\s]*`)

// findRoleHits finds the role names in rs, longest first at each position.
// Names by sound or alias count only when loose is set.
func findRoleHits(rs []rune, loose bool) []roleHit {
	syl := usualSyllables(rs)
	none := make([]bool, len(rs))
	var out []roleHit
	for i := 0; i < len(rs); i++ {
		hit := roleHit{start: -1}
		for _, d := range labelDefs {
			w := []rune(d.word)
			if d.weak || !d.slot.isRole() || i+len(w) > len(rs) || !slices.Equal(rs[i:i+len(w)], w) {
				continue
			}
			hit = roleHit{d.slot, i, i + len(w)}
			break
		}
		if hit.start < 0 && loose && i+2 <= len(rs) {
			if s, ok := roleAliases[string(rs[i:i+2])]; ok {
				hit = roleHit{s, i, i + 2}
			}
			for _, d := range spokenLabelDefs {
				n := len(d.word)
				if hit.start >= 0 || !d.slot.isRole() || i+n > len(rs) || !soundsLikeLabel(rs[i:i+n], syl[i:i+n], d, none[i:i+n]) {
					continue
				}
				if followsLabel(rs[i+n:], d.slot) || nameAhead(rs[i+n:]) {
					hit = roleHit{d.slot, i, i + n}
				}
			}
		}
		if hit.start >= 0 {
			out = append(out, hit)
			i = hit.end - 1
		}
	}
	return out
}

// roleRunOn rewrites a 主创 message said as one run into labelled parts,
// or returns msg as it is: a message with fewer than two role names, or
// one whose parts are already kept apart and named as typed.
func roleRunOn(msg string, pending slot) string {
	// Only a run as voice input sends it: no punctuation, no line break,
	// and a role named first ("本片由…担任监制" is prose, read elsewhere).
	if strings.ContainsFunc(msg, func(r rune) bool { return isSep(r) || r == '\n' }) {
		return msg
	}
	msg = strings.TrimSpace(msg)
	rs := []rune(msg)
	exact := findRoleHits(rs, false)
	loose := len(exact) > 0 || pending.isRole() || pending == slotCreators
	if !loose {
		return msg
	}
	hits := findRoleHits(rs, true)
	renamed := len(hits) != len(exact)
	if isQuestion(msg) {
		return msg // "裁剪是啥意思": a question, read as one
	}
	if len(hits) == 1 && renamed && hits[0].start == 0 && hits[0].end < len(rs) {
		// "间质李红梅" while a role is asked: the role named by sound,
		// before a name, a pronoun or nobody ("剪纸是我的爱好" is none).
		v := reRoleLead.ReplaceAllString(runOnValue(rs, hits, 0), "")
		if !peopleAhead(v) && !reRoleNobody.MatchString(v) {
			return msg
		}
		return hits[0].slot.label() + "：" + runOnPeople(runOnValue(rs, hits, 0))
	}
	if len(hits) < 2 || hits[0].start != 0 {
		return msg
	}
	glued := false
	for k := 1; k < len(hits); k++ {
		between := rs[hits[k-1].end:hits[k].start]
		if len(between) > 0 && !strings.ContainsFunc(string(between), func(r rune) bool { return isSep(r) || r == ' ' }) {
			glued = true
		}
	}
	if !renamed && !glued {
		return msg
	}
	var parts []string
	for k := 0; k < len(hits); k++ {
		h := hits[k]
		end := len(rs)
		if k+1 < len(hits) {
			end = hits[k+1].start
		}
		v := strings.TrimFunc(string(rs[h.end:end]), func(r rune) bool { return isSep(r) || r == ' ' })
		label := h.slot.label()
		if v == "" {
			if slices.ContainsFunc(hits[:k], func(x roleHit) bool { return x.slot == h.slot }) {
				continue // "摄影没有动画片没有摄影": the role named again in the reason
			}
			if k+1 < len(hits) && hits[k+1].start == h.end {
				// "摄影剪辑都是张磊": side-by-side roles share the value.
				parts = append(parts, label+"、"+hits[k+1].slot.label()+"："+runOnPeople(runOnValue(rs, hits, k+1)))
				k++
				continue
			}
			parts = append(parts, string(rs[h.start:h.end]))
			continue
		}
		parts = append(parts, label+"："+runOnPeople(v))
	}
	return strings.Join(parts, "；")
}

// runOnValue is the text after hits[k] up to the next role name.
func runOnValue(rs []rune, hits []roleHit, k int) string {
	end := len(rs)
	if k+1 < len(hits) {
		end = hits[k+1].start
	}
	return strings.TrimFunc(string(rs[hits[k].end:end]), func(r rune) bool { return isSep(r) || r == ' ' })
}

// runOnPeople reads one role's part of a run: nobody, or the people with
// the copula before them and the count after them off.
func runOnPeople(v string) string {
	v = reRoleLead.ReplaceAllString(v, "")
	if reRoleNobody.MatchString(v) {
		return "无"
	}
	if w := strings.TrimSpace(reRoleCount.ReplaceAllString(v, "")); contestbot.RuneLen(w) >= 1 {
		v = w
	}
	return v
}

// peopleAhead reports whether v starts with a person: a full name, or 我/俺/
// 本人 alone, before a name or before another person ("俺跟王珂").
func peopleAhead(v string) bool {
	if nameAhead([]rune(v)) {
		return true
	}
	for _, p := range []string{"本人", "我", "俺"} {
		if rest, ok := strings.CutPrefix(v, p); ok {
			return rest == "" || nameAhead([]rune(rest)) || strings.ContainsAny(string([]rune(rest)[:1]), "和跟与及")
		}
	}
	return false
}
