package knowledge

import (
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestLongestReading: a word inside a longer word of another concept does
// not count on its own.
func TestLongestReading(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "DeadlineNotValidity", q: "最后期限是啥时候", want: []string{"2025年10月15日前"}, not: []string{"2026年1月1日"}},
		{name: "FundingNotPrize", q: "谁出钱", want: []string{"党员教育年度经费"}, not: []string{"奖金"}},
		{name: "GenericHelpersStay", q: "交到哪里", want: []string{"jytzgc2024@126.com"}},
		{name: "MailboxAfterGenericWhere", q: "发哪个邮箱", want: []string{"jytzgc2024@126.com"}},
	})
}

// TestHomophoneTypos: one character swapped for a homophone still
// matches; a different word that only sounds the same does not.
func TestHomophoneTypos(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		// Accept.
		{name: "Mailbox", q: "邮相是多少", want: []string{"jytzgc2024@126.com"}},
		{name: "MailboxFuelTank", q: "发到哪个油箱", want: []string{"jytzgc2024@126.com"}},
		{name: "EntryForm", q: "报命表要几份", want: []string{"1式2份"}},
		{name: "EntryFormMing", q: "报铭表要几份", want: []string{"1式2份"}},
		{name: "Deadline", q: "什么时候结止", want: []string{"2025年10月15日前"}},
		{name: "Copyright", q: "版全协议书原件交哪", want: []string{"D725B"}},
		{name: "Duration", q: "片子时常多少", want: []string{"3分钟"}},
		{name: "Video", q: "视品时长多少", want: []string{"3分钟"}},
		{name: "Portrait", q: "竖平可以嘛", want: []string{"横竖屏皆可"}},
		{name: "Bitrate", q: "玛率要求", want: []string{"10-50Mbps"}},
		{name: "Resolution", q: "分辨律要多少", want: []string{"1080P"}},
		// Reject: not typos. "号吗" is not 号码 (a particle), "直接说" is
		// not 解说 (直接 is a word), "实践" is not 时间 (two characters).
		{name: "QuestionParticle", q: "截止是15号吗", want: []string{"2025年10月15日前"}, not: []string{"0371—69691670"}},
		{name: "Directly", q: "直接说截止时间", want: []string{"2025年10月15日前"}, not: []string{"配音"}},
		{name: "Practice", q: "社会实践的视频能报吗", not: []string{"2025年10月15日前"}},
		{name: "MinutesNotCopies", q: "时长两分四十秒没问题吧", want: []string{"通过"}, not: []string{"1式2份"}},
		{name: "RoundsNotEpisodes", q: "评审分几轮", not: []string{"系列"}},
	})
}

// soundHits returns a reader of the typos the matcher's sound index finds
// in a question, each as "typed~meant".
func soundHits(t *testing.T) func(q string) []string {
	t.Helper()
	m := mustLoad(t, Options{}).match
	return func(q string) []string {
		q = normalize(q)
		var out []string
		for _, h := range m.sounds.find(q) {
			out = append(out, q[h.start:h.end]+"~"+h.text)
		}
		return out
	}
}

// TestSoundFind: the typos the matcher finds in questions, and the
// words that only sound like a form.
func TestSoundFind(t *testing.T) {
	find := soundHits(t)
	accept := []struct{ q, want string }{
		{"编岛填谁", "编岛~编导"},
		{"剪吉是谁", "剪吉~剪辑"},
		{"视品时长多少", "视品~视频"},
		{"报铭表要几份", "报铭表~报名表"},
		{"内容减介写多少字", "内容减介~内容简介"},
		{"监治填谁", "监治~监制"},
		{"联系任写谁", "联系任~联系人"},
		{"發到哪個油箱", "哪个油箱~哪个邮箱"}, // traditional, folded first
	}
	for _, tt := range accept {
		if got := find(tt.q); !slices.Contains(got, tt.want) {
			t.Errorf("find(%q) = %v, want %s among them", tt.q, got, tt.want)
		}
	}
	reject := []struct{ q, not string }{
		{"直接说截止时间", "解说"},     // 直接 is a word
		{"截止是15号吗", "号码"},     // a particle
		{"社会实践的视频能报吗", "时间"},  // both characters differ
		{"保命要紧", "报名"},        // both characters differ
		{"评审分几轮", "分集"},       // a number word
		{"剪成几段短的", "成绩"},      // a number word
		{"时长两分四十秒没问题吧", "两份"}, // a quantity
		{"时长多少", "长度"},        // 多 is a number word
		{"文件怎么取名字", "怎么去"},    // 取名 is a word
		// From earlier role-plays: words that sound like a form.
		{"好的 那我先报第一个", "限报"},             // 先 is an adverb
		{"请问报名完成后，纸质材料还需报送到什么地方？", "限报"}, // 问 wèn is not 限 xiàn (rarely wěn)
		{"就是报完了还需要交哪些材料", "晚了"},          // 了 carries no meaning
		{"简介里写了，算已标注吧", "台标"},            // 台 is rarely yí
		{"制作单位也跟第一个一样，党委办公室", "公示"},      // 公室 straddles 办公室
		{"受学校党委组织部委托协助办理", "主办"},         // 助办 straddles 协助办理
		{"一直珍藏着入党时佩戴的第一枚党徽", "党史"},       // 党时 straddles 入党
		{"带学生攻克数控加工难题", "大学生"},           // 大 is rarely dài
		{"讲述机电工程学院教工党员", "职校"},           // 职教 is a word (校 rarely jiào)
		{"内容摘要前面多了几个字，去掉", "要钱"},         // 要前 straddles 摘要
		{"坚持用小账本记下每月交纳的党费", "交哪"},        // 哪 is a question word
		{"本片以我院青年党员志愿服务队为主线", "片尾"},      // 尾 is rarely yǐ
		{"我是说联系电话改成13782105816", "是谁"},   // 说 is rarely shuì
	}
	for _, tt := range reject {
		for _, h := range find(tt.q) {
			if strings.HasSuffix(h, "~"+tt.not) {
				t.Errorf("find(%q) = %v: %s is no typo here", tt.q, find(tt.q), tt.not)
			}
		}
	}
}

