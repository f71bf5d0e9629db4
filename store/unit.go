package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"contestbot"

	"github.com/jmoiron/sqlx"
)

// MaxUnitCodeFailures is how many wrong unit codes one openid may send in
// UnitCodeWindow before JoinUnit refuses: with 31^6 codes, guessing one is
// hopeless at this rate.
const MaxUnitCodeFailures = 5

// UnitCodeWindow is the period MaxUnitCodeFailures counts over.
const UnitCodeWindow = 24 * time.Hour

const unitColumns = `name, code, coordinator_openid, created_at`

// claimUnits makes the sender of a turn the coordinator of every unit its
// saved complete entries name that has no coordinator yet. Drafts do not
// claim: a unit name typed wrong and corrected must not hold a unit. It runs inside SaveTurn's
// transaction, so two contacts saving the same new unit at once cannot both
// become its coordinator.
func (s *DB) claimUnits(ctx context.Context, tx *sqlx.Tx, openID string, entries []*contestbot.Entry) error {
	for _, e := range entries {
		unit := e.UnitKey() // s11-a: a unit is its key; "X学院党委" claims X学院
		if unit == "" || e.Status != contestbot.StatusComplete || e.OpenID != openID {
			continue
		}
		if _, err := s.claimUnit(ctx, tx, unit, openID); err != nil {
			return err
		}
	}
	return nil
}

// claimUnit creates unit with openID as its coordinator unless it exists;
// created reports which.
func (s *DB) claimUnit(ctx context.Context, tx *sqlx.Tx, unit, openID string) (created bool, err error) {
	now := s.now()
	for range 5 {
		code, err := newUnitCode()
		if err != nil {
			return false, err
		}
		// DO NOTHING without a target covers both the name and the (very
		// unlikely) code being taken; the SELECT below tells them apart.
		res, err := tx.ExecContext(ctx, tx.Rebind(`
			INSERT INTO units (name, code, coordinator_openid, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT DO NOTHING`), unit, code, openID, now)
		if err != nil {
			return false, fmt.Errorf("claim unit: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			_, err := tx.ExecContext(ctx, tx.Rebind(`
				INSERT INTO unit_members (unit, openid, role, added_by, joined_at) VALUES (?, ?, ?, 'chat', ?)
				ON CONFLICT (unit, openid) DO UPDATE SET role = excluded.role`),
				unit, openID, contestbot.RoleCoordinator, now)
			if err != nil {
				return false, fmt.Errorf("claim unit: %w", err)
			}
			return true, nil
		}
		var n int
		if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM units WHERE name = ?`), unit); err != nil {
			return false, fmt.Errorf("claim unit: %w", err)
		}
		if n > 0 {
			return false, nil
		}
	}
	return false, errors.New("claim unit: no free unit code")
}

// claimLegacyUnits gives every unit that has complete entries but no
// coordinator (entries made before units existed) the contact who completed
// its first entry as coordinator. It runs at Open; once every unit is
// claimed it is one cheap query.
func (s *DB) claimLegacyUnits(ctx context.Context) error {
	var rows []struct {
		Unit   string `db:"unit"`
		OpenID string `db:"openid"`
	}
	err := s.db.SelectContext(ctx, &rows, `
		SELECT e.unit_key AS unit, e.openid FROM entries e
		WHERE e.status = 'complete' AND e.unit_key <> '' AND e.openid <> ''
		  AND NOT EXISTS (SELECT 1 FROM units u WHERE u.name = e.unit_key)
		ORDER BY e.unit_key, e.completed_at, e.id`)
	if err != nil {
		return fmt.Errorf("claim units: %w", err)
	}
	seen := map[string]bool{}
	for _, r := range rows {
		if seen[r.Unit] {
			continue
		}
		seen[r.Unit] = true
		err := s.inTx(ctx, func(tx *sqlx.Tx) error {
			_, err := s.claimUnit(ctx, tx, r.Unit, r.OpenID)
			return err
		})
		if err != nil {
			return fmt.Errorf("claim units: %w", err)
		}
	}
	return nil
}

// newUnitCode returns a random code of contestbot.UnitCodeLen characters
// with at least one letter and one digit.
func newUnitCode() (string, error) {
	max := big.NewInt(int64(len(contestbot.UnitCodeAlphabet)))
	for {
		b := make([]byte, contestbot.UnitCodeLen)
		for i := range b {
			n, err := rand.Int(rand.Reader, max)
			if err != nil {
				return "", fmt.Errorf("unit code: %w", err)
			}
			b[i] = contestbot.UnitCodeAlphabet[n.Int64()]
		}
		if c := contestbot.NormalizeUnitCode(string(b)); c != "" {
			return c, nil
		}
	}
}

