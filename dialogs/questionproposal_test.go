package dialogs

import (
	"testing"
	"time"

	"contestbot"
)

// s12-i questionproposal.go: a proposal asked after a question about other
// fields is about those fields, never the value of the step pending.
func TestProposalAboutOthers(t *testing.T) {
	at := func(pending slot) func(string) bool {
		return func(s string) bool {
			asks, v, check, _ := checkBackParts(s)
			return proposalAboutOthers(asks, v, check, pending)
		}
	}
	checkReaders(t, []readerCase{{
		name: "at the 片名 step",
		fn:   at(slot(contestbot.FieldTitle)),
		accept: []string{
			"制作单位跟推荐单位有啥区别 都填俺学校中不中",
			"制作单位是啥意思 写宣传部行不行",
			"制作单位和推荐单位有啥不一样？都写学校可以吗",
			"联系人是填谁？写王老师行不行",
			"推荐单位是写全称吗？郑州大学", // about the 推荐单位 asked, not the 片名
		},
		reject: []string{
			"片名是啥意思 写红旗渠行不行",        // the pending field itself: a check-back on its value
			"都填俺学校中不中",              // no question before it
			"制作单位跟推荐单位有啥区别",         // a question alone
			"是填我们学校吧？河南省漯河商贸中等专业学校", // f3: the value given after a check-back
		},
	}, {
		name:   "at the 监制 step",
		fn:     at(slotSupervisor),
		accept: []string{"编导是啥意思 写刘洋行不行"},
		reject: []string{"监制是填领导吗？我们党总支书记张秀琴老师一直在管这个事，填她对吗"},
	}})
}

// s12-i questionproposal.go: an eligibility fact asked back before the
// declarations is a question about the rules, not a value.
func TestFactAskedBack(t *testing.T) {
	p := period{year: time.Now().Year()}
	at := func(pending slot) func(string) bool {
		return func(s string) bool {
			_, v, check, _ := checkBackParts(s)
			return factAskedBack(v, check, pending, p)
		}
	}
	checkReaders(t, []readerCase{{
		name: "at the 推荐单位 step",
		fn:   at(slot(contestbot.FieldUnit)),
		accept: []string{
			"俺是以个人名义报的中不中",
			"我是以个人名义报的行不行",
			"片子是我个人拍的可以吗",
		},
		reject: []string{
			"郑州大学中不中",        // a value asked back: checkback.go stores it
			"俺是以个人名义报的",      // a statement: the eligibility reader takes it
			"写我们学校行不行",       // a value
			"个人作品能报吗",        // a question, read elsewhere
			"平顶山工业职业技术学院可以吗", // a value
		},
	}, {
		name:   "at the declarations",
		fn:     at(slot(contestbot.FieldUnitWork)),
		reject: []string{"俺是以个人名义报的中不中"},
	}})
}

// s12-i questionproposal.go: "写这个行不行" after a value points back at it.
func TestPointBackOff(t *testing.T) {
	for in, want := range map[string]string{
		"片名是红旗渠 写这个":  "片名是红旗渠",
		"片名就叫红旗渠，写这个": "片名就叫红旗渠",
		"红旗渠 就写这个":    "红旗渠",
		"郑州大学，填这样":    "郑州大学",
		"写这个":         "写这个", // nothing before it
		"这个":          "这个",
		"片名是写这个":      "片名是写这个", // no clause of its own
		"我们的故事 写这个那个": "我们的故事 写这个那个",
	} {
		if got := pointBackOff(in); got != want {
			t.Errorf("pointBackOff(%q) = %q, want %q", in, got, want)
		}
	}
}
