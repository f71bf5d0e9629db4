package dialogs

import (
	"regexp"
	"slices"
	"strings"

	"contestbot"
)

// This file reads the creators given in one natural sentence, at any step:
// "监制是王书记 编导我 摄像剪辑都是小李", "主创人员：…", "片子是赵鹏拍的 孙浩剪的",
// "监制是我们党委副书记刘建国，编导由我本人负责，稿子是王晓敏老师写的…".
// Such a sentence is rewritten as the labelled list the form reads
// ("监制：王书记；编导：我；…"), so it fills the roles and is never taken
// for the 内容简介. A synopsis is never a list of names with role words.

// roleWordDefs are the words for each role, longest first within a role.
var roleWordDefs = []struct {
	role  slot
	words []string
}{
	{slotSupervisor, []string{"总策划", "监制", "策划", "统筹", "出品"}},
	{slotDirector, []string{"编导", "导演", "执导", "编排"}},
	{slotWriter, []string{"撰稿", "写稿子", "稿子", "文案", "脚本", "编剧", "写稿", "解说词", "文稿", "剧本"}},
	{slotCamera, []string{"摄影", "摄像", "拍摄", "航拍"}},
	{slotEditor, []string{"后期剪辑", "剪辑", "后期", "剪接"}},
}

// roleVerbs end a clause that names who did the work: "赵鹏拍的", "孙浩剪的".
var roleVerbs = []struct {
	role slot
	re   *regexp.Regexp
}{
	{slotCamera, regexp.MustCompile(`(?:负责)?(?:拍|拍摄|摄像|摄影)(?:的|了)?$`)},
	{slotEditor, regexp.MustCompile(`(?:负责)?(?:剪|剪辑|剪接)(?:的|了)?$`)},
	{slotWriter, regexp.MustCompile(`(?:负责)?(?:写|撰写|写稿)(?:的|了)?$`)},
	{slotDirector, regexp.MustCompile(`(?:负责)?(?:导|执导)(?:的|了)?$`)},
	{slotSupervisor, regexp.MustCompile(`(?:负责)?(?:策划|监制)(?:的|了)?$`)},
}

var (
	reRolesJoin    = regexp.MustCompile(`^(?:和|跟|与|及|、|,|，)`)
	reCreatorsHead = regexp.MustCompile(`^(?:主创人员|主创|创作人员|创作团队)(?:名单)?(?:是|如下|有)?[:：]?`)
	reRoleLink     = regexp.MustCompile(`^(?:都是|也是|全是|是|由|为|找的|请的|就写|写成|写|填|[:：])`) // s5-g4: "监制写我们王建国校长吧"
	reNameTail     = regexp.MustCompile(`(?:担任|来担任|负责|一个人完成|一人完成|完成|一起|一块儿|一块|共同|合作|两位|两个人|三位|几位|等人|俩人|仨人|两人|三人|俩|仨|年轻|一个人|老师|同学|写的|拍的|剪的|做的|弄的|的|吧|哈|啊)+$`)
	reSentencePart = regexp.MustCompile(`^(?:片子|视频|作品|这个片子|我们片子)?(?:是|都是|由)?`)
	reBracketNote  = regexp.MustCompile(`（[^（）]{0,12}）|\([^()]{0,12}\)`)
	rePolite       = regexp.MustCompile(`^(?:麻烦您?|请|帮我|劳驾)?(?:改一下|改下|改过来|更正一下|记一下|记下)(?:吧|了|谢谢)?$|^(?:谢谢您?|辛苦了|麻烦了|麻烦您了)$`)
)

