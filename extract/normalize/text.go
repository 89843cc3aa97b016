package normalize

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// replacements maps runes that copied web text carries to what they stand for.
// Before: "tăng\u00a018,3%" (non-breaking space)   After: "tăng 18,3%"
var replacements = map[rune]string{
	'\u00a0': " ", '\u2000': " ", '\u2001': " ", '\u2007': " ", '\u202f': " ", '\u2009': " ", '\u200a': " ",
	'\u2002': " ", '\u2003': " ", '\u2004': " ", '\u2005': " ", '\u2006': " ",
	'\u2008': " ", '\u205f': " ", '\u3000': " ", '\t': " ", '\v': " ", '\f': " ",
	'\u200b': "", '\u200c': "", '\u200d': "", '\u2060': "", '\ufeff': "", '\u00ad': "",
	'\u2028': "\n", '\u2029': "\n", '\u0085': "\n",
	// quotes and the ellipsis stay as printed: a title "… “tỷ đô”" is
	// quoted back to its reader, and the readers downstream know them
}

// reading maps signs that pages print in a form of their own to the form
// the readers know. Text rewrites them, Printed leaves them: a body shows
// "tháng 11⁄2013" as its page printed it, and is read as "tháng 11/2013".
var reading = map[rune]string{
	'\u2212': "-", // minus sign
	// fraction and division slashes, which some CMSs print in dates: "tháng 11⁄2013"
	'\u2044': "/", '\u2215': "/",
	// Ð (U+00D0, Icelandic eth) is what TCVN3/VNI conversions leave for Đ.
	'\u00d0': "Đ",
}

// textual is replacements and reading together: what Text rewrites.
var textual = func() map[rune]string {
	m := maps.Clone(replacements)
	maps.Copy(m, reading)
	return m
}()

// Text returns s in NFC with LF line ends and plain spaces; invisible
// characters and control characters other than newline are dropped, and
// quotes and the ellipsis are left as printed.
// It is idempotent: Text(Text(s)) == Text(s).
func Text(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\ufffd")
	}
	return text(s, textual)
}

// Printed is Text but for the signs a page prints in a form of its own
// (the minus sign, the fraction slash, Ð), which it keeps: the text as its
// page showed it, with Text's spaces, line ends and NFC. Text(Printed(s)) ==
// Text(s), and the two hold the same words with the same spaces between.
func Printed(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\ufffd")
	}
	return text(s, replacements)
}

// text is Text (with textual) or Printed (with replacements) for valid UTF-8.
func text(s string, with map[rune]string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	if !clean(s) {
		s = replace(s, with)
	}
	// after the replacements: dropping a zero-width space can bring a letter
	// and its combining mark together, which NFC then composes
	if !precomposed(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
		if !clean(s) { // NFC maps a few spaces to others ("\u2000" → "\u2002")
			s = replace(s, with)
		}
	}
	return s
}

// replace rewrites what mayReplace flags by with, copying the runs between.
func replace(s string, with map[rune]string) string {
	var b strings.Builder
	b.Grow(len(s))
	run := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				b.WriteString(s[run:i])
				b.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
				i++
				run = i
				continue
			}
			if c >= ' ' && c != 0x7f || c == '\n' {
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if c >= utf8.RuneSelf && !mayReplace(r) {
			i += size
			continue
		}
		b.WriteString(s[run:i])
		if rep, ok := with[r]; ok {
			b.WriteString(rep)
		} else if !unicode.IsControl(r) {
			b.WriteRune(r)
		}
		i += size
		run = i
	}
	b.WriteString(s[run:])
	return b.String()
}

// clean reports whether s needs no replacement: the common case, checked
// on the UTF-8 bytes without decoding. The runes Text rewrites are C0 and C1
// controls, the no-break space and soft hyphen (C2 A0, C2 AD), Ð (C3 90),
// the spaces and invisible marks of general punctuation (E2 80 80–8D, A8,
// A9, AF; E2 81 9F, A0), the minus sign (E2 88 92), the fraction and
// division slashes (E2 81 84, E2 88 95), U+3000 (E3 80 80) and
// the BOM (EF BB BF). Quotes and the ellipsis (E2 80 98–A6) stay as printed.
func clean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if c < ' ' && c != '\n' || c == 0x7f { // \r, \t and other controls
				return false
			}
			i++
			continue
		case c == 0xC2:
			if n := s[i+1]; n <= 0xA0 || n == 0xAD {
				return false
			}
		case c == 0xC3:
			if s[i+1] == 0x90 {
				return false
			}
		case c == 0xE2:
			switch n, m := s[i+1], s[i+2]; {
			case n == 0x80 && (m <= 0x8D || m == 0xA8 || m == 0xA9 || m == 0xAF),
				n == 0x81 && (m == 0x9F || m == 0xA0 || m == 0x84),
				n == 0x88 && (m == 0x92 || m == 0x95):
				return false
			}
		case c == 0xE3:
			if s[i+1] == 0x80 && s[i+2] == 0x80 {
				return false
			}
		case c == 0xEF:
			if s[i+1] == 0xBB && s[i+2] == 0xBF {
				return false
			}
		}
		switch {
		case c >= 0xF0:
			i += 4
		case c >= 0xE0:
			i += 3
		default:
			i += 2
		}
	}
	return true
}

