package dialogs

import "testing"

func TestAsksInSentences(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		// accept: a question among context and thanks
		{"您好，打扰一下。我是开封一所委管中职学校党委办公室的，我们今年准备报送两部作品，想确认一下：是不是每部作品各填一张报名表，汇总表只要一张就可以？麻烦您了，谢谢！", true},
		{"老师好。我们学校准备报送作品。报名表要交几份？谢谢您！", true},
		// reject: a request to register in a sentence of its own, or one sentence
		{"我要报名。请问截止是哪天？", false},
		{"您好。麻烦帮我们报一下名，谢谢！", false},
		{"是不是每部作品各填一张报名表？", false},
		{"我们学校要参加这个比赛", false},
	} {
		if got := asksInSentences(c.s); got != c.want {
			t.Errorf("asksInSentences(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, s := range []string{"您好。麻烦帮我们报一下名，谢谢！", "我要报名"} {
		if !registerIntent(s) {
			t.Errorf("registerIntent(%q) = false", s)
		}
	}
}

func TestPointsAtField(t *testing.T) {
	for _, c := range []struct {
		s     string
		named bool
		want  bool
	}{
		// accept: what or who goes in a field, named or pointed at
		{"联系人写谁", true, true},
		{"这个填什么", false, true},
		{"这一栏怎么填", false, true},
		{"制作单位写啥", true, true},
		// reject: a whole form, or a yes/no on how to write it
		{"这个表在这填完了还用交纸质的吗", false, false},
		{"这张表填完交给谁", false, false},
		{"时长这一栏要写几分几秒吗？还是写几分钟就行", true, false},
		{"对了 教师资格证面试啥时候报名你知道不", false, false},
	} {
		if got := pointsAtField(compact(c.s), c.named); got != c.want {
			t.Errorf("pointsAtField(%q, %v) = %v, want %v", c.s, c.named, got, c.want)
		}
	}
}

func TestFillingTalk(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"填到一半我得去开个会", true},
		{"填完了", true},
		{"这表填好了", true},
		// reject: values
		{"张磊", false},
		{"监制刘建国", false},
		{"填海造陆的故事", false},
		{"写意黄河", false},
	} {
		if got := fillingTalk(c.s); got != c.want {
			t.Errorf("fillingTalk(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
