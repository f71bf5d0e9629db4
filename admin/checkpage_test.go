package admin

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"contestbot"
	"contestbot/checks"
	"contestbot/dialogs"
	"contestbot/knowledge"
)

// fakePusher records the customer-service messages the check page sends.
type fakePusher struct {
	mu   sync.Mutex
	msgs []string
	keys map[string]bool
}

func (p *fakePusher) Push(ctx context.Context, openID, text, key string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.keys == nil {
		p.keys = map[string]bool{}
	}
	if p.keys[key] {
		return contestbot.Errorf(contestbot.ECONFLICT, "已推送")
	}
	p.keys[key] = true
	p.msgs = append(p.msgs, openID+": "+text)
	return nil
}

func (p *fakePusher) count() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.msgs)
}

// pageUser is the school contact of the check page tests, with two entries.
const pageUser = "openid-page"

type pageFixture struct {
	*fixture
	pusher  *fakePusher
	checker *checks.Checker
	first   *contestbot.Entry // 郑州铁路职院 序号1 《黄河岸边的守望》
	second  *contestbot.Entry // 郑州铁路职院 序号2 《铁路线上的党旗》
}

// testMaxMoov is the moov cap of the tests: small, so "over the cap" is cheap.
const testMaxMoov = 4 << 20

func newPageFixture(t testing.TB) *pageFixture {
	t.Helper()
	pf := &pageFixture{pusher: &fakePusher{}, checker: checks.New(checks.Options{MaxMoovBytes: testMaxMoov, Logger: testLogger(t)})}
	pf.fixture = newFixture(t, func(o *Options) {
		o.UploadChecker = pf.checker
		o.Pusher = pf.pusher
	})
	pf.srv.opts.PublicURL = pf.ts.URL
	ctx := context.Background()
	for i, title := range []string{"黄河岸边的守望", "铁路线上的党旗"} {
		e := &contestbot.Entry{OpenID: pageUser, Status: contestbot.StatusComplete, Unit: "郑州铁路职院", Seq: i + 1,
			Title: title, Contact: "张老师", Phone: "13800000009"}
		if err := pf.db.CreateEntry(ctx, e); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			pf.first = e
		} else {
			pf.second = e
		}
	}
	return pf
}

