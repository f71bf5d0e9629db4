package knowledge

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// pinned is the test clock: a week before the deadline.
var pinned = time.Date(2025, 10, 8, 10, 0, 0, 0, shanghai)

func mustLoad(tb testing.TB, opts Options) *Base {
	tb.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return pinned }
	}
	b, err := Load(opts)
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	return b
}

// question is one case of testdata/questions.yaml.
type question struct {
	Q    string   `yaml:"q"`
	Want []string `yaml:"want"`
	Not  []string `yaml:"not"`
	Kind Kind     `yaml:"kind"`
	// Src is the batch a case came from ("rp14"), when it came from an
	// untuned round.
	Src string `yaml:"src"`
}

type questionSet struct {
	Ask      []question `yaml:"ask"`
	Qualify  []question `yaml:"qualify"`
	Absent   []question `yaml:"absent"`
	Offtopic []question `yaml:"offtopic"`
	None     []question `yaml:"none"`
	// Untuned are the questions of an untuned round (rp33 on), appended
	// as asked: each names its kind.
	Untuned []question `yaml:"untuned"`
}

// questionsFile is the question set TestQuestions measures: testdata/questions.yaml,
// or the file named by KNOWLEDGE_QUESTIONS (a held-out batch kept outside the repo).
func questionsFile() string {
	if f := os.Getenv("KNOWLEDGE_QUESTIONS"); f != "" {
		return f
	}
	return "testdata/questions.yaml"
}

func loadQuestions(tb testing.TB) questionSet {
	tb.Helper()
	data, err := os.ReadFile(questionsFile())
	if err != nil {
		tb.Fatal(err)
	}
	var qs questionSet
	if err := yaml.Unmarshal(data, &qs); err != nil {
		tb.Fatal(err)
	}
	return qs
}

// groupKinds are the kinds an answer of each group may have when its case
// names none: a question the notice or the bot answers is never the
// "not in the notice" answer, so a constant 通知中没有说明 fails every ask.
var groupKinds = map[string][]Kind{
	"ask":      {KindFact, KindSection, KindVideo, KindFeature},
	"qualify":  {KindVideo},
	"absent":   {KindNotInNotice},
	"offtopic": {KindOffTopic},
	"none":     {KindNone},
	"untuned":  nil, // each case names its kind
}

// judge returns why a is not a correct answer to c ("" when it is).
func judge(group string, c question, a Answer) string {
	if c.Kind != "" {
		if a.Kind != c.Kind {
			return "kind " + string(a.Kind) + ", want " + string(c.Kind)
		}
	} else if !slices.Contains(groupKinds[group], a.Kind) {
		return fmt.Sprintf("kind %s, want one of %v", a.Kind, groupKinds[group])
	}
	switch {
	case a.Kind == KindNone:
		if a.Text != "" {
			return "KindNone with text"
		}
		return ""
	case a.Kind == KindOffTopic, a.Kind == KindFeature:
	case a.Kind == KindClarify:
		if len(a.Options) < 2 || len(a.Options) > 3 {
			return fmt.Sprintf("clarifying question with %d options", len(a.Options))
		}
	default:
		if !strings.Contains(a.Text, "（见通知 ") {
			return "cites no section"
		}
	}
	if len(a.Text) >= 2000 {
		return "longer than one WeChat message"
	}
	for _, w := range c.Want {
		if !strings.Contains(a.Text, w) {
			return "missing " + w
		}
	}
	for _, w := range c.Not {
		if strings.Contains(a.Text, w) {
			return "must not contain " + w
		}
	}
	return ""
}

