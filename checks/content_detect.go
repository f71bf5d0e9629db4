package checks

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"sort"
)

// The detectors work on frames 320 px wide (rgb24) and 8 kHz mono audio.
// Their thresholds are on 0–255 pixel values and were set on the corpus
// of TestContentCorpus; each is explained where it is used.

// luma is the frame's brightness plane (BT.601 weights).
func (f frame) luma() []uint8 {
	y := make([]uint8, f.w*f.h)
	for i := range y {
		p := f.pix[3*i:]
		y[i] = uint8((77*int(p[0]) + 150*int(p[1]) + 29*int(p[2])) >> 8)
	}
	return y
}

// meanAbsDiff is the mean absolute difference of two frames' pixels.
func meanAbsDiff(a, b frame) float64 {
	if len(a.pix) != len(b.pix) || len(a.pix) == 0 {
		return 255
	}
	var s int64
	for i := range a.pix {
		d := int(a.pix[i]) - int(b.pix[i])
		if d < 0 {
			d = -d
		}
		s += int64(d)
	}
	return float64(s) / float64(len(a.pix))
}

// ---- colour bars ----

// hue classes of saturated bands, in the order every SMPTE/EBU/ARIB bar
// pattern puts them (descending brightness): yellow, cyan, green, magenta,
// red, blue.
const (
	hueNone = iota
	hueYellow
	hueCyan
	hueGreen
	hueMagenta
	hueRed
	hueBlue
)

var barOrder = []int{hueYellow, hueCyan, hueGreen, hueMagenta, hueRed, hueBlue}

type band struct {
	x0, x1  int // columns [x0, x1)
	r, g, b float64
}

// hueClass names a strongly saturated colour, or hueNone.
func hueClass(r, g, b float64) int {
	mx := math.Max(r, math.Max(g, b))
	mn := math.Min(r, math.Min(g, b))
	// Strongly saturated: bright enough, and the weakest channel well
	// below the strongest (75 % bars: 191 vs 16 after compression).
	if mx < 90 || (mx-mn)/mx < 0.6 {
		return hueNone
	}
	hi := func(v float64) bool { return v > mn+(mx-mn)*0.5 }
	switch R, G, B := hi(r), hi(g), hi(b); {
	case R && G && !B:
		return hueYellow
	case !R && G && B:
		return hueCyan
	case !R && G && !B:
		return hueGreen
	case R && !G && B:
		return hueMagenta
	case R && !G && !B:
		return hueRed
	case !R && !G && B:
		return hueBlue
	}
	return hueNone
}

// barBands finds the vertical bands of uniform colour in the upper part
// of a frame (rows 10–45 %, where SMPTE, HD and EBU bars all are).
func barBands(f frame) []band {
	y0, y1 := f.h/10, f.h*45/100
	if y1-y0 < 4 {
		return nil
	}
	n := float64(y1 - y0)
	type col struct {
		r, g, b float64
		uniform bool
	}
	cols := make([]col, f.w)
	for x := 0; x < f.w; x++ {
		var s, ss [3]float64
		for y := y0; y < y1; y++ {
			p := f.pix[3*(y*f.w+x):]
			for c := 0; c < 3; c++ {
				v := float64(p[c])
				s[c] += v
				ss[c] += v * v
			}
		}
		var sd float64
		for c := 0; c < 3; c++ {
			m := s[c] / n
			sd = math.Max(sd, math.Sqrt(math.Max(0, ss[c]/n-m*m)))
		}
		// Uniform down the column: compression noise only.
		cols[x] = col{s[0] / n, s[1] / n, s[2] / n, sd < 10}
	}
	var out []band
	minW := max(4, f.w/28)
	for x := 0; x < f.w; {
		if !cols[x].uniform {
			x++
			continue
		}
		b := band{x0: x, r: cols[x].r, g: cols[x].g, b: cols[x].b}
		k := 1.0
		x++
		for x < f.w && cols[x].uniform &&
			math.Abs(cols[x].r-b.r/k) < 20 && math.Abs(cols[x].g-b.g/k) < 20 && math.Abs(cols[x].b-b.b/k) < 20 {
			b.r, b.g, b.b = b.r+cols[x].r, b.g+cols[x].g, b.b+cols[x].b
			k++
			x++
		}
		b.x1 = x
		b.r, b.g, b.b = b.r/k, b.g/k, b.b/k
		if b.x1-b.x0 >= minW {
			out = append(out, b)
		}
	}
	return out
}

