package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s7-i (issue #10, round 17, rp79 p79b): coming back after a break, "我昨天
// 那个报名还在不", "我之前填的还在吗", "上次没填完的呢" ask whether the draft
// was kept. With a draft saved the answer says so, shows where it stopped
// and resumes it; no magic word ("继续报名") is needed. It was answered as a
// contest question ("通知中没有说明这一点").

// reSavedAsk asks whether work from before is still kept. It needs a word
// for before (昨天, 之前, 上次, 刚才…) or "没填完", and a "still there" ask.
var reSavedAsk = regexp.MustCompile(`^(?:你好|您好|哎|那|那个|请问|老师)?(?:我|我们|俺)?(?:` +
	`(?:昨天|昨晚|前天|之前|以前|上次|上回|前面|刚才|早上|上午|下午|那天|前几天)(?:我|我们)?(?:那个|的|填的|写的|报的|弄的|没填完的|没弄完的)*(?:报名|报名表|表|那个|东西|内容|信息|草稿)?|` +
	`(?:没填完|没弄完|没写完|填了一半|弄了一半)的?(?:那个|报名|报名表|表)?` +
	`)(?:还在|还有|还留着|还保存着|保存了|存着|没丢|丢了|没了)?(?:吗|么|不|没|没有|呢|嘛|吧|啊)+$`)

// reSavedLong is the same ask with more words between, a title or 在你这
// ("我是说我昨天在你这填的那个 黄河岸边的红色讲解员 还在不"), or how to go on
// ("那我咋接着填").
var reSavedLong = regexp.MustCompile(`(?:昨天|昨晚|前天|之前|以前|上次|上回|刚才|那天|前几天).{0,40}(?:还在|还留着|还保存着|没丢|丢了|没了)(?:吗|么|不|没|没有|呢|嘛|吧|啊)+$|` +
	`^(?:那|那个)?(?:我|我们)?(?:咋|怎么|怎样|如何)(?:才能)?(?:接着|继续)(?:填|弄|报|写)(?:啊|呀|呢|嘛)*$`)

// savedDraftAsk answers "我之前填的还在吗" with a draft saved; ok is false
// when s is no such ask or no draft is kept.
func (t *turn) savedDraftAsk(s string) (string, bool) {
	if !isSavedAsk(s) || t.latestDraft() == nil && (t.current() == nil || t.current().Status != contestbot.StatusDraft) {
		return "", false
	}
	return "在的，您上次填的都保存着。" + strings.TrimPrefix(t.resume(), "欢迎回来！"), true
}

// isSavedAsk reports whether s only asks whether earlier work was kept.
func isSavedAsk(s string) bool {
	c := strings.TrimRight(compact(s), "?？!！。.~～")
	if reSavedLong.MatchString(c) {
		return true
	}
	if !reSavedAsk.MatchString(c) {
		return false
	}
	// The question must be about being kept, or about what was left
	// unfinished: "之前的呢" alone is too vague.
	return strings.ContainsAny(c, "在留存丢没") || strings.Contains(c, "一半")
}
