package knowledge

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section is one citable piece of the notice: "三（一）", "附件1 第3条",
// "附件2". Text is the section's own text, headings included.
type Section struct {
	ID   string
	Text string
}

var (
	// topRe is a numbered part of the notice body: "三、报送要求".
	topRe = regexp.MustCompile(`^([一二三四五六七八九十]+)、`)
	// subRe is a sub-item in full-width brackets: "（一）作品要求。".
	subRe = regexp.MustCompile(`^（([一二三四五六七八九十]+)）`)
	// attachRe is an attachment heading: "附件1".
	attachRe = regexp.MustCompile(`^附件\s*(\d+)\s*$`)
	// itemRe is a numbered item inside an attachment: "3. 视频文件…".
	itemRe = regexp.MustCompile(`^(\d+)[.．、]\s*`)
	// articleRe is an article of the agreement: "第五条 协议期限与终止".
	articleRe = regexp.MustCompile(`^(第[一二三四五六七八九十]+条)`)
)

// splitNotice cuts the notice into sections. The preamble before "一、" is
// "通知"; each part is "一" … "六", or "三（一）" where it has sub-items;
// attachments are "附件N", and their numbered items "附件1 第3条" or
// articles "附件3 第五条". Blank table cells are dropped.
func splitNotice(text string) []Section {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var (
		out    []Section
		cur    = Section{ID: "通知"}
		top    string // "三"
		attach string // "附件1"
		buf    strings.Builder
	)
	flush := func() {
		if t := strings.TrimSpace(buf.String()); t != "" {
			cur.Text = t
			out = append(out, cur)
		}
		buf.Reset()
	}
	start := func(id string) {
		flush()
		cur = Section{ID: id}
	}
	for _, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		switch {
		case attachRe.MatchString(line):
			attach = "附件" + attachRe.FindStringSubmatch(line)[1]
			top = ""
			start(attach)
		case attach == "" && topRe.MatchString(line):
			top = topRe.FindStringSubmatch(line)[1]
			start(top)
		case attach == "" && top != "" && subRe.MatchString(line):
			start(top + "（" + subRe.FindStringSubmatch(line)[1] + "）")
		case attach == "附件1" && itemRe.MatchString(line):
			n := itemRe.FindStringSubmatch(line)[1]
			start(attach + " 第" + n + "条")
		case attach != "" && attach != "附件1" && articleRe.MatchString(line):
			start(attach + " " + articleRe.FindStringSubmatch(line)[1])
		}
		if buf.Len() > 0 {
			buf.WriteByte('\n')
		}
		buf.WriteString(line)
	}
	flush()
	for i := range out {
		out[i].Text = compactTable(out[i].Text)
	}
	// A part split into sub-items keeps its heading line as the part's own
	// section only when it says something beyond the heading.
	var kept []Section
	for _, s := range out {
		if utf8.RuneCountInString(s.Text) < 12 && topRe.MatchString(s.Text) {
			continue
		}
		kept = append(kept, s)
	}
	return kept
}

// compactTable drops lines that are only whitespace or box characters.
func compactTable(s string) string {
	lines := strings.Split(s, "\n")
	var keep []string
	for _, l := range lines {
		if strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || r == '□' }) == "" {
			continue
		}
		keep = append(keep, strings.Join(strings.Fields(l), " "))
	}
	return strings.Join(keep, "\n")
}

// cite is the source line that ends an answer: "（见通知 三（一））".
func cite(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = id
		if id == "通知" {
			// The preamble's id reads oddly after 见通知: "见通知 通知".
			names[i] = "开头"
		}
	}
	return "（见通知 " + strings.Join(names, "、") + "）"
}