// Unit returns the unit a 推荐单位 belongs to (name typed or a key), or
// ENOTFOUND. A unit's Name is its key (contestbot.UnitKey).
func (s *DB) Unit(ctx context.Context, name string) (*contestbot.Unit, error) {
	var u contestbot.Unit
	err := s.db.GetContext(ctx, &u, s.db.Rebind(`SELECT `+unitColumns+` FROM units WHERE name = ?`), contestbot.UnitKey(name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, contestbot.Errorf(contestbot.ENOTFOUND, "没有这个推荐单位")
	} else if err != nil {
		return nil, fmt.Errorf("get unit: %w", err)
	}
	return &u, nil
}

// Units lists every unit, by name.
func (s *DB) Units(ctx context.Context) ([]*contestbot.Unit, error) {
	var us []*contestbot.Unit
	if err := s.db.SelectContext(ctx, &us, `SELECT `+unitColumns+` FROM units ORDER BY name`); err != nil {
		return nil, fmt.Errorf("list units: %w", err)
	}
	return us, nil
}

// UnitMembers lists the contacts of every unit (unit "" ) or of one, the
// coordinator first.
func (s *DB) UnitMembers(ctx context.Context, unit string) ([]*contestbot.UnitMember, error) {
	q := `SELECT unit, openid, role, added_by, joined_at FROM unit_members`
	var args []any
	if unit != "" {
		q += ` WHERE unit = ?`
		args = append(args, contestbot.UnitKey(unit))
	}
	q += ` ORDER BY unit, CASE WHEN role = 'coordinator' THEN 0 ELSE 1 END, joined_at, openid`
	var ms []*contestbot.UnitMember
	if err := s.db.SelectContext(ctx, &ms, s.db.Rebind(q), args...); err != nil {
		return nil, fmt.Errorf("list unit members: %w", err)
	}
	return ms, nil
}

// MemberUnits lists the units openID is a contact of, by name.
func (s *DB) MemberUnits(ctx context.Context, openID string) ([]*contestbot.UnitMember, error) {
	var ms []*contestbot.UnitMember
	err := s.db.SelectContext(ctx, &ms, s.db.Rebind(`
		SELECT unit, openid, role, added_by, joined_at FROM unit_members WHERE openid = ? ORDER BY unit`), openID)
	if err != nil {
		return nil, fmt.Errorf("list member units: %w", err)
	}
	return ms, nil
}

// JoinUnit makes openID a contact of the unit whose code is code. A wrong
// code is ENOTFOUND and is counted; after MaxUnitCodeFailures in
// UnitCodeWindow every attempt is EFORBIDDEN, right code or not.
func (s *DB) JoinUnit(ctx context.Context, openID, code string) (*contestbot.Unit, error) {
	now := s.now()
	var failures int
	err := s.db.GetContext(ctx, &failures, s.db.Rebind(`
		SELECT COUNT(*) FROM unit_code_failures WHERE openid = ? AND at > ?`), openID, now.Add(-UnitCodeWindow))
	if err != nil {
		return nil, fmt.Errorf("join unit: %w", err)
	}
	if failures >= MaxUnitCodeFailures {
		return nil, contestbot.Errorf(contestbot.EFORBIDDEN, "单位码输错次数太多，请明天再试，或请单位的报名协调人核对单位码。")
	}
	var u contestbot.Unit
	err = s.db.GetContext(ctx, &u, s.db.Rebind(`SELECT `+unitColumns+` FROM units WHERE code = ?`),
		contestbot.NormalizeUnitCode(code))
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO unit_code_failures (openid, at) VALUES (?, ?)`), openID, now); err != nil {
			return nil, fmt.Errorf("join unit: %w", err)
		}
		left := MaxUnitCodeFailures - failures - 1
		return nil, contestbot.Errorf(contestbot.ENOTFOUND, "单位码不对，请向本单位的报名协调人核对（今天还可以试%d次）。", left)
	} else if err != nil {
		return nil, fmt.Errorf("join unit: %w", err)
	}
	if err := s.AddUnitMember(ctx, u.Name, openID, "chat"); err != nil {
		return nil, err
	}
	return &u, nil
}

// AddUnitMember makes openID a contact of unit (which staff may create
// here: its first contact becomes the coordinator). Adding an existing
// member changes nothing. addedBy is "chat" or "staff".
func (s *DB) AddUnitMember(ctx context.Context, unit, openID, addedBy string) error {
	unit, openID = contestbot.UnitKey(unit), strings.TrimSpace(openID)
	if unit == "" || openID == "" {
		return contestbot.Errorf(contestbot.EINVALID, "请填写推荐单位和微信用户")
	}
	err := s.inTx(ctx, func(tx *sqlx.Tx) error {
		created, err := s.claimUnit(ctx, tx, unit, openID)
		if err != nil || created {
			return err
		}
		_, err = tx.ExecContext(ctx, tx.Rebind(`
			INSERT INTO unit_members (unit, openid, role, added_by, joined_at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (unit, openid) DO NOTHING`), unit, openID, contestbot.RoleMember, addedBy, s.now())
		return err
	})
	if err != nil {
		return fmt.Errorf("add unit member: %w", err)
	}
	return nil
}

// RemoveUnitMember takes openID off unit. The coordinator cannot be
// removed while others remain; make another contact coordinator first.
func (s *DB) RemoveUnitMember(ctx context.Context, unit, openID string) error {
	unit = contestbot.UnitKey(unit)
	return s.inTx(ctx, func(tx *sqlx.Tx) error {
		var u contestbot.Unit
		err := tx.GetContext(ctx, &u, tx.Rebind(`SELECT `+unitColumns+` FROM units WHERE name = ?`), unit)
		if errors.Is(err, sql.ErrNoRows) {
			return contestbot.Errorf(contestbot.ENOTFOUND, "没有这个推荐单位")
		} else if err != nil {
			return fmt.Errorf("remove unit member: %w", err)
		}
		if u.Coordinator == openID {
			var n int
			if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM unit_members WHERE unit = ?`), unit); err != nil {
				return fmt.Errorf("remove unit member: %w", err)
			}
			if n > 1 {
				return contestbot.Errorf(contestbot.EINVALID, "请先把其他联系人设为协调人，再移除当前协调人。")
			}
			_, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM units WHERE name = ?`), unit)
			if err == nil {
				_, err = tx.ExecContext(ctx, tx.Rebind(`DELETE FROM unit_members WHERE unit = ?`), unit)
			}
			return err
		}
		_, err = tx.ExecContext(ctx, tx.Rebind(`DELETE FROM unit_members WHERE unit = ? AND openid = ?`), unit, openID)
		return err
	})
}

// SetUnitCoordinator makes openID, already a contact of unit, its
// coordinator (the one who sees the code).
func (s *DB) SetUnitCoordinator(ctx context.Context, unit, openID string) error {
	unit = contestbot.UnitKey(unit)
	return s.inTx(ctx, func(tx *sqlx.Tx) error {
		var n int
		if err := tx.GetContext(ctx, &n, tx.Rebind(`SELECT COUNT(*) FROM unit_members WHERE unit = ? AND openid = ?`), unit, openID); err != nil {
			return fmt.Errorf("set coordinator: %w", err)
		}
		if n == 0 {
			return contestbot.Errorf(contestbot.EINVALID, "这个微信用户还不是该单位的联系人")
		}
		for _, q := range []string{
			`UPDATE unit_members SET role = 'member' WHERE unit = ? AND openid <> ?`,
			`UPDATE unit_members SET role = 'coordinator' WHERE unit = ? AND openid = ?`,
			`UPDATE units SET coordinator_openid = ? WHERE name = ?`,
		} {
			args := []any{unit, openID}
			if strings.HasPrefix(q, "UPDATE units") {
				args = []any{openID, unit}
			}
			if _, err := tx.ExecContext(ctx, tx.Rebind(q), args...); err != nil {
				return fmt.Errorf("set coordinator: %w", err)
			}
		}
		return nil
	})
}

// SharedEntries returns the entries openID may see as a contact of its
// units, in 汇总表 order (unit, 序号, id): in every unit openID belongs to,
// the complete entries of its members and openID's own drafts. Entries whose
// author only typed the unit's name, without joining, are not included: a
// name is not a key.
func (s *DB) SharedEntries(ctx context.Context, openID string) ([]*contestbot.Entry, error) {
	var es []*contestbot.Entry
	err := s.db.SelectContext(ctx, &es, s.db.Rebind(`
		SELECT `+entryColumns+` FROM entries
		WHERE (status = 'complete' OR (status = 'draft' AND openid = ?))
		  AND unit_key IN (SELECT unit FROM unit_members WHERE openid = ?)
		  AND EXISTS (SELECT 1 FROM unit_members m WHERE m.unit = entries.unit_key AND m.openid = entries.openid)
		ORDER BY unit_key, CASE WHEN seq = 0 THEN 1 ELSE 0 END, seq, id`), openID, openID)
	if err != nil {
		return nil, fmt.Errorf("list shared entries: %w", err)
	}
	return es, nil
}

// UnitContact is the contact name and phone digits a unit's coordinator
// gave last (both "" when none yet), for telling a colleague who to ask.
func (s *DB) UnitContact(ctx context.Context, unit string) (name, phone string, err error) {
	var row struct {
		Contact string `db:"contact"`
		Phone   string `db:"phone"`
	}
	err = s.db.GetContext(ctx, &row, s.db.Rebind(`
		SELECT e.contact, e.phone FROM entries e JOIN units u ON u.name = e.unit_key AND u.coordinator_openid = e.openid
		WHERE e.unit_key = ? AND e.status <> 'cancelled' AND (e.contact <> '' OR e.phone <> '')
		ORDER BY e.updated_at DESC, e.id DESC LIMIT 1`), contestbot.UnitKey(unit))
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil
	} else if err != nil {
		return "", "", fmt.Errorf("unit contact: %w", err)
	}
	return row.Contact, row.Phone, nil
}
