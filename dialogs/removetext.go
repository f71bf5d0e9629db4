package dialogs

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"contestbot"
)

// This file takes words out of a stored value on request, with or without
// quotes, as the user sees them in the echo: "摘要前面怎么把我那句“哦那摘要就写”也放进去了，
// 把这几个字去掉", "前头那个修改简介四个字不要", "把简介开头那几个字嗯那个就是说给删了". The field is
// the one named, else the one just stored, else the text field that holds
// the words. The result is echoed; a request whose words are not there
// changes nothing and says so.

var (
	// reRemoveVerb ends a removal request.
	reRemoveVerb = regexp.MustCompile(`(?:给)?(?:(?:不要|别|不用|不能)(?:写|放|记|填)进去|去掉|删掉|删去|删了|删除|去了|拿掉|去除|不要了?|多余)(?:它|吧|了|哈|啊|呀|就行|就好|谢谢)*$`)
	// reTextBound says where a text starts or ends, beside a removal: "简介
	// 从“作品以动画形式”开始", "到“先锋模范作用。”为止" (s7-m).
	reTextBound = regexp.MustCompile(`(?:从|到)“[^”]+”(?:开始|为止|就完了|结束|止)`)
	// reRemovalWhy says why the words go, or is sorry: "那是群里主任说的话",
	// "那些是群里的聊天", "不好意思" (s7-m).
	reRemovalWhy = regexp.MustCompile(`^(?:不好意思|抱歉|对不起|sorry)[啊哈呀了]*$|^(?:那|这)(?:些|个)?(?:都)?(?:是|只是)[^，,。]{0,14}(?:说的话|的话|说的|聊天|聊天记录|的消息|发的)(?:啊|哈|呀|了)?$`)
	// rePosWords says where the words are.
	reFrontWords = regexp.MustCompile(`前头|前面|开头|最前面|最前头|前边|头上`)
	reBackWords  = regexp.MustCompile(`后头|后面|末尾|结尾|最后面|最后|后边`)
	// reWordsRef points at words: "那几个字", "四个字", "这几个字", "俩字".
	reWordsRef = regexp.MustCompile(`(?:这|那)?(?:几|[一二两三四五六七八九十\d]+|俩|仨)个?字|(?:这|那)些(?:个)?字?`)
	// reQuotedWords are words in quotes.
	reQuotedWords = regexp.MustCompile(`[“"「‘']([^”"」’']{1,40})[”"」’']`)
	// reLeadPosition is a position word and "多了" before a count of words (e3).
	reLeadPosition = regexp.MustCompile(`^(?:前头|前面|开头|最前面|最前头|前边|头上|后头|后面|末尾|结尾|最后面|最后|后边)?(?:多了|多出来了?|多出了?|多)?(?:的)?`)
	// reFieldIn names a field before the words in it: "简介里的", "摘要中" (s5-f1).
	reFieldIn = regexp.MustCompile(`^((?:内容|作品)?(?:简介|摘要)|片名|制作单位|推荐单位)(?:里面的|里面|里头的|里头|里的|里|中的|中)`)
	// reRemoveLead is talk before the words: "把", "那个", "的".
	reRemoveLead = regexp.MustCompile(`^(?:把|将)?(?:那个|这个|那|这|的|里的|里|中的|中)*`)
)

// removal is a request to take words out of a field.
type removal struct {
	field slot   // "" when not named
	words string // the words as typed
	count int    // "四个字": the number said, 0 when none
	front bool   // at the start
	back  bool   // at the end
	rest  string // other clauses of the message
	// vague: the words are only pointed at ("前面那些字不要", "最后那几个字删
	// 了"): the new value said before it replaces the field (rest), else
	// the user is asked which words (s5-f1).
	vague bool
	// more are further quoted words to take out of the same field, or
	// any (s8-a): "把“X”和“Y”删掉", "“X”不要 “Y”也去掉".
	more []string
}

