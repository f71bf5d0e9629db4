package contestbot

import (
	"strconv"
	"strings"
	"time"
)

// Season is one season of the contest as its notice defines it: who to
// send to, by when, what may be sent and where each rule is written. It is
// read once from the season's facts file (knowledge loads it and checks
// every citation against the notice) and passed to every package that
// speaks about the contest, so a new season is a new data file and no Go
// code keeps a copy of any of these values.
type Season struct {
	Name  string `yaml:"season"` // the season's name, as the notice's title has it
	Title string `yaml:"title"`  // the contest's full name, season included
	// Contest is the contest's name as the forms head it ("…大赛报名表"),
	// Issuer the office that signs the notice, under the 汇总表.
	Contest string `yaml:"contest_name"`
	Issuer  string `yaml:"issuer"`
	// SummaryColumns are the 汇总表's columns in the template's order
	// (附件4: 序号 片名 时长 …); a row copied from it without its header is
	// read in this order (s7-c).
	SummaryColumns []string `yaml:"summary_columns"`

	// Deadline is the instant submissions close; DeadlineText is how the
	// notice (or the config override) words it ("…日前").
	Deadline     time.Time `yaml:"-"`
	DeadlineText string    `yaml:"deadline_text"`
	// NoticeDeadlineText is the notice's own wording when config closes
	// registration on another day ("" otherwise): texts that quote the
	// notice's instructions say both.
	NoticeDeadlineText string `yaml:"-"`

	Office      string   `yaml:"office"`       // the office that receives the materials
	Mailbox     string   `yaml:"mailbox"`      // where the materials are mailed
	Room        string   `yaml:"room"`         // where the signed originals go, office included
	Phone       string   `yaml:"phone"`        // the contacts' telephone
	Contacts    []string `yaml:"contacts"`     // the contacts' names
	PaperCopies string   `yaml:"paper_copies"` // how many paper copies of the 报名表

	// Categories are the 分类 in the notice's order. AICategory is the one
	// whose content must be labelled; CategoryWords are the everyday words
	// for each category (its name always counts).
	Categories    []string            `yaml:"categories"`
	AICategory    string              `yaml:"ai_category"`
	CategoryWords map[string][]string `yaml:"category_words"`
	// CategoryHints are descriptions that suggest a category without
	// choosing it ("从长片子里剪出来的" suggests 视频切片): the form offers
	// the category and asks. A hint is words joined by "+", all of which
	// must appear in that order.
	CategoryHints map[string][]string `yaml:"category_hints"`

	// MaxDuration is the notice's words on the running time; the number
	// is MaxDurationSeconds, the same limit the video checks apply (a
	// soft one: longer works are warned, not refused).
	MaxDuration        string `yaml:"max_duration"`
	MaxDurationSeconds int    `yaml:"-"`

	// WorksSince is the first month works may have been made in
	// ("2025-01"); WorksSinceText is the notice's words for the period.
	WorksSince     string `yaml:"works_since"`
	WorksSinceText string `yaml:"works_since_text"`

	// The 版权确认协议书: its 甲方, that party's address, and the end of
	// the agreement's validity.
	AgreementParty        string `yaml:"agreement_party"`
	AgreementPartyAddress string `yaml:"agreement_party_address"`
	AgreementValidUntil   string `yaml:"agreement_valid_until"`

	// CopyrightStatement is the 著作权声明 of the 报名表 with "{title}"
	// where the work's title goes.
	CopyrightStatement string `yaml:"copyright_statement"`

	// Citations name, for each rule the code speaks about, the notice's
	// section that states it ("三（三）"). Load fails when a key in
	// CitationKeys is missing or names a section the notice lacks.
	Citations map[string]string `yaml:"citations"`

	// Privacy is how the season handles contacts' personal information.
	Privacy SeasonPrivacy `yaml:"privacy"`
}

