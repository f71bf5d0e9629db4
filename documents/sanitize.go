package documents

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"

	"contestbot"
)

// china is the contest's time zone for dates people read. China has no
// daylight saving time, so a fixed zone avoids needing tzdata.
var china = time.FixedZone("CST", 8*3600)

// titleQuotes are the marks a title must not carry: the forms add 《》
// themselves.
var titleQuotes = strings.NewReplacer(
	"《", "", "》", "", "〈", "", "〉", "", "<<", "", ">>", "",
	`"`, "", "'", "", "“", "", "”", "", "‘", "", "’", "",
	"「", "", "」", "", "『", "", "』", "", "＂", "", "＇", "",
)

// titleMarks are the book-title marks the forms add themselves.
var titleMarks = strings.NewReplacer("《", "", "》", "", "〈", "", "〉", "", "<<", "", ">>", "")

// CleanTitle returns the 片名 without 《》, without quotes around the whole
// title, and without surrounding spaces. Quotes inside a title are part of
// it and stay (守护黄河的“河小青”, issue #10).
func CleanTitle(s string) string {
	t := strings.TrimSpace(titleMarks.Replace(s))
	if rs := []rune(t); len(rs) >= 2 && strings.ContainsRune("\"'“‘「『＂＇", rs[0]) && strings.ContainsRune("\"'”’」』＂＇", rs[len(rs)-1]) &&
		!strings.ContainsAny(string(rs[1:len(rs)-1]), "“”\"「」『』") {
		return strings.TrimSpace(string(rs[1 : len(rs)-1]))
	}
	if !strings.ContainsAny(t, "“”「」『』") {
		return strings.TrimSpace(titleQuotes.Replace(t)) // stray ASCII quotes
	}
	return t
}

// CleanPhone returns only the digits of a phone number; a landline keeps its
// area code (0371—12345678 → 037112345678) and an extension after 转
// (037163351234转802).
func CleanPhone(s string) string {
	if num, ext := contestbot.PhoneMain(s); ext != "" { // s5-g2
		return CleanPhone(num) + "转" + CleanPhone(ext)
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		}
	}
	return b.String()
}

// FormPhone returns a phone number as it goes on the forms and exports: a
// mobile as 11 digits, a landline as area code, dash, number
// (0371-12345678). A value that is no valid number is returned trimmed, as
// typed, rather than altered.
func FormPhone(s string) string {
	d, err := contestbot.ParsePhone(s)
	if err != nil {
		return strings.TrimSpace(s)
	}
	return contestbot.FormatPhone(d)
}

var peopleSep = regexp.MustCompile(`\s*[,，;；/／|、]+\s*`)

// CleanPeople joins several people in one role with 、, whatever separator
// was typed; an empty role stays "".
func CleanPeople(s string) string {
	s = peopleSep.ReplaceAllString(strings.TrimSpace(s), "、")
	return strings.Trim(s, "、")
}

// cleanText trims a free-text value and normalises line ends.
func cleanText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}

// Creators returns the five roles cleaned, in the order of 附件2.
func creatorsList(c contestbot.Creators) []string {
	return []string{CleanPeople(c.Supervisor), CleanPeople(c.Director), CleanPeople(c.Writer),
		CleanPeople(c.Camera), CleanPeople(c.Editor)}
}

// CreatorRoles are the 主创人员 column heads of 附件2.
var CreatorRoles = []string{"监制(策划)", "编导(导演)", "撰稿", "摄影", "剪辑(制作)"}

// FileBase is the base name of an entry's documents, following the video
// naming rule of 附件1 第3条 (推荐单位-序号-片名); an entry without 序号 yet
// uses its record number instead ("编号12"). Characters that file systems
// refuse are replaced.
func FileBase(e *contestbot.Entry) string {
	unit := e.Unit
	if unit == "" {
		unit = "未填单位"
	}
	seq := fmt.Sprintf("%d", e.Seq)
	if e.Seq <= 0 {
		seq = fmt.Sprintf("编号%d", e.ID)
	}
	title := CleanTitle(e.Title)
	if title == "" {
		title = "未命名作品"
	}
	return SafeFileName(unit + "-" + seq + "-" + title)
}

// EntryFormName is the file name of an entry's 报名表 (附件2).
func EntryFormName(e *contestbot.Entry) string { return FileBase(e) + "-报名表.docx" }

// AgreementName is the file name of an entry's 版权确认协议书 (附件3).
func AgreementName(e *contestbot.Entry) string { return FileBase(e) + "-版权确认协议书.docx" }

// SummaryName is the file name of a unit's 汇总表 (附件4); unit "" names the
// all-units workbook.
func SummaryName(unit string) string {
	if unit == "" {
		return "全部单位-报名汇总表.xlsx"
	}
	return SafeFileName(unit) + "-报名汇总表.xlsx"
}

// UnitZipName is the file name of a unit's document bundle.
func UnitZipName(unit string) string {
	if unit == "" {
		unit = "未填单位"
	}
	return SafeFileName(unit) + "-报名材料.zip"
}

// SafeFileName replaces characters that Windows, macOS or Linux refuse in a
// file name, and control characters, with "_", and caps the length.
func SafeFileName(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if n >= 120 {
			break
		}
		switch {
		case strings.ContainsRune(`/\:*?"<>|`, r), unicode.IsControl(r):
			b.WriteRune('_')
		default:
			b.WriteRune(r)
		}
		n++
	}
	out := strings.Trim(b.String(), ". ")
	if out == "" {
		return "_"
	}
	return out
}

// formatTime writes t in China time for people; "" for the zero time.
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(china).Format("2006-01-02 15:04")
}

// checkLabel is the last check's verdict in words for staff.
func checkLabel(e *contestbot.Entry) string {
	if e.CheckVerdict == "" {
		if e.VideoURL == "" {
			return "未提交链接"
		}
		return "未检查"
	}
	return e.CheckVerdict.Label()
}

// completeOf returns the complete entries of unit (all units when unit is
// ""), in 汇总表 order: by unit, then 序号, then record number. A unit is its
// key (contestbot.UnitKey, s11-a): "X学院党委" and "X学院" are one unit.
func completeOf(entries []*contestbot.Entry, unit string) []*contestbot.Entry {
	var out []*contestbot.Entry
	for _, e := range entries {
		if e == nil || e.Status != contestbot.StatusComplete {
			continue
		}
		if unit != "" && !contestbot.SameUnit(e.Unit, unit) {
			continue
		}
		out = append(out, e)
	}
	sortEntries(out)
	return out
}

func sortEntries(es []*contestbot.Entry) {
	less := func(a, b *contestbot.Entry) int {
		if c := strings.Compare(a.UnitKey(), b.UnitKey()); c != 0 {
			return c
		}
		as, bs := a.Seq, b.Seq
		if as <= 0 {
			as = 1 << 30
		}
		if bs <= 0 {
			bs = 1 << 30
		}
		if as != bs {
			return as - bs
		}
		switch {
		case a.ID < b.ID:
			return -1
		case a.ID > b.ID:
			return 1
		}
		return 0
	}
	slices.SortStableFunc(es, less)
}

// UnitHeader is the 推荐单位 a unit's 汇总表 prints when its works were typed
// under different names ("X学院党委", "X学院"): the one of its first work
// (序号 1) among list, in 汇总表 order; unit when list has none.
func UnitHeader(list []*contestbot.Entry, unit string) string {
	for _, e := range list {
		if e != nil && e.Unit != "" && contestbot.SameUnit(e.Unit, unit) {
			return e.Unit
		}
	}
	return unit
}