// readRemoval reads a removal request from s; ok is false when s asks for
// no removal.
func readRemoval(s string) (removal, bool) {
	s = removalOwnWords(s) // s9-f removeown.go: "去掉这几个字就行", "哈哈哈我的锅", "删掉它🙏"
	s = markNamesQuoted(s) // s10-d: "片名后面那个波浪号不要"
	var rm removal
	var keep []string
	found := false
	if c := compact(s); contestbot.RuneLen(c) > 80 || reStoryWords.MatchString(c) && !reQuotedWords.MatchString(s) {
		return rm, false // a 简介 that says 不要 somewhere is no request
	}
	quoted := reQuotedWords.FindAllStringSubmatch(s, -1)
	for _, cl := range splitRemovalClauses(s) {
		c := strings.TrimRight(strings.TrimSpace(cl), "，,。.!！")
		loc := reRemoveVerb.FindStringIndex(c)
		if found && loc != nil && rm.words != "" && rm.count == 0 {
			if ws := quotedOnly(c[:loc[0]]); ws != nil { // s8-a: "“X”不要 “Y”也去掉"
				rm.more = append(rm.more, ws...)
				continue
			}
		}
		if found || loc == nil {
			keep = append(keep, cl)
			continue
		}
		body := c[:loc[0]]
		if len(quoted) > 0 && !reQuotedWords.MatchString(body) && !reWordsRef.MatchString(body) && !pronounOnly(body) {
			// s5-g6: "行，那我们去掉。还有摘要前面…“摘要写这个吧”不要": the
			// quoted words are the ones to remove, not "我们".
			keep = append(keep, cl)
			continue
		}
		if strings.TrimSpace(reRemoveLead.ReplaceAllString(strings.TrimSpace(body), "")) == "" && len(keep) > 0 {
			// "…“摘要另写：”这几个字，去掉": the words are in the clauses before.
			body = joinClauses(keep) + body
			keep = nil
		}
		if reFrontWords.MatchString(body) {
			rm.front = true
		} else if reBackWords.MatchString(body) {
			rm.back = true
		}
		switch {
		case reQuotedWords.MatchString(body):
			rm.words = reQuotedWords.FindStringSubmatch(body)[1]
			if all := reQuotedWords.FindAllStringSubmatch(body, -1); len(all) > 1 { // s8-a: "把“X”和“Y”都删掉"
				for _, m := range all[1:] {
					rm.more = append(rm.more, m[1])
				}
			}
		case reWordsRef.MatchString(body) && len(quoted) > 0:
			// "…“哦那摘要就写”也放进去了，把这几个字去掉"
			rm.words = quoted[len(quoted)-1][1]
		default:
			w := body
			named := namedBeforePosition(body) // s11-d: "检阶那开头俩字不要"
			// The words follow the position and field words.
			if i := lastIndexAny(w, reFrontWords, reBackWords); i >= 0 {
				w = w[i:]
				// e3: "开头多了俩字摘要", "最后那俩字": the position and "多了" are no words
				if p := reLeadPosition.FindString(w); p != "" && reWordsRef.MatchString(w[len(p):]) {
					w = w[len(p):]
				}
			}
			if m := reWordsRef.FindStringIndex(w); m != nil {
				ref := w[m[0]:m[1]]
				rm.count = wordCount(ref)
				if m[0] == 0 || strings.TrimSpace(w[m[1]:]) != "" && reRemoveLead.ReplaceAllString(strings.TrimSpace(w[:m[0]]), "") == "" {
					w = w[m[1]:] // "开头那几个字嗯那个就是说"
				} else {
					w = w[:m[0]] // "前头那个修改简介四个字"
				}
			}
			w = strings.TrimSpace(reRemoveLead.ReplaceAllString(strings.TrimSpace(w), ""))
			w = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(w, "的"), "那个"))
			// s5-f1: "把简介里的就是说去掉": the field, then the words in it.
			if m := reFieldIn.FindStringSubmatch(w); m != nil {
				if f := labelSlot(m[1]); f != "" {
					rm.field, w = f, strings.TrimSpace(w[len(m[0]):])
				}
			}
			rm.words = w
			if w == "" && rm.count > 0 && contestbot.RuneLen(named) == rm.count {
				rm.words = named // the characters counted are the ones named
			}
		}
		if rm.words == "" && rm.count == 0 && (rm.front || rm.back) && reWordsRef.MatchString(body) && !reQuotedWords.MatchString(body) {
			// s5-f1: "…就是南阳市第二中等职业学校党委前面那些字不要": the
			// value said before the pointer is the new one.
			rm.vague = true
			if at := firstIndexAny(body, reFrontWords, reBackWords); at > 0 {
				keep = append(keep, strings.TrimSpace(body[:at]))
			}
			found = true
			continue
		}
		if rm.words == "" && !(rm.count > 0 && (rm.front || rm.back)) {
			return removal{}, false // e3: "把最后那俩字去掉" counts from the end
		}
		// The field is named outside the words: "前头那个修改简介四个字不要"
		// names none.
		if f := firstNamedField(compact(strings.Replace(body, rm.words, "", 1))); f != "" {
			rm.field = f
		}
		// Unquoted words need a position or a count: "简介不要了" removes nothing.
		// s5-f1: "把简介里的就是说去掉" names the field and the words in it.
		named := rm.field != "" && reFieldIn.MatchString(strings.TrimSpace(reRemoveLead.ReplaceAllString(body, ""))) && rm.words != "" && contestbot.RuneLen(rm.words) <= 8
		if !reQuotedWords.MatchString(body) && len(quoted) == 0 && !rm.front && !rm.back && rm.count == 0 && !named {
			return removal{}, false
		}
		if lbl := labelSlot(rm.words); lbl != "" && lbl == rm.field && contestbot.RuneLen(rm.words) <= 4 && len(quoted) == 0 && rm.count == 0 {
			return removal{}, false // "把简介去掉": the field, not words in it
		}
		found = true
	}
	if !found {
		return removal{}, false
	}
	var rest []string
	for _, k := range keep {
		kc := compact(k)
		if second, ok := readRemoval(k); ok && reSecondRemoval.MatchString(kc) && second.field != "" && !second.vague && (second.words != "" || second.count > 0) {
			rest = append(rest, k) // s12-g: "…去掉。还有摘要开头X这两个字也去掉" is a second removal, in its own field
			continue
		}
		if m := reTextWrong.FindStringSubmatch(strings.Trim(kc, "，,。.!！")); m != nil { // s8-a: "简介不对，把“X”和“Y”都去掉"
			if rm.field == "" {
				rm.field = labelSlot(m[1])
			}
			continue
		}
		if kc == "" || isChatter(kc) || reRemoveVerb.MatchString(kc) && shortPointer(kc[:reRemoveVerb.FindStringIndex(kc)[0]]) || reRemoveVerb.MatchString(kc) && reRemoveVerb.FindStringIndex(kc)[0] == 0 || oneOf(strings.Trim(kc, "，,。.!！"), "不是", "不是不是", "不", "没有", "错了") || hasComplaint(kc) || reQuotedWords.MatchString(k) && containsAny(kc, "放进去", "记进去", "加进去", "多了", "怎么") || containsAny(kc, "说顺嘴", "顺嘴了", "那不是", "不是简介里的", "不是摘要里的") || reTextBound.MatchString(k) || reRemovalWhy.MatchString(strings.Trim(kc, "，,。.!！")) {
			continue
		}
		if strings.ContainsAny(k, "\"“”「」") && !reQuotedWords.MatchString(k) || contestbot.RuneLen(strings.Trim(kc, "，,。.!！~～")) <= 2 {
			continue // a piece of the quoted words cut at a colon, or an interjection ("嘤")
		}
		rest = append(rest, k)
	}
	rm.rest = joinClauses(rest)
	if len(rm.more) > 0 {
		rm.front, rm.back = false, false // s8-a: quoted words are found where they are
	}
	return rm, true
}

