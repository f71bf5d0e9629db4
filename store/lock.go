package store

import (
	"context"
	"fmt"
	"hash/fnv"
	"sync"
)

// Advisory lock keys. Each lock space gets its own prefix inside one
// 64-bit key, so a user's lock never collides with a unit's.
const migrationLockKey int64 = 0x636f6e7465737401 // "contest" 0x01

// lockKey maps a name in a lock space to a PostgreSQL advisory lock key.
func lockKey(space, name string) int64 {
	h := fnv.New64a()
	h.Write([]byte(space))
	h.Write([]byte{0})
	h.Write([]byte(name))
	return int64(h.Sum64())
}

// keyedMutex is a mutex per key that forgets keys nobody holds or waits for.
type keyedMutex struct {
	mu sync.Mutex
	m  map[string]*keyedEntry
}

type keyedEntry struct {
	mu      sync.Mutex
	waiters int
}

func (k *keyedMutex) lock(ctx context.Context, key string) (func(), error) {
	k.mu.Lock()
	if k.m == nil {
		k.m = map[string]*keyedEntry{}
	}
	e := k.m[key]
	if e == nil {
		e = &keyedEntry{}
		k.m[key] = e
	}
	e.waiters++
	k.mu.Unlock()
	release := func() {
		k.mu.Lock()
		e.waiters--
		if e.waiters == 0 {
			delete(k.m, key)
		}
		k.mu.Unlock()
	}
	got := make(chan struct{})
	go func() { e.mu.Lock(); close(got) }()
	select {
	case <-got:
		return func() { e.mu.Unlock(); release() }, nil
	case <-ctx.Done():
		// The goroutine still takes the lock eventually; hand it back.
		go func() { <-got; e.mu.Unlock(); release() }()
		return nil, ctx.Err()
	}
}

// LockUser serialises one user's turns across every instance sharing the
// store. It returns once the caller holds the lock; unlock releases it.
//
// On PostgreSQL it is a transaction-scoped advisory lock
// (pg_advisory_xact_lock) on a transaction opened for the purpose and held
// until unlock: the turn's own reads and writes run on other connections,
// so a version column would only detect the clash and force a retry of a
// turn that may already have called the LLM or queued a check, whereas the
// lock makes the second turn wait and then read the first one's state. If
// the process dies the connection drops and PostgreSQL frees the lock.
// On SQLite (one process per database file) a mutex per openid does the
// same.
func (s *DB) LockUser(ctx context.Context, openID string) (unlock func(), err error) {
	return s.lockName(ctx, "user", openID)
}

func (s *DB) lockName(ctx context.Context, space, name string) (func(), error) {
	if s.driver != "postgres" {
		return s.locks.lock(ctx, space+"\x00"+name)
	}
	select {
	case s.userLocks <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("lock %s: %w", space, ctx.Err())
	}
	release := func() { <-s.userLocks }
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		release()
		return nil, fmt.Errorf("lock %s: %w", space, err)
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1)`, lockKey(space, name)); err != nil {
		tx.Rollback()
		release()
		return nil, fmt.Errorf("lock %s: %w", space, err)
	}
	var once sync.Once
	return func() { once.Do(func() { tx.Rollback(); release() }) }, nil
}
