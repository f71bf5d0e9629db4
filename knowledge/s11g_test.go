package knowledge

import (
	"context"
	"testing"
)

// s11g: round 33 (rp141) and the round-29 contacts (rp137–rp140), each class
// with questions that must be read the new way (accept) and near misses that
// must not (reject). The cases run through runS10G.

// TestS11GAskWordSound: a question word typed as another character of the
// same sound (go-pinyin): 那些 for 哪些 after a verb in a message that asks
// nothing otherwise (rp141 q12); 张 for 章 in a form holding a number when a
// content character of the form stands as written (rp141 q31).
func TestS11GAskWordSound(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "报名要交那些材料", kind: KindFact, want: []string{"参评作品", "报名表", "汇总表", "版权确认协议书"}},
		{q: "交那些材料", kind: KindFact, want: []string{"版权确认协议书"}},
		{q: "报名表要盖几个张", kind: KindFact, want: []string{"2个章"}, not: []string{"主创人员（监制"}},
	}, []s10gCase{
		{q: "那些材料我都交了", kind: KindNone},
		{q: "我们那些片子都没发过", not: []string{"要报送四样"}},
		{q: "报名表要交两张", not: []string{"2个章"}},
	})
	for _, tt := range []struct{ in, want string }{
		{"报名要交那些材料", "报名要交哪些材料"},
		{"报名要交那些材料吗", "报名要交那些材料吗"}, // it asks already
		{"那些材料交了", "那些材料交了"},       // nothing before 那
		{"我们那些片子", "我们那些片子"},       // a pronoun before 那
		{"交那天", "交哪天"},             // clause-final, the older rule
	} {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestS11GBenefits: "获奖了有啥好处" gets every benefit the notice names,
// the creators' training and talent pool too (rp141 q24); a question about
// where works are shown gets the showing alone.
func TestS11GBenefits(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "获奖了有啥好处没", kind: KindFact, want: []string{"党课开讲", "中组部", "专题培训班", "创作人才库"}},
		{q: "获奖以后有什么用", want: []string{"党课开讲", "创作人才库"}},
	}, []s10gCase{
		{q: "获奖作品在哪展播", want: []string{"党课开讲"}, not: []string{"创作人才库"}},
		{q: "获奖了能上电视吗", want: []string{"没有提到电视"}, not: []string{"创作人才库"}},
	})
}

// TestS11GBitrateAtBound: a bitrate said in words at a bound of the
// notice's range is inside it: a plain pass, no advice the notice does not
// give (rp141 q43); just outside is still a fail.
func TestS11GBitrateAtBound(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "1080 50帧 码率50Mbps 1分40秒 MP4 横屏", kind: KindVideo, want: []string{"码率：通过", "符合通知要求"}, not: []string{"45 Mbps", "接近上限"}},
		{q: "1080P 码率10M 2分钟 mp4", kind: KindVideo, want: []string{"码率：通过", "符合通知要求"}, not: []string{"接近下限"}},
		{q: "4K 码率100M 竖屏 2分钟 mp4", kind: KindVideo, want: []string{"符合通知要求"}},
		{q: "4K 码率30M 2分钟 mp4", kind: KindVideo, want: []string{"符合通知要求"}},
	}, []s10gCase{
		{q: "1080P 码率51M 2分钟 mp4", kind: KindVideo, want: []string{"不通过"}},
		{q: "4K 码率29M 2分钟 mp4", kind: KindVideo, want: []string{"不通过"}},
	})
}

// TestS11GSendToBot: sending the video to the bot itself is the bot's own
// feature (the mailbox for the work, a link or the check page here), never
// "通知中没有说明" (rp141 q69).
func TestS11GSendToBot(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "视频能直接发给你吗", kind: KindFact, want: []string{"jytzgc2024@126.com", "检查视频"}, not: []string{"通知中没有说明这一点"}},
		{q: "视频直接发给你行不", want: []string{"检查视频"}},
	}, []s10gCase{
		{q: "我把视频发给你看看", kind: KindFeature, want: []string{"下载链接"}},
		{q: "视频发哪个邮箱", kind: KindFact, want: []string{"jytzgc2024@126.com"}, not: []string{"不在这里上传"}},
	})
}