// barScore judges one frame: 0 when it is no colour bar pattern, else
// how well it matches (0–1). A pattern is at least 6 uniform bands across
// most of the width whose saturated colours come in the bar order; with a
// test tone, 5 of the 6 colours are enough.
func barScore(f frame, tone bool) float64 {
	bands := barBands(f)
	if len(bands) < 6 {
		return 0
	}
	covered := 0
	var seq []int
	for _, b := range bands {
		covered += b.x1 - b.x0
		if h := hueClass(b.r, b.g, b.b); h != hueNone {
			seq = append(seq, h)
		}
	}
	cover := float64(covered) / float64(f.w)
	if cover < 0.7 {
		return 0
	}
	match := lcs(seq, barOrder)
	need := 6
	if tone {
		need = 5
	}
	if match < need {
		return 0
	}
	return math.Min(1, float64(match)/6*0.6+cover*0.4)
}

// lcs is the length of the longest common subsequence of a and b.
func lcs(a, b []int) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			default:
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// detectBars finds stretches of at least 0.5 s of colour bar frames. A
// steady tone near 1 kHz at the same time strengthens a finding.
func detectBars(fs []frame, audio []int16) []Finding {
	var out []Finding
	dt := 1.0 / contentFPS
	// Score each frame as if a tone were there (5 of 6 colours), then
	// hold the frames that need it to the tone.
	loose := make([]float64, len(fs))
	strict := make([]bool, len(fs))
	for i, f := range fs {
		if loose[i] = barScore(f, true); loose[i] > 0 {
			strict[i] = barScore(f, false) > 0
		}
	}
	for i := 0; i < len(fs); {
		if loose[i] == 0 {
			i++
			continue
		}
		j := i + 1
		for j < len(fs) && loose[j] > 0 {
			j++
		}
		start, end := fs[i].t, fs[j-1].t+dt
		hz := toneAt(audio, start, end)
		// Without a tone, only the frames with all six colours count.
		a := i
		for a < j {
			if hz == 0 && !strict[a] {
				a++
				continue
			}
			b, best, sum := a, a, 0.0
			for b < j && (hz > 0 || strict[b]) {
				if loose[b] > loose[best] {
					best = b
				}
				sum += loose[b]
				b++
			}
			s, e := fs[a].t, fs[b-1].t+dt
			if e-s >= 0.5-1e-9 {
				score := sum / float64(b-a)
				if hz > 0 {
					score = math.Min(1, score+0.1)
				}
				out = append(out, Finding{Rule: RuleColourBars, Start: s, End: e, Score: score,
					ToneHz: hz, Evidence: evidenceJPEG(fs[best], nil)})
			}
			a = b
		}
		i = j
	}
	return out
}

// toneAt is the frequency (Hz) of a steady tone near 1 kHz that dominates
// the audio between t0 and t1 seconds, or 0.
func toneAt(audio []int16, t0, t1 float64) int {
	a, b := int(t0*contentRate), min(len(audio), int(t1*contentRate))
	if b-a < contentRate/4 {
		return 0
	}
	x := audio[a:b]
	var energy float64
	for _, v := range x {
		f := float64(v)
		energy += f * f
	}
	rms := math.Sqrt(energy / float64(len(x)))
	if rms < 100 { // below -50 dBFS: silence
		return 0
	}
	bestHz, best := 0, 0.0
	for hz := 900; hz <= 1100; hz += 10 {
		if p := goertzel(x, float64(hz)); p > best {
			best, bestHz = p, hz
		}
	}
	// The share of the energy at that frequency: 1 for a pure tone.
	if share := best * 2 / (float64(len(x)) * energy); share >= 0.6 {
		return bestHz
	}
	return 0
}

