package dialogs

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"contestbot"
)

// fillResult is what one message did to an entry.
type fillResult struct {
	soft    []softErr // implausible values, reported only when no other clause set the slot
	set     []slot    // slots given a value, in message order
	errs    []string  // values that could not be used, explained
	notes   []string  // warnings (over 3 minutes)
	unknown []string  // clauses not understood
	asked   []string  // questions typed after a free text, to answer
	// producerIsUnit: "制作单位也是我们学校" came before the unit in the
	// same message; likeothers.go sets it once the unit is known.
	producerIsUnit bool
	// context: a doubtful value for a field already filled, read from a
	// question, was only what the question is about (s8-g askedover.go).
	context bool
}

type softErr struct {
	slot slot
	msg  string
}

// liveErrs are the errors still true after the whole message: a number
// that failed inside a sentence ("后面应该是471，13838265471") says nothing
// once the same message set the phone.
func (r *fillResult) liveErrs() []string {
	if !r.has(slot(contestbot.FieldPhone)) {
		return r.errs
	}
	var out []string
	for _, e := range r.errs {
		if !strings.HasPrefix(e, "联系电话") {
			out = append(out, e)
		}
	}
	return out
}

func (r *fillResult) has(s slot) bool {
	for _, x := range r.set {
		if x == s {
			return true
		}
	}
	return false
}

func (r *fillResult) add(s slot) {
	if !r.has(s) {
		r.set = append(r.set, s)
	}
}

// rePersonRole rewrites "张三（编导）" as "编导：张三；" so the role label
// comes first, as findLabels expects.
var rePersonRole = regexp.MustCompile(`([\p{Han}A-Za-z·]{2,8})[（(](监制|策划|编导|导演|撰稿|编剧|摄影|摄像|剪辑|后期)[)）]`)

func rewritePersonRole(s string) string {
	return rePersonRole.ReplaceAllStringFunc(s, func(m string) string {
		sub := rePersonRole.FindStringSubmatch(m)
		switch sub[1] {
		case "监制", "剪辑", "编导": // the form's own labels "监制(策划)", "剪辑(制作)"
			return m
		}
		return sub[2] + "：" + sub[1] + "；"
	})
}

// changeVerbs say that a value replaces an earlier one.
var changeVerbs = []string{"改成", "改为", "换成", "换为", "更正为", "更正成", "修改为", "修改成", "更改为", "应该是", "应为", "应是"}

// reFreeWrap is talk before a labelled 简介 or 摘要: "另写：", "就写：".
var reFreeWrap = regexp.MustCompile(`^(?:麻烦您?|请|帮忙)?(?:另写|另外写|单独写|重新写|就写|写成|写为|改成|改为|如下|是)(?:一段|一个|一版|一句|一下|个|段|吧|哈|呢|啊)*(?:[:：]\s*|\s+)`)

var reParen = regexp.MustCompile(`\([^()]*\)|（[^（）]*）`)

// reNote is a bracketed remark after a name or title, not part of it.
var reNote = regexp.MustCompile(`\s*[（(【\[][^（）()【】\[\]]*(?:盖章|公章|签章|全称|简称|暂定|待定|拟定|未定|暂名|工作名|备注|学校名称|单位名称)[^（）()【】\[\]]*[）)】\]]`)

var reQuoted = regexp.MustCompile(`[《“"「『]([^》”"」』]+)[》”"」』]`)

var sameAsUnit = []string{"同上", "同推荐单位", "与推荐单位相同", "和推荐单位一样", "和推荐单位相同", "同单位", "一样", "相同", "同前", "本单位", "就是推荐单位", "推荐单位", "同", "是", "对", "是的", "同学校", "就是本校", "本校"}

var sameAsSynopsis = []string{"同简介", "用简介", "同上", "同内容简介", "和简介一样", "与简介相同", "和简介相同", "简介即可", "就用简介", "用简介的", "一样", "相同", "可以", "好", "好的", "是", "行", "同"}

