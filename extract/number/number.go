package number

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"chiso/extract/normalize"
	"chiso/extract/segment"
)

// Kind says what a quantity measures.
type Kind string

const (
	Plain   Kind = "number"
	Money   Kind = "money"
	Percent Kind = "percent"
	Points  Kind = "pp" // điểm phần trăm, percentage points
)

// Quantity is one number found in a text, with byte offsets into it.
type Quantity struct {
	Start, End int
	Kind       Kind
	Value      float64 // signed, scale words multiplied out
	Unit       string  // "%", "pp", an ISO 4217 code, a measure as printed, or ""
	Scaled     bool    // a scale word (nghìn, triệu, tỷ) was part of it
	Of         float64 // the whole in "25/28 tỉnh": 28; else 0
	Approx     string  // "gần", "hơn", "khoảng"… as printed before it, lower case
	Words      bool    // written in words ("hai tỷ")
}

// Span is a range of bytes that FindAll must leave alone (a date, a period).
type Span struct{ Start, End int }

// approxWords come before a number and are kept as Approx: "gần 40%".
var approxWords = map[string]bool{
	"gần": true, "hơn": true, "khoảng": true, "trên": true, "dưới": true, "xấp xỉ": true,
	"chừng": true, "tới": true, "đến": true, "ít nhất": true, "tối đa": true, "tối thiểu": true, "gần như": true,
}

// FindAll returns the quantities in s in text order, skipping anything that
// overlaps a span in avoid (which must be sorted by Start).
func FindAll(s string, avoid []Span) []Quantity {
	return FindTokens(s, segment.Tokens(normalize.Lower(s)), avoid)
}

// FindTokens is FindAll over toks, the tokens of normalize.Lower(s), for a
// caller that has them already.
func FindTokens(s string, toks []segment.Token, avoid []Span) []Quantity {
	sc := scanner{s: s, toks: toks, avoid: avoid}
	var out []Quantity
	for i := 0; i < len(toks); {
		q, next, ok := sc.at(i)
		if !ok {
			i++
			continue
		}
		if sc.overlapsAvoid(q.Start, q.End) {
			i = next
			continue
		}
		q.Approx = sc.approxBefore(i)
		out = append(out, q)
		i = next
	}
	rangeUnits(out, s)
	return inRange(mergeCompound(mergeCents(out, s), s))
}

// MaxValue is the largest magnitude a quantity may have. Past it a figure is
// a typo, a pasted hash or an attack, not a statistic: the world's yearly
// output is about 2.7e18 VND ("2.700 triệu tỷ đồng"), a thousandth of it;
// "1.000.000.000.000.000.000.000 tỷ tỷ đồng" (1e39) and a numeral of 400
// digits are refused, never read as some other value.
const MaxValue = 1e21

// inRange drops quantities whose value (or whole, for "3/5") is past MaxValue
// or could not be represented at all (parse gives +Inf then).
func inRange(qs []Quantity) []Quantity {
	out := qs[:0]
	for _, q := range qs {
		if math.Abs(q.Value) <= MaxValue && math.Abs(q.Of) <= MaxValue {
			out = append(out, q)
		}
	}
	return out
}

