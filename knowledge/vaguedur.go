package knowledge

import (
	"regexp"
	"strconv"
	"strings"
)

// s7-j (round 17, rp81 p81a): "三分来钟", "三分钟左右", "大概三分钟" state a
// running time about X minutes, on either side of it. Judged as that range
// (X minutes ± 30 seconds), never as exactly X: "三分来钟 超一点中不中" is not
// "正好3分钟，通过".

// reMinAbout is a running time said as about X minutes.
var reMinAbout = regexp.MustCompile(`(?:(?:大概|大约|约莫|约|差不多|估计)\s*(\d+)\s*分(?:钟)?|(\d+)\s*分(?:钟)?\s*(?:来(?:分)?钟?|左右|上下|的样子|样子))`)

// aboutMinutes reads "about X minutes" in s: the range in seconds, the words
// for the answer, and where it stands in s.
func aboutMinutes(s string) (lo, hi float64, text string, loc []int) {
	m := reMinAbout.FindStringSubmatchIndex(s)
	if m == nil {
		return 0, 0, "", nil
	}
	if m[2] >= 0 && strings.IndexAny(strings.TrimLeft(s[m[1]:], " "), "0123456789半") == 0 {
		return 0, 0, "", nil // "约4分半", "大概2分50秒": seconds follow, read elsewhere
	}
	var mm int
	if m[2] >= 0 {
		mm, _ = strconv.Atoi(s[m[2]:m[3]])
	} else {
		mm, _ = strconv.Atoi(s[m[4]:m[5]])
	}
	if mm <= 0 || mm >= 240 {
		return 0, 0, "", m[:2]
	}
	return float64(mm*60 - 30), float64(mm*60 + 30), strconv.Itoa(mm) + "分钟左右", m[:2]
}

// reNearBound compares the running time with a round number of minutes,
// the limit as a rule: "卡着三分钟", "卡在3分钟", "差不多三分钟", "接近3分钟",
// "将近三分钟". s12-e (round 32, rp153): "2分56 卡着三分钟呢 超一点点行不行"
// (and its question part asked alone beside the stored 时长) was judged as
// "正好3分钟，没有超过", a value never given.
var reNearBound = regexp.MustCompile(`(?:卡着|卡在|卡到|压着|踩着|贴着|顶着|刚好卡(?:在|着)?|差不多|接近|将近|快到|快)\s*(\d+)\s*分(?:钟)?(?:整)?`)

// reExactDuration is a running time given to the second, or in minutes
// with a half ("2分56", "2分56秒", "2:56", "176秒", "两分半").
var reExactDuration = regexp.MustCompile(`\d+\s*(?:分钟?|min|')\s*\d+|\d+\s*分半|(?:^|[^\d:])\d{1,2}:\d{2}|\d+\s*秒`)

// nearBound is where s compares its running time with a round number of
// minutes and that comparison is no value: when s gives an exact time
// elsewhere (the exact one wins), or when the word only places the time at
// the bound (卡着, 压着: how close is not said). nil otherwise: "差不多三分钟"
// alone is still read as about three minutes (aboutMinutes).
func nearBound(s string) []int {
	loc := reNearBound.FindStringIndex(s)
	if loc == nil {
		return nil
	}
	rest := s[:loc[0]] + strings.Repeat(" ", loc[1]-loc[0]) + s[loc[1]:]
	if reExactDuration.MatchString(rest) {
		return loc
	}
	if w := s[loc[0]:loc[1]]; strings.HasPrefix(w, "卡") || strings.HasPrefix(w, "压") || strings.HasPrefix(w, "踩") ||
		strings.HasPrefix(w, "贴") || strings.HasPrefix(w, "顶") || strings.HasPrefix(w, "刚好卡") {
		return loc
	}
	return nil
}
