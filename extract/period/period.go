// Package period finds the reporting periods and calendar dates a text
// names and writes them the way the contract does: "tháng 1/2024" → 2024-01,
// "quý I/2024" → 2024-Q1, "6 tháng đầu năm 2024" → 2024-H1, "2 tháng đầu năm"
// → 2024-01..2024-02, "năm 2024" → 2024; "23/02/2024 00:02" → a date.
//
// A period without a year ("tháng 2", "quý I") takes the year last named
// before it, or failing that the reference year (the article's date).
package period

import (
	"fmt"
	"strconv"
	"strings"

	"chiso/extract/normalize"
	"chiso/extract/segment"
)

// Kind says what a mention is.
type Kind uint8

const (
	Period     Kind = iota // a reporting period
	Date                   // a calendar day, perhaps with a time
	SameTime               // "cùng kỳ năm 2023": the current period, in that year (Year 0: the year before)
	RestOfYear             // "các tháng tiếp theo", "các tháng còn lại": after the current period
	PartMonth              // "nửa đầu tháng 11": part of a month, which no period string holds
)

// Mention is one period or date in a text, with byte offsets into it.
type Mention struct {
	Start, End int
	Kind       Kind
	Period     string // contract form, for Period; the year for SameTime
	Date       string // YYYY-MM-DD, or YYYY-MM-DDThh:mm, for Date
	Year       int    // the year named or inferred
	Compared   bool   // follows "so với": what the number is compared with, not its period
	// Explicit: the year is printed ("tháng 9/2024", "năm 2023") or relative
	// to the dateline ("năm nay", "năm ngoái"); false when it was inferred.
	Explicit bool
	// ThisMonth: "trong tháng", "tháng này" — the month the article reports
	// on, which only the document knows; Period is empty.
	ThisMonth bool
	// ToDate: "từ đầu năm đến nay" — January to the dateline's month, which
	// the document may correct: a report on October dated 11 November.
	ToDate bool
}

// Ref is what a period without a year is resolved against.
type Ref struct {
	// Year and Month of the dateline (0: undated). A bare month later than
	// the dateline's month is the year before, as news is read: "tháng 12"
	// in an article dated 10/01/2024 is 2023-12.
	Year, Month int
	// TextYear is the year the text itself is talking about (named in the
	// headline or an earlier sentence); it wins over the dateline's year.
	TextYear int
}

// FindAll returns the periods and dates in s in text order. refYear is the
// year a bare "tháng 2" falls in when the text has not named one (0: unknown).
func FindAll(s string, refYear int) []Mention {
	return FindTokens(segment.Tokens(normalize.Lower(s)), refYear)
}

// FindTokens is FindAll over toks, the tokens of normalize.Lower(s).
func FindTokens(toks []segment.Token, refYear int) []Mention {
	return FindRef(toks, Ref{Year: refYear})
}

// FindRef is FindTokens with a full reference: the dateline's month and the
// year the text has been talking about.
func FindRef(toks []segment.Token, ref Ref) []Mention {
	p := parser{toks: toks, ref: ref, year: ref.TextYear}
	if p.year == 0 {
		p.year = ref.Year
		p.anchor = ref.Month
	}
	if p.year == 0 {
		p.year = p.firstYear()
	}
	var out []Mention
	for i := 0; i < len(p.toks); {
		m, next, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		m.Compared = p.compared(i) || p.yearSpan(m, next)
		if m.Year != 0 && m.Kind != SameTime && !m.Compared {
			p.year, p.anchor = m.Year, 0
		}
		out = append(out, m)
		i = next
	}
	return out
}

type parser struct {
	toks   []segment.Token
	ref    Ref
	year   int // the year a bare period falls in
	anchor int // the dateline's month while year is the dateline's own, else 0
}

// bareYear is the year of a period whose year is not printed, ending in
// month last (1..12): the year in force, or the one before when the year in
// force is the dateline's and the period ends after the dateline's month.
func (p *parser) bareYear(last int) int {
	if p.anchor > 0 && last > p.anchor && p.year == p.ref.Year {
		return p.year - 1
	}
	return p.year
}

func (p *parser) tok(i int) segment.Token {
	if i < 0 || i >= len(p.toks) {
		return segment.Token{}
	}
	return p.toks[i]
}

// word reports whether tokens from i spell the words of w (at most three).
func (p *parser) word(i int, w string) (int, bool) {
	n := 0
	for len(w) > 0 {
		f := w
		if sp := strings.IndexByte(w, ' '); sp >= 0 {
			f, w = w[:sp], w[sp+1:]
		} else {
			w = ""
		}
		if p.tok(i+n).Text != f {
			return 0, false
		}
		n++
	}
	return n, true
}

func (p *parser) firstYear() int {
	for i, t := range p.toks {
		if y, ok := yearOf(t); ok && (p.tok(i-1).Text == "năm" || p.tok(i-1).Text == "/") && !p.comparedYear(i) {
			return y
		}
	}
	return 0
}

func yearOf(t segment.Token) (int, bool) {
	if t.Kind != segment.Digit || len(t.Text) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(t.Text)
	return y, y >= 1900 && y <= 2100
}

// number reads a small count in digits or words at i: "2", "hai", "mười hai".
func (p *parser) number(i int) (int, int, bool) {
	t := p.tok(i)
	if t.Kind == segment.Digit {
		n, err := strconv.Atoi(t.Text)
		return n, 1, err == nil && len(t.Text) <= 2
	}
	if t.Text == "mười" {
		if d, ok := units[p.tok(i+1).Text]; ok && d > 0 {
			return 10 + d, 2, true
		}
		return 10, 1, true
	}
	if d, ok := units[t.Text]; ok && d > 0 {
		return d, 1, true
	}
	return 0, 0, false
}

