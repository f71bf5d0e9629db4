package dialogs

import (
	_ "embed"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"contestbot"
)

// This file is the person validator the form applies to every name it
// stores (联系人 and the five 主创 roles): a stored person is a Chinese name,
// a known surname (单姓 or 复姓, from the embedded table surnames.txt) and
// one or two more characters, or a name with a middle dot (买买提·艾力); a
// surname with a title (王老师) or a nickname (小李) is kept as people say it.
// A clause is never a name: "不要香菜", "说的是", "还有", "担任", or "国同志"
// cut from "何建国同志". Remarks typed after names in the same message
// ("张帆 他是我们组长", "刘一鸣 陈浩 俩人拍的") are dropped, the names kept.

//go:embed surnames.txt
var surnameData string

// surnames are the single-character surnames; compoundSurnames the 复姓.
var surnames, compoundSurnames = func() (string, []string) {
	var single strings.Builder
	var compound []string
	for _, line := range strings.Split(surnameData, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case utf8.RuneCountInString(line) == 2 && single.Len() == 0: // 复姓 lines come first
			compound = append(compound, line)
		default:
			single.WriteString(line)
		}
	}
	return single.String(), compound
}()

// surnameLen is the length in runes of the surname s starts with (0 when
// none): a 复姓 first, so 欧阳娜娜 has 欧阳.
func surnameLen(s string) int {
	for _, c := range compoundSurnames {
		if strings.HasPrefix(s, c) {
			return 2
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError && strings.ContainsRune(surnames, r) {
		return 1
	}
	return 0
}

// nameNeverRunes are characters no given name holds: particles, pronouns
// and the verbs of talk ("说的是", "不要香菜", "他是我们组长", "还有").
const nameNeverRunes = "的了吗呢吧啊呀嘛哈哦呗嗯么是我你您他她它俺咱们这那个还没冇不要就也都把被让给在跟与及或等吃喝饭菜去啥谁哪怎填记问请帮谢"

// nameNeverWords are everyday words that start with a surname character and
// would otherwise pass as a name ("时间", "明天", "担任" has no surname).
var nameNeverWords = []string{"担任", "负责", "主持", "牵头", "参与", "完成", "制作", "拍摄", "出镜", "撰写", "执导", "时间", "时候", "明天", "明白", "全部", "全称", "原来", "应该", "成员", "信息", "平时", "海报", "同上", "同志", "老师", "学生", "同学", "主任", "书记", "没有", "无人", "暂无", "待定", "未定", "空缺", "跳过", "以上", "如下", "高清", "文字", "管理", "关于", "宣传", "党委", "支部", "单位", "学校", "学院", "万一", "于是", "时长", "简介", "摘要", "片名", "分类", "实景", "动画", "其他"}

// isRealName reports whether s is one person's full name: a known surname
// and one or two characters (two with a 复姓, 欧阳娜娜), or a name with ·.
func isRealName(s string) bool {
	s = strings.TrimSpace(s)
	if rePersonDotted.MatchString(s) {
		return true
	}
	n := utf8.RuneCountInString(s)
	sl := surnameLen(s)
	if sl == 0 || n < 2 || n > sl+2 {
		return false
	}
	for i, r := range []rune(s) {
		// The surname itself may be such a character (谢娜, 那英, 都彦).
		if !unicode.Is(unicode.Han, r) || i >= sl && strings.ContainsRune(nameNeverRunes, r) {
			return false
		}
	}
	for _, w := range nameNeverWords {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// nameShaped reports whether s may be a name with a surname missing from
// the table (花蕾, 动车 in a test, a rare 根 or 乙): two or three Han
// characters with none that no name holds. The remark filter and the
// sentence readers still ask for a known surname.
func nameShaped(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 3 {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(nameNeverRunes, r) {
			return false
		}
	}
	for _, w := range nameNeverWords {
		if strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// reSurnameTitle is a surname with a title or a nickname: 王老师, 李书记, 小李, 老王.
var reSurnameTitle = regexp.MustCompile(`^(?:(\p{Han}{1,2})(?:老师|主任|副主任|书记|副书记|部长|副部长|处长|副处长|科长|副科长|院长|副院长|校长|副校长|馆长|干事|教授)|(?:小|老)(\p{Han}))$`)

// plausiblePerson reports whether s may be stored as a person: a full name,
// or a surname with a title or a nickname (王老师, 小李) as people say it.
// "国同志" is no person: 同志 follows a full name, so it was cut from one.
func plausiblePerson(s string) bool {
	for _, p := range strings.Split(s, "、") {
		if !plausibleOne(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

func plausibleOne(s string) bool {
	if isRealName(s) || nameShaped(s) || nameWithOrg(s) { // s12-a splitvalue.go: "王磊（焦作广播电视台）"
		return true
	}
	m := reSurnameTitle.FindStringSubmatch(s)
	switch {
	case m == nil:
		return false
	case m[2] != "": // 小李, 老王, 小乙
		return !strings.ContainsRune(nameNeverRunes, []rune(m[2])[0])
	}
	// 王老师, 欧阳主任; a rare surname (改老师) too, but never a word (说老师).
	if surnameLen(m[1]) == utf8.RuneCountInString(m[1]) {
		return true
	}
	for _, r := range m[1] {
		if strings.ContainsRune(nameNeverRunes, r) {
			return false
		}
	}
	return true
}

// reRemarkWords mark a part of a name answer as a remark about the people,
// not a name: "他是我们组长", "俩人拍的", "还有".
var reRemarkWords = regexp.MustCompile(`^(?:还有|以及|等|等人|等等|等同学|等老师)$|他|她|俩|两人|两个|仨|我们|俺们|咱们|是|的|了|负责|组长|队长|班长|同学|学生`)

// realNamesOnly keeps the full names of a list of parts and drops the
// remarks typed beside them ("张帆 他是我们组长" → 张帆, "孙浩然、鹿佳怡、还有" →
// 孙浩然、鹿佳怡). ok is false unless at least one part is a full name and
// every dropped part reads as a remark.
func realNamesOnly(parts []string) (names []string, ok bool) {
	dropped := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case isRealName(p):
			names = append(names, p)
		case reRemarkWords.MatchString(p) && !plausiblePerson(p) && !startsWithName(p):
			dropped = true
		default:
			return nil, false
		}
	}
	return names, dropped && len(names) > 0
}

// reNamePartSep splits a name answer into its parts.
var reNamePartSep = regexp.MustCompile(`[、，,；;\s　]+`)

// namesWithRemark reads a person answer whose names are followed or
// preceded by a remark in the same message: "张帆 他是我们组长" → 张帆,
// "刘一鸣 陈浩 俩人拍的" → 刘一鸣、陈浩. ok is false when v is not such an answer.
func namesWithRemark(v string) (string, bool) {
	v = strings.TrimSpace(stripEmoji(contestbot.NormalizeWidth(v)))
	names, ok := realNamesOnly(reNamePartSep.Split(v, -1))
	if !ok {
		return "", false
	}
	return strings.Join(names, "、"), true
}

// reNameBeforeTitle is a full name before a title word inside a longer
// phrase: "我院党委书记何建国同志" → 何建国.
var reNameBeforeTitle = regexp.MustCompile(`(\p{Han}{2,4}?)(?:同志|同学|老师|书记|副书记|主任|副主任|部长|副部长|处长|科长|院长|副院长|校长|副校长|教授|干事|师傅)$`)

// nameBeforeTitle finds the full name right before a trailing title
// ("党委书记何建国同志" → 何建国; "国同志" has none).
func nameBeforeTitle(s string) string {
	m := reNameBeforeTitle.FindStringSubmatchIndex(s)
	if m == nil {
		return ""
	}
	head := s[:m[3]]
	rs := []rune(head)
	for _, n := range []int{3, 2, 4} {
		if len(rs) >= n {
			w := string(rs[len(rs)-n:])
			if isRealName(w) && surnameLen(w)+1 <= n {
				// the longest name whose surname starts right after an office word
				before := string(rs[:len(rs)-n])
				if before == "" || reOfficeWords.MatchString(before) || strings.HasSuffix(before, "的") || strings.HasSuffix(before, "为") {
					return w
				}
			}
		}
	}
	return ""
}

// reNobody is "nobody" in everyday and dialect words: 冇得, 冇有, 没得, 木有.
var reNobody = regexp.MustCompile(`^(?:冇得|冇有|冇|没得|木有|没得人|冇得人|没人|没有人|没这个人|没有这个人|没这个|冇这个)(?:哒|嘞|咧|哈|啊|呀)?$`)

// saysNobody reports whether a role answer says nobody had the role, in
// dialect words (冇得 → 无).
func saysNobody(raw string) bool {
	return reNobody.MatchString(answerWords(stripEmoji(raw)))
}

// startsWithName reports whether p opens with a full name ("刘晓燕两个人").
func startsWithName(p string) bool {
	rs := []rune(p)
	for n := 2; n <= 4 && n <= len(rs); n++ {
		if isRealName(string(rs[:n])) {
			return true
		}
	}
	return false
}

// reOrgLead is a linking word before an organisation name: "即郑州XX学院",
// "也就是XX学院", "应为XX学院".
// s5-f3: 还是, 那就是, 那就 (rp47 "还是平顶山鹰城技师学院") are the same kind of word.
// s10-e (rp124, rp126): a word that says the unit is the same as another's
// (同样是, 也是, 都是, 仍是) or who made it together (两家合作的：, 由) is no part
// of it either: "推荐单位同样是新乡职业技术学院", "制作单位是两家合作的：A、B".
var reOrgLead = regexp.MustCompile(`^(?:(?:是|为)?(?:两|二|三|四|几|多)(?:家|个)(?:单位)?(?:合作|联合|共同)(?:制作|完成|出品)?的?|` +
	`(?:同样|也都?|都|仍然?|依然|依旧|均|亦)(?:是|为)|(?:是|都是|也是)?由|即|亦即|也就是|那就是|就是|那就|还是|应为|应是|为|系)[:：\s]*`)

// orgLeadOff takes a linking word off an organisation name when what
// remains is one (即墨区… stays: 即 there is part of the name).
func orgLeadOff(v string) string {
	w := reOrgLead.ReplaceAllString(v, "")
	if w != v && isOrg(w) && !strings.HasPrefix(v, "即墨") {
		return w
	}
	return v
}

// reOrgRemark opens a remark typed after an organisation name: "你写重了",
// "我们那边的", "就是我们学校", "是学校党委的".
var reOrgRemark = regexp.MustCompile(`^[，,。\s]*(?:你|您|我|俺|咱|他|她|这|那|就|是|也|都|刚|不|没|别|哈|啊|吧|呀|嗯)`)

// orgWithRemark reads an organisation name with a remark after it in the
// same message ("信阳职业技术学院党委组织部你写重了" → the 组织部): the
// longest head that is an organisation and is followed by a remark.
func orgWithRemark(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if isOrg(v) {
		return "", false
	}
	best := ""
	for _, loc := range reOrgEndAny.FindAllStringIndex(v, -1) {
		head, rest := v[:loc[1]], v[loc[1]:]
		if isOrg(head) && reOrgRemark.MatchString(rest) {
			best = head
		}
	}
	if best != "" {
		return best, true
	}
	// "制作的是我们系党总支~ 洛阳牡丹职业技术学院机电工程系党总支": the one part
	// that is a full organisation name, without talk in it.
	var full []string
	for _, p := range reOrgPartSep.Split(v, -1) {
		if p = strings.TrimSpace(p); isOrg(p) && !reOrgTalk.MatchString(p) {
			full = append(full, p)
		}
	}
	if len(full) == 1 {
		return full[0], true
	}
	return "", false
}

var (
	reOrgPartSep = regexp.MustCompile(`[\s~～，,。；;！!]+`)
	// reOrgTalk is talk inside a part that ends like an organisation:
	// "制作的是我们系党总支".
	reOrgTalk = regexp.MustCompile(`我|俺|咱|你|的是|就是|是|做的|拍的`)
)

// reOrgEndAny is where an organisation name may end inside a message.
var reOrgEndAny = regexp.MustCompile(`(?:学院|学校|大学|中学|小学|中心|委员会|党委|党总支|总支|支部|组织部|宣传部|统战部|办公室|公司|团委|工作室|分院|系|处|局)`)

// onlyNames reports whether s is a list of people's names (with a remark
// perhaps), which is never a 简介 or 摘要: "孙浩然、鹿佳怡、还有", "张帆 他是我们组长".
func onlyNames(s string) bool {
	s = strings.Trim(strings.TrimSpace(stripEmoji(contestbot.NormalizeWidth(s))), "。.!！")
	if contestbot.RuneLen(s) > 30 {
		return false
	}
	if _, ok := namesWithRemark(s); ok {
		return true
	}
	parts := reNamePartSep.Split(s, -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isRealName(p) {
			return false
		}
	}
	return true
}