func matchesAny(s string, words []string) bool {
	w := answerWords(s)
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

// fillRoles gives value to role s and to every later role not answered yet
// ("都是张伟", "都没有"), completing 主创人员 when all five are answered.
func (t *turn) fillRoles(e *contestbot.Entry, s slot, value string, r *fillResult) {
	for _, x := range roles[roleIndex(s):] {
		if x == s || !t.st.roleDone(x) {
			*creatorPtr(e, x) = value
			t.st.markRole(x)
			r.add(x)
		}
	}
	if len(t.st.Roles) == len(roles) {
		e.CreatorsDone = true
	}
}

// set validates raw for slot s and stores it in e. It returns a message
// for the user when the value cannot be used (the old value is kept).
func (t *turn) set(e *contestbot.Entry, s slot, raw string, r *fillResult) {
	raw = strings.TrimSpace(raw)
	fail := func(msg string) { r.errs = append(r.errs, msg) }
	if v, ok := terseOffer(s, raw); ok && v != "" { // s5-g3: "嗯" to the offer of 同简介 takes it; unfill would drop it as filler
		raw = v
	}
	if !s.yesNo() && !strings.HasSuffix(string(s), "!") {
		raw = unfill(raw, s) // "嗯 那个 郑州市第七中学", "老党员的账本嗯": filler is no value
	}
	if t.setAffiliated(e, s, raw, r) { // s12-a splitvalue.go: "焦作广播电视台的王磊" is 王磊（焦作广播电视台）
		return
	}
	if !s.yesNo() && isPlaceholder(raw) { // s8-n placeholder.go: "详见报名表", "待定" are no values
		fail(placeholderNote(s, raw))
		return
	}
	if s == slot(contestbot.FieldTitle) {
		raw = titleTalkOff(raw)     // titletalk.go: "第一个叫…", "… 不是老支书那个"
		raw = titleOKOff(raw)       // s6-f valuetalk.go: "片名写…就行"
		raw = titleChatTailOff(raw) // s10-d ownfix.go: "茶山上的党员书记～"
	}
	if s == slot(contestbot.FieldTitle) || s == slot(contestbot.FieldUnit) || s == slot(contestbot.FieldProducer) ||
		s == slot(contestbot.FieldContact) || s.isRole() {
		raw = remarkOff(raw) // s6-f valuetalk.go: "… 名字有点长hhh", "周敏hhh"
		// s8-b namechatter.go: "写全称吧" says how to write it and is no value; "用全称：青春赴许" is 青春赴许.
		v, only := formRemarkOff(raw)
		if only {
			fail(fmt.Sprintf("“%s”是说怎么写，%s没有记录。请直接发%s。", clip(raw, 12), s.label(), s.label()))
			return
		}
		raw = v
		if !reTitle.MatchString(raw) {
			raw = listNumberOff(raw) // s6-j numbered.go: "1.河南省经济管理学校" alone
		}
	}
	if s == slot(contestbot.FieldUnit) || s == slot(contestbot.FieldProducer) {
		raw = orgAfterTalk(raw)   // spokenlabel.go (s5-f1): "…报个名吧嗯我们是南阳市第二中等职业学校"
		raw = restatedOrg(raw)    // s6-f spokenlabel.go: "我们学院党委宣传部就是…党委宣传部"
		raw = orgParticleOff(raw) // s8-j unitownwords.go: "…党委办公室啦"
	}
	if s == slot(contestbot.FieldContact) {
		raw = selfIntroOff(raw) // spokenlabel.go (s5-f1): "我那个叫周文涛"
	}
	if raw == "" {
		return
	}
	if v, ok := terseOffer(s, raw); ok { // terseyes.go (e3): "中", "就它" take the offer; never a value
		if v == "" {
			fail(terseRejected(raw, s))
			return
		}
		raw = v
	}
	if strings.HasSuffix(string(s), "!") { // "是否个人作品：否": a question asked the other way round
		f := contestbot.Field(strings.TrimSuffix(string(s), "!"))
		v, ok := parseYesNoInverted(f, raw, t.period())
		if !ok {
			fail("没看懂，请回复“是”或“不是”。")
			return
		}
		setBool(e, f, v)
		r.add(slot(f))
		return
	}
	if s == slot(contestbot.FieldContact) {
		if v, changed, only := nameChatterOff(raw); only { // s8-b namechatter.go: "哈哈哈" names nobody
			fail(fmt.Sprintf("“%s”不是人名，联系人没有记录。请写联系人姓名，例如：张伟", clip(strings.TrimSpace(raw), 12)))
			return
		} else if changed { // "李想哈哈哈", "吕晓燕 yyds"
			raw = v
		}
		typed := raw
		defer func() {
			if r.has(s) {
				t.noteContactTitle(typed, e) // selftitle.go: "我们王科长，王海峰"
				t.noteSelfContact(typed, e)  // s6-e typist.go: "就是俺 张卫红"
				t.fillSelfRoles(e, r)        // selftitle.go: "编导撰稿都是俺" said before the name
			}
		}()
	}
	if p := creatorPtr(e, s); p != nil {
		if phoneLabelLeft(raw) { // g2: "办公" left of "办公电话0371…" is no name
			return
		}
		if v, gone, ok := removalTailOff(raw); ok { // s11-b roledrop.go: "毛丽娟，去掉“歌词、旁白”"
			raw = v
			if note := t.notStoredNote(e, gone); note != "" {
				r.notes = append(r.notes, note)
			}
		}
		if v, changed, only := nameChatterOff(raw); only { // s8-b namechatter.go: "哈哈哈", "yyds" name nobody
			fail(fmt.Sprintf("“%s”不是人名，%s没有记录。请写姓名，几个人用顿号隔开；没有请回复“无”。", clip(strings.TrimSpace(raw), 12), roleLabels[s]))
			return
		} else if changed { // "张博文 yyds", "李想哈哈哈", "就他 张伟 靠谱"
			raw = v
		}
		raw = nameTailOff(raw)                     // s10-a peoplecount.go: "陈思雨了", "赵鹏孙浩两个"
		if n, ok := t.titleIsContact(e, raw); ok { // selftitle.go: "监制是我们科长" said by the 科长
			raw = n
		}
		if n, ok := relationRoleName(raw); ok { // rolerelation.go (e3): "刘红霞 俺学校语文老师", "俺侄子田磊拍哩"
			raw = n
		}
		if n, ok := formalPeople(raw, t.me(e)); ok { // s9-f formalrefs.go: "我院党委副书记刘志刚同志和本人韩卫东"
			raw = n
		}
		if n, ok := cuedRoleValue(e, raw, s); ok { // g2: "宣传部刘思齐同志", "赵明远，即本人", "陈志刚 就他一个人"
			raw = n
		}
		if w := strings.TrimSpace(reFixValueLead.ReplaceAllString(raw, "")); w != "" && hasHan(w) {
			raw = w // s5-f4: "应为本人及胡静二人" after the role was named as wrong
		}
		raw, selfLater := selfInList(raw, t.me(e)) // s5-f4 selflist.go: "撰稿是我和郭雨桐", "应为本人及胡静二人"
		if selfLater && !hasHan(raw) {
			t.askSelfName(s, r)
			return
		}
		v := raw
		if name, ok := sameForAll(raw); ok { // "都是张伟": this role and the ones not yet answered
			if pv, ok := personValue(name, t.me(e)); ok && isPerson(pv) {
				name = pv // "都是俺张卫红"
			} else if !ok { // s5-f4: "都是我" before the name is known: asked once for these roles
				for _, x := range roles[roleIndex(s):] {
					if x == s || !t.st.roleDone(x) {
						t.askSelfName(x, r)
					}
				}
				return
			}
			t.fillRoles(e, s, name, r)
			return
		}
		if matchesAny(raw, allNoneWords) { // "都没有": this role and the ones not yet answered are empty
			t.fillRoles(e, s, "", r)
			return
		}
		if nones := []string{"跳过", "略过", "不填", "空着", "暂无", "无", "没有"}; matchesAny(raw, nones) || matchesAny(unwrap(raw), nones) || saysNone(raw) || saysNobody(raw) { // d3: "冇得", "没得"; s10-e: "填“无”即可"
			v = "" // also "没有 动画哪来的摄影": none, and why
		} else if notAName(raw) {
			fail(fmt.Sprintf("%s请写人名，几个人用顿号隔开；没有请回复“无”。", roleLabels[s]))
			return
		} else {
			raw = insteadValue(raw)  // s12-m insteadvalue.go: "不能写小陈。。。写陈静" is 陈静
			raw = nickParenFull(raw) // s12-e nickhold.go: "老王（王建军）" is 王建军
			raw = coWorkers(raw)     // s8-m coworkers.go: "我和马晓雯一起写的"
			raw = nicknamesOff(raw)  // s10-d selftitle.go: "小李。。。李想" is 李想
			v = contestbot.JoinNames(rePeopleTitle.ReplaceAllString(reParen.ReplaceAllString(unwrap(raw), ""), ""))
			if n, ok := namesWithRemark(raw); ok { // d3 realname.go: "张帆 他是我们组长", "刘一鸣 陈浩 俩人拍的"
				v = n
			}
			var names []string
			for _, n := range appositionOff(dropDescriptions(strings.Split(v, "、"))) { // selftitle.go: "我们王科长，王海峰"
				if known, guess := t.titledKnown(e, n); known != "" { // s9-b knowntitle.go: "谢老师" beside the contact 谢丽娟
					n = known
				} else if guess != "" { // s9-b knowntitle.go: "编导是我们老师" asks "是谢丽娟吗？"
					fail(t.askGuess(s, n, guess))
					return
				}
				pv, ok := personValue(n, t.me(e)) // s5-f4: 我 is the typist when they gave their name
				if !ok {
					t.askSelfName(s, r) // selftitle.go: one question for all such roles
					return
				}
				if notPersonWords(pv) { // s11-b waits.go: "开会", "啥开会" are no names
					fail(fmt.Sprintf("“%s”不像人名，%s没有记录。请写姓名，几个人用顿号隔开；没有请回复“无”。", clip(pv, 12), roleLabels[s]))
					return
				}
				if pv != "" && !isOrg(pv) && (!allPeople(pv) || !plausiblePerson(pv)) { // d3: a full name, never a clause cut from a sentence
					if w := nameBeforeTitle(n); w != "" {
						names = append(names, w) // "党委书记何建国同志" → 何建国
						continue
					}
					if w := titledName(n); w != "" {
						names = append(names, w) // s12-m titledname.go: "学生赵磊" → 赵磊
						continue
					}
					if x, ok := personValue(strings.TrimSuffix(n, "同志"), t.me(e)); ok && plausiblePerson(x) && allPeople(x) {
						names = append(names, x)
						continue
					}
					fail(fmt.Sprintf("“%s”不像人名，%s没有记录。请写姓名，几个人用顿号隔开；没有请回复“无”。", clip(pv, 12), roleLabels[s]))
					return
				}
				if t.holdNick(s, pv) { // s12-e nickhold.go: "监制老胡" is asked for the full name
					continue
				}
				names = append(names, pv)
			}
			v = strings.Join(names, "、")
			if v == "" && t.heldIn(s) {
				return // only nicknames: nothing stored, the full names are asked
			}
		}
		for _, name := range strings.Split(v, "、") {
			if contestbot.RuneLen(name) > 20 || strings.ContainsAny(name, "0123456789") {
				fail(fmt.Sprintf("%s请写人名，几个人用顿号隔开，例如：张三、李四", roleLabels[s]))
				return
			}
		}
		if r.has(s) && *p != "" && v != "" { // "张三（编导）、李四（编导）"
			v = *p + "、" + v
		}
		*p = uniqueNames(v) // rolerelation.go (e3): "常秀芝、常秀芝" → 常秀芝
		if !t.heldNow(s) {
			t.dropHeld(s) // s12-e nickhold.go: the role given otherwise ("摄影不是小刘 是刘一鸣")
		}
		t.st.markRole(s)
		r.add(s)
		if selfLater { // s5-f4: the others are kept; the user's name is asked once
			t.askSelfName(s, r)
		} else {
			t.dropSelfRole(s)
		}
		if len(t.st.Roles) == len(roles) {
			e.CreatorsDone = true
		}
		return
	}
	if s.freeText() {
		if other, ok := t.otherFieldValue(raw); ok {
			// "2分48秒" typed at the 简介 step is the 时长, not a 简介.
			t.set(e, other, raw, r)
			return
		}
	}
	if s == slot(contestbot.FieldTitle) && !reTitle.MatchString(raw) && !reQuoted.MatchString(raw) {
		raw = gluedTitleTail(t.c.season, raw) // s9-a gluedtail.go: "小红船的故事 2分半动画制作"
		defer titleFirst(r, len(r.set))       // s9-a gluedtail.go: echoed 片名, 时长, 分类 as said
		// "老支书的红账本，实景拍的": a category, duration or phone typed
		// after the title in its own clause is that field's value.
		cls := strings.FieldsFunc(raw, func(r rune) bool { return r == '，' || r == ',' || r == '；' || r == ';' })
		for len(cls) > 1 {
			w := strings.TrimSpace(cls[len(cls)-1])
			other := slot("")
			switch {
			case categoryWord(t.c.season, w) != "":
				other, w = slot(contestbot.FieldCategory), categoryWord(t.c.season, w)
			default:
				if _, ok := findDuration(w); ok && !strings.Contains(w, "多") {
					other = slot(contestbot.FieldDuration)
				} else if _, _, ok := findPhone(w); ok {
					other = slot(contestbot.FieldPhone)
				}
			}
			if other == "" || r.has(other) {
				break
			}
			t.set(e, other, w, r)
			cls = cls[:len(cls)-1]
			raw = strings.TrimSpace(strings.Join(cls, "，"))
		}
	}
	switch contestbot.Field(s) {
	case contestbot.FieldUnit, contestbot.FieldTitle, contestbot.FieldContact, contestbot.FieldProducer:
		if ms := reTitle.FindAllStringSubmatch(raw, -1); ms != nil && s == slot(contestbot.FieldTitle) {
			first := ms[0][1] // 《》 first: quotes inside a title are kept
			if len(ms) > 1 && containsAny(raw, changeVerbs...) {
				first = ms[len(ms)-1][1]
			}
			raw = first
		} else if ms := reQuoted.FindAllStringSubmatch(raw, -1); ms != nil && s == slot(contestbot.FieldTitle) && !innerQuotes(raw) {
			first := ms[0][1]
			if len(ms) > 1 && containsAny(raw, changeVerbs...) {
				first = ms[len(ms)-1][1] // "《商道》改成《商道初心》"
			}
			raw = first
		}
		if s == slot(contestbot.FieldTitle) { // titlemeant.go (d1): "《红色青春 团委做的》"
			var remark string
			if raw, remark = titleRemarkOff(raw); remark != "" && !reSpeechRemark.MatchString(compact(remark)) {
				r.notes = append(r.notes, "“"+clip(remark, 20)+"”没有算进片名。")
			}
		}
		if s != slot(contestbot.FieldTitle) {
			raw = trimNamePrefix(unwrap(raw))
			if s != slot(contestbot.FieldContact) {
				raw = orgLeadOff(raw) // d3 realname.go: "即郑州XX学院"
			}
		} else if p := freeTextProblem(raw); p != "" || hasComplaint(compact(raw)) || nowRight(raw) { // s9-a consentafter.go: "改对了" is no title
			fail("这句不像片名，我没有记录。" + t.question(e, s))
			return
		} else if optionRef(raw) { // s5-f3 titlemeant.go: "老师说用第一个哈哈哈"
			fail("“" + clip(raw, 20) + "”是指哪一个？请把片名直接发给我，例如：黄河岸边的守望")
			return
		}
		if s == slot(contestbot.FieldProducer) {
			raw = producerName(raw, e.Unit)
		}
		raw = reNote.ReplaceAllString(raw, "") // "（盖章）", "（暂定名）"
		v := contestbot.NormalizeTitle(raw)
		if s == slot(contestbot.FieldTitle) {

			v = titleMarkKept(raw, v) // s5-g2 titlecomma.go: "我和我的学校！"
		}
		if w := strings.TrimSuffix(strings.TrimSpace(raw), "同上"); s == slot(contestbot.FieldProducer) && w != raw && w != "" && meansOwnUnit(w) {
			raw = "同上" // "我们学校同上"
		}
		if s == slot(contestbot.FieldProducer) && (matchesAny(raw, sameAsUnit) || meansOwnUnit(raw)) {
			if e.Unit == "" {
				r.producerIsUnit = true
				fail(noUnitYet)
				return
			}
			v = e.Unit
		}
		max := 60
		if s == slot(contestbot.FieldContact) {
			// "张伟（13800000000）", "张伟（党办主任）": the number goes to
			// the phone, the note is dropped.
			if p, rest, ok := findPhone(v); ok {
				if e.Phone == "" || !r.has(slot(contestbot.FieldPhone)) {
					e.Phone = p
					r.add(slot(contestbot.FieldPhone))
				}
				v = contestbot.NormalizeTitle(rest)
			} else if loc := reDigitRun.FindStringIndex(v); loc != nil {
				// "郑一帆 1383827156": a name and a wrong number; the name is
				// kept and the number's fault is said.
				if _, err := contestbot.ParsePhone(v[loc[0]:loc[1]]); err != nil {
					r.errs = append(r.errs, contestbot.ErrorMessage(err))
				}
				v = contestbot.NormalizeTitle(v[:loc[0]] + v[loc[1]:])
			}
			v = contestbot.NormalizeTitle(reParen.ReplaceAllString(v, ""))
			max = 20
			if n, ok := namesWithRemark(v); ok && !strings.Contains(n, "、") { // d3 realname.go: "赵晓燕 我们书记"
				v = n
			}
			if n, _, ok := cuedName(strings.ReplaceAll(v, "、", " ")); ok { // g2: one contact, so "俺、张建国" is "俺 张建国";: "宣传部刘思齐同志", "赵明远 就是我"
				v = n
			}
			if parts := strings.FieldsFunc(v, func(r rune) bool { return strings.ContainsRune("，,、。；; ", r) }); len(parts) > 1 {
				// "本人负责，吴建军", "吴建军，属实景拍摄类": the clause that is a
				// name is the contact; a category beside it is the category.
				var names []string
				for _, p := range parts {
					if besideName(p) && len(parts) > 1 {
						continue // s7-d officeonly.go: "司马红梅，党委办公室主任", "就填我本人，司马红梅"
					}
					if c := categoryWord(t.c.season, strings.TrimPrefix(strings.TrimPrefix(p, "属于"), "属")); c != "" {
						if !r.has(slot(contestbot.FieldCategory)) {
							t.set(e, slot(contestbot.FieldCategory), c, r)
						}
						continue
					}
					if pv, ok := personValue(p, ""); ok && isPerson(pv) {
						names = append(names, pv)
					}
				}
				names = titledSameAs(names) // s6-e rolesentence.go: "周老师 周敏" is one person
				if len(names) == 1 {
					v = names[0]
				} else if n, ok := oneFullName(parts); ok {
					v = n // s7-d officeonly.go: "司马红梅，党委办公室主任，办公，工作日上班时间都可以联系到我"
				}
			}
			pv, ok := personValue(v, t.st.Self) // s5-f4: "联系人为本人" after the typist gave their name
			if !ok {
				// Only when no other clause names the contact ("联系人就是我，孙丽").
				r.soft = append(r.soft, softErr{s, "联系人请写您的姓名，例如：张伟"})
				return
			}
			v = contestbot.JoinNames(contactPerson(onlyPeople(pv)))
		}
		switch {
		case v == "" || contestbot.IsNone(v):
			fail(fmt.Sprintf("%s不能为空：%s", s.label(), why(t.c.season, s)))
			return
		case contestbot.RuneLen(v) > max:
			fail(fmt.Sprintf("%s太长了（%d字），请核对后重发。", s.label(), contestbot.RuneLen(v)))
			return
		}
		if (s == slot(contestbot.FieldUnit) || s == slot(contestbot.FieldProducer)) && (!isOrg(v) || unnamedOrg(v)) { // s8-l: "我们学校" beside a full name
			// "党委组织部做的，河南职业技术学院党委组织部": the clause that names an organisation.
			for _, cl := range splitClauses(raw) {
				if w := contestbot.NormalizeTitle(trimNamePrefix(unwrap(cl))); namedOrg(w) {
					v = w
				}
			}
			if w, ok := orgWithRemark(v); ok { // d3 realname.go: "…党委组织部你写重了"
				v = w
			}
		}
		if s == slot(contestbot.FieldProducer) && isPerson(v) && startsWithSurname(v) && !isOrg(v) && v != e.Unit && e.Contact == "" {
			// A name typed at the 制作单位 question is the 联系人 answered early.
			t.set(e, slot(contestbot.FieldContact), v, r)
			return
		}
		if asideAtEligibility(e, s, v, t.st.Pending, t.m.Text) { // s12-c eligibleaside.go: "这个是我们组织部自己拍的" beside 都符合
			return
		}
		if msg := implausible(e, s, v); msg != "" {
			r.soft = append(r.soft, softErr{s, msg})
			return
		}
		if msg := t.fullUnitAsk(v); msg != "" && s == slot(contestbot.FieldUnit) { // s6-m shortunit.go: "郑铁职院"
			r.soft = append(r.soft, softErr{s, msg})
			return
		}
		switch contestbot.Field(s) {
		case contestbot.FieldUnit:
			followUnit(e, v, r) // s6-m shortunit.go: "郑铁职院党委组织部" follows the unit
			if e.Status == contestbot.StatusComplete && !contestbot.SameUnit(e.Unit, v) {
				e.Seq = 0 // a new unit: the store gives the next 序号 in it (s11-a: "X学院" → "X学院党委" is the same unit)
			}
			// A 制作单位 given as 同上 (or as the same name) meant this unit:
			// a corrected unit carries it along, as 同简介 follows the 简介.
			if e.Unit != "" && e.Unit != v && e.Producer == e.Unit {
				e.Producer = v
				r.add(slot(contestbot.FieldProducer))
			}
			e.Unit = v
		case contestbot.FieldTitle:
			e.Title = typedSpan(v, t.m.Text) // s12-d typed.go: "——" stays as typed, also in the echo
		case contestbot.FieldContact:
			e.Contact = v
		case contestbot.FieldProducer:
			if u := unitFromProducer(e.Unit, v); u != "" { // s9-h fullname.go: the full name extends a short 推荐单位
				e.Unit = u
				r.add(slot(contestbot.FieldUnit))
			}
			e.Producer = v
		}
	case contestbot.FieldPhone:
		if !strings.ContainsAny(contestbot.NormalizeWidth(raw), "0123456789") && containsAny(raw, "还是", "吗", "啥", "什么", "哪", "行不", "可以") {
			return // "电话要手机还是座机": a question, answered by the prompt
		}
		p, err := contestbot.ParsePhone(raw)
		part := t.st.PhonePart
		t.st.PhonePart = ""
		if err != nil && part != "" {
			// "1593710", then "8826 刚手滑发出去了": the rest of the number.
			if m := reLeadDigits.FindString(contestbot.NormalizeWidth(raw)); m != "" {
				if p2, err2 := contestbot.ParsePhone(part + m); err2 == nil && len(part+m) == 11 {
					p, err = p2, nil
				}
			}
		}
		if err != nil {
			if d := contestbot.NormalizeWidth(strings.TrimSpace(raw)); reAllDigits.MatchString(d) && len(d) >= 3 && len(d) < 11 && d[0] == '1' {
				t.st.PhonePart = d // a mobile number cut short: the rest may follow
			}
		}
		if err != nil {
			// "张伟 13800000000" under a phone label: take the number, and
			// the name too when the contact is still empty.
			found, rest, ok := findPhone(raw)
			if !ok {
				if loc := reDigitRun.FindStringIndex(raw); loc != nil {
					// "刚发了啊 1383827156": what is wrong with the number itself.
					if _, err2 := contestbot.ParsePhone(raw[loc[0]:loc[1]]); err2 != nil {
						err = err2
					}
				}
				fail(contestbot.ErrorMessage(err))
				return
			}
			p = found
			if n := contestbot.NormalizeTitle(rest); e.Contact == "" && contestbot.RuneLen(n) >= 2 && contestbot.RuneLen(n) <= 10 && !isFiller(n) {
				e.Contact = contactPerson(n)
				r.add(slot(contestbot.FieldContact))
			}
		}
		e.Phone = p
	case contestbot.FieldDuration:
		d, err := contestbot.ParseDuration(raw)
		if err != nil {
			// "分类和时长 实景拍摄 2分45秒": labels joined, the duration is one of the words.
			if f := strings.Fields(raw); len(f) > 1 {
				for _, w := range f {
					if x, ok := findDuration(w); ok && !strings.Contains(w, "多") {
						d, err = x, nil
					}
				}
			}
		}
		if n := contestbot.NormalizeWidth(raw); err != nil && !contestbot.IsVagueDuration(raw) && len(findDurations(n)) == 1 { // paste.go: 9:16 is no running time
			// "最后剪完是2分58秒": one exact running time in the words is the value.
			if x, e2 := contestbot.ParseDuration(findDurations(n)[0]); e2 == nil {
				d, err = x, nil
			}
		}
		if err != nil {
			fail(contestbot.ErrorMessage(err))
			return
		}
		was := e.DurationSeconds
		e.DurationSeconds = d
		if lim := t.c.season.MaxDurationSeconds; lim > 0 && d > lim && was <= lim { // s6-m: a corrected duration, over the limit before too, is not warned again
			r.notes = append(r.notes, fmt.Sprintf("提醒：时长%s超过%s。通知要求时长%s，建议精简；先按%s记录，可以继续报名。",
				contestbot.FormatDuration(d), t.c.season.DurationLimit(), t.c.season.MaxDuration, contestbot.FormatDuration(d)))
		}
	case contestbot.FieldCategory:
		c, ok := t.c.season.ParseCategory(raw)
		if d, said := describedCategory(t.c.season, raw); said && (!ok || d != c) && !strings.ContainsAny(raw, "0123456789①②③④⑤") {
			c, ok = d, true // s5-g4 categorysaid.go: "拿手机到乡下实打实拍嘞 木有弄动画" names 动画 only to deny it
		}
		if !ok {
			c, ok = pickCategory(t.c.season, raw) // shortanswer.go: "那就1吧", "2，动画的"
		}
		if o := t.categoryOffer(e, raw, s); !ok && o != "" {
			fail(o) // s10-e categoryhint.go: "我们这个是从一个长的访谈片子里剪出来的"
			return
		}
		if !ok {
			fail("没看懂分类，请回复序号：" + t.c.season.CategoryMenu())
			return
		}
		e.Category = c
	case contestbot.FieldCreators:
		if contestbot.IsNone(raw) || matchesAny(raw, allNoneWords) || matchesAny(raw, []string{"跳过", "暂无"}) {
			e.Creators = contestbot.Creators{}
			for _, x := range roles {
				t.st.markRole(x)
			}
			e.CreatorsDone = true
			r.add(s)
			return
		}
		if name, ok := sameForAll(raw); ok {
			for _, x := range roles {
				*creatorPtr(e, x) = name
				t.st.markRole(x)
			}
			e.CreatorsDone = true
			r.add(s)
			return
		}
		fail("主创人员请按角色写，例如：监制张三，编导李四、王五，撰稿无，摄影赵六，剪辑孙七")
		return
	case contestbot.FieldSynopsis:
		raw = freeTextValue(raw, s)
		if story, _, ok := freeTextChatterOff(raw); ok { // chatter.go (d1): "…。回头再改"
			raw = story
		}
		if content, talk := splitTrailingTalk(raw); talk != "" {
			raw = content
			r.asked = append(r.asked, talk)
		}
		if freeTextProblem(raw) == "correction" && !t.trying && extract(raw).labelled {
			// "主创和简介都不对…：监制改成孙志刚，…": the corrections inside.
			sub := t.fill(e, raw, "")
			for _, x := range sub.set {
				r.add(x)
			}
			r.errs = append(r.errs, sub.errs...)
			return
		}
		if p := storyProblem(raw); p == "roles" { // creators.go; s5-g1 storyProblem
			fail(rolesNotText)
			return
		} else if p != "" || gateProblem(raw, draftPeople(e)) != "" { // s8-d textgate.go
			fail("这句不像内容简介，我没有记录。请直接发简介的内容。")
			return
		}
		if contestbot.RuneLen(raw) < 5 && contestbot.RuneLen(e.Synopsis) >= minWholeSynopsis {
			return // s9-i textgoeson.go: "跟简介一样不中" is no new 简介 beside a whole one
		}
		if contestbot.RuneLen(raw) < 5 {
			fail("内容简介太短了，请用一两句话介绍作品内容。")
			return
		}
		if contestbot.RuneLen(raw) > 1000 {
			fail(fmt.Sprintf("内容简介有%d字，太长了，请精简到几百字以内。", contestbot.RuneLen(raw)))
			return
		}
		// A 摘要 that reused the 简介 follows it while it fits.
		if old := e.Synopsis; old != "" && e.Summary == old && !r.has(slot(contestbot.FieldSummary)) && contestbot.RuneLen(raw) <= contestbot.MaxSummaryRunes {
			e.Summary = raw
			r.add(slot(contestbot.FieldSummary))
		}
		e.Synopsis = raw
	case contestbot.FieldSummary:
		raw = freeTextValue(raw, s)
		if story, _, ok := freeTextChatterOff(raw); ok { // chatter.go (d1): "…。回头再改"
			raw = story
		}
		if content, talk := splitTrailingTalk(raw); talk != "" {
			raw = content
			r.asked = append(r.asked, talk)
		}
		v := raw
		if w := strings.TrimSpace(reTailWrap.ReplaceAllString(raw, "")); w != raw && (matchesAny(w, sameAsSynopsis) || meansSameAsSynopsis(w)) {
			raw = w // "同简介，麻烦您了。"
		}
		raw = sameSynopsisValue(raw)                                           // freetextask.go: "…俺哩意思是摘要跟简介一样"
		if storyProblem(raw) != "" || gateProblem(raw, draftPeople(e)) != "" { // s5-g1; s8-d textgate.go
			fail("这句不像内容摘要，我没有记录。请直接发摘要的内容（100字以内），或回复“同简介”。")
			return
		}
		if matchesAny(raw, sameAsSynopsis) || meansSameAsSynopsis(raw) {
			if e.Synopsis == "" {
				fail("还没有内容简介，请直接写100字以内的内容摘要。")
				return
			}
			v = e.Synopsis
		}
		if n := contestbot.RuneLen(v); n > contestbot.MaxSummaryRunes {
			fail(fmt.Sprintf("内容摘要限100字以内（附件3），现在是%d字，请精简后重发。", n))
			return
		}
		if contestbot.RuneLen(v) < 5 {
			fail("内容摘要太短了，请用一两句话概括作品内容（100字以内）。")
			return
		}
		e.Summary = v
	case contestbot.FieldCopyright:
		// Confirmed together with the summary at the end; nothing to store yet.
		return
	case contestbot.FieldUnitWork, contestbot.FieldMadeInPeriod, contestbot.FieldUnpublished,
		contestbot.FieldAIUsed, contestbot.FieldAILabelled:
		v, ok := parseYesNo(contestbot.Field(s), raw, t.period())
		if !ok {
			fail("没看懂，请回复“是”或“不是”。")
			return
		}
		setBool(e, contestbot.Field(s), v)
	default:
		return
	}
	r.add(s)
}

func setBool(e *contestbot.Entry, f contestbot.Field, v bool) {
	switch f {
	case contestbot.FieldUnitWork:
		e.UnitWork = contestbot.Bool(v)
	case contestbot.FieldMadeInPeriod:
		e.MadeInPeriod = contestbot.Bool(v)
	case contestbot.FieldUnpublished:
		e.Unpublished = contestbot.Bool(v)
	case contestbot.FieldAIUsed:
		e.AIUsed = contestbot.Bool(v)
	case contestbot.FieldAILabelled:
		e.AILabelled = contestbot.Bool(v)
	}
}

// fill reads a message into e: labelled values, recognisable values
// (a 《title》, a phone number, a duration, a category, an eligibility
// statement), and a plain answer to the pending slot.
func (t *turn) fill(e *contestbot.Entry, msg string, pending slot) *fillResult {
	r := &fillResult{}
	defer producerAfterUnit(e, r)                    // likeothers.go: "驻马店财经学校，…，制作单位也是我们学校"
	defer producerOwnUnit(e, r)                      // facts.go: "由我院宣传部制作" said before the unit
	defer aiFromSaid(t.c.season, e, msg, pending, r) // s6-m ailabel.go: every word on AI in this entry decides the AI item

	if f, v, add, ok := affiliatedMsg(msg, pending); ok && t.setAffiliatedAs(e, f, v, add, r) { // s12-a splitvalue.go: "焦作广播电视台 王磊" is one person
		return r
	}
	// s8-g askedover.go: a question, or the rest of one answered this turn.
	asked := isQuestion(msg) || t.asked || isQuestion(t.m.Text)
	if !pending.freeText() {
		msg = ownTitleSubject(e, msg)              // s10-k titleneighbours.go: "田埂上的党课是2分48秒" is its 时长
		msg = writtenAnswer(msg)                   // s10-k labelverb.go: "…一起做的，写X" is X
		msg = strings.TrimSpace(cutNotSource(msg)) // s6-m sourcecut.go: "原片20分钟 剪成2分50" is 2分50
		msg = changedLabel(msg)                    // s6-m changedlabel.go: "联系人也换了 是周晓燕老师"
	}
	if w, ok := t.saysFullUnit(msg); ok && pending == slot(contestbot.FieldUnit) { // s6-m shortunit.go: "就是全称"
		msg = w
	}
	if !pending.freeText() {
		msg = reNoRoleBecause.ReplaceAllString(msg, "${1}无") // s10-e: "因为是动画作品所以没有摄影" → 摄影无, before the role readers
		msg = sharedRoleLabels(msg)                          // s10-e: "编导,撰稿:周晓雯" → 编导、撰稿：周晓雯
	}
	if !pending.freeText() {
		msg = writtenWorkClauses(msg)  // s11-b writtenworks.go: "歌词和旁白文案是我写的" is 撰稿是我
		msg = contactTitleNameOff(msg) // s11-b selftitle.go: "联系人写毛老师，毛丽娟，电话…" is 毛丽娟
	}
	msg = rewritePersonRole(msg)
	msg = joinAdded(msg, pending) // s7-a addedpeople.go: "摄影陈磊 还有马超也拍了"
	if !pending.freeText() {
		if _, _, prose := readRoleProse(msg, t.me(e)); !prose { // s10-a: "导演跟撰稿都是俺 拍哩是…" is prose, not one run
			msg = roleRunOn(msg, pending) // s9-e rolerunon.go: "间质是俺们组织部李红梅部长编导是俺郭建民…"
		}
	}
	if !pending.freeText() {
		t.noteForOther(msg)     // s6-e typist.go: "联系人写周老师 周敏 … 我就是个跑腿的"; never from a 简介
		t.noteSelfNamed(e, msg) // s8-b typedfor.go: "导演是我谢雨涵 撰稿我和王佳琪"
	}
	if t.typistName(e, msg, pending, r) { // s6-e typist.go: "李想" after "剪辑(制作)写的“我”是您本人吧？"
		return r
	}
	msg = t.roleProse(e, msg, pending)                 // s7-d roleprose.go: "本片由…王建国同志担任监制", "拍是俺跟刘亚楠老师俩人拍哩"
	if rd, ok := t.roleSentence(e, msg, pending); ok { // s6-e rolesentence.go: roles and people in any order
		msg = rd
	} else if cs, ok := creatorsSentence(msg); ok { // creators.go: the roles in one natural sentence
		msg = cs
	}
	msg = t.selfIntro(e, msg, r) // selfref.go: "我叫陈志强" in a longer message
	msg = t.typistIntro(e, msg)  // s5-f4 selflist.go: "我叫闵可欣" said by a student for the teacher

	msg = reNoRole.ReplaceAllString(msg, "${1}无") // "动画片没有摄影" → 摄影无
	msg = formalRoleWords(msg)                    // s9-f formalrefs.go: "监制亦同为刘志刚、韩卫东", "无摄影"
	msg = t.likeLastOthers(e, msg, r)             // likeothers.go: "其他跟前面一样"
	msg = t.likeLast(e, msg, pending, r)          // "单位、联系人电话都跟上一个一样"
	msg = reSameUnit.ReplaceAllString(msg, "同上")
	msg = reSameSynopsis.ReplaceAllString(msg, "同简介")
	restNone := false
	if reRestNone.MatchString(msg) {
		msg = reRestNone.ReplaceAllString(msg, "")
		restNone = true
	}
	defer func() {
		unwrapUnits(e, r)  // s6-m unitwrap.go: "制作是他们学校党委办公室做的", "这次写…"
		t.schoolBody(e, r) // selfref.go: "学校党委" → the unit's 党委
		if restNone && (r.has(slotCreators) || hasRole(r.set) || pending.isRole()) {
			for _, x := range roles {
				t.st.markRole(x)
			}
			e.CreatorsDone = true
			r.add(slotCreators)
		}
		for _, x := range r.soft {
			if !r.has(x.slot) && askedOverValue(e, x.slot, pending, asked) { // s8-g askedover.go
				r.context = true
			} else if !r.has(x.slot) {
				r.errs = append(r.errs, x.msg)
			}
		}
		r.errs = dedupe(r.errs)
	}()
	if w := strings.TrimSpace(reTailWrap.ReplaceAllString(msg, "")); pending == slot(contestbot.FieldSummary) && (matchesAny(w, sameAsSynopsis) || meansSameAsSynopsis(w) || takesOffer(w)) {
		t.set(e, pending, sameSynopsisValue(w), r) // "同简介，麻烦您了。"; freetextask.go
		return r
	}
	if t.storedNameFix(e, msg, r) { // rolerelation.go (e3): "啥文老师 是刘红霞" fixes the role that held 文老师
		return r
	}
	if !pending.freeText() {
		if msg = t.roleEdits(e, msg, r); strings.TrimSpace(msg) == "" {
			return r
		}
	}
	ex := extract(msg)
	// A long sentence answering a 主创 role or a 简介 may hold label words
	// ("本片时长虽短，却讲述了…"): when they make no sense as labels, it is
	// a plain answer.
	if (pending.isRole() || pending.freeText()) && ex.labelled && !ex.firstColon && contestbot.RuneLen(msg) > 20 && !t.trying && !rolesList(ex) {
		if tr := t.tryFill(e, msg, ""); len(tr.set) == 0 || len(tr.errs) > 0 {
			ex = extraction{firstLabel: -1, leftover: []string{msg}}
		}
	}

	// A story told while another question is pending is the 简介 (or, once
	// there is one, the 摘要): "从…录像里剪出来的，讲学院驻村工作队…".
	if !pending.freeText() && !pending.isRole() && pending != "" && !ex.labelled && narrative(msg) {
		switch {
		case e.Synopsis == "":
			t.set(e, slot(contestbot.FieldSynopsis), msg, r)
			return r
		case e.Summary == "" && contestbot.RuneLen(msg) <= contestbot.MaxSummaryRunes:
			t.set(e, slot(contestbot.FieldSummary), msg, r)
			return r
		}
	}

	// An answer to a 主创 role that is no list of names never skips the
	// roles: it is read as a name, a question or a clarification
	// (roleanswer.go), and the roles end only when the user says so.

	// A free-text answer is the whole message unless it starts with a label.
	// "本片时长虽短，却讲述了…" is a 简介 that starts with a label word: a
	// label counts at the start of a long answer only with a colon or a
	// correction verb.
	if t.roleDropSpoken(e, msg, r) { // s11-b roledrop.go: "摄影把王涛去掉吧 他就帮着扛了下设备 只留韩磊", at any step
		return r
	}
	labelledAnswer := ex.labelled && ex.firstLabel <= 4 &&
		(ex.firstColon || contestbot.RuneLen(msg) <= 20 || containsAny(msg, "改成", "改为", "写错", "错了", "应该是", "更正", "换成", "不对", "重新发", "重发", "再发一遍", "重新写") ||
			rolesList(ex))
	if pending.freeText() && !labelledAnswer {
		t.set(e, pending, bareLabelLead(msg, pending), r) // s10-f freelabel.go: "摘要 二维动画…"
		return r
	}

	roleLabels := 0
	for _, v := range ex.values {
		if v.slot.isRole() {
			roleLabels++
		}
	}
	ex.values = dropTalkValues(ex.values, e.Contact)
	ex.values = unitFirst(e, ex.values) // s10-f politeclose.go: "由我院机电工程学院制作，推荐单位是新乡职业技术学院"
	quotedLeft := false
	for _, c := range ex.leftover {
		if reTitle.MatchString(c) {
			quotedLeft = true
		}
	}
	for _, v := range ex.values {
		if v.slot == slot(contestbot.FieldTitle) && quotedLeft && !reQuoted.MatchString(v.raw) {
			continue // "片名还没定好，暂定《青春向党》": the quoted one is the title
		}
		if v.slot == slotCreators && (v.raw == "" || roleLabels > 0 && !contestbot.IsNone(v.raw) && !matchesAny(v.raw, allNoneWords)) {
			continue // "主创人员：监制张三，…", "主创人员是这样的：…": the roles follow
		}
		if v.raw == "" {
			continue
		}
		if v.slot.isRole() {
			// "编导和撰稿都是我王子豪": the roles named, not every role after them.
			if name, ok := sameForAll(v.raw); ok {
				v.raw = name
			}
		}
		if v.slot.freeText() {
			v.raw = reFreeWrap.ReplaceAllString(v.raw, "") // "摘要另写：…"
		}
		if cat, ok := categoryExact(t.c.season, v.raw); ok && v.slot == slot(contestbot.FieldCategory) && t.deniesCategory(msg, cat) {
			continue // s11-f negatedcategory.go: "这个不算AI吧" names no category
		}
		if v.slot == slot(contestbot.FieldDuration) {
			if d, more, ok := splitDuration(v.raw); ok && more != "" && !strings.Contains(v.raw, "多") {
				t.set(e, v.slot, fmt.Sprint(d, "秒"), r)
				ex.leftover = append(ex.leftover, more)
				continue
			}
		}
		if v.slot == slot(contestbot.FieldTitle) {
			// "片名路桥上的党旗红 实拍的 2分45": values after the title with
			// only spaces between are read on their own.
			var more []string
			v.raw, more = peelValues(t.c.season, v.raw)
			ex.leftover = append(ex.leftover, more...)
			if title, ok := titleCorrected(v.raw); ok { // s9-e titleexplain.go: "片名就四个字一把藤椅后头那是俺给恁解释哩"
				v.raw = title
			}
			if title, vals, ok := titleExplained(t.c.season, v.raw); ok { // s9-e titleexplain.go: "一把藤椅就是…那个藤椅是动画片三分钟"
				v.raw, ex.leftover = title, append(ex.leftover, vals...)
			}
		}
		t.set(e, v.slot, v.raw, r)
	}
	if (roleLabels >= 4 || roleLabels >= 2 && len(t.st.Roles) >= 4) && !t.leavesAsked(pending, ex.values) || (roleLabels >= 1 && hasSlot(ex.values, slotCreators)) {
		// A list of (nearly) all roles, or one under "主创人员：", is the
		// whole answer: the roles not named are empty. A shorter list
		// ("监制孙志强，编导撰稿都是我"), or one that leaves out the role
		// asked (s7-f copyrefs.go), leaves the others to be asked.
		if t.closeRoles(e, ex.values, r) { // roleanswer.go: a role named but not read is asked again
			e.CreatorsDone = true
			r.add(slotCreators)
		}
	}

	var rest []string
	// "第一个《太行脊梁》，第二个《红旗渠畔》": one entry at a time; the first
	// title is this one's, and the message is about titles, not the
	// pending question.
	var titles []string
	for _, m := range reTitle.FindAllStringSubmatch(msg, -1) {
		if n := contestbot.NormalizeTitle(m[1]); n != "" && !slices.Contains(titles, n) {
			titles = append(titles, n)
		}
	}
	several := len(titles) > 1 && !containsAny(msg, changeVerbs...)
	// "2min35s 实拍的": values side by side with only a space between.
	var leftover []string
	for _, c := range ex.leftover {
		f := strings.Fields(c)
		split := false
		for _, w := range f {
			if _, ok := findDuration(w); ok && len(f) > 1 {
				split = true
			}
		}
		if split {
			leftover = append(leftover, f...)
		} else {
			leftover = append(leftover, c)
		}
	}
	ex.leftover = leftover
	for _, c := range ex.leftover {
		if several && reTitle.MatchString(c) && r.has(slot(contestbot.FieldTitle)) {
			continue
		}
		if m := reTitle.FindStringSubmatchIndex(c); m != nil && !r.has(slot(contestbot.FieldTitle)) {
			t.set(e, slot(contestbot.FieldTitle), c[m[2]:m[3]], r)
			c = strings.TrimSpace(c[:m[0]] + c[m[1]:])
			if isFiller(c) {
				continue
			}
		}
		if p, others, ok := findPhone(c); ok && !r.has(slot(contestbot.FieldPhone)) {
			t.set(e, slot(contestbot.FieldPhone), p, r)
			c = others
			if isFiller(c) {
				continue
			}
		}
		if (reVagueClause.MatchString(c) || vagueDuration(c)) && !r.has(slot(contestbot.FieldDuration)) { // "四分钟出头", "大概两分半"
			r.errs = append(r.errs, fmt.Sprintf("时长“%s”不够准确，请写到秒，例如3分10秒。", c))
			continue
		}
		if d, ok := findDuration(c); ok && !r.has(slot(contestbot.FieldDuration)) && !pending.isRole() {
			t.set(e, slot(contestbot.FieldDuration), fmt.Sprint(d, "秒"), r)
			continue
		}
		if cat, ok := categoryExact(t.c.season, c); ok && !pending.isRole() && !t.deniesCategory(msg, cat) { // s11-f negatedcategory.go: "这个不算AI吧"
			t.set(e, slot(contestbot.FieldCategory), cat, r)
			continue
		}
		if f, v, ok := eligibilityPhrase(dialectNegation(c), t.period()); ok && !pending.isRole() {
			setBool(e, f, v)
			r.add(slot(f))
			continue
		}
		rest = append(rest, c)
	}
	if several {
		r.notes = append(r.notes, fmt.Sprintf("一次登记一个作品：先填《%s》，报完后发“再报一个”登记下一个（%s）。", e.Title, "《"+strings.Join(titles[1:], "》《")+"》"))
		return r
	}
	if len(rest) == 0 {
		return r
	}
	answer := strings.Join(rest, "，")
	switch {
	case pending == "" || r.has(pending) || pending == slot(contestbot.FieldCopyright):
		r.unknown = append(r.unknown, rest...)
	case len(r.set) > 0 && (correcting(msg) || correcting(t.m.Text) && (pending.isRole() || pending == slot(contestbot.FieldContact))): // s11-f: a reader may have cut "说错了" from the message
		// "那我剪一下，改成2分50秒": the correction was the point; the rest
		// is talk, not an answer to the pending question.
		r.unknown = append(r.unknown, rest...)
	case pending.isRole() && len(r.set) > 0 && notPersonWords(answer):
		// s11-b waits.go: "啥开会 监制是我 严卫东": a leading fragment that is
		// no name beside labelled roles is talk; the labelled part is read.
	case restates(e, pending, answer):
		// "再报一个" kept the unit; the user typed it again anyway.
	default:
		if pending == slot(contestbot.FieldTitle) {
			answer = titleMarkKept(msg, answer)    // s5-g2 titlecomma.go: "我和我的学校！"
			answer = t.titleAnswered(e, answer, r) // s9-e titleexplain.go: "一把藤椅就是焦裕禄坐哩那个藤椅是动画片"
		}
		t.set(e, pending, answer, r)
	}
	return r
}

// correcting reports whether a message says that something was wrong or
// changes it.
func correcting(msg string) bool {
	return containsAny(msg, append([]string{"写错", "填错", "打错", "说错", "搞错", "弄错", "错了", "不对", "改成", "改为", "改一下", "更正", "纠正"}, changeVerbs...)...)
}

var (
	reSameUnit = regexp.MustCompile(`(?:和|与|跟|同)(?:推荐单位|学校|上面|上边|上一项|单位)(?:一样|相同|一致)?`)
	// reSynopsisRef points back at the 简介 typed before: "用上面那段简介".
	reSynopsisRef  = regexp.MustCompile(`(?:就)?(?:用|照|同)(?:上面|前面|刚才|之前)(?:那段|那个|那一段|发的|的)?(?:内容)?简介(?:就行|就可以|即可)?`)
	reSameSynopsis = regexp.MustCompile(`(?:和|与|跟|同|用)(?:内容)?简介(?:一样|相同|一致|的)?`)
	reRestNone     = regexp.MustCompile(`[，,；;、\s]*(?:其他|其它|其余|剩下的|别的|另外的)(?:的)?(?:角色|人员|人)?(?:都|也|均)?(?:没有|无|空着|不填|暂无)(?:了)?`)
)

var (
	reAllSame  = regexp.MustCompile(`^(?:主创人员|主创|其他|其它|其余|剩下|剩余|后面|另外|以下)?(?:的)?(?:人员|角色|几项|几个|岗位)?(?:也|就)?(?:都是|全是|全部是|全都是|都为|均为|均是|全为|都由|全部由|全由|全部都是)(.+?)(?:一个人|一人|本人)?(?:负责|完成|担任|包办|做的|一个人做的)?(?:的)?$`)
	reOneDoes  = regexp.MustCompile(`^(.+?)(?:一个人|一人|个人|独自|自己)(?:负责|完成|包办|做的|担任|全包|全部负责)(?:的)?(?:全部|所有)?(?:角色|工作)?$`)
	nonNameSet = map[string]bool{}
)

func init() {
	for _, w := range append(append([]string{"确认", "确定", "提交", "好的", "好", "收到", "知道了", "明白", "谢谢", "可以", "行", "对", "是", "是的",
		"不是", "不对", "嗯", "哦", "ok", "没问题", "同上", "一样", "相同", "同", "继续", "下一步", "完成", "完了", "结束", "就这些", "没了", "以上"},
		continueWords...), skipWords...) {
		nonNameSet[w] = true
	}
}

// allNoneWords answer every 主创 role at once with nobody.
var allNoneWords = []string{"都没有", "都无", "全部无", "全无", "全都没有", "全部没有", "都没", "一个都没有", "都不填", "都空着", "全部跳过", "都跳过",
	"其他都没有", "其余都没有", "剩下的都没有", "后面都没有", "后面的都没有", "以下都没有", "都没有了", "都是无", "全是无", "均无", "都不需要"}

// notAName reports whether an answer to a 主创 role is a word that is no
// person's name ("确认", "好的", "同上").
func notAName(s string) bool {
	return nonNameSet[answerWords(s)]
}

// sameForAll reads "都是张伟", "全部由张伟负责", "张伟一个人完成": one person
// (or list) in every role.
func sameForAll(s string) (string, bool) {
	w := strings.TrimFunc(contestbot.NormalizeWidth(strings.TrimSpace(s)), func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("。.,，!！~～", r)
	})
	for _, re := range []*regexp.Regexp{reAllSame, reOneDoes} {
		if m := re.FindStringSubmatch(w); m != nil {
			n := contestbot.JoinNames(nameTailOff(m[1])) // s10-a peoplecount.go: "都是刘洋一个人弄的"
			if reSelfRef.MatchString(n) {
				return n, true // s5-f4: "都是我" at a role step; the caller resolves 我
			}
			if n == "" || !fitsNames(n) || notAName(n) {
				return "", false
			}
			return n, true
		}
	}
	return "", false
}