// pronounOnly reports whether body only points back ("把它", "那个", ""):
// "…“摘要写这个吧”不要，把它去掉" removes the quoted words once (s5-g6).
func pronounOnly(body string) bool {
	b := strings.TrimSpace(reRemoveLead.ReplaceAllString(strings.TrimSpace(body), ""))
	return oneOf(strings.Trim(b, "，,。 "), "", "它", "他", "这", "那", "这个", "那个", "这些", "那些")
}

// shortPointer is a pointer or a word or two before a removal verb with
// nothing to remove in it: "把它", "那我们" (去掉) (s5-g6).
func shortPointer(body string) bool {
	b := strings.TrimSpace(reRemoveLead.ReplaceAllString(strings.TrimSpace(body), ""))
	return pronounOnly(body) || contestbot.RuneLen(b) <= 3 && !reQuotedWords.MatchString(body)
}

// splitRemovalClauses cuts s at sentence marks and at spaces, keeping
// quoted words whole.
func splitRemovalClauses(s string) []string {
	return splitClauses(s)
}

// firstIndexAny is where the first match of any of res starts in s, or -1.
func firstIndexAny(s string, res ...*regexp.Regexp) int {
	best := -1
	for _, re := range res {
		if loc := re.FindStringIndex(s); loc != nil && (best < 0 || loc[0] < best) {
			best = loc[0]
		}
	}
	return best
}