// mergeCompound joins an amount written in two scales: "5 tỷ 508 triệu
// USD" is 5.508e9 USD; "10 nghìn 537 tỷ đồng" is (10 nghìn + 537) tỷ,
// 1.0537e13 VND (before: 10000 and 5.37e11, two figures).
func mergeCompound(qs []Quantity, s string) []Quantity {
	out := qs[:0]
	for k := 0; k < len(qs); k++ {
		q := qs[k]
		if k+1 < len(qs) && q.Kind == Plain && q.Scaled && q.Unit == "" && strings.TrimSpace(s[q.End:qs[k+1].Start]) == "" {
			if scale := thousandsOf(q, qs[k+1], s); scale > 0 {
				n := qs[k+1]
				n.Value += q.Value * scale
				n.Start, n.Approx = q.Start, q.Approx
				out = append(out, n)
				k++
				continue
			}
		}
		if k+1 < len(qs) && q.Kind == Plain && q.Scaled && q.Unit == "" && (qs[k+1].Kind == Money || qs[k+1].Kind == Plain && qs[k+1].Scaled) &&
			strings.TrimSpace(s[q.End:qs[k+1].Start]) == "" && qs[k+1].Value < q.Value && qs[k+1].Approx == "" {
			n := qs[k+1]
			n.Value += q.Value
			n.Start, n.Approx = q.Start, q.Approx
			q = n
			k++
		}
		out = append(out, q)
	}
	return out
}

// thousandsOf: q is "N nghìn" (N < 1000) and next "M <scale> …" with M a
// whole number under 1000, so q counts thousands of next's scale; it
// returns that scale (1e9 for "537 tỷ đồng"), or 0.
func thousandsOf(q, next Quantity, s string) float64 {
	n := q.Value / 1000
	if n < 1 || n >= 1000 || n != math.Trunc(n) || !strings.Contains(s[q.Start:q.End], "ngh") && !strings.Contains(s[q.Start:q.End], "ngàn") {
		return 0
	}
	i := next.Start
	for i < next.End && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == next.Start || i-next.Start > 3 || i < len(s) && (s[i] == ',' || s[i] == '.') {
		return 0
	}
	m, err := strconv.Atoi(s[next.Start:i])
	if err != nil || m == 0 {
		return 0
	}
	for _, scale := range []float64{1e6, 1e9} {
		if math.Abs(next.Value-float64(m)*scale) < 0.5 {
			return scale
		}
	}
	return 0
}

// mergeCents joins an amount and the cents after it: "2 đô la và 23 xen",
// "mười đô la năm mươi xu" (10.5 USD).
func mergeCents(qs []Quantity, s string) []Quantity {
	out := qs[:0]
	for k := 0; k < len(qs); k++ {
		q := qs[k]
		if k+1 < len(qs) && q.Kind == Money && qs[k+1].Unit == "cent" && qs[k+1].Value < 100 {
			between := strings.TrimSpace(strings.ToLower(s[q.End:qs[k+1].Start]))
			if between == "" || between == "và" {
				q.Value += qs[k+1].Value / 100
				q.End = qs[k+1].End
				k++
			}
		}
		out = append(out, q)
	}
	return out
}

type scanner struct {
	s     string
	toks  []segment.Token
	avoid []Span
}

func (sc *scanner) overlapsAvoid(a, b int) bool {
	for _, sp := range sc.avoid {
		if sp.Start >= b {
			return false
		}
		if sp.End > a {
			return true
		}
	}
	return false
}

func (sc *scanner) tok(i int) (segment.Token, bool) {
	if i < 0 || i >= len(sc.toks) {
		return segment.Token{}, false
	}
	return sc.toks[i], true
}

