package dialogs

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// s12-m (round 33, rp156): "算了。。。宣传部长刘建华当监制，…，摄影剪辑都是学生赵磊"
// stored the 监制 "算了", lost 刘建华 and refused "学生赵磊". A filler at
// the head of a clause (算了, 那个, 嗯, 。。。) is never a name, and a job
// title or a role word right before a real name (宣传部长刘建华, 学生赵磊,
// 研究生李想) gives the name. The title is dropped only when what follows
// is a real name on its own, so "部长" alone or "学生会" stay no names.

var (
	// reHeadFiller is talk before the content of a clause: "算了。。。", "那个，".
	reHeadFiller = regexp.MustCompile(`^(?:算了|那个|这个|嗯+|呃+|额+|哦+|好吧|行吧|那就|就)?[。.…、，, ]*`)
	// reLeadTitle is a job title or a role word before a name: an office
	// with up to four characters of its body (宣传部长, 党委副书记, 马院的…),
	// or a student's role.
	reLeadTitle = regexp.MustCompile(`^(?:(?:\p{Han}{0,6}?的)?\p{Han}{0,4}?(?:副?部长|副?书记|副?主任|副?处长|副?科长|副?院长|副?校长|干事|辅导员|班主任)|(?:我们|我们的|俺们)?(?:学生|同学|研究生|本科生|大学生|学生党员|学生干部))`)
)

// fillerOff is s without a filler at its head: "算了。。。宣传部长刘建华" →
// "宣传部长刘建华"; s itself when nothing is left after the filler.
func fillerOff(s string) string {
	t := reHeadFiller.ReplaceAllString(s, "")
	if t == "" {
		return s
	}
	return t
}

// titledName is the real name after a job title or role word in s
// ("宣传部长刘建华" → 刘建华, "学生赵磊" → 赵磊), or "" when s is not that shape.
func titledName(s string) string {
	s = fillerOff(strings.TrimSpace(s))
	loc := reLeadTitle.FindStringIndex(s)
	if loc == nil || loc[1] == len(s) {
		return ""
	}
	rest := s[loc[1]:]
	if n := utf8.RuneCountInString(rest); n < 2 || n > 4 || !isRealName(rest) {
		return ""
	}
	return rest
}

// isHeadFiller reports whether s is only a filler ("算了。。。", "那个"): no
// clause of content, never a name.
func isHeadFiller(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && reHeadFiller.ReplaceAllString(s, "") == ""
}

// reActsAs is "X当监制", "X来当编导", "X担任撰稿": X holds the role.
var reActsAs = regexp.MustCompile(`^(.+?)(?:来|去)?(?:当|担任|做)$`)

// actsAsRole reads "宣传部长刘建华当监制": the roles and who holds them.
func actsAsRole(c string) (rs []slot, who string, ok bool) {
	for _, d := range roleWordDefs {
		for _, w := range d.words {
			if !strings.HasSuffix(c, w) {
				continue
			}
			m := reActsAs.FindStringSubmatch(strings.TrimSuffix(c, w))
			if m == nil {
				continue
			}
			who = cleanWho(fillerOff(m[1]))
			if who == "" || !namesOnly(who) {
				return nil, "", false
			}
			return []slot{d.role}, who, true
		}
	}
	return nil, "", false
}
