package dialogs

import "time"

// Message types, as WeChat names them.
const (
	TypeText       = "text"
	TypeEvent      = "event"
	TypeImage      = "image"
	TypeVoice      = "voice"
	TypeVideo      = "video"
	TypeShortVideo = "shortvideo"
	TypeLink       = "link"
	TypeLocation   = "location"
	TypeFile       = "file"
)

// Events.
const (
	EventSubscribe   = "subscribe"
	EventUnsubscribe = "unsubscribe"
	EventClick       = "CLICK"
	EventView        = "VIEW"
	EventScan        = "SCAN"
)

// Message is one thing a user sent, stripped of transport: the WeChat
// adapter and the terminal both build it.
type Message struct {
	OpenID   string
	MsgID    string // the dedupe key: WeChat's MsgId, or FromUserName+CreateTime+Event for events
	Type     string // Type* above
	Text     string // text content; voice recognition; a link message's URL
	Event    string // Event* above, when Type is TypeEvent
	EventKey string // a CLICK menu key, a qrscene
	MediaID  string // image, voice or video media
	Time     time.Time
}

// Reply is the answer to a Message: plain text, no Markdown. Text may be
// long; the WeChat adapter splits it.
type Reply struct {
	Text string
}
