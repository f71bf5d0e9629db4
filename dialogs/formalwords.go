package dialogs

import "regexp"

// This file (s6-i) reads a formal writer's words the way the plain ones are
// read, before anything else reads the message:
//   - 敝人/鄙人 ("I", humbly) is 本人, and "即/系/乃 + 敝人" is "是本人" ("应为本人及胡静" is kept):
//     "联系人即敝人许文清" reads as "联系人是本人许文清";
//   - a bracketed note of what kind of number a phone is, right after it,
//     is no value: "0396-2817365（办公室座机）", "13812345678(手机，微信同号)".
// Nothing else is rewritten: 敝校/本校 are read where units are (unitpronoun.go).

var (
	reFormalSelfIs = regexp.MustCompile(`(?:即|系|乃)(?:敝人|鄙人|本人)`)
	reFormalSelf   = regexp.MustCompile(`敝人|鄙人`)
	rePhoneNote    = regexp.MustCompile(`(\d[\d\-－—\s]{5,}\d)\s*[（(](?:[，,、\s]*(?:办公室|办公|单位|学校|家庭|家里|个人|本人|固定|值班|微信同号|同微信|微信同|手机号码?|手机|座机号码?|座机|固话|电话|号码|联系电话|均可|都行|也可以|可|通))+[)）]`)
)

// formalWords rewrites s's formal self-reference and drops a phone's note.
func formalWords(s string) string {
	s = rePhoneNote.ReplaceAllString(s, "$1")
	s = reFormalSelfIs.ReplaceAllString(s, "是本人")
	return reFormalSelf.ReplaceAllString(s, "本人")
}
