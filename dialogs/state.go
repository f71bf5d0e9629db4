package dialogs

import (
	"contestbot"
	"contestbot/knowledge"
)

// Modes of a conversation.
const (
	modeIdle    = ""
	modeForm    = "form"    // filling the draft EntryID; Pending is the question asked last
	modeEdit    = "edit"    // changing the completed entry EntryID
	modeCancel  = "cancel"  // waiting for "are you sure" about cancelling CancelID
	modeReorder = "reorder" // waiting for the new order of a unit's entries
)

// state is what a conversation remembers between messages, stored as JSON
// in the store's dialog_state. Entries themselves live in their own table;
// the state only points at them, so a lost state loses no answer.
type state struct {
	Mode string `json:"mode,omitempty"`
	// SpellNoted is the entry whose 推荐单位, spelled unlike the unit's other
	// works, was pointed out at its summary (s11-j unitspelling.go): once.
	SpellNoted int64 `json:"spell_noted,omitempty"`
	EntryID    int64 `json:"entry_id,omitempty"`
	// Pending is the slot asked last; a plain answer fills it.
	Pending slot `json:"pending,omitempty"`
	// TextOpen is the free text sent in halves whose first half was marked
	// unfinished ("（未完待续）"): the next text is its rest (s11-b texthalves.go).
	TextOpen slot `json:"text_open,omitempty"`
	// Prev is the slot the last plain answer filled: "不对，是李娜" replaces it.
	Prev slot `json:"prev,omitempty"`
	// Roles are the 主创人员 roles already answered for EntryID ("无" counts).
	Roles []slot `json:"roles,omitempty"`
	// Resume is the draft left to confirm a change to a submitted work: it
	// is reopened after 确认 (s7-f confirmedguard.go).
	Resume int64 `json:"resume,omitempty"`
	// Back is the mode to return to when a cancel is declined.
	Back     string `json:"back,omitempty"`
	CancelID int64  `json:"cancel_id,omitempty"`
	// Then is what to do once the cancel of CancelID is answered either way
	// ("another:片名：X" starts the work a replace named; works.go, s5-f5).
	Then string `json:"then,omitempty"`
	// Unit is the unit being reordered in modeReorder.
	Unit string `json:"unit,omitempty"`
	// Link is a video link waiting for the user to say which entry it is for.
	Link *pendingLink `json:"link,omitempty"`
	// Options are the numbered readings of the clarifying question the
	// bot asked last ("你问的是哪一项？1. … 2. …"); a reply with a number
	// picks one. Any other reply forgets them.
	Options []knowledge.Option `json:"options,omitempty"`
	// LastID is the entry completed or edited last: an unprompted correction
	// right after completing goes there.
	LastID int64 `json:"last_id,omitempty"`

	// PhonePart is the digits of a phone number sent short, so that the rest
	// sent next ("1593710", then "8826 刚手滑发出去了") completes it.
	PhonePart string `json:"phone_part,omitempty"`
	// Part is the first part of a value cut off (split.go).
	Part *partValue `json:"part,omitempty"`
	// Lead is the field a lead-in bubble ("电话是", "简介是：") named: the
	// next message is its value (bubbles.go, s5-f2).
	Lead slot `json:"lead,omitempty"`
	// LeadName: Lead waits for a person's full name only (a pasted chat's
	// "监制写我" said by 王书记); anything else is read as usual.
	LeadName bool `json:"lead_name,omitempty"`
	// Later are the fields a pasted chat promised for later ("简介我下午
	// 发你"): the form asks them last (chatpaste.go, s5-f2).
	Later []slot `json:"later,omitempty"`
	// LaterEntry is the entry Later is for (s6-d).
	LaterEntry int64 `json:"later_entry,omitempty"`
	// Points are the fields given by the points of the contact's last
	// numbered message, by number (paste.go): "第2条写错了" names one.
	Points map[int]slot `json:"points,omitempty"`
	// Table is the titles of the works of a pasted table still to fill, in
	// the table's order: submitting one opens the next (tablerows.go, s5-g3).
	Table []string `json:"table,omitempty"`

	// Early is values said before any form was open, in a message that
	// asked something too ("俺们那片子正好三分钟 中不中"); the next new
	// entry starts with them.
	// AskFinished: the made-in-period question was asked as "finished in the
	// period?" after only a start before it was said (s10-c madewhen.go);
	// a plain yes or no answers that fact alone.
	AskFinished bool `json:"ask_finished,omitempty"`
	// AskedIndividual: an individual work read from words was asked back
	// once before blocking (s10-j eligibilitywords.go); the next reading blocks.
	AskedIndividual bool `json:"asked_individual,omitempty"`

	Early string `json:"early,omitempty"`
	// ShortUnit is a unit asked about as a short name (s6-m shortunit.go):
	// said again, it is taken.
	ShortUnit string `json:"short_unit,omitempty"`

	// Undo is the plain answer stored last, so "刚才那段不是内容简介" and
	// "咋又给记上了" can take it back.
	Undo *undo `json:"undo,omitempty"`
	// FixAsk is a corrected value whose field the bot asked about (fixask.go, s5-f1).
	FixAsk *fixAsk `json:"fix_ask,omitempty"`
	// WordAsk is a change of words in the 简介/摘要 waiting for the new words (wordask.go, s7-b).
	WordAsk *wordAsk `json:"word_ask,omitempty"`

	// ContactTitle is the title the contact gave with their name
	// ContactTitled ("我们王科长，王海峰" → 科长, 王海峰): "我们科长" is then
	// that contact (selftitle.go).
	ContactTitle  string `json:"contact_title,omitempty"`
	ContactTitled string `json:"contact_titled,omitempty"`

	// SelfRoles are the 主创 roles the user gave as themselves (俺, 我, 本人)
	// before the contact's name was known; the contact's name fills them
	// when it comes (selftitle.go).
	SelfRoles []slot `json:"self_roles,omitempty"`

	// Held are nicknames given for a 主创 role ("监制老胡") and not stored:
	// their full names were asked once (nickhold.go, s12-e). NickAsked is
	// true for the turn after the question, when bare names answer it;
	// NickOK are the nicknames the user said to write as they are.
	Held      []heldNick `json:"held_nicks,omitempty"`
	NickAsked bool       `json:"nick_asked,omitempty"`
	NickOK    []string   `json:"nick_ok,omitempty"`

	// Self is the name the person typing gave ("我叫闵可欣") when it is not
	// the contact's: a student filling in for the teacher. 我/本人 in a
	// role list is this person (s5-f4, selflist.go).
	Self string `json:"self,omitempty"`
	// ForOther is true once the person typing said they fill in the form
	// for someone else ("老师让我帮她报的"): 我 is then never the contact
	// (s6-e typist.go).
	ForOther bool `json:"for_other,omitempty"`
	// Guess is the person a role said as "我们老师" may be, asked as "是谢丽娟
	//吗？" at the step GuessRole; a plain "是" fills it (s9-b knowntitle.go).
	Guess     string `json:"guess,omitempty"`
	GuessRole slot   `json:"guess_role,omitempty"`
	// Video is the video values of the last verdict on stated values
	// (knowledge Answer.Stated): a follow-up ("那如果码率转成15M呢") keeps
	// the others (videofollow.go, s5-k3).
	Video string `json:"video,omitempty"`
	// Asked is the user's last question that got an answer: the next one
	// may refer to it ("那选哪个分类" after "用AI做的视频可以吗";
	// videofollow.go, s10-g).
	Asked string `json:"asked,omitempty"`

	// Change is the last change made to a submitted work, so "改错了" can
	// take it back or move it to the work meant (whichwork.go, s6-g).
	Change *workChange `json:"change,omitempty"`
	// NextWork is what the user said about a work after the one being
	// filled ("第二个片子的导演也是我"): the next new work starts with it
	// (whichwork.go, s6-g).
	NextWork string `json:"next_work,omitempty"`
	// LaterWorks are the works after NextWork from a numbered list of works
	// (s10-k workslist.go): each becomes NextWork in turn.
	LaterWorks []string `json:"later_works,omitempty"`
	// EveryWork are roles said for every work of the user ("三个片子…监制都是
	// 王建国", s10-k workslist.go): each new work starts with them.
	EveryWork []string `json:"every_work,omitempty"`
	// Meant is values said with no form open that would change a submitted
	// work without naming it or saying change: the bot asked whether they
	// change it or start a new work (whichwork.go, s6-g).
	Meant *meantValues `json:"meant,omitempty"`

	// Offer is a text the bot offered for a field ("可以用这段…回复“用这个”");
	// only the next message can take it (s6-o summaryhelp.go).
	Offer *textOffer `json:"offer,omitempty"`
	// DotAsk is the running time in seconds the bot asked about after a
	// duration such as "2.3" ("是2分30秒吗？"); only the next message can
	// take it with a yes (s6-p whatasked.go).
	DotAsk int `json:"dot_ask,omitempty"`
	// Readings are two readings of a self-corrected free text; only the
	// next message can pick one (s8-a selffix.go).
	Readings *textReadings `json:"readings,omitempty"`

	// Edits is the history of field changes, each with the value it
	// replaced: "改回来" restores one (s11-d restore.go).
	Edits []fieldEdit `json:"edits,omitempty"`
	// LastEdits are the changes the last message made, first answers
	// included: "不是让你改" restores them all (s12-d unasked.go).
	LastEdits []fieldEdit `json:"last_edits,omitempty"`

	// newEntry is an entry created this turn, which gets its ID on save.
	newEntry *contestbot.Entry
}

