package knowledge

import "testing"

// s10-h (issue 12, round 26: the contacts' own questions of rp123–rp126).
// Each class has questions that must be read the new way (accept) and
// near-misses that must not (reject).

// TestS10HClaimsAsserted: a number or date is a premise only where the
// user asserts it; a clause that asks claims nothing. A party or place a
// question presupposes is still corrected.
func TestS10HClaimsAsserted(t *testing.T) {
	runS9K(t, "claims asserted",
		[]s9kCase{
			{q: "好的，谢谢！再请教一下，版权确认协议书原件是每部作品各签一份吗？送到组干处D725B房间的话是可以邮寄，还是必须派人当面送达，截止时间和邮箱报送是同一天吗？", want: []string{"各签一份版权确认协议书", "能否邮寄"}, not: []string{"不对"}},
			{q: "报名表纸质版是交3份吗", want: []string{"1式2份"}, not: []string{"不对"}},
			{q: "一等奖是3个吗", want: []string{"一等奖5名"}, not: []string{"不对"}},
		},
		[]s9kCase{
			{q: "报名表纸质版交3份吧", want: []string{"不对，", "不是3份"}},
			{q: "截至日期是不是10月30号啊", want: []string{"不对，", "不是10月30日"}},
			{q: "通知说5分钟以内就行吧", want: []string{"不对，", "不是5分钟"}},
			{q: "汇总表是让省委教育工委的领导签字吗", want: []string{"不对，", "不是省委教育工委的领导"}},
			{q: "原件寄到D752B可以吗", want: []string{"不对，", "不是D752B"}},
		})
}

// TestS10HMeaningNotWriting: a question about what a word means is never a
// request to write; "剪出来一段" cuts a clip.
func TestS10HMeaningNotWriting(t *testing.T) {
	runS9K(t, "meaning not writing",
		[]s9kCase{
			{q: "再问下分类里的“视频切片”具体指什么？我们今年七一党课有现场录像，从里面剪出来一段，算视频切片还是实景拍摄？", want: []string{"五类", "没有解释各类的含义"}, not: []string{"代写"}},
			{q: "从党课录像里剪出来一段能报吗", not: []string{"代写"}},
			{q: "解说词是什么意思", not: []string{"代写"}},
		},
		[]s9kCase{
			{q: "帮我写一段视频切片的解说词", want: []string{"代写"}},
			{q: "给我来一段快板", want: []string{"代写"}},
			{q: "帮我们写个简介", want: []string{"代写"}},
		})
}

// TestS10HShowingNotPublished: a showing at a meeting, or only news and
// photos posted, is a case the notice does not settle; posting the video
// is still publication.
func TestS10HShowingNotPublished(t *testing.T) {
	runS9K(t, "showing not published",
		[]s9kCase{
			{q: "问一下 俺这个片子没往网上发过 就是在俺学校开会嘞时候在大屏上放过一回 这算不算公开发表啊", want: []string{"全平台未公开发表", "校内会议", "0371—69691670"}, not: []string{"不可以", "已在抖音", "符合这一条"}},
			{q: "那到底中不中啊 俺没往网上发 就是学校开会放了一下", want: []string{"校内会议", "0371—69691670"}, not: []string{"符合这一条"}},
			{q: "在全院大会上用大屏幕放过一次 算公开发表吗", want: []string{"校内会议"}, not: []string{"不可以"}},
			{q: "还想问下 党课那天学校公众号发过个新闻 配了几张现场照片 视频没发 这个算公开发表了吗", want: []string{"相关的新闻、照片", "0371—69691670"}, not: []string{"不可以", "1式2份"}},
		},
		[]s9kCase{
			{q: "在抖音上发过 算公开发表吗", want: []string{"不符合要求"}, not: []string{"校内会议"}},
			{q: "学校公众号发过这个视频了 还能报吗", want: []string{"不符合要求"}, not: []string{"相关的新闻、照片"}},
			{q: "片子一直没发过 能报吗", want: []string{"符合这一条"}},
		})
}

// TestS10HStatedCount: a count the message states is context; it asks how
// many may be sent only beside a word of permission or number.
func TestS10HStatedCount(t *testing.T) {
	runS9K(t, "stated count",
		[]s9kCase{
			{q: "还有 两个视频是分开发邮件还是放一个邮件里发 文件太大邮箱传不上去怎么办", want: []string{"一个报送邮箱", "放在一封邮件里发还是分开发", "没有说明文件大小限制"}, not: []string{"数量不限"}},
			{q: "您好！我是新乡职业技术学院党委办公室的张伟东，我校拟推荐两部作品参赛，现想通过您这里进行报名登记，请问具体应该如何操作，是否需要先把报名表上的内容逐项发给您？", want: []string{"我要报名"}, not: []string{"数量不限"}},
			{q: "另外想请教您一下，我们这次报送两部作品，汇总表上的顺序是按什么排的", want: []string{"根据作品质量情况在汇总表中排序"}, not: []string{"数量不限"}},
		},
		[]s9kCase{
			{q: "我们有两个片子，能报吗", want: []string{"数量不限"}},
			{q: "恁好 俺是周口职业技术学院教务处的 想给恁这报俩片子 中不中", want: []string{"数量不限"}},
			{q: "一个学校能报几个", want: []string{"数量不限"}},
		})
}