// botLink asks the bot "检查视频" as openID and returns the check page link
// in its reply.
func (pf *pageFixture) botLink(t testing.TB, openID string) string {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Options{Now: pf.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	core := dialogs.New(dialogs.Options{Now: pf.clock.Now, Logger: testLogger(t)},
		dialogs.Deps{Store: pf.db, Knowledge: kb, CheckPage: pf.srv})
	r, err := core.Handle(context.Background(), dialogs.Message{OpenID: openID, MsgID: "m-" + strconv.FormatInt(time.Now().UnixNano(), 10),
		Type: dialogs.TypeText, Text: "检查视频"})
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(regexp.QuoteMeta(pf.ts.URL) + `/check/[A-Za-z0-9_-]+`).FindString(r.Text)
	if m == "" {
		t.Fatalf("no check page link in the reply:\n%s", r.Text)
	}
	return m
}

// corpusFile is one file of the check page corpus.
type corpusFile struct {
	name    string // test name
	path    string
	entry   string // what the page's entry choice is set to ("" leaves it)
	entryID int64  // the entry the result must be stored on
}

// makeCorpus writes the corpus into dir: the checks package's ffmpeg
// fixtures (real encoder output with the media payload left out, which
// expandFixture puts back as zeros at the original size and layout), named
// as the entries require, plus a badly named copy and a truncated one.
func (pf *pageFixture) makeCorpus(t testing.TB, dir string) []corpusFile {
	t.Helper()
	good := pf.first.FileName()
	var out []corpusFile
	add := func(name, fixture, fileName, entry string, id int64) string {
		sub := filepath.Join(dir, name)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(sub, fileName)
		expandFixture(t, fixture, p)
		out = append(out, corpusFile{name: name, path: p, entry: entry, entryID: id})
		return p
	}
	add("faststart", "1080p.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("moov-at-end", "moovend.mp4", good, "", pf.first.ID) // matched by its file name
	add("fragmented", "frag.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("4k", "4k.mp4", pf.second.FileName(), "", pf.second.ID)
	add("portrait-rotated", "rotated.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("portrait", "portrait.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("720p", "720p.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("low-bitrate", "low.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("high-bitrate", "high.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("hevc", "hevc.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("bad-file-name", "1080p.mp4", "黄河岸边的守望 终版.mp4", strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("wrong-entry-name", "1080p.mp4", good, strconv.FormatInt(pf.second.ID, 10), pf.second.ID)
	p := add("truncated", "moovend.mp4", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(p, st.Size()*2/3); err != nil {
		t.Fatal(err)
	}
	add("quicktime", "quicktime.mov", "郑州铁路职院-1-黄河岸边的守望.mov", strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	add("not-mp4", "matroska.mkv", good, strconv.FormatInt(pf.first.ID, 10), pf.first.ID)
	return out
}

// expandFixture writes the checks fixture name (an MP4 whose mdat payloads
// were elided) to path at its original size, the payloads as zeros (a
// sparse file); a fixture that is no MP4 is copied as is.
func expandFixture(t testing.TB, name, path string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "checks", "testdata", "fixtures", name))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(name, ".mp4") && !strings.HasSuffix(name, ".mov") {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var off int64
	for pos := 0; pos+8 <= len(data); {
		size, hdr := int64(binary.BigEndian.Uint32(data[pos:])), 8
		if size == 1 {
			size, hdr = int64(binary.BigEndian.Uint64(data[pos+8:])), 16
		}
		n := int(size)
		if string(data[pos+4:pos+8]) == "mdat" {
			n = hdr
		}
		if _, err := f.WriteAt(data[pos:pos+n], off); err != nil {
			t.Fatal(err)
		}
		off += size
		pos += n
	}
	if err := f.Truncate(off); err != nil {
		t.Fatal(err)
	}
}

// uploadOf is the upload the page sends for the file at p.
func uploadOf(t testing.TB, p string, maxMoov int64) checks.Upload {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	u, err := checks.UploadFrom(f, st.Size(), filepath.Base(p), maxMoov)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// postBody builds the multipart post the page's script sends.
func postBody(t testing.TB, u checks.Upload, entry string) (string, []byte) {
	t.Helper()
	meta := map[string]any{"name": u.Name, "size": u.Size, "entry": entry, "boxes": [][]any{}, "parts": [][2]int64{}}
	var boxes [][]any
	for _, b := range u.Boxes {
		boxes = append(boxes, []any{b.Type, b.Off, b.Size, b.Hdr})
	}
	var parts [][2]int64
	var data []byte
	for _, p := range u.Parts {
		parts = append(parts, [2]int64{p.Off, int64(len(p.Data))})
		data = append(data, p.Data...)
	}
	if boxes != nil {
		meta["boxes"] = boxes
	}
	if parts != nil {
		meta["parts"] = parts
	}
	js, err := json.Marshal(meta)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	mw, _ := w.CreateFormFile("meta", "meta.json")
	mw.Write(js)
	if len(data) > 0 {
		dw, _ := w.CreateFormFile("data", "parts.bin")
		dw.Write(data)
	}
	w.Close()
	return w.FormDataContentType(), buf.Bytes()
}

func postCheck(t testing.TB, link, contentType string, body []byte) (int, checkResult) {
	t.Helper()
	resp, err := http.Post(link, contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var res checkResult
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("status %d, body not JSON: %s", resp.StatusCode, raw)
	}
	return resp.StatusCode, res
}

// snapshot is what a refused post must leave unchanged.
type snapshot struct {
	verdict contestbot.Verdict
	json    string
	events  int
	pushes  int
}

func (pf *pageFixture) snapshot(t *testing.T) snapshot {
	t.Helper()
	var s snapshot
	for _, e := range []*contestbot.Entry{pf.first, pf.second} {
		got, err := pf.db.Entry(context.Background(), e.ID)
		if err != nil {
			t.Fatal(err)
		}
		evs, err := pf.db.EntryEvents(context.Background(), e.ID)
		if err != nil {
			t.Fatal(err)
		}
		s.verdict += got.CheckVerdict
		s.json += got.CheckJSON
		s.events += len(evs)
	}
	s.pushes = pf.pusher.count()
	return s
}

// TestCheckPagePost drives POST /check/TOKEN as the page does, then with
// forged and broken posts: each forgery gets a clear Chinese refusal and
// leaves the entries, their history and the chat untouched.
func TestCheckPagePost(t *testing.T) {
	pf := newPageFixture(t)
	link := pf.botLink(t, pageUser)
	dir := t.TempDir()
	good := filepath.Join(dir, pf.first.FileName())
	expandFixture(t, "moovend.mp4", good)
	u := uploadOf(t, good, testMaxMoov)

	t.Run("OK", func(t *testing.T) {
		ct, body := postBody(t, u, "")
		status, res := postCheck(t, link, ct, body)
		if status != http.StatusOK || !res.OK || !strings.HasPrefix(res.Report, "视频检查结果：通过") {
			t.Fatalf("%d %+v", status, res)
		}
		e, _ := pf.db.Entry(context.Background(), pf.first.ID)
		if e.CheckVerdict != contestbot.VerdictPass || !strings.Contains(e.CheckJSON, `"source":"upload"`) {
			t.Fatalf("stored %s %s", e.CheckVerdict, e.CheckJSON)
		}
		if pf.pusher.count() != 1 || !strings.Contains(pf.pusher.msgs[0], "《黄河岸边的守望》视频检查（本机文件）\n视频检查结果：通过") {
			t.Fatalf("pushes %q", pf.pusher.msgs)
		}
		// The same file again from the same link is not pushed twice.
		postCheck(t, link, ct, body)
		if pf.pusher.count() != 1 {
			t.Fatalf("pushed again: %q", pf.pusher.msgs)
		}
		if res.BytesSent != u.Bytes() || res.BytesSent > 4096 {
			t.Fatalf("bytes sent %d (upload %d)", res.BytesSent, u.Bytes())
		}
	})

	before := pf.snapshot(t)
	big := u
	big.Boxes = append([]checks.UploadBox(nil), u.Boxes...)
	big.Parts = append([]checks.Part(nil), u.Parts...)
	for i, p := range big.Parts {
		if string(p.Data[4:8]) == "moov" {
			d := make([]byte, testMaxMoov+1024)
			copy(d, p.Data)
			binary.BigEndian.PutUint32(d, uint32(len(d)))
			big.Parts[i] = checks.Part{Off: p.Off, Data: d}
			big.Boxes[len(big.Boxes)-1].Size = int64(len(d))
			big.Size = p.Off + int64(len(d))
		}
	}
	mod := func(f func(u *checks.Upload)) checks.Upload {
		v := u
		v.Boxes = append([]checks.UploadBox(nil), u.Boxes...)
		v.Parts = append([]checks.Part(nil), u.Parts...)
		f(&v)
		return v
	}
	foreignLink := pf.botLink(t, "openid-A")
	pf.clock.Add(time.Minute)
	tests := []struct {
		name   string
		link   string
		up     checks.Upload
		entry  string
		raw    []byte // a body of its own instead of up
		status int
		want   string
	}{
		{name: "WrongSize", up: mod(func(u *checks.Upload) { u.Size -= 1000 }), status: 400, want: "有误"},
		{name: "NegativeSize", up: mod(func(u *checks.Upload) { u.Size = -5 }), status: 400, want: "文件大小"},
		{name: "BoxTableBeyondFile", up: mod(func(u *checks.Upload) {
			u.Boxes = append(u.Boxes, checks.UploadBox{Type: "free", Off: u.Size + 4096, Size: 8, Hdr: 8})
		}), status: 400, want: "数据块"},
		{name: "MoovOverCap", up: big, status: 400, want: "超过了检查上限"},
		{name: "MediaBytes", up: mod(func(u *checks.Upload) {
			u.Parts = append([]checks.Part{{Off: u.Boxes[1].Off, Data: make([]byte, 64<<10)}}, u.Parts...)
		}), status: 400, want: "不是完整的数据块"},
		{name: "MissingMoov", up: mod(func(u *checks.Upload) { u.Parts = u.Parts[:1] }), status: 400, want: "不完整"},
		{name: "ForeignEntry", up: u, entry: strconv.FormatInt(pf.ids["黄河岸边的守望"], 10), status: 403, want: "不在您的报名记录里"},
		{name: "ForeignToken", link: foreignLink, up: u, entry: strconv.FormatInt(pf.first.ID, 10), status: 403, want: "不在您的报名记录里"},
		{name: "MadeUpToken", link: pf.ts.URL + "/check/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", up: u, status: 403, want: "检查链接无效或已过期"},
		{name: "NotMultipart", raw: []byte(`{"name":"x.mp4"}`), status: 400, want: "不是检查页发出的数据"},
		{name: "BadJSON", raw: []byte("--x\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n{nope\r\n--x--\r\n"), status: 400, want: "格式不正确"},
		{name: "ShortData", up: mod(func(u *checks.Upload) {}), status: 400, want: "数据比声明的少"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := link
			if tt.link != "" {
				l = tt.link
			}
			ct, body := postBody(t, tt.up, tt.entry)
			switch {
			case tt.raw != nil && tt.name == "NotMultipart":
				ct, body = "application/json", tt.raw
			case tt.raw != nil:
				ct, body = "multipart/form-data; boundary=x", tt.raw
			case tt.name == "ShortData":
				body = bytes.Replace(body, u.Parts[len(u.Parts)-1].Data, u.Parts[len(u.Parts)-1].Data[:100], 1)
			}
			status, res := postCheck(t, l, ct, body)
			if status != tt.status || res.OK || !strings.Contains(res.Error, tt.want) {
				t.Fatalf("got %d %+v, want %d %q", status, res, tt.status, tt.want)
			}
			if after := pf.snapshot(t); after != before {
				t.Fatalf("a refused post changed something: %+v → %+v", before, after)
			}
		})
	}

	t.Run("Expired", func(t *testing.T) {
		pf.clock.Add(CheckLinkTTL)
		ct, body := postBody(t, u, "")
		status, res := postCheck(t, link, ct, body)
		if status != http.StatusForbidden || !strings.Contains(res.Error, "已过期") {
			t.Fatalf("%d %+v", status, res)
		}
		resp, page := get(t, http.DefaultClient, link)
		if resp.StatusCode != http.StatusForbidden || !strings.Contains(page, "检查视频") {
			t.Fatalf("expired page: %d %s", resp.StatusCode, page)
		}
		if after := pf.snapshot(t); after != before {
			t.Fatalf("an expired link changed something")
		}
	})
}

// TestCheckPageRateLimit: one link runs at most checkUsesPerHour checks an
// hour.
func TestCheckPageRateLimit(t *testing.T) {
	pf := newPageFixture(t)
	link := pf.botLink(t, pageUser)
	p := filepath.Join(t.TempDir(), "x.mp4")
	expandFixture(t, "1080p.mp4", p)
	ct, body := postBody(t, uploadOf(t, p, testMaxMoov), "none")
	for i := range checkUsesPerHour {
		if status, res := postCheck(t, link, ct, body); status != http.StatusOK {
			t.Fatalf("check %d: %d %+v", i+1, status, res)
		}
	}
	status, res := postCheck(t, link, ct, body)
	if status != http.StatusTooManyRequests || !strings.Contains(res.Error, "稍后再试") {
		t.Fatalf("over the limit: %d %+v", status, res)
	}
	pf.clock.Add(time.Hour)
	if status, _ := postCheck(t, link, ct, body); status != http.StatusOK {
		t.Fatalf("an hour later: %d", status)
	}
}

// TestCheckPageTooLarge: a post that declares more than the request cap
// is refused before its bytes are read, with a Chinese message.
func TestCheckPageTooLarge(t *testing.T) {
	pf := newPageFixture(t)
	link := pf.botLink(t, pageUser)
	before := pf.snapshot(t)
	meta := `{"name":"a.mp4","size":209715200,"entry":"","boxes":[["moov",0,83886080,8],["mdat",83886080,125829120,8]],"parts":[[0,83886080]]}`
	body := "--x\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n" + meta +
		"\r\n--x\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n" + strings.Repeat("\x00", 1024) + "\r\n--x--\r\n"
	status, res := postCheck(t, link, "multipart/form-data; boundary=x", []byte(body))
	if status != http.StatusBadRequest || !strings.Contains(res.Error, "上限") {
		t.Fatalf("%d %+v", status, res)
	}
	if after := pf.snapshot(t); after != before {
		t.Fatal("a refused post changed something")
	}
}

// TestCheckPageNotice: the check page carries the personal-information
// notice, and opening it records that the user saw it.
func TestCheckPageNotice(t *testing.T) {
	pf := newPageFixture(t)
	pf.srv.opts.PrivacyNotice = "个人信息说明：测试说明"
	link := pf.botLink(t, pageUser)
	resp, body := get(t, pf.client(t), link)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `id="privacy-notice">个人信息说明：测试说明`) {
		t.Fatalf("status %d, notice missing", resp.StatusCode)
	}
	seen, err := pf.db.PrivacySeen(context.Background(), pageUser)
	if err != nil || seen == nil {
		t.Fatalf("seen time not recorded: %v %v", seen, err)
	}
}
