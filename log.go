package contestbot

import (
	"crypto/sha256"
	"encoding/hex"
)

// LogID is how logs name a WeChat user: a short hash of the openid, stable
// so one user's lines can be followed, but not the openid itself.
func LogID(openID string) string {
	sum := sha256.Sum256([]byte(openID))
	return hex.EncodeToString(sum[:6])
}
