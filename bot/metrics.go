package bot

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the callback's and the deliverer's Prometheus metrics. They
// are always created (so code need not check) and registered only when a
// Registerer is given.
type metrics struct {
	messages     *prometheus.CounterVec
	rejected     *prometheus.CounterVec
	replySeconds prometheus.Histogram
	dedupeHits   prometheus.Counter
	fallbacks    prometheus.Counter
	sent         prometheus.Counter
	failures     *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer, st interface {
	OutboxStats(ctx context.Context) (pending, failed int, err error)
}) *metrics {
	m := &metrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "contestbot_wechat_messages_total",
			Help: "WeChat messages and events received, by MsgType.",
		}, []string{"type"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "contestbot_wechat_rejected_total",
			Help: "Callback requests refused (bad signature, too large, malformed), by reason.",
		}, []string{"reason"}),
		replySeconds: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "contestbot_wechat_reply_seconds",
			Help:    "Time from a POST /wechat arriving to its passive reply.",
			Buckets: []float64{.001, .0025, .005, .01, .02, .05, .1, .25, .5, 1, 2, 3, 4, 4.5, 5},
		}),
		dedupeHits: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "contestbot_wechat_dedupe_hits_total",
			Help: "Retried messages answered from the first attempt instead of acting again.",
		}),
		fallbacks: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "contestbot_wechat_reply_fallbacks_total",
			Help: `Passive replies that fell back to "success" because the answer overran the budget.`,
		}),
		sent: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "contestbot_outbox_sent_total",
			Help: "Outbox messages delivered.",
		}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "contestbot_outbox_failures_total",
			Help: "Outbox delivery attempts that failed, by outcome (retry or permanent).",
		}, []string{"outcome"}),
	}
	if reg == nil {
		return m
	}
	stat := func(pick func(pending, failed int) int) func() float64 {
		return func() float64 {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			p, f, err := st.OutboxStats(ctx)
			if err != nil {
				return -1
			}
			return float64(pick(p, f))
		}
	}
	reg.MustRegister(m.messages, m.rejected, m.replySeconds, m.dedupeHits, m.fallbacks, m.sent, m.failures,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "contestbot_outbox_pending",
			Help: "Outbox messages waiting to be delivered (-1 if the store did not answer).",
		}, stat(func(p, _ int) int { return p })),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "contestbot_outbox_failed",
			Help: "Outbox messages given up on (-1 if the store did not answer).",
		}, stat(func(_, f int) int { return f })),
	)
	return m
}
