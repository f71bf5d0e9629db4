package dialogs

import "testing"

func TestExactClause(t *testing.T) {
	checkReaders(t, []readerCase{
		{"hedgedDuration", hedgedDuration,
			[]string{"俺这片子四分钟出头", "三分多钟", "时长三分多", "大概两分半", "两分钟左右", "差不多3分钟", "不到三分钟"},
			[]string{"时长四分零五秒", "3分12秒", "片名《三分钟》", "大概下周发", "第二个叫《黄河谣》 视频切片 3分12秒"}},
		{"exactClause", exactClause,
			[]string{"时长四分零五秒", "由我院宣传部制作", "我院推荐的作品名为《铁轨上的初心》", "第二个叫《X》 视频切片 3分12秒"},
			[]string{"通知中提到时长原则上不超过3分钟", "超过四分钟了", "俺这片子四分钟出头", "三分多钟", "时长要求3分钟以内"}},
	})
}

func TestMadeByLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"时长四分零五秒，由我院宣传部制作，通知中提到", "时长四分零五秒，制作单位是我院宣传部，通知中提到"},
		{"本片由校团委拍摄完成", "制作单位是校团委"},
		{"由郑州大学党委组织部出品", "制作单位是郑州大学党委组织部"},
		{"由王老师制作", "由王老师制作"},                   // a person is no 制作单位
		{"由学生自己拍的", "由学生自己拍的"},                 // no organisation
		{"讲述由党支部带领村民致富的故事", "讲述由党支部带领村民致富的故事"}, // not the maker of the work
		{"我院全称为郑州嵩岳职业技术学院，本片制作单位为…", "推荐单位是郑州嵩岳职业技术学院，本片制作单位为…"},
		{"本校名称是郑州大学", "推荐单位是郑州大学"},
		{"学校是新乡职业技术学院 片子是学校党总支做的", "学校是新乡职业技术学院 制作单位是学校党总支"},
		{"片子是王老师拍的", "片子是王老师拍的"},
		{"我院推荐的作品名为《铁轨上的初心》", "我院推荐的作品名为《铁轨上的初心》"}, // 我院 alone names no unit
	}
	for _, tt := range tests {
		if got := madeByLabel(tt.in); got != tt.want {
			t.Errorf("madeByLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWorkIsCategory(t *testing.T) {
	season := testSeason(t)
	tests := []struct{ in, want string }{
		{"片长4分05秒，系实景拍摄。", "片长4分05秒，分类是实景拍摄。"},
		{"本片为视频切片", "分类是视频切片"},
		{"电话容我稍后奉告。先请贵方记录：本片为实景拍摄，监制为王芳", "电话容我稍后奉告。先请贵方记录：分类是实景拍摄，监制为王芳"},
		{"本片属于动画制作，监制张三", "分类是动画制作，监制张三"},
		{"本片为党员教育而拍", "本片为党员教育而拍"},
		{"系部宣传", "系部宣传"},
		{"为了拍实景拍摄了三天", "为了拍实景拍摄了三天"},
	}
	for _, tt := range tests {
		if got := workIsCategory(season, tt.in); got != tt.want {
			t.Errorf("workIsCategory(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