// TestS11GSummaryLowerLimit: the 摘要's lower limit (rp137): the notice sets
// only ≤100字; "我写短点" is no writing request (a refusal is read from the
// words as typed, not from the sound-alike 写段).
func TestS11GSummaryLowerLimit(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "摘要最少要多少字啊 有没有下限 我写短点行不", kind: KindFact, want: []string{"没有规定最少字数", "100字以内"}, not: []string{"代写"}},
		{q: "没让你写hh 我是问内容摘要字数有啥要求 最少几个字", kind: KindFact, want: []string{"没有规定最少字数"}},
	}, []s10gCase{
		{q: "内容摘要写多少字", want: []string{"100字以内"}, not: []string{"没有规定最少字数"}},
		{q: "帮我写段简介", kind: KindOffTopic, want: []string{"不代写"}},
		{q: "帮我写个摘要", kind: KindOffTopic, want: []string{"不代写"}},
	})
}

// TestS11GLate: pushing the deadline back ("往后推推", 结止 by pinyin) is a late
// entry, also with the signing still to do named after it (rp137).
func TestS11GLate(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "再问一个 那结止时间能不能往后推推 俺们那个协议书还得找领导签字盖章", kind: KindNotInNotice, want: []string{"没有说明能否延期", "0371—69691670"}, not: []string{"甲方（组织方）"}},
		{q: "截止时间能往后推一推吗", kind: KindNotInNotice, want: []string{"没有说明能否延期"}},
	}, []s10gCase{
		{q: "协议书谁签字", not: []string{"延期"}},
		{q: "截止时间是哪天", kind: KindFact, not: []string{"延期"}},
	})
}

// TestS11GFieldMeaning: what a field of the form means (联系人, 监制(策划)),
// not the organisers' contacts or the whole field list (rp138).
func TestS11GFieldMeaning(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "请问此处联系人是指作品主创人员，还是负责本次报送工作的经办人？是否需要填写职务？", want: []string{"没有规定填谁"}, not: []string{"孟晗、李博；联系电话"}},
		{q: "好的。再请教一下，“监制(策划)”一栏通常是填写分管校领导，还是填写实际负责策划的同志？", want: []string{"没有说明每一项该写谁"}, not: []string{"推荐单位、片名、制作单位"}},
		{q: "监制填谁", want: []string{"没有说明每一项该写谁"}},
	}, []s10gCase{
		{q: "联系人是谁", want: []string{"孟晗", "0371—69691670"}},
		{q: "通知里的联系人是指谁", want: []string{"孟晗"}},
	})
}

// TestS11GSoftwareAnimation: an animation made in AE/An asked about as AI
// gets the notice's words on 动画制作 and AI生成, never a bare 可以 (rp140).
func TestS11GSoftwareAnimation(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "2 刚才说了是动画呀。问下 我们这个是用AE和An软件做的动画，这种算不算AI？要不要标注", want: []string{"没有把它算作AI生成", "利用AI生成的内容"}, not: []string{"可以。"}},
		{q: "是，9月做完的。就是拿AE做的 没用AI生成 这个不算AI吧", want: []string{"没有把它算作AI生成"}, not: []string{"可以。"}},
	}, []s10gCase{
		{q: "用AI做的动画算哪类", not: []string{"没有把它算作AI生成"}},
		{q: "一帧帧画的动画片能报吗", not: []string{"没有把它算作AI生成"}},
		{q: "用AI做的视频中不中", want: []string{"明确标注"}, not: []string{"没有把它算作AI生成"}},
	})
}

// TestS11GSummaryHere: whether the bot makes the 汇总表 is its own feature
// (rp138): the download of the filled 汇总表, exact words.
func TestS11GSummaryHere(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "汇总表你这能直接生成吗？两个片子是在一张表上吧 我得打印出来给领导签字", kind: KindFeature, want: []string{"下载报名材料", "按序号排列"}},
		{q: "我是问你这能不能生成汇总表，上面那个下载链接里有没有汇总表", kind: KindFeature, want: []string{"下载报名材料"}},
	}, []s10gCase{
		{q: "汇总表谁签字", kind: KindFact, want: []string{"分管负责领导"}},
		{q: "AI能直接生成视频吗", not: []string{"下载报名材料"}},
	})
}