// SeasonPrivacy is what the personal-information notice names and what the
// organiser keeps (个人信息保护法 第十七条, 第四十七条).
type SeasonPrivacy struct {
	Handler string `yaml:"handler"` // who handles the information
	Purpose string `yaml:"purpose"` // what it is used for
	// Archived says what the organiser keeps of a completed entry after the
	// contact's deletion or the retention date: the forms' fields.
	Archived string `yaml:"archived"`
	// RetainText is until when the information is kept, when config sets
	// no privacy.retain_until date.
	RetainText string `yaml:"retain_text"`
	// WithdrawBeforeDeadline lets a contact withdraw (and so delete) a
	// completed entry until the deadline; afterwards it is the organiser's.
	WithdrawBeforeDeadline bool `yaml:"withdraw_before_deadline"`
}

// Citation keys: the rules the code cites by themselves (answers from the
// facts file carry their own sources).
const (
	CiteUnitWork     = "unit_work"      // no individual entries
	CiteMadeInPeriod = "made_in_period" // works made within the season's period
	CiteUnpublished  = "unpublished"    // unpublished on every platform
	CiteAILabel      = "ai_label"       // AI content labelled
	CiteCategories   = "categories"     // the categories
	CiteDuration     = "duration"       // the running time
	CiteVideo        = "video"          // format, resolution, bitrate, naming
	CiteForbidden    = "forbidden"      // colour bars, captions, watermarks
	CiteSending      = "sending"        // what to send where
	CiteSummary      = "summary"        // the agreement's 内容摘要
	CiteContacts     = "contacts"       // whom to ask
)

// CitationKeys are the citations every season must define.
var CitationKeys = []string{
	CiteUnitWork, CiteMadeInPeriod, CiteUnpublished, CiteAILabel, CiteCategories,
	CiteDuration, CiteVideo, CiteForbidden, CiteSending, CiteSummary, CiteContacts,
}

// Validate reports the first thing a season lacks that the program needs,
// in words for whoever edits the facts file.
func (s *Season) Validate() error {
	switch {
	case s.Title == "" || s.Contest == "" || s.Issuer == "":
		return Errorf(EINVALID, "赛事资料文件缺少 title、contest_name 或 issuer")
	case s.DeadlineText == "":
		return Errorf(EINVALID, "赛事资料文件缺少 deadline_text")
	case s.Office == "" || s.Room == "":
		return Errorf(EINVALID, "赛事资料文件缺少 office 或 room")
	case s.Mailbox == "" || s.Phone == "" || len(s.Contacts) == 0:
		return Errorf(EINVALID, "赛事资料文件缺少联系人、电话或邮箱")
	case s.PaperCopies == "":
		return Errorf(EINVALID, "赛事资料文件缺少 paper_copies")
	case len(s.Categories) == 0 || len(s.Categories) > 9:
		return Errorf(EINVALID, "赛事资料文件 categories 应有1到9类")
	case s.AICategory != "" && !s.IsCategory(s.AICategory):
		return Errorf(EINVALID, "赛事资料文件 ai_category “%s”不在 categories 中", s.AICategory)
	case s.WorksSince != "" && s.WorksSinceText == "":
		return Errorf(EINVALID, "赛事资料文件有 works_since，缺少 works_since_text")
	case s.AgreementParty == "" || s.AgreementValidUntil == "":
		return Errorf(EINVALID, "赛事资料文件缺少 agreement_party 或 agreement_valid_until")
	case !strings.Contains(s.CopyrightStatement, "{title}"):
		return Errorf(EINVALID, "赛事资料文件 copyright_statement 应含 {title}")
	}
	if s.WorksSince != "" {
		if _, err := time.Parse("2006-01", s.WorksSince); err != nil {
			return Errorf(EINVALID, "赛事资料文件 works_since “%s” 应写作 2025-01", s.WorksSince)
		}
	}
	for c := range s.CategoryWords {
		if !s.IsCategory(c) {
			return Errorf(EINVALID, "赛事资料文件 category_words 的“%s”不在 categories 中", c)
		}
	}
	for c := range s.CategoryHints {
		if !s.IsCategory(c) {
			return Errorf(EINVALID, "赛事资料文件 category_hints 的“%s”不在 categories 中", c)
		}
	}
	for _, k := range CitationKeys {
		if s.Citations[k] == "" {
			return Errorf(EINVALID, "赛事资料文件 citations 缺少 %s", k)
		}
	}
	return nil
}

