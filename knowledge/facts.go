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
// text is quoted from the notice. The Season part is what the rest of the
// program reads (Base.Season); the rest serves the answers.
type Facts struct {
	contestbot.Season `yaml:",inline"`

	// DeadlineRaw is the facts file's deadline, read into Season.Deadline:
	// a date means the end of that day in Asia/Shanghai. A config deadline
	// overrides it (and DeadlineText with it).
	DeadlineRaw string `yaml:"deadline"`

	Audience   string   `yaml:"audience"`   // who the notice addresses
	Organisers []string `yaml:"organisers"` // who runs it, each with its role

	// Materials are what each school sends.
	Materials []string `yaml:"materials"`

	Themes []string `yaml:"themes"` // the 选题
	// ThemeWords are everyday words for a theme (1-based, as the notice
	// numbers them) that share no words with its text: "驻村第一书记".
	ThemeWords map[int][]string `yaml:"theme_words"`
	Awards     []Award          `yaml:"awards"`
	Channels   []string         `yaml:"channels"` // where results are published

	// Signer is who signs the 汇总表, as the notice says it (三（二）).
	Signer string `yaml:"signer"`

	Naming         string `yaml:"naming"` // "推荐单位-序号-片名"
	Funding        string `yaml:"funding"`
	PremiereRights string `yaml:"premiere_rights"`

	// Video is the season's video rules, the same Spec the MP4 checks use;
	// its MaxDurationSeconds is the Season's too.
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
	// Covers names intents whose answer this one's says too (fc: the
	// category meaning lists the categories): beside it they are dropped.
	Covers []string `yaml:"covers"`
	// Facets are sentences of the answer about one side of its topic
	// (s8-c facets.go): said only when the question names that side, or,
	// for a default facet, when it names no side of the topic at all.
	Facets []facetSpec `yaml:"facets"`
	// Verdicts are the plain yes or no this answer gives to a yes/no
	// question of each kind (s8-c yesno.go): "can" (可以…吗), "must"
	// (必须…吗), "need" (要…吗): {can: 不可以}.
	Verdicts map[string]string `yaml:"verdicts"`
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
	// One source of truth for the running time: the video rules. The
	// checks cite the season's sections (Load verifies them).
	sf.MaxDurationSeconds = sf.Video.MaxDurationSeconds
	sf.Video.Cites = checks.Cites{
		Video:     sf.Citations[contestbot.CiteVideo],
		Duration:  sf.Citations[contestbot.CiteDuration],
		Forbidden: sf.Citations[contestbot.CiteForbidden],
	}
	if err := sf.Season.Validate(); err != nil {
		return nil, err
	}
	switch {
	case len(sf.Video.Containers) == 0 || len(sf.Video.Resolutions) == 0:
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件缺少 video 规则")
	case len(sf.Intents) == 0:
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件没有 intents")
	case sf.Privacy.Handler == "" && sf.Office == "":
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件缺少 privacy.handler（谁处理报名者的个人信息）")
	}
	if sf.Privacy.Handler == "" {
		sf.Privacy.Handler = sf.Office // the office that receives the forms
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

// deadlineText writes a deadline as the notice does ("…年…月…日前")
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
