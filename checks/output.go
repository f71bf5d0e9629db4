package checks

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"contestbot"
)

// WriteJSON writes r as one line of JSON, as `contestbot check --json`
// prints it (PRODUCT.md): input, verdict, rules and info.
func WriteJSON(w io.Writer, r contestbot.Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// SummaryLine is one line of the facts behind a report, for the CLI table:
// "1920×1080 · H.264 · 视频码率 20.1 Mbps · 时长 1秒 · 读取 64 KB，1 次请求".
func SummaryLine(info map[string]any) string {
	var parts []string
	w, _ := info["width"].(int)
	h, _ := info["height"].(int)
	if w > 0 && h > 0 {
		s := fmt.Sprintf("%d×%d", w, h)
		if r, _ := info["rotation"].(int); r != 0 {
			s += fmt.Sprintf("（旋转%d°）", r)
		}
		parts = append(parts, s)
	}
	if c, _ := info["video_codec"].(string); c != "" {
		parts = append(parts, CodecName(c))
	}
	if fr, _ := info["frame_rate"].(float64); fr > 0 {
		parts = append(parts, fmt.Sprintf("%s fps", num(fr)))
	}
	if b, _ := info["bitrate_bps"].(int64); b > 0 {
		parts = append(parts, "视频码率 "+mbps(b)+" Mbps")
	}
	if d, _ := info["duration_seconds"].(float64); d > 0 {
		parts = append(parts, fmt.Sprintf("时长 %s 秒", num(round3(d))))
	}
	if v, _ := info["fragmented"].(bool); v {
		parts = append(parts, "分片")
	} else if v, _ := info["faststart"].(bool); v {
		parts = append(parts, "索引在开头")
	} else if v, _ := info["has_video"].(bool); v {
		parts = append(parts, "索引在末尾")
	}
	n, _ := info["bytes_fetched"].(int64)
	req, _ := info["requests"].(int)
	read := "读取 " + byteSize(n)
	if req > 0 {
		read += fmt.Sprintf("，%d 次请求", req)
	}
	parts = append(parts, read)
	return strings.Join(parts, " · ")
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