// at tries to read a quantity starting at token i.
func (sc *scanner) at(i int) (Quantity, int, bool) {
	t := sc.toks[i]
	switch t.Kind {
	case segment.Digit:
		return sc.digits(i, "")
	case segment.Punct:
		// a prefix currency or a sign: "$10", "€3,50", "-25", "- 1.200.000", ",77"
		n, ok := sc.tok(i + 1)
		if !ok || n.Kind != segment.Digit && n.Text != "," && n.Text != "." {
			return Quantity{}, 0, false
		}
		if code, ok := prefixCurrencies[t.Text]; ok {
			if n, ok := sc.tok(i + 1); ok && (n.Kind == segment.Digit || n.Text == "," && !n.Gap) && (!n.Gap || t.Text == "$") {
				q, next, ok := sc.digits(i+1, code)
				if ok {
					q.Start = t.Start
				}
				return q, next, ok
			}
		}
		if t.Text == "-" && sc.signPosition(i) {
			n, ok := sc.tok(i + 1)
			if ok && (n.Kind == segment.Digit || n.Text == ",") {
				q, next, ok := sc.digits(i+1, "")
				if ok {
					q.Start, q.Value = t.Start, -q.Value
				}
				return q, next, ok
			}
		}
		if t.Text == "," && t.Gap || t.Text == "," && i == 0 {
			if n, ok := sc.tok(i + 1); ok && n.Kind == segment.Digit && !n.Gap {
				return sc.digits(i, "")
			}
		}
	case segment.Word:
		if n, ok := sc.tok(i + 1); !ok || n.Kind != segment.Digit && n.Text != "$" && n.Text != "." {
			return sc.words(i) // only a prefix before digits needs the checks below
		}
		if t.Text == "âm" {
			if n, ok := sc.tok(i + 1); ok && n.Kind == segment.Digit && n.Gap {
				q, next, ok := sc.digits(i+1, "")
				if ok {
					q.Start, q.Value = t.Start, -q.Value
				}
				return q, next, ok
			}
		}
		if t.Text == "vn" {
			if d, ok := sc.tok(i + 1); ok && d.Text == "$" && !d.Gap {
				if n, ok := sc.tok(i + 2); ok && n.Kind == segment.Digit && !n.Gap {
					q, next, ok := sc.digits(i+2, "VND")
					if ok {
						q.Start = t.Start
					}
					return q, next, ok
				}
			}
		}
		if code, ok := prefixCurrencies[t.Text]; ok && t.Kind == segment.Word {
			// "Rs. 20"
			if d, ok := sc.tok(i + 1); ok && d.Text == "." && !d.Gap {
				if n, ok := sc.tok(i + 2); ok && n.Kind == segment.Digit && sc.wordStart(i) {
					q, next, ok := sc.digits(i+2, code)
					if ok {
						q.Start = t.Start
					}
					return q, next, ok
				}
			}
			if n, ok := sc.tok(i + 1); ok && n.Kind == segment.Digit && sc.wordStart(i) {
				q, next, ok := sc.digits(i+1, code)
				if ok {
					q.Start = t.Start
				}
				return q, next, ok
			}
		}
		return sc.words(i)
	}
	return Quantity{}, 0, false
}

// signPosition: a "-" is a minus sign only where no number ends just before
// it, so the dash in "7%- 8%" or "2023 - 2024" stays a dash.
func (sc *scanner) signPosition(i int) bool {
	p, ok := sc.tok(i - 1)
	if !ok {
		return true
	}
	return p.Kind == segment.Punct && p.Text != "%" && p.Text != "-" || p.Kind == segment.Word && sc.toks[i].Gap && p.Text != "từ"
}

// signed: token i follows a minus sign that stands where a sign may.
func (sc *scanner) signed(i int) bool {
	p, ok := sc.tok(i - 1)
	return ok && p.Text == "-" && sc.signPosition(i-1)
}

// wordStart: the token is not glued to a letter or digit before it
// ("BOSSWIN168" holds no number).
func (sc *scanner) wordStart(i int) bool {
	p, ok := sc.tok(i - 1)
	if !ok || sc.toks[i].Gap {
		return true
	}
	if (p.Text == "-" || p.Text == "–") && i >= 2 && (sc.toks[i-2].Kind == segment.Digit || sc.toks[i-2].Text == "%") {
		return true // the second number of a range: "7-8%"
	}
	return p.Kind == segment.Punct && !strings.Contains(".,-/_", p.Text)
}