// Clone returns a copy of s that shares no slice or map with it.
func (s *Season) Clone() *Season {
	c := *s
	c.Contacts = append([]string(nil), s.Contacts...)
	c.Categories = append([]string(nil), s.Categories...)
	c.CategoryWords = make(map[string][]string, len(s.CategoryWords))
	for k, v := range s.CategoryWords {
		c.CategoryWords[k] = append([]string(nil), v...)
	}
	c.CategoryHints = make(map[string][]string, len(s.CategoryHints))
	for k, v := range s.CategoryHints {
		c.CategoryHints[k] = append([]string(nil), v...)
	}
	c.Citations = make(map[string]string, len(s.Citations))
	for k, v := range s.Citations {
		c.Citations[k] = v
	}
	return &c
}

// Section is the notice's section that states the rule key names
// ("三（三）"), "" when the season has none.
func (s *Season) Section(key string) string { return s.Citations[key] }

// Cite is the citation that ends a sentence about the rule key names:
// "（见通知 三（三））", as the answers cite.
func (s *Season) Cite(key string) string {
	if sec := s.Citations[key]; sec != "" {
		return "（见通知 " + sec + "）"
	}
	return ""
}

// ContactList is the contacts' names joined as the notice writes them.
func (s *Season) ContactList() string { return strings.Join(s.Contacts, "、") }

// IsCategory reports whether c is one of the season's categories.
func (s *Season) IsCategory(c string) bool {
	for _, x := range s.Categories {
		if x == c {
			return true
		}
	}
	return false
}

// IsAICategory reports whether c is the category whose content must be
// labelled.
func (s *Season) IsAICategory(c string) bool { return c != "" && c == s.AICategory }

// CategoryMenu lists the categories numbered for a reply by number:
// "1 实景拍摄  2 动画制作 …".
func (s *Season) CategoryMenu() string {
	parts := make([]string, len(s.Categories))
	for i, c := range s.Categories {
		parts[i] = strconv.Itoa(i+1) + " " + c
	}
	return strings.Join(parts, "  ")
}

// CategoryNames are the categories joined with "、".
func (s *Season) CategoryNames() string { return strings.Join(s.Categories, "、") }

// CategoryCount is how many categories the notice names, in Chinese
// ("五").
func (s *Season) CategoryCount() string { return chineseCount(len(s.Categories)) }

func chineseCount(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	if n >= 0 && n < len(digits) {
		return digits[n]
	}
	return strconv.Itoa(n)
}

// WorksSinceYearMonth is the first year and month works may have been made
// in; ok is false when the season sets no period.
func (s *Season) WorksSinceYearMonth() (year, month int, ok bool) {
	t, err := time.Parse("2006-01", s.WorksSince)
	if err != nil {
		return 0, 0, false
	}
	return t.Year(), int(t.Month()), true
}

// MadeInPeriod reports whether a work made in year (and month, 0 when not
// known) falls within the season's period. A year alone counts when any
// month of it does.
func (s *Season) MadeInPeriod(year, month int) bool {
	y, m, ok := s.WorksSinceYearMonth()
	switch {
	case !ok || year > y:
		return true
	case year < y:
		return false
	}
	return month == 0 || month >= m
}

// MadeInPeriodLabel is the eligibility question as the forms print it:
// "是否" + works_since_text + "创作".
func (s *Season) MadeInPeriodLabel() string {
	if s.WorksSinceText == "" {
		return FieldMadeInPeriod.Label()
	}
	return "是否" + s.WorksSinceText + "创作"
}

// FieldLabel is f's label as this season's forms print it.
func (s *Season) FieldLabel(f Field) string {
	if f == FieldMadeInPeriod {
		return s.MadeInPeriodLabel()
	}
	return f.Label()
}

// CopyrightStatementFor is the 著作权声明 with the title filled in.
func (s *Season) CopyrightStatementFor(title string) string {
	return strings.ReplaceAll(s.CopyrightStatement, "{title}", title)
}

// DurationLimit is the soft limit as people say it ("3分钟"), "" when the
// season sets none.
func (s *Season) DurationLimit() string {
	if s.MaxDurationSeconds <= 0 {
		return ""
	}
	return FormatDuration(s.MaxDurationSeconds)
}
