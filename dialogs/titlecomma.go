package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// A title with a comma inside (s5-g2, rp52: "片名：一盏灯，三十年"). A
// labelled value ends at the first clause separator; a title goes on past
// a comma when the clause after it is more of the title: short, plain words
// that are no other field's value (a duration, a phone, a category, a unit,
// a person), no remark about the work or the words said, no chatter, no
// question and no talk to the bot.

// reNotTitleHead starts a clause that is talk, not more of a title.
var reNotTitleHead = regexp.MustCompile(`^(?:我|俺|咱|你|您|他|她|这|那|是|就|也|还|请|麻烦|谢谢|好的|对了|另外|然后|中间|其中|不是|没有|有个|里面|一共|共|大概|时长|片长|分类|类别|属于|属)`)

// reOtherFieldWord is a word of another field's value: a category or an
// eligibility fact.
var reOtherFieldWord = regexp.MustCompile(`(?i)实景|实拍|拍摄|动画|ai|切片|其他类|其它类|发表|公开|原创|标注|单位作品|个人作品`)

// reCountPhrase is a number and its measure word ("三十年", "第一次"): no
// person's name.
var reCountPhrase = regexp.MustCompile(`[一二三四五六七八九十百千万两\d]+(?:年|个|次|天|岁|代|位|里|载|届|秒)`)

// titleGoesOn reports whether the clause of rs starting at from (after a
// comma) and running to the next separator or to end is more of a title.
func titleGoesOn(rs []rune, head string, from, end int) bool {
	q := from
	for q < end && !isSep(rs[q]) {
		q++
	}
	cl := strings.TrimSpace(string(rs[from:q]))
	c := compact(cl)
	n := contestbot.RuneLen(c)
	if n == 0 || n > 10 || contestbot.RuneLen(compact(head)) < 2 {
		return false
	}
	for _, r := range c {
		if !isHan(r) && r != '·' && !(r >= '0' && r <= '9') {
			return false
		}
	}
	if reNotTitleHead.MatchString(c) || reOtherFieldWord.MatchString(c) || isChatter(c) || isFiller(c) || isQuestion(cl) ||
		hasComplaint(c) || reMakerRemark.MatchString(c) || reSpeechRemark.MatchString(c) || reFixWrong.MatchString(c) ||
		isOrg(c) || isPerson(c) && plausiblePerson(c) && !reCountPhrase.MatchString(c) {
		return false
	}
	if _, ok := findAnyDuration(c); ok {
		return false
	}
	if _, _, ok := findPhone(c); ok {
		return false
	}
	return true
}

// reParticleEnd ends talk ("就叫X吧！"), whose 吧 and mark the form trims.
var reParticleEnd = regexp.MustCompile(`[吧啊呀哈呢了嘛哦啦呗]$`)

// titleMarkKept gives back one exclamation mark that ended a title as typed
// ("我和我的学校！", "《青春，向党！》"): NormalizeTitle trims it as it trims
// a full stop, but it belongs to the title. A run of marks ("好！！！") is
// emphasis and stays off.
func titleMarkKept(raw, v string) string {
	r := strings.TrimSpace(contestbot.NormalizeWidth(raw))
	if contestbot.RuneLen(v) < 2 || !strings.HasSuffix(r, "!") || strings.HasSuffix(r, "!!") || reParticleEnd.MatchString(v) {
		return v
	}
	if strings.TrimSpace(strings.TrimSuffix(r, "!")) != contestbot.NormalizeWidth(v) {
		return v
	}
	return v + "！"
}
