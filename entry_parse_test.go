package contestbot_test

import (
	"testing"

	"contestbot"
)

func TestParsePhone(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        bool
	}{
		{"Mobile", "13800000000", "13800000000", false},
		{"MobileSpaced", "138 0000 0000", "13800000000", false},
		{"MobileDashed", "138-0000-0000", "13800000000", false},
		{"FullWidth", "１３８００００００００", "13800000000", false},
		{"Plus86", "+86 138 0000 0000", "13800000000", false},
		{"LandlineEmDash", "0371—69691670", "037169691670", false},
		{"LandlineBrackets", "（0371）69691670", "037169691670", false},
		{"Beijing", "010-12345678", "01012345678", false},
		{"NoAreaCode", "69691670", "", true},
		{"TooShort", "1380000000", "", true},
		{"Letters", "abc", "", true},
		{"Empty", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := contestbot.ParsePhone(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("ParsePhone(%q) = %q, %v; want %q, err=%v", tt.in, got, err, tt.want, tt.wantErr)
			}
			if err != nil && contestbot.ErrorCode(err) != contestbot.EINVALID {
				t.Fatalf("error code %s", contestbot.ErrorCode(err))
			}
		})
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		name, in string
		want     int
		wantErr  bool
	}{
		{"MinSec", "2分30秒", 150, false},
		{"VagueMinutesAndMore", "三分多钟", 0, true},
		{"VagueTwoAndMore", "两分多", 0, true},
		{"VagueDigits", "3分多钟", 0, true},
		{"VagueMinuteAfter", "三分钟多", 0, true},
		{"MoreAfterSeconds", "2分30秒多一点", 150, false},
		{"MinSecASCII", "2min35s", 155, false},
		{"MinuteSec", "2分钟30秒", 150, false},
		{"MinSecNoUnit", "2分30", 150, false},
		{"Seconds", "150秒", 150, false},
		{"SecondsS", "150s", 150, false},
		{"Clock", "2:30", 150, false},
		{"ClockFullWidth", "２：３０", 150, false},
		{"ClockHMS", "00:02:30", 150, false},
		{"LiangFenBan", "两分半", 150, false},
		{"SanFenZhong", "三分钟", 180, false},
		{"Primes", `2'30"`, 150, false},
		{"PrimesUnicode", "2′30″", 150, false},
		{"Decimal", "2.5分钟", 150, false},
		{"AboutToTheSecond", "约2分30秒左右", 150, false},
		{"About", "约2分半左右", 0, true}, // an estimate: the forms need the exact time
		{"CnFull", "一分三十秒", 90, false},
		{"Shi", "十五秒", 15, false},
		{"FinancialMinutes", "叁分钟整", 180, false},
		{"FinancialMinSec", "贰分叁拾秒", 150, false},
		{"MinOnly", "3分", 180, false},
		{"BareMinutes", "3", 180, false},
		{"BareSeconds", "150", 150, false},
		{"Spaces", " 2 分 10 秒 ", 130, false},
		{"Parenthetical", "2分30秒（150秒）", 150, false},
		{"MoreALittle", "2分30秒多一点", 150, false},
		{"Chutou", "3分钟出头", 0, true},
		{"MinSecEn", "2min30s", 150, false},
		{"DoublePrime", "2'30''", 150, false},
		{"Words", "很短", 0, true},
		{"BadSeconds", "2分70秒", 0, true},
		{"Zero", "0秒", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := contestbot.ParseDuration(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("ParseDuration(%q) = %d, %v; want %d, err=%v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestParseCategory(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Number", "3", "AI生成"},
		{"NumberLabel", "第1类", "实景拍摄"},
		{"ChineseNumber", "第二类", "动画制作"},
		{"Name", "动画制作", "动画制作"},
		{"Shipai", "实拍", "实景拍摄"},
		{"Dongman", "动漫", "动画制作"},
		{"AI", "AI", "AI生成"},
		{"AILower", "ai", "AI生成"},
		{"RenGong", "人工智能", "AI生成"},
		{"Qiepian", "切片", "视频切片"},
		{"Other", "其它", "其他"},
		{"Choose", "选4", "视频切片"},
		{"ChooseWord", "选择第2项", "动画制作"},
		{"Belongs", "属于实拍", "实景拍摄"},
		{"ShouldChoose", "应该选4", "视频切片"},
		{"ChangeTo", "改成动画", "动画制作"},
		{"WeChose", "我们选的是2", "动画制作"},
		{"Documentary", "纪录片", ""},
		{"OutOfRange", "6", ""},
		{"Nothing", "不知道", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := season1().ParseCategory(tt.in)
			if got != tt.want || ok != (tt.want != "") {
				t.Fatalf("ParseCategory(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
			}
		})
	}
}

func TestJoinNames(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Dun", "张三、李四", "张三、李四"},
		{"Comma", "张三,李四", "张三、李四"},
		{"FullComma", "张三，李四", "张三、李四"},
		{"Space", "张三 李四", "张三、李四"},
		{"He", "张三和李四", "张三、李四"},
		{"One", "王五", "王五"},
		{"None", "无", ""},
		{"NoneLong", "没有", ""},
		{"Quoted", "“张三”", "张三"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contestbot.JoinNames(tt.in); got != tt.want {
				t.Fatalf("JoinNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeTitle(t *testing.T) {
	for in, want := range map[string]string{"《黄河岸边的守望》": "黄河岸边的守望", "“初心”": "初心", " 光 。": "光",
		// Quotes inside a title are part of it.
		"《“数字丝路”上的青春》": "“数字丝路”上的青春", "“数字丝路”上的青春": "“数字丝路”上的青春", "我的“家”": "我的“家”",
		"《守望": "守望"} {
		if got := contestbot.NormalizeTitle(in); got != want {
			t.Errorf("NormalizeTitle(%q) = %q, want %q", in, got, want)
		}
	}
}
