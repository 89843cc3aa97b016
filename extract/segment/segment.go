// Package segment cuts a body into sentences and a sentence into tokens,
// every piece a byte span of the text it came from (quotes are verbatim).
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

const (
	Word  Kind = iota // letters with their marks
	Digit             // 0-9
	Punct             // any other single rune
)

// Token is a span of a (lower-cased) text; Gap is true when white space
// comes before it, Line when a line break does.
type Token struct {
	Start, End int
	Kind       Kind
	Gap, Line  bool
	Text       string
}

// Tokens splits s into words, digit runs and single punctuation runes.
func Tokens(s string) []Token {
	toks := make([]Token, 0, len(s)/4+4) // a token in 4.7 bytes of news text, a little more where figures crowd
	gap, line := true, true
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' {
			gap = true
			line = line || c == '\n'
			i++
			continue
		}
		if '0' <= c && c <= '9' {
			j := i + 1
			for j < len(s) && '0' <= s[j] && s[j] <= '9' {
				j++
			}
			toks = append(toks, Token{i, j, Digit, gap, line, s[i:j]})
			i, gap, line = j, false, false
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) {
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if !isLetter(r2) {
					break
				}
				j += s2
			}
			toks = append(toks, Token{i, j, Word, gap, line, s[i:j]})
			i = j
		} else {
			toks = append(toks, Token{i, i + size, Punct, gap, line, s[i : i+size]})
			i += size
		}
		gap, line = false, false
	}
	return toks
}

