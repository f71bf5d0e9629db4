package knowledge

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// tradPairs maps traditional characters to simplified ones: those that
// occur in questions about the contest (golang.org/x/text has no such
// conversion, and a full table would be thousands of entries for the few
// hundred words that matter here). Each pair is traditional then simplified,
// pairs separated by spaces.
const tradPairs = "" +
	"報报 時时 間间 幾几 號号 碼码 視视 頻频 長长 鐘钟 鍾钟 豎竖 橫横 郵邮 電电 話话 " +
	"聯联 繫系 係系 獎奖 項项 評评 選选 審审 協协 議议 書书 權权 確确 認认 類类 別别 " +
	"題题 動动 畫画 實实 攝摄 製制 個个 數数 學学 單单 組组 織织 處处 紙纸 質质 遞递 " +
	"傳传 發发 佈布 結结 麼么 嗎吗 這这 還还 們们 來来 會会 對对 與与 為为 開开 關关 " +
	"問问 說说 請请 參参 賽赛 費费 錢钱 語语 標标 註注 記记 條条 頭头 廣广 戶户 網网 " +
	"臺台 線线 無无 沒没 盡尽 從从 業业 員员 導导 輯辑 監监 劃划 簡简 內内 蓋盖 簽签 " +
	"領领 負负 責责 順顺 幀帧 規规 範范 則则 準准 過过 夠够 當当 寫写 詩诗 氣气 讓让 " +
	"給给 見见 現现 場场 體体 積积 檔档 檢检 應应 該该 須须 將将 於于 辦办 機机 構构 " +
	"專专 區区 優优 獲获 勵励 歷历 曆历 週周 節节 課课 黨党 團团 習习 東东 國国 歲岁 " +
	"後后 裡里 裏里 幹干 乾干 著着 並并 兩两 萬万 億亿 貼贴 轉转 換换 壓压 縮缩 寬宽 " +
	"邊边 錄录 帶带 買买 賣卖 錯错 誤误 證证 據据 齊齐 斷断 續续 帳账 門门 樓楼 層层 " +
	"館馆 點点 離离 餘余 啟启 終终 屆届 級级 屬属 職职 務务 師师 漢汉 譯译 鏡镜 響响 " +
	"聲声 樂乐 圖图 廳厅 觀观 眾众 閱阅 讀读 覽览 總总 匯汇 彙汇 細细 稱称 憑凭 紀纪 " +
	"納纳 庫库 訓训 練练 調调 陣阵 薦荐 譽誉 損损 賠赔 償偿 訴诉 訟讼 補补 雙双 執执 " +
	"訂订 鑒鉴 歸归 聞闻 鄭郑 濟济 陽阳 華华 較较 設设 計计 幫帮 甚什 麽么 謝谢 裝装 " +
	"禮礼 獨独 創创 頒颁 紅红 燈灯 爲为 麥麦 瑪玛 馬马 陸陆 貳贰 兒儿 筆笔 啓启 隊队 " +
	"麗丽 縣县 鎮镇 鄉乡 廠厂 產产 車车 價价 錶表 鬧闹 聽听 寶宝 貝贝 驗验 試试 賬账 " +
	"態态 嚴严 風风 廢废 猶犹 詞词 誰谁 爭争 論论 經经 歡欢 愛爱 義义 憲宪 軍军 " +
	"絡络 統统 際际 頁页 額额 顯显 剛刚 舊旧 鐵铁 術术 藝艺 劇剧 農农 環环 護护 龍龙 灣湾 "

// tradMap is tradPairs as a lookup table.
var tradMap = func() map[rune]rune {
	m := map[rune]rune{}
	for _, p := range strings.Fields(tradPairs) {
		if rs := []rune(p); len(rs) == 2 {
			m[rs[0]] = rs[1]
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
	return foldCNDates(dialect.Replace(b.String()))
}

// dialect folds Henan and other colloquial words into the standard ones
// the concepts are written in: "咋交" is 怎么交, "啥格式" 什么格式,
// "中不中" 行不行, "俺们学校" 我们学校. Concept forms are normalised
// the same way, so a form may be written either way.
var dialect = strings.NewReplacer(
	"咋", "怎么", "啥", "什么", "中不中", "行不行", "俺们", "我们", "俺", "我",
	"弄什么", "干什么", "弄啥", "干什么", "怎的", "怎么", "多会儿", "什么时候",
)

// isWordRune reports whether r is an ASCII letter or digit.
func isWordRune(r rune) bool {
	return r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.')
}

// isHan reports whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// FoldTraditional maps the traditional characters of the contest's words to
// simplified ones and leaves everything else as it is, so that commands
// typed in traditional characters (報名, 確認) read like simplified ones.
func FoldTraditional(s string) string {
	return strings.Map(func(r rune) rune {
		if x, ok := tradMap[r]; ok {
			return x
		}
		return r
	}, s)
}
