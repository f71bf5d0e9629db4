package dialogs

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"contestbot"
	"contestbot/checks"
)

// link handles a message with a video link: it finds the entry the link
// belongs to (asking when that is unclear) and checks the video.
func (t *turn) link(u, s string) string {
	if isShareLink(u) {
		return t.withPending(t.shareLinkReply())
	}
	cands := t.listed()
	if hits := matchEntries(cands, u, s); len(hits) == 1 {
		return t.checkLink(hits[0], u, t.m.MsgID)
	}
	switch len(cands) {
	case 0:
		return t.checkLink(nil, u, t.m.MsgID)
	case 1:
		return t.checkLink(cands[0], u, t.m.MsgID)
	}
	t.st.Link = &pendingLink{URL: u, MsgID: t.m.MsgID}
	var b strings.Builder
	b.WriteString("收到链接。您有多个作品，这个视频是哪一个的？回复编号：")
	for i, e := range cands {
		fmt.Fprintf(&b, "\n%d.《%s》", i+1, e.DisplayTitle())
	}
	return b.String()
}

// matchEntries returns the entries whose title, or 推荐单位-序号, appears in
// the message or the link's (decoded) path.
func matchEntries(es []*contestbot.Entry, u, s string) []*contestbot.Entry {
	hay := s
	if p, err := url.PathUnescape(u); err == nil {
		hay += " " + p
	}
	if q, err := url.QueryUnescape(u); err == nil {
		hay += " " + q
	}
	var out []*contestbot.Entry
	for _, e := range es {
		switch {
		case e.Title != "" && strings.Contains(hay, e.Title):
			out = append(out, e)
		case e.Unit != "" && e.Seq > 0 && (strings.Contains(hay, fmt.Sprintf("%s-%d-", e.Unit, e.Seq)) ||
			strings.Contains(hay, fmt.Sprintf("%s-%d-", e.UnitKey(), e.Seq))): // s11-a: or named by the school
			out = append(out, e)
		}
	}
	return out
}

// pickEntry reads the answer to "which entry is this link for?".
func (t *turn) pickEntry(s string) *contestbot.Entry {
	es := t.listed()
	c := compact(s)
	if m := reNumbers.FindString(c); m != "" && contestbot.RuneLen(c) <= 6 {
		return t.entryRef([]string{m})
	}
	if m := reTitle.FindStringSubmatch(s); m != nil {
		return byTitle(es, m[1])
	}
	if contestbot.RuneLen(c) >= 2 {
		return byTitle(es, c)
	}
	return nil
}

func expectFor(e *contestbot.Entry) *checks.Expect {
	if e == nil || e.Unit == "" || e.Title == "" || e.Seq <= 0 {
		return nil
	}
	return &checks.Expect{Unit: e.Unit, Seq: e.Seq, Title: e.Title}
}

// checkLink stores the link on e (which may be nil: a link from someone
// who has not registered) and checks it: in the background with the
// result pushed when there is a Pusher, inline otherwise.
func (t *turn) checkLink(e *contestbot.Entry, u, msgID string) string {
	name := ""
	if e != nil {
		name = "《" + e.DisplayTitle() + "》"
		if e.VideoURL != u {
			e.VideoURL = u
			e.CheckVerdict, e.CheckJSON, e.CheckedAt = "", "", nil
			t.touch(e)
			t.event(e, "提交视频链接")
		}
	}
	ck := t.c.deps.Checker
	if ck == nil {
		if e != nil {
			return t.withPending("已记下" + name + "的视频链接。检查服务暂时不可用，工作人员会另行核对。")
		}
		return t.withPending("检查服务暂时不可用，请稍后再发链接。")
	}
	want := expectFor(e)
	if t.c.deps.Pusher == nil {
		ctx, cancel := context.WithTimeout(t.ctx, t.c.opts.BackgroundTimeout)
		defer cancel()
		rep, err := ck.Check(ctx, u, want)
		if err != nil {
			t.c.log.Warn("video check", "user", contestbot.LogID(t.m.OpenID), "err", err)
			return t.withPending("视频链接没能检查：" + contestbot.ErrorMessage(err))
		}
		if e != nil {
			js, _ := json.Marshal(rep)
			now := t.now()
			e.CheckVerdict, e.CheckJSON, e.CheckedAt = rep.Verdict, string(js), &now
			t.touch(e)
			t.event(e, "视频检查："+rep.Verdict.Label())
		}
		return t.withPending(name + "视频检查结果：\n" + checks.FormatReport(rep) + t.c.pageHint(t.ctx, t.m.OpenID, rep))
	}
	var id int64
	if e != nil {
		id = e.ID
	}
	if q := t.c.deps.Checks; q != nil {
		return t.withPending(t.queueCheck(q, id, name, u, want, msgID, e == nil))
	}
	openID := t.m.OpenID
	parent := t.ctx
	t.after = append(t.after, func() { t.c.startCheck(parent, openID, id, name, u, want, msgID) })
	n := ck.EstimateSeconds()
	if n <= 0 {
		n = 10
	}
	head := fmt.Sprintf("已收到%s的视频链接，正在检查，约需%d秒，结果稍后发给您。", name, n)
	if e == nil {
		head = fmt.Sprintf("已收到链接，正在检查，约需%d秒，结果稍后发给您。（您还没有报名，检查结果不会记到作品上；报名后再发一次链接即可记录。）", n)
	}
	return t.withPending(head)
}

