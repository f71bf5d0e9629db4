package dialogs

import (
	"strings"
	"testing"

	"contestbot"
)

// s5-g4: dialect and traditional-character sentences (round 11, rp51 p51a
// and rp49 p49a), each reader with accept and reject lists.

func TestProducerDialect(t *testing.T) {
	const unit = "驻马店财经中等专业学校"
	is := func(want string) func(string) bool {
		return func(s string) bool {
			v := producerName(trimNamePrefix(unwrap(s)), unit)
			return v == want && isOrg(v)
		}
	}
	checkReaders(t, []readerCase{
		{
			name: "the school's 党委办公室",
			fn:   is(unit + "党委办公室"),
			accept: []string{"是俺学校党委办公室弄嘞", "俺学校党委办公室弄哩", "我们学校党委办公室做的", "是俺们学校党委办公室搞的",
				"本校党委办公室", "党委办公室", "咱学校党委办公室弄咧", "是我们学校党委办公室拍的"},
			reject: []string{"俺学校", "是俺弄嘞", "党委办公室是啥", "俺学校宣传部弄嘞", "郑州大学党委办公室弄的"},
		},
		{
			name:   "another organisation keeps its name",
			fn:     is("郑州光影文化传媒有限公司"),
			accept: []string{"是郑州光影文化传媒有限公司弄嘞", "郑州光影文化传媒有限公司做的", "郑州光影文化传媒有限公司"},
			reject: []string{"俺学校党委办公室弄嘞", "光影公司弄嘞"},
		},
	})
}

func TestDescribedCategory(t *testing.T) {
	season := testSeason(t)
	is := func(want string) func(string) bool {
		return func(s string) bool {
			c, ok := describedCategory(season, s)
			return ok && c == want
		}
	}
	none := func(s string) bool { _, ok := describedCategory(season, s); return !ok }
	checkReaders(t, []readerCase{
		{
			name: "实景拍摄 described, others denied",
			fn:   is("实景拍摄"),
			accept: []string{"俺们是拿手机到乡下实打实拍嘞 木有弄动画", "拿手机录的，没用AI", "到现场拍了好几天 冇用动画", "都是实拍，没有动画也没有AI",
				"摄像机跟拍的", "实景拍摄"},
			reject: []string{"木有拍，全是动画", "没拍 用AI生成的", "拍了一点 也做了动画", "实拍加动画"},
		},
		{
			name:   "动画制作 said, 实拍 denied",
			fn:     is("动画制作"),
			accept: []string{"没有实拍，都是动画做的", "不是实拍 是动漫", "用软件做的二维动画 没用AI"},
			reject: []string{"木有弄动画", "实拍的 没有动画", "动画和实拍都有"},
		},
		{
			name:   "AI生成 said",
			fn:     is("AI生成"),
			accept: []string{"全用AI弄的 没实拍", "人工智能生成的，不是动画"},
			reject: []string{"没用AI", "冇用AI 全是实拍", "mail发给你"},
		},
		{
			name:   "nothing or several said",
			fn:     none,
			accept: []string{"今天天气不错", "实拍加动画", "有实拍也有动画", "没有动画", "木有用AI"},
			reject: []string{"俺们是拿手机到乡下实打实拍嘞 木有弄动画", "动画做的"},
		},
	})
}

func TestCreatorsDialect(t *testing.T) {
	has := func(parts ...string) func(string) bool {
		return func(s string) bool {
			out, ok := creatorsSentence(s)
			if !ok {
				return false
			}
			for _, p := range parts {
				if !strings.Contains(out, p) {
					return false
				}
			}
			return true
		}
	}
	checkReaders(t, []readerCase{
		{
			name: "each role of a dialect sentence",
			fn:   has("监制：王建国", "编导：我", "撰稿：我", "摄影：刘磊", "剪辑：无"),
			accept: []string{"监制是俺们书记王建国 导演是俺 撰稿也是俺 摄影是俺侄子刘磊 剪辑木有",
				"监制是俺们书记王建国 导演是俺 撰稿也是俺 摄影是我侄子刘磊 剪辑冇",
				"监制是俺们书记王建国，导演是我，撰稿也是我，摄影是俺侄子刘磊，剪辑没得"},
			reject: []string{"监制是俺们书记王建国 导演是俺 撰稿也是俺 摄影是俺侄子刘磊 剪辑是张磊",
				"监制是俺们书记 导演是俺"},
		},
		{
			name: "稿子 written together is 撰稿",
			fn:   has("编导：我", "撰稿：我和李雪"),
			accept: []string{"编导是我，稿子是我和李雪老师一起写的", "编导是俺 稿子是俺跟李雪一起写嘞", "编导是我，稿子是我和李雪一块写的",
				"监制写我们王建国校长吧，编导是我，稿子是我和李雪老师一起写的，摄影和剪辑都是赵鹏"},
			reject: []string{"编导是我，稿子还没写", "编导是我"},
		},
	})
	none := func(s string) bool { return isNoneWord(s) }
	checkReaders(t, []readerCase{{
		name:   "none in dialect",
		fn:     none,
		accept: []string{"无", "没有", "木有", "冇", "没得", "没人", "木有嘞"},
		reject: []string{"有", "木头", "王木有", "没想好", "刘磊"},
	}})
}