// opensPeriod are the words a case of parser.at starts with (with digits):
// keep it in step with the cases there.
var opensPeriod = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("tháng trong quý quí qúy qúi nửa cả năm đến tới từ cùng các những ngày sáng chiều tối trưa hôm hết lũy cộng") {
		m[w] = true
	}
	for w := range units {
		m[w] = true
	}
	return m
}()

var units = map[string]int{"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// monthNames are the spelled months: "tháng Một", "tháng Giêng", "tháng Chạp".
var monthNames = map[string]int{
	"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
	"tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}

var quarters = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// quarterWord is "quý" as pages spell it, the tone misplaced too ("Qúy I/2024").
var quarterWord = map[string]bool{"quý": true, "quí": true, "qúy": true, "qúi": true}

// acronyms name a measure a year may follow with no "năm": "GRDP 2024".
var acronyms = map[string]bool{"gdp": true, "grdp": true, "cpi": true, "iip": true, "fdi": true, "pci": true}

// decimalAfter: the figure at i goes on past a comma or a point ("2023,5"),
// so it is no year.
func (p *parser) decimalAfter(i int) bool {
	n := p.tok(i + 1)
	return (n.Text == "," || n.Text == ".") && !n.Gap && p.tok(i+2).Kind == segment.Digit && !p.tok(i+2).Gap
}

// yearAfter reads "/2024", "-2024", "năm 2024", "của năm 2024" or " 2024" at
// i: "quý I của năm 2024" is that quarter, not the year after a bare one.
func (p *parser) yearAfter(i int) (int, int) {
	t := p.tok(i)
	if t.Text == "của" && p.tok(i+1).Text == "năm" {
		if y, k := p.yearAfter(i + 1); k > 0 {
			return y, k + 1
		}
	}
	if (t.Text == "/" || t.Text == "-") && !t.Gap {
		if y, ok := yearOf(p.tok(i + 1)); ok && !p.tok(i+1).Gap {
			return y, 2
		}
	}
	if t.Text == "năm" {
		if y, ok := yearOf(p.tok(i + 1)); ok {
			return y, 2
		}
		if y := p.relativeYear(i + 1); y != 0 {
			return y, 2
		}
	}
	if y, ok := yearOf(t); ok && t.Gap {
		return y, 1
	}
	if p.tok(i-1).Text == "năm" {
		// "nửa đầu năm nay", "6 tháng đầu năm ngoái": the year word after "đầu năm"
		if y := p.relativeYear(i); y != 0 {
			return y, 1
		}
	}
	return 0, 0
}

// dayPart: words between "đến" and "ngày" in a cut-off: "đến hết ngày", "đến trưa ngày".
var dayPart = map[string]bool{"hết": true, "sáng": true, "trưa": true, "chiều": true, "tối": true, "cuối": true}

// sameTimeVerbs follow a bare "cùng kỳ" that is a subject: "cùng kỳ đạt …".
var sameTimeVerbs = map[string]bool{"đạt": true, "tăng": true, "giảm": true, "là": true, "chỉ": true, "ước": true, "thu": true}

// plural words before "năm" make it years, not a year: "các năm trước".
var plural = map[string]bool{"các": true, "những": true, "nhiều": true, "mấy": true}

// shortRun is the token after "11T/2025" or "9T2025" starting at token i (a
// month count 1–12, "t" right after it, the year after a slash or glued),
// or 0.
func (p *parser) shortRun(i int) int {
	if n, err := strconv.Atoi(p.tok(i).Text); err != nil || n < 1 || n > 12 {
		return 0
	}
	j := i + 2
	if p.tok(j).Text == "/" {
		j++
	}
	if _, ok := yearOf(p.tok(j)); ok && p.tok(j).Start == p.tok(j-1).End {
		return j + 1
	}
	return 0
}

// relativeYear reads the word after "năm" that names a year by the
// dateline: "nay" (this year), "ngoái" or "trước" (last year).
func (p *parser) relativeYear(i int) int {
	if p.ref.Year == 0 {
		return 0
	}
	switch p.tok(i).Text {
	case "nay":
		return p.ref.Year
	case "ngoái", "trước":
		return p.ref.Year - 1
	}
	return 0
}

func (p *parser) at(i int) (Mention, int, bool) {
	t := p.tok(i)
	if t.Kind != segment.Digit && !opensPeriod[t.Text] {
		return Mention{}, 0, false // most words open no period: one look-up, not the cases below
	}
	start := t.Start
	upTo := t.Text == "đến" || t.Text == "tới" || // "đến ngày 29/6", "tới hết tháng 9"
		t.Text == "hết" && p.tok(i-1).Text == "tính" && p.tok(i+1).Text == "ngày" // "tính hết ngày 31.12.2025"
	mk := func(kind Kind, period string, year, next int) (Mention, int, bool) {
		return Mention{Start: start, End: p.toks[next-1].End, Kind: kind, Period: period, Year: year}, next, true
	}
	switch {
	case t.Kind == segment.Digit && p.tok(i+1).Text == "t" && p.tok(i+1).Start == t.End && p.shortRun(i) > 0:
		// the markets' short form of a run of months: "Lũy kế 11T/2025", "9T2025"
		n, _ := strconv.Atoi(t.Text)
		y, _ := yearOf(p.tok(p.shortRun(i) - 1))
		m, next, ok := mk(Period, Run(y, 1, n), y, p.shortRun(i))
		m.Explicit = true
		return m, next, ok
	case t.Text == "trong" && p.tok(i+1).Text == "tháng" && p.tok(i+2).Text == "trước" && p.tok(i+3).Text != "đó" && p.ref.Month > 0 && p.ref.Year > 0:
		// "Kim ngạch xuất khẩu … trong tháng trước đạt gần 4,3 tỷ USD", dated 18
		// November: October, the month before the dateline's (not "so với tháng
		// trước", a comparison, nor "trong tháng trước đó", before another)
		prev := PrevMonth(fmt.Sprintf("%d-%02d", p.ref.Year, p.ref.Month))
		y, _ := strconv.Atoi(prev[:4])
		m, next, ok := mk(Period, prev, y, i+3)
		m.Explicit = true
		return m, next, ok
	case t.Text == "tháng" && (p.tok(i+1).Text == "này" || p.tok(i+1).Text == "qua") && p.tok(i-1).Kind != segment.Digit && units[p.tok(i-1).Text] == 0,
		t.Text == "trong" && p.tok(i+1).Text == "tháng" && !p.monthFollows(i+2) && p.tok(i+2).Kind != segment.Digit:
		// "Kim ngạch xuất khẩu trong tháng ước đạt …": the report's month
		end := i + 2
		if t.Text == "trong" && (p.tok(i+2).Text == "này" || p.tok(i+2).Text == "qua") {
			end++
		}
		return Mention{Start: start, End: p.toks[end-1].End, Kind: Period, ThisMonth: true}, end, true
	case (t.Text == "lũy" && p.tok(i+1).Text == "kế" || t.Text == "cộng" && p.tok(i+1).Text == "dồn") && (!opensPeriod[p.tok(i+2).Text] && p.tok(i+2).Kind != segment.Digit || p.toNow(i+2) > 0):
		// a bare "Lũy kế ước đạt 10.695,5 tỷ đồng" after "tháng 11": January to
		// the month in hand (not "lũy kế 11 tháng", read as the months it names);
		// "lũy kế đến nay" says the same
		if p.ref.Month == 0 || p.ref.Year == 0 {
			return Mention{}, 0, false
		}
		end := i + 2 + p.toNow(i+2)
		return Mention{Start: start, End: p.tok(end - 1).End, Kind: Period, Period: Run(p.ref.Year, 1, p.ref.Month), Year: p.ref.Year, Explicit: true, ToDate: true}, end, true
	case t.Text == "tháng" && p.tok(i+1).Kind == segment.Digit && p.tok(i+2).Text == "tháng":
		return Mention{}, 0, false // "tháng 6 tháng tăng 9,3%" (a word doubled in the copy): "6 tháng" is read next
	case t.Text == "tháng":
		return p.month(i)
	case quarterWord[t.Text]:
		q, ok := quarters[p.tok(i+1).Text]
		n := 2
		if w, first := p.word(i+1, "đầu tiên"); first {
			q, ok, n = 1, true, 1+w // "quý đầu tiên của năm"
		} else if w, first := p.word(i+1, "đầu năm"); first {
			q, ok, n = 1, true, 1+w
		}
		if !ok {
			return Mention{}, 0, false
		}
		y, k := p.yearAfter(i + n)
		if y == 0 {
			y = p.bareYear(q * 3)
		}
		if y == 0 {
			return Mention{}, 0, false
		}
		m, next, ok := mk(Period, fmt.Sprintf("%d-Q%d", y, q), y, i+n+k)
		m.Explicit = k > 0
		return m, next, ok
	case t.Text == "nửa" && (p.tok(i+1).Text == "đầu" || p.tok(i+1).Text == "cuối") && p.tok(i+2).Text == "tháng" && p.tok(i+3).Kind == segment.Digit:
		// "trong nửa đầu tháng 11/2025, kim ngạch …": half a month
		end := i + 4
		for end < len(p.toks) && (p.tok(end).Text == "/" || p.tok(end).Kind == segment.Digit) && end < i+7 {
			end++
		}
		return Mention{Start: start, End: p.tok(end - 1).End, Kind: PartMonth}, end, true
	case t.Text == "nửa":
		half := 0
		if n, ok := p.word(i+1, "chặng đường"); ok {
			i += n // "nửa chặng đường đầu năm 2025": the first half
		}
		if n, ok := p.word(i+1, "đầu năm"); ok {
			half = 1
			i += n
		} else if n, ok := p.word(i+1, "cuối năm"); ok {
			half = 2
			i += n
		} else if n, ok := p.word(i+1, "năm"); ok && p.tok(i+2).Kind == segment.Digit {
			half = 1 // "nửa năm 2024"
			i += n - 1
		}
		if half == 0 {
			return Mention{}, 0, false
		}
		y, k := p.yearAfter(i + 1)
		if y == 0 {
			y = p.bareYear(half * 6)
		}
		if y == 0 {
			return Mention{}, 0, false
		}
		m, next, ok := mk(Period, fmt.Sprintf("%d-H%d", y, half), y, i+1+k)
		m.Explicit = k > 0
		return m, next, ok
	case t.Text == "cả" && p.tok(i+1).Text == "năm":
		y, k := p.yearAfter(i + 2)
		if y == 0 {
			y = p.bareYear(12) // "Cả năm, …" in a January article is the year just ended
		}
		if y == 0 {
			return Mention{}, 0, false
		}
		m, next, ok := mk(Period, strconv.Itoa(y), y, i+2+k)
		m.Explicit = k > 0
		return m, next, ok
	case t.Text == "năm":
		if y, ok := yearOf(p.tok(i + 1)); ok {
			m, next, ok := mk(Period, strconv.Itoa(y), y, i+2)
			m.Explicit = true
			return m, next, ok
		}
		// "năm nay", "Năm ngoái, …", but not "so với năm trước" (a basis)
		// nor "cùng kỳ năm trước" (read with cùng kỳ)
		// nor "dự án cấp phép từ các năm trước" (years before, many of them)
		if y := p.relativeYear(i + 1); y != 0 && !plural[p.tok(i-1).Text] && p.tok(i-1).Text != "với" && p.tok(i-1).Text != "so" {
			m, next, ok := mk(Period, strconv.Itoa(y), y, i+2)
			m.Explicit = true
			return m, next, ok
		}
		if p.tok(i+1).Text == "qua" && p.tok(i-1).Kind != segment.Digit && !plural[p.tok(i-1).Text] && p.ref.Year > 0 && p.ref.Month >= 1 && p.ref.Month <= 2 {
			// "các lĩnh vực … tăng cao trong năm qua" dated January 2026: the
			// year just ended (later in a year "năm qua" may be the last twelve
			// months; "5 năm qua" is years)
			y := p.ref.Year - 1
			m, next, ok := mk(Period, strconv.Itoa(y), y, i+2)
			m.Explicit = true
			return m, next, ok
		}
	case upTo && p.tok(i+1).Text == "nay" && p.ref.Month > 0 && !p.sinceBefore(i):
		// "đến nay toàn tỉnh đã giải ngân được hơn 9.549 tỷ đồng": from January to the dateline
		return Mention{Start: start, End: p.tok(i + 1).End, Kind: Period, Period: Run(p.ref.Year, 1, p.ref.Month), Year: p.ref.Year, Explicit: true}, i + 2, true
	case t.Text == "từ" && p.tok(i+1).Text == "đầu" && p.tok(i+2).Text == "năm":
		return p.sinceNewYear(i)
	case t.Text == "từ" && p.tok(i+1).Text == "tháng" && p.tok(i+2).Kind == segment.Digit:
		// "Từ tháng 1 đến tháng 9, Ninh Bình đón …": a run of months
		if m, ok := p.monthSpan(i); ok {
			return m, p.tokenAfter(m.End), true
		}
	case upTo && (p.tok(i+1).Text == "ngày" && p.tok(i+2).Kind == segment.Digit || dayPart[p.tok(i+1).Text] && p.tok(i+2).Text == "ngày" && p.tok(i+3).Kind == segment.Digit ||
		p.tok(i-1).Text == "tính" && p.tok(i+1).Kind == segment.Digit && p.tok(i+2).Text == "/"):
		// "Tổng thu ngân sách nhà nước đến ngày 29/6/2025 đạt …": months 1 to 6;
		// "Tính đến hết ngày 16/9, toàn tỉnh thu NSNN …": months 1 to 9;
		// "Tính đến trưa ngày 28/12, Lào Cai thu …": the whole year;
		// "Tính đến 23/10/2025, giải ngân …" (no "ngày"): months 1 to 10
		day := i + 2
		if dayPart[p.tok(i+1).Text] {
			day = i + 3
		} else if p.tok(i+1).Kind == segment.Digit {
			day = i + 1
		}
		d, next, ok := p.dayMonth(day, true)
		if !ok || len(d.Date) < 10 {
			return Mention{}, 0, false
		}
		mm, _ := strconv.Atoi(d.Date[5:7])
		if dd, _ := strconv.Atoi(d.Date[8:10]); dd <= 5 && mm > 1 {
			mm-- // "Tổng thu ngân sách đến ngày 2/10/2025 đạt …": the nine months' books
		}
		return Mention{Start: start, End: d.End, Kind: Period, Period: Run(d.Year, 1, mm), Year: d.Year, Explicit: true}, next, true
	case upTo && p.tok(i+1).Text == "giữa" && p.tok(i+2).Text == "tháng":
		// "Tính đến giữa tháng 12/2020, kim ngạch … đạt 515 tỉ USD": the year so far
		return p.untilMonth(i, i+2)
	case upTo && p.tok(i+1).Text == "trung" && p.tok(i+2).Text == "tuần" && p.tok(i+3).Text == "tháng":
		return p.untilMonth(i, i+3) // "tới trung tuần tháng 12": mid-December, the year so far
	case t.Text == "hết" && p.tok(i+1).Text == "tháng" && p.tok(i+2).Kind == segment.Digit && p.tok(i-1).Text != "đến" && p.tok(i-1).Text != "tới":
		// "hết tháng 2/2024, TP.HCM xuất khẩu được 6,6 tỷ USD": by the end
		// of February, so January and February
		return p.untilMonth(i, i+1)
	case upTo && (p.tok(i+1).Text == "hết" || p.tok(i+1).Text == "cuối") && p.tok(i+2).Text == "tháng":
		// "Đến hết tháng 9/2024, … đã giải ngân": months 1 to 9
		return p.untilMonth(i, i+2)
	case upTo && p.tok(i+1).Text == "tháng" && p.tok(i+2).Kind == segment.Digit && !p.sinceBefore(i) && p.tok(i-1).Text != "kéo" && p.tok(i-1).Text != "dài" && !p.trajectory(i):
		// "Kết quả nổi bật đến tháng 7/2025: GRDP ước đạt …": the year so far,
		// not July alone (but "từ tháng 6 đến tháng 7" is a span of its own)
		return p.untilMonth(i, i+1)

	case t.Text == "cùng" && (p.tok(i+1).Text == "kỳ" || p.tok(i+1).Text == "kì"):
		if n, ok := p.word(i+2, "năm"); ok {
			if y, ok := yearOf(p.tok(i + 2 + n)); ok {
				return mk(SameTime, strconv.Itoa(y), y, i+3+n)
			}
			// "(cùng kỳ năm trước tăng 0,2%)": the year before the current period's
			if w := p.tok(i + 2 + n).Text; w == "trước" || w == "ngoái" {
				return mk(SameTime, "", 0, i+3+n)
			}
		}
		if y, ok := yearOf(p.tok(i + 2)); ok && !p.decimalAfter(i+2) {
			// "cao hơn mức tăng 3,1% của cùng kỳ 2023": "năm" left out
			return mk(SameTime, strconv.Itoa(y), y, i+3)
		}
		// "(cùng kỳ đạt hơn 9.379 tỷ đồng)": the same months a year before,
		// opening an aside or a clause, not "so với cùng kỳ" (a comparison)
		if b := p.tok(i - 1).Text; (i == 0 || b == "(" || b == "," || b == ";") && sameTimeVerbs[p.tok(i+2).Text] {
			return mk(SameTime, "", 0, i+2)
		}
	case t.Text == "các" || t.Text == "những":
		for _, w := range []string{"tháng tiếp theo", "tháng còn lại", "tháng cuối năm", "quý còn lại", "quý tiếp theo"} {
			if n, ok := p.word(i+1, w); ok {
				return mk(RestOfYear, "", 0, i+1+n)
			}
		}
	case t.Kind == segment.Digit || units[t.Text] > 0:
		if m, next, ok := p.months(i); ok {
			return m, next, true
		}
		if m, next, ok := p.quarterRun(i); ok {
			return m, next, true
		}
		if y, ok := yearOf(t); ok && acronyms[p.tok(i-1).Text] && !p.decimalAfter(i) {
			// "Tỉnh có GRDP 2024 đạt 50.424 tỷ đồng": the year right after the measure's name
			return mk(Period, strconv.Itoa(y), y, i+1)
		}
		if y, ok := yearOf(t); ok && i >= 2 && p.tok(i-1).Text == "(" && p.tok(i-2).Kind == segment.Word && p.tok(i+1).Text == ")" && p.tok(i+2).Text == ":" {
			// a labelled row's year: "GRDP (2022): 120.784 tỉ đồng", "GRDP đầu người
			// (2022): 72,4 triệu đồng"
			return mk(Period, strconv.Itoa(y), y, i+1)
		}
		return p.dayMonth(i, false)
	case t.Text == "ngày" || t.Text == "sáng" || t.Text == "chiều" || t.Text == "tối" || t.Text == "trưa" || t.Text == "hôm":
		if p.tok(i+1).Kind == segment.Digit {
			m, next, ok := p.dayMonth(i+1, true)
			if ok {
				return m, next, true
			}
		}
	}
	return Mention{}, 0, false
}

// quarterRun reads "3 quý (đầu năm) (2025)" from token i, a count of
// quarters from January: "Tính chung 3 quý, công nghiệp tăng 5,07%" is
// January to September (not "quý 3", the third quarter, nor "3 quý liên
// tiếp", three quarters in a row).
func (p *parser) quarterRun(i int) (Mention, int, bool) {
	n, ok := quarters[p.tok(i).Text]
	if !ok && units[p.tok(i).Text] > 0 && units[p.tok(i).Text] <= 4 {
		n, ok = units[p.tok(i).Text], true
	}
	if !ok || n < 2 || !quarterWord[p.tok(i+1).Text] || quarters[p.tok(i+2).Text] > 0 || p.tok(i+2).Kind == segment.Digit {
		return Mention{}, 0, false
	}
	next := i + 2
	if w, ok := p.word(next, "đầu năm"); ok {
		next += w
	} else if p.tok(next).Text != "năm" && p.tok(next).Text != "," && p.tok(next).Text != "" && p.tok(i-1).Text != "chung" && p.tok(i-1).Text != "trong" && p.tok(i-1).Text != "sau" && p.tok(i-1).Text != "kế" {
		return Mention{}, 0, false // "3 quý liên tiếp", "ba quý gần đây"
	}
	y, k := p.yearAfter(next)
	if y == 0 {
		y = p.bareYear(n * 3)
	}
	if y == 0 {
		return Mention{}, 0, false
	}
	m := Mention{Start: p.tok(i).Start, End: p.tok(next + k - 1).End, Kind: Period, Period: Run(y, 1, n*3), Year: y, Explicit: k > 0}
	return m, next + k, true
}

// monthSpan reads "từ tháng A đến (hết) tháng B" from token i ("từ") as
// the run A..B of one year; false for anything else.
func (p *parser) monthSpan(i int) (Mention, bool) {
	a, j, ok := p.month(i + 1)
	if !ok || len(a.Period) != 7 || p.tok(j).Text != "đến" && p.tok(j).Text != "tới" {
		return Mention{}, false
	}
	j++
	if p.tok(j).Text == "hết" || p.tok(j).Text == "cuối" {
		j++
	}
	if p.tok(j).Text != "tháng" {
		return Mention{}, false
	}
	b, _, ok := p.month(j)
	if !ok || len(b.Period) != 7 || a.Period[:4] != b.Period[:4] {
		return Mention{}, false
	}
	first, _ := strconv.Atoi(a.Period[5:])
	last, _ := strconv.Atoi(b.Period[5:])
	if last < first {
		return Mention{}, false
	}
	return Mention{Start: p.tok(i).Start, End: b.End, Kind: Period, Period: Run(b.Year, first, last), Year: b.Year, Explicit: a.Explicit || b.Explicit}, true
}

// tokenAfter is the index of the first token starting at or after byte off.
func (p *parser) tokenAfter(off int) int {
	k := 0
	for k < len(p.toks) && p.toks[k].Start < off {
		k++
	}
	return k
}

// month reads "tháng 1/2024", "tháng 1 năm 2024", "tháng Một", "tháng 2".
func (p *parser) month(i int) (Mention, int, bool) {
	m, n := 0, 0
	t := p.tok(i + 1)
	if t.Kind == segment.Digit {
		v, err := strconv.Atoi(t.Text)
		if err != nil || v < 1 || v > 12 || len(t.Text) > 2 {
			return Mention{}, 0, false
		}
		m, n = v, 1
		if d, e := p.tok(i+2), p.tok(i+3); d.Text == "-" && !d.Gap && e.Kind == segment.Digit && !e.Gap && len(e.Text) <= 2 {
			// "trong tháng 1-10 tăng 9,4%": months 1 to 10 (not "tháng 10-2023")
			if v2, _ := strconv.Atoi(e.Text); v2 > m && v2 <= 12 {
				y, k := p.yearAfter(i + 4)
				if y == 0 {
					y = p.bareYear(v2)
				}
				if y == 0 {
					return Mention{}, 0, false
				}
				return Mention{Start: p.tok(i).Start, End: p.toks[i+3+k].End, Kind: Period, Period: Run(y, m, v2), Year: y, Explicit: k > 0}, i + 4 + k, true
			}
		}
	} else {
		if v, ok := monthNames[t.Text+" "+p.tok(i+2).Text]; ok {
			m, n = v, 2
		} else if v, ok := monthNames[t.Text]; ok {
			// "tháng năm" alone is also "months and years"; want a capital or a year after it
			m, n = v, 1
		}
		if m == 0 {
			return Mention{}, 0, false
		}
	}
	y, k := p.yearAfter(i + 1 + n)
	if y == 0 {
		if t.Kind != segment.Digit && k == 0 && (t.Text == "năm" || t.Text == "một" || t.Text == "ba") {
			return Mention{}, 0, false
		}
		y = p.bareYear(m)
	}
	if y == 0 {
		return Mention{}, 0, false
	}
	end := i + 1 + n + k
	return Mention{Start: p.tok(i).Start, End: p.toks[end-1].End, Kind: Period, Period: fmt.Sprintf("%d-%02d", y, m), Year: y, Explicit: k > 0}, end, true
}

// sinceBefore: "từ" or "kể từ" opens the phrase that "đến nay" at i closes
// ("kể từ năm 2020 đến nay"): a span, not this year's run.
func (p *parser) sinceBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if p.toks[k].Text == "từ" {
			return true
		}
		if p.toks[k].Kind == segment.Punct {
			return false
		}
	}
	return false
}