type pendingLink struct {
	URL   string `json:"url"`
	MsgID string `json:"msg_id"`
}

func (s *state) roleDone(r slot) bool {
	for _, x := range s.Roles {
		if x == r {
			return true
		}
	}
	return false
}

func (s *state) markRole(r slot) {
	if !s.roleDone(r) {
		s.Roles = append(s.Roles, r)
	}
}

// focus points the state at entry e in mode m, resetting per-entry memory
// when the entry changes.
func (s *state) focus(m string, e *contestbot.Entry) {
	if e.ID != s.EntryID || e.ID == 0 {
		s.Roles, s.SelfRoles = nil, nil
		s.Held, s.NickAsked, s.NickOK = nil, false, nil
		if e.ID == 0 || e.ID != s.LaterEntry { // s6-d: kept over a pause ("我先去开会") for the same draft
			s.Later, s.LaterEntry = nil, 0
		}
		// Roles already filled on a resumed draft count as answered.
		for i, v := range creatorValues(e) {
			if v != "" {
				s.Roles = append(s.Roles, roles[i])
			}
		}
	}
	s.Mode, s.EntryID, s.Pending, s.Prev = m, e.ID, "", ""
	if e.ID == 0 {
		s.newEntry = e
	}
}

func (s *state) reset() {
	s.Mode, s.EntryID, s.Pending, s.Prev, s.Roles, s.Back, s.CancelID, s.Unit, s.Then = modeIdle, 0, "", "", nil, "", 0, "", ""
	// s6-d: Later stays with LaterEntry, so a field the user went to ask
	// about is still asked last when the draft is resumed.
}

