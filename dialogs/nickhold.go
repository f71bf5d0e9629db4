package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// s12-e (round 32, rp153): "监制老胡 编导我 撰稿小刘 摄影剪辑是鼎视那边的人"
// stored 老胡 and 小刘 as the 监制 and the 撰稿; they print on the signed
// forms. A nickname in a 主创 role (老X, 小X, 阿X, a surname with a title or
// 哥/姐: 王老师, 李书记, 张哥) is held, not stored: the full names are asked
// once, in one line ("老胡、小刘的全名是？"), replacing the step's question.
// The answer fills them: bare names in order right after the question
// ("胡建军 刘佳怡"), or pairs at any time ("老胡叫胡建军 小刘是刘佳怡", s12-a
// nickPairs). "就写小刘" stores the nickname as it is, and so does the same
// nickname given again for the same role. Anything else is read as usual:
// the held role stays empty and the form asks it in its turn, so nothing is
// lost and nothing is stored the user did not mean as a name.

type heldNick struct {
	Slot slot   `json:"slot"`
	Nick string `json:"nick"`
}

var (
	// reNickShape is a name by which colleagues call someone: 老胡, 小刘, 阿强,
	// 王老师, 欧阳书记, 张哥, 李姐. An office with a surname (王校长, 李主任)
	// is left to the older readers (knowntitle.go, chatpaste.go).
	reNickShape = regexp.MustCompile(`^(?:(?:小|老|阿)\p{Han}|(\p{Han}{1,2})(?:老师|书记|哥|姐))$`)
	// reKeepNick says to write the nickname as it is: "就写小刘", "就这么写",
	// "写小刘就行", "不用全名".
	// What is left once the nicknames named are taken out.
	reKeepNick = regexp.MustCompile(`^(?:那|那就|就|直接|还是)*(?:写|填|用|按)?(?:就行|就行了|就好|就可以|可以|吧|好了|了)*$`)
)

// isNickname reports whether a person value is a nickname: 小X, 老X or 阿X
// (two characters: "阿依古丽" is a name), or a surname with a title.
func isNickname(n string) bool {
	m := reNickShape.FindStringSubmatch(n)
	if m == nil {
		return false
	}
	if m[1] == "" {
		return true
	}
	return surnameLen(m[1]) == contestbot.RuneLen(m[1]) // 王老师, not 晓雯老师
}

// holdNick holds nick given for role x instead of storing it, unless the
// user said to write it so or gives it for that role a second time.
func (t *turn) holdNick(x slot, nick string) bool {
	if !isNickname(nick) || slices.Contains(t.st.NickOK, nick) {
		return false
	}
	if t.trying {
		return true // a trial fill stores no nickname and changes no state
	}
	h := heldNick{x, nick}
	if i := slices.Index(t.st.Held, h); i >= 0 && !t.st.NickAsked {
		t.st.NickOK = append(t.st.NickOK, nick) // given again: it is the name
		t.st.Held = slices.Delete(t.st.Held, i, i+1)
		return false
	}
	if !slices.Contains(t.st.Held, h) {
		t.st.Held = append(t.st.Held, h)
	}
	t.nickHeld = true
	return true
}

// heldIn reports whether a nickname is held for role x.
func (t *turn) heldIn(x slot) bool {
	for _, h := range t.st.Held {
		if h.Slot == x {
			return true
		}
	}
	return false
}

// heldNicks are the nicknames held, each once, in the order given.
func heldNicks(held []heldNick) []string {
	var ns []string
	for _, h := range held {
		if !slices.Contains(ns, h.Nick) {
			ns = append(ns, h.Nick)
		}
	}
	return ns
}

// dropHeld forgets the nickname held for role x once x is given otherwise.
func (t *turn) dropHeld(x slot) {
	if t.trying {
		return
	}
	t.st.Held = slices.DeleteFunc(t.st.Held, func(h heldNick) bool { return h.Slot == x })
}

// nickQuestion asks the full names of every nickname held.
func (t *turn) nickQuestion() string {
	ns := heldNicks(t.st.Held)
	return strings.Join(ns, "、") + "的全名是？报名表上要写全名；就用这个称呼的话回复“就写" + ns[0] + "”。"
}

// withNickQuestion puts q in place of the question that ends out.
func withNickQuestion(out, q string) string {
	if strings.HasPrefix(out, notUnderstood) { // only nicknames were said: nothing else to echo
		return q
	}
	if i := strings.LastIndex(out, "\n\n"); i >= 0 {
		return out[:i] + "\n\n" + q
	}
	if strings.TrimSpace(out) == "" {
		return q
	}
	return out + "\n\n" + q
}

