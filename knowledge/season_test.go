package knowledge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"contestbot"
)

// TestSeasonLoaded: the season every package reads is the facts file's,
// with the duration limit taken from the video rules (one source) and each
// citation a section Load found in the notice.
func TestSeasonLoaded(t *testing.T) {
	b := mustLoad(t, Options{})
	s := b.Season()
	if s.MaxDurationSeconds != b.Spec().MaxDurationSeconds || s.MaxDurationSeconds == 0 {
		t.Errorf("MaxDurationSeconds = %d; the video rules say %d", s.MaxDurationSeconds, b.Spec().MaxDurationSeconds)
	}
	if !s.IsCategory(s.AICategory) || len(s.Categories) == 0 {
		t.Errorf("categories %q, AI category %q", s.Categories, s.AICategory)
	}
	for _, k := range contestbot.CitationKeys {
		if _, ok := b.Section(s.Section(k)); !ok {
			t.Errorf("citation %s = %q is no section of the notice", k, s.Section(k))
		}
	}
	// A config deadline replaces the notice's in the season too.
	d, _ := ParseDeadline("2099-12-31")
	if got := mustLoad(t, Options{Deadline: d}).Season(); !got.Deadline.Equal(d) || got.DeadlineText != "2099年12月31日前" {
		t.Errorf("overridden deadline: %v %q", got.Deadline, got.DeadlineText)
	}
	// The season is a copy: a caller cannot change what others read.
	s.Mailbox, s.Contacts[0], s.Citations[contestbot.CiteVideo] = "changed", "changed", "changed"
	if c := b.Season(); c.Mailbox == "changed" || c.Contacts[0] == "changed" || c.Citations[contestbot.CiteVideo] == "changed" {
		t.Error("Season() shares its value")
	}
}

// TestLoadChecksCitations: a citation naming a section the notice lacks, or
// a season missing a citation the code needs, fails Load with a message for
// whoever edits the facts file.
func TestLoadChecksCitations(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"UnknownSection", "  made_in_period: 三（三）", "  made_in_period: 三（九）", "三（九）"},
		{"MissingKey", "  unpublished: 附件1 第5条\n", "", "unpublished"},
		{"AICategoryNotACategory", "ai_category: AI生成", "ai_category: AI创作", "ai_category"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(string(season1Facts), tt.from) {
				t.Fatalf("facts file lacks %q", tt.from)
			}
			path := filepath.Join(t.TempDir(), "facts.yaml")
			if err := os.WriteFile(path, []byte(strings.Replace(string(season1Facts), tt.from, tt.to, 1)), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Load(Options{FactsFile: path})
			if err == nil || !strings.Contains(contestbot.ErrorMessage(err), tt.want) {
				t.Fatalf("Load = %v; want an error naming %q", err, tt.want)
			}
		})
	}
}
