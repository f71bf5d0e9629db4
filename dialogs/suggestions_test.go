package dialogs_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"contestbot/dialogs"
	"contestbot/store"
	"contestbot/store/storetest"
)

// s7-f (rp74 p74b #21): the bot told the user to send “接着填《一封家书 两代初心》”
// and then did not understand it. This test walks the multi-work scripts,
// collects every phrase a reply tells the user to send (发“…”, 回复“…”,
// 发送“…”), and sends each one at the point it was suggested: the reply
// must understand it, and no field may store the phrase as a value.

// reSuggested is a phrase the bot tells the user to send. Examples after
// 例如 are values to imitate, not commands, and are not collected.
var reSuggested = regexp.MustCompile(`(?:发|回复|发送)“([^”]+)”`)

// notUnderstood are the replies of a bot that did not read the message.
var notUnderstood = []string{"没太明白", "没看懂", "不像人名", "不像单位", "不像片名"}

func TestSuggestedPhrasesAreUnderstood(t *testing.T) {
	var scripts []script
	for _, f := range []string{"testdata/s7-f.yaml", "testdata/s6-g.yaml", "testdata/s5-f5.yaml"} {
		scripts = append(scripts, readScripts(t, f)...)
	}
	tried := 0
	for _, sc := range scripts {
		says := saysOf(sc.Steps)
		replies := sayAll(t, says)
		seen := map[string]bool{}
		for i, reply := range replies {
			for _, loc := range reSuggested.FindAllStringSubmatchIndex(reply, -1) {
				phrase := reply[loc[2]:loc[3]]
				if seen[phrase] || strings.ContainsAny(phrase, "N…") || strings.HasPrefix(reply[loc[1]:], "加") {
					continue // "删掉第N个", 发“修改”加内容: patterns, not phrases
				}
				seen[phrase] = true
				tried++
				got := sayAll(t, append(append([]string(nil), says[:i+1]...), phrase))
				last := got[len(got)-1]
				for _, bad := range notUnderstood {
					if strings.Contains(last, bad) {
						t.Errorf("%s, after step %d: the suggested “%s” was not understood:\n%s", sc.Name, i, phrase, last)
					}
				}
				if len(phrase) > 3*3 && strings.Contains(last, "已记下") && strings.Contains(last, "："+phrase) {
					t.Errorf("%s, after step %d: the suggested “%s” was stored as a value:\n%s", sc.Name, i, phrase, last)
				}
			}
		}
	}
	if tried < 10 {
		t.Errorf("only %d suggestions tried; want at least 10", tried)
	}
}

// saysOf is what the user says in steps, in order.
func saysOf(steps []step) []string {
	var says []string
	for _, st := range steps {
		if st.Say != "" && st.As == "" {
			says = append(says, st.Say)
		}
	}
	return says
}

// sayAll says each of says on a fresh store and returns the replies.
func sayAll(t *testing.T, says []string) []string {
	t.Helper()
	ctx := context.Background()
	path := storetest.SQLitePath(t)
	now := mustTime(t, "2025-10-01T10:00:00+08:00")
	clock := func() time.Time { return now }
	db, err := store.Open(ctx, "sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.Now = clock
	core := dialogs.New(dialogs.Options{Now: clock}, dialogs.Deps{Store: db, Knowledge: loadKnowledge(t), Checker: fakeChecker{}, Pusher: &fakePusher{}})
	var out []string
	for i, s := range says {
		reply, err := core.Handle(ctx, dialogs.Message{OpenID: "user-1", MsgID: "m" + strings.Repeat("x", i), Type: dialogs.TypeText, Text: s, Time: clock()})
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		core.Wait()
		out = append(out, reply.Text)
	}
	return out
}