// toNow is how many tokens "đến nay" (or "tới nay") takes at i, or 0.
func (p *parser) toNow(i int) int {
	if (p.tok(i).Text == "đến" || p.tok(i).Text == "tới") && p.tok(i+1).Text == "nay" {
		return 2
	}
	return 0
}

// monthFollows: a month number or name comes at i ("trong tháng 9").
func (p *parser) monthFollows(i int) bool {
	t := p.tok(i)
	return t.Kind == segment.Digit || monthNames[t.Text] > 0 && t.Text != "năm"
}

// sinceNewYear reads "từ đầu năm (đến nay)" — months 1 to the dateline's —
// and "từ đầu năm đến hết tháng 9" — months 1 to 9.
func (p *parser) sinceNewYear(i int) (Mention, int, bool) {
	j := i + 3
	if y, k := p.yearAfter(j); k > 0 && y != 0 {
		j += k
	}
	if (p.tok(j).Text == "đến" || p.tok(j).Text == "tới") && p.tok(j+1).Text == "tháng" {
		return p.untilMonth(i, j+1)
	}
	if (p.tok(j).Text == "đến" || p.tok(j).Text == "tới") && (p.tok(j+1).Text == "hết" || p.tok(j+1).Text == "cuối") && p.tok(j+2).Text == "tháng" {
		return p.untilMonth(i, j+2)
	}
	if (p.tok(j).Text == "đến" || p.tok(j).Text == "tới") && p.tok(j+1).Kind == segment.Digit {
		// "Cộng dồn từ đầu năm đến 15/12, …": months 1 to 12
		if d, next, ok := p.dayMonth(j+1, true); ok && len(d.Date) >= 10 {
			mm, _ := strconv.Atoi(d.Date[5:7])
			run := Run(d.Year, 1, mm)
			if dd, _ := strconv.Atoi(d.Date[8:10]); mm == 12 && dd < 31 {
				// "đến 15/12": the year so far, not the whole year
				run = fmt.Sprintf("%d-01..%d-12", d.Year, d.Year)
			}
			return Mention{Start: p.tok(i).Start, End: d.End, Kind: Period, Period: run, Year: d.Year, Explicit: true}, next, true
		}
	}
	if p.ref.Month == 0 || p.ref.Year == 0 {
		return Mention{}, 0, false
	}
	end := j
	if (p.tok(j).Text == "đến" || p.tok(j).Text == "tới") && p.tok(j+1).Text == "nay" {
		end = j + 2
	}
	y := p.ref.Year
	return Mention{Start: p.tok(i).Start, End: p.toks[end-1].End, Kind: Period, Period: Run(y, 1, p.ref.Month), Year: y, Explicit: true, ToDate: true}, end, true
}