// knownMisses are the questions of testdata/questions.yaml the bot still
// answers wrongly, each with the reason. Every other case must pass, and a
// listed case that passes must leave the list.
var knownMisses = map[string]string{
	// s9-k (rp114): a plain yes is not given; the form's fields are listed.
	"学校要写全称吧": "a yes/no about the 推荐单位's full name gets the 报名表 field list (rp114)",
	// rp24 Q56: the deadline read beside 纸质 is the paper-deadline answer,
	// which takes 纸质 from the third question; the 1式2份 part is lost.
	"截止日期、邮箱、还有要不要交纸质版？三个问题麻烦一起回答下": "a word shared by two listed questions goes to the first",
	// rp24 F08: 打印 reads as the paper copies; 盖章 beside it is no second
	// part, so which items are sealed or signed is not said.
	"这个填完了还要自己打印盖章吗": "a one-thing question gets one part; 打印盖章 asks two",
	// rp33 (round 12), after the k2 fixes.
	"我们有几个镜头是AI生成的，要怎么标注？标在画面上还是写在报名表里？": "几个 in the context clause makes it a question, so the AI category and the 报名表 field list are stacked on the labelling answer (branch k removes the field-list fallback)",
	"报了三个片子，汇总表里排序是按什么排？按拍摄时间吗":          "按拍摄时间吗 proposes a ranking criterion, but 拍摄时间 still adds the works-since rule",
	// rp38 (round 13), after the e5 fixes.
	"老师您好，我是郑州某职业技术学院党委组织部的，想咨询一下，我们拍了一个讲黄河滩区群众搬迁后过上好日子的片子，这个选题在不在大赛范围里？谢谢！": "a story not in the theme list gets the whole list, not the one theme it fits (4: 黄河流域), and 大赛范围 adds who may enter",
	"俺们学校有个老党员退休了还天天义务给娃们补课 这种拍出来中不中":                                        "a story asked as a theme now gets what the notice says, item 7 and the contacts, but still the list after it, not the theme it fits (6: 身边典型人物, 2025年以来): 党员 is in several themes",
	"二十届四中全会精神能当选题不？通知里好像只写了二中三中":                                            "the answer is now right (item 2 names the 二中、三中 plenums, item 7, the contacts) but its kind stays the themes intent's fact",
	"协议书甲方那边的章要我们盖吗？我们只盖乙方的就行吧":                                              "whose seal goes where on the agreement is answered by the parties, without saying the notice does not settle who seals 甲方's part",
	"恁好 俺想问问这个片子弄好了咋交 交给谁 要不要送过去":                                            "咋交 / 送过去 get the e-mail and room, not the paper 报名表 1式2份",
	// rp98 (round 25), after the s8-k fixes.
	"好好 那评出来的结果在哪看 嗯嗯 啥时候公布": "评出来 reads as the awards, so the prize list leads the results answer (round 20, rp96)",
	// s9-g: round 28 (rp113) and round 23's contacts (rp109-rp112), after the s9-g fixes.
	"报送的视频文件在格式、分辨率和命名上有何要求？":                           "a list of three topics (格式、分辨率和命名) loses its first: the resolution and naming answers are said, the format's mp4 is not (rp110)",
	"内容简介和那个摘要是一个东西吗 要写多长啊🥲":                            "要写多长 reads as the duration beside the 简介/摘要 answer: 多长 is not after 简介 in the same clause (rp110)",
	"我们学校另一个老师也拍了一个 一个学校能报几个啊":                          "另一个老师 reads as how many works one teacher may make, so the answer opens on that and leaves out the ranking of 2部以上 (rp111)",
	"明确标注的话，是在片子里面加字幕说明，还是在报名表里写清楚就行？我看附件里又说不要加开场字幕和水印": "the labelling answer is right, but the statement after it (我看附件里又说…) still adds the attachments list and the no-caption rule (rp112)",
	// s11-c: the round-27 and round-28 contacts' own questions (rp128-rp131,
	// rp133-rp135) not fixed in this branch (docs/knowledge.md, round 32 fixes).
	"摘要我一会写。先问下片子里有学生出镜可以吗？片尾是我们学生朗诵的":                         "a deferral of the 摘要 reads as a question on the synopsis, and 学生出镜 as students making the work, not the 肖像权 the 著作权声明 covers (rp128)",
	"视频导出来是1080p的mp4，文件大小有要求没有？":                               "the values stated as context are judged; the file size the clause asks about (not limited by the notice) is not said (rp128)",
	"一半无人机航拍一半手机拍的 这算实景拍摄吧":                                    "the devices (航拍, 手机拍) read as the shooting-device question; the category named by its own name with 这算…吧 gets no category lead (rp129)",
	"还有个事 中间有一段是学生手机竖着拍的 跟横的剪一块了 有影响没":                         "竖着拍 is no orientation word and 有影响没 no question: read as not a question; mixed footage in one film is not settled by the notice (rp129)",
	"这个报名表是不是还得盖章签字 纸质的交到哪":                                    "纸质的交到哪 reads as where to send (mailbox, D725B), not the paper 报名表's 1式2份 and that the notice does not say where it goes (rp129)",
	"都符合。另外问下视频是剪映导出的1080p，有格式要求吗":                             "the 1080p said as context is judged before the format rule that is asked (rp129)",
	"等一下，我好像弄混了，推荐单位应该是学院党委吧？制作单位是我们工会，许昌城建职业学院工会。对了工会能当制作单位吗": "the 推荐单位 context adds who may enter, and the 制作单位 part gives no plain yes (rp133)",
	"动画这个是竖屏的 行不行 文件有啥要求":                                      "动画 named as the work's kind adds the categories paragraph beside the format rule (rp133)",
	"OK好的，那我先登记上，能不能报回头毛老师再打电话确认。我们的作品是一个MV，叫《青春向党 奔赴山海》，时长2分48秒。另外想问下MV这种形式算实景拍摄吗？画面都是我们实地去拍的，有支教课堂、驻村、边防哨所这些，但整体是配原创歌曲的MV风格": "context clauses (a phone call to confirm, a duration) are answered as questions beside the category one (rp134)",
	"是，都符合，AI完全没用，歌也是我们自己原创找人录的。另外问下，通知上写10月15日前报送，现在都过了，还能报吗？":                                                                "the statements before 另外问下 and the claim 现在都过了 leave no topic read: off_topic (rp134)",
	"您好！我是豫东职业技术学院党委组织部葛秀兰，现就全省党员教育短视频创作大赛报名事宜请教如下：我校拟报送作品一部，片名《老支书的黄河滩》，请问应如何办理报名手续？此致 敬礼！":                                   "the formal opening (党员教育…请教如下) adds the theme list before the materials (rp134)",
	"您好！经核，上述四项均符合：该片系我院党委组织部组织拍摄，于2025年7月至8月完成，未在任何平台发表，未使用人工智能。另请教一事：视频文件码率有何具体要求？此致 敬礼！":                                    "the negated statements (未在任何平台发表, 未使用人工智能) are answered as questions (不可以…, 可以…) before the bitrate asked (rp134)",
	"都是 没用AI。这个汇总表是按学校分开填吗？他们学校的汇总表要他们领导签字吧":                                                                                   "没用AI said as an answer reads as the no-AI labelling question beside the 汇总表 answers (rp135)",
	"那个序号是怎么定的？文件名里要写序号 我们学院可能还有别的系要报":                                                                                         "别的系要报 adds the 报名表 field list after the ordering and naming answers (rp135)",
	// s11-k: round 30's contacts' own questions (rp142-rp145) not fixed in this branch.
	"能不能先报上占个位置，简介我们还在改，晚两天再发过来行不行":                           "holding a registration and sending the 简介 later reads as the 简介 length and the deadline, not this bot's 跳过 (rp142)",
	"纸质的报名表上面是要我们书记签字还是校长签字啊 我们这边不知道找谁签":                      "who signs the 报名表 gets its two seals, not that the only signature asked is the 分管负责领导's on the 汇总表 (rp142)",
	"先问一下，我们这个片子是从学校之前拍的一个纪录片里剪出来的一段，有3分40秒，这样能报吗？超了3分钟有没有影响": "a cut from an older film gets the works-since rule and the duration rule, not 视频切片 and 3分40秒 judged (rp144)",
	// s12-k: the certificate is its own answer now (rp154 q52), no longer the prizes paragraph that listed the awards.
	"这个一共评几个奖啊 有证书没": "two questions in one clause with no join word get the best part alone, the certificate; the awards asked first are not said (rpc3)",
	// s12-h (rp155 q66): the same class as round 36's "填好的报名表能从你这下载吗 word版", which branch
	// s12-k fixes (the download command before the forms' file formats).
	"报名表填好了能从你这下载word版吗": "a download of the filled forms in Word reads as the forms' file formats, and never names 下载报名材料 (rp155; s12-k's class)",
}