// goertzel is |X(f)|² of x at frequency f.
func goertzel(x []int16, f float64) float64 {
	w := 2 * math.Pi * f / contentRate
	c := 2 * math.Cos(w)
	var s1, s2 float64
	for _, v := range x {
		s := float64(v) + c*s1 - s2
		s2, s1 = s1, s
	}
	return s1*s1 + s2*s2 - c*s1*s2
}

// ---- opening caption cards ----

// textBand is a run of rows dense with horizontal edges, as lines of text are.
type textBand struct {
	y0, y1  int
	density float64 // edges per pixel in the band
}

// edgeRows counts, per row, the strong horizontal brightness steps.
func edgeRows(y []uint8, w, h int) []int {
	rows := make([]int, h)
	for r := 0; r < h; r++ {
		line := y[r*w : (r+1)*w]
		n := 0
		for x := 1; x < w; x++ {
			d := int(line[x]) - int(line[x-1])
			if d >= 28 || d <= -28 {
				n++
			}
		}
		rows[r] = n
	}
	return rows
}

// captionFrame judges one frame: text-like bands on a plain or blurred
// background. It returns the bands and a score (0: not a caption card).
func captionFrame(f frame) ([]textBand, float64) {
	y := f.luma()
	rows := edgeRows(y, f.w, f.h)
	// A text row has many steps: a line of characters crosses strokes
	// every few pixels.
	textRow := func(n int) bool { return float64(n) >= 0.04*float64(f.w) }
	var bands []textBand
	for r := 0; r < f.h; {
		if !textRow(rows[r]) {
			r++
			continue
		}
		b := textBand{y0: r}
		sum := 0
		for r < f.h && (textRow(rows[r]) || (r+1 < f.h && textRow(rows[r+1]))) {
			sum += rows[r]
			r++
		}
		b.y1 = r
		b.density = float64(sum) / float64((b.y1-b.y0)*f.w)
		bands = append(bands, b)
	}
	var text []textBand
	textRows := 0
	for _, b := range bands {
		hgt := b.y1 - b.y0
		// Lines of text: at least 3 px (small print at 320 px) and at
		// most a quarter of the picture; dense enough.
		if hgt >= 3 && hgt <= f.h/4 && b.density >= 0.06 {
			text = append(text, b)
			textRows += hgt
		}
	}
	if len(text) == 0 || textRows > f.h/2 {
		return nil, 0
	}
	// The rest must be plain or blurred: almost no steps outside the
	// text (with a margin for glyphs' ascenders and the band edges).
	in := make([]bool, f.h)
	for _, b := range bands {
		for r := max(0, b.y0-3); r < min(f.h, b.y1+3); r++ {
			in[r] = true
		}
	}
	var bg, bgRows int
	for r := 0; r < f.h; r++ {
		if !in[r] {
			bg += rows[r]
			bgRows++
		}
	}
	if bgRows < f.h/3 {
		return nil, 0
	}
	bgDensity := float64(bg) / float64(bgRows*f.w)
	if bgDensity > 0.004 {
		return nil, 0
	}
	// Burnt-in subtitles sit at the bottom; a caption card has text
	// higher up. At least one band must be centred above the bottom 18 %.
	high := false
	var best float64
	for _, b := range text {
		if float64(b.y0+b.y1)/2 < 0.82*float64(f.h) {
			high = true
		}
		best = math.Max(best, b.density)
	}
	if !high {
		return nil, 0
	}
	return text, math.Min(1, 0.5+best*2) * (1 - bgDensity*50)
}