// trajectory: the "đến" at i carries a path month by month, where "đến
// tháng 6" is June itself: "CPI tháng 1 tăng cao nhất, …, sau đó giảm dần,
// đến tháng 6 chỉ còn tăng 2%, tháng 7 tăng 2,06%".
func (p *parser) trajectory(i int) bool {
	k := i - 1
	if p.tok(k).Text == "," {
		k--
	}
	return p.tok(k).Text == "dần" || p.tok(k).Text == "rồi"
}

// untilMonth reads the month at "tháng" index m as the end of a run from
// January that started at token i.
func (p *parser) untilMonth(i, m int) (Mention, int, bool) {
	mm, next, ok := p.month(m)
	if !ok || len(mm.Period) != 7 {
		return Mention{}, 0, false
	}
	last, _ := strconv.Atoi(mm.Period[5:])
	return Mention{Start: p.tok(i).Start, End: mm.End, Kind: Period, Period: Run(mm.Year, 1, last), Year: mm.Year, Explicit: mm.Explicit}, next, true
}

// months reads a run from January: "2 tháng đầu năm 2024", "6 tháng đầu
// năm" (H1), "9 tháng năm 2024", and, after "tính chung"/"lũy kế", "9 tháng".
func (p *parser) months(i int) (Mention, int, bool) {
	n, k, ok := p.number(i)
	if !ok || n < 1 || n > 12 || p.tok(i+k).Text != "tháng" {
		return Mention{}, 0, false
	}
	j := i + k + 1
	explicit := false
	if w, ok := p.word(j, "đầu năm"); ok {
		j += w
		explicit = true
	} else if w, ok := p.word(j, "cuối năm"); ok && n < 12 {
		// "6 tháng cuối năm" (H2), "ba tháng cuối năm" (Q4)
		y, k := p.yearAfter(j + w)
		if y == 0 {
			y = p.year
		}
		if y == 0 {
			return Mention{}, 0, false
		}
		return Mention{Start: p.tok(i).Start, End: p.toks[j+w+k-1].End, Kind: Period, Period: Run(y, 13-n, 12), Year: y, Explicit: k > 0}, j + w + k, true
	}
	if p.tok(j).Text == "đầu" && p.tok(j+1).Text == "của" && p.tok(j+2).Text == "năm" {
		j++ // "6 tháng đầu của năm 2024"
	}
	y, yk := p.yearAfter(j) // "Tính chung 5 tháng của năm 2024": the run of that year
	if yk > 0 {
		explicit = true
	}
	if !explicit && !p.runCue(i, j, n) {
		return Mention{}, 0, false
	}
	if y == 0 {
		y = p.bareYear(n)
	}
	if y == 0 {
		return Mention{}, 0, false
	}
	end := j + yk
	return Mention{Start: p.tok(i).Start, End: p.toks[end-1].End, Kind: Period, Period: Run(y, 1, n), Year: y, Explicit: yk > 0}, end, true
}

