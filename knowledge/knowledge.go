package knowledge

import (
	"context"
	_ "embed"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"contestbot"
	"contestbot/checks"
)

// The first season's notice and facts, used when config names no files.
var (
	//go:embed season1/notice.txt
	season1Notice []byte
	//go:embed season1/facts.yaml
	season1Facts []byte
	// The first season's labelled question bank, which the tests measure
	// and the chooser learns from.
	//go:embed testdata/questions.yaml
	season1Questions []byte
)

// Kind says what sort of answer an Answer is.
type Kind string

// Kinds of answer.
const (
	KindFact        Kind = "fact"          // a curated answer from the facts
	KindVideo       Kind = "video"         // a judgement of video parameters given in words
	KindSection     Kind = "section"       // an excerpt of the notice found by retrieval
	KindNotInNotice Kind = "not_in_notice" // about the contest, but the notice is silent
	KindFeature     Kind = "feature"       // how to do something with this bot: "发送“我的作品”"
	KindClarify     Kind = "clarify"       // a clarifying question with numbered Options
	KindOffTopic    Kind = "off_topic"     // not about the contest, or manipulative
	KindNone        Kind = "none"          // not a question at all: "张伟", "好的", "13800000000"
)

// Answer is the reply to one message. Text is plain Chinese for WeChat
// (empty for KindNone), each part ending with its source ("（见通知 六）").
// Sources are the section ids cited. Confidence is in [0, 1].
type Answer struct {
	Text       string
	Kind       Kind
	Sources    []string
	Confidence float64
	// Options are the numbered readings a clarifying question offers
	// (KindClarify); a reply with a number goes to AnswerOption.
	Options []Option
	// Stated are the video values the question stated, in words
	// ("mp4格式，1920×1080，码率8Mbps，时长2分50秒"), when Kind is KindVideo:
	// a caller keeps them for a follow-up (AnswerFollowUp). (s5-k3)
	Stated string
	// intents are the facts-file intents the answer's parts say, best
	// first ("_video" for a verdict on stated parameters): the label a
	// correct answer gives a question of the bank.
	intents []string
}

// LLMOptions configure the optional OpenAI-compatible model.
type LLMOptions struct {
	Enabled bool
	BaseURL string
	APIKey  string
	Model   string
	Timeout time.Duration // per answer; 0 means 3 s
}

// Options configure Load.
type Options struct {
	// NoticeFile and FactsFile name a season's files; "" means the
	// embedded first season.
	NoticeFile, FactsFile string
	// QuestionsFile names the season's labelled question bank (the layout
	// of knowledge/testdata/questions.yaml) the learned chooser learns
	// from; "" means the embedded first-season bank when FactsFile is ""
	// too, and the rules alone for another season's facts.
	QuestionsFile string
	// Deadline, when not zero, overrides the facts file's deadline
	// (config contest.deadline).
	Deadline time.Time
	// Now is the clock; nil means time.Now.
	Now        func() time.Time
	LLM        LLMOptions
	HTTPClient *http.Client // for the LLM client; nil means a default client
	Logger     *slog.Logger
}

// Base is a loaded season: its facts, sections, intents and index. It is
// safe for concurrent use.
type Base struct {
	facts    Facts
	sections []Section
	byID     map[string]int
	match    *matcher
	index    *index
	now      func() time.Time
	log      *slog.Logger
	llm      *llmClient
	fill     *strings.Replacer // placeholders that do not depend on the clock
	// notice is the deadline the notice states (the facts file's), which
	// answers quote even when config sets another (see deadline.go).
	notice noticeDeadline
	// chooser is the nearest-neighbour index over the season's labelled
	// questions (nil: the rules alone); policy says where it decides.
	chooser *chooser
	policy  chooserPolicy
}

// Load reads a season's notice and facts (or the embedded first season),
// checks that every intent cites sections the notice has, and builds the
// indexes.
func Load(opts Options) (*Base, error) {
	notice, facts := season1Notice, season1Facts
	var err error
	if opts.NoticeFile != "" {
		if notice, err = os.ReadFile(opts.NoticeFile); err != nil {
			return nil, fmt.Errorf("load notice: %w", err)
		}
	}
	if opts.FactsFile != "" {
		if facts, err = os.ReadFile(opts.FactsFile); err != nil {
			return nil, fmt.Errorf("load facts: %w", err)
		}
	}
	sf, err := parseSeason(facts)
	if err != nil {
		return nil, fmt.Errorf("load facts: %w", err)
	}
	b := &Base{facts: sf.Facts, now: opts.Now, log: opts.Logger, byID: map[string]int{}}
	if b.now == nil {
		b.now = time.Now
	}
	if b.log == nil {
		b.log = slog.Default()
	}
	b.notice = noticeDeadline{at: b.facts.Deadline, text: b.facts.DeadlineText}
	if !opts.Deadline.IsZero() {
		b.facts.Deadline = opts.Deadline
		b.facts.DeadlineText = deadlineText(opts.Deadline)
		if b.facts.DeadlineText != b.notice.text {
			b.facts.NoticeDeadlineText = b.notice.text
		}
	}
	b.sections = splitNotice(string(notice))
	if len(b.sections) == 0 {
		return nil, contestbot.Errorf(contestbot.EINVALID, "通知文件为空")
	}
	for i, s := range b.sections {
		b.byID[s.ID] = i
	}
	if b.match, err = newMatcher(sf.Concepts, sf.Senses, sf.Intents); err != nil {
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件有误：%v", err)
	}
	b.match.sounds.addText(string(notice)) // the notice's words guard homophone typos
	// fc: covers must name intents.
	if err := checkCovers(b.match); err != nil {
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件有误：%v", err)
	}
	if err := checkNamed(sf.Concepts, b.match); err != nil {
		return nil, contestbot.Errorf(contestbot.EINVALID, "赛事资料文件有误：%v", err)
	}
	for _, in := range b.match.intents {
		for _, s := range in.sources {
			if _, ok := b.byID[s]; !ok {
				return nil, contestbot.Errorf(contestbot.EINVALID,
					"赛事资料文件有误：问题 %s 引用的“%s”在通知中找不到", in.id, s)
			}
		}
	}
	for _, k := range contestbot.CitationKeys {
		if sec := sf.Citations[k]; !b.hasSection(sec) {
			return nil, contestbot.Errorf(contestbot.EINVALID,
				"赛事资料文件有误：citations 的 %s 引用的“%s”在通知中找不到", k, sec)
		}
	}
	b.index = newIndex(b.sections)
	bank := []byte(nil)
	switch {
	case opts.QuestionsFile != "":
		if bank, err = os.ReadFile(opts.QuestionsFile); err != nil {
			return nil, fmt.Errorf("load questions: %w", err)
		}
	case opts.FactsFile == "":
		bank = season1Questions
	}
	if bank != nil {
		if _, err := parseBank(bank, b.match); err != nil {
			return nil, contestbot.Errorf(contestbot.EINVALID, "%v", err)
		}
		b.chooser, b.policy = readBank(bank).chooser, defaultPolicy
	}
	f := &b.facts
	b.fill = strings.NewReplacer(
		"{title}", f.Title,
		"{season}", f.Name,
		"{deadline_text}", b.notice.text,
		"{deadline_note}", b.deadlineNote(),
		"{mailbox}", f.Mailbox,
		"{phone}", f.Phone,
		"{contacts}", strings.Join(f.Contacts, "、"),
		"{room}", f.Room,
		"{office}", f.Office,
		"{paper_copies}", f.PaperCopies,
		"{agreement_valid_until}", f.AgreementValidUntil,
		"{agreement_party}", f.AgreementParty, // s7-h: 附件3 prints 甲方's name and address
		"{agreement_party_address}", f.AgreementPartyAddress,
		"{contact_line}", f.ContactLine(),
		"{deadline_date}", deadlineDate(b.notice.at),
		"{themes}", themeList(f.Themes), // fc: the notice's own words
	)
	if opts.LLM.Enabled {
		b.llm = newLLMClient(opts.LLM, opts.HTTPClient, b.log)
	}
	return b, nil
}

