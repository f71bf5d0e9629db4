package dialogs

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"contestbot"
	"contestbot/knowledge"
	"contestbot/store/storetest"
)

func TestShortenAsked(t *testing.T) {
	accept := map[string]int{
		"摘要我想还是短一点好，跟简介一样有点长了，能帮我缩短一点吗":  0,
		"我知道没超，就是想要短一点的，五六十字那种，你帮我压缩一下呗": 60,
		"不是视频，是内容摘要！帮我把摘要改短点，60字左右":      66,
		"帮我压缩一下呗":  0,
		"精简一下":     0,
		"60字左右":    66,
		"五六十字那种就行": 60,
		"摘要五十字以内":  50,
		"再短点":      0,
		"三四十字吧":    40,
	}
	reject := []string{
		"视频压缩一下码率会不会不够",
		"把上头那段再写短点是吧",
		"本片用精简的镜头讲述一位老党员的故事",
		"60字左右可以吗",
		"这个有点长 我自己再改改",
		"摘要稍等我缩一下。另外文件名有规范吗",
		"那我另写个短点的吧",
		"压缩成mp4可以吗",
		"摘要改成以家书为线索再现烈士的经历",
		"片名20个字以内行吗 还有简介要写多少",
		"我们片子有300多个镜头",
		"好的",
		"同简介",
		"摘要：以濮阳籍烈士家书为线索，用手绘动画再现其舍家为国的经历",
	}
	for s, want := range accept {
		n, ok := shortenAsked(compact(s))
		if !ok || n != want {
			t.Errorf("shortenAsked(%q) = %d, %v; want %d, true", s, n, ok, want)
		}
	}
	for _, s := range reject {
		if n, ok := shortenAsked(compact(s)); ok {
			t.Errorf("shortenAsked(%q) = %d, true; want false", s, n)
		}
	}
}

func TestOwnTextTail(t *testing.T) {
	syn := "影片讲述漯河食品职业学院食品检测实训中心党员教师张卫东二十年扎根一线的故事。他带领学生党员突击队走进本地食品企业车间，攻关检测难题，把党建引领和技能育人融在一起，用一个个检测数据守护老百姓舌尖上的安全。"
	accept := map[string]string{
		"嗯 这个开头是他 别人不知道他是谁啊 那就这样吧 党员教师张卫东带领学生党员突击队走进食品企业车间攻关检测难题，用一个个检测数据守护老百姓舌尖上的安全。": "党员教师张卫东带领学生党员突击队走进食品企业车间攻关检测难题，用一个个检测数据守护老百姓舌尖上的安全。",
		"不太好，我自己写：张卫东带学生党员突击队攻关食品检测难题，守护舌尖上的安全。":                                       "张卫东带学生党员突击队攻关食品检测难题，守护舌尖上的安全。",
	}
	reject := []string{
		"用这个",
		"那就这样吧",
		"就用这个吧 我觉得挺好的不用再改了谢谢你啊",
		"这个开头是他 别人不知道他是谁啊",
		"用这个 另外问一下学生能参与制作吗",
		"党员教师张卫东带领学生党员突击队走进食品企业车间攻关检测难题", // the whole message: the usual path
		"那就这样吧 能不能写成党员教师张卫东带学生党员突击队攻关检测难题呢",
	}
	for s, want := range accept {
		if got := ownTextTail(s, syn); got != want {
			t.Errorf("ownTextTail(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range reject {
		if got := ownTextTail(s, syn); got != "" {
			t.Errorf("ownTextTail(%q) = %q, want \"\"", s, got)
		}
	}
}

func TestSameBesideRemark(t *testing.T) {
	e := &contestbot.Entry{Synopsis: "动画短片以一封抗战时期濮阳籍革命烈士写给母亲的家书为线索，用手绘动画再现烈士投身革命、舍家为国的经历。"}
	accept := []string{
		"同简介 我刚才说了呀",
		"对 同简介 就这样",
		"摘要同简介吧 没问题",
		"嗯嗯 跟简介一样就行 谢谢老师",
		"就用简介的 我懒得再写了",
	}
	reject := []string{
		"同简介",                // the plain reference: the usual path
		"不同简介 我另写一段",         // turned down
		"同简介不行 太长了",          // turned down
		"同简介可以吗",             // a question
		"同简介 但是要短一点",         // a shorter one is asked (shortenAsked)
		"同简介 片名改成红色家书",       // another field
		"同简介 以家书为线索再现烈士投身革命", // own text beside it
		"同简介 电话是15839326047", // digits: another value
	}
	for _, s := range accept {
		if _, ok := sameBesideRemark(e, s, false); !ok {
			t.Errorf("sameBesideRemark(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if v, ok := sameBesideRemark(e, s, false); ok {
			t.Errorf("sameBesideRemark(%q) = %q, true; want false", s, v)
		}
	}
}

// TestShorterSummaryModel: with a model, a request for a shorter 摘要 at a
// length offers the model's version only within that length; a longer one
// (fine for the 100-character field) falls back to the extract within it.
func TestShorterSummaryModel(t *testing.T) {
	const short = "讲述退休老党员李德山坚持回校义务授课、带学生党员走进玉雕作坊的故事。"
	const long = "退休老党员李德山七十二岁仍每周三晚回校义务授课，2025年春天带学生党员走进镇平县玉雕作坊，传承“干一行、爱一行”的职业精神。"
	lim := contestbot.RuneLen(short) + 2
	if contestbot.RuneLen(long) <= lim {
		t.Fatalf("test texts: %d <= %d", contestbot.RuneLen(long), lim)
	}
	extractive, _ := extractSummary(groundSrc, lim)
	for _, tc := range []struct {
		name, reply, want string
	}{
		{"WithinAsked", short, short},
		{"OverAsked", long, extractive},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(&fakeModel{reply: replyWith(tc.reply)})
			t.Cleanup(srv.Close)
			kb, err := knowledge.Load(knowledge.Options{})
			if err != nil {
				t.Fatal(err)
			}
			x := NewLLMSummarizer(knowledge.LLMOptions{Enabled: true, BaseURL: srv.URL + "/v1", APIKey: "sk-secret-test-key", Model: "m", Timeout: 200 * time.Millisecond}, nil)
			c := New(Options{}, Deps{Store: storetest.Open(t), Knowledge: kb, Summarizer: x})
			tr := &turn{c: c, ctx: context.Background(), m: Message{OpenID: "u1"}, st: &state{Mode: modeForm, Pending: slot(contestbot.FieldSummary)}}
			e := &contestbot.Entry{ID: 7, Status: contestbot.StatusDraft, Synopsis: groundSrc}
			out := tr.shorterSummary(e, lim, tr.st.Pending)
			if !strings.Contains(out, tc.want) || !strings.Contains(out, "用这个") {
				t.Errorf("offer:\n%s\nwant it to offer %q", out, tc.want)
			}
			if tr.st.Offer == nil || contestbot.RuneLen(tr.st.Offer.Text) > lim {
				t.Errorf("offer kept: %+v, want one within %d", tr.st.Offer, lim)
			}
			if e.Summary != "" {
				t.Errorf("summary stored before the user's yes: %q", e.Summary)
			}
		})
	}
}
