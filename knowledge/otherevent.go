package knowledge

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// reQuotedEvent is a name in quotes before a word for a contest or an
// event: 今年的“学宪法讲宪法”比赛, 《青春心向党》征文.
var reQuotedEvent = regexp.MustCompile(`[“"「《]([^”"」》]{2,20})[”"」》](?:的)?(?:微视频|短视频|视频|微电影|主题|作品)?(?:比赛|大赛|竞赛|活动|征文|评选|征集|展演|赛)`) // s8-c: "“出彩河南人”微视频征集" (rp88 Q43)

// namesOtherContest reports whether q (normalised) names, in quotes, a
// contest or event whose name shares nothing with this contest's title
// ("学宪法讲宪法" is another contest; "党员教育短视频" is this one), and
// speaks of no work (a work about another event is this contest's). Its
// dates and rules are not this contest's, so it gets the one line of
// other_event.
func (b *Base) namesOtherContest(q string) bool {
	other := b.otherName
	if containsAny(q, sameEventWords) && b.sameAsOtherOwner(q, other) {
		// "跟学习强国那个短视频比赛是一回事不" asks whether an event run
		// by another platform or organiser is this one: it is not (rp38
		// Q56).
		return true
	}
	if rest := reQuotedEvent.ReplaceAllString(q, " "); containsAny(rest, madeWords) || containsAny(rest, workNouns) { // s8-c: the event's own 微视频 is no work of ours
		// "我们拍的是“最美教师”评选里的老师": a work for this contest.
		return false
	}
	for _, m := range reQuotedEvent.FindAllStringSubmatch(q, -1) {
		name := m[1]
		if utf8.RuneCountInString(name) < 3 || strings.ContainsAny(name, "0123456789") {
			continue
		}
		if other(name) {
			return true
		}
	}
	// An event named without quotes but with its level
	// (全国大学生微电影大赛, 省里的征文比赛, 市里的微党课比赛) is another
	// event when its name shares nothing with this contest's title;
	// asking whether it is this one ("省里那个微党课比赛是不是就是这个")
	// is a question about this contest.
	if containsAny(q, sameEventWords) {
		// One named only by its level ("省里那个微党课比赛是不是就是这个")
		// may be this one; one of another owner was taken above.
		return false
	}
	for _, m := range reScopedEvent.FindAllStringSubmatch(q, -1) {
		name := reEventFiller.ReplaceAllString(m[1], "")
		if utf8.RuneCountInString(name) >= 2 && other(name) {
			return true
		}
	}
	return b.bareEventWhen(q) // s7-o
}

// s7-o (round 23, rp88): an event named bare, without quotes or a word for
// a contest, and asked about its dates ("出彩河南人什么时候截止") is another
// event when its name is none of this contest's words: it shares nothing
// with the title and holds no word the facts file knows (报名表, 作品, 初赛
// hold one or are too short to be a name).

// reBareEventWhen is a name (group 1) and a question about its dates, and
// nothing else.
var reBareEventWhen = regexp.MustCompile(`^(\p{Han}{4,12}?)(?:的|那个|这个)?(?:比赛|活动|评选)?(?:是)?(?:什么时候|啥时候|啥时|几号|几月几号|哪天|何时|多会儿|多会)(?:截止|结束|开始|报名|报|交|出结果|开)(?:啊|呀|呢|吗|嘞|哩|了)?$|^(\p{Han}{4,12}?)(?:的|那个|这个)?(?:截止时间|截止日期|截止日|报名时间|报名截止)(?:是)?(?:什么时候|啥时候|哪天|几号|多会儿)?(?:啊|呀|呢|吗|嘞|哩)?$`)

// ownWordsStart begin a phrase about this contest or the asker, never an
// event's name.
var ownWordsStart = []string{"咱", "这", "那", "我", "俺", "你", "您", "今年", "去年", "明年", "本次", "此次", "上次", "下次", "学校", "省里", "大赛", "比赛"}

// bareEventWhen reports whether q is such a question about another event.
func (b *Base) bareEventWhen(q string) bool {
	m := reBareEventWhen.FindStringSubmatch(q)
	if m == nil {
		return false
	}
	name := m[1] + m[2]
	if hasPrefixAny(name, ownWordsStart) || !b.otherName(name) {
		return false
	}
	return len(b.match.occurrences(name)) == 0
}