// Intent ids the code names. Load fails when the facts file lacks one, so
// that renaming an intent cannot silently switch a rule off.
const (
	intentFilesize    = "filesize"
	intentYear        = "year"
	intentEligibility = "eligibility"
	intentBitrate     = "bitrate"
	intentDeadline    = "deadline"
	intentDeadlineDay = "deadline_day"
	intentDuration    = "duration"
	intentForbidden   = "forbidden" // 附件1 第4条, said in a verdict on words (s12-h)
	// intentWriteRequest is refused whatever else is asked, but never a
	// question about what a word means (s10-h).
	intentWriteRequest = "write_request"
)

// askRuleWords ask what a rule is ("时长有要求吗", "有什么规定").
var askRuleWords = []string{"要求", "规定", "限制", "标准", "规则", "多长", "最长"}

// reMonthDay is a day of a month: "10月14号", "10月14日".
var reMonthDay = regexp.MustCompile(`(\d{1,2})月(\d{1,2})[号日]`)

// namedIntents are the intent ids the code names (redirect leads too).
var namedIntents = []string{intentForbidden, intentFilesize, intentYear, intentEligibility, intentBitrate, intentDeadline, intentDeadlineDay, intentDuration,
	"jailbreak", intentWriteRequest, "political_opinion", "provocation", "other_event", "bot_identity",
	intentThemes, intentThemeFit, intentAudienceOther,
	intentCategoryMeaning, intentCategories, intentAI} // s5-k3

// namedConcepts are the concept names the code names.
func namedConcepts() []string {
	names := []string{"截止", "延期", "何时", "时间要求词", "要求词", "编码", "码率", "分辨率", "帧率", "标注"}
	for n := range genericConcepts {
		names = append(names, n)
	}
	for n := range documentConcepts {
		names = append(names, n)
	}
	for n := range attributeConcepts { // s6-k
		names = append(names, n)
	}
	sort.Strings(names)
	return slices.Compact(names)
}

// checkNamed reports the first intent id or concept name the code names
// that the facts file does not define.
func checkNamed(concepts map[string][]string, m *matcher) error {
	ids := map[string]bool{}
	for _, in := range m.intents {
		ids[in.id] = true
	}
	for _, id := range namedIntents {
		if !ids[id] {
			return fmt.Errorf("缺少程序要用的问题 %s", id)
		}
	}
	for _, c := range namedConcepts() {
		if _, ok := concepts[c]; !ok {
			return fmt.Errorf("缺少程序要用的概念 %s", c)
		}
	}
	return nil
}

// Facts returns the season's structured facts. Deadline and DeadlineText
// are the effective ones (a config override replaces the notice's).
func (b *Base) Facts() *Facts {
	f := b.facts
	return &f
}

// Season returns the season every other package reads: the facts file's
// season part, with the effective deadline (a config override replaces
// the notice's) and citations Load found in the notice.
func (b *Base) Season() *contestbot.Season {
	return b.facts.Season.Clone()
}

// Deadline is the instant submissions close: the config override, else the
// facts file's, which reads the notice's "…日前" as the end of that day in
// Asia/Shanghai (the whole of the last day counts).
func (b *Base) Deadline() time.Time { return b.facts.Deadline }

// hasSection reports whether the notice has a section with id.
func (b *Base) hasSection(id string) bool {
	_, ok := b.byID[id]
	return ok
}

// Spec returns the season's video rules for checks.Evaluate.
func (b *Base) Spec() checks.Spec { return b.facts.Video }

// Sections returns the notice's citable sections, in order.
func (b *Base) Sections() []Section { return append([]Section(nil), b.sections...) }

// Section returns the text of a section by id ("三（一）").
func (b *Base) Section(id string) (Section, bool) {
	i, ok := b.byID[id]
	if !ok {
		return Section{}, false
	}
	return b.sections[i], true
}

// Welcome is the text for a new follower or "帮助": what the bot does and
// a few questions to try.
func (b *Base) Welcome() string {
	return "你好！我是" + b.facts.Title + "报送助手，可以：\n" +
		"1. 解答通知里的问题：截止时间、报送材料和地址、作品分类、视频要求等；\n" +
		"2. 发送“我要报名”，一步步填写报名表；\n" +
		"3. 发来视频链接或参数（如“1080P 码率8M”），检查是否符合要求。\n" +
		"可以这样问：\n截止时间是哪天？\n要交哪些材料？\n4K 60M 竖屏 2分50秒行不行？\n作品分几类？"
}

// Answer replies to one message from the notice. The offline path takes
// well under 5 ms; with the LLM enabled, a grounded rephrasing may replace
// the offline text if it arrives within the budget left in ctx and states
// no number, date, e-mail or room the facts do not hold.
func (b *Base) Answer(ctx context.Context, question string) Answer {
	question = spokenMarks(question)   // s6-c introduce.go: voice input's 逗号, 句号, 问号
	question = dropDenied(question)    // s7-h: "我问的不是报几个"
	question = dropOnlyYesNo(question) // s8-c yesno.go: "…吗？只回答是或否" asks the question before it
	a := b.decide(question, b.offline(question))
	if b.llm != nil && (a.Kind == KindFact || a.Kind == KindSection) {
		a = b.refine(ctx, question, a)
	}
	if a.Kind == KindVideo {
		a.Stated = b.stated(question) // followup.go (s5-k3)
	}
	lead := "" // s8-c yesno.go: a yes/no question gets the plain verdict first
	if nq := normalize(stripIntro(question)); len(splitQuestions(question)) < 2 && yesNoQuestion(nq) {
		lead = b.verdictLead(nq, a)
	}
	if a.Kind != KindNone && a.Kind != KindOffTopic && a.Kind != KindFeature {
		if c := b.correction(question); c != "" {
			lead = "" // s6-n premise.go: a stated value the notice contradicts is corrected first
			a.Text = c + "\n" + a.Text
		}
	}
	if lead != "" {
		a.Text = lead + a.Text
	}
	a.Text = onceEach(a.Text) // s8-k oneanswer.go: each thing said once; no firm verdict after "not settled"
	return a
}