// runCue: "N tháng" at i (the word after it at j) is a run of months from
// January, not a length of time. A report says "Tính chung 8 tháng", "lũy
// kế 5 tháng", "Trong 8 tháng", "bình quân 9 tháng", "8 tháng qua", or opens
// a sentence or clause with it ("9 tháng, kim ngạch …"); "tăng 3 tháng liên
// tiếp", "kỳ hạn 6 tháng", "trong 3 tháng tới" are lengths.
func (p *parser) runCue(i, j, n int) bool {
	if n < 2 {
		return false
	}
	switch p.tok(j).Text {
	case "liên", "tới", "nữa", "sau", "trước", "gần", "kể", "lương", "tuổi", "thì":
		return false
	case "qua", "vừa":
		return true
	}
	switch prev := p.tok(i - 1); prev.Text {
	case "chung", "kế", "dồn", "trong", "quân", "sau", "":
		return prev.Text != "" || i == 0
	case ",", ";", "(", ":":
		return true
	case "hạn", "kỳ", "mất", "khoảng", "gần", "hơn", "trên", "dưới", "vòng", "từng", "mỗi", "cách", "tăng", "giảm", "trước", "tới", "vào", "đến", "được", "có", "dài", "chừng", "ít", "nhất", "hàng":
		return false
	}
	// "Kim ngạch xuất khẩu 7 tháng của tỉnh", "GRDP 9 tháng ước tăng …",
	// "kim ngạch xuất khẩu 10 tháng cao nhất": a measure's run
	return p.tok(i-1).Kind == segment.Word || p.tok(i-1).Text == ")"
}

