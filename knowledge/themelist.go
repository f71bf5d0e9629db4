package knowledge

import (
	"fmt"
	"strings"
)

// themeList is the season's theme list as the notice numbers it, each
// item in the notice's own words ("1.坚持不懈用…；2.…。"): school staff
// copy it into their papers, so it is quoted, never reworded.
func themeList(themes []string) string {
	if len(themes) == 0 {
		return ""
	}
	items := make([]string, len(themes))
	for i, t := range themes {
		items[i] = fmt.Sprintf("%d.%s", i+1, t)
	}
	return strings.Join(items, "；") + "。"
}