// TestS10HFormNamedBefore: a question that names no form asks about the
// form named before it, when that form has its own answer on the topic.
func TestS10HFormNamedBefore(t *testing.T) {
	runS9K(t, "form named before",
		[]s9kCase{
			{q: "另外想请教您一下，我们这次报送两部作品，汇总表上的顺序是按什么排的，是否必须由分管校领导亲笔签字，还是盖章也可以？", want: []string{"根据作品质量情况在汇总表中排序", "分管负责领导在汇总表上签字", "没有要求汇总表（附件4）盖章"}, not: []string{"推荐单位意见栏", "数量不限"}},
			{q: "报名表要交纸质的吗 要盖章吗", want: []string{"1式2份", "著作权单位盖章"}, not: []string{"分管负责领导"}},
			{q: "好的。最后再确认一下，您这边生成的汇总表是否已经把两部作品都列上了，我们打印出来请分管校领导签字后，是扫描发到邮箱就可以，还是纸质原件也要一并报送到组干处？", want: []string{"汇总表是否另交纸质版，通知没有说明"}},
		},
		[]s9kCase{
			{q: "版权协议书原件送到哪里，什么时候之前送？", want: []string{"D725B", "2025年10月15日前"}},
			{q: "是否必须由分管校领导亲笔签字", want: []string{"分管负责领导", "推荐单位意见栏"}},
		})
}

// TestS10HBothAsked: two questions after one another, the second a Henan
// "得…不得", are both answered.
func TestS10HBothAsked(t *testing.T) {
	runS9K(t, "both asked",
		[]s9kCase{
			{q: "俺再问一下 这弄好了视频往哪交啊 报名表还得盖章不得", want: []string{"jytzgc2024@126.com", "著作权单位盖章"}},
		},
		[]s9kCase{
			{q: "报名表还得盖章不得", want: []string{"著作权单位盖章"}, not: []string{"jytzgc2024@126.com"}},
		})
	for _, q := range []string{"报名表还得盖章不得", "得交不得", "还得交纸质版不得"} {
		if !isQuestion(normalize(q)) {
			t.Errorf("%q: want a question", q)
		}
	}
	for _, q := range []string{"我们舍不得", "这样要不得", "好嘞"} {
		if isQuestion(normalize(q)) {
			t.Errorf("%q: want no question", q)
		}
	}
}

// TestS10HGeneratedSummary: the 汇总表 this bot generates is its own
// feature: it lists the unit's confirmed works in order.
func TestS10HGeneratedSummary(t *testing.T) {
	runS9K(t, "generated summary",
		[]s9kCase{
			{q: "您这边生成的汇总表是否已经把两部作品都列上了", want: []string{"下载报名材料", "全部作品，按序号排列"}},
			{q: "系统自动生成的汇总表里有我们第二个作品吗", want: []string{"全部作品，按序号排列"}},
		},
		[]s9kCase{
			{q: "汇总表里AI生成的作品要标注吗", not: []string{"全部作品，按序号排列"}},
			{q: "汇总表谁签字", not: []string{"全部作品，按序号排列"}},
		})
}

// TestS10HTwoReasons: a work ruled out by its date and by its publication
// gets both reasons, and a work shown on 学习强国 already is published, not
// a work given to another contest.
func TestS10HTwoReasons(t *testing.T) {
	runS9K(t, "two reasons",
		[]s9kCase{
			{q: "好的，谢谢。还有一个问题，我们去年（2024年）11月做过一个片子，质量还不错，已经在学习强国河南平台上播过了，这个还能报吗？", want: []string{"早于2025年", "公开发过的作品不符合要求"}, not: []string{"授权给第三方", "别的征集活动"}},
			{q: "2024年拍的 已经在抖音发过了 还能报吗", want: []string{"早于2025年", "公开发过的作品不符合要求"}},
		},
		[]s9kCase{
			{q: "这个作品能不能同时投学习强国的征集", want: []string{"别的征集活动"}},
			{q: "今年3月拍的 在学习强国上发过 能报吗", want: []string{"公开发过的作品不符合要求"}, not: []string{"早于2025年", "别的征集活动"}},
		})
}

// TestS10HHenanLe: 嘞 before a word is 的; at the end it is a particle.
func TestS10HHenanLe(t *testing.T) {
	for in, want := range map[string]string{"开会嘞时候": "开会的时候", "俺学校嘞片子": "我学校的片子", "好嘞": "好嘞", "中嘞": "中嘞"} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