// reDenied is a topic the user says they did not ask ("我问的不是报几个",
// "不是问部门"): a correction after a wrong answer, round 16 (rp74).
var reDenied = regexp.MustCompile(`(?:我问的不是|问的不是|我不是问|不是问|我说的不是|说的不是)[^,.;:!?~\s，。；：！？、]{1,10}`)

// dropDenied removes from q the topics it says it did not
// ask, unless nothing would be left.
func dropDenied(q string) string {
	out := strings.TrimSpace(reDenied.ReplaceAllString(q, " "))
	if out == "" {
		return q
	}
	return out
}

// maxAnswerBytes keeps a combined answer within one WeChat message.
const maxAnswerBytes = 1900

// answerOne is the answer path for one question (or a message read as
// one), without the LLM.
// The parts of a combined answer, each ending with its citation, are
// returned too (nil when the answer is one piece).
func (b *Base) answerOne(question string) (Answer, []string) {
	nq := normalize(question)
	q := strings.Trim(nq, " .,;:!?~…")
	if q == "" || isAck(q) {
		return Answer{Kind: KindNone}, nil
	}
	occ := b.match.occurrences(q)
	if b.namesOtherContest(q) {
		return b.otherEventAnswer(q), nil // s8-o sameevent.go: "是一个吗" gets a plain no
	}
	if a, ok := b.severalDurations(q); ok { // s9-g severalworks.go: "一个两分半一个五分钟 中不中" judges each
		return a, nil
	}
	if m := b.maskOtherEvent(q); m != q { // s6-k
		q = m
		occ = b.match.occurrences(q)
	}
	// Manipulation and requests to write are refused whatever else the
	// message says.
	for i := range b.match.intents {
		in := &b.match.intents[i]
		if in.id == intentWriteRequest && reMeaningAsk.MatchString(q) {
			continue // s10-h (rp126): "“视频切片”具体指什么？…剪出来一段" asks what a word means
		}
		if in.group == "override" {
			// s11-g (rp137): a refusal is read from the words as typed,
			// never from a sound-alike: "我写短点行不" (短 duǎn) about a
			// 摘要's length is no "写段" (write a passage) request.
			if s, _ := b.match.score(in, occ, nil); s > 0 {
				if s, _ := b.match.score(in, b.match.occurrencesAsWritten(q), nil); s > 0 {
					return b.redirect(in.id), nil
				}
			}
		}
	}
	// A trailing "?" is trimmed for matching but still makes a question
	// ("mp4 only?").
	question_ := isQuestion(q) || strings.Contains(nq, "?")
	runes := utf8.RuneCountInString(q)
	// Form answers: long text (a synopsis), a title in 《》, a category
	// name, "剪辑：赵六".
	if !question_ && (runes > 40 || isQuoted(question) || b.isCategory(q) || strings.Contains(q, ":") ||
		hasPrefixAny(q, formCommands)) {
		return Answer{Kind: KindNone}, nil
	}

	words := parseVideoWords(q, b.facts.Video)
	judge := words.concrete && !words.tierOnly
	if (containsAny(q, mustWords) || reMustBe.MatchString(q)) && words.f.VideoBitrateBps == 0 && words.f.DurationSeconds == 0 ||
		containsAny(q, strictWords) && words.f.VideoBitrateBps == 0 ||
		reOverIf.MatchString(q) && words.f.VideoBitrateBps == 0 && !b.asksOverLimit(q, float64(words.f.DurationSeconds)) { // s6-c introduce.go: "超过三分钟的话还能报吗" asks the rule; with the user's own duration within the limit it is judged and the rule said beside it (s6-k)
		// "必须4K吗", "一定要mp4吗", "3分钟是硬性的吗" ask what the rule
		// is, not whether a value passes.
		judge, words.tierOnly = false, false
	}
	if f := words.f; judge && f.Container == "mp4" && f.Width == 0 && f.VideoBitrateBps == 0 && f.DurationSeconds == 0 &&
		f.VideoCodec == "" && words.durHi == 0 && words.rateHi == 0 &&
		(b.match.has(occ, "编码") || b.match.has(occ, "码率") || b.match.has(occ, "分辨率") || b.match.has(occ, "帧率")) {
		// "mp4用什么编码好": mp4 names the file, the question is another rule.
		judge = false
	}
	if judge && b.helpWithFormat(words, occ) { // fc: "俺不会弄那个mp4 咋整" asks for help
		judge = false
	}
	if judge && b.match.has(occ, "栏写") { // s8-c: "时长那栏写2分钟还是写120秒" asks how to fill a field, no verdict
		judge = false
	}
	if !question_ && words.concrete && valueOnly(q) && words.f.VideoBitrateBps == 0 &&
		!(words.f.Width > 0 && words.f.DurationSeconds > 0) {
		// "2分30秒", "3分钟" or "mp4" typed alone is a form field.
		return Answer{Kind: KindNone}, nil
	}
	skip := func(in *intent) bool {
		return in.group == "override" || (judge && isVideoGroup(in.group))
	}
	hits := b.severalForms(occ, b.match.match(occ, 3, skip), skip)
	// Off-topic intents count only when nothing about the contest matched.
	var topical []hit
	for _, h := range hits {
		if h.in.kind != KindOffTopic {
			topical = append(topical, h)
		}
	}
	if f := words.f; judge && f.DurationSeconds > 0 && f.Width == 0 && f.VideoBitrateBps == 0 && f.Container == "" &&
		f.VideoCodec == "" && words.rateHi == 0 && !containsAny(q, durationWords) {
		// "在公众号发过一个30秒的预告，算公开发表吗": a duration alone,
		// named by no duration word, beside a question on another topic
		// describes what that question is about; it asks for no verdict.
		for _, h := range topical {
			if h.strong && !isVideoGroup(h.in.group) {
				judge = false
				break
			}
		}
	}
	if judge && b.valuesAreContext(q, topical) { // s5-g5: settings told before a question on another topic
		judge = false
		occ, hits, topical = b.askedOnly(q, firstAskingClause(q), skip)
	}
	if !judge && len(topical) > 0 && (question_ || isStatement(q, topical)) {
		// Two readings of the same words: ask which one is meant.
		// Beside a clear second question ("截止时间和作品时间有要求吗") the
		// clear one is answered instead.
		if in := topical[0].in; in.kind == KindClarify && (len(topical) == 1 || !joinsTwo(q)) {
			return b.clarifyIntent(in), nil
		}
		if a, ok := b.tie(occ, skip); ok {
			return a, nil
		}
	}
	// "10月14号晚上交还来得及吗": a day before the deadline's own day is
	// answered with the deadline, not with the question of the last day.
	if len(topical) > 0 && topical[0].in.id == intentDeadlineDay {
		if m := reMonthDay.FindStringSubmatch(q); m != nil {
			month, _ := strconv.Atoi(m[1])
			day, _ := strconv.Atoi(m[2])
			dl := b.notice.at.In(shanghai).Add(-time.Second)
			if month == int(dl.Month()) && day < dl.Day() && day > 0 {
				if h := b.withIntent(nil, intentDeadline); len(h) > 0 {
					topical[0] = h[0]
				}
			}
		}
	}
	// A clarify intent beside a clearer question is no part of the answer.
	topical = slices.DeleteFunc(topical, func(h hit) bool { return h.in.kind == KindClarify })
	if !question_ && !judge && isStatement(q, topical) {
		// "片子在学校官网挂过一段时间": a circumstance of one's own work
		// that a rule judges asks whether the work qualifies.
		question_ = true
	}
	if !question_ && !judge {
		switch {
		case len(topical) > 0 && coverage(q, append(topical, b.requestWords(occ, topical))) >= minCoverageStatement:
		case len(topical) == 0 && len(hits) > 0 && coverage(q, hits) >= minCoverageStatement:
		default:
			return Answer{Kind: KindNone}, nil
		}
	}
	if words.tierOnly && !judge {
		// "1080P的可以吗": judged, unless another video rule is asked
		// about ("1080P码率多少" is about the bitrate rule).
		// Nor when the question is about something else the tier only
		// qualifies ("如果没有4K设备怎么办").
		other := false
		for _, h := range topical {
			other = other || h.in.group == "video" || !isVideoGroup(h.in.group) && h.strong
		}
		if !other {
			judge = true
			var keep []hit
			for _, h := range topical {
				if !isVideoGroup(h.in.group) {
					keep = append(keep, h)
				}
			}
			topical = keep
		}
	}
	// A part beside another needs a topic word that is no weak form; the
	// verdict on stated parameters is a first part ("能拍4K吗" is not also
	// the themes through 能拍).
	topical = onlyStrong(topical, judge)
	topical = tierBesideBitrate(q, topical)
	if words.sizeBytes > 0 && !judge {
		// "视频有500MB能发吗": only a file size, which the notice does not
		// limit.
		topical = b.withIntent(topical, intentFilesize)
	}
	// "今年3月拍的片子能报吗": when the work was made, judged against
	// the season's works-since period.
	dateVerdict, dateIn := "", false
	// A date with a work noun but asking when ("今年的作品什么时候交")
	// is about the deadline.
	if question_ && !b.match.has(occ, "截止") && !b.match.has(occ, "延期") &&
		(!b.match.has(occ, "何时") || containsAny(q, madeWords)) {
		if d, ok := parseWorkDate(q, b.now()); ok {
			if dateVerdict = b.workDateVerdict(d); dateVerdict != "" {
				dateIn = b.workDateIn(d)
				// The verdict and the year rule say what "who may
				// send" would only repeat.
				var keep []hit
				for _, h := range topical {
					if h.in.id != intentEligibility {
						keep = append(keep, h)
					}
				}
				if unaskedDate(q, d, b, keep, judge) {
					// Nor is the rule it would be judged by asked.
					dateVerdict, topical = "", slices.DeleteFunc(keep, func(h hit) bool { return h.in.id == intentYear })
				} else {
					topical = b.withIntent(keep, intentYear)
				}
			}
		}
	}
	if len(topical) == 0 && !judge {
		if len(hits) > 0 {
			return b.redirect(hits[0].in.id), nil
		}
		return b.fallback(q, occ, question_), nil
	}
	topical = b.lateEntry(q, occ, topical) // fc: "过了15号还能交吗"
	topical = b.dropDuplicates(topical)
	topical = b.timeOfTopic(q, occ, topical)
	topical = b.sameTopic(topical)
	topical = b.dropMentioned(topical)
	topical = b.onDocument(occ, topical)
	topical = b.askedParts(q, topical, judge) // fc: words that only describe ask nothing
	topical = dropExampleOnly(q, topical)     // s9-c exampleclause.go: a quoted example asks nothing
	if judge {
		topical = madeWithContext(q, topical) // fc: "苹果手机拍的mov格式": how it was shot is context to the verdict
	}
	topical, _, dateVerdict = b.verdictOverDate(topical, nil, dateVerdict, dateIn) // s9-c oneverdict.go: a rule that rules the work out, not "the time fits"
	// Precision before recall: a question that joins no two things
	// ("得奖的作品会展播吗", "文件用啥格式导出") asks one thing, so it gets
	// the best part alone, however many topics its words touch.
	if len(topical) > 1 {
		// Context before the question ("我们是高职，能报几个", "不好意思再
		// 打扰一下，…") neither joins nor asks: the asking clause does.
		from := b.askingClause(question, q)
		var asked []hit
		for _, h := range topical {
			if firstStart(h) >= from || lastEnd(h) > from {
				asked = append(asked, h)
			}
		}
		if len(asked) == 0 {
			asked = topical
		}
		if reasons := b.reasonsAgainst(topical, dateVerdict, dateIn); len(reasons) > 1 {
			// s10-h (rp126): "去年（2024年）11月做过…已经在学习强国…播过了，
			// 这个还能报吗": each circumstance that rules the work out is a
			// reason the answer gives.
			topical = reasons
		} else if !joinsTwo(outsideSpans(q, from, topical)) && !namedSideBySide(topical) {
			topical = []hit{headOf(q, asked)}
		} else if from > 0 {
			// fc: two things asked after context ("我们准备报送两部作品，想确认一下：是不是每部作品各填一张报名表，汇总表只要一张"): the context's topic is no part
			topical = asked
		}
	}
	// The answer's kind is the best match's, whatever order the parts
	// are said in ("初审什么时候出结果" is about the result's date).
	var best *intent
	if len(topical) > 0 {
		best = topical[0].in
	}
	sort.SliceStable(topical, func(i, j int) bool { return firstStart(topical[i]) < firstStart(topical[j]) })
	topical, best = b.mixedCategory(q, topical, best) // s5-k3
	topical, best = b.aiAsOperand(q, topical, best)   // s9-c categoryonly.go: AI named as a category is no topic
	topical, best = dropCovered(topical, best)        // s5-k3
	if dateVerdict != "" {                            // fc: a judged date is never dropped for another rule the same words touch
		topical, best = b.withDateRule(topical, best, dateIn, judge)
	}

	// The detail asked for (a time, a count, criteria …) that the best
	// curated answer does not give: the notice only partly answers, so
	// the answer says so. Parts that took the detail's own words go, as
	// the detail belongs to the best match's topic ("初审什么时候结束" is
	// not about the deadline).
	partial := detailNone
	if ask, at := askedDetail(q); ask != detailNone && best != nil && !judge && dateVerdict == "" &&
		best.kind == KindFact && !heldByAny(ask, topical) &&
		// The standard of a video rule is the rule itself ("时长和码率有什么标准").
		!(ask == detailCriteria && isVideoGroup(best.group)) {
		partial = ask
		var keep []hit
		for _, h := range topical {
			if h.in == best || !overlapsAny(at, h.spans) {
				keep = append(keep, h)
			}
		}
		topical = keep
	}

	var parts []string
	var sources []string
	kind := KindFact
	conf := 0.9
	if judge {
		forbiddenRule := ""
		if in := b.match.intent(intentForbidden); in != nil && len(words.forbidden) > 0 {
			forbiddenRule = stripCite(b.render(in.answerFor(q)))
			topical = slices.DeleteFunc(topical, func(h hit) bool { return h.in == in }) // said in the verdict
		}
		text, src := judgeWords(words, b.facts.Video, b.facts.MaxDuration, strings.Join(b.facts.Contacts, "、")+"（电话"+b.facts.Phone+"）", forbiddenRule)
		parts = append(parts, text+cite(src))
		sources = appendNew(sources, src...)
		kind = KindVideo
		if words.f.DurationSeconds > 0 && (containsAny(reLabelledValue.ReplaceAllString(q, ""), durationNameWords) && containsAny(q, askRuleWords) ||
			b.asksOverLimit(q, words.f.DurationSeconds)) {
			// "视频时长有要求吗，我们的片子2分48秒": the rule is asked
			// too, and it is 原则上, which the verdict does not quote.
			if in := b.match.intent(intentDuration); in != nil && !slices.ContainsFunc(topical, func(h hit) bool { return h.in == in }) {
				parts = append(parts, b.render(in.answerFor(q))+cite(in.sourcesFor(q))) // s8-c facets.go, s9-k: a facet's sources only when said
				sources = appendNew(sources, in.sourcesFor(q)...)
			}
		}
	}
	for _, h := range topical {
		if h.in == best && !judge {
			kind = h.in.kind
			if kind == KindNotInNotice {
				conf = 0.8
			}
		}
		text := b.render(h.in.answerFor(q)) // s8-c facets.go: no side of the topic left unasked
		if !containsAny(q, permissionWords) {
			// "AI配音的要标注吗", "算哪一类": a curated 可以/不可以 answers
			// whether something may be done, which this question does
			// not ask.
			text = reVerdictLead.ReplaceAllString(text, "")
		}
		if h.in.id == intentThemes || h.in.id == intentThemeFit {
			text = b.themeAnswer(q, text)
			if h.in == best && !judge && strings.Contains(text, "通知没有说明") {
				kind, conf = KindNotInNotice, 0.8 // s6-k: a theme the notice does not settle
			}
		}
		if h.in.id == intentYear {
			text = dateVerdict + text
		}
		if h.in.id == "categories" || h.in.id == "category_meaning" { // fc: "动漫算哪一类"
			text = b.categoryLead(q) + text
		}
		src := h.in.sourcesFor(q)        // s9-k facets.go: an unsaid facet's clause is not cited
		if !judge && len(topical) == 1 { // fc: one form asked, no sentence on another
			kept := b.onTheDocument(occ, text)
			src, text = citedKept(text, kept, src), kept // s8-k citekept.go: no 附件3 for the paper 报名表
		}
		if h.in == best && partial != detailNone {
			text = b.partly(partial, text)
			if !judge {
				kind, conf = KindNotInNotice, 0.8
			}
		}
		part := text + cite(src)
		if len(parts) > 0 { // dedupe.go (s5-k3): a clause an earlier part said is not said again
			if part = dropSaidClauses(part, answerShingles(strings.Join(parts, "\n"))); part == "" {
				continue
			}
		}
		parts = append(parts, part)
		sources = appendNew(sources, src...)
	}
	text := strings.Join(parts, "\n")
	for len(text) > maxAnswerBytes && len(parts) > 1 {
		parts = parts[:len(parts)-1]
		text = strings.Join(parts, "\n")
	}
	var ids []string
	if judge {
		ids = append(ids, labelVideo)
	}
	if best != nil && !judge {
		ids = append(ids, best.id)
	}
	for _, h := range topical {
		if !slices.Contains(ids, h.in.id) {
			ids = append(ids, h.in.id)
		}
	}
	return Answer{Text: text, Kind: kind, Sources: sources, Confidence: conf, intents: ids}, parts
}

