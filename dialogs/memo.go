package dialogs

import "sync"

// textMemo remembers the results of a pure reading of a message's text.
// One turn asks the same question of the same text many times (isQuestion
// has a hundred callers, each reading the message as it stands); under the
// race detector that repetition was most of the script tests' time. The
// memo is bounded: when it is full it starts again, which costs nothing
// but the readings it forgets.
type textMemo[V any] struct {
	mu sync.Mutex
	m  map[string]V
}

const textMemoSize = 2048

// get returns f(s), computed once while s stays in the memo. f must be a
// pure function of s: the same text always reads the same way.
func (c *textMemo[V]) get(s string, f func(string) V) V {
	c.mu.Lock()
	v, ok := c.m[s]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = f(s)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= textMemoSize {
		c.m = make(map[string]V, textMemoSize)
	}
	c.m[s] = v
	c.mu.Unlock()
	return v
}