// Run writes months first..last of year y in the contract's form, using the
// named spans where they fit: 1..3 is 2024-Q1, 1..6 is 2024-H1, 1..12 is 2024.
func Run(y, first, last int) string {
	switch {
	case first == last:
		return fmt.Sprintf("%d-%02d", y, first)
	case first == 1 && last == 12:
		return strconv.Itoa(y)
	case first == 1 && last == 6:
		return fmt.Sprintf("%d-H1", y)
	case first == 7 && last == 12:
		return fmt.Sprintf("%d-H2", y)
	case last-first == 2 && first%3 == 1:
		return fmt.Sprintf("%d-Q%d", y, first/3+1)
	}
	return fmt.Sprintf("%d-%02d..%d-%02d", y, first, y, last)
}

// dayMonth reads d/m[/yyyy] at i — "23/02/2024", "23/02/2024 00:02",
// "5/1/2024", "23-02-2024"; without a year it needs a cue word before it
// ("ngày 17/5"), since "25/28 tỉnh" is a count.
func (p *parser) dayMonth(i int, cued bool) (Mention, int, bool) {
	d, m := p.tok(i), p.tok(i+2)
	sep := p.tok(i + 1)
	if d.Kind != segment.Digit || m.Kind != segment.Digit || (sep.Text != "/" && sep.Text != "-" && sep.Text != ".") || sep.Gap || m.Gap {
		return Mention{}, 0, false
	}
	dd, _ := strconv.Atoi(d.Text)
	mm, _ := strconv.Atoi(m.Text)
	if dd < 1 || dd > 31 || mm < 1 || mm > 12 || len(d.Text) > 2 || len(m.Text) > 2 {
		return Mention{}, 0, false
	}
	end := i + 3
	y := 0
	if s2 := p.tok(i + 3); s2.Text == sep.Text && !s2.Gap {
		if yy, ok := yearOf(p.tok(i + 4)); ok && !p.tok(i+4).Gap {
			y, end = yy, i+5
		}
	}
	if y == 0 {
		if !cued || sep.Text == "." {
			return Mention{}, 0, false
		}
		y = p.year
		if y == 0 {
			return Mention{}, 0, false
		}
	}
	if dd > daysIn(y, mm) {
		return Mention{}, 0, false
	}
	date := fmt.Sprintf("%04d-%02d-%02d", y, mm, dd)
	// a clock time after it: "23/02/2024 00:02", "22/02/2024 - 10:30", "| 22:34"
	k := end
	for p.tok(k).Text == "-" || p.tok(k).Text == "|" || p.tok(k).Text == "," || p.tok(k).Text == "lúc" {
		k++
	}
	if h, c, mi := p.tok(k), p.tok(k+1), p.tok(k+2); h.Kind == segment.Digit && c.Text == ":" && mi.Kind == segment.Digit && !c.Gap && !mi.Gap {
		hh, _ := strconv.Atoi(h.Text)
		mn, _ := strconv.Atoi(mi.Text)
		if hh < 24 && mn < 60 && len(h.Text) <= 2 && len(mi.Text) == 2 {
			date += fmt.Sprintf("T%02d:%02d", hh, mn)
			end = k + 3
		}
	}
	return Mention{Start: p.tok(i).Start, End: p.toks[end-1].End, Kind: Date, Date: date, Year: y}, end, true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// compared: the mention sits in a "so với …" phrase, a few words after it
// ("tăng 8,5% so với ước thực hiện năm 2023", "so với cùng thời điểm này năm
// 2022"), or names the period of a figure quoted for comparison ("cao hơn
// mức 6,9% của năm ngoái").
func (p *parser) compared(i int) bool {
	// ("sau mười tháng kim ngạch xuất khẩu đã lên khoảng 78 tỉ USD": the months
	// so far, in words, as "sau 10 tháng" is in figures)
	_, n, count := p.number(i)
	monthsInWords := count && p.tok(i).Kind == segment.Word && p.tok(i+n).Text == "tháng"
	if w := p.tok(i - 1).Text; p.tok(i).Kind == segment.Word && !monthsInWords && (w == "sau" || w == "từ" || w == "đoạn" && p.tok(i).Text != "tháng") {
		// "chỉ đứng sau quý III/2022 (14,38%)", "cao nhất kể từ năm 2011", "giai
		// đoạn 2011-2025" (but "Sản lượng công nghiệp giai đoạn tháng 1-11 tăng
		// 3,1%" is the figure's own run of months)
		return true
	}
	if p.tok(i-1).Text == "%" && p.tok(i).Text == "cùng" {
		// "tăng 21,5% cùng kỳ năm 2017": "so với" left out after a rise
		k := i - 2
		for k >= 0 && (p.toks[k].Kind == segment.Digit || p.toks[k].Text == "," || p.toks[k].Text == ".") {
			k--
		}
		if w := p.tok(k).Text; w == "tăng" || w == "giảm" {
			return true
		}
	}
	if p.tok(i-1).Text == "của" {
		if b := p.tok(i - 2); b.Text == "%" || b.Kind == segment.Digit || b.Text == "usd" || b.Text == "đồng" {
			return true
		}
	}
	// ("nhanh hơn tốc độ tăng của chính khu vực này năm trước": ten words
	// between, none a figure)
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		t := p.toks[k]
		if t.Text == "?" {
			continue // a letter the copy lost: "so với cùng k?? năm trước"
		}
		if t.Kind == segment.Punct || t.Kind == segment.Digit {
			return false
		}
		if t.Text == "và" || t.Text == "chung" {
			return false // "so với cùng kỳ năm trước và tính chung 10 tháng năm 2023": a period of its own
		}
		if k >= i-8 && t.Text == "so" || t.Text == "hơn" && k < i-1 || k >= i-8 && t.Text == "xỉ" && k > 0 && p.toks[k-1].Text == "xấp" {
			return true // "chậm hơn giai đoạn cao điểm quý 2", "xấp xỉ năm 2019"
		}
	}
	return false
}

