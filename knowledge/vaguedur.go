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
