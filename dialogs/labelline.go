package dialogs

import (
	"strings"
)

// s9-h (issue #10, round 24, rp116 p116a): a 报名表 copied from Word often
// has each label on a line of its own with the value on the next line:
//
//	推荐单位：
//	周口职业技术学院
//	片    名：
//	麦田里的党课
//
// Read line by line, every label had an empty value and the values were
// left over, glued into the field being asked. labelLines joins such a
// label line with its value line ("推荐单位：周口职业技术学院"), so the
// message reads like a form filled on one line a field.

// labelOnly returns the label word when line holds only a form label and
// its colon ("片名：", "联系人:"), after spaced labels are closed up.
func labelOnly(line string) (labelDef, bool) {
	l := strings.TrimSpace(line)
	l = strings.TrimRight(l, " \t\u3000")
	var rest string
	switch {
	case strings.HasSuffix(l, "："):
		rest = strings.TrimSuffix(l, "：")
	case strings.HasSuffix(l, ":"):
		rest = strings.TrimSuffix(l, ":")
	default:
		return labelDef{}, false
	}
	rest = strings.ToLower(strings.TrimSpace(rest))
	for _, d := range labelDefs {
		if d.word == rest {
			return d, true
		}
	}
	return labelDef{}, false
}

// opensLabelled reports whether line starts with a label and a colon
// ("时长：2分48秒"), or is a row of a table (cells apart by tabs): such a
// line is no value of the label line above it.
func opensLabelled(line string) bool {
	l := strings.TrimSpace(line)
	if strings.Contains(l, "\t") {
		return true
	}
	if _, ok := labelOnly(l); ok {
		return true
	}
	t := newText(l)
	for _, h := range findLabels(t) {
		if h.start == 0 && h.colon {
			return true
		}
	}
	return false
}

// labelLines joins a label line with an empty value to the line after it,
// unless that line is labelled itself (the field was left blank) or the
// label heads a table of its own (主创人员 over the role columns).
func labelLines(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		d, ok := labelOnly(lines[i])
		if !ok || d.slot == slotCreators || d.slot.isRole() {
			out = append(out, lines[i])
			continue
		}
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if j == len(lines) || opensLabelled(lines[j]) {
			out = append(out, lines[i])
			continue
		}
		out = append(out, strings.TrimRight(strings.TrimSpace(lines[i]), " \t\u3000")+strings.TrimSpace(lines[j]))
		i = j
	}
	return strings.Join(out, "\n")
}