// comparedYear: the year at i closes a compared period, "so với tháng 12/2022".
// yearSpan: year mention m, ending before token next, opens a span of
// years, "kế hoạch 5 năm 2021 - 2025", "năm 2021–2023": the span is no
// period of figures, and its first year no year for the bare months after.
func (p *parser) yearSpan(m Mention, next int) bool {
	if m.Kind != Period || len(m.Period) != 4 || next+1 >= len(p.toks) {
		return false
	}
	if dash := p.tok(next).Text; dash != "-" && dash != "–" && dash != "—" {
		return false
	}
	to, err := strconv.Atoi(p.tok(next + 1).Text)
	return err == nil && p.tok(next+1).Kind == segment.Digit && to > m.Year && to <= m.Year+30
}

func (p *parser) comparedYear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := p.toks[k]
		if t.Text == "so" {
			return true
		}
		if t.Kind == segment.Punct && t.Text != "/" && t.Text != "-" {
			return false
		}
	}
	return false
}

// Shift moves a period to another year: ("2024-01..2024-02", 2023) →
// "2023-01..2023-02". "cùng kỳ năm 2023" means the current period in 2023.
func Shift(period string, year int) string {
	if period == "" {
		return ""
	}
	y := strconv.Itoa(year)
	parts := strings.Split(period, "..")
	for k, part := range parts {
		if len(part) >= 4 {
			parts[k] = y + part[4:]
		}
	}
	return strings.Join(parts, "..")
}