func creatorValues(e *contestbot.Entry) []string {
	c := e.Creators
	return []string{c.Supervisor, c.Director, c.Writer, c.Camera, c.Editor}
}

func creatorPtr(e *contestbot.Entry, r slot) *string {
	switch r {
	case slotSupervisor:
		return &e.Creators.Supervisor
	case slotDirector:
		return &e.Creators.Director
	case slotWriter:
		return &e.Creators.Writer
	case slotCamera:
		return &e.Creators.Camera
	case slotEditor:
		return &e.Creators.Editor
	}
	return nil
}

// undo remembers one stored answer: the slot, its value before, and the
// message that set it.
type undo struct {
	Slot slot   `json:"slot"`
	Old  string `json:"old"`
	Text string `json:"text"`
}

// textPtr is the string behind a text slot of e, or nil for slots that are
// not plain text (duration, category, yes/no).
func textPtr(e *contestbot.Entry, s slot) *string {
	if p := creatorPtr(e, s); p != nil {
		return p
	}
	switch contestbot.Field(s) {
	case contestbot.FieldUnit:
		return &e.Unit
	case contestbot.FieldTitle:
		return &e.Title
	case contestbot.FieldProducer:
		return &e.Producer
	case contestbot.FieldContact:
		return &e.Contact
	case contestbot.FieldPhone:
		return &e.Phone
	case contestbot.FieldSynopsis:
		return &e.Synopsis
	case contestbot.FieldSummary:
		return &e.Summary
	}
	return nil
}

func (s *state) unmarkRole(r slot) {
	var out []slot
	for _, x := range s.Roles {
		if x != r {
			out = append(out, x)
		}
	}
	s.Roles = out
}
