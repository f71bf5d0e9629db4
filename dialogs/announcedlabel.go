package dialogs

import (
	"regexp"
	"strings"
)

// s10-l (round 27, rp128): "你好，先把简介发你：本片以二维动画的形式，…" as
// the first message got the welcome and the 简介's length rule; the 简介 was
// lost. A field announced before a colon ("先把简介发你：", "简介先发给您：",
// "下面是简介：") is that field's label; greetings and chatter before it
// carry nothing. The message then reads as "简介：…", which the labelled
// readers already keep (with no form open it opens one, "values before the
// form are kept").

// reAnnouncedLabel is an announcement of a field ending in a colon: the
// field's word in group 1.
var reAnnouncedLabel = regexp.MustCompile(`^(?:我|我们|俺|俺们|咱)?(?:先|现在|这就|马上)?(?:把|将)?(?:发|给|贴|传)?(?:一下|下)?(?:我们|俺们|咱们)?(?:的)?(?:这个|那个)?(\p{Han}{2,6}?)(?:先|我)?(?:发|给|贴|传|报)?(?:给)?(?:你|您|你们|过去|过来)?(?:了|一下|下)?(?:吧|哈|啊|呀)?(?:如下)?\s*[:：]`)

// reHereIs is "下面是", "这是" before a field's word.
var reHereIs = regexp.MustCompile(`^(?:下面|以下|这|这个|这边)(?:是|为)`)

// announcedLabel rewrites an announced field before a colon into the field's
// label: "你好，先把简介发你：X" → "简介：X". A message with no such
// announcement, or with a value before it, is returned unchanged.
func announcedLabel(s string) string {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return s
	}
	head := s[:i]
	cls := splitClauses(head)
	if len(cls) == 0 {
		return s
	}
	last := strings.TrimSpace(cls[len(cls)-1])
	for _, cl := range cls[:len(cls)-1] {
		if c := compact(cl); c != "" && !greetsOnly(cl) && !isChatter(c) {
			return s // "片名黄河，简介：…": a value before the label is read as it is
		}
	}
	here := reHereIs.MatchString(last)
	body := reHereIs.ReplaceAllString(last, "")
	m := reAnnouncedLabel.FindStringSubmatch(body + "：")
	if m == nil || m[0] != body+"：" {
		return s
	}
	word := m[1]
	if labelSlot(word) == "" || !here && !announcesField(body, word) {
		return s
	}
	if compact(last) == word && len(cls) == 1 {
		return s // "简介：…" is a label already
	}
	return word + "：" + strings.TrimLeft(s[i:], ":：")
}

// announcesField reports whether the words around word announce sending it
// (先, 把, 发, 给) or are the bare word: "片名有问题：" does not.
func announcesField(cl, word string) bool {
	rest := strings.Replace(cl, word, "", 1)
	return rest == "" || containsAny(rest, "先", "把", "将", "发", "给", "贴", "传", "如下")
}
