package number

import (
	"strconv"
	"strings"

	"chiso/extract/segment"
)

// numberWords is every word a written-out number can start with, for one
// look-up per word of running text.
var numberWords = func() map[string]bool {
	m := map[string]bool{"âm": true}
	for w := range digitWords {
		m[w] = true
	}
	for w := range scaleWords {
		m[w] = true
	}
	for w := range wordish {
		m[w] = true
	}
	return m
}()

// wordish are the words a number written out can contain besides digits and
// scales.
var wordish = map[string]bool{
	"mười": true, "mươi": true, "trăm": true, "lẻ": true, "linh": true, "chục": true,
	"rưỡi": true, "nửa": true, "phẩy": true, "chấm": true, "âm": true,
}

// ambiguous words are numbers only where nothing else could be meant: "năm"
// is also "year", "ba" "father", "tư" "fourth", "không" "not", "một" "a".
func ambiguousAlone(w string) bool {
	_, digit := digitWords[w]
	return digit || w == "nửa" || w == "trăm" || w == "chục"
}

// maxWords is the most words a number written out takes: "một nghìn không
// trăm lẻ một tỷ năm trăm sáu mươi tám triệu ba trăm hai mươi nghìn bảy trăm
// linh chín" is 24.
const maxWords = 32

// words reads a number written in words starting at token i: "hai mươi lăm",
// "một nghìn không trăm lẻ năm", "hai tỷ", "một nửa", "mười đô".
func (sc *scanner) words(i int) (Quantity, int, bool) {
	if !numberWords[sc.toks[i].Text] || !sc.wordStart(i) {
		return Quantity{}, 0, false
	}
	j := i
	var ws []string
	for j < len(sc.toks) {
		if j-i > maxWords {
			// a run of number words past any real number is a list or noise
			// ("một trăm một trăm một trăm …"): refused whole, so reading it
			// from each of its words costs maxWords, not the run's length
			return Quantity{}, 0, false
		}
		t := sc.toks[j]
		if t.Kind != segment.Word || j > i && !t.Gap {
			break
		}
		_, d := digitWords[t.Text]
		_, s := scaleWords[t.Text]
		if !d && !s && !wordish[t.Text] || t.Text == "âm" && j > i {
			break
		}
		if (t.Text == "phẩy" || t.Text == "chấm") && (j == i || !sc.digitWordAt(j+1)) {
			// "hai phẩy 23 đô": the decimals in digits
			if d, ok := sc.tok(j + 1); ok && j > i && d.Kind == segment.Digit && d.Gap {
				ws = append(ws, t.Text, d.Text)
				j += 2
			}
			break
		}
		ws = append(ws, t.Text)
		j++
	}
	if len(ws) == 0 || ws[0] == "phẩy" || ws[0] == "chấm" || ws[0] == "lẻ" || ws[0] == "linh" || ws[0] == "rưỡi" {
		return Quantity{}, 0, false
	}
	// "năm 2024": the year, not five
	if n, ok := sc.tok(j); ok && n.Kind == segment.Digit && len(ws) == 1 {
		return Quantity{}, 0, false
	}
	v, scaled, ok := wordValue(ws)
	if !ok {
		return Quantity{}, 0, false
	}
	q := Quantity{Start: sc.toks[i].Start, End: sc.toks[j-1].End, Kind: Plain, Value: v, Scaled: scaled, Words: true}
	j, q.End = sc.unit(&q, j, q.End)
	if q.Unit == "cent" || q.Kind == Money {
		j, q.End = sc.cents(&q, j, q.End)
	}
	// Scale words alone are vague ("hàng triệu khách", "chiếm tỷ trọng"): a
	// number needs a digit word unless it is the whole text.
	if !hasDigitWord(ws) && !(i == 0 && j == len(sc.toks)) {
		return Quantity{}, 0, false
	}
	// A lone ambiguous word counts only when it is the whole text, or carries a unit.
	if len(ws) == 1 && ambiguousAlone(ws[0]) && q.Unit == "" && !(i == 0 && j == len(sc.toks)) {
		return Quantity{}, 0, false
	}
	if len(ws) == 2 && ws[0] == "không" && q.Unit == "" && !(i == 0 && j == len(sc.toks)) {
		return Quantity{}, 0, false // "không một" is "not one" in running text
	}
	return q, j, true
}

func (sc *scanner) digitWordAt(j int) bool {
	t, ok := sc.tok(j)
	if !ok {
		return false
	}
	_, d := digitWords[t.Text]
	return d || t.Text == "mười"
}

