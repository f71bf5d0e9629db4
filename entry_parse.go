package contestbot

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// This file turns what people type into the stored forms of the entry
// record: phones as digits, durations as seconds, one of the season's
// Categories, names
// and titles without brackets. The chat form and the admin page share it, so
// a value is judged the same way wherever it is typed.

// NormalizeWidth maps full-width ASCII (０-９, Ａ-Ｚ, ：, （ …), the ideographic
// space and dash-like runes (—, –, －) to their ASCII forms, rune for rune, so
// rune offsets into the result are offsets into s.
func NormalizeWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFF01 + 0x21
		case r == 0x3000:
			return ' '
		case r == '—' || r == '–' || r == '‐' || r == '‑' || r == '―' || r == '−' || r == '﹣':
			return '-'
		}
		return r
	}, s)
}

// ParsePhone returns the digits of a mobile number (11 digits, 1[3-9]…) or of
// a landline with its area code (0371-12345678 → 037112345678). Full-width
// digits, dashes, spaces, brackets and a +86 prefix are accepted.
//
// A landline may end in an extension (0371-63351234转802, 分机802, -802):
// the result is then 037163351234转802 (phone_ext.go). A mobile with an
// extension is refused.
func ParsePhone(s string) (string, error) {
	s = NormalizeWidth(strings.TrimSpace(s))
	if p, ok, err := parseWithExtension(s); ok {
		return p, err
	}
	return parseNumber(s)
}

// parseNumber reads one phone number without an extension.
func parseNumber(s string) (string, error) {
	if !strings.ContainsAny(s, "0123456789") {
		// s12-f: "电话等下我问问老师" offers no number; "只能包含数字" is for
		// a number written wrong (letters in it), never for a sentence.
		return "", Errorf(EINVALID, "没有看到电话号码。拿到后直接发号码就行，例如 13800000000；想先填别的，回复“跳过”")
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' || r == ' ' || r == '(' || r == ')' || r == '+' || r == '.' || r == '·':
		default:
			return "", Errorf(EINVALID, "联系电话只能包含数字，例如 13800000000 或 0371-12345678")
		}
	}
	d := b.String()
	if len(d) == 13 && strings.HasPrefix(d, "861") {
		d = d[2:]
	}
	switch {
	case d == "":
		return "", Errorf(EINVALID, "没有看到电话号码，例如 13800000000 或 0371-12345678")
	case len(d) == 11 && d[0] == '1':
		if d[1] < '3' {
			return "", Errorf(EINVALID, "手机号%s不像是有效号码，请核对", d)
		}
		return d, nil
	case d[0] == '0' && len(d) >= 10 && len(d) <= 12:
		return d, nil
	case d[0] == '0':
		return "", Errorf(EINVALID, "座机号码位数不对（区号+7到8位号码），例如 0371-12345678")
	case d[0] == '1' && len(d) == 10:
		return "", Errorf(EINVALID, "手机号码少了一位（现在是10位），请核对后重发")
	case d[0] == '1' && len(d) == 12:
		return "", Errorf(EINVALID, "手机号码多了一位（现在是12位），请核对后重发")
	case len(d) == 7 || len(d) == 8:
		return "", Errorf(EINVALID, "座机号码请带上区号，例如 0371-12345678")
	}
	return "", Errorf(EINVALID, "联系电话应为11位手机号，或带区号的座机号（如 0371-12345678），现在是%d位数字", len(d))
}

var (
	reClock   = regexp.MustCompile(`^(?:(\d{1,2}):)?(\d{1,3}):(\d{1,2})$`)
	reMinSec  = regexp.MustCompile(`^(\d+(?:\.\d+)?)(?:分钟|分|min|mins|m|'|′|’)(?:(\d+)(?:秒钟|秒|s|sec|"|″|”|'')?|(半))?(?:钟)?$`)
	reSec     = regexp.MustCompile(`^(\d+)(?:秒钟|秒|s|sec|secs|")$`)
	reHour    = regexp.MustCompile(`^(\d+(?:\.\d+)?)(?:小时|h)(.*)$`)
	reNumOnly = regexp.MustCompile(`^\d+(?:\.\d+)?$`)
	// reDotMinSec is minutes and seconds written with a point, as in
	// 2'30'': "2.30", "3.05", "2.30秒". reDotOne has one digit after the
	// point ("2.3"): 2分30秒 or 2.3 minutes, so it is asked. (s6-p)
	reDotMinSec = regexp.MustCompile(`^(\d{1,2})\.(\d{2})(秒钟|秒)?$`)
	reDotOne    = regexp.MustCompile(`^(\d{1,2})\.(\d)(?:秒钟|秒)?$`)
	// reVague is a running time in whole minutes "and more": 三分多钟,
	// 2分多, 两分钟多. The forms need the exact value.
	reVague = regexp.MustCompile(`[\d一二两三四五六七八九十]\s*(?:分多钟?|分钟多)(?:一点|点)?$|[\d一二两三四五六七八九十]\s*(?:分多钟?|分钟多)[^\d一二三四五六七八九十半]*$`)
	reParen = regexp.MustCompile(`\([^()]*\)|（[^（）]*）`)
)