// fitsNames reports whether s reads as one or several people's names.
func fitsNames(s string) bool {
	if contestbot.IsNone(s) || strings.TrimSpace(s) == "" {
		return true
	}
	if strings.ContainsAny(contestbot.NormalizeWidth(s), "。!?0123456789") {
		return false
	}
	parts := reNameSep.Split(contestbot.NormalizeTitle(s), -1)
	if len(parts) > 10 {
		return false
	}
	for _, p := range parts {
		if contestbot.RuneLen(p) > 8 {
			return false
		}
	}
	return true
}

// trimNamePrefix drops "我是", "我叫", "是" before a name or unit, and a
// trailing "的" ("我们是郑州大学的").
func trimNamePrefix(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"我们这边是", "我们学校是", "我们单位是", "我们学校叫", "我们是", "我校是", "这边是", "我这边是", "我们这是", "我是", "我叫", "本人是", "本人",
		"就是", "是", "叫", "为", "：", ":"} {
		if strings.HasPrefix(s, p) && contestbot.RuneLen(s) > contestbot.RuneLen(p)+1 {
			s = strings.TrimSpace(strings.TrimPrefix(s, p))
			break
		}
	}
	for _, x := range []string{"的老师", "的", "这边", "报送", "推荐"} {
		if strings.HasSuffix(s, x) && contestbot.RuneLen(s) > contestbot.RuneLen(x)+1 {
			s = strings.TrimSuffix(s, x)
			break
		}
	}
	return s
}