// detectCaptions finds stretches of at least 1 s in the opening that are
// still (little change from frame to frame) and text-like.
func detectCaptions(fs []frame) []Finding {
	var out []Finding
	dt := 1.0 / contentFPS
	scores := make([]float64, len(fs))
	for i, f := range fs {
		_, scores[i] = captionFrame(f)
	}
	for i := 0; i < len(fs); {
		if scores[i] == 0 {
			i++
			continue
		}
		j := i + 1
		sum := scores[i]
		// Still: the mean pixel change between frames a quarter second
		// apart stays below 1.5 (of 255); a cross-fade or moving video
		// is far above.
		for j < len(fs) && scores[j] > 0 && meanAbsDiff(fs[j], fs[j-1]) < 1.5 {
			sum += scores[j]
			j++
		}
		start, end := fs[i].t, fs[j-1].t+dt
		if end-start >= 1-1e-9 {
			mid := fs[(i+j-1)/2]
			out = append(out, Finding{Rule: RuleCaptionCard, Start: start, End: end,
				Score: sum / float64(j-i), Evidence: evidenceJPEG(mid, nil)})
		}
		i = j
	}
	return out
}

// ---- corner logos ----

// detectLogo looks, in each corner, for a small region with edges that
// stays the same across frames spread over the film while the rest of the
// picture changes.
func detectLogo(fs []frame) []Finding {
	if len(fs) < 6 {
		return nil // too few distinct pictures to tell what stays
	}
	w, h := fs[0].w, fs[0].h
	n := float64(len(fs))
	ys := make([][]uint8, len(fs))
	for i, f := range fs {
		ys[i] = f.luma()
	}
	mean := make([]float64, w*h)
	sd := make([]float64, w*h)
	for p := range mean {
		var s, ss float64
		for _, y := range ys {
			v := float64(y[p])
			s += v
			ss += v * v
		}
		m := s / n
		mean[p] = m
		sd[p] = math.Sqrt(math.Max(0, ss/n-m*m))
	}
	// Changing: the pixel's brightness varies over the film.
	const changing, stable = 14.0, 5.0
	cw, ch := w/4, h/4
	inCorner := func(x, y int) bool { return (x < cw || x >= w-cw) && (y < ch || y >= h-ch) }
	var rest, restChanging int
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if inCorner(x, y) {
				continue
			}
			rest++
			if sd[y*w+x] > changing {
				restChanging++
			}
		}
	}
	// The rest of the picture must change: a film of one still shot or
	// a test pattern gives no way to tell a logo from the scene.
	if float64(restChanging) < 0.6*float64(rest) {
		return nil
	}
	corners := []struct {
		name   string
		x0, y0 int
	}{{"top_left", 0, 0}, {"top_right", w - cw, 0}, {"bottom_left", 0, h - ch}, {"bottom_right", w - cw, h - ch}}
	var out []Finding
	for _, c := range corners {
		if f, ok := logoIn(fs, ys, mean, sd, w, c.x0, c.y0, cw, ch, changing, stable); ok {
			f.Corner = c.name
			out = append(out, f)
		}
	}
	return out
}