// joinWords join two things in one question: "截止时间和邮箱", "报名表、汇总表",
// "原件交到哪还有几份".
var joinWords = []string{"和", "与", "及", "跟", "、", ",", "还有", "或", "另外", "同时", "并且", "而且", "以及", "分别", "+", "&", "/", " and "}

// askingClause returns where, in q (the normalised raw), the question of
// raw starts: after clauses, split at commas, that ask nothing about the
// contest. A 、 is no
// clause break ("时长、格式、命名有什么要求" is one enumeration).
func (b *Base) askingClause(raw, q string) int {
	clauses := strings.FieldsFunc(raw, func(r rune) bool { return r == '，' || r == ',' })
	if len(clauses) < 2 {
		return 0
	}
	if b.bareTopic(normalize(clauses[0])) {
		// s10-g (rp127 q68): "截止时间，邮箱，还有联系电话都发我一下" lists
		// what it asks; a clause that is only a topic's name is an item
		// of the list, not context.
		return 0
	}
	for _, c := range clauses[:len(clauses)-1] {
		if n := normalize(c); isQuestion(n) && !courtesy(n) && b.aboutContest(n, b.match.occurrences(n)) {
			// The first clause that asks: what comes before it is context
			// ("我们准备报送两部作品，想确认一下：是不是每部作品各填一张…").
			if i := strings.Index(q, strings.Trim(n, " .,;:!?~…")); i > 0 {
				return i
			}
			return 0
		}
	}
	last := strings.Trim(normalize(clauses[len(clauses)-1]), " .,;:!?~…")
	if i := strings.LastIndex(q, last); i >= 0 && last != "" {
		return i
	}
	return 0
}

