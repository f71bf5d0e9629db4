// Package officetest converts files with LibreOffice in tests, to check
// that what contestbot writes opens and prints right where staff open it.
// Without soffice the tests skip, unless $CONTESTBOT_REQUIRE_OFFICE is set
// (.ci/run sets it), when they fail.
package officetest

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// RequireEnv makes a missing LibreOffice a test failure instead of a skip.
const RequireEnv = "CONTESTBOT_REQUIRE_OFFICE"

// Soffice returns the LibreOffice binary, or skips (fails, under
// RequireEnv) the test when there is none.
func Soffice(tb testing.TB) string {
	tb.Helper()
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv(RequireEnv) != "" {
		tb.Fatalf("%s is set but LibreOffice (soffice) was not found", RequireEnv)
	}
	tb.Skipf("LibreOffice (soffice) not found; install libreoffice-writer-nogui and libreoffice-calc-nogui (set %s=1 to make this a failure)", RequireEnv)
	return ""
}

// Convert converts src to format (xlsx, pdf…) with LibreOffice headless,
// reading it with the import filter infilter when not "", and returns the
// path of the result. Each call uses its own LibreOffice profile, so
// conversions in parallel tests do not share a lock.
func Convert(tb testing.TB, src, format, infilter string) string {
	tb.Helper()
	exe := Soffice(tb)
	out := tb.TempDir()
	profile := "file://" + filepath.ToSlash(tb.TempDir())
	args := []string{"-env:UserInstallation=" + profile, "--headless", "--norestore"}
	if infilter != "" {
		args = append(args, "--infilter="+infilter)
	}
	args = append(args, "--convert-to", format, "--outdir", out, src)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, args...)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		tb.Fatalf("soffice %s: %v\n%s", strings.Join(args, " "), err, buf.String())
	}
	base := strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))
	dst := filepath.Join(out, base+"."+format)
	if _, err := os.Stat(dst); err != nil {
		tb.Fatalf("soffice wrote no %s: %s", dst, buf.String())
	}
	return dst
}

// PDFPages returns the page count pdfinfo (poppler-utils) reports for path.
func PDFPages(tb testing.TB, path string) int {
	tb.Helper()
	exe, err := exec.LookPath("pdfinfo")
	if err != nil {
		if os.Getenv(RequireEnv) != "" {
			tb.Fatalf("%s is set but pdfinfo (poppler-utils) was not found", RequireEnv)
		}
		tb.Skip("pdfinfo (poppler-utils) not found")
	}
	out, err := exec.Command(exe, path).Output()
	if err != nil {
		tb.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			var n int
			for _, r := range strings.TrimSpace(v) {
				n = n*10 + int(r-'0')
			}
			return n
		}
	}
	tb.Fatalf("pdfinfo %s: no page count:\n%s", path, out)
	return 0
}