// logoIn looks for a logo in the corner region (x0, y0, cw, ch).
func logoIn(fs []frame, ys [][]uint8, mean, sd []float64, w, x0, y0, cw, ch int, changing, stable float64) (Finding, bool) {
	// Stable pixels of the region, as a mask. A semi-transparent
	// watermark varies with the picture under it, by (1 − opacity) of
	// it: a pixel varying by at most 0.35 of the corner's typical
	// variation (and at most 20) is stable too.
	sds := make([]float64, 0, cw*ch)
	for y := 0; y < ch; y++ {
		sds = append(sds, sd[(y0+y)*w+x0:(y0+y)*w+x0+cw]...)
	}
	sort.Float64s(sds)
	stable = math.Max(stable, math.Min(0.35*sds[len(sds)/2], 20))
	mask := make([]bool, cw*ch)
	var bgChanging, bgAll int
	for y := 0; y < ch; y++ {
		for x := 0; x < cw; x++ {
			s := sd[(y0+y)*w+x0+x]
			mask[y*cw+x] = s <= stable
			bgAll++
			if s > changing {
				bgChanging++
			}
		}
	}
	// Connected groups of stable pixels; those touching the region's
	// inner sides run on into the picture (letterbox, a static set) and
	// are no logo.
	seen := make([]bool, cw*ch)
	var logo []int // region indexes of logo pixels
	innerX := func(x int) bool {
		if x0 == 0 {
			return x == cw-1
		}
		return x == 0
	}
	innerY := func(y int) bool {
		if y0 == 0 {
			return y == ch-1
		}
		return y == 0
	}
	for i := range mask {
		if !mask[i] || seen[i] {
			continue
		}
		comp := []int{i}
		seen[i] = true
		touches := false
		for k := 0; k < len(comp); k++ {
			p := comp[k]
			x, y := p%cw, p/cw
			if innerX(x) || innerY(y) {
				touches = true
			}
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					nx, ny := x+dx, y+dy
					if nx < 0 || ny < 0 || nx >= cw || ny >= ch {
						continue
					}
					q := ny*cw + nx
					if mask[q] && !seen[q] {
						seen[q] = true
						comp = append(comp, q)
					}
				}
			}
		}
		if !touches && len(comp) >= 3 {
			logo = append(logo, comp...)
		}
	}
	// Small (a logo, not a frame border): enough pixels to be a mark, at
	// most 40 % of the corner.
	if len(logo) < max(20, cw*ch/300) || len(logo) > cw*ch*4/10 {
		return Finding{}, false
	}
	// The corner around it must change too.
	if float64(bgChanging) < 0.4*float64(bgAll-len(logo)) {
		return Finding{}, false
	}
	// With edges: steps inside the stable mark (strokes on a plate) or
	// between it and the changing picture around it, in most frames.
	in := make(map[int]bool, len(logo))
	bx0, by0, bx1, by1 := cw, ch, 0, 0
	for _, p := range logo {
		in[p] = true
		x, y := p%cw, p/cw
		bx0, by0, bx1, by1 = min(bx0, x), min(by0, y), max(bx1, x+1), max(by1, y+1)
	}
	var edgeFrames int
	for _, yv := range ys {
		edges := 0
		for _, p := range logo {
			x, y := p%cw, p/cw
			v := int(yv[(y0+y)*w+x0+x])
			for _, d := range [][2]int{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
				nx, ny := x+d[0], y+d[1]
				if nx < 0 || ny < 0 || nx >= cw || ny >= ch {
					continue
				}
				u := int(yv[(y0+ny)*w+x0+nx])
				if u-v >= 28 || v-u >= 28 {
					edges++
					break
				}
			}
		}
		// A plate with a mark on it has its steps on the outline and the
		// strokes only: a tenth of its pixels is plenty.
		if edges >= 12 && float64(edges) >= 0.1*float64(len(logo)) {
			edgeFrames++
		}
	}
	if float64(edgeFrames) < 0.7*float64(len(ys)) {
		return Finding{}, false
	}
	_ = mean
	box := image.Rect(x0+bx0, y0+by0, x0+bx1, y0+by1)
	score := math.Min(1, 0.5+float64(edgeFrames)/float64(len(ys))*0.3+float64(len(logo))/float64(cw*ch)*2)
	times := make([]float64, len(fs))
	for i, f := range fs {
		times[i] = f.t
	}
	sort.Float64s(times)
	ev := fs[len(fs)/2]
	return Finding{Rule: RuleCornerLogo, Start: times[0], End: times[len(times)-1], Score: score,
		Box: []int{box.Min.X, box.Min.Y, box.Dx(), box.Dy()}, Evidence: evidenceJPEG(ev, &box)}, true
}

// evidenceJPEG encodes a frame as a small JPEG, with box (when set) drawn
// in red around what was found.
func evidenceJPEG(f frame, box *image.Rectangle) []byte {
	img := image.NewRGBA(image.Rect(0, 0, f.w, f.h))
	for i := 0; i < f.w*f.h; i++ {
		img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = f.pix[3*i], f.pix[3*i+1], f.pix[3*i+2], 255
	}
	if box != nil {
		r := box.Inset(-2).Intersect(img.Bounds())
		red := color.RGBA{255, 0, 0, 255}
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, r.Min.Y, red)
			img.SetRGBA(x, r.Max.Y-1, red)
		}
		for y := r.Min.Y; y < r.Max.Y; y++ {
			img.SetRGBA(r.Min.X, y, red)
			img.SetRGBA(r.Max.X-1, y, red)
		}
	}
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 75}); err != nil {
		return nil
	}
	return b.Bytes()
}