// bareTopic reports whether the normalised clause c is only the name of a
// topic ("截止时间", "邮箱"): a short clause whose every character a
// topic word of the facts matched.
func (b *Base) bareTopic(c string) bool {
	c = strings.Trim(c, " .,;:!?~…")
	if n := utf8.RuneCountInString(c); n == 0 || n > 8 {
		return false
	}
	hits := b.match.match(b.match.occurrences(c), 1, nil)
	return len(hits) > 0 && hits[0].strong && hits[0].in.kind != KindOffTopic && coverage(c, hits) == 1
}

func lastEnd(h hit) int {
	e := 0
	for _, s := range h.spans {
		e = max(e, s.end)
	}
	return e
}

// joinsTwo reports whether q (one question) joins two things.
func joinsTwo(q string) bool { return containsAny(q, joinWords) }

// outsideSpans is q from from on with the words the hits matched blanked
// out: a join word inside a matched phrase ("写学校还是个人", "和谁签") is
// part of one question, not a second one.
func outsideSpans(q string, from int, hits []hit) string {
	b := []byte(q)
	for _, h := range hits {
		for _, s := range h.spans {
			for i := max(s.start, 0); i < s.end && i < len(b); i++ {
				b[i] = ' '
			}
		}
	}
	return string(b[from:])
}

