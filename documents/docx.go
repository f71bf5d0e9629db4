package documents

import (
	"archive/zip"
	"bytes"
	"embed"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"text/template"
	"time"

	"contestbot"
)

//go:embed template/*.xml
var templateFS embed.FS

// docxTemplates are the WordprocessingML parts, parsed once. User text only
// ever enters them through run or text, which escape it.
var docxTemplates = template.Must(template.New("").Funcs(template.FuncMap{
	"run":  xmlRun,
	"text": xmlText,
}).ParseFS(templateFS, "template/*.xml"))

// xmlText escapes s for XML character data. Characters XML 1.0 forbids
// (most control characters) become U+FFFD.
func xmlText(s string) string {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s)) // writes to a bytes.Buffer never fail
	return b.String()
}

// xmlRun renders s as a WordprocessingML run, keeping its line breaks.
func xmlRun(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<w:r><w:t xml:space="preserve">`)
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteString(`</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">`)
		}
		b.WriteString(xmlText(line))
	}
	b.WriteString(`</w:t></w:r>`)
	return b.String()
}

// blank stands in for an unfilled value on a printed form, so there is room
// to write it by hand.
const blank = "                    "

func orBlank(s string) string {
	if s == "" {
		return blank
	}
	return s
}

// formData fills the 报名表 (附件2).
type formData struct {
	Unit, Title, Producer, Contact, Phone, Duration string
	CategoryLine1, CategoryLine2                    string
	Roles, Creators                                 []string
	Synopsis                                        []string // paragraphs
	// The 著作权声明: the season's text around the title.
	StatementBefore, StatementTitle, StatementAfter string
	PaperCopies                                     string // the season's paper copies
	Heading                                         string // "…大赛报名表"
}

// categoryBoxes writes the season's 分类 with the chosen one ticked, on two
// lines as the form has them.
func categoryBoxes(cs []string, chosen string) (string, string) {
	box := func(c string) string {
		if c == chosen {
			return "☑" + c
		}
		return "□" + c
	}
	var line1, line2 []string
	for i, c := range cs {
		if i < (len(cs)+1)/2 {
			line1 = append(line1, box(c))
		} else {
			line2 = append(line2, box(c))
		}
	}
	return strings.Join(line1, " "), strings.Join(line2, " ")
}

