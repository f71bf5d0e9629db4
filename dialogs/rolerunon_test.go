package dialogs

import "testing"

// TestRoleRunOn: a 主创 run without separators, or with a role misheard, is
// cut into labelled parts; a message kept apart as typed, a question and a
// sentence that only sounds like a role stay as they are.
func TestRoleRunOn(t *testing.T) {
	accept := []struct {
		in      string
		pending slot
		want    string
	}{
		{"间质是俺们组织部李红梅部长编导是俺郭建民撰稿是俺跟王珂俩人摄影没有剪辑是赵宇航孙佳两个学生", slotSupervisor,
			"监制(策划)：俺们组织部李红梅部长；编导(导演)：俺郭建民；撰稿：俺跟王珂；摄影：无；剪辑(制作)：赵宇航孙佳"},
		{"间质是俺们组织部李红梅部长编导是俺郭建民撰稿是俺跟王珂俩人摄影没有动画片没有摄影裁剪是赵宇航孙佳两个学生", slotSupervisor,
			"监制(策划)：俺们组织部李红梅部长；编导(导演)：俺郭建民；撰稿：俺跟王珂；摄影：无；剪辑(制作)：赵宇航孙佳"},
		{"撰稿郭建民王珂摄影无裁剪赵宇航孙佳", slotWriter, "撰稿：郭建民王珂；摄影：无；剪辑(制作)：赵宇航孙佳"},
		{"撰稿郭建民王珂摄影无裁剪赵宇航孙佳", "", "撰稿：郭建民王珂；摄影：无；剪辑(制作)：赵宇航孙佳"},
		{"监制王建国编导我撰稿我和刘婷", slotSupervisor, "监制(策划)：王建国；编导(导演)：我；撰稿：我和刘婷"},
		{"间质李红梅", slotSupervisor, "监制(策划)：李红梅"},
		{"间质是俺", slotSupervisor, "监制(策划)：俺"},
		{"摄影剪辑都是张磊编导王芳", slotCamera, "摄影、剪辑(制作)：张磊；编导(导演)：王芳"},
	}
	for _, c := range accept {
		if got := roleRunOn(c.in, c.pending); got != c.want {
			t.Errorf("roleRunOn(%q, %s) =\n %q, want\n %q", c.in, c.pending, got, c.want)
		}
	}
	reject := []struct {
		in      string
		pending slot
	}{
		{"监制张三，编导李四、王五，撰稿无，摄影赵六，剪辑孙七", slotSupervisor},
		{"摄影剪辑都是张磊", slotCamera},
		{"裁剪是啥意思", slotEditor},
		{"剪纸是我的爱好", slotSupervisor},
		{"间质李红梅", ""},
		{"我们学院做裁剪专业的老师拍的", slotCamera},
		{"监制是谁", slotSupervisor},
		{"李红梅", slotSupervisor},
	}
	for _, c := range reject {
		if got := roleRunOn(c.in, c.pending); got != c.in {
			t.Errorf("roleRunOn(%q, %s) = %q, want as typed", c.in, c.pending, got)
		}
	}
}
