package knowledge

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"contestbot"
)

// s9-g (round 28, rp113 N46): "俺学校弄了俩片子 一个两分半一个五分钟 中不中"
// gives one duration per work, and got "可以。" about the number of works:
// the five minutes were never judged. A message that gives two or more
// durations (one per work) gets each judged against the rule, in the
// order said, and the number of works answered in one line.

// reSeveralWorks says the message is about several works: "俩片子",
// "两部作品", "一个…一个…", "第二个", "分别". Two durations without it are
// one work's ("片头10秒，正片2分50秒"; "从3分10秒剪到2分50秒").
var reSeveralWorks = regexp.MustCompile(`(?:俩|两|二|三|四|几|[2-9])\s*(?:个|部|条)?\s*(?:片子|作品|视频|短片|片)|一个[^，。,.;；]{0,12}(?:另)?一个|一部[^，。,.;；]{0,12}(?:另)?一部|第[一二1-2](?:个|部)|分别|另一个|另外一个|另一部|另外一部`)

// limitBefore and limitAfter mark a duration as a limit, not a value.
var (
	limitBefore = []string{"超过", "超出", "超", "不超过", "不能超过", "大于", "多于", "少于", "小于", "不到", "限", "最长", "最多"}
	limitAfter  = []string{"以内", "之内", "以上", "以下", "之上", "之下", "内"}
)

// hasSuffixAny reports whether s ends with one of the words.
func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// statedDuration is one duration said in a message: its seconds, its words
// as said back, and where it starts.
type statedDuration struct {
	seconds int
	text    string
	at      int
}

// statedDurations returns the exact durations q (normalised) says, in the
// order said. Vague ones ("三分多钟") are left to the one-video judgement.
func statedDurations(q string) []statedDuration {
	q = arabicDurations(q)
	rest := q
	var out []statedDuration
	take := func(loc []int, secs int) {
		before, after := q[:loc[0]], q[loc[1]:]
		if hasSuffixAny(strings.TrimRight(before, " "), limitBefore) || hasPrefixAny(strings.TrimLeft(after, " "), limitAfter) {
			// "超过3分钟会被刷掉吗": the rule's limit, no work's duration.
			rest = rest[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + rest[loc[1]:]
			return
		}
		out = append(out, statedDuration{seconds: secs, text: contestbot.FormatDuration(secs), at: loc[0]})
		rest = rest[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + rest[loc[1]:]
	}
	if reMinMore.MatchString(rest) || reMinSecMore.MatchString(rest) {
		return nil
	}
	for _, m := range reMinSec.FindAllStringSubmatchIndex(rest, -1) {
		mm, _ := strconv.Atoi(rest[m[2]:m[3]])
		ss, _ := strconv.Atoi(rest[m[4]:m[5]])
		if ss < 60 && mm < 240 {
			take(m[:2], mm*60+ss)
		}
	}
	for _, m := range reMinHalf.FindAllStringSubmatchIndex(rest, -1) {
		mm, _ := strconv.Atoi(rest[m[2]:m[3]])
		if mm < 240 {
			take(m[:2], mm*60+30)
		}
	}
	for _, m := range reMinutes.FindAllStringSubmatchIndex(rest, -1) {
		v, _ := strconv.ParseFloat(rest[m[2]:m[3]], 64)
		if v > 0 && v < 240 {
			take(m[:2], int(v*60+0.5))
		}
	}
	for _, m := range reSeconds.FindAllStringSubmatchIndex(rest, -1) {
		ss, _ := strconv.Atoi(rest[m[2]:m[3]])
		if ss > 0 && ss < 3600 {
			// The unit ends where the group after it starts: "30s" is one
			// byte of unit, not the three of 秒 (a cut past the end panicked).
			end := m[4] // after 秒
			if end < 0 {
				end = m[6] // after a Latin unit
			}
			take([]int{m[2], end}, ss)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].at < out[j].at })
	return out
}

// severalDurations judges each work's duration when q (normalised) gives
// two or more; ok is false otherwise, or when q asks about the rule
// itself ("3分钟以内还是5分钟以内").
func (b *Base) severalDurations(q string) (Answer, bool) {
	ds := statedDurations(q)
	if len(ds) < 2 || !reSeveralWorks.MatchString(q) || containsAny(q, ruleWords) || containsAny(q, []string{"还是", "或者", "到底"}) {
		return Answer{}, false
	}
	limit := b.facts.Video.MaxDurationSeconds
	if limit <= 0 {
		return Answer{}, false
	}
	f := b.facts
	var sb strings.Builder
	fmt.Fprintf(&sb, "按你说的%d部作品的时长：\n", len(ds))
	over := 0
	for i, d := range ds {
		if d.seconds > limit {
			over++
			fmt.Fprintf(&sb, "第%d部 %s：超过%s。\n", i+1, d.text, contestbot.FormatDuration(limit))
		} else {
			fmt.Fprintf(&sb, "第%d部 %s：没有超过%s，符合时长要求。\n", i+1, d.text, contestbot.FormatDuration(limit))
		}
	}
	if over > 0 {
		fmt.Fprintf(&sb, "通知写的是“时长%s”，没有说明超出后如何处理；超过的建议剪到%s以内，确需超出请先联系%s（电话%s）确认。",
			f.MaxDuration, contestbot.FormatDuration(limit), strings.Join(f.Contacts, "、"), f.Phone)
	} else {
		fmt.Fprintf(&sb, "通知写的是“时长%s”，这几部都在%s以内。", f.MaxDuration, contestbot.FormatDuration(limit))
	}
	sb.WriteString("一个学校报送作品数量不限，2部以上的需在汇总表中按质量排序后报送。")
	sources := []string{"三（一）", "三（二）"}
	return Answer{Text: sb.String() + cite(sources), Kind: KindVideo, Sources: sources, Confidence: 0.8}, true
}
