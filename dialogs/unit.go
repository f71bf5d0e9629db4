package dialogs

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"contestbot"
)

// Units is the part of the store that shares a 推荐单位 among its contacts
// (*store.DB implements it). A Store without it leaves every contact on
// their own, as before units existed.
type Units interface {
	Unit(ctx context.Context, name string) (*contestbot.Unit, error)
	MemberUnits(ctx context.Context, openID string) ([]*contestbot.UnitMember, error)
	// JoinUnit joins openID to the unit whose code is code; a wrong code is
	// ENOTFOUND and too many are EFORBIDDEN, both with a message for users.
	JoinUnit(ctx context.Context, openID, code string) (*contestbot.Unit, error)
	// SharedEntries are the entries of openID's units by their members.
	SharedEntries(ctx context.Context, openID string) ([]*contestbot.Entry, error)
	UnitContact(ctx context.Context, unit string) (name, phone string, err error)
}

// unitTurn is what a turn knows about units: how its entries were before
// the message, and the colleagues' entries, loaded when first needed.
type unitTurn struct {
	before map[*contestbot.Entry]entrySnap
	shared []*contestbot.Entry
	seqs   map[*contestbot.Entry]int // colleagues' 序号 as loaded
	loaded bool
}

type entrySnap struct {
	unit   string
	status contestbot.Status
}

func (c *Core) units() Units {
	u, _ := c.deps.Store.(Units)
	return u
}

// snapUnits records each entry's unit and status before the message acts
// (a hook in newTurn), so unitNote can tell what the turn changed.
func (t *turn) snapUnits() {
	t.units.before = make(map[*contestbot.Entry]entrySnap, len(t.entries))
	for _, e := range t.entries {
		t.units.before[e] = entrySnap{unit: e.Unit, status: e.Status}
	}
}

// colleagues are the complete entries of the user's units that other
// contacts registered, loaded once a turn.
func (t *turn) colleagues() []*contestbot.Entry {
	u := t.c.units()
	if u == nil || t.units.loaded {
		return t.units.shared
	}
	t.units.loaded = true
	es, err := u.SharedEntries(t.ctx, t.m.OpenID)
	if err != nil {
		t.c.log.Warn("shared entries", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return nil
	}
	t.units.seqs = map[*contestbot.Entry]int{}
	for _, e := range es {
		if e.OpenID != t.m.OpenID && e.Status == contestbot.StatusComplete {
			t.units.shared = append(t.units.shared, e)
			t.units.seqs[e] = e.Seq
		}
	}
	return t.units.shared
}

// rankable is what "调整顺序" works over: the user's own entries as
// listed, and the complete entries colleagues of the same units registered.
func (t *turn) rankable() []*contestbot.Entry {
	own := t.listed()
	shared := t.colleagues()
	if len(shared) == 0 {
		return own
	}
	out := append(append([]*contestbot.Entry{}, own...), shared...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Status == contestbot.StatusComplete) != (b.Status == contestbot.StatusComplete) {
			return a.Status == contestbot.StatusComplete
		}
		if a.Status != contestbot.StatusComplete {
			return false
		}
		if ka, kb := a.UnitKey(), b.UnitKey(); ka != kb {
			return ka < kb
		}
		return a.Seq < b.Seq
	})
	return out
}

var (
	reJoinUnit = regexp.MustCompile(`^(?:我要|我想|申请|请求)?(?:加入单位|加入本单位|加入|单位码|单位代码|邀请码|加入码)(?:是|为)?[:：\s]*([A-Za-z0-9０-９Ａ-Ｚａ-ｚ]{6})$`)
	showCode   = []string{"单位码", "查看单位码", "我的单位码", "本单位单位码", "单位代码", "邀请码", "加入码", "单位邀请码", "单位码是多少", "单位码多少"}
	// reSaidCode is a unit code named inside a sentence (s11-j, rp145:
	// "那我问韩老师要了单位码 YJTUQ9"): the label, then exactly six letters
	// and digits, not part of a longer run.
	reSaidCode = regexp.MustCompile(`(?:单位码|单位代码|邀请码|加入码)(?:是|为)?[:：]?([a-z0-9]{6})(?:[^a-z0-9]|$)`)
	joinWords  = []string{"加入单位", "加入本单位", "怎么加入单位", "加入", "怎么加入"}
)

