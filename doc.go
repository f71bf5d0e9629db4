// Package contestbot holds the domain types of the contest assistant: the
// entry record (附件2, 附件3, 附件4 of the notice), video-check verdicts and
// the error type whose message is safe to show users.
//
// It imports only the standard library. The adapters (store, bot, admin,
// dialogs, checks, knowledge) import it; it never imports them.
package contestbot
