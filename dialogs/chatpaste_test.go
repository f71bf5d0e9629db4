package dialogs

import (
	"testing"

	"contestbot"
)

func TestChatPasteDebug(t *testing.T) {
	p, ok := readChatPaste("王书记 10:38\n好的书记，联系人写谁？\n尚建国 10:40\n好的书记，联系人写谁？\n王书记 10:41\n写你吧，电话留你的", &contestbot.Season{Categories: []string{"实景拍摄", "动画制作", "AI生成", "视频切片", "其他"}})
	t.Logf("%v %q", ok, p.text)
}

func TestChatPasteDebug2(t *testing.T) {
	t.Log(reSpeakerLine.FindStringSubmatch("王书记 10:38"))
	t.Log(resolveMeYou("联系人：写你吧", "王书记", "尚建国"))
	t.Log(isRealName("尚建国"), lastNamedField(compact("联系人：")), firstNamedField(compact("联系人：尚建国")))
	t.Log(pasteClauses("联系人：尚建国", &contestbot.Season{}))
}