// digits reads a numeral starting at token i (a digit run, or "," before one),
// then attached suffixes, scale words and a unit.
func (sc *scanner) digits(i int, currency string) (Quantity, int, bool) {
	if !sc.wordStart(i) && currency == "" && !sc.signed(i) {
		return Quantity{}, 0, false
	}
	start := sc.toks[i].Start
	// the literal: digit runs joined by single '.' or ',' with no space around
	j := i
	var lit strings.Builder
	if sc.toks[j].Text == "," {
		lit.WriteString(",")
		j++
	}
	for {
		t, ok := sc.tok(j)
		if !ok || t.Kind != segment.Digit || (j > i && t.Gap) {
			break
		}
		lit.WriteString(t.Text)
		j++
		sep, ok1 := sc.tok(j)
		nx, ok2 := sc.tok(j + 1)
		if ok1 && ok2 && (sep.Text == "." || sep.Text == ",") && !sep.Gap && !nx.Gap && nx.Kind == segment.Digit {
			lit.WriteString(sep.Text)
			j++
			continue
		}
		break
	}
	end := sc.toks[j-1].End
	if w, ok := sc.tok(j); ok && (w.Text == "phẩy" || w.Text == "chấm") && !strings.ContainsAny(lit.String(), ".,") {
		if d, ok := sc.tok(j + 1); ok && d.Kind == segment.Digit && d.Gap {
			lit.WriteString("," + d.Text)
			end, j = d.End, j+2
		}
	}
	mant, ok := literal(lit.String())
	if !ok {
		return Quantity{}, j, false
	}
	// a phone number: 0904177637
	if len(lit.String()) >= 9 && lit.String()[0] == '0' && !strings.ContainsAny(lit.String(), ".,") {
		return Quantity{}, j, false
	}
	// a document number or code: "06/CT-TTg", "57-NQ/TW", "168h"
	if n, ok := sc.tok(j); ok && !n.Gap && (n.Text == "/" || n.Text == "-") {
		if n2, ok := sc.tok(j + 1); ok && n2.Kind == segment.Word && !n2.Gap && strings.ToUpper(sc.s[n2.Start:n2.Start+1]) == sc.s[n2.Start:n2.Start+1] && n2.Text != "đ" {
			return Quantity{}, j + 2, false
		}
	}
	q := Quantity{Start: start, Kind: Plain, Unit: currency}
	if currency != "" {
		q.Kind = Money
	}
	exp := 0
	// "5G": one digit and a G is a mobile network, not five billion
	code := len(lit.String()) == 1
	// attached suffixes: "10k", "1,2M", "3000K", "1tr5", "2t3", "18%", "10$", "50.000đ"
	if n, ok := sc.tok(j); ok && !n.Gap {
		orig := sc.s[n.Start:n.End]
		switch {
		case n.Text == "%":
			q.Kind, q.Unit, end, j = Percent, "%", n.End, j+1
		case code && orig == "G":
			return Quantity{}, j + 1, false
		case n.Kind == segment.Word && (orig == "k" || orig == "K") && sc.boundary(j+1):
			exp, end, j = 3, n.End, j+1
		case n.Kind == segment.Word && orig == "M" && sc.boundary(j+1):
			exp, end, j = 6, n.End, j+1
		case n.Kind == segment.Word && orig == "G" && sc.boundary(j+1):
			exp, end, j = 9, n.End, j+1
		case n.Kind == segment.Word && (n.Text == "tr" || n.Text == "t") && sc.glued(j+1, segment.Digit):
			// "1tr5" is 1.5 triệu, "2t3" is 2.3 tỷ
			d := sc.toks[j+1]
			mant = mant + "." + d.Text
			if strings.Contains(mant, ".") && strings.Count(mant, ".") > 1 {
				return Quantity{}, j + 2, false
			}
			exp = 6
			if n.Text == "t" {
				exp = 9
			}
			q.Scaled, end, j = true, d.End, j+2
		case n.Kind == segment.Word && n.Text == "tr" && sc.boundary(j+1):
			exp, q.Scaled, end, j = 6, true, n.End, j+1
		case n.Kind == segment.Word && !sc.isUnitAt(j):
			return Quantity{}, j + 1, false // "5G", "168bet": a code, not a number
		}
	}
	// scale words: "524,1 nghìn tỷ", "18 vạn" (not after a per cent, nor the
	// first syllable of another word: "chiếm 8,59% tỷ trọng", "5 tỷ lệ")
	for q.Kind != Percent {
		n, ok := sc.tok(j)
		if !ok || n.Kind != segment.Word {
			break
		}
		e, ok := scaleWords[n.Text]
		if !ok {
			break
		}
		if next, ok := sc.tok(j + 1); ok && n.Text == "tỷ" && notScale[next.Text] {
			break
		}
		exp += e
		q.Scaled, end, j = true, n.End, j+1
	}
	// a table's abbreviated million: "2.304,3 Tr.USD", "78.013 tr.đồng"
	if n, ok := sc.tok(j); ok && q.Kind != Percent && !q.Scaled && n.Text == "tr" {
		if dot, ok := sc.tok(j + 1); ok && dot.Text == "." && !dot.Gap {
			if cur, ok := sc.tok(j + 2); ok && !cur.Gap && unitStarts[cur.Text] {
				exp += 6
				q.Scaled, end, j = true, dot.End, j+2
			}
		}
	}
	// "một triệu rưỡi" style half after a scale word
	if q.Scaled {
		if n, ok := sc.tok(j); ok && n.Text == "rưỡi" {
			mant = addHalf(mant)
			end, j = n.End, j+1
		}
	}
	q.Value = parse(mant, exp)
	if q.Kind != Percent {
		j, end = sc.unit(&q, j, end)
	}
	if q.Unit == "cent" || q.Kind == Money {
		j, end = sc.cents(&q, j, end)
	}
	// "25/28 tỉnh": a count of a whole
	if q.Kind == Plain && !q.Scaled {
		if sl, ok := sc.tok(j); ok && sl.Text == "/" && !sl.Gap {
			if d, ok := sc.tok(j + 1); ok && d.Kind == segment.Digit && !d.Gap && sc.boundary(j+2) {
				if whole, ok := literal(d.Text); ok {
					q.Of = parse(whole, 0)
					end, j = d.End, j+2
				}
			}
		}
	}
	q.End = end
	return q, j, true
}