// TestQuestions is the acceptance test: every case of
// testdata/questions.yaml answered correctly, kind included, except the
// known misses above. With KNOWLEDGE_QUESTIONS (a held-out batch kept
// outside the repo) it only measures and prints the figure.
func TestQuestions(t *testing.T) {
	b := mustLoad(t, Options{})
	qs := loadQuestions(t)
	heldOut := os.Getenv("KNOWLEDGE_QUESTIONS") != ""
	groups := []struct {
		name  string
		cases []question
	}{
		{"ask", qs.Ask}, {"qualify", qs.Qualify}, {"absent", qs.Absent}, {"offtopic", qs.Offtopic}, {"none", qs.None},
		{"untuned", qs.Untuned},
	}
	total, good := 0, 0
	for _, g := range groups {
		ok := 0
		for _, c := range g.cases {
			a := b.Answer(context.Background(), c.Q)
			why := judge(g.name, c, a)
			reason, known := knownMisses[c.Q]
			switch {
			case why == "":
				ok++
				if known && !heldOut {
					t.Errorf("known miss %q now passes: remove it from knownMisses", c.Q)
				}
			case known && !heldOut:
				t.Logf("known miss [%s] %q: %s (%s)", g.name, c.Q, why, reason)
			case heldOut:
				t.Logf("FAIL [%s] %q: %s\n    got [%s] %s", g.name, c.Q, why, a.Kind, a.Text)
			default:
				t.Errorf("[%s] %q: %s\n    got [%s] %s", g.name, c.Q, why, a.Kind, a.Text)
			}
		}
		t.Logf("%-8s %3d/%3d correct (%.1f%%)", g.name, ok, len(g.cases), 100*float64(ok)/float64(max(1, len(g.cases))))
		total += len(g.cases)
		good += ok
	}
	t.Logf("overall  %3d/%3d correct (%.1f%%)", good, total, 100*float64(good)/float64(max(1, total)))
}

// TestConstantAnswerFails guards the test itself: the constant "not in
// the notice" answer, which cites a section and names the contacts, must
// fail every question the notice or the bot answers.
func TestConstantAnswerFails(t *testing.T) {
	b := mustLoad(t, Options{})
	constant := b.notInNotice()
	qs := loadQuestions(t)
	for _, g := range []struct {
		name  string
		cases []question
	}{{"ask", qs.Ask}, {"qualify", qs.Qualify}, {"untuned", qs.Untuned}} {
		for _, c := range g.cases {
			if g.name == "untuned" && !slices.Contains(groupKinds["ask"], c.Kind) {
				continue // the notice or the bot answers only these kinds
			}
			if judge(g.name, c, constant) == "" {
				t.Errorf("[%s] %q passes with the constant answer", g.name, c.Q)
			}
		}
	}
}
