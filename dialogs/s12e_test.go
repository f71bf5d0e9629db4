package dialogs

import "testing"

// s12-e (round 32, rp153): table tests with accept and reject lists.

func TestS12EIntroWish(t *testing.T) {
	for _, s := range []string{
		"你好 我是安阳工学院宣传部的 要报两个片子参加党员教育短视频大赛",
		"我是开封文化艺术职业学院党办的，报两个作品",
		"想报一个作品参加全省党员教育短视频创作大赛",
		"我们要报三个片子参加短视频大赛",
	} {
		if !wishesToRegister(s) {
			t.Errorf("wishesToRegister(%q) = false", s)
		}
	}
	for _, s := range []string{
		"党员教育短视频大赛能报几个",
		"党员教育短视频大赛最多报几个片子",
		"我们不报党员教育短视频大赛了",
		"我是安阳工学院宣传部的",
		"党员教育短视频大赛",
	} {
		if wishesToRegister(s) {
			t.Errorf("wishesToRegister(%q) = true", s)
		}
	}
	if n := worksSaid("你好 我是安阳工学院宣传部的 要报两个片子参加党员教育短视频大赛"); n != 2 {
		t.Errorf("worksSaid = %d, want 2", n)
	}
}

func TestS12EPartyOrgan(t *testing.T) {
	const school = "安阳工学院"
	for _, b := range []string{"安阳工学院党委", "中共安阳工学院委员会", "安阳工学院党委组织部", "安阳工学院组织部", "安阳工学院党办", "安阳工学院党总支", "安阳工学院党委办公室"} {
		if !partyOrgan(b, school) {
			t.Errorf("partyOrgan(%q) = false", b)
		}
	}
	for _, b := range []string{"安阳工学院宣传部", "安阳工学院党委宣传部", "安阳工学院团委", "安阳工学院教务处", "安阳工学院办公室", "安阳工学院统战部", "郑州大学党委"} {
		if partyOrgan(b, school) {
			t.Errorf("partyOrgan(%q) = true", b)
		}
	}
}

func TestS12EAILabelClause(t *testing.T) {
	for _, s := range []string{"片子里标了AI生成", "片尾注明了AI生成", "画面上打了AI生成的字样", "片头标了AI", "字幕里写了AI生成"} {
		if !aiLabelClause(s) {
			t.Errorf("aiLabelClause(%q) = false", s)
		}
	}
	for _, s := range []string{"片子里没标AI生成", "还没注明AI生成", "要标AI生成吗", "得标上AI生成", "片头有两个老镜头是AI生成的", "标了", "AI生成的要标注吗"} {
		if aiLabelClause(s) {
			t.Errorf("aiLabelClause(%q) = true", s)
		}
	}
}

func TestS12ECoProducers(t *testing.T) {
	const unit = "许昌职业技术学院"
	for in, want := range map[string]string{
		"是我们团委跟许昌鼎视文化传媒有限公司一块拍的 这个咋写": "许昌职业技术学院团委、许昌鼎视文化传媒有限公司",
		"学院和许昌鼎视文化传媒有限公司合作制作的":        "许昌职业技术学院、许昌鼎视文化传媒有限公司",
		"由宣传部与许昌广播电视台联合摄制":            "许昌职业技术学院宣传部、许昌广播电视台",
		"我们学校联合许昌鼎视文化传媒有限公司制作":        "许昌职业技术学院、许昌鼎视文化传媒有限公司",
		"是团委和鼎视传媒公司一起做的 怎么写":          "许昌职业技术学院团委、鼎视传媒公司",
	} {
		makers, _, ok := coProducers(in, unit)
		if got := joinList(makers); !ok || got != want {
			t.Errorf("coProducers(%q) = %q, %v, want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{
		"我跟小王一起拍的",
		"张伟和李娜一起拍的",
		"是我们团委拍的",
		"许昌职业技术学院团委",
		"跟公司合作拍的能报吗 版权归谁",
		"团委跟鼎视一块拍的 片名叫青春",
		"我们和他们一起拍的",
	} {
		if makers, _, ok := coProducers(in, unit); ok {
			t.Errorf("coProducers(%q) = %q, want none", in, makers)
		}
	}
	if _, _, ok := coProducers("我们团委跟许昌鼎视文化传媒有限公司一块拍的", ""); ok {
		t.Errorf("coProducers with no 推荐单位 resolved 我们团委")
	}
}

func joinList(v []string) string {
	out := ""
	for i, s := range v {
		if i > 0 {
			out += "、"
		}
		out += s
	}
	return out
}

func TestS12ENickname(t *testing.T) {
	for _, s := range []string{"老胡", "小刘", "阿强", "王老师", "李书记", "张哥", "李姐", "欧阳老师", "小明", "老舍"} {
		if !isNickname(s) {
			t.Errorf("isNickname(%q) = false", s)
		}
	}
	for _, s := range []string{"胡建军", "刘佳怡", "阿依古丽", "晓雯老师", "李晓雯", "王", "小刘佳", "老胡同志", "欧阳娜娜", "王总", "王校长", "李主任"} {
		if isNickname(s) {
			t.Errorf("isNickname(%q) = true", s)
		}
	}
	held := []heldNick{{slotSupervisor, "老胡"}, {slotWriter, "小刘"}}
	for in, want := range map[string]int{"就写小刘": 1, "就这么写吧": 2, "写老胡和小刘就行": 2, "不用全名": 2} {
		if got, ok := keptNicks(in, held); !ok || len(got) != want {
			t.Errorf("keptNicks(%q) = %v, %v, want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"小刘的全名是啥", "胡建军 刘佳怡", "写错了", "小王"} {
		if got, ok := keptNicks(in, held); ok {
			t.Errorf("keptNicks(%q) = %v", in, got)
		}
	}
	for _, in := range []string{"胡建军 刘佳怡", "胡建军、刘佳怡"} {
		if got, ok := bareNames(in); !ok || len(got) != 2 {
			t.Errorf("bareNames(%q) = %v, %v", in, got, ok)
		}
	}
	for _, in := range []string{"胡建军 小刘", "他们都不在", "胡建军 刘佳怡 吧吧吧"} {
		if got, ok := bareNames(in); ok {
			t.Errorf("bareNames(%q) = %v", in, got)
		}
	}
}

func TestS12ENickParenFull(t *testing.T) {
	for in, want := range map[string]string{"老王（王建军）": "王建军", "策划老王（王建军）": "策划王建军", "小刘(刘佳怡)": "刘佳怡", "王老师（王芳）": "王芳",
		"老王（李建军）": "老王（李建军）", "张三（导演）": "张三（导演）", "王磊（焦作台）": "王磊（焦作台）"} {
		if got := nickParenFull(in); got != want {
			t.Errorf("nickParenFull(%q) = %q, want %q", in, got, want)
		}
	}
}