// ParseDuration reads a running time: "2分30秒", "2分钟30秒", "150秒", "2:30",
// "00:02:30", "两分半", "三分钟", "2'30\"", "2.5分钟", "约2分半左右". A bare
// number up to 10 is minutes, above that seconds. "2.30" and "3.05" are
// minutes and seconds (2分30秒, 3分05秒); "2.3" is asked.
func ParseDuration(s string) (int, error) {
	t := NormalizeWidth(strings.TrimSpace(s))
	t = strings.ToLower(t)
	t = reParen.ReplaceAllString(t, "") // "2分30秒（150秒）"
	if IsVagueDuration(t) {             // duration_vague.go: "四分钟出头", "大概两分半"
		return 0, Errorf(EINVALID, "“%s”不够准确，时长请写到秒，例如3分10秒", strings.TrimSpace(s))
	}
	for _, w := range []string{"多一点点", "多一点", "多一些", "一点点", "不到一点", "不到", "出头", "以内", "之内", "以下", "大约", "大概", "差不多", "约", "左右", "上下", "的样子", "时长", "一共", "总共", "共", "是", "为", "多", "整", "吧", "啦", "了", "视频", "作品"} {
		t = strings.ReplaceAll(t, w, "")
	}
	t = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, t)
	t = strings.TrimRight(t, "。.,，!！")
	t = cnDigits(t)
	bad := Errorf(EINVALID, "没看懂时长，请写成“2分30秒”或“150秒”")
	if t == "" {
		return 0, bad
	}
	if m := reDotMinSec.FindStringSubmatch(t); m != nil {
		mm, _ := strconv.Atoi(m[1])
		ss, _ := strconv.Atoi(m[2])
		switch {
		case ss < 60 && mm*60+ss > 0:
			return mm*60 + ss, nil
		case m[3] != "":
			return 0, bad // "2.75秒"
		}
		// "2.75": only decimal minutes can be meant; read below.
	}
	if m := reDotOne.FindStringSubmatch(t); m != nil && m[2] == "5" {
		return 0, Errorf(EINVALID, "“%s”是%s分30秒（%s分半）还是%s分50秒？请写成“%s分30秒”这样，免得记错", strings.TrimSpace(s), m[1], m[1], m[1], m[1])
	} else if m != nil && m[2] != "0" {
		return 0, Errorf(EINVALID, "“%s”是%s分%s0秒吗？请写成“%s分%s0秒”这样，免得记错", strings.TrimSpace(s), m[1], m[2], m[1], m[2])
	}
	var secs float64
	switch {
	case reClock.MatchString(t):
		m := reClock.FindStringSubmatch(t)
		h, _ := strconv.Atoi(m[1])
		mm, _ := strconv.Atoi(m[2])
		ss, _ := strconv.Atoi(m[3])
		if ss >= 60 {
			return 0, bad
		}
		secs = float64(h*3600 + mm*60 + ss)
	case reHour.MatchString(t):
		m := reHour.FindStringSubmatch(t)
		h, _ := strconv.ParseFloat(m[1], 64)
		rest := 0
		if m[2] != "" {
			r, err := ParseDuration(m[2])
			if err != nil {
				return 0, bad
			}
			rest = r
		}
		secs = h*3600 + float64(rest)
	case reMinSec.MatchString(t):
		m := reMinSec.FindStringSubmatch(t)
		min, _ := strconv.ParseFloat(m[1], 64)
		secs = min * 60
		if m[2] != "" {
			ss, _ := strconv.Atoi(m[2])
			if ss >= 60 {
				return 0, Errorf(EINVALID, "秒数应小于60，请写成“2分30秒”这样")
			}
			secs += float64(ss)
		}
		if m[3] != "" {
			secs += 30
		}
	case reSec.MatchString(t):
		n, _ := strconv.Atoi(reSec.FindStringSubmatch(t)[1])
		secs = float64(n)
	case t == "半分钟" || t == "半分":
		secs = 30
	case reNumOnly.MatchString(t):
		n, _ := strconv.ParseFloat(t, 64)
		if n <= 10 {
			secs = n * 60
		} else {
			secs = n
		}
	default:
		return 0, bad
	}
	n := int(secs + 0.5)
	if n <= 0 {
		return 0, Errorf(EINVALID, "时长应大于0，请写成“2分30秒”这样")
	}
	if n > 4*3600 {
		return 0, Errorf(EINVALID, "时长%s太长了，请核对", FormatDuration(n))
	}
	return n, nil
}

