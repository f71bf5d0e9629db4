package dialogs

import (
	"testing"

	"contestbot"
)

// TestDoneAsk (s11-j, rp143): "完了？" after a submission asks whether
// registering is over; a bare statement or a question about something else
// is not read so.
func TestDoneAsk(t *testing.T) {
	accept := []string{"完了？", "这就完了？", "好了吗", "这就完了吗", "就这样了吗", "那就好了？", "报完了吗", "搞定了没", "完事了？"}
	reject := []string{"完了", "好了", "好了 确认", "我填完了", "视频做完了吗", "好了吗我再改个电话", "截止时间到了吗", "完了完了片名写错了"}
	for _, s := range accept {
		if !asksDone(s) {
			t.Errorf("asksDone(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if asksDone(s) {
			t.Errorf("asksDone(%q) = true, want false", s)
		}
	}
}

// TestSaidUnitCode (s11-j, rp145): a unit code inside a sentence joins.
func TestSaidUnitCode(t *testing.T) {
	accept := map[string]string{
		"那我问韩老师要了单位码 YJTUQ9":  "YJTUQ9",
		"韩老师给的单位码是YJTUQ9，加一下": "YJTUQ9",
		"邀请码：k7m3q9 麻烦了":      "K7M3Q9",
	}
	for s, want := range accept {
		if got := saidUnitCode(compact(s)); got != want {
			t.Errorf("saidUnitCode(%q) = %q, want %q", s, got, want)
		}
	}
	reject := []string{"单位码是多少", "单位码 YJTUQ9X", "单位码发给你了吗", "我问韩老师要单位码", "单位码ABCDEF", "片名YJTUQ9"}
	for _, s := range reject {
		if got := saidUnitCode(compact(s)); got != "" {
			t.Errorf("saidUnitCode(%q) = %q, want none", s, got)
		}
	}
}

// TestColleagueWork (s11-j, rp145): asking to see a colleague's work.
func TestColleagueWork(t *testing.T) {
	accept := []string{"我能看到韩老师报的那个吗", "能看到韩雪梅老师已经报上去的那个作品吗", "汇总表里有韩老师那个吗", "能不能看看同事提交的片子", "汇总表里有没有王老师报的"}
	reject := []string{"我能看到我报的作品吗", "韩老师报的是第几个", "汇总表里有哪些内容", "能看看报名表吗", "韩老师是我同事", "汇总表上要写联系人吗", "我想看看我已经报的作品"}
	for _, s := range accept {
		if !asksColleagueWork(compact(s)) {
			t.Errorf("asksColleagueWork(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if asksColleagueWork(compact(s)) {
			t.Errorf("asksColleagueWork(%q) = true, want false", s)
		}
	}
}

// TestProgressAskOthers (s11-j, rp142): "好的 那还有别的要填吗" asks what is
// left in this draft, not the form's field list.
func TestProgressAskOthers(t *testing.T) {
	accept := []string{"好的 那还有别的要填吗", "还有其他要填的吗", "那还有别的需要填吗", "还有什么要填的", "好，还差哪些没填"}
	reject := []string{"还有别的问题", "还有别的作品要报", "还有其他学校要填吗老师", "报名表要填什么", "还有一个简介要改"}
	for _, s := range accept {
		if c := compact(s); !reProgressAsk.MatchString(c) {
			t.Errorf("reProgressAsk(%q) = false, want true", s)
		}
	}
	for _, s := range reject {
		if c := compact(s); reProgressAsk.MatchString(c) {
			t.Errorf("reProgressAsk(%q) = true, want false", s)
		}
	}
}

// TestLaterFieldAsk (s11-j, rp142): asking leave to send a named field later.
func TestLaterFieldAsk(t *testing.T) {
	accept := map[string]slot{
		"能不能先报上占个位置，简介我们还在改，晚两天再发过来行不行": slot(contestbot.FieldSynopsis),
		"简介过几天再补可以吗":    slot(contestbot.FieldSynopsis),
		"主创名单明天再发给你行不行": slot(contestbot.FieldCreators),
	}
	for s, want := range accept {
		if got := laterFieldAsk(compact(s)); got != want {
			t.Errorf("laterFieldAsk(%q) = %q, want %q", s, got, want)
		}
	}
	reject := []string{"简介晚两天再发", "能不能晚两天报送", "晚两天交材料行不行", "简介写多长合适", "简介我发过了，行不行", "作品晚几天再交可以吗"}
	for _, s := range reject {
		if got := laterFieldAsk(compact(s)); got != "" {
			t.Errorf("laterFieldAsk(%q) = %q, want none", s, got)
		}
	}
}

// TestSpellingDiffers (s11-j, rp145): one school typed two ways is pointed
// out; the same spelling (widths, spaces) or another unit is not.
func TestSpellingDiffers(t *testing.T) {
	accept := [][2]string{
		{"开封文化艺术职业学院党委", "开封文化艺术职业学院"},
		{"中共郑州大学委员会", "郑州大学"},
		{"南阳农业职业学院党委组织部", "南阳农业职业学院党委"},
	}
	reject := [][2]string{
		{"开封文化艺术职业学院", "开封文化艺术职业学院"},
		{"开封文化艺术职业学院", "开封文化艺术职业学院 "},
		{"开封文化艺术职业学院", "开封文化艺术职业学院土木学院"},
		{"郑州大学", "河南大学"},
	}
	for _, p := range accept {
		if !spellingDiffers(p[0], p[1]) {
			t.Errorf("spellingDiffers(%q, %q) = false, want true", p[0], p[1])
		}
	}
	for _, p := range reject {
		if spellingDiffers(p[0], p[1]) {
			t.Errorf("spellingDiffers(%q, %q) = true, want false", p[0], p[1])
		}
	}
}