func lastIndexAny(s string, res ...*regexp.Regexp) int {
	best := -1
	for _, re := range res {
		for _, loc := range re.FindAllStringIndex(s, -1) {
			if loc[1] > best {
				best = loc[1]
			}
		}
	}
	return best
}

// wordCount is the number in "四个字", "几个字" (0: not said).
func wordCount(ref string) int {
	ref = strings.TrimLeft(ref, "这那")
	switch {
	case strings.HasPrefix(ref, "俩"):
		return 2
	case strings.HasPrefix(ref, "仨"):
		return 3
	case strings.HasPrefix(ref, "几"):
		return 0
	}
	n := atoiCN(strings.TrimSuffix(strings.TrimSuffix(ref, "字"), "个"))
	return n
}

// findLoose finds words in v ignoring spaces and punctuation between them:
// "嗯那个就是说" in "嗯 那个就是说 影片…". It returns the byte range.
func findLoose(v, words string, front, back bool) (int, int, bool) {
	var parts []string
	for _, r := range words {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			continue
		}
		parts = append(parts, regexp.QuoteMeta(string(r)))
	}
	if len(parts) == 0 {
		return 0, 0, false
	}
	gap := `[\s\p{P}]*`
	pat := strings.Join(parts, gap)
	switch {
	case front:
		pat = `^[\s\p{P}]*` + pat
	case back:
		pat = pat + `[\s\p{P}]*$`
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		return 0, 0, false
	}
	loc := re.FindStringIndex(v)
	if loc == nil {
		return 0, 0, false
	}
	return loc[0], loc[1], true
}