// After is the rest of the year after period: 2024-Q1 → 2024-04..2024-12.
func After(period string) string {
	last := LastMonth(period)
	if last == "" {
		return ""
	}
	y, _ := strconv.Atoi(last[:4])
	m, _ := strconv.Atoi(last[5:])
	if m < 1 || m >= 12 {
		return ""
	}
	return Run(y, m+1, 12)
}

// LastMonth is the month a period ends in: "2022-H1" → "2022-06",
// "2024-01..2024-08" → "2024-08", "2024-Q3" → "2024-09", "2025-05" →
// "2025-05"; "" for a whole year or what is no period.
func LastMonth(period string) string {
	last := strings.Split(period, "..")
	end := last[len(last)-1]
	if len(end) < 7 || end[4] != '-' {
		return ""
	}
	if _, err := strconv.Atoi(end[:4]); err != nil {
		return ""
	}
	m := 0
	switch rest := end[5:]; {
	case strings.HasPrefix(rest, "Q"):
		q, _ := strconv.Atoi(rest[1:])
		m = q * 3
	case strings.HasPrefix(rest, "H"):
		h, _ := strconv.Atoi(rest[1:])
		m = h * 6
	default:
		m, _ = strconv.Atoi(rest)
	}
	if m < 1 || m > 12 {
		return ""
	}
	return fmt.Sprintf("%s-%02d", end[:4], m)
}

// PrevMonth is the month before a month: "2025-09" → "2025-08", "2025-01" → "2024-12".
func PrevMonth(month string) string {
	y, _ := strconv.Atoi(month[:4])
	m, _ := strconv.Atoi(month[5:7])
	if m == 1 {
		return fmt.Sprintf("%d-12", y-1)
	}
	return fmt.Sprintf("%d-%02d", y, m-1)
}