// cnDigits rewrites Chinese numerals in s as Arabic digits: 两分半 → 2分半,
// 一分三十秒 → 1分30秒, 十五秒 → 15秒, and the financial forms of formal
// letters: 贰分叁拾秒 → 2分30秒.
func cnDigits(s string) string {
	val := map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	var out strings.Builder
	rs := []rune(financialNumerals.Replace(s))
	for i := 0; i < len(rs); {
		_, isDigit := val[rs[i]]
		if !isDigit && rs[i] != '十' && rs[i] != '百' {
			out.WriteRune(rs[i])
			i++
			continue
		}
		total, cur := 0, 0
		j := i
		for ; j < len(rs); j++ {
			r := rs[j]
			if v, ok := val[r]; ok {
				cur = v
			} else if r == '十' {
				if cur == 0 {
					cur = 1
				}
				total += cur * 10
				cur = 0
			} else if r == '百' {
				if cur == 0 {
					cur = 1
				}
				total += cur * 100
				cur = 0
			} else {
				break
			}
		}
		out.WriteString(strconv.Itoa(total + cur))
		i = j
	}
	return out.String()
}

// financialNumerals maps the anti-forgery numerals of formal documents
// (壹贰叁…拾佰) to the everyday ones.
var financialNumerals = strings.NewReplacer("壹", "一", "贰", "二", "貳", "二", "叁", "三", "參", "三", "肆", "四", "伍", "五", "陆", "六", "陸", "六", "柒", "七", "捌", "八", "玖", "九", "拾", "十", "佰", "百")

// ParseCategory reads a 分类: its number in the notice's order, its name, or
// one of the season's words for it (实拍, 动漫, 人工智能, 切片 …). ok is false
// when text names no category or several.
func (s *Season) ParseCategory(text string) (cat string, ok bool) {
	t := strings.ToLower(NormalizeWidth(strings.TrimSpace(text)))
	t = strings.Trim(t, "。.,，!！ 类第")
	// "应该选4", "改成动画", "我们选的是2": the verbs before the answer go.
	for _, p := range []string{"应该", "应", "要", "就", "我们", "改", "换", "重新"} {
		if strings.HasPrefix(t, p) && len(t) > len(p) {
			t = strings.TrimPrefix(t, p)
			break
		}
	}
	for _, p := range []string{"成", "为", "选的是", "选择", "选", "勾选", "勾", "属于", "算是", "是"} {
		if strings.HasPrefix(t, p) {
			t = strings.Trim(strings.TrimPrefix(t, p), "。.,，!！ 类第")
			break
		}
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "类"), "类别")
	if n, err := strconv.Atoi(cnDigits(strings.Trim(t, "第类()（）种个项号"))); err == nil {
		if n >= 1 && n <= len(s.Categories) {
			return s.Categories[n-1], true
		}
		return "", false
	}
	if c := []rune(t); len(c) == 1 && c[0] >= '①' && int(c[0]-'①') < len(s.Categories) {
		return s.Categories[c[0]-'①'], true
	}
	found := ""
	for _, c := range s.Categories {
		for _, w := range s.categoryWords(c) {
			if strings.Contains(t, w) {
				if found != "" && found != c {
					return "", false
				}
				found = c
				break
			}
		}
	}
	return found, found != ""
}

// CategoryWord returns the category t is exactly the name of, or one of
// the season's words for ("动漫", "ai生成").
func (s *Season) CategoryWord(t string) (string, bool) {
	t = strings.ToLower(NormalizeWidth(strings.TrimSpace(t)))
	for _, c := range s.Categories {
		for _, w := range s.categoryWords(c) {
			if t == w {
				return c, true
			}
		}
	}
	return "", false
}