// removeByRequest acts on a removal request while a form is open.
func (t *turn) removeByRequest(e *contestbot.Entry, s string, pending slot, reask func(string) string) (string, bool) {
	s = t.lineRemoval(e, s) // s9-f removeown.go: "第一行…不是简介 删掉它"
	rm, ok := readRemoval(s)
	if !ok {
		return "", false
	}
	if rm.vague {
		if rest := strings.TrimSpace(rm.rest); rest != "" && !isFiller(rest) && !onlyFiller(rest) {
			return t.formRest(e, rest), true
		}
		f := rm.field
		if f == "" && t.undo != nil {
			f = t.undo.Slot
		}
		if f == "" {
			f = t.st.Prev
		}
		if p := textPtr(e, f); p != nil && *p != "" {
			return reask(fmt.Sprintf("%s现在是：%s\n要去掉哪几个字？请把那几个字用引号括起来再发一次，例如：把%s里的“就是说”去掉；也可以直接发改好的内容。",
				f.label(), display(t.c.season, e, f), f.label())), true
		}
		return reask("要去掉哪一项里的哪几个字？请把那几个字用引号括起来再发一次，例如：把简介前面的“就是说”去掉；也可以直接发改好的内容。"), true
	}
	// The field: named, else the one stored last, else the text field
	// holding the words.
	var cands []slot
	if rm.field != "" {
		cands = []slot{rm.field}
	} else {
		if t.undo != nil {
			cands = append(cands, t.undo.Slot)
		}
		if t.st.Prev != "" {
			cands = append(cands, t.st.Prev)
		}
		texts := []slot{slot(contestbot.FieldSummary), slot(contestbot.FieldSynopsis)}
		if e.Summary == e.Synopsis {
			// s5-g6: a summary "同简介" goes with the synopsis: both lose the words.
			texts[0], texts[1] = texts[1], texts[0]
		}
		cands = append(cands, texts...)
		cands = append(cands, slot(contestbot.FieldTitle),
			slot(contestbot.FieldProducer), slot(contestbot.FieldUnit), slot(contestbot.FieldContact))
	}
	for _, f := range cands {
		p := textPtr(e, f)
		if p == nil || *p == "" {
			continue
		}
		words := rm.words
		i, j, ok := 0, 0, false
		if words == "" {
			i, j, ok = countedRange(*p, rm.count, rm.front) // e3: "把最后那俩字去掉"
			words = (*p)[i:j]
		} else {
			i, j, ok = findLoose(*p, rm.words, rm.front, rm.back)
		}
		if !ok {
			continue
		}
		synopsisSummary := f == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
		v := strings.TrimSpace(joinCut((*p)[:i], (*p)[j:]))
		v = reEmptyPair.ReplaceAllString(v, "") // s8-a: "把“（暂定）”删掉" leaves no "（）"
		v = strings.TrimLeftFunc(v, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("《“（(「", r)
		})
		if v == "" {
			return reask(fmt.Sprintf("去掉“%s”后%s就空了，没有改动。想重写就直接发新的%s。", words, f.label(), f.label())), true
		}
		*p = v
		if f == slot(contestbot.FieldTitle) {
			e.Title = contestbot.NormalizeTitle(v)
		}
		if synopsisSummary && contestbot.RuneLen(e.Synopsis) <= contestbot.MaxSummaryRunes {
			e.Summary = e.Synopsis
		}
		t.touch(e)
		t.undo, t.st.Undo = nil, nil
		head := fmt.Sprintf("好的，已去掉“%s”，%s现在是：%s", strings.TrimSpace(words), f.label(), display(t.c.season, e, f))
		if len(rm.more) > 0 {
			head = t.removeMore(e, f, words, rm.more, cands) // s8-a: "把“X”和“Y”删掉"
		}
		if rest := restAfterEdit(strings.TrimSpace(rm.rest), pending); rest != "" { // s8-f declask.go: a remark after the edit is no yes to the declarations
			out := t.formRest(e, rest)
			return head + "\n" + out, true
		}
		return t.afterTextChange(e, f, head, pending, reask), true // s6-o summaryhelp.go
	}
	if rest := restAfterEdit(strings.TrimSpace(rm.rest), pending); rest != "" {
		// "…这几个字，去掉。摘要是：…": the new value makes the removal moot.
		// A remark after it at the declarations step ("…不要 是俺说的话") is
		// no answer to them (s8-f declask.go).
		return t.formRest(e, rest), true
	}
	where := "已填的内容"
	if rm.field != "" {
		where = rm.field.label()
	}
	if rm.field != "" && reQuotedWords.MatchString(s) {
		// The words were quoted and are not there (never stored, or gone
		// already): say so and show the field, with no hint to quote them.
		return reask(fmt.Sprintf("%s里没有“%s”这几个字，不用去掉。%s现在是：%s", where, rm.words, where, display(t.c.season, e, rm.field))), true
	}
	if rm.field != "" && display(t.c.season, e, rm.field) != "" {
		// Show what is there, so a user whose words are gone already sees
		// it ("摘要另写" was dropped when the 摘要 was stored).
		return reask(fmt.Sprintf("%s里没找到“%s”，没有改动。%s现在是：%s\n要去掉别的字，请用引号括起来再发一次，例如：把摘要里的“暂定”去掉。", where, rm.words, where, display(t.c.season, e, rm.field))), true
	}
	return reask(fmt.Sprintf("%s里没找到“%s”，没有改动。可以把要去掉的字用引号括起来再发一次，例如：把摘要里的“暂定”去掉。", where, rm.words)), true
}

