package knowledge

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"contestbot"
	"contestbot/checks"
)

// shanghai is the contest's time zone. A fixed offset, so the package does
// not depend on the host's tzdata (China has no daylight saving time).
var shanghai = time.FixedZone("CST", 8*3600)

// Facts are one season's structured facts, read from the facts file. Every
// text is quoted from the notice; Deadline is the instant the bot enforces.
type Facts struct {
	Season string `yaml:"season"` // "第一季"
	Title  string `yaml:"title"`  // the contest's full name

	// Deadline is "2025年10月15日前" read as the end of that day in
	// Asia/Shanghai: 2025-10-15T23:59:59+08:00. A config deadline
	// overrides it (and DeadlineText with it).
	Deadline     time.Time `yaml:"-"`
	DeadlineRaw  string    `yaml:"deadline"`
	DeadlineText string    `yaml:"deadline_text"` // "2025年10月15日前"

	Audience   string   `yaml:"audience"`   // who the notice addresses
	Organisers []string `yaml:"organisers"` // who runs it, each with its role
	Office     string   `yaml:"office"`     // "省委教育工委组干处"
	Mailbox    string   `yaml:"mailbox"`    // "jytzgc2024@126.com"
	Room       string   `yaml:"room"`       // "省委教育工委组干处D725B房间"
	Phone      string   `yaml:"phone"`      // "0371—69691670"
	Contacts   []string `yaml:"contacts"`   // ["孟晗", "李博"]

	// Materials are what each school sends: 参评作品、报名表、汇总表、版权确认协议书.
	Materials   []string `yaml:"materials"`
	PaperCopies string   `yaml:"paper_copies"` // 报名表纸质版 "1式2份"

	Categories []string `yaml:"categories"` // 实景拍摄 … 其他
	Themes     []string `yaml:"themes"`     // the seven 选题 of 二
	Awards     []Award  `yaml:"awards"`
	Channels   []string `yaml:"channels"` // where results are published

	MaxDuration         string `yaml:"max_duration"`          // "原则上不超过3分钟"
	Naming              string `yaml:"naming"`                // "推荐单位-序号-片名"
	AgreementValidUntil string `yaml:"agreement_valid_until"` // "2026年1月1日"
	Funding             string `yaml:"funding"`
	// WorksSince is the first month works may have been made in, as
	// "2025-01" ("2025年以来", 三（三）); "" means the notice sets none.
	// WorksSinceText is the notice's words for it.
	WorksSince     string `yaml:"works_since"`
	WorksSinceText string `yaml:"works_since_text"`
	PremiereRights string `yaml:"premiere_rights"`

	// Video is the season's video rules, the same Spec the MP4 checks use.
	Video checks.Spec `yaml:"video"`
}

// Award is one prize and how many are given.
type Award struct {
	Name  string `yaml:"name"`  // "一等奖"
	Count string `yaml:"count"` // "5名", "若干"
}

// ContactLine is the contacts as one line of text, as every "ask the
// organisers" answer gives them.
func (f *Facts) ContactLine() string {
	return fmt.Sprintf("联系人%s，电话%s，邮箱%s", strings.Join(f.Contacts, "、"), f.Phone, f.Mailbox)
}

// seasonFile is the facts file as written: the facts, the synonym
// concepts and the curated intents.
type seasonFile struct {
	Facts    `yaml:",inline"`
	Concepts map[string][]string `yaml:"concepts"`
	// Senses restrict forms of concepts to the contexts in which they
	// mean the concept: concept → form → sense.
	Senses  map[string]map[string]senseSpec `yaml:"senses"`
	Intents []intentSpec                    `yaml:"intents"`
}