// roleClause reads one clause that names roles and who had them:
// "摄像剪辑都是小李", "编导由我本人负责", "赵鹏拍的".
func roleClause(cl string) (rs []slot, who string, ok bool) {
	c := strings.Trim(compact(cl), "，,。；;、 ")
	c = reCreatorsHead.ReplaceAllString(c, "")
	if c == "" {
		return nil, "", false
	}
	// Role words first: "摄像剪辑都是小李", "监制和策划是…".
	c = verbFirstRole(c) // rolespeech.go: "拍的是赵磊" → "摄影是赵磊"
	rest := c
	for {
		found := false
		for _, d := range roleWordDefs {
			for _, w := range d.words {
				if strings.HasPrefix(rest, w) {
					rs = append(rs, d.role)
					rest = reRolesJoin.ReplaceAllString(strings.TrimPrefix(rest, w), "")
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		if !found {
			break
		}
	}
	if len(rs) > 0 {
		rest = reRoleLink.ReplaceAllString(rest, "")
		who = cleanWho(rest)
		return rs, who, who != ""
	}
	if rs, who, ok := actsAsRole(c); ok { // s12-m titledname.go: "宣传部长刘建华当监制"
		return rs, who, true
	}
	// A name and a verb: "赵鹏拍的", "孙浩剪的".
	for _, v := range roleVerbs {
		if loc := v.re.FindStringIndex(c); loc != nil && loc[0] > 0 {
			who = cleanWho(reSentencePart.ReplaceAllString(c[:loc[0]], ""))
			if who != "" && namesOnly(who) {
				return []slot{v.role}, who, true
			}
		}
	}
	return nil, "", false
}

// cleanWho is the names of a role clause without the words around them.
func cleanWho(s string) string {
	s = reNameTail.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "都")
	for _, p := range []string{"我本人", "我自己", "本人", "俺自己"} {
		if s == p {
			return "我"
		}
	}
	s = strings.ReplaceAll(s, "我本人", "我")
	s = strings.ReplaceAll(s, "我自己", "我")
	return strings.Trim(s, "，,、 ")
}

var (
	reNameSplit = regexp.MustCompile(`[、和跟与及,，]`)
	// reOfficeWords mark a title or office before a name: "我们党委副书记刘建国".
	reOfficeWords = regexp.MustCompile(`书记|主任|部长|校长|院长|科长|处长|老师|干事|党委|团委|党办|办公室|宣传部|组织部|我们|俺们|咱们|学校|学院`)
)

// personOf is the person a name part names: "赵鹏", "小李", "王书记", "我",
// or the name after a title ("我们党委副书记刘建国" → 刘建国); ok is false
// when the part is no person.
func personOf(p string) (string, bool) {
	if n := titledName(p); n != "" {
		return n, true // s12-m titledname.go: "宣传部长刘建华", "学生赵磊"
	}
	if n := nameBeforeTitle(p); n != "" && n != p {
		return n, true // d3 realname.go: "我院党委书记何建国同志" → 何建国, never "国同志"
	}
	rs := []rune(p)
	switch {
	case p == "":
		return "", false
	case p == "我" || p == "俺":
		return "我", true
	case len(rs) > 14:
		return "", false
	case (strings.HasPrefix(p, "小") || strings.HasPrefix(p, "老")) && len(rs) <= 3:
		return p, true
	case startsWithSurname(p) && len(rs) <= 5 && !reOfficeWords.MatchString(string(rs[1:])):
		return p, true
	case startsWithSurname(p) && len(rs) <= 4 && regexp.MustCompile(`(?:书记|主任|部长|校长|院长|科长|处长|老师)$`).MatchString(p):
		return p, true // "王书记"
	}
	for n := 3; n >= 2; n-- {
		if len(rs) > n {
			name, before := string(rs[len(rs)-n:]), string(rs[:len(rs)-n])
			if strings.HasSuffix(before, "小") || strings.HasSuffix(before, "老") {
				continue // "小刘刘洋": 小刘 is the nickname, 刘洋 the name
			}
			if startsWithSurname(name) && isPersonForm(name) && reOfficeWords.MatchString(before) {
				return name, true
			}
		}
	}
	if n, ok := relationRoleName(p); ok && n != p { // s5-g4 rolerelation.go: "俺侄子刘磊" → 刘磊
		return n, true
	}
	return "", false
}

// namesOf is the names of s joined by 、, or ok false when any part is
// no person.
func namesOf(s string) (string, bool) {
	if s == "" || len([]rune(s)) > 30 {
		return "", false
	}
	var out []string
	for _, p := range reNameSplit.Split(s, -1) {
		if p == "" {
			continue
		}
		n, ok := personOf(p)
		if !ok {
			return "", false
		}
		out = append(out, n)
	}
	sep := "、"
	if slices.Contains(out, "我") {
		sep = "和" // "我和刘晓燕": the form resolves 我 in this shape
	}
	return strings.Join(out, sep), len(out) > 0
}

// namesOnly reports whether s reads as names only.
func namesOnly(s string) bool {
	_, ok := namesOf(s)
	return ok
}

// creatorsSentence rewrites a message that only names creators in natural
// words as the labelled list "监制：…；编导：…"; ok is false unless at least
// two roles are named and every other clause is politeness or chatter.
func creatorsSentence(msg string) (string, bool) {
	if strings.Count(msg, "\n") > 3 || len([]rune(msg)) > 160 {
		return "", false
	}
	var parts []string
	named := 0
	head := false
	msg = reBracketNote.ReplaceAllString(msg, "") // "张红梅（我们团委书记）"
	msg = roleDialect(msg)                        // rolespeech.go: "拍哩是…" → "拍的是…"
	orphan, last := "", ""                        // rolespeech.go: "那就是俺们李卫东书记 他策划哩"
	for _, cl := range splitClauses(msg) {
		cc := strings.Trim(compact(cl), "，,。；;、 ")
		if cc == "" || isChatter(cc) || rePolite.MatchString(cc) || isHeadFiller(cc) { // s12-m: "算了。。。"
			continue
		}
		if r, ok := pronounRole(cc); ok { // rolespeech.go: "他策划的": the person just named
			who := orphan
			if who == "" {
				who = last
			}
			if who == "" {
				return "", false
			}
			parts = append(parts, roleShort[r]+"："+who)
			named++
			orphan, last = "", who
			continue
		}
		if n, ok := bareNameClause(cc); ok && orphan == "" {
			orphan = n // its role follows: "他策划的"
			continue
		}
		if reCreatorsHead.MatchString(cc) && reCreatorsHead.ReplaceAllString(cc, "") == "" {
			head = true
			continue
		}
		if reCreatorsHead.MatchString(cc) && reCreatorsHead.FindString(cc) != "" {
			head = true // "主创人员：监制胡建设，…": the list is the whole answer
		}
		rs, who, ok := roleClause(cl)
		if !ok {
			return "", false
		}
		names, ok := namesOf(who)
		if !ok && !isNoneWord(who) {
			return "", false
		}
		if !ok {
			names = "无"
		}
		for _, r := range rs {
			parts = append(parts, roleShort[r]+"："+names)
			named++
		}
		last = names
	}
	if orphan != "" {
		return "", false // a name with no role said for it
	}
	if named < 2 && !(head && named >= 1) {
		return "", false
	}
	if head {
		return "主创人员：" + strings.Join(parts, "；"), true
	}
	return strings.Join(parts, "；"), true
}

// roleShort is the label word the form reads for each role.
var roleShort = map[slot]string{slotSupervisor: "监制", slotDirector: "编导", slotWriter: "撰稿", slotCamera: "摄影", slotEditor: "剪辑"}

// isNoneWord is "无", "没有": a role nobody had.
// Dialect says it too (s5-g4): 木有, 冇, 没得, 没人.
func isNoneWord(s string) bool {
	s = strings.TrimRight(s, "的了啊呀哈嘞哩")
	return oneOf(s, "无", "没有", "没", "暂无", "空") || oneOf(dialectNegation(s), "没有", "没", "没得", "没人", "没有人", "没的")
}

// reMisfiledRoles says text was meant as the creators: "刚才那段不是内容简介，是主创人员名单",
// "这是主创人员啊 不是简介", "我前面发的那句…是主创人员，不是简介".
var reMisfiledRoles = regexp.MustCompile(`(?:不是|并不是)(?:内容)?(?:简介|摘要)[^。！!？?]{0,6}?(?:而)?是(?:主创|创作人员)|` +
	`(?:这|那|这个|那个|这段|那段|那句|这句|刚才|前面|上面|之前)[^。！!？?]{0,30}?(?:是|都是|应该是)(?:主创|创作人员)`)

// misfiledCreators moves creators stored as the 简介 or 摘要 into the roles
// when the user says that text was the creators, and reads a list of
// roles sent with the complaint. ok is false when the message says no such
// thing, or nothing can be moved or read.
func (t *turn) misfiledCreators(e *contestbot.Entry, s string, reask func(string) string) (string, bool) {
	c := compact(s)
	if !reMisfiledRoles.MatchString(c) {
		return "", false
	}
	// A list sent with the complaint is what counts.
	var keep []string
	for _, cl := range splitClauses(s) {
		cc := compact(cl)
		if reMisfiledRoles.MatchString(cc) || containsAny(cc, "主创", "不是简介", "不是内容简介", "不是摘要") || isChatter(cc) || hasComplaint(cc) {
			continue
		}
		keep = append(keep, cl)
	}
	list, listOK := creatorsSentence(joinClauses(keep))
	moved := ""
	for _, f := range []slot{slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)} {
		p := textPtr(e, f)
		if p == nil || *p == "" {
			continue
		}
		cs, ok := creatorsSentence(rewritePersonRole(*p))
		if !ok {
			continue
		}
		if !listOK {
			list, listOK = cs, true
		}
		old := ""
		if t.undo != nil && t.undo.Slot == f {
			old = t.undo.Old
		}
		if f == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis {
			e.Summary = ""
		}
		*p = old
		moved = f.label()
		break
	}
	if !listOK {
		// "这是主创人员啊 不是简介" about a text with no names to read: it
		// is taken back, and the roles are asked again.
		u := t.undo
		if u == nil || !u.Slot.freeText() || !rolesShaped(u.Text) {
			if isQuestion(s) {
				return "", false // "这个是主创人员要填的吗": a question, read as usual
			}
			// Nothing to move or read: the complaint is no value either.
			return reask("好的，是主创人员。请按角色写姓名，例如：监制张三，编导李四，撰稿王五，摄影赵六，剪辑孙七。"), true
		}
		if p := textPtr(e, u.Slot); p != nil {
			if u.Slot == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis {
				e.Summary = ""
			}
			*p = u.Old
		}
		t.undo = nil
		reopenRoles(t.st, e)
		t.touch(e)
		t.st.Pending = t.next(e)
		return "抱歉，是我记错了地方，已从" + u.Slot.label() + "里撤回。\n\n" + t.question(e, t.st.Pending), true
	}
	if u := t.undo; moved == "" && u != nil && u.Slot.freeText() {
		// The text stored last was the one meant: it is taken back.
		if p := textPtr(e, u.Slot); p != nil {
			if u.Slot == slot(contestbot.FieldSynopsis) && e.Summary == e.Synopsis {
				e.Summary = ""
			}
			*p = u.Old
			moved = u.Slot.label()
		}
	}
	t.undo = nil
	r := t.fill(e, list, "")
	t.touch(e)
	head := "抱歉，是我记错了地方。"
	if moved != "" {
		head += "已从" + moved + "里撤回。"
	}
	if a := ack(t.c.season, e, r); a != "" {
		head += "\n" + a
	}
	if len(r.errs) > 0 {
		head += "\n" + strings.Join(r.errs, "\n")
	}
	if t.st.Mode == modeEdit {
		return reask(head), true
	}
	t.st.Pending = t.next(e)
	return strings.TrimSpace(head + "\n\n" + t.question(e, t.st.Pending)), true
}

// rolesShaped reports whether every clause of s starts with a role word
// ("监制是书记，编导是我们部门的小伙子"): a list of roles, even when the
// names in it cannot be read, and never a 简介 or 摘要.
func rolesShaped(s string) bool {
	if len([]rune(s)) > 80 {
		return false
	}
	n := 0
	for _, cl := range splitClauses(reBracketNote.ReplaceAllString(s, "")) {
		cc := strings.Trim(compact(cl), "，,。；;、 ")
		if cc == "" || isChatter(cc) || rePolite.MatchString(cc) {
			continue
		}
		cc = reCreatorsHead.ReplaceAllString(cc, "")
		starts := false
		for _, d := range roleWordDefs {
			for _, w := range d.words {
				if strings.HasPrefix(cc, w) {
					starts = true
				}
			}
		}
		if !starts {
			return false
		}
		n++
	}
	return n >= 2
}

// rolesNotText is said when a list of roles comes where a text is asked.
const rolesNotText = "这句像是主创人员，没有记为内容简介。主创人员请写姓名，例如：监制张三，编导李四，撰稿王五，摄影赵六，剪辑孙七。"

// reopenRoles asks the roles again when they were all left empty (the form
// moved on past them): a role with a name stays.
func reopenRoles(st *state, e *contestbot.Entry) {
	if !e.CreatorsDone {
		return
	}
	for _, r := range roles {
		if p := creatorPtr(e, r); p != nil && *p != "" {
			return
		}
	}
	e.CreatorsDone = false
	for _, r := range roles {
		st.unmarkRole(r)
	}
}