// namedSideBySide reports whether two video rules are named one right
// after the other with nothing between, as a list without a conjunction
// ("分辨率码率有啥要求", "时长格式有规定吗"): both are asked. Other nouns
// side by side usually qualify one another ("学生个人", "AI动画"), so only
// the video rules, which people list, count; and only strong topic words.
func namedSideBySide(hits []hit) bool {
	for i, h := range hits {
		if !h.strong || !isVideoGroup(h.in.group) {
			continue
		}
		for j, g := range hits {
			if i == j || !g.strong || g.in == h.in || !isVideoGroup(g.in.group) {
				continue
			}
			for _, s := range h.spans {
				for _, t := range g.spans {
					if s.end == t.start && !s.weak && !t.weak {
						return true
					}
				}
			}
		}
	}
	return false
}

// headOf is the part a one-thing question asks about: the best, unless
// its words qualify what comes after the last 的 and a part that scores at
// least half as well is named there alone ("得奖的作品会展播吗" asks about
// 展播, "盖章的协议原件交到哪" about the original, "文件名中的序号是什么意思"
// about the 序号).
func headOf(q string, hits []hit) hit {
	best := hits[0]
	d := strings.LastIndex(q, "的")
	if d < 0 {
		return best
	}
	before := false
	for _, s := range best.spans {
		before = before || s.end <= d
	}
	if !before {
		return best
	}
	for _, h := range hits[1:] {
		if h.score >= best.score/2 && firstStart(h) > d {
			return h
		}
	}
	return best
}

// reTier is a resolution named by its tier alone: 1080p, 1080, 4k.
var reTier = regexp.MustCompile(`^(\d{3,4}[pi]?|[248]k)$`)

// tierBesideBitrate drops the resolution part when the bitrate rule is
// asked too and the resolution was named only by its tier: in "1080p码率
// 上限是多少" the tier says which bitrate range is meant.
func tierBesideBitrate(q string, hits []hit) []hit {
	bitrate := false
	for _, h := range hits {
		bitrate = bitrate || h.in.id == intentBitrate
	}
	if !bitrate {
		return hits
	}
	var keep []hit
	for _, h := range hits {
		if h.in.group == "resolution" {
			tierOnly := len(h.spans) > 0
			for _, s := range h.spans {
				tierOnly = tierOnly && reTier.MatchString(q[s.start:s.end])
			}
			if tierOnly {
				continue
			}
		}
		keep = append(keep, h)
	}
	return keep
}

// requestWords is a pseudo-hit holding the request words of q (要求, 标准,
// 范围 …), its weak topic words (材料, 能拍 …) and every occurrence of the
// hits' concepts: beside a topic word they make a question ("4K的码率范围",
// "交纸质材料的地方", "评奖流程和时间").
func (b *Base) requestWords(occ map[int][]span, hits []hit) hit {
	var h hit
	for _, t := range hits {
		for _, c := range t.concepts {
			h.spans = append(h.spans, occ[c]...)
		}
	}
	for _, name := range []string{"时间要求词", "要求词"} {
		if c, ok := b.match.byName[name]; ok {
			h.spans = append(h.spans, occ[c]...)
		}
	}
	for _, spans := range occ {
		for _, s := range spans {
			if s.weak {
				h.spans = append(h.spans, s)
			}
		}
	}
	return h
}

// withIntent puts the intent with id first among hits, when the season
// has it and it is not there yet.
func (b *Base) withIntent(hits []hit, id string) []hit {
	for _, h := range hits {
		if h.in.id == id {
			return hits
		}
	}
	for i := range b.match.intents {
		if in := &b.match.intents[i]; in.id == id {
			return append([]hit{{in: in, score: 100}}, hits...)
		}
	}
	return hits
}

// dropDuplicates keeps, of hits in score order, those whose answers are
// not near duplicates of a better one's.
func (b *Base) dropDuplicates(hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	var keep []hit
	var kept []map[string]bool
	for _, h := range hits {
		sh := answerShingles(b.render(h.in.answer))
		if len(keep) > 0 && isNearDuplicate(sh, kept) {
			continue
		}
		keep = append(keep, h)
		kept = append(kept, sh)
	}
	return keep
}

// reVerdictLead is a curated answer's leading yes or no ("可以。",
// "不可以。", "可以合作。").
var reVerdictLead = regexp.MustCompile(`^不?可以[\p{Han}]{0,2}。`)

// permissionWords ask whether something may be done or counts, which a
// leading 可以/不可以 answers.
var permissionWords = []string{"能", "可以", "可否", "行", "中不中", "中吗", "允许", "让不让", "成不", "成吗", "好使", "管用",
	"没问题", "没关系", "没事", "要紧", "ok", "准", "得了", "得行", "禁止", "限制", "可行", "算数", "有效", "合格", "符合",
	"报吗", "参加吗", "参赛吗", "收吗", "接受", "认可", "承认", "报不", "参加不", "算吗", "算不"}

// durationWords name the duration as such, not only by its unit: beside
// them a stated duration is asked about ("片长30秒，发过预告算公开吗").
var durationWords = []string{"时长", "多长", "片长", "长度", "多久", "超过", "不超", "超了", "超出", "最长", "太长", "够不够", "合格", "符合", "达标"}

// durationNameWords name the duration rule itself: beside a request word
// they ask for the rule, which "符合要求吗" alone does not (rp24).
var durationNameWords = []string{"时长", "多长", "片长", "长度", "多久", "最长", "太长", "太短"}

// asksOverLimit reports whether q, stating a duration within the limit,
// also asks about works over it ("两分四十八秒多一点超过三分钟的话还能报吗"):
// the rule is said beside the verdict. (s6-k)
func (b *Base) asksOverLimit(q string, secs float64) bool {
	limit := b.facts.Video.MaxDurationSeconds
	if limit <= 0 || int(secs) >= limit || limit%60 != 0 {
		return false
	}
	n := strconv.Itoa(limit / 60)
	return containsAny(arabicDurations(q), []string{"超过" + n + "分钟", "超过" + n + "分", "超出" + n + "分钟", "超" + n + "分钟", "多于" + n + "分钟"})
}

// reLabelledValue is a duration word that only labels the value after it
// ("时长2分40秒"), which asks nothing about the rule.
var reLabelledValue = regexp.MustCompile(`(?:时长|片长|长度)(?:是|为|:|约|大概|有)?\s*[0-9一二三四五六七八九十两半]`)

// mustWords ask whether something is required rather than whether a
// given value passes.
var mustWords = []string{"必须", "一定要", "只能", "非得", "只接受", "只收", "强制", "only", "must"}

// reMustBe is the dialect's "must it be X" (s12-n, rp160 q40: "视频得是mp4不"):
// 得是 asked with 不/吗/么 asks the rule. "我觉得是mp4吧" (觉得是) states a value.
var reMustBe = regexp.MustCompile(`(?:^|[^觉记晓懂])得是[^，。,；;？?\s]{1,12}?(?:不|吗|嘛|么|没)(?:$|[，。,；;？?\s])`)

