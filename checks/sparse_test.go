package checks

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"contestbot"

	"github.com/google/go-cmp/cmp"
)

// uploadOf is what the check page would send for the file at p.
func uploadOf(t *testing.T, p string) Upload {
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
	u, err := UploadFrom(f, st.Size(), filepath.Base(p), 0)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestCheckUploadMatchesFile checks every fixture twice, as a local file
// and from the parts the check page sends, and wants the same rules.
func TestCheckUploadMatchesFile(t *testing.T) {
	dir := t.TempDir()
	c := New(Options{AllowLocalFiles: true})
	want := &Expect{Unit: "郑州职院", Seq: 1, Title: "黄河岸边的守望"}
	type tc struct{ name, path string }
	var cases []tc
	for _, s := range fixtureSpecs {
		cases = append(cases, tc{s.name, fixtureFile(t, s.name, dir, "郑州职院-1-黄河岸边的守望-"+s.name)})
	}
	// A truncated file: the 1080p fixture cut in the middle of its mdat,
	// and one cut inside its moov at the end.
	for _, cut := range []struct {
		name, fixture string
		keep          func(size int64) int64
	}{
		{"truncated-mdat", "1080p.mp4", func(n int64) int64 { return n / 2 }},
		{"truncated-moov", "moovend.mp4", func(n int64) int64 { return n - 100 }},
		{"truncated-frag", "frag.mp4", func(n int64) int64 { return n - 5000 }},
	} {
		p := fixtureFile(t, cut.fixture, dir, "郑州职院-1-黄河岸边的守望-"+cut.name+".mp4")
		st, _ := os.Stat(p)
		if err := os.Truncate(p, cut.keep(st.Size())); err != nil {
			t.Fatal(err)
		}
		cases = append(cases, tc{cut.name, p})
	}
	// A cut file whose last header claims an absurd 64-bit size.
	huge := fixtureFile(t, "1080p.mp4", dir, "郑州职院-1-黄河岸边的守望-huge.mp4")
	appendTo(t, huge, []byte("\x00\x00\x00\x01mdat\x3f\xff\xff\xff\xff\xff\xff\xff\x00\x00"))
	cases = append(cases, tc{"huge-last-box", huge})
	// Junk after the movie, and a file that is not a box at all.
	junk := fixtureFile(t, "moovend.mp4", dir, "郑州职院-1-黄河岸边的守望-junk.mp4")
	appendTo(t, junk, []byte("\x00\x00\x00\x00\x00\x00\x00\x01garbage!garbage!garbage"))
	cases = append(cases, tc{"junk", junk})
	text := filepath.Join(dir, "郑州职院-1-黄河岸边的守望-text.mp4")
	os.WriteFile(text, []byte(strings.Repeat("这不是视频。", 200)), 0o644)
	cases = append(cases, tc{"text", text})
	empty := filepath.Join(dir, "empty.mp4")
	os.WriteFile(empty, nil, 0o644)
	cases = append(cases, tc{"empty", empty})

	for _, c2 := range cases {
		t.Run(c2.name, func(t *testing.T) {
			ctx := context.Background()
			fileRep, err := c.Check(ctx, c2.path, want)
			if err != nil {
				t.Fatal(err)
			}
			u := uploadOf(t, c2.path)
			upRep, err := c.CheckUpload(ctx, u, want)
			if err != nil {
				t.Fatalf("CheckUpload: %v", err)
			}
			if diff := cmp.Diff(fileRep.Rules, upRep.Rules); diff != "" {
				t.Errorf("rules differ (-file +upload):\n%s", diff)
			}
			if fileRep.Verdict != upRep.Verdict {
				t.Errorf("verdict %s, file %s", upRep.Verdict, fileRep.Verdict)
			}
			st, _ := os.Stat(c2.path)
			if n := u.Bytes(); st.Size() > 1<<20 && n > 64<<10 {
				t.Errorf("sent %d bytes of a %d-byte file", n, st.Size())
			}
			t.Logf("%s: %d of %d bytes, %d boxes, verdict %s", c2.name, u.Bytes(), st.Size(), len(u.Boxes), upRep.Verdict)
		})
	}
}

func appendTo(t *testing.T, p string, b []byte) {
	t.Helper()
	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Write(b); err != nil {
		t.Fatal(err)
	}
}

// TestCheckUploadRefusesForgeries: posts the page never sends are refused
// with a plain Chinese message and no report.
func TestCheckUploadRefusesForgeries(t *testing.T) {
	dir := t.TempDir()
	c := New(Options{MaxMoovBytes: 1 << 20})
	moovEnd := uploadOf(t, fixtureFile(t, "moovend.mp4", dir, "a-1-b.mp4"))
	frag := uploadOf(t, fixtureFile(t, "frag.mp4", dir, "a-1-c.mp4"))
	if _, err := c.CheckUpload(context.Background(), moovEnd, nil); err != nil {
		t.Fatalf("genuine upload: %v", err)
	}
	moovAt := func(u Upload) int {
		for i, p := range u.Parts {
			if string(p.Data[4:8]) == "moov" {
				return i
			}
		}
		t.Fatal("no moov part")
		return 0
	}
	clone := func(u Upload) Upload {
		v := u
		v.Boxes = append([]UploadBox(nil), u.Boxes...)
		v.Parts = append([]Part(nil), u.Parts...)
		return v
	}
	tests := []struct {
		name string
		mod  func(Upload) Upload
		want string
	}{
		{"NegativeSize", func(u Upload) Upload { u.Size = -1; return u }, "文件大小"},
		{"HugeSize", func(u Upload) Upload { u.Size = 1 << 50; return u }, "文件大小"},
		{"SmallerFile", func(u Upload) Upload { u.Size /= 2; return u }, "超出了文件大小"},
		{"BoxBeyondFile", func(u Upload) Upload {
			u.Boxes = append(u.Boxes, UploadBox{Type: "free", Off: u.Size + 100, Size: 8, Hdr: 8})
			return u
		}, "不衔接"},
		{"GapInTable", func(u Upload) Upload { u.Boxes[1].Off += 4; return u }, "不衔接"},
		{"WrongBoxSize", func(u Upload) Upload { u.Boxes[0].Size += 8; return u }, ""},
		{"BadType", func(u Upload) Upload { u.Boxes[0].Type = "f\x00yp"; return u }, "类型无效"},
		{"BadHeader", func(u Upload) Upload { u.Boxes[0].Hdr = 12; return u }, "头长度"},
		{"PartNotABox", func(u Upload) Upload {
			u.Parts = append(u.Parts, Part{Off: u.Boxes[len(u.Boxes)-1].Off + 8, Data: make([]byte, 100)})
			return u
		}, ""},
		{"MediaData", func(u Upload) Upload {
			for _, b := range u.Boxes {
				if b.Type == "mdat" {
					u.Parts = append([]Part{{Off: b.Off, Data: make([]byte, b.Size)}}, u.Parts...)
				}
			}
			return u
		}, ""},
		{"MoovBytesDisagree", func(u Upload) Upload {
			i := moovAt(u)
			d := append([]byte(nil), u.Parts[i].Data...)
			d[3]++ // the size in the header
			u.Parts[i].Data = d
			return u
		}, "不符"},
		{"MissingMoov", func(u Upload) Upload {
			i := moovAt(u)
			u.Parts = append(u.Parts[:i], u.Parts[i+1:]...)
			return u
		}, "不完整"},
		{"OverlappingParts", func(u Upload) Upload { u.Parts = append(u.Parts, u.Parts[len(u.Parts)-1]); return u }, "位置或长度"},
		{"MoovOverCap", func(u Upload) Upload {
			i := moovAt(u)
			big := make([]byte, 2<<20)
			copy(big, u.Parts[i].Data)
			big[0], big[1], big[2], big[3] = 0, 0x20, 0, 0
			u.Parts[i].Data = big
			last := &u.Boxes[len(u.Boxes)-1]
			last.Size = int64(len(big))
			u.Size = last.End()
			return u
		}, "超过了检查上限"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := c.CheckUpload(context.Background(), tt.mod(clone(moovEnd)), nil)
			if err == nil {
				t.Fatalf("accepted: %s %v", rep.Verdict, rep.Rules)
			}
			if contestbot.ErrorCode(err) != contestbot.EINVALID {
				t.Fatalf("code %s (%v), want invalid", contestbot.ErrorCode(err), err)
			}
			if msg := contestbot.ErrorMessage(err); !strings.Contains(msg, tt.want) || !strings.Contains(msg, "请") {
				t.Fatalf("message %q, want %q", msg, tt.want)
			}
		})
	}
	t.Run("FragmentWithoutMoofs", func(t *testing.T) {
		u := clone(frag)
		var keep []Part
		for _, p := range u.Parts {
			if string(p.Data[4:8]) != "moof" {
				keep = append(keep, p)
			}
		}
		u.Parts = keep
		if _, err := c.CheckUpload(context.Background(), u, nil); contestbot.ErrorCode(err) != contestbot.EINVALID {
			t.Fatalf("err %v, want invalid", err)
		}
	})
}

func FuzzCheckUpload(f *testing.F) {
	addFixtureSeeds(f)
	c := New(Options{})
	f.Fuzz(func(t *testing.T, data []byte) {
		src := newSparseSource(data)
		r := readerAtFunc(func(p []byte, off int64) (int, error) {
			return src.readAt(context.Background(), p, off, 0)
		})
		u, err := UploadFrom(r, src.Size(), "a-1-b.mp4", 0)
		if err != nil {
			return
		}
		rep, err := c.CheckUpload(context.Background(), u, nil)
		if err != nil && contestbot.ErrorCode(err) != contestbot.EINVALID {
			t.Fatalf("upload of a walked file: %v", err)
		}
		if err == nil && len(rep.Rules) != 6 {
			t.Fatalf("%d rules", len(rep.Rules))
		}
	})
}

type readerAtFunc func(p []byte, off int64) (int, error)

func (f readerAtFunc) ReadAt(p []byte, off int64) (int, error) { return f(p, off) }
