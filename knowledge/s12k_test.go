package knowledge

import (
	"context"
	"testing"
)

// s12-k: round 36 (rp154) and the round-32 contacts' own questions
// (rp152–rp153): the unasked paragraph. Each class has questions that must
// be read the new way and near-misses that must not.

// TestS12kFormNamedAlone (rp154 q31): "那汇总表呢 也要纸质的吗" names the form
// in a clause of its own and asks about it in the next; the form is the
// subject, not a question of its own (its columns and ranking).
func TestS12kFormNamedAlone(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "那汇总表呢 也要纸质的吗", kind: KindNotInNotice, want: []string{"汇总表是否另交纸质版"}, not: []string{"只报一部作品也要交", "内容简介、联系人"}},
		{q: "那报名表呢 要盖章吗", want: []string{"著作权单位盖章"}, not: []string{"要填：推荐单位"}},
		// Rejects: a clause that asks more than the form's name keeps its part.
		{q: "汇总表有哪些栏 要纸质的吗", want: []string{"序号、片名", "汇总表是否另交纸质版"}},
		{q: "汇总表要盖章吗 报名表呢", want: []string{"没有要求汇总表", "报名表"}},
	})
	if a := b.AnswerAfter(context.Background(), "那汇总表呢 也要纸质的吗", "报名表纸质版要几份"); a.Kind != KindNotInNotice {
		t.Errorf("after the paper question: kind %s (%s)", a.Kind, a.Text)
	}
	for s, want := range map[string]bool{"那汇总表呢": true, "报名表呢": true, "那协议书呢？": true, "汇总表要几份": false, "那时长呢": false} {
		if got := b.onlyForm(s); got != want {
			t.Errorf("onlyForm(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestS12kCertificateAlone (rp154 q52): a certificate asked is not the
// prize money's paragraph with every reward.
func TestS12kCertificateAlone(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "获奖发证书不", kind: KindNotInNotice, want: []string{"没有说明是否颁发获奖证书"}, not: []string{"一等奖5名", "人才库", "党课开讲"}},
		{q: "有荣誉证书吗", kind: KindNotInNotice, want: []string{"获奖证书"}, not: []string{"一等奖5名"}},
		{q: "等下，先问问一等奖评几个？获奖的话有没有证书", want: []string{"一等奖5名", "获奖证书"}},
		// Rejects: money and prizes keep the rewards paragraph.
		{q: "有奖金吗", kind: KindNotInNotice, want: []string{"没有说明奖金", "一等奖5名"}},
		{q: "有奖金和证书吗", kind: KindNotInNotice, want: []string{"没有说明奖金"}},
	})
}

// TestS12kOwnFeatures (rp154 q66, q67; rp153): the bot's own features
// asked in a message that also touches a rule of the notice.
func TestS12kOwnFeatures(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		// The filled forms in a file format are this bot's download.
		{q: "填好的报名表能从你这下载吗 word版", kind: KindFeature, want: []string{"下载报名材料", "Word", "Excel"}, not: []string{"通知没有规定报名表"}},
		{q: "这个填完能导出word吗", kind: KindFeature, want: []string{"下载报名材料"}},
		// Rejects: the format the notice asks of the files sent.
		{q: "报名表电子版用word还是pdf", kind: KindNotInNotice, want: []string{"通知没有规定"}, not: []string{"可以。在这里报名完成后"}},
		{q: "报名表要word版吗", kind: KindNotInNotice},
		{q: "填好的报名表怎么下载", kind: KindFeature, want: []string{"下载报名材料"}},
		// An edit: how to change it here first, what was sent to the
		// contacts; no deadline.
		{q: "我已经报过了 想改片名 咋改", want: []string{"片名改成", "0371—69691670"}, not: []string{"2025年10月15日"}},
		{q: "怎么修改已经报的", want: []string{"随时可以改", "孟晗"}, not: []string{"2025年10月15日"}},
		{q: "发完邮件发现片名里有个错别字，还能改吗", want: []string{"通知中没有说明", "孟晗"}, not: []string{"2025年10月15日"}},
		// Rejects: seeing the works is still the list.
		{q: "看看我的作品", kind: KindFeature, want: []string{"我的作品"}, not: []string{"随时可以改"}},
		// A yes/no guess at how, answered by a feature: that feature alone.
		{q: "好的 那现在怎么报名 直接在这发信息吗", kind: KindFeature, want: []string{"我要报名", "jytzgc2024@126.com"}, not: []string{"要报送四样"}},
		{q: "怎么报名 在这报吗", kind: KindFeature, want: []string{"我要报名"}, not: []string{"要报送四样"}},
		{q: "直接在这发信息吗", kind: KindFeature, want: []string{"我要报名"}},
		// Rejects: a guess answered by the notice, and a yes/no after a
		// question that is no "how", keep both parts.
		{q: "怎么交材料 在这上传吗", want: []string{"不在这里上传"}},
		{q: "截止是哪天 在这报吗", want: []string{"2025年10月15日"}},
		{q: "怎么报名", want: []string{"要报送四样"}},
	})
}

