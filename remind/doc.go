// Package remind sends deadline reminders to school contacts whose entries
// are unfinished, and the once-a-day nudge that ends a chat reply.
//
// A reminder is due at each slot: an offset before the contest deadline
// (reminders.offsets), moved out of quiet hours. Each (user, slot) is claimed
// in the store before sending, so it goes out at most once across restarts
// and instances. A pass sends only the latest due slot; older slots a user
// missed (the server was down) are recorded as skipped, never sent in a
// burst. The channel follows WeChat's rules: a customer-service text within
// 48 h of the user's last message while the 5-message budget lasts, else a
// template message when one is configured, else the reminder is recorded as
// unreachable for staff to phone. See docs/remind.md.
package remind