// TestS11GCategoryHint: a work described by the season's category_hints
// ("录像剪出来的片段") and asked which category gets the notice's word for it
// (rp141 q7), alone and as a follow-up; no description, no lead.
func TestS11GCategoryHint(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "俺这个是把之前活动录像剪出来的片段 算哪一类", kind: KindFact, want: []string{"“视频切片”", "五类"}},
		{q: "从一个长的访谈里剪出来的 算哪类", want: []string{"“视频切片”"}},
	}, []s10gCase{
		{q: "作品分几类啊", kind: KindFact, not: []string{"最接近"}},
		{q: "录像剪出来的片段能报吗", not: []string{"最接近"}},
	})
	b := mustLoad(t, Options{})
	a := b.AnswerAfter(context.Background(), "俺这个是把之前活动录像剪出来的片段 算哪一类", "作品分几类啊")
	checkAnswer(t, a, answerCase{q: "follow-up", want: []string{"“视频切片”"}})
}

// TestS11GFollowUpNotRepeated: a follow-up that narrows the music question
// to royalty-free music does not get the last answer word for word (rp139).
func TestS11GFollowUpNotRepeated(t *testing.T) {
	b := mustLoad(t, Options{})
	ctx := context.Background()
	prev := "都是的😊 5月拍的6月剪完的 没发过 也没用AI 哦对了背景音乐需要版权吗🎵 我们用的是网上找的纯音乐哈哈哈"
	first := b.Answer(ctx, prev)
	next := b.AnswerAfter(ctx, "啊那我们网上下的那种免版权音乐可以用吗🤔 要不要换哈哈哈", prev)
	if next.Text == first.Text {
		t.Errorf("the follow-up got the same answer again: %s", next.Text)
	}
	checkAnswer(t, next, answerCase{q: "免版权", want: []string{"“免版权”", "没有专门说明", "0371—69691670"}})
	checkAnswer(t, b.Answer(ctx, "背景音乐用网上下载的歌中不中"), answerCase{q: "歌", not: []string{"“免版权”"}})
}

// TestS11GPaperFormWhere: "报名表纸质的要交到哪 也是送D725B吗" is read as one
// question: the notice does not say where the paper 报名表 goes (rp140).
func TestS11GPaperFormWhere(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "好的。再问下 报名表纸质的要交到哪 也是送D725B吗？", want: []string{"没有写纸质报名表交到哪里"}},
	}, []s10gCase{
		{q: "协议书原件交到哪", want: []string{"D725B"}, not: []string{"没有写纸质报名表交到哪里"}},
	})
}

// TestS11GNoUnaskedParagraph: the round-29 contacts' formal questions get no
// paragraph they did not ask (rp138): "以免填写有误" asks nothing about the
// form's fields, "片尾字幕约10秒" describes the credits beside the question
// whether the duration includes them, and "是否须一致" is answered.
func TestS11GNoUnaskedParagraph(t *testing.T) {
	runS10G(t, []s10gCase{
		{q: "片名一栏是否需要加书名号，烦请明示，以免填写有误。", want: []string{"书名号"}, not: []string{"主创人员（监制"}},
		{q: "请问时长是否包含片头片尾？我们的成片是2分56秒，片尾字幕约10秒", want: []string{"片头片尾"}, not: []string{"水印logo"}},
		{q: "请问内容简介有无字数要求？汇总表和报名表上的简介是否须一致？", want: []string{"100字以内", "是否必须一字不差"}},
	}, []s10gCase{
		{q: "报名表怎么填写", want: []string{"主创人员（监制"}},
		{q: "片尾字幕可以加吗", want: []string{"开场字幕说明"}},
		{q: "内容简介写多少字", not: []string{"一字不差"}},
	})
}
