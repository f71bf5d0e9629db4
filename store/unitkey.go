package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"

	"contestbot"

	"github.com/jmoiron/sqlx"
)

// rekeyUnits makes entries.unit_key and units.name agree with
// contestbot.UnitKey (s11-a). Migration 0008 starts every row with its
// typed name as the key; a name that is a school's party body
// ("X学院党委", typed before the key existed) is re-keyed to its school
// here, and so would any row whose key the derivation gives differently
// after a change to it. It runs at Open, under the migration lock on
// PostgreSQL; once every key agrees it is two cheap queries.
//
// Works re-keyed into a unit that already holds their 序号 keep their order
// behind its works (the numbers after the unit's last), so a unit never
// holds one 序号 twice. A unit whose name is re-keyed into an existing one
// passes it its contacts (as members); otherwise it is renamed, keeping its
// code, coordinator and members.
func (s *DB) rekeyUnits(ctx context.Context) error {
	var pairs []struct {
		Unit string `db:"unit"`
		Key  string `db:"unit_key"`
	}
	if err := s.db.SelectContext(ctx, &pairs, `SELECT DISTINCT unit, unit_key FROM entries`); err != nil {
		return fmt.Errorf("rekey units: %w", err)
	}
	moved := map[string][]string{} // new key → the typed names moving into it
	var keys []string
	for _, p := range pairs {
		k := contestbot.UnitKey(p.Unit)
		if k == p.Key {
			continue
		}
		if moved[k] == nil {
			keys = append(keys, k)
		}
		moved[k] = append(moved[k], p.Unit)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := s.inTx(ctx, func(tx *sqlx.Tx) error { return s.rekeyEntries(ctx, tx, k, moved[k]) }); err != nil {
			return fmt.Errorf("rekey units: %w", err)
		}
	}
	var names []string
	if err := s.db.SelectContext(ctx, &names, `SELECT name FROM units ORDER BY name`); err != nil {
		return fmt.Errorf("rekey units: %w", err)
	}
	for _, n := range names {
		if contestbot.UnitKey(n) == n {
			continue
		}
		if err := s.inTx(ctx, func(tx *sqlx.Tx) error { return s.mergeUnit(ctx, tx, n, contestbot.UnitKey(n)) }); err != nil {
			return fmt.Errorf("rekey units: %w", err)
		}
	}
	return nil
}

// rekeyEntries gives the entries typed as one of units the key key, their
// complete works numbered after the unit's own when a 序号 would repeat.
func (s *DB) rekeyEntries(ctx context.Context, tx *sqlx.Tx, key string, units []string) error {
	q, args, err := sqlx.In(`SELECT id, seq FROM entries WHERE unit IN (?) AND status = 'complete' AND seq > 0 ORDER BY seq, id`, units)
	if err != nil {
		return err
	}
	var incoming []struct {
		ID  int64 `db:"id"`
		Seq int   `db:"seq"`
	}
	if err := tx.SelectContext(ctx, &incoming, tx.Rebind(q), args...); err != nil {
		return err
	}
	q, args, err = sqlx.In(`SELECT seq FROM entries WHERE unit_key = ? AND unit NOT IN (?) AND status = 'complete' AND seq > 0`, key, units)
	if err != nil {
		return err
	}
	var held []int
	if err := tx.SelectContext(ctx, &held, tx.Rebind(q), args...); err != nil {
		return err
	}
	taken := map[int]bool{}
	last := 0
	for _, n := range held {
		taken[n] = true
		last = max(last, n)
	}
	clash := false
	for _, e := range incoming {
		if taken[e.Seq] {
			clash = true
		}
		taken[e.Seq] = true
	}
	if clash {
		for i, e := range incoming {
			if _, err := tx.ExecContext(ctx, tx.Rebind(`UPDATE entries SET seq = ? WHERE id = ?`), last+i+1, e.ID); err != nil {
				return err
			}
		}
	}
	q, args, err = sqlx.In(`UPDATE entries SET unit_key = ? WHERE unit IN (?)`, key, units)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, tx.Rebind(q), args...)
	return err
}

// mergeUnit moves the unit named old to key: into the unit key when it
// exists (old's contacts join it as members), else renamed.
func (s *DB) mergeUnit(ctx context.Context, tx *sqlx.Tx, old, key string) error {
	var u contestbot.Unit
	err := tx.GetContext(ctx, &u, tx.Rebind(`SELECT `+unitColumns+` FROM units WHERE name = ?`), old)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // merged meanwhile
	} else if err != nil {
		return err
	}
	var ms []*contestbot.UnitMember
	err = tx.SelectContext(ctx, &ms, tx.Rebind(`SELECT unit, openid, role, added_by, joined_at FROM unit_members WHERE unit = ?`), old)
	if err != nil {
		return err
	}
	var n int
	if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM units WHERE name = ?`), key); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM unit_members WHERE unit = ?`, `DELETE FROM units WHERE name = ?`} {
		if _, err := tx.ExecContext(ctx, tx.Rebind(q), old); err != nil {
			return err
		}
	}
	if n == 0 {
		_, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO units (name, code, coordinator_openid, created_at) VALUES (?, ?, ?, ?)`),
			key, u.Code, u.Coordinator, u.CreatedAt)
		if err != nil {
			return err
		}
	}
	for _, m := range ms {
		role := m.Role
		if n > 0 {
			role = contestbot.RoleMember // the unit key has its own coordinator
		}
		_, err := tx.ExecContext(ctx, tx.Rebind(`
			INSERT INTO unit_members (unit, openid, role, added_by, joined_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (unit, openid) DO NOTHING`), key, m.OpenID, role, m.AddedBy, m.JoinedAt)
		if err != nil {
			return err
		}
	}
	return nil
}