// countedRange is the byte range of the first or last n characters of v that
// are no space or punctuation ("把最后那俩字去掉": the 。 at the end stays);
// ok is false when v has fewer than n+1 such characters.
func countedRange(v string, n int, front bool) (int, int, bool) {
	type pos struct{ at, end int }
	var letters []pos
	for i, r := range v {
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			letters = append(letters, pos{i, i + len(string(r))})
		}
	}
	if n <= 0 || len(letters) <= n {
		return 0, 0, false
	}
	if front {
		return letters[0].at, letters[n-1].end, true
	}
	return letters[len(letters)-n].at, letters[len(letters)-1].end, true
}

// joinCut joins the text before and after words taken out: words set off by
// commas on both sides leave one comma ("影片讲述，就是说，一位…" loses
// "就是说，") (s5-f1).
func joinCut(before, after string) string {
	b, a := strings.TrimRight(before, " "), strings.TrimLeft(after, " ")
	lr, _ := utf8.DecodeLastRuneInString(b)
	fr, n := utf8.DecodeRuneInString(a)
	if strings.ContainsRune("，,、；;", lr) && strings.ContainsRune("，,、；;", fr) {
		return b + a[n:]
	}
	return before + after
}

// reQuotedJoin is what may stand between quoted words to remove besides
// them: "和", "还有", "也", "最后的" (s8-a).
var reQuotedJoin = regexp.MustCompile(`^(?:[，,、\s]|和|跟|与|及|以及|还有|另外|再|也|都|也都|把|将|最后的|最后|后面的|后面|前面的|前面|开头的|结尾的|里的|中的)*$`)

// quotedOnly is the quoted words of a clause that says nothing but them and
// joining words before a removal verb ("也把“Y”"), or nil (s8-a).
func quotedOnly(body string) []string {
	all := reQuotedWords.FindAllStringSubmatch(body, -1)
	if len(all) == 0 || !reQuotedJoin.MatchString(reQuotedWords.ReplaceAllString(body, "")) {
		return nil
	}
	var ws []string
	for _, m := range all {
		ws = append(ws, m[1])
	}
	return ws
}

