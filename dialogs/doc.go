// Package dialogs is the conversation core that `serve` and `chat` share:
// a plain Message in, a plain Reply out, with the user's state in the store.
//
// It routes each message (menu, help, questions answered from the notice,
// video links, the user's entries) and runs the registration form: the
// 报名表 of 附件2 with the agreement fields of 附件3, filled by chatting.
// The form asks only for what is missing, one question at a time; it reads
// several labelled or recognisable values from one message, takes
// corrections at any time, answers questions mid-form and re-asks, and
// applies the notice's rules (no individual works, 2025 or later,
// unpublished, AI content labelled, 原则上 ≤ 3 minutes).
//
// Every turn is saved (state and touched entries, atomically) before the
// reply goes out, so a crash never loses a confirmed answer.
package dialogs