// strictWords ask how strictly a rule holds ("3分钟是硬性的吗"): the
// rule's own words (原则上) answer, not a verdict on the number.
var strictWords = []string{"硬性", "严格", "死规定", "硬要求", "卡得", "卡那么", "卡死", "强制", "绝对", "一刀切", "铁定", "strict"}

// isVideoGroup reports whether an intent is about a video rule that a
// judgement of concrete numbers replaces.
func isVideoGroup(g string) bool { return g == "video" || g == "resolution" }

// fallback answers what no intent matched: from a retrieved section when
// one covers the question, else honestly.
func (b *Base) fallback(q string, occ map[int][]span, question bool) Answer {
	res := b.index.search(q, 3)
	if len(res) > 0 && res[0].coverage >= minCoverage && len(res[0].matched) >= 2 {
		s := b.sections[res[0].i]
		// A row of a blank form (附件2, 附件4) is no answer.
		if ex := excerpt(s.Text, res[0].matched, 200); utf8.RuneCountInString(ex) >= minExcerpt {
			text := "通知中的相关规定：" + ex + cite([]string{s.ID})
			return Answer{Text: text, Kind: KindSection, Sources: []string{s.ID},
				Confidence: min(0.85, res[0].coverage)}
		}
	}
	if b.aboutContest(q, occ) {
		if !isQuestion(reAskLater.ReplaceAllString(q, "")) && (question || introducesOnly(q)) {
			// s6-c: "您好，我是…的支部书记，负责这个大赛的报送，想先跟您请教几个问题",
			// "是我们几个老师一起商量定下来的": a greeting or background, whose
			// only question cue asks nothing, gets no answer; the dialog takes it.
			return Answer{Kind: KindNone}
		}
		return b.notInNotice()
	}
	if question || utf8.RuneCountInString(q) > 8 {
		return b.redirect("")
	}
	return Answer{Kind: KindNone}
}

// minCoverageStatement is the share of a message without any question
// word that intent words must cover for it to be taken as a question
// ("截止时间" is; "AI赋能新时代", a title typed mid-form, is not).
const minCoverageStatement = 0.3

// minExcerpt is the fewest runes a quoted excerpt must have, once blank
// form rows are left out, to be worth sending.
const minExcerpt = 16

// reMeaningAsk asks what a word means (normalised: 啥 is 什么). A question
// about a word is never a request to write. (s10-h, rp126)
var reMeaningAsk = regexp.MustCompile(`什么意思|具体包括|包括哪些情形|包括哪些情况|指哪些|具体指什么|指的是什么|是指什么|什么含义|含义是什么|怎么理解|怎么定义|什么叫|是个什么|是什么东西`)

// minCoverage is the share of a question's terms a section must hold to be
// quoted as the answer (measured on testdata/questions.yaml).
const minCoverage = 0.5

// notInNotice is the honest answer to a contest question the notice
// does not answer.
func (b *Base) notInNotice() Answer {
	f := &b.facts
	text := fmt.Sprintf("通知中没有说明这一点。请联系%s，电话%s，邮箱%s。", strings.Join(f.Contacts, "、"), f.Phone, f.Mailbox) +
		cite([]string{f.Citations[contestbot.CiteContacts]})
	return Answer{Text: text, Kind: KindNotInNotice, Sources: []string{f.Citations[contestbot.CiteContacts]}, Confidence: 0.6}
}

// redirect is the polite reply to an off-topic or manipulative message.
func (b *Base) redirect(id string) Answer {
	if in := b.intentByID(id); in != nil && in.answer != "" {
		// The facts file words it ("这一季是{season}"). A question about
		// this contest the notice leaves open keeps its kind (a later
		// season, s7-h).
		if in.kind == KindNotInNotice {
			return Answer{Text: b.render(in.answer) + cite(in.sources), Kind: in.kind, Sources: in.sources, Confidence: 0.7}
		}
		return Answer{Text: b.render(in.answer), Kind: KindOffTopic, Confidence: 0.7}
	}
	lead := "这个问题我回答不了。"
	switch id {
	case "jailbreak":
		lead = "抱歉，我只按大赛通知回答问题。"
	case "write_request":
		lead = "抱歉，我不代写文稿，只能介绍大赛通知的内容。"
	case "political_opinion":
		lead = "抱歉，我不发表看法，也不评论时事，只能介绍大赛通知的内容。"
	case "other_event":
		return Answer{Text: "我只解答" + b.facts.Title + "的问题，其他比赛或活动请看它们自己的通知、问主办方。这个大赛的截止时间、报送材料、视频要求，以及在这里报名、检查视频，我都可以帮你。",
			Kind: KindOffTopic, Confidence: 0.7}
	case "provocation":
		lead = "如果我没帮上忙，很抱歉。"
	case "weather", "poem", "chitchat":
		lead = "这个我帮不上忙。"
	case "bot_identity":
		// fc: what the bot is, in one line.
		return Answer{Text: "我是" + b.facts.Title + "报送助手，是自动回复，不是真人；找人请联系" + strings.Join(b.facts.Contacts, "、") +
			"，电话" + b.facts.Phone + "。", Kind: KindOffTopic, Confidence: 0.7}
	}
	text := lead + "我是大赛报送助手，可以解答截止时间、报送材料和地址、作品分类、视频格式和码率等问题，帮你判断视频参数是否合格，也可以发送“我要报名”填写报名表。"
	return Answer{Text: text, Kind: KindOffTopic, Confidence: 0.7}
}

// render fills an answer's placeholders.
func (b *Base) render(s string) string {
	s = b.fill.Replace(s)
	if strings.Contains(s, "{late_status}") { // fc
		s = strings.ReplaceAll(s, "{late_status}", b.lateStatus())
	}
	if strings.Contains(s, "{deadline_status}") {
		s = strings.ReplaceAll(s, "{deadline_status}", b.deadlineStatus())
	}
	return s
}

// deadlineStatus says, from the clock, how many days are left or that the
// season has closed and whom to call. When config closes registration on
// another day than the notice's, it says that day first (deadlineNote).
func (b *Base) deadlineStatus() string {
	now := b.now().In(shanghai)
	dl := b.facts.Deadline.In(shanghai)
	if now.After(dl) {
		if b.overridden() {
			return fmt.Sprintf("本次报名已于%s截止。如有特殊情况，请联系%s，电话%s。",
				closingDay(b.facts.Deadline), strings.Join(b.facts.Contacts, "、"), b.facts.Phone)
		}
		return fmt.Sprintf("本季报送已于%s截止。如有特殊情况，请联系%s，电话%s。",
			b.facts.DeadlineText, strings.Join(b.facts.Contacts, "、"), b.facts.Phone)
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, shanghai)
	last := time.Date(dl.Year(), dl.Month(), dl.Day(), 0, 0, 0, 0, shanghai)
	days := int(last.Sub(today).Hours()/24 + 0.5)
	if days == 0 {
		return b.deadlineNote() + "今天就是截止日，请抓紧报送。"
	}
	return fmt.Sprintf("%s今天是%s，距截止还有%d天。", b.deadlineNote(), b.todayText(now), days) // deadlinepast.go (s8-g)
}

