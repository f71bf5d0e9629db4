package bot

import (
	"crypto/rand"
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"contestbot/dialogs"

	"github.com/silenceper/wechat/v2/util"
)

// wxMessage is the XML WeChat posts: a message or event in plaintext mode,
// the Encrypt envelope (with or without plaintext fields) in safe and
// compatible modes. Only the fields the bot reads are declared.
type wxMessage struct {
	XMLName      xml.Name `xml:"xml"`
	ToUserName   string   `xml:"ToUserName"`
	FromUserName string   `xml:"FromUserName"`
	CreateTime   int64    `xml:"CreateTime"`
	MsgType      string   `xml:"MsgType"`
	Encrypt      string   `xml:"Encrypt"`

	MsgID       string `xml:"MsgId"`
	Content     string `xml:"Content"`
	MediaID     string `xml:"MediaId"`
	Recognition string `xml:"Recognition"`
	URL         string `xml:"Url"`
	Label       string `xml:"Label"`
	Event       string `xml:"Event"`
	EventKey    string `xml:"EventKey"`
}

// valid reports whether m looks like a WeChat message at all.
func (m *wxMessage) valid() bool {
	return m.ToUserName != "" && m.FromUserName != "" && m.MsgType != "" && m.CreateTime > 0
}

// events the dialog core hears about; any other event (LOCATION, template
// delivery reports, ...) is acknowledged with "success" and dropped.
var handledEvents = map[string]string{
	"subscribe":   dialogs.EventSubscribe,
	"unsubscribe": dialogs.EventUnsubscribe,
	"click":       dialogs.EventClick,
	"view":        dialogs.EventView,
	"scan":        dialogs.EventScan,
}

// knownTypes are the message types counted under their own metric label.
var knownTypes = map[string]bool{
	dialogs.TypeText: true, dialogs.TypeEvent: true, dialogs.TypeImage: true, dialogs.TypeVoice: true,
	dialogs.TypeVideo: true, dialogs.TypeShortVideo: true, dialogs.TypeLink: true, dialogs.TypeLocation: true,
	dialogs.TypeFile: true,
}

// toMessage converts m into the core's Message. ok is false for events the
// core does not handle.
func (m *wxMessage) toMessage() (dm dialogs.Message, ok bool) {
	dm = dialogs.Message{
		OpenID: m.FromUserName,
		Type:   m.MsgType,
		Time:   time.Unix(m.CreateTime, 0),
	}
	switch m.MsgType {
	case dialogs.TypeEvent:
		ev, handled := handledEvents[strings.ToLower(m.Event)]
		if !handled {
			return dm, false
		}
		dm.Event, dm.EventKey = ev, m.EventKey
		// WeChat dedupes events on FromUserName + CreateTime.
		dm.MsgID = fmt.Sprintf("%s:%d:%s", m.FromUserName, m.CreateTime, ev)
		return dm, true
	case dialogs.TypeText:
		dm.Text = m.Content
	case dialogs.TypeVoice:
		dm.Text, dm.MediaID = m.Recognition, m.MediaID
	case dialogs.TypeLink:
		dm.Text = m.URL
	case dialogs.TypeLocation:
		dm.Text = m.Label
	default: // image, video, shortvideo, file and anything newer
		dm.MediaID = m.MediaID
	}
	dm.MsgID = strings.TrimSpace(m.MsgID)
	if dm.MsgID == "" || dm.MsgID == "0" {
		dm.MsgID = fmt.Sprintf("%s:%d:%s", m.FromUserName, m.CreateTime, m.MsgType)
	}
	return dm, true
}

type cdata struct {
	Text string `xml:",cdata"`
}

// textReply is a passive text reply.
type textReply struct {
	XMLName      xml.Name `xml:"xml"`
	ToUserName   cdata
	FromUserName cdata
	CreateTime   int64
	MsgType      cdata
	Content      cdata
}

// encryptedReply is the safe-mode envelope (message.ResponseEncryptedXMLMsg
// of the SDK, with CDATA as WeChat's samples use).
type encryptedReply struct {
	XMLName      xml.Name `xml:"xml"`
	Encrypt      cdata
	MsgSignature cdata
	TimeStamp    string
	Nonce        cdata
}

// replyXML renders a passive text reply from the account (to) to the user.
func replyXML(user, account, text string, now time.Time) ([]byte, error) {
	return xml.Marshal(textReply{
		ToUserName:   cdata{user},
		FromUserName: cdata{account},
		CreateTime:   now.Unix(),
		MsgType:      cdata{"text"},
		Content:      cdata{xmlSafe(text)},
	})
}

// encryptReply wraps plain reply XML for safe mode, signed with the
// request's timestamp and nonce as WeChat expects.
func encryptReply(plain []byte, appID, aesKey, token, timestamp, nonce string) ([]byte, error) {
	random := make([]byte, 16)
	if _, err := rand.Read(random); err != nil {
		return nil, err
	}
	enc, err := util.EncryptMsg(random, plain, appID, aesKey)
	if err != nil {
		return nil, fmt.Errorf("encrypt reply: %w", err)
	}
	return xml.Marshal(encryptedReply{
		Encrypt:      cdata{string(enc)},
		MsgSignature: cdata{util.Signature(token, timestamp, nonce, string(enc))},
		TimeStamp:    timestamp,
		Nonce:        cdata{nonce},
	})
}

// xmlSafe drops characters XML 1.0 cannot carry (control characters other
// than tab and newlines), which encoding/xml would pass through into CDATA.
func xmlSafe(s string) string {
	if !strings.ContainsFunc(s, badXMLRune) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if badXMLRune(r) {
			return -1
		}
		return r
	}, s)
}

func badXMLRune(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF
}