// queueCheck hands the check to the queue and says when to expect it.
func (t *turn) queueCheck(q CheckQueue, id int64, name, u string, want *checks.Expect, msgID string, unregistered bool) string {
	ahead, busy, err := q.Submit(t.ctx, t.m.OpenID, id, name, u, want, "check:"+msgID)
	if err != nil {
		if contestbot.ErrorCode(err) == contestbot.EINTERNAL {
			t.c.log.Error("queue video check", "user", contestbot.LogID(t.m.OpenID), "err", err)
		}
		return "视频链接没能检查：" + contestbot.ErrorMessage(err)
	}
	n := t.c.deps.Checker.EstimateSeconds()
	if n <= 0 {
		n = 10
	}
	var head string
	switch {
	case ahead > 0:
		head = fmt.Sprintf("已收到%s的视频链接，前面还有您的%d个链接在排队检查，轮到后检查，结果稍后发给您。", name, ahead)
	case busy:
		head = fmt.Sprintf("已收到%s的视频链接。现在检查的人较多，已排队，结果稍后发给您。", name)
	default:
		head = fmt.Sprintf("已收到%s的视频链接，正在检查，约需%d秒，结果稍后发给您。", name, n)
	}
	if unregistered {
		head += "（您还没有报名，检查结果不会记到作品上；报名后再发一次链接即可记录。）"
	}
	return head
}

// CheckDone records and pushes the result of a check the queue ran; key
// is the push's dedupe key ("check:<MsgId>"). The queue then runs
// CheckContent in the same slot.
func (c *Core) CheckDone(ctx context.Context, openID string, entryID int64, name, u string, rep contestbot.Report, err error, key string) {
	c.reportCheck(ctx, openID, entryID, name, u, rep, err, key)
}

// CheckContent runs the content stage of a check the queue ran and
// pushes its result; it returns when the stage is done.
func (c *Core) CheckContent(ctx context.Context, openID string, entryID int64, name, u string, rep contestbot.Report, key string) {
	c.checkContent(ctx, openID, entryID, name, u, rep, strings.TrimPrefix(key, "check:"))
}

// startCheck runs a video check in the background, bounded by
// BackgroundTimeout and not tied to the request (chat, and serve without a
// check queue), then reports it as the queue does.
func (c *Core) startCheck(parent context.Context, openID string, entryID int64, name, u string, want *checks.Expect, msgID string) {
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(parent), c.opts.BackgroundTimeout)
		defer cancel()
		rep, err := c.deps.Checker.Check(ctx, u, want)
		c.reportCheck(ctx, openID, entryID, name, u, rep, err, "check:"+msgID)
		if err == nil {
			c.startContent(ctx, openID, entryID, name, u, rep, msgID)
		}
	}()
}

// reportCheck records a finished metadata check on the entry and pushes
// the verdict (with the check page's hint and the note that the content
// stage follows) under the dedupe key.
func (c *Core) reportCheck(ctx context.Context, openID string, entryID int64, name, u string, rep contestbot.Report, err error, key string) {
	var msg string
	if err != nil {
		c.log.Warn("video check", "user", contestbot.LogID(openID), "err", err)
		msg = name + "的视频链接没能检查：" + contestbot.ErrorMessage(err)
	} else {
		msg = name + "视频检查结果：\n" + checks.FormatReport(rep) + c.pageHint(ctx, openID, rep) + c.contentNote(rep)
		if entryID != 0 {
			c.recordCheck(ctx, openID, entryID, u, rep)
		}
	}
	if c.deps.Pusher != nil {
		if perr := c.deps.Pusher.Push(ctx, openID, strings.TrimSpace(msg), key); perr != nil && contestbot.ErrorCode(perr) != contestbot.ECONFLICT {
			c.log.Error("push check result", "user", contestbot.LogID(openID), "err", perr)
		}
	}
}

// recordCheck stores the verdict, unless the entry's link changed while the
// check ran.
func (c *Core) recordCheck(ctx context.Context, openID string, entryID int64, u string, rep contestbot.Report) {
	unlock := c.lock(openID)
	defer unlock()
	e, err := c.deps.Store.Entry(ctx, entryID)
	if err != nil {
		c.log.Error("record check", "user", contestbot.LogID(openID), "err", err)
		return
	}
	if e.OpenID != openID || e.VideoURL != u {
		return
	}
	js, _ := json.Marshal(rep)
	if err := c.deps.Store.SetEntryCheck(ctx, entryID, rep.Verdict, string(js), c.opts.Now()); err != nil {
		c.log.Error("record check", "user", contestbot.LogID(openID), "err", err)
		return
	}
	if err := c.deps.Store.AddEntryEvent(ctx, entryID, "视频检查："+rep.Verdict.Label()); err != nil {
		c.log.Warn("add entry event", "user", contestbot.LogID(openID), "err", err)
	}
}
