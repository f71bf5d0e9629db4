package dialogs

import (
	"fmt"
	"regexp"
	"strings"

	"contestbot"
)

// s9-e (round 23, rp109 p109b #1): voice input sends a title and its
// explanation as one run ("片子名字叫一把藤椅就是焦裕禄坐哩那个藤椅是动画片三分钟").
// The title ends where an explanation starts, and the values said after the
// explanation (a category, a running time) are read on their own.

// explainMarkers start an explanation after a title, longest first. A strong
// marker says outright that what follows is about the work; a weak one (就是,
// 是) needs more evidence, because real titles hold it ("青春就是奋斗").
var explainMarkers = []struct {
	word   string
	strong bool
}{
	{"讲的是", true}, {"说的是", true}, {"拍的是", true}, {"主要讲", true}, {"是关于", true},
	{"就是", false}, {"也就是", false}, {"是", false}, {"讲的", false}, {"讲述", false},
}

// titleExplained splits an unquoted title value said in one run into the
// title and the values told after its explanation. ok is false when the
// value reads as a title on its own.
func titleExplained(season *contestbot.Season, raw string) (title string, more []string, ok bool) {
	s := strings.TrimSpace(raw)
	if s == "" || strings.ContainsAny(s, "《》“”\"") || strings.ContainsFunc(s, isSep) {
		return raw, nil, false
	}
	rs := []rune(s)
	for i := 2; i < len(rs)-1; i++ {
		for _, m := range explainMarkers {
			if !strings.HasPrefix(string(rs[i:]), m.word) {
				continue
			}
			head := string(rs[:i])
			rest := string(rs[i+len([]rune(m.word)):])
			body, vals := tailValues(season, rest)
			if m.strong || len(vals) > 0 || refersBack(head, body) {
				return head, vals, true
			}
		}
	}
	return raw, nil, false
}

// tailValues peels a running time and a category off the end of s
// ("焦裕禄坐哩那个藤椅是动画片三分钟"): what is left and the values, in the
// order said.
func tailValues(season *contestbot.Season, s string) (string, []string) {
	var vals []string
	for range 2 {
		rs := []rune(s)
		found := false
		for j := 1; j < len(rs) && !found; j++ {
			w := string(rs[j:])
			if _, ok := findDuration(w); ok && contestbot.RuneLen(w) <= 8 {
				vals = append([]string{w}, vals...)
				s, found = string(rs[:j]), true
			} else if _, ok := categoryExact(season, w); ok {
				vals = append([]string{w}, vals...)
				s, found = string(rs[:j]), true
			}
		}
		if !found {
			break
		}
	}
	return s, vals
}

// demonstratives point back at something named before: "那个藤椅", "这把椅子".
var demonstratives = []string{"那个", "这个", "那把", "这把", "那张", "这张", "那位", "这位", "那件", "这件", "那座", "这座", "那条", "这条", "那本", "这本"}

// refersBack reports whether an explanation points back at a word of the
// title with a demonstrative ("一把藤椅" … "那个藤椅").
func refersBack(title, expl string) bool {
	tr := []rune(title)
	for _, d := range demonstratives {
		i := strings.Index(expl, d)
		if i < 0 {
			continue
		}
		after := expl[i+len(d):]
		for k := 0; k+2 <= len(tr); k++ {
			if strings.HasPrefix(after, string(tr[k:k+2])) {
				return true
			}
		}
	}
	return false
}

// s9-e (round 23, rp109 p109b #2): a title corrected in the user's own
// words, "不对不对片名就四个字一把藤椅后头那是俺给恁解释哩不是片名": a length
// word ("就四个字") checks the candidate, and the part the user disowns
// ("后头那是…解释…", "不是片名") is no part of the title.

// reTitleLength is a length word before a title: "就四个字", "只有4个字：".
var reTitleLength = regexp.MustCompile(`^(?:就是|就|只有|只|一共|总共|共)?(?:是)?([0-9一二两三四五六七八九十]{1,3})个字(?:儿)?[，,：:\s]*(?:就是|是|叫)?`)

// reDisowned is the start of the part of a title value the user says is no
// title: "后头那是俺给恁解释哩", "后面是解释", "不是片名".
var reDisowned = regexp.MustCompile(`^(?:(?:后头|后面|后边|剩下的?|其余的?|那是|那些是|这是)[^，,。]{0,10}?(?:解释|说明|介绍|不是片名|不是名字|不算)|(?:不是|不算|不算是)(?:片名|名字|标题))`)

// disownedAt is the byte offset in s where a disowned part starts, -1
// without one; the title before it has two characters at least.
func disownedAt(s string) int {
	for i := range s {
		if contestbot.RuneLen(s[:i]) >= 2 && reDisowned.MatchString(s[i:]) {
			return i
		}
	}
	return -1
}

// titleCorrected reads the title out of a title value said with a length
// word or a disowned explanation. ok is false when raw reads as a title as
// it stands.
func titleCorrected(raw string) (string, bool) {
	s := strings.TrimSpace(raw)
	if s == "" || strings.ContainsAny(s, "《》“”\"") {
		return raw, false
	}
	want := 0
	if m := reTitleLength.FindStringSubmatch(s); m != nil {
		want = smallCount(m[1])
		s = strings.TrimSpace(s[len(m[0]):])
	}
	cut := s
	if i := disownedAt(s); i >= 0 {
		cut = strings.TrimRightFunc(s[:i], isSep)
	}
	switch {
	case want > 0 && contestbot.RuneLen(cut) == want:
		return cut, true
	case want > 0 && contestbot.RuneLen(cut) > want:
		// "就四个字一把藤椅后头…" with no marker the pattern knows: the
		// length says where the title ends, if a break follows it.
		rs := []rune(cut)
		if isSep(rs[want]) || rs[want] == ' ' {
			return string(rs[:want]), true
		}
		return raw, false
	case want > 0:
		return raw, false
	case cut != s:
		return cut, true
	}
	return raw, false
}

// titleAnswered reads a plain answer to the title question said with its
// explanation or corrected with a length word: the title, with the
// running time and category said after the explanation stored too.
func (t *turn) titleAnswered(e *contestbot.Entry, answer string, r *fillResult) string {
	if title, ok := titleCorrected(answer); ok {
		return title
	}
	title, vals, ok := titleExplained(t.c.season, answer)
	if !ok {
		return answer
	}
	for _, v := range vals {
		if d, ok := findDuration(v); ok && !r.has(slot(contestbot.FieldDuration)) {
			t.set(e, slot(contestbot.FieldDuration), fmt.Sprint(d, "秒"), r)
		} else if c, ok := categoryExact(t.c.season, v); ok && !r.has(slot(contestbot.FieldCategory)) {
			t.set(e, slot(contestbot.FieldCategory), c, r)
		}
	}
	return title
}
