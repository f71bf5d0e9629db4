package dialogs

import (
	"testing"

	"contestbot"
)

// TestS11cOwnedTitle (rp136 q43): a weak title word that belongs to another
// thing ("邮件标题", "文件的名字") names that thing's title, not the 片名 field,
// so the question goes to the knowledge.
func TestS11cOwnedTitle(t *testing.T) {
	title := slot(contestbot.FieldTitle)
	for _, c := range []struct {
		q    string
		want slot
	}{
		{"邮件标题咋写", ""},
		{"邮件的标题怎么写", ""},
		{"邮箱标题写什么", ""},
		{"压缩包名字写什么", ""},
		{"附件的名称怎么填", ""},
		// Rejects: the work's own title, and the title alone.
		{"片名咋写", title},
		{"作品标题怎么写", title},
		{"标题写什么", title},
		{"片子的名字怎么填", title},
	} {
		got, _ := fieldQuestion(c.q)
		if got != c.want {
			t.Errorf("fieldQuestion(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
