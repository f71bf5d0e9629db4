package documents

import (
	"archive/zip"
	"fmt"
	"io"
	"path"
	"strings"
	"time"

	"contestbot"
)

// WriteUnitZip writes one unit's documents as a .zip: its 汇总表 (附件4) and,
// for each complete entry in 序号 order, the 报名表 (附件2) and the
// 版权确认协议书 (附件3), named 推荐单位-序号-片名-报名表.docx and so on.
func WriteUnitZip(w io.Writer, entries []*contestbot.Entry, unit string, s *contestbot.Season) error {
	if unit == "" {
		return contestbot.Errorf(contestbot.EINVALID, "请选择推荐单位")
	}
	list := completeOf(entries, unit)
	modified := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, e := range list {
		if e.UpdatedAt.After(modified) {
			modified = e.UpdatedAt
		}
	}
	zw := zip.NewWriter(w)
	used := map[string]bool{}
	add := func(name string, write func(io.Writer) error) error {
		name = uniqueName(used, name)
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		return write(fw)
	}
	err := add(SummaryName(UnitHeader(list, unit)), func(w io.Writer) error { return WriteXLSX(w, list, unit, s) })
	for _, e := range list {
		if err != nil {
			break
		}
		if err = add(EntryFormName(e), func(w io.Writer) error { return WriteEntryForm(w, e, s) }); err != nil {
			break
		}
		err = add(AgreementName(e), func(w io.Writer) error { return WriteAgreement(w, e, s) })
	}
	if err != nil {
		return fmt.Errorf("write unit zip: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write unit zip: %w", err)
	}
	return nil
}

// uniqueName returns name, or name with " (2)", " (3)"… before the
// extension when it is already used.
func uniqueName(used map[string]bool, name string) string {
	out := name
	ext := path.Ext(name)
	for i := 2; used[out]; i++ {
		out = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), i, ext)
	}
	used[out] = true
	return out
}