// unitCommand answers the unit messages: a unit code (alone or after
// "加入"/"单位码") joins its unit; "单位码" shows the code to the
// coordinator. ok is false for any other message. A hook in text, before
// the form reads the message, so a code is never taken for an answer.
func (t *turn) unitCommand(s string) (string, bool) {
	u := t.c.units()
	if u == nil {
		return "", false
	}
	c := compact(s)
	code := contestbot.NormalizeUnitCode(c)
	if code == "" {
		if m := reJoinUnit.FindStringSubmatch(c); m != nil {
			code = contestbot.NormalizeUnitCode(m[1])
			if code == "" {
				return t.withPending("单位码是6位字母和数字，例如 K7M3Q9，请核对后再发。"), true
			}
		}
	}
	if code == "" {
		code = saidUnitCode(c)
	}
	switch {
	case code != "":
		return t.withPending(t.joinUnit(u, code)), true
	case asksColleagueWork(c):
		return t.withPending(t.colleagueWorks(u)), true
	case oneOf(c, showCode...):
		return t.withPending(t.unitCode(u)), true
	case oneOf(c, joinWords...):
		return t.withPending("请把本单位报名协调人告诉您的单位码（6位字母和数字）直接发给我，例如 K7M3Q9。加入后和同单位的老师共用序号、排序和汇总表。"), true
	}
	return "", false
}

// saidUnitCode is the valid unit code a compacted sentence names after its
// label, or "". A six-character run that is no valid code (no digit, a
// letter outside the code alphabet) is left to the rest of the dialog.
func saidUnitCode(c string) string {
	m := reSaidCode.FindStringSubmatch(c)
	if m == nil {
		return ""
	}
	return contestbot.NormalizeUnitCode(m[1])
}

// reSeeColleague asks to see a work another contact of the unit registered
// (s11-j, rp145: "我能看到韩老师报的那个吗", "汇总表里有韩老师那个吗").
// The other person is a teacher, a colleague or 他/她; one's own work
// ("我报的") is 我的作品.
var reSeeColleague = regexp.MustCompile(`(?:看到|看看|看见|查看|看一下|看下|瞧瞧)[^，,。？?]{0,12}?(?:老师|同事|别人|其他人|他们|她|他)[^，,。？?我]{0,8}?(?:报|交|填|提交)(?:的|了的|上去的)|汇总表(?:里|上|中)?(?:有|能看到|会有|包括|包含)(?:没有)?[^，,。？?]{0,10}?(?:老师|同事|别人|其他人|她|他)`)

// asksColleagueWork reports whether the compacted message asks to see a
// colleague's work.
func asksColleagueWork(c string) bool {
	return reSeeColleague.MatchString(c)
}