// notScale are the syllables after which "tỷ" is no billion: "tỷ trọng"
// (share), "tỷ lệ" (rate), "tỷ giá" (exchange rate), "tỷ suất" (ratio).
var notScale = map[string]bool{"trọng": true, "lệ": true, "giá": true, "suất": true}

// boundary: token i does not continue the word before it.
func (sc *scanner) boundary(i int) bool {
	t, ok := sc.tok(i)
	return !ok || t.Gap || t.Kind == segment.Punct
}

func (sc *scanner) glued(i int, k segment.Kind) bool {
	t, ok := sc.tok(i)
	return ok && !t.Gap && t.Kind == k
}

// unit reads what follows a number: %, điểm phần trăm, a currency, a measure.
func (sc *scanner) unit(q *Quantity, j, end int) (int, int) {
	n, ok := sc.tok(j)
	if !ok || !unitStarts[n.Text] {
		return j, end
	}
	if n.Text == "%" {
		q.Kind, q.Unit = Percent, "%"
		return j + 1, n.End
	}
	if k, e := sc.phrase(j, "điểm phần trăm"); k > 0 {
		q.Kind, q.Unit = Points, "pp"
		return j + k, e
	}
	if k, e := sc.phrase(j, "điểm %"); k > 0 {
		q.Kind, q.Unit = Points, "pp"
		return j + k, e
	}
	if k, e := sc.phrase(j, "phần trăm"); k > 0 {
		q.Kind, q.Unit = Percent, "%"
		return j + k, e
	}
	if q.Unit != "" { // a prefix currency already named it
		return j, end
	}
	for _, c := range currencies {
		if k, e := sc.phrase(j, c.words); k > 0 {
			q.Kind, q.Unit = Money, c.code
			if c.code == "cent" {
				q.Kind = Plain
			}
			return j + k, e
		}
	}
	for _, m := range measures {
		if k, e := sc.phrase(j, m); k > 0 {
			if m == "lần" {
				if t, ok := sc.tok(j + 1); ok && t.Text == "lượt" {
					break // "năm 2011 và 2012 lần lượt tăng …": "respectively", no multiple
				}
			}
			q.Unit = m
			return j + k, e
		}
	}
	return j, end
}

