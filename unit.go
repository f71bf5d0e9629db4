package contestbot

import (
	"strings"
	"time"
)

// Unit is a 推荐单位 shared by its contacts: they share its 序号 sequence,
// its ranking and one 汇总表. The first contact who registers for a unit
// becomes its coordinator and holds the Code that lets colleagues join; one
// who only types the unit's name does not see its entries.
type Unit struct {
	Name        string    `db:"name"`
	Code        string    `db:"code"`
	Coordinator string    `db:"coordinator_openid"`
	CreatedAt   time.Time `db:"created_at"`
}

// Unit member roles.
const (
	RoleCoordinator = "coordinator"
	RoleMember      = "member"
)

// UnitMember is one contact (an openid) of a unit.
type UnitMember struct {
	Unit     string    `db:"unit"`
	OpenID   string    `db:"openid"`
	Role     string    `db:"role"`
	AddedBy  string    `db:"added_by"` // "chat" (first contact or code) or "staff"
	JoinedAt time.Time `db:"joined_at"`
}

// UnitCodeAlphabet is what unit codes are made of: upper-case letters and
// digits without the look-alikes 0/O, 1/I/L.
const UnitCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// UnitCodeLen is the length of a unit code.
const UnitCodeLen = 6

// NormalizeUnitCode returns s as a unit code (upper-cased, full-width and
// spaces removed), or "" when s cannot be one: six characters of
// UnitCodeAlphabet with at least one letter and one digit, so a code is never
// taken for a number or a word.
func NormalizeUnitCode(s string) string {
	s = strings.ToUpper(strings.Join(strings.Fields(NormalizeWidth(s)), ""))
	if len(s) != UnitCodeLen {
		return ""
	}
	letter, digit := false, false
	for _, r := range s {
		switch {
		case !strings.ContainsRune(UnitCodeAlphabet, r):
			return ""
		case r >= '0' && r <= '9':
			digit = true
		default:
			letter = true
		}
	}
	if !letter || !digit {
		return ""
	}
	return s
}

// PhoneTail is the last four digits of a phone number, the most of it one
// contact is shown about another ("尾号1234").
func PhoneTail(digits string) string {
	if len(digits) < 4 {
		return ""
	}
	return digits[len(digits)-4:]
}