// heldAnswer reads s as the answer to the full-name question: the message
// rewritten with each role labelled and its full names, ok false when s is
// no such answer (it is then read as usual).
func (t *turn) heldAnswer(e *contestbot.Entry, s string) (string, bool) {
	if len(t.st.Held) == 0 || e == nil {
		return "", false
	}
	full := map[heldNick]string{}
	if pairs, ok := nickPairs(s); ok { // s12-a solonick.go: "老胡叫胡建军 小刘是刘佳怡"
		for _, p := range pairs {
			for _, h := range t.st.Held {
				if h.Nick == p.nick {
					full[h] = p.full
				}
			}
		}
		if len(full) == 0 {
			return "", false // the pairs name stored nicknames: fullNames reads them
		}
	} else if keep, ok := keptNicks(s, t.st.Held); ok && t.st.NickAsked {
		for _, h := range t.st.Held {
			if slices.Contains(keep, h.Nick) {
				full[h] = h.Nick
				if !slices.Contains(t.st.NickOK, h.Nick) {
					t.st.NickOK = append(t.st.NickOK, h.Nick)
				}
			}
		}
	} else if t.st.NickAsked && contestbot.RuneLen(bareNoSymbols(s)) <= 6 && (isYes(s) || consents(s)) && !isQuestion(s) {
		for _, h := range t.st.Held { // "好的", "同意" to the question: written as typed, never a name
			full[h] = h.Nick
			t.st.NickOK = append(t.st.NickOK, h.Nick)
		}
	} else if names, ok := bareNames(s); ok && t.st.NickAsked && len(names) == len(heldNicks(t.st.Held)) {
		nicks := heldNicks(t.st.Held)
		for _, h := range t.st.Held {
			full[h] = names[slices.Index(nicks, h.Nick)]
		}
		for _, h := range t.st.Held { // by surname when the order was not the question's
			if sur := nickSurname(h.Nick); !strings.HasPrefix(full[h], sur) {
				for _, n := range names {
					if strings.HasPrefix(n, sur) && strings.Count(strings.Join(names, ""), sur) == 1 {
						full[h] = n
					}
				}
			}
		}
	} else {
		return "", false
	}
	var parts []string
	var left []heldNick
	for _, x := range roles {
		var add []string
		for _, h := range t.st.Held {
			if h.Slot == x && full[h] != "" {
				add = append(add, full[h])
			}
		}
		if len(add) == 0 {
			continue
		}
		v := *creatorPtr(e, x)
		if v != "" {
			v += "、"
		}
		parts = append(parts, chineseShort(x)+v+strings.Join(add, "、"))
	}
	for _, h := range t.st.Held {
		if full[h] == "" {
			left = append(left, h)
		}
	}
	if len(parts) == 0 {
		return "", false
	}
	t.st.Held = left
	return strings.Join(parts, "，"), true
}

// bareNames is s when it is only real names, in order.
func bareNames(s string) ([]string, bool) {
	var out []string
	for _, c := range reNickSep.Split(strings.TrimSpace(contestbot.NormalizeWidth(stripEmoji(s))), -1) {
		if c == "" {
			continue
		}
		if !isRealName(c) || isNickname(c) {
			return nil, false
		}
		out = append(out, c)
	}
	return out, len(out) > 0
}

// keptNicks reads "就写小刘" (those named) or "就这么写" (all held).
func keptNicks(s string, held []heldNick) ([]string, bool) {
	c := bareNoSymbols(s)
	if isQuestion(s) || !containsAny(c, "写", "就", "用", "填", "不用全名", "没有全名") {
		return nil, false
	}
	if containsAny(c, "这么写", "这样写", "就这样", "不用全名", "没有全名", "就写这个", "就用这个") {
		var all []string
		for _, h := range held {
			all = append(all, h.Nick)
		}
		return all, true
	}
	var named []string
	rest := c
	for _, h := range held {
		if strings.Contains(rest, h.Nick) {
			named = append(named, h.Nick)
			rest = strings.ReplaceAll(rest, h.Nick, "")
		}
	}
	rest = strings.NewReplacer("和", "", "跟", "", "、", "", "还有", "").Replace(rest)
	if len(named) == 0 || !reKeepNick.MatchString(rest) {
		return nil, false
	}
	return named, true
}

// notUnderstood opens the form's reply to a message it stored nothing of.
const notUnderstood = "这句我没看懂"

// heldNow reports whether a nickname was held for role x in this very fill
// ("监制张三、老胡": 张三 is stored, 老胡 still asked).
func (t *turn) heldNow(x slot) bool {
	return t.nickHeld && t.heldIn(x)
}

// reNickParen is a nickname with the full name in brackets: "老王（王建军）".
var reNickParen = regexp.MustCompile(`(\p{Han}{2,4})[（(](\p{Han}{2,4})[）)]`)

// nickParenFull writes a nickname followed by its full name in brackets as
// the full name: "策划老王（王建军）" is 王建军, nothing to ask.
func nickParenFull(raw string) string {
	return reNickParen.ReplaceAllStringFunc(raw, func(m string) string {
		sm := reNickParen.FindStringSubmatch(m)
		rs := []rune(sm[1])
		for i := 0; i+2 <= len(rs); i++ { // "策划老王": the nickname ends the words before the bracket
			if nick := string(rs[i:]); isNickname(nick) && isRealName(sm[2]) && strings.HasPrefix(sm[2], nickSurname(nick)) {
				return string(rs[:i]) + sm[2]
			}
		}
		return m
	})
}
