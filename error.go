package contestbot

import (
	"errors"
	"fmt"
)

// Error codes. They describe the kind of failure, not where it happened.
const (
	ECONFLICT     = "conflict"     // the thing already exists (a retried MsgId)
	EINTERNAL     = "internal"     // a bug or an outage; never shown in detail
	EINVALID      = "invalid"      // bad input; the message says how to fix it
	ENOTFOUND     = "not_found"    // no such entry, user or file
	EFORBIDDEN    = "forbidden"    // the caller may not touch this
	EUNAVAILABLE  = "unavailable"  // a remote (video host, WeChat) did not answer
	EUNAUTHORIZED = "unauthorized" // no valid session or signature
)

// BusyMessage is what users see for any error that is not a contestbot.Error.
const BusyMessage = "系统繁忙，请稍后再试。"

// Error is an error whose Message is plain Chinese, safe to show to users.
// Anything else (driver errors, stack details) stays in the logs.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("contestbot error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and formatted user message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-safe message of err: the Message of the
// first *Error in its chain, or BusyMessage for anything else.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return BusyMessage
}
