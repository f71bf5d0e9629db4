package dialogs

import (
	"regexp"
	"strings"
)

// s11-b (round 28, rp134 yanjiusheng_zhujiao): "…编导是毛老师毛丽娟，歌词和
// 旁白文案是我写的，我叫陶雨萱…" stored 编导 "毛丽娟、歌词、旁白" and refused
// 撰稿 "我写的". The things written for a film (歌词, 旁白, 文案, 稿子,
// 解说词 …) are the 撰稿's work, like the work nouns of chatpeople.go: a
// clause that says who wrote them names the 撰稿, and the things themselves
// are never names. writtenWorkClauses rewrites such a clause as "撰稿是X"
// before the role readers, which resolve 我 and the names as usual.

// writtenWorks are the things a film's 撰稿 writes.
const writtenWorks = `歌词|旁白|文案|稿子|稿件|文稿|解说词|台词|脚本|剧本|串词|配音稿|画外音`

// reWrittenWork finds a thing written.
var reWrittenWork = regexp.MustCompile(writtenWorks)

// reWrittenWorkWhole is a thing written and nothing else: never a name.
var reWrittenWorkWhole = regexp.MustCompile(`^(?:` + writtenWorks + `)$`)

// reWrittenWorkClause is a clause "<things written> (都/也)是 X 写的":
// "歌词和旁白文案是我写的", "稿子和解说词都是王佳琪写的", "文案由我撰写".
var reWrittenWorkClause = regexp.MustCompile(`^(?:(?:` + writtenWorks + `)(?:和|跟|与|及|以及|、|还有)?)+` +
	`(?:都|也|全|全部|均)?(?:是|由|为)?(.{1,12}?)(?:一起|一块|共同|负责|亲自)?(?:写|撰写|编写|创作|写作|写好)(?:的|了|哈|啊|呀)*$`)

// reWrittenClauseSep splits a message into clauses.
var reWrittenClauseSep = regexp.MustCompile(`[，,。；;！!\n]+`)

// writtenWorkClauses rewrites each clause that says who wrote the film's
// texts as "撰稿是X"; s unchanged when none does.
func writtenWorkClauses(s string) string {
	if !reWrittenWork.MatchString(s) {
		return s
	}
	locs := reWrittenClauseSep.FindAllStringIndex(s, -1)
	var b strings.Builder
	start := 0
	emit := func(end int) {
		c := s[start:end]
		t := strings.TrimSpace(c)
		if m := reWrittenWorkClause.FindStringSubmatch(t); m != nil {
			who := strings.TrimSpace(m[1])
			if writers(who) {
				c = strings.Replace(c, t, "撰稿是"+who, 1)
			}
		}
		b.WriteString(c)
	}
	for _, l := range locs {
		emit(l[0])
		b.WriteString(s[l[0]:l[1]])
		start = l[1]
	}
	emit(len(s))
	return b.String()
}

// reWriterJoin joins the writers of a text: "我和王佳琪".
var reWriterJoin = regexp.MustCompile(`和|跟|与|、|及`)

// writers reports whether who names the people who wrote: the user
// (我, 本人) or names, joined by 和/跟/、.
func writers(who string) bool {
	if who == "" || reWrittenWork.MatchString(who) {
		return false
	}
	for _, p := range reWriterJoin.Split(who, -1) {
		p = strings.TrimSpace(p)
		if !reSelfRef.MatchString(p) && !(isPerson(p) && plausiblePerson(p)) {
			return false
		}
	}
	return true
}