// aboutContest reports whether q talks about the contest at all, so that a
// question the notice cannot answer gets the contacts, not a redirect.
func (b *Base) aboutContest(q string, occ map[int][]span) bool {
	if containsAny(q, contestWords) || b.facts.Office != "" && strings.Contains(q, normalize(b.facts.Office)) {
		return true
	}
	// Any concept of a contest intent counts too.
	for i := range b.match.intents {
		in := &b.match.intents[i]
		if in.kind == KindOffTopic {
			continue
		}
		for _, alt := range in.alts {
			for _, c := range alt {
				if len(occ[c]) > 0 && !genericConcepts[b.match.names[c]] {
					return true
				}
			}
		}
	}
	return false
}

var contestWords = []string{"大赛", "比赛", "参赛", "作品", "视频", "片子", "短片", "报名", "报送", "提交", "投稿", "奖",
	"评审", "评选", "通知", "附件", "表", "协议", "微党课", "党课", "拍", "剪辑", "教育工委", "组织部",
	"截止", "材料", "学校", "单位", "推荐", "获奖", "征集", "赛", "评委", "主办", "版权", "字幕", "配音", "上传"}

// isCategory reports whether q is only a category name (a form answer).
func (b *Base) isCategory(q string) bool {
	for _, c := range b.facts.Categories {
		if q == normalize(c) || q == normalize(c)+"类" {
			return true
		}
	}
	return false
}

// questionMarks are the words that make a message a question.
var questionMarks = []string{"?", "吗", "呢", "么", "啥", "什么", "怎么", "怎样", "如何", "哪", "几", "多少", "多久", "多长",
	"多大", "能否", "能不能", "可否", "可不可以", "是否", "行不行", "不行", "好不好", "要不要", "需不需要", "有没有", "是不是",
	"请问", "咨询", "想问", "问下", "问一下", "求问", "请教", "对不对", "还是", "可以", "能", "超了", "合格", "符合", "达标",
	"允许", "告诉我", "介绍", "说说", "讲讲", "谁", "吧", "没问题", "有问题", "算不算", "算不", "成不", "中不中", "行么",
	"发我", "给我", "发一下", "会不会", "行不", "成不", "可不", "能不", "对吧", "是吧", "好使", "管用", "推荐一", "推荐个", "推荐几", "说一下", "查一下", "一下", "麻烦", "规则", "规定", "要求", "标准", "注意",
	"抑或", "予以明确", "请明确", "告知", "答复", "明示", // s7-l: formal enquiries without a question mark
	"what", "how", "when", "where", "can ", "is it", "ok?"}

// reAnotA is the "X不X" question form: 热不热, 交不交, 能不能.
var reAnotA = regexp.MustCompile(`(\p{Han})不(\p{Han})`)

// reDialectWhen is 好久 asked as 多久 / 啥时候, as in Sichuan and Henan speech
// ("截止时间是好久哦", "好久交"): after 是 or 到, after a word of time
// (时间好久, 日期好久), or before the thing whose time is asked (好久交, 好久公布). 好久
// in a statement ("等了好久", "好久没发了", "好久不见", "忙了好久") follows
// none of these. (rp38 Q67)
var reDialectWhen = regexp.MustCompile(`(?:是|到|时间|日期|时候)好久|好久(?:交|截止|结束|报送|出来|出结果|公布|发布|开始)`)

var reDeBuDe = regexp.MustCompile(`得[^,.;:!?~得]{1,8}不得[啊呀呢哈]?$`)

func isQuestion(q string) bool {
	if containsAny(q, questionMarks) {
		return true
	}
	if reDialectWhen.MatchString(q) {
		return true
	}
	// "会下雪不", "能报不": a trailing 不 asks.
	if strings.HasSuffix(q, "不") && utf8.RuneCountInString(q) > 2 {
		return true
	}
	// "报名表还得盖章不得": 得 … 不得 is the A-not-A of 得 split around its
	// verb (Henan); "舍不得", "要不得" alone state. (s10-h, rp126)
	if reDeBuDe.MatchString(q) {
		return true
	}
	for _, m := range reAnotA.FindAllStringSubmatch(q, -1) {
		if m[1] == m[2] {
			return true
		}
	}
	return false
}

// acks are replies that are not questions: the dialog takes them.
var acks = map[string]bool{}

func init() {
	for _, w := range strings.Fields("好 好的 好滴 好嘞 好吧 嗯 嗯嗯 哦 噢 喔 是 是的 对 对的 没错 不是 不对 没有 有 行 可以 不可以 " +
		"ok okay yes no 收到 谢谢 谢了 感谢 多谢 谢谢你 明白 明白了 知道了 了解 懂了 你好 您好 在吗 在 hi hello 嗨 哈喽 " +
		"确认 确定 取消 不用了 算了 再见 拜拜 好的谢谢 谢谢老师 辛苦了 继续 下一步 跳过 无 没 暂无 不需要 " +
		// Asking for help or greeting: the dialog core shows its help.
		"帮助 help 菜单 menu 使用说明 使用帮助 怎么用 老师好 老师您好 您好老师 你好老师 在不在 有人吗 hey 哈罗") {
		acks[w] = true
	}
}

func isAck(q string) bool { return acks[q] }

// formCommands start corrections to the form ("修改电话"), which the
// dialog handles.
var formCommands = []string{"修改", "更改", "改成", "改为", "换成", "重填", "更正", "改一下", "我要改", "我要报名"}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// reValueFiller is what a typed value ("2分30秒", "1080P", "约3分钟")
// consists of.
var reValueFiller = regexp.MustCompile(`[0-9a-z.:'"×*\s,]|分钟|分|秒钟|秒|小时|兆|帧|的|左右|大概|约|半`)

// valueOnly reports whether q is nothing but a value such as a duration.
func valueOnly(q string) bool {
	return utf8.RuneCountInString(reValueFiller.ReplaceAllString(q, "")) <= 1
}

// isQuoted reports whether the message is a title in 《》 or quotes.
func isQuoted(s string) bool {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{"《", "》"}, {"“", "”"}, {"\"", "\""}, {"「", "」"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			return true
		}
	}
	return false
}

// coverage is the share of q's runes that the hits' words cover.
func coverage(q string, hits []hit) float64 {
	var spans []span
	for _, h := range hits {
		spans = append(spans, h.spans...)
	}
	covered := 0
	for i, r := range q {
		for _, s := range spans {
			if i >= s.start && i < s.end {
				covered++
				break
			}
		}
		_ = r
	}
	total := utf8.RuneCountInString(q)
	if total == 0 {
		return 0
	}
	return float64(covered) / float64(total)
}

func firstStart(h hit) int {
	m := 1 << 30
	for _, s := range h.spans {
		m = min(m, s.start)
	}
	return m
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		dup := false
		for _, x := range list {
			if x == it {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}
