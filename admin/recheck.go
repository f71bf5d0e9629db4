package admin

import (
	"context"
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/store"
)

// recheckWorkers is how many links are checked at once: each check is a few
// small range requests, so a handful in parallel is polite to video hosts.
const recheckWorkers = 4

// recheckTimeout bounds one link's check.
const recheckTimeout = 60 * time.Second

// recheckState is the progress of the background re-check, shown on the
// diagnostics page.
type recheckState struct {
	mu       sync.Mutex
	running  bool
	started  time.Time
	finished time.Time
	total    int
	done     int
	failed   int // checks that could not run (not a failing verdict)
}

// RecheckStatus is a snapshot of recheckState for the page.
type RecheckStatus struct {
	Running           bool
	Started, Finished time.Time
	Total, Done       int
	Failed            int
}

func (st *recheckState) snapshot() RecheckStatus {
	st.mu.Lock()
	defer st.mu.Unlock()
	return RecheckStatus{Running: st.running, Started: st.started, Finished: st.finished, Total: st.total, Done: st.done, Failed: st.failed}
}

// serveRecheck handles the "POST /admin/recheck" route: it starts checking
// every entry's video link in the background and returns at once.
func (s *Server) serveRecheck(w http.ResponseWriter, r *http.Request) error {
	if s.opts.Checker == nil {
		return contestbot.Errorf(contestbot.EUNAVAILABLE, "视频检查功能未启用")
	}
	all, err := s.db.Entries(r.Context(), store.EntryFilter{})
	if err != nil {
		return err
	}
	var todo []*contestbot.Entry
	for _, e := range all {
		if e.VideoURL != "" && e.Status != contestbot.StatusCancelled {
			todo = append(todo, e)
		}
	}
	st := &s.recheck
	st.mu.Lock()
	if st.running {
		st.mu.Unlock()
		return contestbot.Errorf(contestbot.ECONFLICT, "上一次检查还在进行中，请稍后刷新查看结果")
	}
	st.running, st.started, st.finished = true, s.opts.Now(), time.Time{}
	st.total, st.done, st.failed = len(todo), 0, 0
	st.mu.Unlock()

	// The work outlives the request, but keeps its values.
	ctx := context.WithoutCancel(r.Context())
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		s.recheckAll(ctx, todo)
	}()
	s.log.Info("admin: re-check started", "links", len(todo))
	http.Redirect(w, r, "/admin/diagnostics", http.StatusSeeOther)
	return nil
}

// recheckAll checks each entry's link and stores the verdict.
func (s *Server) recheckAll(ctx context.Context, todo []*contestbot.Entry) {
	jobs := make(chan *contestbot.Entry)
	// One content stage at a time: each runs an ffmpeg of about 100 MB.
	content := make(chan struct{}, 1)
	var wg sync.WaitGroup
	for range recheckWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range jobs {
				ok := s.recheckOne(ctx, e, content)
				s.recheck.mu.Lock()
				s.recheck.done++
				if !ok {
					s.recheck.failed++
				}
				s.recheck.mu.Unlock()
			}
		}()
	}
	for _, e := range todo {
		jobs <- e
	}
	close(jobs)
	wg.Wait()
	st := s.recheck.snapshot()
	s.recheck.mu.Lock()
	s.recheck.running, s.recheck.finished = false, s.opts.Now()
	s.recheck.mu.Unlock()
	s.log.Info("admin: re-check finished", "links", st.Total, "errors", st.Failed)
}

// expectFor is the file name an entry's video must carry (附件1 第3条), once
// the entry has a unit, a 序号 and a title.
func expectFor(e *contestbot.Entry) *checks.Expect {
	if e.Unit == "" || e.Seq <= 0 || e.Title == "" {
		return nil
	}
	return &checks.Expect{Unit: e.Unit, Seq: e.Seq, Title: e.Title}
}

// contentChecker is the content stage of a check (checks.Checker has it).
type contentChecker interface {
	CheckContent(ctx context.Context, input string, rep contestbot.Report) (checks.Content, error)
	ContentEnabled() bool
}

func (s *Server) recheckOne(ctx context.Context, e *contestbot.Entry, content chan struct{}) bool {
	cctx, cancel := context.WithTimeout(ctx, recheckTimeout)
	defer cancel()
	rep, err := s.opts.Checker.Check(cctx, e.VideoURL, expectFor(e))
	if err != nil {
		s.log.Warn("admin: re-check could not run", "entry", e.ID, "err", err)
		return false
	}
	// The content stage too, when the checker has it: a re-check must not
	// drop the colour bar, caption and logo findings (and their frames).
	var frames [][]byte
	if cc, ok := s.opts.Checker.(contentChecker); ok && cc.ContentEnabled() && checks.ContentApplies(rep) {
		content <- struct{}{}
		ct, err := cc.CheckContent(cctx, e.VideoURL, rep)
		<-content
		if err != nil {
			s.log.Warn("admin: content re-check could not run", "entry", e.ID, "err", err)
		} else {
			rep = checks.WithContent(rep, ct)
			for _, f := range ct.Findings {
				frames = append(frames, f.Evidence)
			}
		}
	}
	body, err := json.Marshal(rep)
	if err != nil {
		s.log.Error("admin: encode report", "entry", e.ID, "err", err)
		return false
	}
	if err := s.db.SetEntryContentCheck(ctx, e.ID, rep.Verdict, string(body), s.opts.Now(), frames); err != nil {
		s.log.Error("admin: store re-check", "entry", e.ID, "err", err)
		return false
	}
	if err := s.db.AddEntryEvent(ctx, e.ID, "管理员重新检查视频："+rep.Verdict.Label()); err != nil {
		s.log.Error("admin: record re-check", "entry", e.ID, "err", err)
	}
	return true
}
