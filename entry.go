package contestbot

import (
	"fmt"
	"strings"
	"time"
)

// Status is where an entry is in its life.
type Status string

// Entry statuses. A cancelled entry is kept, never deleted.
const (
	StatusDraft     Status = "draft"
	StatusComplete  Status = "complete"
	StatusCancelled Status = "cancelled"
)

// Label is the status in the words users and staff see.
func (s Status) Label() string {
	switch s {
	case StatusDraft:
		return "填写中"
	case StatusComplete:
		return "已完成"
	case StatusCancelled:
		return "已取消"
	}
	return string(s)
}

// Creators are the 主创人员 of 附件2. Several people in one role are joined
// with "、"; a role nobody filled is "".
type Creators struct {
	Supervisor string `json:"supervisor" db:"supervisor"` // 监制(策划)
	Director   string `json:"director" db:"director"`     // 编导(导演)
	Writer     string `json:"writer" db:"writer"`         // 撰稿
	Camera     string `json:"camera" db:"camera"`         // 摄影
	Editor     string `json:"editor" db:"editor"`         // 剪辑(制作)
}

// Entry is one work submitted by a school, with everything 附件2 (报名表),
// 附件3 (版权确认协议书) and 附件4 (汇总表) ask for.
type Entry struct {
	ID       int64  `db:"id"`
	OpenID   string `db:"openid"`
	Status   Status `db:"status"`
	Unit     string `db:"unit"`     // 推荐单位
	Seq      int    `db:"seq"`      // 序号: order within the unit, 1-based; 0 until complete
	Title    string `db:"title"`    // 片名, without 《》 or quotes
	Producer string `db:"producer"` // 制作单位
	Contact  string `db:"contact"`  // 联系人
	Phone    string `db:"phone"`    // 联系电话, digits only (landlines keep the area code)
	// DurationSeconds is the 时长; 0 means not given yet.
	DurationSeconds int      `db:"duration_seconds"`
	Category        string   `db:"category"` // one of the season's Categories
	Creators        Creators `db:"creators"`
	// CreatorsDone records that the user answered the 主创人员 question,
	// so an all-empty Creators is an answer, not a gap.
	CreatorsDone bool   `db:"creators_done"`
	Synopsis     string `db:"synopsis"` // 内容简介 (附件2, 附件4)
	Summary      string `db:"summary"`  // 内容摘要 (附件3, ≤ 100 字)
	// CopyrightConfirmed is the 著作权声明 of 附件2, confirmed with the title filled in.
	CopyrightConfirmed bool `db:"copyright_confirmed"`

	// Eligibility (三（二）, 三（三）, 六, 附件1 第5条). Nil means not asked yet.
	MadeInPeriod *bool `db:"made_in_period"` // made within the season's period (Season.WorksSince)
	Unpublished  *bool `db:"unpublished"`
	UnitWork     *bool `db:"unit_work"`   // a unit's work, not an individual's
	AIUsed       *bool `db:"ai_used"`     // AI-generated content in the work
	AILabelled   *bool `db:"ai_labelled"` // that content is labelled in the film

	VideoURL     string     `db:"video_url"`
	CheckVerdict Verdict    `db:"check_verdict"` // "" until checked
	CheckJSON    string     `db:"check_json"`    // the last Report, as JSON
	CheckedAt    *time.Time `db:"checked_at"`

	CreatedAt   time.Time  `db:"created_at"`
	UpdatedAt   time.Time  `db:"updated_at"`
	CompletedAt *time.Time `db:"completed_at"`
}

// MaxSummaryRunes is the 内容摘要 limit of 附件3 (100字以内).
const MaxSummaryRunes = 100

// Field identifies one question of the form. The order of Fields is the order
// in which the form asks.
type Field string

