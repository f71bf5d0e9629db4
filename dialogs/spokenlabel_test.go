package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// TestSpokenLabels: field names written with characters of the same sound
// are read as the labels; words of their own that merely sound alike are
// left alone.
func TestSpokenLabels(t *testing.T) {
	accept := []struct{ in, want string }{
		{"至做单位就是说写南阳市第二中等职业学校党委", "制作单位就是说写南阳市第二中等职业学校党委"},
		{"制做单位改成南阳市第二中等职业学校党委", "制作单位改成南阳市第二中等职业学校党委"},
		{"那个至做单位还是错的应该是南阳市第二中等职业学校党委", "那个制作单位还是错的应该是南阳市第二中等职业学校党委"},
		{"不是不是那个至做单位你给我弄错了", "不是不是那个制作单位你给我弄错了"},
		{"建制是我们周德明书记", "监制是我们周德明书记"},
		{"摄影是李振简辑是李振和王一帆", "摄影是李振剪辑是李振和王一帆"},
		{"遍导是张伟", "编导是张伟"},
		{"联系任：王芳", "联系人：王芳"},
		{"市场是二分五十秒嗯小李你把那个U盘给我拿过来", "时长是二分五十秒嗯小李你把那个U盘给我拿过来"},
		{"时常2分30秒", "时长2分30秒"},
		{"建制是啥意思", "监制是啥意思"},
		{"至做单位", "制作单位"},
		{"制做单位同上", "制作单位同上"},
		{"至做单位同上联系任王建军", "制作单位同上联系人王建军"},
		{"建制周德明遍导我撰稿也是我摄像是李振简辑是孙丽", "监制周德明编导我撰稿也是我摄像是李振剪辑是孙丽"},
		{"摄影李振简辑孙丽", "摄影李振剪辑孙丽"},
	}
	for _, c := range accept {
		if got := spokenLabels(c.in, false); got != c.want {
			t.Errorf("spokenLabels(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	reject := []struct {
		in       string
		freeText bool
	}{
		{"我们村是建制村", false},
		{"农贸市场是全县最大的", false},
		{"市场是两个", false},
		{"剪纸艺术传承人", false},
		{"走便道去学校", false},
		{"制作单位：南阳市第二中等职业学校党委", false},
		{"我时常是这样说的", false},
		{"讲述建制村里剪纸是怎么传下来的", true},
		{"影片讲述了老支书的故事，建制是村里的大事", true},
		{"简介：走进市场是二分钟的路", false},
		{"片子偏长是不是不行", false},
		{"建制村周德明", false},
		{"剪纸孙丽", false},
		{"我们作品明天发", false},
		{"市场上两分钟的片子多吗", false},
		{"剪纸是我的青春", false},
		{"《剪纸是我的青春》", false},
		{"片名“建制是怎么来的”", false},
	}
	for _, c := range reject {
		if got := spokenLabels(c.in, c.freeText); got != c.in {
			t.Errorf("spokenLabels(%q, %v) = %q, want unchanged", c.in, c.freeText, got)
		}
	}
}

// TestSpokenLabelsAtFreeText: while a 简介 is asked, a field's name heard
// as a homophone counts only at the start of the message.
func TestSpokenLabelsAtFreeText(t *testing.T) {
	in := "不是不是那个至做单位你给我弄错了就是南阳市第二中等职业学校党委"
	want := "不是不是那个制作单位你给我弄错了就是南阳市第二中等职业学校党委"
	if got := spokenLabels(in, true); got != want {
		t.Errorf("spokenLabels(%q, true) = %q, want %q", in, got, want)
	}
}

// TestVagueRemoval: words only pointed at ("前面那些字不要") are no words to
// look for: the value said before the pointer is the new one, else the
// user is asked which words.
func TestVagueRemoval(t *testing.T) {
	accept := map[string]string{ // message → the rest read as the new value
		"不是不是那个制作单位你给我弄错了就是南阳市第二中等职业学校党委前面那些字不要": "不是不是那个制作单位你给我弄错了就是南阳市第二中等职业学校党委",
		"前面那些字不要":   "",
		"最后那几个字删了":  "",
		"简介后面那些字删掉": "",
	}
	for in, rest := range accept {
		rm, ok := readRemoval(in)
		if !ok || !rm.vague || rm.rest != rest {
			t.Errorf("readRemoval(%q) = %+v, %v; want vague with rest %q", in, rm, ok, rest)
		}
	}
	reject := []string{"把前面的就是说去掉", "把最后那俩字去掉", "最后那个去掉", "把简介前面的“就是说”删了", "简介不要了"}
	for _, in := range reject {
		if rm, ok := readRemoval(in); ok && rm.vague {
			t.Errorf("readRemoval(%q) = %+v; want no vague removal", in, rm)
		}
	}
}

// TestDictationFiller: filler of dictation is stripped from short fields
// wherever it is glued; from a free text only when it opens it.
func TestDictationFiller(t *testing.T) {
	producer, synopsis, summary := slot(contestbot.FieldProducer), slot(contestbot.FieldSynopsis), slot(contestbot.FieldSummary)
	accept := []struct {
		in   string
		s    slot
		want string
	}{
		{"就是说影片讲述南阳市唐河县一位老支书的故事", synopsis, "影片讲述南阳市唐河县一位老支书的故事"},
		{"嗯就是说影片讲述老支书的故事", synopsis, "影片讲述老支书的故事"},
		{"嗯那个就是说这个片子讲的是老党员扎根讲台的故事嗯", synopsis, "这个片子讲的是老党员扎根讲台的故事"},
		{"然后呢影片讲述老支书的故事", synopsis, "影片讲述老支书的故事"},
		{"我另外说一个学生志愿者翻阅老支书四十年工作笔记", summary, "学生志愿者翻阅老支书四十年工作笔记"},
		{"就是说南阳市第二中等职业学校党委", producer, "南阳市第二中等职业学校党委"},
		{"呃这个南阳市第二中等职业学校党委嗯", producer, "南阳市第二中等职业学校党委"},
	}
	reject := []struct {
		in string
		s  slot
	}{
		{"那个年代的老支书带领村民修路", synopsis},
		{"就是这样一位老党员，坚守了四十年", synopsis},
		{"影片讲述老支书的故事，就是说他四十年如一日记笔记", synopsis},
		{"这个夏天，我们走进了乡村", summary},
		{"讲述老党员带头捐款，记下每一笔金额", synopsis},
	}
	for _, c := range accept {
		if got := unfill(c.in, c.s); got != c.want {
			t.Errorf("unfill(%q, %s) = %q, want %q", c.in, c.s, got, c.want)
		}
	}
	for _, c := range reject {
		if got := unfill(c.in, c.s); got != c.in {
			t.Errorf("unfill(%q, %s) = %q, want unchanged", c.in, c.s, got)
		}
	}
}

// TestOrgAfterTalk: a unit dictated after talk, with no punctuation, is
// the part after the talk; a unit holding such a character stays whole.
func TestOrgAfterTalk(t *testing.T) {
	accept := map[string]string{
		"那行那我就报个名吧嗯我们是南阳市第二中等职业学校": "南阳市第二中等职业学校",
		"好吧俺们学校就是郑州市第七中学":          "郑州市第七中学",
		"嗯那个南阳市第二中等职业学校党委":         "南阳市第二中等职业学校党委",
	}
	for in, want := range accept {
		if got := orgAfterTalk(in); got != want {
			t.Errorf("orgAfterTalk(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"哈密市第一中学", "哈尔滨工业大学", "南阳市第二中等职业学校", "郑州啊啊学校", "你说呢"} {
		if got := orgAfterTalk(in); got != in {
			t.Errorf("orgAfterTalk(%q) = %q, want unchanged", in, got)
		}
	}
}

// TestSelfIntroOff: a contact introducing themself in speech gives the
// name; anything else is left to the validators.
func TestSelfIntroOff(t *testing.T) {
	accept := map[string]string{"我那个叫周文涛": "周文涛", "我那个名字叫张卫红": "张卫红", "我是李娜": "李娜", "我呢是王芳": "王芳"}
	for in, want := range accept {
		if got := selfIntroOff(in); got != want {
			t.Errorf("selfIntroOff(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"我叫", "我是谁", "我是联系人", "周文涛"} {
		if got := selfIntroOff(in); got != in {
			t.Errorf("selfIntroOff(%q) = %q, want unchanged", in, got)
		}
	}
}

// BenchmarkSpokenLabels reads a long dictated message (about 600
// characters) for misheard labels.
func BenchmarkSpokenLabels(b *testing.B) {
	msg := strings.Repeat("至做单位就是说写南阳市第二中等职业学校党委嗯联系人就是我贾玉山建制是周德明简辑是李振和王一帆市场是二分五十秒", 10)
	for b.Loop() {
		spokenLabels(msg, false)
	}
}

// TestSpokenPhoneGroups: a phone number dictated in groups of Chinese
// digits is read; Chinese numbers that are no phone are left alone.
func TestSpokenPhoneGroups(t *testing.T) {
	accept := map[string]string{
		"幺三八 三七七一 二三四五": "138 3771 2345",
		"电话一三八三七七一二三四五": "电话13837712345",
		"零三七七-六三一五二二八六": "0377-63152286",
	}
	for in, want := range accept {
		if got := reCNPhone.ReplaceAllStringFunc(in, cnPhoneDigits); got != want {
			t.Errorf("spoken phone %q = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"二分三十秒", "一 二 三", "第一二三四五名", "两分五十秒左右"} {
		if got := reCNPhone.ReplaceAllStringFunc(in, cnPhoneDigits); got != in {
			t.Errorf("spoken phone %q = %q, want unchanged", in, got)
		}
	}
}
