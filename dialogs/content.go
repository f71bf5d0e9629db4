package dialogs

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"contestbot"
	"contestbot/checks"
)

// ContentChecker is the second stage of a video check: it looks at the film
// itself for colour bars, an opening caption card and a corner logo
// (附件1 第4条). checks.Checker implements it; a Checker without it has no
// content stage.
type ContentChecker interface {
	CheckContent(ctx context.Context, input string, rep contestbot.Report) (checks.Content, error)
	ContentEnabled() bool
}

// ContentStore records a check that went through the content stage with
// the frames of its findings. store.DB implements it; without it the
// report is stored without the frames.
type ContentStore interface {
	SetEntryContentCheck(ctx context.Context, id int64, verdict contestbot.Verdict, reportJSON string, at time.Time, frames [][]byte) error
}

var _ ContentChecker = (*checks.Checker)(nil)

// contentTimeout bounds the content stage in the background; the checker
// has its own, shorter cap on reading and decoding.
const contentTimeout = 3 * time.Minute

// contentNote is the line added to the metadata verdict rep when the
// content stage follows, "" when it will not run.
func (c *Core) contentNote(rep contestbot.Report) string {
	if cc, ok := c.deps.Checker.(ContentChecker); ok && cc.ContentEnabled() && checks.ContentApplies(rep) {
		return "\n画面内容（彩条、开场字幕、角标水印）正在检查，结果稍后单独发送。"
	}
	return ""
}

// contentAtOnce bounds the content stages one instance decodes at once:
// each runs an ffmpeg process.
const contentAtOnce = 2

// startContent runs the content stage in the background, a few at a time,
// after the metadata verdict was pushed; the metadata check's worker (the
// queue's slot) is not held meanwhile.
func (c *Core) startContent(parent context.Context, openID string, entryID int64, name, u string, rep contestbot.Report, msgID string) {
	if _, ok := c.deps.Checker.(ContentChecker); !ok || !checks.ContentApplies(rep) {
		return
	}
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		c.checkContent(parent, openID, entryID, name, u, rep, msgID)
	}()
}

// checkContent runs the content stage after the metadata verdict rep of u,
// records the whole report on the entry (with the frames of its findings)
// and pushes one short message. On a server without ffmpeg nothing is
// pushed (the metadata verdict already asked the user to check by eye),
// but the entry's report says why the content was not checked.
func (c *Core) checkContent(parent context.Context, openID string, entryID int64, name, u string, rep contestbot.Report, msgID string) {
	cc, ok := c.deps.Checker.(ContentChecker)
	if !ok || !checks.ContentApplies(rep) {
		return // a link that is no readable video: the verdict said so
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(parent), contentTimeout)
	defer cancel()
	// At most contentAtOnce ffmpeg processes per instance.
	select {
	case c.contentSlots <- struct{}{}:
		defer func() { <-c.contentSlots }()
	case <-ctx.Done():
		return
	}
	ct, err := cc.CheckContent(ctx, u, rep)
	if err != nil {
		c.log.Warn("content check", "user", contestbot.LogID(openID), "err", err)
		return
	}
	if entryID != 0 {
		c.recordContent(ctx, openID, entryID, u, checks.WithContent(rep, ct), ct)
	}
	if !cc.ContentEnabled() {
		return
	}
	msg := checks.FormatContent(name, ct)
	if err := c.deps.Pusher.Push(ctx, openID, strings.TrimSpace(msg), "content:"+msgID); err != nil && contestbot.ErrorCode(err) != contestbot.ECONFLICT {
		c.log.Error("push content result", "user", contestbot.LogID(openID), "err", err)
	}
}

// recordContent stores the report with the content stage, unless the
// entry's link changed meanwhile.
func (c *Core) recordContent(ctx context.Context, openID string, entryID int64, u string, rep contestbot.Report, ct checks.Content) {
	unlock := c.lock(openID)
	defer unlock()
	e, err := c.deps.Store.Entry(ctx, entryID)
	if err != nil {
		c.log.Error("record content check", "user", contestbot.LogID(openID), "err", err)
		return
	}
	if e.OpenID != openID || e.VideoURL != u {
		return
	}
	js, _ := json.Marshal(rep)
	if cs, ok := c.deps.Store.(ContentStore); ok {
		frames := make([][]byte, len(ct.Findings))
		for i, f := range ct.Findings {
			frames[i] = f.Evidence
		}
		err = cs.SetEntryContentCheck(ctx, entryID, rep.Verdict, string(js), c.opts.Now(), frames)
	} else {
		err = c.deps.Store.SetEntryCheck(ctx, entryID, rep.Verdict, string(js), c.opts.Now())
	}
	if err != nil {
		c.log.Error("record content check", "user", contestbot.LogID(openID), "err", err)
		return
	}
	if len(ct.Findings) > 0 {
		if err := c.deps.Store.AddEntryEvent(ctx, entryID, "画面内容检查：提醒"); err != nil {
			c.log.Warn("add entry event", "user", contestbot.LogID(openID), "err", err)
		}
	}
}
