package admin

import (
	"bytes"
	"net/http"
	"strings"

	"contestbot"
	"contestbot/documents"
	"contestbot/store"
)

// downloadsPage is the data of the downloads page.
type downloadsPage struct {
	Units []string
}

// serveDownloads handles the "GET /admin/downloads" route.
func (s *Server) serveDownloads(w http.ResponseWriter, r *http.Request) error {
	units, err := s.unitNames(r)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "downloads", downloadsPage{Units: units})
	return nil
}

// serveExport handles the "GET /admin/export/{format}" route: xlsx, csv or
// json of the complete entries, or of ?unit= only; ?all=1 adds drafts and
// cancelled entries, as `contestbot export --all` does.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) error {
	unit := strings.TrimSpace(r.URL.Query().Get("unit"))
	f := store.EntryFilter{Unit: unit, Status: contestbot.StatusComplete}
	if r.URL.Query().Get("all") == "1" {
		f.Status = ""
	}
	es, err := s.db.Entries(r.Context(), f)
	if err != nil {
		return err
	}
	base := "全部作品"
	if unit != "" {
		base = documents.SafeFileName(unit)
	}
	var buf bytes.Buffer
	switch r.PathValue("format") {
	case "xlsx":
		if err := documents.WriteXLSX(&buf, es, unit, s.opts.Season); err != nil {
			return err
		}
		return sendFile(w, typeXLSX, documents.SummaryName(unit), "summary.xlsx", buf.Bytes())
	case "csv":
		if err := documents.WriteCSV(&buf, es, s.opts.Season); err != nil {
			return err
		}
		return sendFile(w, typeCSV, base+".csv", "entries.csv", buf.Bytes())
	case "json":
		if err := documents.WriteJSON(&buf, es, s.opts.Season); err != nil {
			return err
		}
		return sendFile(w, typeJSON, base+".json", "entries.json", buf.Bytes())
	}
	return contestbot.Errorf(contestbot.ENOTFOUND, "不支持这种导出格式")
}

// serveUnitZip handles the "GET /admin/zip?unit=" route: a unit's 汇总表
// and every complete entry's 报名表 and 版权确认协议书.
func (s *Server) serveUnitZip(w http.ResponseWriter, r *http.Request) error {
	unit := strings.TrimSpace(r.URL.Query().Get("unit"))
	if unit == "" {
		return contestbot.Errorf(contestbot.EINVALID, "请选择推荐单位")
	}
	es, err := s.db.Entries(r.Context(), store.EntryFilter{Unit: unit, Status: contestbot.StatusComplete})
	if err != nil {
		return err
	}
	if len(es) == 0 {
		return contestbot.Errorf(contestbot.ENOTFOUND, "%s还没有已完成的作品", unit)
	}
	var buf bytes.Buffer
	if err := documents.WriteUnitZip(&buf, es, unit, s.opts.Season); err != nil {
		return err
	}
	return sendFile(w, typeZIP, documents.UnitZipName(unit), "unit.zip", buf.Bytes())
}