// TestS12kValuesAfterQuestion (rp152): values told after a question on
// another topic (how to write the 时长) are its scene: no verdict.
func TestS12kValuesAfterQuestion(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "时长要精确到秒吗？俺们这个两分多点", kind: KindNotInNotice, want: []string{"写到秒"}, not: []string{"结论", "还要确认"}},
		{q: "时长超3分钟咋填", kind: KindNotInNotice, want: []string{"写到秒", "原则上不超过3分钟"}, not: []string{"主创人员（监制"}},
		// Rejects: values after a question on a video rule are judged.
		{q: "码率有啥要求 俺的是8M", kind: KindVideo, want: []string{"不通过"}},
		{q: "3分05秒，超了5秒，这个有影响吗？会不会直接不收", kind: KindVideo, want: []string{"3分5秒"}},
	})
}

// TestS12kNotSettled (rp152, rp153): what the notice leaves open, said
// about the thing asked.
func TestS12kNotSettled(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		// One 联系人 for several works is the field, not how many works a creator may make.
		{q: "两个作品联系人可以写同一个人吗 都写我行不行", want: []string{"联系人", "通知也没有限制"}, not: []string{"主创", "报名表（附件2）要填"}},
		{q: "一个老师能当几个作品的联系人吗", want: []string{"联系人"}, not: []string{"主创"}},
		{q: "一个老师能参加几个作品", kind: KindNotInNotice, want: []string{"同一位老师或主创"}},
		{q: "两个作品主创可以是同一个人吗", want: []string{"同一位老师或主创"}},
		// A co-produced work and how to write it.
		{q: "是我们团委跟许昌鼎视文化传媒有限公司一块拍的 这个咋写", kind: KindNotInNotice, want: []string{"合作完成", "制作单位", "0371—69691670"}},
		{q: "跟外面的传媒公司合作拍的可以吗", kind: KindFact, want: []string{"可以合作"}},
		{q: "团委拍的能报吗", kind: KindNotInNotice, want: []string{"团委"}, not: []string{"合作的两家"}},
		{q: "版权协议书乙方写谁啊 我们是跟公司合作拍的 写学校还是写公司", want: []string{"单位名称"}, not: []string{"合作的两家"}},
		// What 视频切片 usually means, marked as no definition of the notice's.
		{q: "视频切片是啥意思", kind: KindNotInNotice, want: []string{"没有解释各类的含义", "一般说的“视频切片”", "不是通知的定义"}},
		{q: "什么叫视频切片", want: []string{"一般说的“视频切片”"}},
		{q: "切片能不能报", want: []string{"“视频切片”是通知所列五类作品之一"}, not: []string{"一般说的"}},
		{q: "动画制作是啥意思", want: []string{"没有解释各类的含义"}, not: []string{"一般说的"}},
		// Phone footage and its orientation.
		{q: "手机拍的横屏行不行", kind: KindNotInNotice, want: []string{"手机拍的也没有排除", "横竖屏皆可", "1080P或4K"}},
		{q: "横屏行不行", kind: KindFact, want: []string{"横竖屏皆可"}, not: []string{"手机"}},
		{q: "用手机拍的竖屏1080p 码率20M mp4 2分钟 行吗", kind: KindVideo, want: []string{"符合通知要求"}, not: []string{"拍摄设备"}},
		// A title's 书名号 typed here.
		{q: "片名要加书名号不", want: []string{"书名号", "打不打书名号都行"}},
		{q: "片名能带冒号吗", want: []string{"冒号"}, not: []string{"打不打书名号"}},
		// How to fill a field, asked "是写…还是写…".
		{q: "推荐单位是写学院还是写学院党委啊", want: []string{"学校全称", "通知没有说明"}},
		{q: "监制写领导名字还是写干活的人", want: []string{"监制(策划)", "实际分工"}, not: []string{"推荐单位-序号-片名"}},
		{q: "主创人员要填哪些", kind: KindFact, want: []string{"监制(策划)"}, not: []string{"该写谁"}},
		{q: "推荐单位怎么填", want: []string{"学校全称"}, not: []string{"学校党委"}},
	})
}

// TestS12kHiring (rp149, rp154): hiring at the organisers is off-topic, not
// who may send works.
func TestS12kHiring(t *testing.T) {
	b := mustLoad(t, Options{})
	runS11c(t, b, []s11cCase{
		{q: "你们单位还招人不", kind: KindOffTopic, not: []string{"报送范围"}},
		{q: "你们还招聘吗", kind: KindOffTopic},
		// Rejects: hiring someone to film is co-operation.
		{q: "我们想请人拍片子可以吗", kind: KindFact, want: []string{"可以合作"}},
		{q: "招聘考试什么时候", kind: KindOffTopic, want: []string{"我只解答"}},
	})
}
