package documents

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"contestbot"
)

// jsonEntry is one entry in the export JSON of PRODUCT.md. The field order
// is the contract's order.
type jsonEntry struct {
	ID                 int64        `json:"id"`
	OpenID             string       `json:"openid"`
	Status             string       `json:"status"`
	Unit               string       `json:"unit"`
	Seq                int          `json:"seq"`
	Title              string       `json:"title"`
	Producer           string       `json:"producer"`
	Contact            string       `json:"contact"`
	Phone              string       `json:"phone"`
	DurationSeconds    int          `json:"duration_seconds"`
	Category           string       `json:"category"`
	Creators           jsonCreators `json:"creators"`
	Synopsis           string       `json:"synopsis"`
	Summary            string       `json:"summary"`
	CopyrightConfirmed bool         `json:"copyright_confirmed"`
	Declarations       Declarations `json:"declarations"`
	VideoURL           string       `json:"video_url"`
	CheckVerdict       string       `json:"check_verdict"`
	CreatedAt          string       `json:"created_at"`
	UpdatedAt          string       `json:"updated_at"`
}

type jsonCreators struct {
	Supervisor string `json:"supervisor"`
	Director   string `json:"director"`
	Writer     string `json:"writer"`
	Camera     string `json:"camera"`
	Editor     string `json:"editor"`
}

// Declarations are the eligibility answers of an entry (三（二）, 三（三）,
// 附件1 第5条), as the exports carry them: true, false, or nil when not
// answered.
type Declarations struct {
	UnitWork     *bool `json:"unit_work"`      // a unit's work, not an individual's
	MadeInPeriod *bool `json:"made_in_period"` // made within the season's period
	Unpublished  *bool `json:"unpublished"`    // unpublished on every platform
	UsesAI       *bool `json:"uses_ai"`        // AI-generated content in the work
	AILabelled   *bool `json:"ai_labelled"`    // that content is labelled
}

// EntryDeclarations returns e's declarations. An entry of the season's AI
// category uses AI without being asked.
func EntryDeclarations(s *contestbot.Season, e *contestbot.Entry) Declarations {
	d := Declarations{UnitWork: e.UnitWork, MadeInPeriod: e.MadeInPeriod, Unpublished: e.Unpublished,
		UsesAI: e.AIUsed, AILabelled: e.AILabelled}
	if d.UsesAI == nil && s.IsAICategory(e.Category) {
		d.UsesAI = contestbot.Bool(true)
	}
	return d
}

// exportStatus maps a stored status to the contract's three values.
func exportStatus(s contestbot.Status) string {
	switch s {
	case contestbot.StatusComplete, contestbot.StatusCancelled:
		return string(s)
	}
	return string(contestbot.StatusDraft)
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func toJSON(e *contestbot.Entry, s *contestbot.Season) jsonEntry {
	c := creatorsList(e.Creators)
	d := e.DurationSeconds
	if d < 0 {
		d = 0
	}
	return jsonEntry{
		ID:                 e.ID,
		OpenID:             e.OpenID,
		Status:             exportStatus(e.Status),
		Unit:               cleanText(e.Unit),
		Seq:                e.Seq,
		Title:              CleanTitle(e.Title),
		Producer:           cleanText(e.Producer),
		Contact:            cleanText(e.Contact),
		Phone:              FormPhone(e.Phone),
		DurationSeconds:    d,
		Category:           cleanText(e.Category),
		Creators:           jsonCreators{Supervisor: c[0], Director: c[1], Writer: c[2], Camera: c[3], Editor: c[4]},
		Synopsis:           cleanText(e.Synopsis),
		Summary:            cleanText(e.Summary),
		CopyrightConfirmed: e.CopyrightConfirmed,
		Declarations:       EntryDeclarations(s, e),
		VideoURL:           cleanText(e.VideoURL),
		CheckVerdict:       string(e.CheckVerdict),
		CreatedAt:          rfc3339(e.CreatedAt),
		UpdatedAt:          rfc3339(e.UpdatedAt),
	}
}

// WriteJSON writes entries as the export JSON of PRODUCT.md: an array of
// objects (an empty list is []), indented, with <, > and & left readable.
func WriteJSON(w io.Writer, entries []*contestbot.Entry, s *contestbot.Season) error {
	out := make([]jsonEntry, 0, len(entries))
	for _, e := range entries {
		if e != nil {
			out = append(out, toJSON(e, s))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