// wordValue evaluates number words. Scales multiply everything before them
// when they are at least as large as the largest seen so far:
// "một nghìn không trăm lẻ một tỷ năm trăm triệu" = (1000+1)×10⁹ + 500×10⁶.
func wordValue(ws []string) (float64, bool, bool) {
	neg := false
	if ws[0] == "âm" {
		neg, ws = true, ws[1:]
		if len(ws) == 0 {
			return 0, false, false
		}
	}
	if len(ws) == 2 && ws[0] == "một" && ws[1] == "nửa" {
		ws = ws[1:]
	}
	var frac []string
	fracScale := 0
	for k, w := range ws {
		if w == "phẩy" || w == "chấm" {
			ws, frac = ws[:k], ws[k+1:]
			// "một phẩy năm triệu": the scale multiplies the whole decimal
			for len(frac) > 0 && scaleWords[frac[len(frac)-1]] > 0 {
				fracScale += scaleWords[frac[len(frac)-1]]
				frac = frac[:len(frac)-1]
			}
			break
		}
	}
	total, maxScale := 0.0, 0.0
	ch := chunk{}
	scaled := false
	for k, w := range ws {
		if e, ok := scaleWords[w]; ok {
			s := pow10(e)
			c := ch.value()
			if c == 0 && !ch.any {
				c = 1 // "nghìn" alone, or "triệu" after a scale: one of them
				if total != 0 {
					c = 0
				}
			}
			if s >= maxScale {
				total = (total + c) * s
				maxScale = s
			} else {
				total += c * s
			}
			ch = chunk{}
			scaled = true
			continue
		}
		if w == "rưỡi" {
			// half of the last unit: "một triệu rưỡi", "tám trăm rưỡi"
			switch {
			case k > 0 && scaleWords[ws[k-1]] > 0:
				total += pow10(scaleWords[ws[k-1]]) / 2
			case k > 0 && ws[k-1] == "trăm":
				ch.t, ch.any = 5, true
			default:
				return 0, false, false
			}
			continue
		}
		if w == "nửa" {
			if ch.any || total != 0 || k+1 < len(ws) {
				return 0, false, false
			}
			total = 0.5
			continue
		}
		if !ch.add(w) {
			return 0, false, false
		}
	}
	v := total + ch.value()
	if len(frac) > 0 {
		f, ok := fraction(frac)
		if !ok {
			return 0, false, false
		}
		iv := strconv.FormatFloat(v, 'f', 0, 64)
		p, err := strconv.ParseFloat(iv+"."+f+"e"+strconv.Itoa(fracScale), 64)
		if err != nil {
			return 0, false, false
		}
		v = p
		scaled = scaled || fracScale > 0
	}
	if neg {
		v = -v
	}
	return v, scaled, true
}

// chunk is the part below a thousand being read: hundreds, tens, units.
type chunk struct {
	h, t, u int
	any     bool
	last    string // "digit", "mươi", "trăm", "lẻ", "mười"
}

func (c *chunk) value() float64 { return float64(c.h*100 + c.t*10 + c.u) }

func (c *chunk) add(w string) bool {
	if d, ok := digitWords[w]; ok {
		switch c.last {
		case "digit":
			// "chín lăm" (95), "hai mốt" (21): tens and units with the tens word left out
			if c.t != 0 {
				return false
			}
			c.t, c.u = c.u, d
		default:
			if c.u != 0 && c.last != "trăm" {
				return false
			}
			c.u = d
		}
		c.last, c.any = "digit", true
		return true
	}
	switch w {
	case "mười":
		c.t, c.u, c.last, c.any = 1, 0, "mười", true
	case "mươi", "chục":
		if c.last != "digit" || c.t != 0 {
			return false
		}
		c.t, c.u, c.last = c.u, 0, "mươi"
	case "trăm":
		if c.h != 0 {
			return false
		}
		c.h = c.u
		if !c.any {
			c.h = 1 // a bare "trăm" is a hundred
		}
		c.t, c.u, c.last, c.any = 0, 0, "trăm", true
	case "lẻ", "linh":
		c.last = "lẻ"
	default:
		return false
	}
	return true
}

// fraction reads the words after "phẩy": digit by digit ("không không bảy"
// → "007") or as a whole number ("ba trăm mười hai" → "312").
func fraction(ws []string) (string, bool) {
	if len(ws) == 1 && ws[0] != "" && ws[0][0] >= '0' && ws[0][0] <= '9' {
		return ws[0], true // "hai phẩy 23"
	}
	var b strings.Builder
	allDigits := true
	for _, w := range ws {
		d, ok := digitWords[w]
		if !ok {
			allDigits = false
			break
		}
		b.WriteString(strconv.Itoa(d))
	}
	if allDigits && len(ws) > 1 {
		return b.String(), true
	}
	v, scaled, ok := wordValue(ws)
	if !ok || scaled {
		return "", false
	}
	return strconv.FormatFloat(v, 'f', 0, 64), true
}

func pow10(e int) float64 {
	v := 1.0
	for ; e > 0; e-- {
		v *= 10
	}
	return v
}

func hasDigitWord(ws []string) bool {
	for _, w := range ws {
		if _, ok := digitWords[w]; ok || w == "mười" || w == "nửa" {
			return true
		}
	}
	return false
}

// MayHold reports whether a text with these tokens (of the lower-cased text)
// can hold a quantity at all: a digit, a scale word ("hai tỷ"), "nửa" or
// "phần trăm". Most sentences of an article hold none, and need no reading.
func MayHold(toks []segment.Token) bool {
	for _, t := range toks {
		if t.Kind == segment.Digit {
			return true
		}
		if t.Kind == segment.Word && (scaleWords[t.Text] > 0 || t.Text == "nửa" || t.Text == "trăm" || t.Text == "mười") {
			return true
		}
	}
	return false
}