// precomposed is a fast sufficient test for NFC: every rune is ASCII,
// Latin-1 or Latin Extended-A/B (lead bytes C2–C9), a precomposed letter of
// Latin Extended Additional (E1 B8–BB: ạ ả ấ … ỹ) or general punctuation
// (E2 80–81, after the spaces Text replaces are gone). All of those are
// their own NFC; anything else (combining marks above all) goes to norm.
func precomposed(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xC9:
			i += 2
		case c == 0xE1 && s[i+1] >= 0xB8 && s[i+1] <= 0xBB, c == 0xE2 && (s[i+1] == 0x80 || s[i+1] == 0x81):
			i += 3
		default:
			return false
		}
	}
	return true
}

// mayReplace is a cheap test for the runes Text rewrites or drops: all of
// them are C1 controls, a few Latin-1 signs, general punctuation or BOM.
func mayReplace(r rune) bool {
	switch {
	case r < 0xA0, r >= 0x2000 && r <= 0x206F, r == 0x2212, r == 0x2215, r == 0x3000, r == 0xFEFF:
		return true
	case r == 0xA0, r == 0xAB, r == 0xAD, r == 0xBB, r == 0xD0:
		return true
	}
	return false
}

// AppendLower appends Lower(s) to dst, for callers that lower many short
// strings into one buffer instead of allocating each ("Của" → "của").
func AppendLower(dst []byte, s string) []byte {
	at := len(dst)
	dst = append(dst, s...)
	for i, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				dst[at+i] = byte(r + 32)
			}
			continue
		}
		if l := lowerRune(r); l != r && utf8.RuneLen(l) == utf8.RuneLen(r) {
			utf8.EncodeRune(dst[at+i:], l)
		}
	}
	return dst
}

// Lower lower-cases s rune by rune, but only where the lower-case form has the
// same UTF-8 length, so every byte offset in the result is an offset in s.
// All Vietnamese letters qualify; so does ASCII.
func Lower(s string) string {
	var b []byte
	for i, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				if b == nil {
					b = []byte(s)
				}
				b[i] = byte(r + 32)
			}
			continue
		}
		l := lowerRune(r)
		if l == r || utf8.RuneLen(l) != utf8.RuneLen(r) {
			continue
		}
		if b == nil {
			b = []byte(s)
		}
		utf8.EncodeRune(b[i:], l)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// lowerRune is unicode.ToLower with the Vietnamese letters looked up first.
func lowerRune(r rune) rune {
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9: // ẠẢẤ…Ỹ: capitals at even code points
		return r | 1
	case r >= 0xC0 && r <= 0xDE && r != 0xD7: // ÀÁÂÃ… in Latin-1
		return r + 0x20
	case r >= 0x1E00 && r <= 0x1EFF, r >= 0xDF && r <= 0xFF:
		if r >= 0x1E00 && r%2 == 0 && r < 0x1E96 {
			return r + 1
		}
		return r
	}
	return unicode.ToLower(r)
}

// toneMoves rewrites the old tone placement on oa/oe/uy to the one most papers
// and the provinces table print: hoà → hòa, thuỷ → thủy.
var toneMoves = strings.NewReplacer(
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
	"Oà", "Òa", "Oá", "Óa", "Oả", "Ỏa", "Oã", "Õa", "Oạ", "Ọa",
	"Uỳ", "Ùy", "Uý", "Úy", "Uỷ", "Ủy", "Uỹ", "Ũy", "Uỵ", "Ụy",
)

// Key is the form two spellings of one word share: NFC, lower case, one
// tone placement, single spaces. Key("Thanh Hoá") == Key("thanh hóa").
func Key(s string) string {
	s = Lower(norm.NFC.String(s))
	s = toneMoves.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// OldTone returns s with the tone of oa/oe/uy moved to the second vowel
// (hòa → hoà): the other placement, for building tables that match both.
func OldTone(s string) string { return oldTone.Replace(s) }

var oldTone = strings.NewReplacer(
	"òa", "oà", "óa", "oá", "ỏa", "oả", "õa", "oã", "ọa", "oạ",
	"òe", "oè", "óe", "oé", "ỏe", "oẻ", "õe", "oẽ", "ọe", "oẹ",
	"ùy", "uỳ", "úy", "uý", "ủy", "uỷ", "ũy", "uỹ", "ụy", "uỵ",
)

// Fold removes every diacritic, đ → d: Fold("Đắk Lắk") == "Dak Lak".
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ':
			r = 'd'
		case r == 'Đ':
			r = 'D'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// HasDiacritics reports whether s has any Vietnamese letter outside ASCII.
// Text typed without diacritics needs the folded tables.
func HasDiacritics(s string) bool {
	for _, r := range s {
		if r >= 0xC0 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