func TestSameSound(t *testing.T) {
	accept := [][2]string{
		{"结止", "截止"}, {"油箱", "邮箱"}, {"报铭", "报名"}, {"视品", "视频"}, {"时常", "时长"},
		{"编岛", "编导"}, {"剪吉", "剪辑"}, {"邮相", "邮箱"}, {"报命表", "报名表"}, {"联系任", "联系人"},
		{"竖平", "竖屏"}, {"版全", "版权"}, {"分辨律", "分辨率"}, {"摄象", "摄像"}, {"监治", "监制"},
		{"内容减介", "内容简介"}, {"制作单为", "制作单位"}, {"推荐单味", "推荐单位"},
		// A character with several readings: 长 is zhang and chang.
		{"时常", "时长"}, {"组涨", "组长"},
	}
	reject := [][2]string{
		{"实践", "时间"}, {"保命", "报名"}, // both characters differ
		{"号吗", "号码"}, {"是长", "时长"}, {"邮个", "邮箱"}, // grammatical characters
		{"分几", "分集"}, {"成几", "成绩"}, {"两分", "两份"}, {"长多", "长度"}, // numbers
		{"问报", "限报"}, {"已标", "台标"}, {"是说", "是谁"}, // rare readings, matched with tones
		{"交纳", "交哪"}, {"完了", "晚了"}, // a grammatical character in the word
		{"邮箱", "邮箱"},               // the same word
		{"邮件", "邮箱"}, {"编剧", "编导"}, // another sound
		{"邮", "邮"}, {"油", "邮"}, // one character
		{"邮箱x", "邮箱y"}, {"ai标注", "ai标注"}, {"油箱", "邮箱号"}, // not Chinese, or not the same length
		{"", ""},
	}
	for _, p := range accept {
		if !SameSound(p[0], p[1]) {
			t.Errorf("SameSound(%q, %q) = false, want true", p[0], p[1])
		}
	}
	for _, p := range reject {
		if SameSound(p[0], p[1]) {
			t.Errorf("SameSound(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

// TestVideoWordsAnswers: what the words leave to the notice is said so.
func TestVideoWordsAnswers(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "SizeOnly", q: "视频有500MB能发吗", kind: KindNotInNotice, want: []string{"没有说明文件大小"}},
		{name: "CodecOnly", q: "H265行吗", kind: KindVideo, want: []string{"没有规定", "mp4"}},
		{name: "Orientation", q: "1080p 码率12兆 横屏", kind: KindVideo, want: []string{"横竖屏皆可", "通过"}},
		{name: "EnglishDuration", q: "3min30s行吗", kind: KindVideo, want: []string{"原则上"}},
		{name: "EnglishRule", q: "mp4 only?", kind: KindFact, want: []string{"视频文件格式为mp4"}},
	})
}

// TestGenericSecondary: generic words alone ("在哪" + "作品") neither beat
// a topic word nor add a second answer; a real second question still does.
func TestGenericSecondary(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "TopicWins", q: "作品在哪展播", want: []string{"党课开讲"}, not: []string{"jytzgc2024@126.com"}, parts: 1},
		{name: "TwoQuestions", q: "什么时候截止，在哪交", want: []string{"2025年10月15日前", "jytzgc2024@126.com"}, parts: 2},
		{name: "WhoReceives", q: "交给谁", want: []string{"组干处"}, parts: 1},
	})
}

// BenchmarkSoundFind measures looking for homophone typos of every form in
// one question, over the question set.
func BenchmarkSoundFind(b *testing.B) {
	base := mustLoad(b, Options{})
	qs := loadQuestions(b)
	var all []string
	for _, q := range append(append([]question{}, qs.Ask...), qs.Absent...) {
		all = append(all, normalize(q.Q))
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		base.match.sounds.find(all[i%len(all)])
		i++
	}
}

// TestSameSoundConcurrent: the reading cache is shared by every goroutine
// (run with -race).
func TestSameSoundConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				if !SameSound("剪吉", "剪辑") || SameSound("实践", "时间") {
					t.Error("wrong verdict")
					return
				}
			}
		})
	}
	wg.Wait()
}