// senseSpec is a form's sense as the facts file writes it.
type senseSpec struct {
	// Needs: the form counts only when one of these words occurs in the
	// question (手机 for the contacts needs 号, 电话 …).
	Needs []string `yaml:"needs"`
	// NotAfter, NotBefore: the form does not count right after / before
	// one of these words (的, 有, 是 may stand between): 范围 after 码率.
	NotAfter  []string `yaml:"not_after"`
	NotBefore []string `yaml:"not_before"`
	// Weak: the form is too vague to make a part of the answer beside
	// another (能拍 beside 多久); it also scores half.
	Weak bool `yaml:"weak"`
}

// intentSpec is one curated question, as the facts file writes it.
type intentSpec struct {
	ID string `yaml:"id"`
	// Kind is "fact" (default), "not_in_notice", "off_topic", "feature"
	// (how to use this bot) or "clarify" (a question with numbered
	// options, which Options names).
	Kind string `yaml:"kind"`
	// Label is how a clarifying question lists this intent ("作品时长").
	Label string `yaml:"label"`
	// Options are the intents a clarify intent offers, by id.
	Options []string `yaml:"options"`
	// Group marks intents about the video's technical rules; they give way
	// to a concrete judgement when the user gave numbers.
	Group string `yaml:"group"`
	// Match lists alternatives; each is a list of concepts (or literal
	// words) that must all occur. The best-scoring alternative counts.
	Match [][]string `yaml:"match"`
	// Not lists concepts or words that veto the intent.
	Not []string `yaml:"not"`
	// Boost is added to the score, to prefer a specific intent over a
	// general one that matches the same words.
	Boost float64 `yaml:"boost"`
	// Statement marks intents whose topic, stated about one's own work
	// without a question word ("片子在官网挂过", "是去年拍的"), still asks
	// whether the work qualifies.
	Statement bool     `yaml:"statement"`
	Answer    string   `yaml:"answer"`
	Sources   []string `yaml:"sources"`
}

// parseSeason decodes and validates a facts file.
func parseSeason(data []byte) (*seasonFile, error) {
	var sf seasonFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&sf); err != nil {
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件格式错误：%v", err)
	}
	d, err := ParseDeadline(sf.DeadlineRaw)
	if err != nil {
		return nil, err
	}
	sf.Deadline = d
	switch {
	case sf.DeadlineText == "":
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件缺少 deadline_text")
	case sf.Mailbox == "" || sf.Phone == "" || len(sf.Contacts) == 0:
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件缺少联系人、电话或邮箱")
	case len(sf.Video.Containers) == 0 || len(sf.Video.Resolutions) == 0:
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件缺少 video 规则")
	case sf.WorksSince != "" && !validMonth(sf.WorksSince):
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件 works_since “%s” 应写作 2025-01", sf.WorksSince)
	case len(sf.Intents) == 0:
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件没有 intents")
	}
	return &sf, nil
}

// ParseDeadline reads a deadline as config and the facts file write it:
// RFC 3339 with an offset ("2025-10-15T23:59:59+08:00") or a date
// ("2025-10-15"), which means the end of that day in Asia/Shanghai, since
// the notice's "10月15日前" leaves the whole of the 15th to send.
func ParseDeadline(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, shanghai); err == nil {
		return t.Add(24*time.Hour - time.Second), nil
	}
	return time.Time{}, contestbot.Errorf(contestbot.EINVALID,
		"截止时间“%s”格式不对，应为 2025-10-15 或 2025-10-15T23:59:59+08:00", s)
}

// deadlineText writes a deadline as the notice does: "2025年10月15日前"
// for the end of a day, else with the time of day.
func deadlineText(t time.Time) string {
	t = t.In(shanghai)
	day := fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
	if t.Hour() == 23 && t.Minute() == 59 {
		return day + "前"
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		// Midnight opening a day is the end of the day before.
		p := t.Add(-time.Second)
		return fmt.Sprintf("%d年%d月%d日前", p.Year(), int(p.Month()), p.Day())
	}
	return fmt.Sprintf("%s%d:%02d前", day, t.Hour(), t.Minute())
}

// validMonth reports whether s is a month written "2025-01".
func validMonth(s string) bool {
	_, err := time.Parse("2006-01", s)
	return err == nil
}