func TestFieldAsk(t *testing.T) {
	season := testSeason(t)
	e := &contestbot.Entry{Contact: "郑淑芬"}
	e.Creators.Writer = "郑淑芬、李雪"
	kind := func(prefix string) func(string) bool {
		return func(s string) bool {
			asks, _, ok := fieldTalk(season, e, contestbot.NormalizeWidth(s))
			if !ok {
				return false
			}
			for _, a := range asks {
				if strings.HasPrefix(a.answer, prefix) {
					return true
				}
			}
			return false
		}
	}
	checkReaders(t, []readerCase{
		{
			name: "what a field means",
			fn:   kind("监制(策划)："),
			accept: []string{"监制是什么意思", "报名表上那个\"监制\"是什么意思啊？我们学校第一次弄这个，不太懂", "我是问监制具体是干什么的，填谁合适？",
				"监制负责啥", "监制是做啥的"},
			reject: []string{"监制是王建国", "监制写王建国校长吧", "推荐单位是什么意思", "监制写校长还是书记？"},
		},
		{
			name: "not a question about a field (the notice or a value answers it)",
			fn: func(s string) bool {
				_, _, ok := fieldTalk(season, e, s)
				return !ok
			},
			accept: []string{"时长是什么要求", "分类有什么区别", "推荐单位和制作单位能是一个人吗", "推荐单位写学校全称还是党委名称", "监制是王建国", "制作单位和推荐单位一样", "报名啥时候截止"},
			reject: []string{"监制是什么意思", "编导和导演是一回事吗", "撰稿你记上了吗", "推荐单位写什么"},
		},
		{
			name:   "one person in two roles",
			fn:     kind("可以。主创人员各项分开填"),
			accept: []string{"摄影和剪辑能是一个人吗", "摄影和剪辑是同一个人吗", "编导跟撰稿可以是同一个人不", "摄影和剪辑可以写一个人吗？"},
			reject: []string{"摄影和剪辑是一个栏吗", "摄影和剪辑都是赵鹏", "摄影和推荐单位能是一个人吗", "编导和导演能是一个人吗"},
		},
		{
			name:   "two labels of one slot",
			fn:     kind("是一回事"),
			accept: []string{"编导和导演是一回事吗", "编导和导演是一个吗", "编导跟导演一样不", "还有编导和导演是一回事吗？", "撰稿和文案是一个意思吗", "编导就是导演吗"},
			reject: []string{"编导和摄影是一回事吗", "编导和导演是王建国", "制作单位和推荐单位一样", "编导和导演", "编导和导演是一个人吗"},
		},
		{
			name:   "two slots",
			fn:     kind("不是同一栏"),
			accept: []string{"撰稿和摄影有啥区别", "制作单位和推荐单位是一个吗", "制作单位跟推荐单位一样吗？"},
			reject: []string{"制作单位和推荐单位一样", "编导和导演是一回事吗"},
		},
		{
			name:   "a field checked back",
			fn:     kind("记上了，撰稿：郑淑芬、李雪"),
			accept: []string{"撰稿你记上了吗", "撰稿记下了没", "撰稿你给我记上了没有", "等一下，撰稿你记上了吗？"},
			reject: []string{"撰稿是郑淑芬、李雪", "撰稿记上郑淑芬", "你记上了吗", "监制你记上了吗"},
		},
	})
}
