package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxPartBytes is the most UTF-8 bytes in one message the bot sends. WeChat
// documents no limit for passive replies; reports put it near 2048 bytes,
// and silenceper/wechat#673 saw failures past 628 汉字 (≈1884 bytes), so
// parts stay well below.
const MaxPartBytes = 1800

// SplitText splits text into parts of at most max bytes each (max ≥ 4),
// cutting after a sentence end (。！？；!?; or a newline) where one falls in
// the second half of the window, else after the last sentence end, comma or
// space in its last three quarters, else at any rune boundary. Parts are trimmed; an empty text gives no parts.
func SplitText(text string, max int) []string {
	if max < utf8.UTFMax {
		max = utf8.UTFMax
	}
	var parts []string
	rest := strings.TrimSpace(text)
	for rest != "" {
		if len(rest) <= max {
			parts = append(parts, rest)
			break
		}
		cut := cutPoint(rest[:max+1], max)
		part := strings.TrimRightFunc(rest[:cut], unicode.IsSpace)
		if part != "" {
			parts = append(parts, part)
		}
		rest = strings.TrimLeftFunc(rest[cut:], unicode.IsSpace)
	}
	return parts
}

// cutPoint returns where to cut window, a prefix of the text one byte longer
// than max, so that the part before the cut is at most max bytes.
func cutPoint(window string, max int) int {
	sentence, clause := 0, 0
	for i := 0; i < len(window); {
		r, size := utf8.DecodeRuneInString(window[i:])
		end := i + size
		if end > max {
			break
		}
		switch r {
		case '。', '！', '？', '；', '\n', '!', '?', ';':
			sentence = end
		case '，', '、', '：', ',', ':', ' ', '\t':
			clause = end
		}
		i = end
	}
	if sentence >= max/2 {
		return sentence
	}
	if best := maxInt(sentence, clause); best >= max/4 {
		return best
	}
	// Any rune boundary: back up from max to the start of a rune.
	cut := max
	for cut > 0 && !utf8.RuneStart(window[cut]) {
		cut--
	}
	if cut == 0 {
		cut = max // not UTF-8 at all; cut bytes
	}
	return cut
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}