// meansSameAsSynopsis reads a 摘要 answer that reuses the 简介 ("摘要就用简介吧",
// "直接用上面的简介就行", "和上面一样").
func meansSameAsSynopsis(s string) bool {
	s = englishAsChinese(s)    // s8-m englishwords.go: "summary跟synopsis一样"
	if endsSameAsSynopsis(s) { // freetextask.go: "摘要就用简介那段", "…俺哩意思是摘要跟简介一样"
		return true
	}
	w := answerWords(s)
	for _, p := range []string{"内容摘要", "摘要"} {
		w = strings.TrimPrefix(w, p)
	}
	w = strings.TrimLeft(w, ":：")
	for _, p := range []string{"就直接", "直接", "就", "也", "还是", "可以"} {
		if strings.HasPrefix(w, p) {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	for _, x := range []string{"就可以了", "就可以", "就行了", "就行", "即可", "好了", "吧", "了", "就好", "可以"} {
		if strings.HasSuffix(w, x) {
			w = strings.TrimSuffix(w, x)
			break
		}
	}
	switch w {
	case "同简介", "用简介", "同上", "用上面的", "用上面的简介", "和上面一样", "跟上面一样", "与上面相同", "同上面", "一样", "相同", "同", "用简介的",
		"和简介一样", "跟简介一样", "与简介相同", "和简介相同", "同内容简介", "用内容简介", "照抄简介", "复制简介", "简介", "上面的", "上面那段", "用上面那段":
		return true
	}
	return false
}

// meansOwnUnit reads a 制作单位 answer that points back at the school
// ("就是我们学校做的", "学校自己拍的").
func meansOwnUnit(s string) bool {
	if cls := splitClauses(s); len(cls) > 1 {
		// "那就是俺们学校 俺们自己拍的": every clause says the same.
		for _, c := range cls {
			if !meansOwnUnit(c) && !isChatter(compact(c)) {
				return false
			}
		}
		return true
	}
	w := strings.TrimPrefix(answerWords(s), "那")
	for _, p := range []string{"就是", "也是", "都是", "是", "由", "就"} {
		if strings.HasPrefix(w, p) {
			w = strings.TrimPrefix(w, p)
			break
		}
	}
	for _, x := range []string{"自己做的", "自己拍的", "自己制作的", "制作的", "做的", "拍的", "摄制的", "出品的", "制作", "做", "拍", "的"} {
		if strings.HasSuffix(w, x) {
			w = strings.TrimSuffix(w, x)
			break
		}
	}
	switch w {
	case "我们学校", "我们", "学校", "本校", "我校", "自己", "我们自己", "学校自己", "我们学校自己", "推荐单位", "本单位", "我们单位", "单位", "我们单位自己", "咱们学校",
		"俺们学校", "俺们", "俺们自己", "咱们", "咱们自己", "俺学校", "俺们单位", "咱学校":
		return true
	}
	return false
}

func hasRole(ss []slot) bool {
	for _, s := range ss {
		if s.isRole() {
			return true
		}
	}
	return false
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func hasSlot(vs []assignment, s slot) bool {
	for _, v := range vs {
		if v.slot == s {
			return true
		}
	}
	return false
}

// restates reports whether a plain answer to a name question is really a
// value the entry already has in another name field (the unit typed again
// after "再报一个" reused it).
func restates(e *contestbot.Entry, pending slot, answer string) bool {
	switch contestbot.Field(pending) {
	case contestbot.FieldTitle, contestbot.FieldContact:
	default:
		return false
	}
	v := contestbot.NormalizeTitle(answer)
	return v != "" && (v == e.Unit || v == e.Producer || (pending != slot(contestbot.FieldContact) && v == e.Contact))
}

// period is what judging when a work was made needs: this year and the
// season.
func (t *turn) period() period { return period{year: t.c.opts.Now().Year(), season: t.c.season} }

// next is the first slot of e still unanswered, or "" when the form is
// complete (copyright included).
func (t *turn) next(e *contestbot.Entry) slot {
	var later []slot
	for _, f := range e.Missing(t.c.season) {
		if f == contestbot.FieldCreators {
			waiting := false
			for _, r := range roles {
				if !t.st.roleDone(r) {
					if t.waitsFor(e, r) { // s6-d hold.go: "监制我问问领导" is asked last
						later, waiting = append(later, r), true
						continue
					}
					return r
				}
			}
			if !waiting {
				e.CreatorsDone = true
			}
			continue
		}
		if f == contestbot.FieldCopyright && len(later) > 0 {
			break // the summary to confirm waits for what was promised
		}
		if t.waitsFor(e, slot(f)) { // chatpaste.go (s5-f2): "简介我下午发你" is asked last
			later = append(later, slot(f))
			continue
		}
		return slot(f)
	}
	if len(later) > 0 {
		return later[0]
	}
	return ""
}

// ack acknowledges what a message set, in one short line.
func ack(season *contestbot.Season, e *contestbot.Entry, r *fillResult) string {
	if len(r.set) == 0 {
		return ""
	}
	var parts []string
	for _, s := range r.set {
		if s == slotCreators {
			continue
		}
		if s.yesNo() {
			parts = append(parts, display(season, e, s))
			continue
		}
		parts = append(parts, s.label()+"："+display(season, e, s))
	}
	if len(parts) == 0 {
		parts = append(parts, "主创人员："+display(season, e, slotCreators))
	}
	if len(parts) > 4 {
		// Many at once (a pasted form): one per line, each with its value.
		var lines []string
		roleDone := false
		for _, s := range r.set {
			switch {
			case s == slotCreators || s.isRole():
				if !roleDone {
					lines = append(lines, "主创人员："+display(season, e, slotCreators))
					roleDone = true
				}
			case s.yesNo():
				lines = append(lines, display(season, e, s))
			default:
				lines = append(lines, s.label()+"："+display(season, e, s))
			}
		}
		return "好的，已记下：\n" + strings.Join(lines, "\n")
	}
	return "好的，已记下 " + strings.Join(parts, "，") + "。"
}

// rolesList reports whether a message is a list of 主创 roles with names
// ("策划老王（王建军），导演张宇航，撰稿刘思琪…"), not a 简介 that mentions one.
func rolesList(ex extraction) bool {
	n := 0
	for _, v := range ex.values {
		if v.slot.isRole() && v.raw != "" && fitsNames(v.raw) {
			n++
		}
	}
	return n >= 3
}

// narrative reports whether a message tells what a work is about: a long
// sentence with a story verb and none of the form's other values.
func narrative(msg string) bool {
	if contestbot.RuneLen(msg) < 30 || freeTextProblem(msg) != "" || !containsAny(msg, "讲述", "讲", "记录", "展现", "展示", "聚焦", "描绘", "反映", "诠释", "故事", "体现", "再现", "呈现") {
		return false
	}
	if _, _, ok := findPhone(msg); ok {
		return false
	}
	return reTitle.FindString(msg) == ""
}

// peelValues splits values typed after a title with only spaces between
// ("《路桥上的党旗红》 实拍的 2分45", "路桥上的党旗红 实拍的 2分45") off it.
func peelValues(season *contestbot.Season, raw string) (string, []string) {
	if i := strings.LastIndex(raw, "》"); i >= 0 && strings.Contains(raw[:i], "《") {
		if after := strings.TrimSpace(raw[i+len("》"):]); after != "" {
			return raw[:i+len("》")], strings.Fields(after)
		}
		return raw, nil
	}
	f := strings.Fields(raw)
	var more []string
	for len(f) > 1 {
		w := f[len(f)-1]
		_, dur := findDuration(w)
		_, cat := categoryExact(season, w)
		_, _, ph := findPhone(w)
		if !dur && !cat && !ph {
			break
		}
		more = append([]string{w}, more...)
		f = f[:len(f)-1]
	}
	// Talk between the title and the values: "路桥上的党旗红 后面是分类和时长".
	for len(f) > 1 && reTitleTalk.MatchString(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	if len(more) == 0 && strings.Join(f, " ") == strings.TrimSpace(raw) {
		return raw, nil
	}
	return strings.Join(f, " "), more
}

// otherFieldValue reports which other field a whole message is the value
// of: a duration, a phone number or a category name.
func (t *turn) otherFieldValue(raw string) (slot, bool) {
	w := strings.TrimSpace(raw)
	if contestbot.RuneLen(w) > 12 {
		return "", false
	}
	if _, err := contestbot.ParseDuration(w); err == nil && strings.ContainsAny(w, "分秒:：'") {
		return slot(contestbot.FieldDuration), true
	}
	if _, err := contestbot.ParsePhone(w); err == nil {
		return slot(contestbot.FieldPhone), true
	}
	if _, ok := categoryExact(t.c.season, w); ok {
		return slot(contestbot.FieldCategory), true
	}
	return "", false
}

// dropTalkValues drops, for a field named twice in one message, the value
// that is talk: "监制这里不对，监制是李卫东，麻烦您改一下" sets 李卫东.
func dropTalkValues(vs []assignment, contact string) []assignment {
	count := map[slot]int{}
	for _, v := range vs {
		count[v.slot]++
	}
	var out []assignment
	for _, v := range vs {
		if count[v.slot] > 1 && (v.slot.isRole() || v.slot == slot(contestbot.FieldContact)) && !saysNone(v.raw) {
			pv, _ := personValue(v.raw, contact)
			if pv == "" || !allPeople(pv) {
				count[v.slot]--
				continue
			}
		}
		out = append(out, v)
	}
	return out
}

// producerName is a 制作单位 answer, unwrapped, without the verb after it,
// with the user's own school resolved to unit: "是俺学校党委办公室弄嘞" →
// unit+党委办公室.
func producerName(raw, unit string) string {
	raw = reMadeTail.ReplaceAllString(raw, "$1") // "我们学校党委组织部做的"
	raw = reAlsoHead.ReplaceAllString(raw, "")   // "也是组织部"
	raw = ownUnit(raw, unit)                     // "我们学校党委组织部"
	if unit != "" && reBareDept.MatchString(raw) {
		raw = schoolName(unit) + raw // "组织部" alone is the unit's: the form prints the full name
	}
	return raw
}

// reMadeTail is "made it" after an organisation: "党委组织部做的", "宣传部拍的".
// s5-g4: Henan "弄嘞/搞哩/做咧" — 弄 and 搞 are verbs too, and 嘞/哩/咧/滴 are
// the dialect's 的 ("是俺学校党委办公室弄嘞").
var reMadeTail = regexp.MustCompile(`^(.*(?:部|处|室|中心|学院|学校|委员会|党委|总支|支部|团委|公司|系|科|办))(?:自己|牵头|负责|组织|一起)?(?:做|拍|弄|搞|制作|摄制|出品|拍摄)(?:出来)?(?:的|嘞|哩|咧|滴)?$`)

// saysNone reports whether a role answer starts by saying there is no one
// ("没有 动画哪来的", "无，外包的"): the first word is a none word.
func saysNone(raw string) bool {
	f := reNameSep.Split(strings.TrimSpace(raw), 2)
	return len(f) == 2 && matchesAny(f[0], []string{"没有", "无", "没", "暂无", "不需要", "不用"})
}

var (
	reLeadDigits = regexp.MustCompile(`^\d{1,8}`)
	reAllDigits  = regexp.MustCompile(`^\d+$`)
)

// reTitleTalk is talk after a title: "后面是", "然后".
var reTitleTalk = regexp.MustCompile(`^(?:后面|前面|然后|接着|再|还有|下面)(?:是|的|就是)?$`)

// allPeople reports whether every name of a 、-joined list reads as a person.
func allPeople(v string) bool {
	for _, p := range strings.Split(v, "、") {
		if !isPerson(p) {
			return false
		}
	}
	return true
}

// innerQuotes reports whether the quotes of a title answer are part of the
// title ("守护黄河的“河小青”"), not marks around it ("叫“守望”"): words
// run straight into the first quote and nothing follows the last.
func innerQuotes(raw string) bool {
	raw = strings.TrimSpace(raw)
	i := strings.IndexAny(raw, "“\"「『")
	j := strings.LastIndexAny(raw, "”\"」』")
	if i < 0 || j < i {
		return false
	}
	before := []rune(strings.TrimSpace(raw[:i]))
	_, size := utf8.DecodeRuneInString(raw[j:])
	after := strings.TrimRight(strings.TrimSpace(raw[j+size:]), "。.!！吧啊哈呀")
	if strings.ContainsAny(after, "，,；;、 \t\n") {
		return false // more values follow
	}
	if len(before) > 0 {
		last := before[len(before)-1]
		if !isHan(last) || strings.ContainsRune("叫是为成做：:", last) {
			return false
		}
		return true
	}
	return after != ""
}

// reDigitRun is a phone-like run of digits inside other words.
var reDigitRun = regexp.MustCompile(`\d[\d\- ]{5,}\d`)

// reNoRole is a role said to be absent inside a list: "动画片没有摄影".
var reNoRole = regexp.MustCompile(`[^，,。；;、\s]{0,6}?(?:没有|没|不需要|不用)(监制|策划|编导|导演|撰稿|摄影|摄像|剪辑)(?:吧|啊|哈|呀|的)?`) // s8-m: "动画没有摄影吧"

// reNoRoleBecause is a role said to be absent with its reason, as one
// clause: "因为是动画作品所以没有摄影", "由于是动画没有摄影". The reason is no
// part of any value.
var reNoRoleBecause = regexp.MustCompile(`(?:因为|由于)[^，,。；;、\s]{1,16}?(?:所以|因此|故|就)?(?:没有|没|不需要|不用|无)(监制|策划|编导|导演|撰稿|摄影|摄像|剪辑)(?:吧|啊|哈|呀|的|了)?`)

// reRoleLabelPair is two role labels joined by a comma or 和 before one
// colon: "编导,撰稿:周晓雯", "编导和撰稿：周晓雯". Both roles take the value,
// as with "编导、撰稿：周晓雯".
var reRoleLabelPair = regexp.MustCompile(roleWords + `\s*(?:[,，/]|和|及|与|跟)\s*` + roleWords + `((?:、(?:` + roleWords[1:len(roleWords)-1] + `))*\s*[:：])`)

// sharedRoleLabels joins role labels that share one value with 、, the
// form the label reader already reads.
func sharedRoleLabels(msg string) string {
	for i := 0; i < 3; i++ {
		w := reRoleLabelPair.ReplaceAllString(msg, "${1}、${2}${3}")
		if w == msg {
			break
		}
		msg = w
	}
	return msg
}

// reLikeLast names fields that are the same as on the entry before:
// "单位、联系人电话、监制都跟上一个一样", "制作单位、联系人、电话还是上一个的".
var reLikeLast = regexp.MustCompile(`([^，,。；;：:]{2,30}?)(?:都|也|均)?(?:(?:跟|和|与|同)(?:上一个|上个|上一部|前一个|前一部|第[一二两三四五六七八九十1-9](?:个|部)|刚才|刚刚|上次)(?:作品)?(?:的)?(?:一样|相同|一致)|还是(?:上一个|上个|前一个|第一个)(?:作品)?的?|(?:沿用|照搬|同)(?:上一个|上个|前一个|第一个)(?:作品)?的?)`)

// reLikeLastBare is "the same as the last work" said alone, for the field asked.
var reLikeLastBare = regexp.MustCompile(`^(?:也|都|还是|就)?(?:跟|和|与|同|照)(?:上一个|上个|上一部|前一个|第一个|刚才|刚刚|上次)(?:作品|片子)?(?:的)?(?:一样|相同|一致)?(?:吧|就行|就可以|即可)?$`)

// likeLast copies the fields a message says are as on the user's entry
// before this one, and returns the message without that clause.
func (t *turn) likeLast(e *contestbot.Entry, msg string, pending slot, r *fillResult) string {
	var prev *contestbot.Entry
	for i := len(t.entries) - 1; i >= 0; i-- {
		if x := t.entries[i]; x != e && x.Status == contestbot.StatusComplete {
			prev = x
			break
		}
	}
	if prev == nil && containsAny(msg, "刚才", "刚刚", "上次") {
		// s5-f3 (rp47): "联系人电话跟刚才一样" after the work before was
		// withdrawn: the entry typed just before, whatever became of it.
		for i := len(t.entries) - 1; i >= 0; i-- {
			if x := t.entries[i]; x != e {
				prev = x
				break
			}
		}
	}
	if m := reLikeWork.FindStringSubmatch(msg); m != nil && strings.HasPrefix(m[1], "第") { // s9-f: "均与第一部相同", "跟第二个一样"
		if p := t.earlierWork(e, m); p != nil {
			prev = p
		}
	}
	if prev == nil {
		return msg
	}
	if reLikeLastBare.MatchString(answerWords(msg)) && pending != "" && !pending.yesNo() {
		// "跟上一个一样" alone: the field asked is as on that work.
		if pending == slotCreators || pending.isRole() {
			e.Creators, e.CreatorsDone = t.ownRolesOver(e, prev).Creators, true // s10-b copykeep.go: roles set for this work stay
			for _, x := range roles {
				t.st.markRole(x)
			}
			r.add(slotCreators)
			return ""
		}
		if copyField(e, prev, pending) {
			r.add(pending)
			return ""
		}
	}
	m := reLikeLast.FindStringSubmatchIndex(msg)
	if m == nil {
		return msg
	}
	group, start := msg[m[2]:m[3]], m[2]
	if i := strings.LastIndexAny(group, "，, \t"); i >= 0 {
		// "第二个叫《…》 单位联系人都跟第一个一样": the words before the
		// fields named stay in the message.
		_, size := utf8.DecodeRuneInString(group[i:])
		group, start = group[i+size:], start+i+size
	}
	keep := ""
	if head, named := trailingLabels(group); len(named) > 0 && head != group && strings.TrimSpace(head) != "" {
		// d5: "丰碑无言 视频切片 1分58秒 单位联系人电话都跟上一个一样": the values before the names stay.
		keep, group = head, strings.TrimSpace(group[len(head):])
	}
	norm := strings.ToLower(group)
	var named []slot
	for len(norm) > 0 {
		matched := false
		for _, d := range labelDefs {
			w := strings.ToLower(d.word)
			if strings.HasPrefix(norm, w) && !strings.HasSuffix(string(d.slot), "!") {
				named = append(named, d.slot)
				if prev.Status == contestbot.StatusCancelled {
					named = append(named, replacedWith(d)...) // s10-l likecancelled.go: "单位联系人主创啥的都跟刚才一样"
				}
				norm = norm[len(w):]
				matched = true
				break
			}
		}
		if !matched {
			_, size := utf8.DecodeRuneInString(norm)
			norm = norm[size:] // 、和 及 spaces
		}
	}
	if len(named) == 0 {
		return msg
	}
	for _, s := range named {
		if s == slotCreators {
			e.Creators, e.CreatorsDone = t.ownRolesOver(e, prev).Creators, true // s10-b copykeep.go: roles set for this work stay
			for _, x := range roles {
				t.st.markRole(x)
			}
			r.add(s)
			continue
		}
		if !copyField(e, prev, s) {
			continue
		}
		if s.isRole() {
			t.st.markRole(s)
		}
		r.add(s)
	}
	if keep != "" {
		return strings.TrimSpace(msg[:start] + keep + "，" + msg[m[1]:])
	}
	return strings.TrimSpace(msg[:start] + msg[m[1]:])
}

// reVagueClause is a running time in minutes "and more" on its own: 三分多钟.
var reVagueClause = regexp.MustCompile(`^(?:大概|大约|约|差不多)?[0-9一二两三四五六七八九十]+\s*(?:分多钟?|分钟多)(?:吧|左右)?$`)

// copyField copies field s of prev to e; false when prev has no value.
func copyField(e, prev *contestbot.Entry, s slot) bool {
	switch contestbot.Field(s) {
	case contestbot.FieldDuration:
		if prev.DurationSeconds <= 0 {
			return false
		}
		e.DurationSeconds = prev.DurationSeconds
		return true
	case contestbot.FieldCategory:
		if prev.Category == "" {
			return false
		}
		e.Category = prev.Category
		return true
	}
	p, q := textPtr(e, s), textPtr(prev, s)
	if p == nil || q == nil || *q == "" {
		return false
	}
	*p = *q
	return true
}

// categoryWord is the category a short clause names ("实景拍的", "动画做的"),
// or "".
func categoryWord(season *contestbot.Season, w string) string {
	w = strings.TrimSpace(w)
	w = strings.TrimSuffix(w, "类")
	for _, x := range []string{w, strings.TrimSuffix(w, "的"), strings.TrimSuffix(strings.TrimSuffix(w, "的"), "拍"),
		strings.TrimSuffix(strings.TrimSuffix(w, "的"), "做"), strings.TrimSuffix(strings.TrimSuffix(w, "的"), "拍摄"), strings.TrimSuffix(w, "片")} {
		if c, ok := categoryExact(season, x); ok && x != "" {
			return c
		}
	}
	return ""
}

var (
	// reAlsoHead opens an answer that repeats the last work's: "也是组织部".
	reAlsoHead = regexp.MustCompile(`^(?:也是|还是|也|都是|就是|是)`) // s5-g4: "是俺学校党委办公室弄嘞"
	// reBareDept is a department named without its school: "党委组织部", "宣传部".
	reBareDept = regexp.MustCompile(`^(?:党委|校党委|院党委)?(?:(?:组织|宣传|组织人事|人事|党务|党建|统战|宣传统战|组织统战)(?:部|科|处)|党委办公室|党办|党政办|校办|院办|团委)$`) // s5-g1: 宣传科, 组织人事处
)

// categoryIn is the one category a message names by its full name
// ("那就选一实景拍摄吧…"), or "" when it names none or several.
func categoryIn(season *contestbot.Season, s string) string {
	c := strings.ToLower(contestbot.NormalizeWidth(s))
	found := ""
	for _, x := range season.Categories {
		if strings.Contains(c, strings.ToLower(x)) {
			if found != "" {
				return ""
			}
			found = x
		}
	}
	return found
}