func isLetter(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	case r >= 0xC0 && r <= 0x24F: // Latin-1 letters and Latin Extended-A/B (ơ, ư, đ, ă…)
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF: // Latin Extended Additional: ạ ả ấ … ỹ
		return true
	case r >= 0x300 && r <= 0x36F: // combining marks
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// Span is a range of bytes.
type Span struct{ Start, End int }

// abbreviations end with a dot that does not end a sentence:
// "TP. Hồ Chí Minh", "PGS.TS Phạm Ngọc Linh", "ThS. Lê Thanh Tùng".
var abbreviations = map[string]bool{
	"tp": true, "p": true, "q": true, "ts": true, "ths": true, "pgs": true, "gs": true, "bs": true,
	"ks": true, "ls": true, "th": true, "tx": true, "tt": true, "mr": true, "ms": true, "dr": true,
	"st": true, "co": true, "ltd": true, "no": true, "tr": true, "vd": true, "v.v": true, "nxb": true,
}

// Sentences splits text into sentences: a line is always its own unit (papers
// put headings and captions on lines of their own), and inside a line a
// sentence ends at ". ", "! ", "? " or "... " before an upper-case letter or
// a digit, unless the dot ends an abbreviation.
func Sentences(text string) []Span {
	var out []Span
	start := 0
	emit := func(a, b int) {
		for a < b && (text[a] == ' ' || text[a] == '\n') {
			a++
		}
		for b > a && (text[b-1] == ' ' || text[b-1] == '\n') {
			b--
		}
		for b-a > MaxSentence {
			// a run-on (a table pasted as one line, a list with no full
			// stop) is read in clauses: every later stage looks across a
			// sentence, so a 250 KB "sentence" would cost its square
			cut := clauseCut(text[a:b])
			out = append(out, Span{a, a + cut})
			a += cut
			for a < b && text[a] == ' ' {
				a++
			}
		}
		if b-a > 2 && text[a] == '(' && text[b-1] == ')' && strings.IndexByte(text[a+1:b-1], ')') < 0 {
			a, b = a+1, b-1 // "(Xuất khẩu … tăng 15.2% ….)": the sentence, not an aside in it
		}
		if b > a {
			out = append(out, Span{a, b})
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		mark := i // the last byte of the mark that may end a sentence
		switch {
		case c == '.' || c == '!' || c == '?':
		case c == 0xE2 && strings.HasPrefix(text[i:], "…"):
			mark = i + len("…") - 1
		default:
			continue
		}
		j := mark + 1
		for j < len(text) {
			if b := text[j]; b == '.' || b == '"' || b == ')' || b == '\'' {
				j++
			} else if q := closingQuote(text[j:]); q > 0 {
				j += q // "… tăng 5%.” Ông …"
			} else {
				break
			}
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if r == '(' && k+1 < len(text) {
			// a sentence in brackets of its own: "… to $37.1 billion. (Xuất khẩu
			// của Việt Nam tháng 11/2025 tăng 15.2% …)", a translation or an aside
			r, _ = utf8.DecodeRuneInString(text[k+1:])
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && r != '‘' && r != '«' {
			continue
		}
		if c == '.' && j == i+1 && (isAbbreviation(text[start:i]) || enumerator(text[start:i])) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(text))
	return out
}

// closingQuote is the length of the closing quote that s starts with, or 0.
func closingQuote(s string) int {
	for _, q := range []string{"”", "’", "»"} {
		if strings.HasPrefix(s, q) {
			return len(q)
		}
	}
	return 0
}

// MaxSentence is the longest span, in bytes, Sentences returns. The longest
// real sentences, a list of twenty provinces and their figures, run to about
// 1,500 bytes; past this a span is cut at its last "; ", ", " or space.
const MaxSentence = 4096

// clauseCut is where to end the first piece of a run-on span s (longer than
// MaxSentence): after the last "; " of its first MaxSentence bytes, else the
// last ", ", else the last space, else at a rune start.
func clauseCut(s string) int {
	window := s[:MaxSentence]
	for _, sep := range []string{"; ", ", ", " "} {
		if k := strings.LastIndex(window, sep); k > len(window)/2 {
			return k + len(sep) - 1 // the separator's mark stays with its clause
		}
	}
	k := MaxSentence
	for k > 1 && !utf8.RuneStart(s[k]) {
		k--
	}
	return k
}

// enumerator: the line so far is a list item's number, "1. Bắc Giang: 19,6%"
// is one sentence, not "1." and "Bắc Giang: 19,6%".
func enumerator(line string) bool {
	line = strings.TrimLeft(line, " ")
	if line == "" || len(line) > 3 {
		return false
	}
	for i := 0; i < len(line); i++ {
		if line[i] < '0' || line[i] > '9' {
			return false
		}
	}
	return true
}

func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 && before[k-1] != ' ' && before[k-1] != '(' && before[k-1] != '\n' {
		k--
	}
	w := strings.ToLower(before[k:])
	if abbreviations[w] {
		return true
	}
	// single capital letters: "P. Tân Mỹ", initials
	return len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

// unfolded gives the words the number and period parsers key on back their
// diacritics, for text typed without any: "thang 3/2024" reads as "tháng 3/2024",
// "10,5 ty USD" as "10,5 tỷ USD". Only words those parsers need are listed.
var unfolded = map[string]string{
	"thang": "tháng", "quy": "quý", "nam": "năm", "nua": "nửa", "ca": "cả", "cung": "cùng", "ky": "kỳ",
	"cac": "các", "nhung": "những", "ngay": "ngày", "dau": "đầu", "cuoi": "cuối", "truoc": "trước", "ngoai": "ngoái",
	"ke": "kế", "don": "dồn", "tiep": "tiếp", "con": "còn", "lai": "lại", "sang": "sáng", "chieu": "chiều", "toi": "tối",
	"ty": "tỷ", "ti": "tỉ", "nghin": "nghìn", "ngan": "ngàn", "trieu": "triệu", "van": "vạn", "tram": "trăm",
	"dong": "đồng", "do": "đô", "diem": "điểm", "phan": "phần", "mot": "một", "bon": "bốn", "sau": "sáu",
	"bay": "bảy", "tam": "tám", "chin": "chín", "muoi": "mười", "gan": "gần", "hon": "hơn", "khoang": "khoảng",
}

// Unfold rewrites, in place, the tokens of a text typed without diacritics
// (see unfolded). Offsets do not change.
func Unfold(toks []Token) {
	for k := range toks {
		if w, ok := unfolded[toks[k].Text]; ok {
			toks[k].Text = w
		}
	}
}