// removeMore takes further quoted words out, from field f where the first
// ones were, else from another of cands, and returns the echo of every
// field changed (s8-a): "好的，已去掉“X”和“Y”，内容简介现在是：…".
func (t *turn) removeMore(e *contestbot.Entry, f slot, first string, more []string, cands []slot) string {
	gone := map[slot][]string{f: {first}}
	order := []slot{f}
	var missing []string
	for _, w := range more {
		done := false
		for _, g := range append([]slot{f}, cands...) {
			p := textPtr(e, g)
			if p == nil || *p == "" {
				continue
			}
			i, j, ok := findLoose(*p, w, false, false)
			if !ok {
				continue
			}
			v := strings.TrimSpace(joinCut((*p)[:i], (*p)[j:]))
			v = reEmptyPair.ReplaceAllString(v, "")
			v = strings.TrimLeftFunc(v, func(r rune) bool {
				return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("《“（(「", r)
			})
			if v == "" {
				continue
			}
			syn := g == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis
			*p = v
			if g == slot(contestbot.FieldTitle) {
				e.Title = contestbot.NormalizeTitle(v)
			}
			if syn && contestbot.RuneLen(e.Synopsis) <= contestbot.MaxSummaryRunes {
				e.Summary = e.Synopsis
			}
			if _, seen := gone[g]; !seen {
				order = append(order, g)
			}
			gone[g] = append(gone[g], strings.TrimSpace(w))
			done = true
			break
		}
		if !done {
			missing = append(missing, w)
		}
	}
	t.touch(e)
	var lines []string
	for _, g := range order {
		lines = append(lines, fmt.Sprintf("已去掉“%s”，%s现在是：%s", strings.Join(gone[g], "”和“"), g.label(), display(t.c.season, e, g)))
	}
	out := "好的，" + strings.Join(lines, "\n")
	if len(missing) > 0 {
		out += fmt.Sprintf("\n没找到“%s”，这几个字没有改动。", strings.Join(missing, "”和“"))
	}
	return out
}

// reEmptyPair is a pair of brackets or quotes left empty by a removal.
var reEmptyPair = regexp.MustCompile(`（\s*）|\(\s*\)|【\s*】|“\s*”|「\s*」|《\s*》`)

// reTextWrong says a text is wrong before a removal: "简介不对" (s8-a).
var reTextWrong = regexp.MustCompile(`^((?:内容)?(?:简介|摘要)|片名)(?:不对|错了|有问题|写错了)[啊呀哈]*$`)

// reMarkName is a mark called by its name in a request to take it out:
// "片名后面那个波浪号不要" (s10-d, rp124).
var reMarkName = regexp.MustCompile(`(波浪号|波浪线|小波浪|感叹号|叹号|逗号|句号|顿号|问号|冒号|省略号)`)

// reRemoveAny is a removal verb anywhere in a message.
var reRemoveAny = regexp.MustCompile(`不要|去掉|删掉|删了|删除|拿掉|去了|多余|多了`)

// markNamesQuoted writes the marks named in a removal request as quoted
// marks, the words the removal takes out: "那个波浪号不要" → "那个“～”不要".
func markNamesQuoted(s string) string {
	if !reRemoveAny.MatchString(s) || reQuotedWords.MatchString(s) {
		return s
	}
	return reMarkName.ReplaceAllStringFunc(s, func(n string) string {
		m := map[string]string{"波浪号": "～", "波浪线": "～", "小波浪": "～", "省略号": "……"}[n]
		if m == "" {
			m = markOf(n)
		}
		if m == "" {
			return n
		}
		return "“" + m + "”"
	})
}

// reBeforePosition is the words named before a position word and a count:
// "检阶那开头俩字", "“嗯嗯”这开头俩字" (s11-d).
var reBeforePosition = regexp.MustCompile(`^(?:把|将)?(.+?)(?:那|这|的|那个|这个)*(?:前头|前面|开头|最前面|最前头|前边|头上|后头|后面|末尾|结尾|最后面|最后|后边)(?:的|那)?(?:[一二两三四五六七八九十\d]+|俩|仨)个?字`)

// namedBeforePosition is the words a removal names before the position and
// the count ("检阶那开头俩字不要": 检阶, s11-d rp137), or "" when those words
// are a field's label ("简介开头俩字": the field, not words) or absent.
func namedBeforePosition(body string) string {
	m := reBeforePosition.FindStringSubmatch(strings.TrimSpace(body))
	if m == nil {
		return ""
	}
	w := strings.Trim(strings.TrimSpace(m[1]), "“”\"「」")
	if w == "" || labelSlot(w) != "" || firstNamedField(compact(w)) != "" || !allHan(w) {
		return ""
	}
	return w
}