func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(cleanText(s), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// WriteEntryForm writes the entry's 报名表 (附件2) as .docx, in the notice's
// table layout, with season s's categories and 著作权声明 and the stamp and
// date blanks left for the school.
func WriteEntryForm(w io.Writer, e *contestbot.Entry, s *contestbot.Season) error {
	if e == nil {
		return contestbot.Errorf(contestbot.EINVALID, "没有作品，无法生成报名表")
	}
	title := CleanTitle(e.Title)
	l1, l2 := categoryBoxes(s.Categories, e.Category)
	before, after, _ := strings.Cut(s.CopyrightStatement, "{title}")
	d := formData{
		Unit:           cleanText(e.Unit),
		Title:          title,
		Producer:       cleanText(e.Producer),
		Contact:        cleanText(e.Contact),
		Phone:          contestbot.FormatPhone(CleanPhone(e.Phone)),
		Duration:       contestbot.FormatDuration(e.DurationSeconds),
		CategoryLine1:  l1,
		CategoryLine2:  l2,
		Roles:          []string{"监制(策划)", "编导(导演)", "撰  稿", "摄  影", "剪辑(制作)"},
		Creators:       creatorsList(e.Creators),
		Synopsis:       paragraphs(e.Synopsis),
		StatementTitle: title,
		// The template's own words stop at the title's 《》.
		StatementBefore: before,
		StatementAfter:  after,
		PaperCopies:     s.PaperCopies,
		Heading:         s.Contest + "报名表",
	}
	if title == "" {
		d.StatementTitle = blank + blank
	}
	return writeDocx(w, "form.xml", d, "报名表-"+title, e.UpdatedAt)
}

// agreementData fills the 版权确认协议书 (附件3).
type agreementData struct {
	PartyName, PartyContact, Title, Duration, Summary string
	HasSummary                                        bool
	// The contest, 甲方, its address and the end of validity, from the season.
	Contest, Party, PartyAddress, ValidUntil string
}

// WriteAgreement writes the entry's 版权确认协议书 (附件3) as .docx with every
// clause as the notice has it. 乙方 is the 推荐单位 that submits the work;
// the signature and date lines are left blank. 甲方 and the validity are
// season s's.
func WriteAgreement(w io.Writer, e *contestbot.Entry, s *contestbot.Season) error {
	if e == nil {
		return contestbot.Errorf(contestbot.EINVALID, "没有作品，无法生成版权确认协议书")
	}
	party := cleanText(e.Unit)
	if party == "" {
		party = cleanText(e.Producer)
	}
	contact := strings.TrimSpace(cleanText(e.Contact) + " " + contestbot.FormatPhone(CleanPhone(e.Phone)))
	summary := strings.Join(paragraphs(e.Summary), " ")
	d := agreementData{
		PartyName:    orBlank(party),
		PartyContact: orBlank(contact),
		Title:        orBlank(CleanTitle(e.Title)),
		Duration:     contestbot.FormatDuration(e.DurationSeconds),
		Summary:      summary,
		HasSummary:   summary != "",
		Contest:      s.Contest,
		Party:        s.AgreementParty,
		PartyAddress: orBlank(s.AgreementPartyAddress),
		ValidUntil:   s.AgreementValidUntil,
	}
	if d.Duration == "" {
		d.Duration = "            分钟"
	}
	return writeDocx(w, "agreement.xml", d, "版权确认协议书-"+CleanTitle(e.Title), e.UpdatedAt)
}

// writeDocx assembles a minimal WordprocessingML package around the
// document part rendered from tmpl.
func writeDocx(w io.Writer, tmpl string, data any, docTitle string, at time.Time) error {
	if at.IsZero() {
		at = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	meta := struct{ DocTitle, Created string }{docTitle, at.UTC().Format(time.RFC3339)}
	parts := []struct {
		name, tmpl string
		data       any
	}{
		{"[Content_Types].xml", "content_types.xml", nil},
		{"_rels/.rels", "rels.xml", nil},
		{"docProps/core.xml", "core.xml", meta},
		{"docProps/app.xml", "app.xml", nil},
		{"word/_rels/document.xml.rels", "document_rels.xml", nil},
		{"word/styles.xml", "styles.xml", nil},
		{"word/settings.xml", "settings.xml", nil},
		{"word/document.xml", tmpl, data},
	}
	zw := zip.NewWriter(w)
	for _, p := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: at})
		if err != nil {
			return fmt.Errorf("write docx: %w", err)
		}
		if err := docxTemplates.ExecuteTemplate(fw, p.tmpl, p.data); err != nil {
			return fmt.Errorf("write docx %s: %w", p.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write docx: %w", err)
	}
	return nil
}

// docFields are the form fields the 报名表 and 版权确认协议书 print.
var docFields = []contestbot.Field{
	contestbot.FieldUnit, contestbot.FieldTitle, contestbot.FieldProducer, contestbot.FieldContact,
	contestbot.FieldPhone, contestbot.FieldDuration, contestbot.FieldCategory, contestbot.FieldCreators,
	contestbot.FieldSynopsis, contestbot.FieldSummary,
}

// MissingFields returns the fields the entry's documents print that are
// still empty, in the form's order. A 主创人员 row with any name counts as
// filled even if the question was never closed.
func MissingFields(s *contestbot.Season, e *contestbot.Entry) []contestbot.Field {
	var out []contestbot.Field
	for _, f := range docFields {
		if f == contestbot.FieldCreators && creatorsLine(e.Creators) != "" {
			continue
		}
		if !e.Has(s, f) {
			out = append(out, f)
		}
	}
	return out
}
