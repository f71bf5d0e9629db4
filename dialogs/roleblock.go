package dialogs

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"contestbot"
)

// s6-e: the 主创人员 block of a 报名表 pasted from Word, cell by cell
// (round 13, rp61): the role labels on their own lines, one cell a line,
// then the names on the next lines in the same order. A blank cell is a
// line holding only a tab or spaces, and keeps its place: the names are
// aligned by cell position, never closed up ("\t\n\t王立新\n\t马建军\n\t暂无\n\t\n\t孙浩"
// under "主创人员 监制 编导 撰稿 摄影 剪辑" is 监制 王立新, 编导 马建军,
// 撰稿 none, 摄影 not given, 剪辑 孙浩).

// roleBlock rewrites such a block as labelled pairs ("监制(策划)：王立新；…"),
// one line in place of the two blocks; s is returned unchanged when it has
// none.
func roleBlock(s string) string {
	lines := strings.Split(s, "\n")
	for i := 0; i < len(lines); i++ {
		heads, end := roleHeadLines(lines, i)
		if len(heads) < 3 {
			continue
		}
		// Row breaks (lines with nothing, not even a tab) between the
		// label block and the names.
		j := end
		for j < len(lines) && strings.TrimRight(lines[j], "\r") == "" {
			j++
		}
		var cells []string
		k := j
		for ; k < len(lines) && len(cells) < len(heads); k++ {
			line := strings.TrimRight(lines[k], "\r")
			c := strings.TrimSpace(line)
			if line == "" || isHeaderCell(c) || contestbot.RuneLen(c) > 30 {
				break // the names end at a row break or the next label
			}
			cells = append(cells, c)
		}
		if len(cells) == 0 || !hasNonEmpty(cells) {
			continue
		}
		// Fewer cells than labels: the cell under 主创人员 was lost with
		// its tab; the names are aligned to the last label.
		for len(cells) < len(heads) && heads[0] == "" {
			cells = append([]string{""}, cells...)
		}
		if len(cells) != len(heads) {
			continue
		}
		var pairs []string
		for n, r := range heads {
			if r == "" || cells[n] == "" {
				continue
			}
			v := cells[n]
			switch {
			case isNoneWord(v):
				v = "无"
			case isPendingWord(v):
				continue // not known yet: the role is asked later
			}
			pairs = append(pairs, roleLabels[r]+"："+v)
		}
		if len(pairs) == 0 {
			continue
		}
		out := append([]string{}, lines[:i]...)
		out = append(out, strings.Join(pairs, "；"))
		out = append(out, lines[k:]...)
		return strings.Join(out, "\n")
	}
	return s
}

// roleHeadLines reads the role labels one a line from lines[i]: the
// roles in order ("" for a 主创人员 cell first) and the line after them.
func roleHeadLines(lines []string, i int) ([]slot, int) {
	var heads []slot
	k := i
	if k < len(lines) && reCreatorsHead.MatchString(compact(lines[k])) && reCreatorsHead.ReplaceAllString(compact(lines[k]), "") == "" {
		heads = append(heads, "")
		k++
	}
	for ; k < len(lines); k++ {
		r := roleOfCell(lines[k])
		if r == "" {
			break
		}
		heads = append(heads, r)
	}
	if len(heads) > 0 && heads[0] == "" && len(heads) == 1 {
		return nil, i
	}
	return heads, k
}

// isPendingWord is a cell meaning "not known yet": （待定）, 待定, 暂无.
func isPendingWord(v string) bool {
	v = strings.Trim(v, "（）()【】[] ")
	return oneOf(v, "待定", "未定", "暂定", "待补", "/", "-", "—")
}

func hasNonEmpty(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return true
		}
	}
	return false
}

// spacedHeaderRow reads a row of labels over a row of values lined up with
// runs of spaces (no tabs), where a blank cell is only a wider gap:
// "监制    编导    撰稿    摄影    剪辑" over "王立新  马建军  暂无          孙浩".
// Each value goes to the label whose column it starts nearest to, in
// order; the pair is rewritten as labelled lines (rowText). A row with as
// many values as labels is left to headerRow; s is unchanged when no such
// pair of rows is there or a value cannot be placed.
func spacedHeaderRow(s string) string {
	lines := strings.Split(s, "\n")
	for i := 0; i+1 < len(lines); i++ {
		if strings.Contains(lines[i], "\t") || strings.Contains(lines[i+1], "\t") {
			continue
		}
		head, hcol := spacedCells(lines[i])
		vals, vcol := spacedCells(lines[i+1])
		if len(head) < 3 || len(vals) == 0 || len(vals) >= len(head) {
			continue
		}
		labels := 0
		for _, h := range head {
			if isHeaderCell(h) {
				labels++
			}
		}
		if labels < len(head) || slices.ContainsFunc(vals, isLabelWord) {
			continue
		}
		row := make([]string, len(head))
		k := 0
		ok := true
		for n, v := range vals {
			// The nearest label column at or after the last one used,
			// leaving room for the values still to place.
			best := -1
			for j := k; j <= len(head)-(len(vals)-n); j++ {
				if best < 0 || absInt(hcol[j]-vcol[n]) < absInt(hcol[best]-vcol[n]) {
					best = j
				}
			}
			if best < 0 || absInt(hcol[best]-vcol[n]) > 4 {
				ok = false
				break
			}
			row[best] = v
			k = best + 1
		}
		if !ok {
			continue
		}
		lines[i] = rowText(head, row)
		lines = append(lines[:i+1], lines[i+2:]...)
	}
	return strings.Join(lines, "\n")
}

// reSpacedGap separates cells lined up with spaces.
var reSpacedGap = regexp.MustCompile(`[ \x{3000}]{2,}`)

// spacedCells is the cells of a line lined up with spaces and the display
// column each starts at (a Chinese character is two columns wide).
func spacedCells(line string) ([]string, []int) {
	line = strings.TrimRight(line, "\r")
	var cells []string
	var cols []int
	at := 0
	for _, loc := range append(reSpacedGap.FindAllStringIndex(line, -1), []int{len(line), len(line)}) {
		if c := strings.TrimSpace(line[at:loc[0]]); c != "" {
			lead := len(line[at:loc[0]]) - len(strings.TrimLeft(line[at:loc[0]], " \u3000"))
			cells = append(cells, c)
			cols = append(cols, cellWidth(line[:at+lead]))
		}
		at = loc[1]
	}
	return cells, cols
}

// cellWidth is how many columns s takes: two for a wide character.
func cellWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
