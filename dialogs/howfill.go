package dialogs

import (
	"regexp"
	"strings"

	"contestbot"
)

// s7-o (round 23 rp88, round 18 rp87 p87b): a question about how to fill or
// change a field — which of two ways to write it ("时长那栏写2分钟还是写120秒",
// "推荐单位写学校全称还是写学校党委"), how many it takes ("联系人能填两个吗"),
// how to change it ("片名要改 咋改") — is answered from the field table and
// the notice, in any mode. It never starts a form and stores nothing: the
// words after 写 are options asked about, not a value.

var (
	// reHowFillWhich asks which of two ways to write a field: group 1 is the
	// label, 2 and 3 the options.
	reHowFillWhich = regexp.MustCompile(`^(\p{Han}{2,6}?)(?:那一?栏|这一?栏|一栏|栏|那一?项|这一?项|这块|那块)?(?:里|上|里面)?(?:要|应该|该|是)?(?:写|填)(.{1,30}?)还是(?:写|填)?(.{1,30}?)(?:啊|呀|呢|吗|嘞|哩|好|对)?$`)
	// reHowFillCount asks how many a field takes: "联系人能填两个吗",
	// "监制可以写两个人不", "编导填几个".
	reHowFillCount = regexp.MustCompile(`^(\p{Han}{2,6}?)(?:那一?栏|这一?栏|栏|那一?项|这一?项)?(?:里|上)?(?:能|可以|能不能|可不可以|只能|最多|允许)?(?:填|写|报|有)(?:两|俩|二|多|几|三)(?:个|位|人|个人|名)?(?:人)?(?:吗|嘛|么|不|呢|吧|啊|呀|不行|行不|中不|行吗)?$`)
	// reHowChange asks how to change a field: "片名要改 咋改", "电话怎么改",
	// "推荐单位想改一下咋弄".
	reHowChange = regexp.MustCompile(`^(\p{Han}{2,6}?)(?:要|想|得|需要)?(?:改|修改|换|更正)(?:一下|下)?(?:的话)?(?:咋|怎么|怎样|如何)(?:改|修改|弄|办|操作|换)?(?:啊|呀|呢|嘞|哩)?$|^(\p{Han}{2,6}?)(?:咋|怎么|怎样|如何)(?:改|修改|更正|换)(?:啊|呀|呢|嘞|哩)?$`)
)

// howFillAsk is a question about how to fill a field, and the field.
type howFillAsk struct {
	field slot
	kind  byte // 'w' which way to write, 'n' how many, 'c' how to change
}

// reHowFillCut separates the clauses of a message.
var reHowFillCut = regexp.MustCompile(`[，,。；;！!\s]+`)

// readHowFill reads s as a question about how to fill or change one field,
// the whole message or its last clauses after a remark that holds no value
// ("报名信息填错了 片名要改 咋改").
func readHowFill(s string) (howFillAsk, bool) {
	if q, ok := readHowFillClause(s); ok {
		return q, true
	}
	cl := reHowFillCut.Split(strings.TrimSpace(s), -1)
	for i := 1; i < len(cl) && i <= 2; i++ {
		head := strings.Join(cl[:i], "")
		if strings.ContainsAny(head, "0123456789“”\"《》：:") || extract(head).labelled || labelSlot(head) != "" && !strings.Contains(head, "错") {
			return howFillAsk{}, false
		}
		if q, ok := readHowFillClause(strings.Join(cl[i:], " ")); ok {
			return q, true
		}
	}
	return howFillAsk{}, false
}

// readHowFillClause reads one question about how to fill or change a field.
func readHowFillClause(s string) (howFillAsk, bool) {
	c := strings.Trim(compact(contestbot.NormalizeWidth(s)), "？?，,。！!~～")
	for _, p := range []string{"请问一下", "请问", "问一下", "我想问", "那"} {
		c = strings.TrimPrefix(c, p)
	}
	if c == "" || contestbot.RuneLen(c) > 50 {
		return howFillAsk{}, false
	}
	if m := reHowFillWhich.FindStringSubmatch(c); m != nil {
		if f := exactLabelIn(m[1]); f != "" && m[2] != "" && m[3] != "" {
			return howFillAsk{field: f, kind: 'w'}, true
		}
	}
	if m := reHowFillCount.FindStringSubmatch(c); m != nil && strings.ContainsAny(c, "吗嘛么不呢吧几?？") {
		if f := exactLabelIn(m[1]); f != "" {
			return howFillAsk{field: f, kind: 'n'}, true
		}
	}
	if m := reHowChange.FindStringSubmatch(c); m != nil {
		if f := exactLabelIn(m[1] + m[2]); f != "" {
			return howFillAsk{field: f, kind: 'c'}, true
		}
	}
	return howFillAsk{}, false
}

// exactLabelIn is the field named by w, a label word with at most a
// demonstrative before it ("那个时长", "这个片名"); "" otherwise.
func exactLabelIn(w string) slot {
	for _, p := range []string{"那个", "这个", "俺们", "我们", "咱们", "我的", "俺的"} {
		w = strings.TrimPrefix(w, p)
	}
	return exactLabel(w)
}

// answerHowFill answers a question about how to fill or change a field:
// the field's meaning and example, then what the notice leaves open, with
// the contacts. It stores nothing.
// In a form (inForm) only how many and how to change are taken: the older
// form readers answer which way to write a field from the notice's words.
func (t *turn) answerHowFill(e *contestbot.Entry, s string, inForm bool) (string, bool) {
	q, ok := readHowFill(s)
	if !ok || inForm && q.kind == 'w' {
		return "", false
	}
	f := q.field
	switch q.kind {
	case 'n':
		return "报名表上" + f.label() + "只有一栏，一般填一位。通知没有说能不能填两位；确实需要的话，请问" + t.c.contactLine() + "。\n" + f.label() + "：" + meaning(f), true
	case 'c':
		return "要改" + f.label() + "，直接发“" + f.label() + "改成”加新内容就行，例如：" + f.label() + "改成" + changeExample(f) + "。已报名的作品，先发“我的作品”看编号，再说“修改第1个作品的" + f.label() + "为…”。", true
	}
	return fieldMeaning(t.c.season, e, f) + "\n写法上更细的要求通知没有规定；拿不准的话，请问" + t.c.contactLine() + "。", true
}

// changeExample is a sample new value for a field, for the how-to-change
// answer: the field table's sample, or "…".
func changeExample(f slot) string {
	if v := fieldRow(f).sample; v != "" {
		return v
	}
	return "…"
}
