package knowledge

import "testing"

// TestRoleHolder: s12-m (rp156) whether a person may hold a role is
// answered yes (the notice sets no rule); a role nobody had keeps its own
// answer, and the 汇总表 signature stays with its fact.
func TestRoleHolder(t *testing.T) {
	checkAnswers(t, mustLoad(t, Options{}), []answerCase{
		{name: "me", q: "我是学院党委副书记。。。监制能不能写我", want: []string{"可以", "没有限制"}, not: []string{"每一项"}},
		{name: "secretary", q: "书记本人可以当监制吗？有没有规定", want: []string{"可以", "没有限制"}, not: []string{"每一项"}},
		{name: "leader", q: "领导可以当编导吗", want: []string{"没有限制"}},
		// Reject: not a question of who holds a role.
		{name: "empty role", q: "摄影可以空着吗", want: []string{"每一项都必须有人"}, not: []string{"没有限制"}},
		{name: "signature", q: "汇总表哪位领导签字", not: []string{"没有限制"}},
		{name: "students", q: "学生可以当主创吗", want: []string{"学生"}},
		{name: "contact", q: "联系人写我可以吗，我是程文静", not: []string{"没有限制"}},
	})
}