// Form fields.
const (
	FieldUnit         Field = "unit"
	FieldTitle        Field = "title"
	FieldProducer     Field = "producer"
	FieldContact      Field = "contact"
	FieldPhone        Field = "phone"
	FieldDuration     Field = "duration"
	FieldCategory     Field = "category"
	FieldCreators     Field = "creators"
	FieldSynopsis     Field = "synopsis"
	FieldSummary      Field = "summary"
	FieldUnitWork     Field = "unit_work"
	FieldMadeInPeriod Field = "made_in_period"
	FieldUnpublished  Field = "unpublished"
	FieldAIUsed       Field = "ai_used"
	FieldAILabelled   Field = "ai_labelled"
	FieldCopyright    Field = "copyright"
)

// Fields lists the form's questions in asking order.
var Fields = []Field{
	FieldUnit, FieldTitle, FieldProducer, FieldContact, FieldPhone,
	FieldDuration, FieldCategory, FieldCreators, FieldSynopsis, FieldSummary,
	FieldUnitWork, FieldMadeInPeriod, FieldUnpublished, FieldAIUsed, FieldAILabelled,
	FieldCopyright,
}

var fieldLabels = map[Field]string{
	FieldUnit:         "推荐单位",
	FieldTitle:        "片名",
	FieldProducer:     "制作单位",
	FieldContact:      "联系人",
	FieldPhone:        "联系电话",
	FieldDuration:     "时长",
	FieldCategory:     "分类",
	FieldCreators:     "主创人员",
	FieldSynopsis:     "内容简介",
	FieldSummary:      "内容摘要",
	FieldUnitWork:     "是否单位作品",
	FieldMadeInPeriod: "是否在规定时间内创作", // Season.FieldLabel names the period
	FieldUnpublished:  "是否未公开发表",
	FieldAIUsed:       "是否使用AI生成内容",
	FieldAILabelled:   "AI生成内容是否已标注",
	FieldCopyright:    "著作权声明确认",
}

// Label is the field's name as the forms print it; Season.FieldLabel
// names the season's period for FieldMadeInPeriod.
func (f Field) Label() string {
	if l, ok := fieldLabels[f]; ok {
		return l
	}
	return string(f)
}

// NeedsAILabel reports whether the form must ask whether AI content is
// labelled: the category is the season's AI category, or the user said AI
// was used.
func (e *Entry) NeedsAILabel(s *Season) bool {
	return s.IsAICategory(e.Category) || (e.AIUsed != nil && *e.AIUsed)
}

// NormalizeFacts makes the declared facts agree with each other: an AI
// label answer is kept only while the entry needs one (AI used, or the
// season's AI category), so "没用AI" after an earlier "已标注" never leaves
// ai_labelled behind in the record (issue #10, s7-j).
func (e *Entry) NormalizeFacts(s *Season) {
	if e.AILabelled != nil && !e.NeedsAILabel(s) {
		e.AILabelled = nil
	}
}

// Missing returns the form fields still unanswered, in asking order.
func (e *Entry) Missing(s *Season) []Field {
	var out []Field
	for _, f := range Fields {
		if !e.Has(s, f) {
			out = append(out, f)
		}
	}
	return out
}

// Has reports whether field f is answered (or does not apply in season s).
func (e *Entry) Has(s *Season, f Field) bool {
	switch f {
	case FieldUnit:
		return e.Unit != ""
	case FieldTitle:
		return e.Title != ""
	case FieldProducer:
		return e.Producer != ""
	case FieldContact:
		return e.Contact != ""
	case FieldPhone:
		return e.Phone != ""
	case FieldDuration:
		return e.DurationSeconds > 0
	case FieldCategory:
		return e.Category != ""
	case FieldCreators:
		return e.CreatorsDone
	case FieldSynopsis:
		return e.Synopsis != ""
	case FieldSummary:
		return e.Summary != ""
	case FieldUnitWork:
		return e.UnitWork != nil
	case FieldMadeInPeriod:
		return e.MadeInPeriod != nil
	case FieldUnpublished:
		return e.Unpublished != nil
	case FieldAIUsed:
		// The AI category implies AI was used; no need to ask.
		return e.AIUsed != nil || s.IsAICategory(e.Category)
	case FieldAILabelled:
		return !e.NeedsAILabel(s) || e.AILabelled != nil
	case FieldCopyright:
		return e.CopyrightConfirmed
	}
	return true
}