// reScopedEvent is an event named by its level and a word for a contest:
// 全国大学生微电影大赛, 省里的征文比赛, 市里的微党课比赛; group 1 is the name
// between them.
var reScopedEvent = regexp.MustCompile(`(?:全国|国家级|全省|省里|省级|省内|全市|市里|市级|区里|区级|全区|县里|县级|全县)(\p{Han}{1,16}?)(?:大赛|比赛|竞赛|征文|评选|演讲赛|展演)`)

// reEventFiller is what stands between an event's level and its name.
var reEventFiller = regexp.MustCompile(`^(?:的|那个|这个|那|一个|举办的|办的|组织的)+|的$`)

// reOwnedEvent is an event compared with this one and named by its
// owner: 跟学习强国那个短视频比赛, 和团中央的征文活动; group 1 is the owner.
var reOwnedEvent = regexp.MustCompile(`(?:跟|和|与|同)(\p{Han}{2,8}?)(?:那个|的|那|举办的|办的|搞的|组织的)+\p{Han}{0,8}?(?:大赛|比赛|竞赛|征文|征集|评选|活动)`)

// eventLevels name an event by its level only (省里, 全国): no owner.
var eventLevels = []string{"全国", "国家", "省", "市", "区", "县", "学校", "校", "上面", "上级", "这个", "那个", "今年", "去年", "这次", "上次"}

// sendElsewhereWords ask about sending this contest's work to another
// event, which this contest's rules answer (一稿两投).
var sendElsewhereWords = []string{"一稿", "投", "授权", "发过", "发表", "报送过", "参加过"}

// sameAsOtherOwner reports whether q asks if an event of another owner
// (a platform or organiser sharing nothing with this contest's title or
// organisers) is this contest, and asks nothing else of this contest.
func (b *Base) sameAsOtherOwner(q string, other func(string) bool) bool {
	if containsAny(q, sendElsewhereWords) {
		return false
	}
	own := hanBigrams(normalize(strings.Join(b.facts.Organisers, "") + b.facts.Office))
	for _, m := range reOwnedEvent.FindAllStringSubmatch(q, -1) {
		owner := m[1]
		if containsAny(owner, eventLevels) || !other(owner) {
			continue
		}
		ours := false
		for g := range hanBigrams(owner) {
			ours = ours || own[g]
		}
		if !ours {
			return true
		}
	}
	return false
}

// sameEventWords ask whether another event is this one.
var sameEventWords = []string{"就是这个", "是这个吗", "是不是这个", "是一回事", "一个比赛吗", "同一个", "是一个吗", "是这个比赛"}

// intentByID returns the season's intent with id, or nil.
func (b *Base) intentByID(id string) *intent {
	for i := range b.match.intents {
		if b.match.intents[i].id == id {
			return &b.match.intents[i]
		}
	}
	return nil
}

// provincialLevels name an event of this contest's level: it may be this one.
var provincialLevels = []string{"全省", "省里", "省级", "省内"}

// otherEventWord stands for another event's name once it is masked; the
// facts file's concept 别的比赛 reads it.
const otherEventWord = "别的比赛"

// maskOtherEvent replaces, in q (normalised), the name of another event
// that q compares with this contest or would send the work to as well
// ("这个和全国大学生微电影大赛是一回事吗", "能同时投市里的微党课比赛吗") by
// 别的比赛: the words of its name (大学生, 微电影) are no topic of this
// contest's. q is returned unchanged when it does neither. (s6-k)
func (b *Base) maskOtherEvent(q string) string {
	if !containsAny(q, sameEventWords) && !containsAny(q, sendElsewhereWords) {
		return q
	}
	other := func(name string) bool { return utf8.RuneCountInString(name) >= 2 && b.otherName(name) }
	for _, re := range []*regexp.Regexp{reScopedEvent, reQuotedEvent} {
		q = re.ReplaceAllStringFunc(q, func(m string) string {
			sub := re.FindStringSubmatch(m)
			if hasPrefixAny(m, provincialLevels) {
				// "省里那个微党课比赛是不是就是这个": this contest is the
				// province's, so it may be this one.
				return m
			}
			if other(reEventFiller.ReplaceAllString(sub[1], "")) {
				return otherEventWord
			}
			return m
		})
	}
	return q
}

// otherName reports whether an event's name shares nothing with this
// contest's title ("学宪法讲宪法" is another contest; "党员教育短视频" is this
// one).
func (b *Base) otherName(name string) bool {
	title := hanBigrams(normalize(b.facts.Title + b.facts.Contest))
	for g := range hanBigrams(name) {
		if title[g] {
			return false
		}
	}
	return true
}
