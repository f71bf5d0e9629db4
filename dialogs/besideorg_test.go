package dialogs

import "testing"

// TestQuestionNeverValue: a sentence about a unit is no unit name, a mixed
// work described beside a category question chooses no category, and a
// question whether the user may be the contact is no name (s9-d).
func TestQuestionNeverValue(t *testing.T) {
	checkReaders(t, []readerCase{
		{
			name:   "an organisation name",
			fn:     isOrg,
			accept: []string{"漯河职业技术学院", "漯河职业技术学院党委组织部", "南阳卧龙文化传媒有限公司", "河南豫中职业技术学院党委宣传部", "郑州市第七中学"},
			reject: []string{"通知就是发给各校党委组织部", "推荐单位写组织部不行", "发给各校党委组织部", "这个发到组织部"},
		},
		{
			name:   "a mixed work described",
			fn:     mixedKinds,
			accept: []string{"分类怎么选？我们是实景拍摄加了一点动画", "实拍为主 有一段AI生成的画面 算哪类", "动画加实景"},
			reject: []string{"分类选哪个？动画制作吧", "实景拍摄", "我们是用AI做的", "分类怎么选"},
		},
		{
			name:   "the user as contact, asked",
			fn:     func(s string) bool { return reSelfAsContact.MatchString(compact(s)) },
			accept: []string{"联系人可以填我自己吗", "联系人写我自己行吗", "填我自己吧", "能填我吗"},
			reject: []string{"王丽", "联系人王丽", "我不是组织部的"},
		},
		{
			name:   "a remark about oneself",
			fn:     func(s string) bool { return reNotA.MatchString(compact(s)) },
			accept: []string{"我不是组织部的", "我不是党员", "不过我不是宣传部的"},
			reject: []string{"王丽", "联系人可以填我自己吗"},
		},
	})
}
