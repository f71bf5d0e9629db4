package dialogs

import "testing"

// Issue #10 classes 3 and 4 (d1).
func TestMeantReaders(t *testing.T) {
	checkReaders(t, []readerCase{
		{
			name:   "wants to register",
			fn:     wantsToRegister,
			accept: []string{"中 那俺现在就报名吧 咋弄", "那我们就报名吧，怎么报", "想报个视频比赛中不中", "我们是洛阳职业技术学院的，想报个名", "我们也想参加这个比赛", "打算报个片子", "准备报一个"},
			reject: []string{"想参加这个比赛需要什么材料", "我们要报名的话交什么", "老师好，我们要报名一个片子，画面都是实拍的，这个分类该选实景拍摄还是AI生成？", "一个学校最多能报几个作品", "还能报吗", "想问下截止什么时候", "报名表要求写啥", "我想问问"},
		},
		{
			name:   "estimate of the running time",
			fn:     vagueDuration,
			accept: []string{"四分钟出头", "大概两分半", "两分钟左右", "三分多钟", "片子快三分钟了", "时长是大概两分半"},
			reject: []string{"2分30秒", "两分半", "大概2分50秒吧", "三分钟", "用了两分钟拍完了吗", "实拍的"},
		},
	})
}

func TestDropEstimate(t *testing.T) {
	for in, want := range map[string][2]string{
		"片子三分多钟 实拍的":   {"片子 实拍的", "三分多钟"},
		"时长是大概两分半，实拍的": {"实拍的", "时长是大概两分半"},
		"片子三分二十秒 实拍的":  {"片子三分二十秒 实拍的", ""},
	} {
		rest, est := dropEstimate(in)
		if rest != want[0] || est != want[1] {
			t.Errorf("dropEstimate(%q) = %q, %q; want %q, %q", in, rest, est, want[0], want[1])
		}
	}
}
