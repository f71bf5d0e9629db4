// Package bot is the WeChat official-account adapter: the /wechat callback
// (signature checks, plaintext and AES modes, dedupe of WeChat's retries, the
// 4.5 s passive-reply budget), the outbox deliverer that sends slow and long
// replies by customer-service message, and a Client for the few WeChat APIs
// the bot calls.
//
// The dialog logic lives in package dialogs; bot only translates between
// WeChat's XML and dialogs.Message / dialogs.Reply.
package bot
