package dialogs

import "testing"

// TestPersonValidator is the person validator of the 联系人 and 主创 fields:
// names are stored, clauses cut from talk never are (round 7).
func TestPersonValidator(t *testing.T) {
	checkReaders(t, []readerCase{
		{name: "isRealName", fn: isRealName,
			accept: []string{"张帆", "何建国", "宋立新", "欧阳娜娜", "司马光", "鹿佳怡", "孙浩然", "买买提·艾力", "王芳", "诸葛亮", "谢娜", "那英", "和静怡"},
			reject: []string{"不要香菜", "说的是", "还有", "担任", "国同志", "冇得", "他是我们组长", "俩人拍的", "张", "张伟伟伟", "时间", "明天", "我们科长", "都是我", "王老师", "刘洋办公室", "谢谢", "都是我", "那个人"}},
		{name: "plausiblePerson", fn: plausiblePerson,
			accept: []string{"张帆", "刘一鸣、陈浩", "王老师", "欧阳主任", "小李", "老王", "花蕾", "改老师", "买买提·艾力"},
			reject: []string{"不要香菜", "说的是", "还有", "担任", "国同志", "冇得", "张帆、还有", "他是我们组长", "我老师", "负责"}},
		{name: "saysNobody", fn: saysNobody,
			accept: []string{"冇得", "冇有", "没得", "木有", "没人", "冇得哒", "没有这个人"},
			reject: []string{"张帆", "没有发过", "冇得摄影 我们是画的用不着摄像 剪接是两个学生", "无所谓"}},
	})
}

func TestNamesWithRemark(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"张帆 他是我们组长", "张帆"},
		{"刘一鸣 陈浩 俩人拍的", "刘一鸣、陈浩"},
		{"孙浩然、鹿佳怡、还有", "孙浩然、鹿佳怡"},
		{"孙浩然、鹿佳怡 还有", "孙浩然、鹿佳怡"},
		{"张帆，我们班长", "张帆"},
		{"赵晓燕 我们书记", "赵晓燕"},
	} {
		if got, ok := namesWithRemark(tc.in); !ok || got != tc.want {
			t.Errorf("namesWithRemark(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, in := range []string{"张帆", "孙丽、刘晓燕两个人", "不要香菜", "张帆 李娜", "王老师 他负责", "我们书记"} {
		if got, ok := namesWithRemark(in); ok {
			t.Errorf("namesWithRemark(%q) = %q; want not a names-with-remark answer", in, got)
		}
	}
}

func TestNameBeforeTitle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"我院党委书记何建国同志", "何建国"},
		{"宣传部张建国同志", "张建国"},
		{"何建国同志", "何建国"},
		{"欧阳娜娜老师", "欧阳娜娜"},
		{"陈思远同学", "陈思远"},
		{"国同志", ""},
		{"王老师", ""},
		{"我们书记", ""},
	} {
		if got := nameBeforeTitle(tc.in); got != tc.want {
			t.Errorf("nameBeforeTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOrgLeadOff(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"即郑州嵩岳职业技术学院", "郑州嵩岳职业技术学院"},
		{"也就是郑州嵩岳职业技术学院", "郑州嵩岳职业技术学院"},
		{"应为郑州嵩岳职业技术学院党委宣传部", "郑州嵩岳职业技术学院党委宣传部"},
		{"郑州嵩岳职业技术学院", "郑州嵩岳职业技术学院"},
		{"即墨区第一中学", "即墨区第一中学"},
		{"即可", "即可"},
		{"为人民服务", "为人民服务"},
	} {
		if got := orgLeadOff(tc.in); got != tc.want {
			t.Errorf("orgLeadOff(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSurnameTable(t *testing.T) {
	if n := len([]rune(surnames)); n < 350 {
		t.Errorf("%d single surnames, want the common ones (350+)", n)
	}
	if len(compoundSurnames) < 20 {
		t.Errorf("%d compound surnames", len(compoundSurnames))
	}
	for _, c := range compoundSurnames {
		if len([]rune(c)) != 2 {
			t.Errorf("compound surname %q", c)
		}
	}
}

func TestOrgWithRemark(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"信阳职业技术学院党委组织部你写重了", "信阳职业技术学院党委组织部"},
		{"郑州嵩岳职业技术学院 就是我们学校", "郑州嵩岳职业技术学院"},
		{"洛阳牡丹职业技术学院机电工程系党总支 这是全称", "洛阳牡丹职业技术学院机电工程系党总支"},
		{"郑州嵩岳职业技术学院", ""},
		{"制作的是我们系党总支~ 洛阳牡丹职业技术学院机电工程系党总支", "洛阳牡丹职业技术学院机电工程系党总支"},
		{"郑州嵩岳职业技术学院 河南工业职业技术学院", ""},
		{"不要香菜", ""},
		{"学校党委组织部和郑州光影公司", ""},
	} {
		if got, _ := orgWithRemark(tc.in); got != tc.want {
			t.Errorf("orgWithRemark(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestOnlyNames(t *testing.T) {
	checkReaders(t, []readerCase{{name: "onlyNames", fn: onlyNames,
		accept: []string{"孙浩然、鹿佳怡、还有", "张帆 他是我们组长", "刘一鸣 陈浩", "程子涵、罗一帆。"},
		reject: []string{"讲述王庄村党支部书记带领党员公开村务账目的故事。", "张帆", "讲述李桂兰、张帆两位党员的故事", "同简介"}}})
}
