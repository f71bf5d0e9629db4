package knowledge

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// tradPairs maps traditional characters to simplified ones: those that
// occur in questions about the contest (golang.org/x/text has no such
// conversion, and a full table would be thousands of entries for the few
// hundred words that matter here). Each pair is traditional then simplified.
const tradPairs = "" +
	"報报時时間间幾几號号碼码視视頻频長长鐘钟鍾钟豎竖橫横郵邮電电話话聯联繫系係系獎奖項项評评選选審审" +
	"協协議议書书權权確确認认類类別别題题動动畫画實实攝摄製制個个數数學学單单組组織织處处紙纸質质" +
	"遞递傳传發发佈布結结麼么嗎吗這这還还們们來来會会對对與与為为開开關关問问說说請请參参賽赛費费" +
	"錢钱語语標标註注記记條条頭头廣广戶户網网臺台線线無无沒没盡尽從从業业員员導导輯辑監监劃划簡简" +
	"內内蓋盖簽签領领負负責责順顺幀帧規规範范則则準准過过夠够當当寫写詩诗氣气讓让給给見见現现場场" +
	"體体積积檔档檢检應应該该須须將将於于辦办機机構构專专區区優优獲获勵励歷历曆历週周節节課课黨党" +
	"團团習习東东國国歲岁後后裡里裏里幹干乾干著着並并兩两萬万億亿貼贴轉转換换壓压縮缩寬宽邊边錄录" +
	"帶带買买賣卖錯错誤误證证據据齊齐斷断續续帳账門门樓楼層层館馆點点離离餘余啟启終终屆届級级屬属" +
	"職职務务師师漢汉譯译鏡镜響响聲声樂乐圖图廳厅觀观眾众閱阅讀读覽览總总匯汇彙汇細细稱称憑凭紀纪" +
	"納纳庫库訓训練练調调陣阵薦荐譽誉損损賠赔償偿訴诉訟讼補补雙双執执訂订鑒鉴歸归聞闻鄭郑濟济陽阳" +
	"華华較较設设計计寫写幫帮嗎吗甚什麽么啥啥嗯嗯謝谢嘛嘛裝装禮礼獨独創创傳传頒颁發发證证紅红燈灯" +
	"長长線线選选優优週周稿稿剪剪爲为麥麦瑪玛馬马億亿陸陆貳贰個个兒儿筆笔啓启隊队規规劃划" +
	"麗丽縣县鎮镇鄉乡區区廠厂產产車车員员價价錶表鬧闹聽听寶宝貝贝實实驗验試试題题賬账態态嚴严風风" +
	"废猶犹豫豫詞词誰谁讀读爭争論论經经濟济歡欢迎迎愛爱國国黨党義义憲宪範范團团隊队軍军兵兵"

// tradMap is tradPairs as a lookup table.
var tradMap = func() map[rune]rune {
	rs := []rune(tradPairs)
	m := make(map[rune]rune, len(rs)/2)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] != rs[i+1] {
			m[rs[i]] = rs[i+1]
		}
	}
	return m
}()

// normalize prepares text for matching: full-width letters, digits and
// punctuation folded to half-width, ASCII lower-cased, traditional
// characters mapped to simplified, dashes unified, and whitespace dropped
// except between two ASCII words ("4k 60m" keeps its space, "码 率" loses it).
func normalize(s string) string {
	s = width.Fold.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	pendingSpace := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pendingSpace = true
			continue
		}
		if t, ok := tradMap[r]; ok {
			r = t
		}
		switch r {
		case '—', '–', '－', '―', '‐':
			r = '-'
		case '？':
			r = '?'
		case '，', '、':
			r = ','
		case '；':
			r = ';'
		case '：':
			r = ':'
		}
		r = unicode.ToLower(r)
		if pendingSpace && isWordRune(prev) && isWordRune(r) {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// isWordRune reports whether r is an ASCII letter or digit.
func isWordRune(r rune) bool {
	return r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.')
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