// isUnitAt: a word glued to digits that is a unit ("50.000đ", "175cm", "10$").
func (sc *scanner) isUnitAt(j int) bool {
	if t, ok := sc.tok(j); !ok || !unitStarts[t.Text] {
		return false
	}
	for _, c := range currencies {
		if k, _ := sc.phrase(j, c.words); k > 0 {
			return true
		}
	}
	for _, m := range measures {
		if k, _ := sc.phrase(j, m); k > 0 {
			return true
		}
	}
	return false
}

// cents reads Duckling's "hai đô 23" (2.23): a one- or two-digit number right
// after a currency word that ends the text.
func (sc *scanner) cents(q *Quantity, j, end int) (int, int) {
	n, ok := sc.tok(j)
	if !ok || n.Kind != segment.Digit || len(n.Text) > 2 || !n.Gap || j+1 != len(sc.toks) {
		return j, end
	}
	c, _ := strconv.Atoi(n.Text)
	if q.Value < 0 {
		q.Value -= float64(c) / 100
	} else {
		q.Value += float64(c) / 100
	}
	return j + 1, n.End
}

// tokenized holds the tokens of every unit phrase, made once.
var tokenized = func() map[string][]segment.Token {
	m := map[string][]segment.Token{}
	for _, c := range currencies {
		m[c.words] = segment.Tokens(c.words)
	}
	for _, u := range measures {
		m[u] = segment.Tokens(u)
	}
	// "%" apart from its number too: "tăng 7,96 %", as machine-translated and French-styled pages print it
	for _, p := range []string{"điểm phần trăm", "điểm %", "phần trăm", "%"} {
		m[p] = segment.Tokens(p)
	}
	return m
}()

// unitStarts holds the first token of every unit phrase: most words are not
// one, and need no further look.
var unitStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, toks := range tokenized {
		m[toks[0].Text] = true
	}
	return m
}()

// phrase matches the words (and symbols) of p at token j, case-folded, and
// returns how many tokens matched and where the match ends.
func (sc *scanner) phrase(j int, p string) (int, int) {
	ptoks, ok := tokenized[p]
	if !ok {
		ptoks = segment.Tokens(p)
	}
	if j >= len(sc.toks) || len(ptoks) == 0 || sc.toks[j].Text != ptoks[0].Text {
		return 0, 0
	}
	if j+len(ptoks) > len(sc.toks) {
		return 0, 0
	}
	for k, pt := range ptoks {
		t := sc.toks[j+k]
		if t.Text != pt.Text || k > 0 && t.Gap != pt.Gap {
			return 0, 0
		}
	}
	last := j + len(ptoks) - 1
	// the phrase must end at a word boundary: "đồng" is not "đồng bằng"'s start
	if nt, ok := sc.tok(last + 1); ok && !nt.Gap && nt.Kind == segment.Word && sc.toks[last].Kind == segment.Word {
		return 0, 0
	}
	// a one-letter unit after a space ("5 m", "10 đ") is a unit only before
	// punctuation or the end: "5 m chiều dài" is, "3 v …" is not
	if utf8.RuneCountInString(p) == 1 && sc.toks[j].Gap {
		if nt, ok := sc.tok(last + 1); ok && nt.Kind == segment.Word {
			return 0, 0
		}
	}
	return len(ptoks), sc.toks[last].End
}

