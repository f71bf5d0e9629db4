package bot_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"contestbot/bot"

	"github.com/google/go-cmp/cmp"
)

func TestSplitText(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		max  int
		want []string
	}{
		{"Empty", "  \n ", 100, nil},
		{"Short", "截止时间是10月15日。", 100, []string{"截止时间是10月15日。"}},
		{"Sentences", "一二三。四五六！七八九？", 24, []string{"一二三。四五六！", "七八九？"}},
		{"Newline", "第一行内容\n第二行内容", 20, []string{"第一行内容", "第二行内容"}},
		{"Semicolon", "甲乙丙；丁戊己；庚辛", 24, []string{"甲乙丙；丁戊己；", "庚辛"}},
		{"Clause", "一二三四五，六七八九十", 20, []string{"一二三四五，", "六七八九十"}},
		{"NoPunctuation", strings.Repeat("长", 10), 10, []string{"长长长", "长长长", "长长长", "长"}},
		{"ASCII", "Hello world. Bye now!", 14, []string{"Hello world.", "Bye now!"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := bot.SplitText(tc.text, tc.max)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitTextLimits(t *testing.T) {
	texts := map[string]string{
		"Chinese":  strings.Repeat("参赛作品须为2025年以来创作。", 300),
		"Run":      strings.Repeat("长", 3000),
		"Mixed":    strings.Repeat("a长😀b", 1000),
		"NotUTF8":  strings.Repeat("\xff\xfe", 3000),
		"Newlines": strings.Repeat("一\n", 3000),
	}
	for name, text := range texts {
		t.Run(name, func(t *testing.T) {
			parts := bot.SplitText(text, bot.MaxPartBytes)
			if len(parts) < 2 {
				t.Fatalf("%d parts", len(parts))
			}
			for i, p := range parts {
				if len(p) > bot.MaxPartBytes || p == "" {
					t.Fatalf("part %d: %d bytes", i, len(p))
				}
				if utf8.ValidString(text) && !utf8.ValidString(p) {
					t.Fatalf("part %d cut inside a rune", i)
				}
			}
			if name != "Newlines" && strings.Join(parts, "") != text {
				t.Fatal("parts do not join to the text")
			}
		})
	}
}