// colleagueWorks answers it: a member of a unit sees the unit's complete
// works, listed here and in the 汇总表; anyone else is told how to join.
func (t *turn) colleagueWorks(u Units) string {
	ms, err := u.MemberUnits(t.ctx, t.m.OpenID)
	if err != nil {
		t.c.log.Error("member units", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return contestbot.BusyMessage
	}
	if len(ms) == 0 {
		return "能看到：同单位老师报的作品，加入本单位后就能看到。请向那位老师要本单位的单位码（6位字母和数字），发给我即可加入；加入后发“我的作品”能看到本单位全部已完成的作品，下载的汇总表也会列出它们。"
	}
	var b strings.Builder
	for _, m := range ms {
		var done []*contestbot.Entry
		for _, e := range t.rankable() {
			if e.UnitKey() == m.Unit && e.Status == contestbot.StatusComplete {
				done = append(done, e)
			}
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		if len(done) == 0 {
			fmt.Fprintf(&b, "“%s”还没有已完成的作品。", m.Unit)
			continue
		}
		fmt.Fprintf(&b, "能看到。“%s”已完成的作品（都在汇总表里）：", m.Unit)
		for _, e := range done {
			fmt.Fprintf(&b, "\n序号%d《%s》（联系人 %s）", e.Seq, e.Title, e.Contact)
		}
	}
	b.WriteString("\n发“我的作品”随时查看，发“下载报名材料”下载本单位的汇总表。")
	return b.String()
}

func (t *turn) joinUnit(u Units, code string) string {
	unit, err := u.JoinUnit(t.ctx, t.m.OpenID, code)
	if err != nil {
		switch contestbot.ErrorCode(err) {
		case contestbot.ENOTFOUND, contestbot.EFORBIDDEN, contestbot.EINVALID:
			return contestbot.ErrorMessage(err)
		}
		t.c.log.Error("join unit", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return contestbot.BusyMessage
	}
	t.units.loaded, t.units.shared = false, nil
	var b strings.Builder
	fmt.Fprintf(&b, "已加入“%s”。本单位的作品共用序号，汇总表和下载材料里会列出本单位全部已完成的作品。", unit.Name)
	var done []*contestbot.Entry
	for _, e := range t.rankable() {
		if e.UnitKey() == unit.Name && e.Status == contestbot.StatusComplete {
			done = append(done, e)
		}
	}
	if len(done) > 0 {
		b.WriteString("\n本单位已完成的作品：")
		for _, e := range done {
			fmt.Fprintf(&b, "\n序号%d《%s》", e.Seq, e.Title)
		}
	}
	if len(done) >= 2 {
		b.WriteString("\n要调整本单位作品的排序，发“调整顺序”。")
	}
	if !t.hasEntryIn(unit.Name) {
		b.WriteString("\n报名时推荐单位请填“" + unit.Name + "”。")
	}
	return b.String()
}

func (t *turn) hasEntryIn(unit string) bool {
	for _, e := range t.entries {
		if contestbot.SameUnit(e.Unit, unit) && e.Status != contestbot.StatusCancelled {
			return true
		}
	}
	return false
}

// unitCode answers "单位码": the code for a coordinator, who holds it for
// the unit; where to get it for anyone else.
func (t *turn) unitCode(u Units) string {
	ms, err := u.MemberUnits(t.ctx, t.m.OpenID)
	if err != nil {
		t.c.log.Error("member units", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return contestbot.BusyMessage
	}
	if len(ms) == 0 {
		return "您还不是任何推荐单位的联系人。本单位第一个完成报名的老师是协调人，能看到单位码；本单位已有老师报名的，请向他要单位码，直接发给我即可加入。"
	}
	var lines []string
	for _, m := range ms {
		if m.Role != contestbot.RoleCoordinator {
			lines = append(lines, fmt.Sprintf("您是“%s”的联系人，单位码由本单位的报名协调人保管。", m.Unit))
			continue
		}
		un, err := u.Unit(t.ctx, m.Unit)
		if err != nil {
			t.c.log.Error("unit", "user", contestbot.LogID(t.m.OpenID), "err", err)
			return contestbot.BusyMessage
		}
		lines = append(lines, fmt.Sprintf("“%s”的单位码：%s", un.Name, un.Code))
	}
	return strings.Join(lines, "\n") + "\n同单位其他老师把单位码发给本公众号即可加入，共用序号、排序和汇总表。请只告诉本单位的老师。"
}

// unitNote is what a saved turn adds about units (a hook in Handle, after
// the save): the coordinator's code when their first work in a unit is
// complete, and, to a contact who is not a member of a unit that already
// has one, who that contact is and how to join.
func (t *turn) unitNote() string {
	u := t.c.units()
	if u == nil {
		return ""
	}
	t.tellColleagues()
	var notes []string
	told := map[string]bool{}
	for _, e := range t.touched {
		key := e.UnitKey() // s11-a: units by their key, "X学院党委" is X学院's
		if e.OpenID != t.m.OpenID || key == "" || e.Status == contestbot.StatusCancelled || told[key] {
			continue
		}
		was, known := t.units.before[e]
		changed := !known || contestbot.UnitKey(was.unit) != key
		completed := e.Status == contestbot.StatusComplete && (!known || was.status != contestbot.StatusComplete)
		if !changed && !completed {
			continue
		}
		un, err := u.Unit(t.ctx, key)
		if contestbot.ErrorCode(err) == contestbot.ENOTFOUND {
			continue
		} else if err != nil {
			t.c.log.Warn("unit", "user", contestbot.LogID(t.m.OpenID), "err", err)
			continue
		}
		told[key] = true
		if un.Coordinator == t.m.OpenID {
			if completed && t.firstComplete(e) {
				if t.typistIsOther(e) { // s6-e typist.go: a student typing for the contact is no contact
					notes = append(notes, fmt.Sprintf("这个微信号是“%s”第一个报名的账号（报名协调人），作品的联系人是%s。本单位的单位码：%s，请转告%s。同单位还有老师要报作品的，把单位码发给我就能加入，共用序号、排序和汇总表。忘了单位码随时发“单位码”查看。", un.Name, e.Contact, un.Code, e.Contact))
				} else {
					notes = append(notes, fmt.Sprintf("您是“%s”第一位报名的联系人（报名协调人）。本单位的单位码：%s。同单位还有老师要报作品的，请把单位码告诉他，他发给我就能加入，和您共用序号、排序和汇总表。忘了单位码随时发“单位码”查看。", un.Name, un.Code))
				}
			}
			continue
		}
		if t.isMember(u, key) {
			continue
		}
		name, phone, err := u.UnitContact(t.ctx, key)
		if err != nil {
			t.c.log.Warn("unit contact", "user", contestbot.LogID(t.m.OpenID), "err", err)
		}
		who := "其他老师"
		switch tail := contestbot.PhoneTail(phone); {
		case name != "" && tail != "":
			who = fmt.Sprintf("联系人%s（电话尾号%s）", name, tail)
		case name != "":
			who = "联系人" + name
		}
		notes = append(notes, fmt.Sprintf("提示：“%s”已有%s在报名。同一单位的作品要共用序号和一张汇总表，请向他要单位码，发给我即可加入本单位；不加入的话，您只能看到自己报的作品。", e.Unit, who))
	}
	return strings.Join(notes, "\n\n")
}

// tellColleagues pushes to each colleague whose work this turn gave a new
// 序号 (a reorder) the new number and file name: their uploaded video must
// be renamed, and they did not ask for the change.
func (t *turn) tellColleagues() {
	p := t.c.deps.Pusher
	if p == nil {
		return
	}
	byUser := map[string][]*contestbot.Entry{}
	var users []string
	for _, e := range t.touched {
		old, ok := t.units.seqs[e]
		if !ok || e.OpenID == t.m.OpenID || old == e.Seq {
			continue
		}
		if byUser[e.OpenID] == nil {
			users = append(users, e.OpenID)
		}
		byUser[e.OpenID] = append(byUser[e.OpenID], e)
	}
	for _, u := range users {
		var b strings.Builder
		b.WriteString("同单位的联系人调整了作品顺序：")
		var ids []string
		for _, e := range byUser[u] {
			fmt.Fprintf(&b, "\n《%s》现在是%s的序号%d，视频文件名：%s", e.Title, e.Unit, e.Seq, e.FileName())
			ids = append(ids, fmt.Sprintf("%d-%d", e.ID, e.Seq))
		}
		b.WriteString("\n已上传的视频请按新文件名重新命名；下载的汇总表也请重新下载。")
		key := "unit-order:" + u + ":" + t.m.MsgID + ":" + strings.Join(ids, ",")
		if err := p.Push(t.ctx, u, b.String(), key); err != nil {
			t.c.log.Warn("tell colleague", "user", contestbot.LogID(u), "err", err)
		}
	}
}

// firstComplete reports whether e is the user's only complete entry in its unit.
func (t *turn) firstComplete(e *contestbot.Entry) bool {
	for _, x := range t.entries {
		if x != e && contestbot.SameUnit(x.Unit, e.Unit) && x.Status == contestbot.StatusComplete {
			return false
		}
	}
	return true
}

func (t *turn) isMember(u Units, unit string) bool {
	ms, err := u.MemberUnits(t.ctx, t.m.OpenID)
	if err != nil {
		t.c.log.Warn("member units", "user", contestbot.LogID(t.m.OpenID), "err", err)
		return false
	}
	for _, m := range ms {
		if m.Unit == contestbot.UnitKey(unit) {
			return true
		}
	}
	return false
}