// Eligible reports whether the answers so far allow the entry in season s,
// and if not, which rule of the notice refuses it, in words for the user.
func (e *Entry) Eligible(s *Season) (ok bool, reason string) {
	switch {
	case e.UnitWork != nil && !*e.UnitWork:
		return false, "本次大赛暂不接受个人作品" + s.Cite(CiteUnitWork)
	case e.MadeInPeriod != nil && !*e.MadeInPeriod:
		return false, "报送范围是" + s.WorksSinceText + "完成的作品" + s.Cite(CiteMadeInPeriod)
	case e.Unpublished != nil && !*e.Unpublished:
		return false, "报送作品应为全平台未公开发表作品" + s.Cite(CiteUnpublished)
	case e.NeedsAILabel(s) && e.AILabelled != nil && !*e.AILabelled:
		return false, "利用AI生成的内容应明确标注" + s.Cite(CiteAILabel)
	}
	return true, ""
}

// Unfinished reports what an entry still lacks before the school is done
// with it, in words for reminders and the admin page: missing form fields, a
// missing confirmation, no video link, or a failed last check. A cancelled
// entry is never unfinished.
func (e *Entry) Unfinished(s *Season) []string {
	if e.Status == StatusCancelled {
		return nil
	}
	var out []string
	var labels []string
	for _, f := range e.Missing(s) {
		if f == FieldCopyright {
			continue
		}
		labels = append(labels, s.FieldLabel(f))
	}
	if len(labels) > 0 {
		out = append(out, "未填："+strings.Join(labels, "、"))
	}
	if !e.CopyrightConfirmed {
		out = append(out, "未确认著作权声明")
	} else if e.Status == StatusDraft && len(labels) == 0 {
		out = append(out, "报名表未确认提交")
	}
	switch {
	case e.VideoURL == "":
		out = append(out, "未提交视频链接")
	case e.CheckVerdict == VerdictFail:
		out = append(out, "视频检查未通过")
	}
	return out
}

// DisplayTitle is the title, or 未命名作品 when none was given yet.
func (e *Entry) DisplayTitle() string {
	if e.Title == "" {
		return "未命名作品"
	}
	return e.Title
}

// FileName is the video file name 附件1 第3条 requires: 推荐单位-序号-片名.mp4.
// It is "" until the entry has a unit, a 序号 and a title.
func (e *Entry) FileName() string {
	if e.Unit == "" || e.Seq <= 0 || e.Title == "" {
		return ""
	}
	return fmt.Sprintf("%s-%d-%s.mp4", e.Unit, e.Seq, e.Title)
}

// FormatDuration writes seconds as the forms do: "2分30秒", "45秒", "3分钟".
func FormatDuration(seconds int) string {
	if seconds <= 0 {
		return ""
	}
	m, s := seconds/60, seconds%60
	switch {
	case m == 0:
		return fmt.Sprintf("%d秒", s)
	case s == 0:
		return fmt.Sprintf("%d分钟", m)
	}
	return fmt.Sprintf("%d分%d秒", m, s)
}

// FormatPhone writes stored digits for people: mobiles as 138 0000 0000 are
// left plain; landlines get a dash after the area code (0371-12345678).
//
// An extension follows after 转: 0371-63351234转802.
func FormatPhone(digits string) string {
	if num, ext := PhoneMain(digits); ext != "" {
		return FormatPhone(num) + "转" + ext
	}
	if len(digits) >= 10 && strings.HasPrefix(digits, "0") {
		n := 4
		if strings.HasPrefix(digits, "010") || strings.HasPrefix(digits, "02") {
			n = 3
		}
		return digits[:n] + "-" + digits[n:]
	}
	return digits
}

// Bool returns a pointer to b, for the eligibility fields.
func Bool(b bool) *bool { return &b }