// CategoryHint is the one category a description suggests by the season's
// category_hints ("我们这个是从一个长的访谈片子里剪出来的" → 视频切片); ok is
// false when none or several do.
func (s *Season) CategoryHint(t string) (string, bool) {
	t = strings.ToLower(NormalizeWidth(t))
	found := ""
	for _, c := range s.Categories {
		for _, h := range s.CategoryHints[c] {
			if hintIn(t, h) {
				if found != "" && found != c {
					return "", false
				}
				found = c
			}
		}
	}
	return found, found != ""
}

// hintIn reports whether the "+"-joined words of hint appear in t in order.
func hintIn(t, hint string) bool {
	for _, w := range strings.Split(strings.ToLower(hint), "+") {
		i := strings.Index(t, w)
		if w == "" || i < 0 {
			return false
		}
		t = t[i+len(w):]
	}
	return true
}

// categoryWords are c's name and the season's words for it, lower-cased.
func (s *Season) categoryWords(c string) []string {
	out := []string{strings.ToLower(NormalizeWidth(c))}
	for _, w := range s.CategoryWords[c] {
		out = append(out, strings.ToLower(NormalizeWidth(w)))
	}
	return out
}

// quoteRunes are the brackets and quotes users put around titles and names.
const quoteRunes = "《》〈〉<>“”\"'‘’「」『』【】[]"

// NormalizeTitle strips 《》, quotes and surrounding spaces and punctuation
// from a title or name, as the forms print them.
func NormalizeTitle(s string) string {
	s = strings.TrimSpace(s)
	// Quotes inside a title are part of it (《“数字丝路”上的青春》); 《》 and
	// quotes around the whole value are not.
	inner := reInnerQuote.MatchString(s)
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(quoteRunes, r) && (!inner || strings.ContainsRune("《》〈〉<>", r)) {
			return -1
		}
		return r
	}, s)
	if inner {
		for {
			rs := []rune(s)
			if len(rs) < 2 || !strings.ContainsRune("“\"'‘「『", rs[0]) || !strings.ContainsRune("”\"'’」』", rs[len(rs)-1]) || strings.ContainsAny(string(rs[1:len(rs)-1]), "“”\"「」『』") {
				break
			}
			s = string(rs[1 : len(rs)-1])
		}
	}
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("。.,，;；:：!！、", r)
	})
}

// reInnerQuote is a quoted part followed or preceded by more of the title:
// “数字丝路”上的青春, 我的“家”.
var reInnerQuote = regexp.MustCompile(`[“「『][^”」』]+[”」』][^”」』《》\s]|[^“「『《》\s][“「『][^”」』]+[”」』]`)

// IsNone reports whether s means "nobody"/"nothing": 无, 没有, 暂无, 不填, /.
func IsNone(s string) bool {
	t := strings.Trim(NormalizeWidth(strings.TrimSpace(s)), "。.,，!！ ")
	switch t {
	case "无", "没有", "暂无", "没", "空", "不填", "/", "-", "--", "无人", "没有人", "none", "None", "NONE", "n/a", "N/A":
		return true
	}
	return false
}

var reNameSep = regexp.MustCompile(`[、,，;；/／|｜\s]+`)

// JoinNames reads one or several people ("张三、李四", "张三,李四", "张三 李四",
// "张三和李四") and joins them with "、" as the forms print them. "无" gives "".
func JoinNames(s string) string {
	if IsNone(s) {
		return ""
	}
	s = NormalizeTitle(s)
	parts := reNameSep.Split(s, -1)
	var out []string
	for _, p := range parts {
		// "张三和李四": split on 和/及/与 only when both sides look like names.
		for _, q := range splitAnd(p) {
			q = NormalizeTitle(q)
			if q != "" && !IsNone(q) {
				out = append(out, q)
			}
		}
	}
	return strings.Join(out, "、")
}

func splitAnd(p string) []string {
	for _, sep := range []string{"和", "及", "与", "跟"} {
		if i := strings.Index(p, sep); i > 0 {
			a, b := p[:i], p[i+len(sep):]
			la, lb := len([]rune(a)), len([]rune(b))
			if la >= 2 && la <= 4 && lb >= 2 && lb <= 4 {
				return []string{a, b}
			}
		}
	}
	return []string{p}
}

// RuneLen is the length of s in characters (字), as 附件3's 100字 counts.
func RuneLen(s string) int { return len([]rune(s)) }
