package dialogs

import (
	"testing"

	"contestbot"
)

func TestEditInstructionValue(t *testing.T) {
	title, cp := slot(contestbot.FieldTitle), slot(contestbot.FieldCopyright)
	tests := []struct {
		in      string
		pending slot
		want    string
	}{
		// accept: the value is what follows the marker
		{"片名我们领导说改一下，加个的字，叫太行山下的育人人", cp, "片名：太行山下的育人人"},
		{"片名还得改，改成“太行山下育新人”吧", cp, "片名：《太行山下育新人》"},
		{"片名再换一下 就叫太行山下育人人吧", cp, "片名：太行山下育人人"},
		{"片名改成《他叫雷锋》", cp, "片名：《他叫雷锋》"},
		{"就叫太行山下育人人吧", title, "片名：太行山下育人人"},
		{"改一下，叫红色青春", title, "片名：红色青春"},
		{"联系人换一下，换成李娜吧", cp, "联系人：李娜"},
		{"制作单位要改成焦作工贸职业学院党委组织部", cp, "制作单位：焦作工贸职业学院党委组织部"},
		// reject: as typed
		{"片名：一个字写成的人生", cp, "片名：一个字写成的人生"},
		{"片名改革路上叫响口号", cp, "片名改革路上叫响口号"},
		{"叫醒黎明", title, "叫醒黎明"},
		{"片名改一下，叫啥好呢，你给个建议", cp, "片名改一下，叫啥好呢，你给个建议"},
		{"简介改成：讲述了一个故事", cp, "简介改成：讲述了一个故事"},
		{"片名改成红色青春，时长2分30秒", cp, "片名改成红色青春，时长2分30秒"},
		{"我们领导说要改一下", title, "我们领导说要改一下"},
		{"片名改一下，叫啥好呢", cp, "片名改一下，叫啥好呢"},
		{"片名改成红色青春行不行", cp, "片名改成红色青春行不行"},
	}
	for _, tt := range tests {
		if got := editInstructionValue(tt.in, tt.pending); got != tt.want {
			t.Errorf("editInstructionValue(%q, %s) = %q; want %q", tt.in, tt.pending, got, tt.want)
		}
	}
}

func TestEditInstructionValueOtherSteps(t *testing.T) {
	// reject: unnamed at a step other than 片名, and fields with their own readers
	for _, tt := range []struct {
		in      string
		pending slot
	}{
		{"那我剪一下，改成2分50秒", slot(contestbot.FieldCategory)},
		{"3分钟整。对了分类我刚才说的视频切片不对，我们这个算其他吧，改成其他", slot(contestbot.FieldDuration)},
		{"电话改一下，改成13800001111", slot(contestbot.FieldCopyright)},
	} {
		if got := editInstructionValue(tt.in, tt.pending); got != tt.in {
			t.Errorf("editInstructionValue(%q, %s) = %q; want it as typed", tt.in, tt.pending, got)
		}
	}
}