// approxBefore returns "gần", "hơn", "khoảng"… just before token i.
func (sc *scanner) approxBefore(i int) string {
	for i > 0 && sc.toks[i-1].Kind == segment.Punct && (sc.toks[i-1].Text == "$" || sc.toks[i-1].Text == "-") {
		i--
	}
	if p, ok := sc.tok(i - 1); ok && p.Kind == segment.Word {
		if pp, ok := sc.tok(i - 2); ok && pp.Kind == segment.Word && approxWords[pp.Text+" "+p.Text] {
			return pp.Text + " " + p.Text
		}
		if approxWords[p.Text] {
			return p.Text
		}
	}
	return ""
}

// rangeUnits gives the first number of a range its partner's unit:
// "7%- 8%" has both; "7-8%" and "từ 7 đến 8%" give 7 the "%" of 8.
func rangeUnits(qs []Quantity, s string) {
	for k := 0; k+1 < len(qs); k++ {
		a, b := &qs[k], &qs[k+1]
		if a.Unit != "" || b.Unit == "" || a.Scaled || a.Of != 0 {
			continue
		}
		between := strings.TrimSpace(strings.ToLower(s[a.End:b.Start]))
		if between == "-" || between == "–" || between == "đến" || between == "tới" || between == "—" {
			a.Kind, a.Unit = b.Kind, b.Unit
			if b.Scaled && !a.Scaled {
				// "2-3 tỷ USD": the scale belongs to both
				a.Value *= scaleOf(s[b.Start:b.End])
				a.Scaled = true
			}
		}
	}
}

// scaleOf recovers the factor the scale words in text applied.
func scaleOf(text string) float64 {
	low := normalize.Lower(text)
	f := 1.0
	for _, w := range strings.Fields(low) {
		if e, ok := scaleWords[w]; ok {
			f *= math.Pow10(e)
		}
	}
	return f
}

// literal turns a printed numeral into a Go decimal string, or reports that it
// cannot be one. "1.055.400" → "1055400", "18,3" → "18.3", "1,234,567" →
// "1234567", "1.25" → "1.25", ",77" → "0.77", "1.2.3" → false.
func literal(s string) (string, bool) {
	if strings.HasPrefix(s, ",") {
		s = "0" + s
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots == 0 && commas == 0:
		return s, true
	case dots == 0 && commas == 1:
		return strings.Replace(s, ",", ".", 1), true
	case commas == 0 && dots == 1:
		parts := strings.Split(s, ".")
		if len(parts[1]) == 3 { // "1.404" is a thousand four hundred and four
			return parts[0] + parts[1], true
		}
		return s, true
	case commas <= 1 && grouped(strings.SplitN(s, ",", 2)[0], "."):
		// Vietnamese: "1.055.400" or "10.000,50"
		return strings.Replace(strings.ReplaceAll(s, ".", ""), ",", ".", 1), true
	case dots <= 1 && grouped(strings.SplitN(s, ".", 2)[0], ","):
		// English: "1,234,567" or "1,234.5"
		return strings.ReplaceAll(s, ",", ""), true
	}
	return "", false
}

// grouped: s is digits in groups of three after the first, split by sep.
func grouped(s, sep string) bool {
	parts := strings.Split(s, sep)
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// parse reads mant×10^exp exactly, through one ParseFloat. A numeral past
// float range ("1" and 400 zeros) gives +Inf, which inRange refuses; it used
// to give 0, a wrong value that looked like a figure.
func parse(mant string, exp int) float64 {
	v, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(exp), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return math.Inf(1)
	}
	return v
}

// addHalf adds 0.5 to a decimal string.
func addHalf(mant string) string {
	v, err := strconv.ParseFloat(mant, 64)
	if err != nil {
		return mant
	}
	return strconv.FormatFloat(v+0.5, 'f', -1, 64)
}
