package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Errors Decode returns; each message is one line a person can act on.
var (
	ErrEmpty  = errors.New("empty input: no text to read")
	ErrBinary = errors.New("binary data, not text (a picture, a PDF or an archive?)")
)

// Encoding names what Decode found the bytes to be.
type Encoding string

const (
	UTF8        Encoding = "UTF-8"
	Windows1258 Encoding = "Windows-1258"
	TCVN3       Encoding = "TCVN3 (ABC)"
	VNI         Encoding = "VNI"
	UTF16LE     Encoding = "UTF-16LE" // what Windows Notepad saves as "Unicode"
	UTF16BE     Encoding = "UTF-16BE"
)

// Decode turns raw bytes into UTF-8 as Printed leaves it (Text for the
// readers is one call more). It converts UTF-16 (with
// a byte order mark, or without one when the zero bytes show it, see
// utf16Order), Windows-1258 and TCVN3 (ABC) text, including TCVN3 that was
// pasted as mojibake through a Latin-1 page ("Th¸i Nguyªn"); it refuses VNI
// and undecodable bytes with an error naming what it saw, so nothing is
// silently mangled.
func Decode(raw []byte) (string, Encoding, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if order := utf16Order(raw); order != "" {
		return decodeUTF16(raw, order)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", ErrEmpty
	}
	if looksBinary(raw) {
		return "", "", ErrBinary
	}
	latin, valid := string(raw), utf8.Valid(raw)
	if !valid {
		latin = string(decodeLatin(raw))
	}
	switch legacyFont(latin) {
	case TCVN3:
		return Printed(fromTCVN3(latin)), TCVN3, nil
	case VNI:
		return "", VNI, fmt.Errorf("text is in the VNI encoding (as in %q); convert it to Unicode, for example with UniKey's converter, and try again", sample(latin, vniMarks))
	case Windows1258:
		if b, ok := encodeLatin(latin); ok {
			if s, err := charmap.Windows1258.NewDecoder().Bytes(b); err == nil && vietnameseShare(norm.NFC.String(string(s))) > 0.8 {
				return Printed(string(s)), Windows1258, nil
			}
		}
	}
	if valid {
		return text(latin, replacements), UTF8, nil
	}
	bad := firstInvalid(raw)
	return "", "", fmt.Errorf("invalid UTF-8 at byte %d and not a Vietnamese legacy encoding (Windows-1258, TCVN3, VNI); save the file as UTF-8", bad)
}

// utf16Order tells whether b is UTF-16 and in which byte order: by its byte
// order mark, or, without one, by where its zero bytes are. Text in UTF-16 is
// mostly letters, digits and spaces below U+0100, whose high byte is zero:
// "Kim ngạch" is 4B 00 69 00 6D 00 20 00 6E 00 67 00 A1 1E 63 00 68 00 in
// UTF-16LE, zeros at every odd position but one and none at even ones. Binary
// data has zeros at both (a PNG header: 00 00 00 0D), UTF-8 text at neither.
// So: among the first 4 KiB, at least a quarter of one position's bytes are
// zero and at most one in fifty of the other's.
func utf16Order(b []byte) Encoding {
	switch {
	case bytes.HasPrefix(b, []byte{0xff, 0xfe}):
		return UTF16LE
	case bytes.HasPrefix(b, []byte{0xfe, 0xff}):
		return UTF16BE
	}
	n := min(len(b), 4096) &^ 1
	if n < 8 {
		return ""
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*4 >= pairs && even*50 <= pairs:
		return UTF16LE
	case even*4 >= pairs && odd*50 <= pairs:
		return UTF16BE
	}
	return ""
}

// decodeUTF16 reads b as UTF-16 in the given order (a byte order mark is
// dropped) and then as any text: empty or binary once decoded is refused.
func decodeUTF16(b []byte, order Encoding) (string, Encoding, error) {
	endian := unicode.LittleEndian
	if order == UTF16BE {
		endian = unicode.BigEndian
	}
	// UseBOM drops a mark; without one, the order the zero bytes told holds
	u, err := unicode.UTF16(endian, unicode.UseBOM).NewDecoder().Bytes(b)
	if err != nil {
		return "", "", fmt.Errorf("not readable as %s: %v", order, err)
	}
	if len(bytes.TrimSpace(u)) == 0 {
		return "", "", ErrEmpty
	}
	if looksBinary(u) {
		return "", "", ErrBinary
	}
	return Printed(string(u)), order, nil
}

func looksBinary(b []byte) bool {
	n := len(b)
	if n > 4096 {
		n = 4096
	}
	ctl := 0
	for _, c := range b[:n] {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl*10 > n
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// encodeLatin turns text shown through Windows-1252 back into its bytes.
func encodeLatin(s string) ([]byte, bool) {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	return b, err == nil
}

// decodeLatin reads each byte as the Windows-1252 character a browser would show.
func decodeLatin(b []byte) []byte {
	out, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return out
}

// The legacy encodings leave different marks when their bytes are read as
// Windows-1252 (as a browser shows them). TCVN3 has letters of its own:
// "Th¸i Nguyªn ®¹t". Windows-1258 writes tones as combining bytes after the
// vowel: "Tha\xECi" shows as "Thaìi". VNI writes shape and tone bytes after
// the vowel: "Thaùi Nguyeân", and "ñ" for đ.
const (
	tcvn3Marks = "¸µ¶·¹¨ª«¬­®"
	cp1258Tone = "\u00cc\u00ec\u00de\u00d2\u00f2" // Ì ì Þ Ò ò: the tone bytes CC EC DE D2 F2
	vniMarks   = "ùøûõïâäáàåãêëèéæôöóòñ"
	vniTones   = "ùøûïñÑ"
	vowels     = "aeiouyAEIOUYâêôõýãÂÊÔÕÝÃ"
)

// legacyFont tells whether s reads as Vietnamese in a legacy encoding shown
// through Windows-1252, and which. Real Unicode Vietnamese uses letters
// (ơ, ư, đ, ă, U+1E00–U+1EFF) that none of them produce, so any of those
// rules them all out.
func legacyFont(s string) Encoding {
	if unicodeVietnamese(s) {
		return ""
	}
	words, tcvn, cp, vni := 0, 0, 0, 0
	for _, w := range strings.Fields(s) {
		words++
		prev := rune(0)
		var hasT, hasC, hasV bool
		for _, r := range w {
			if r >= 0x1E00 && r <= 0x1EFF || r == 'ơ' || r == 'ư' || r == 'đ' || r == 'ă' || r == 'Đ' {
				return ""
			}
			switch {
			case strings.ContainsRune(tcvn3Marks, r):
				hasT = true
			case strings.ContainsRune(cp1258Tone, r) && strings.ContainsRune(vowels, prev):
				hasC = true
			case r == 'ñ' || r == 'Ñ' || strings.ContainsRune(vniTones, r) && strings.ContainsRune(vowels, prev):
				hasV = true
			}
			prev = r
		}
		if hasT {
			tcvn++
		}
		if hasC {
			cp++
		}
		if hasV {
			vni++
		}
	}
	best, n := Encoding(""), 0
	for _, c := range []struct {
		enc Encoding
		n   int
	}{{TCVN3, tcvn}, {Windows1258, cp}, {VNI, vni}} {
		if c.n > n {
			best, n = c.enc, c.n
		}
	}
	if n < 2 || n*10 < words {
		return ""
	}
	return best
}

func sample(s, marks string) string {
	for _, w := range strings.Fields(s) {
		if strings.ContainsAny(w, marks) {
			return w
		}
	}
	return ""
}

// tcvn3 maps each TCVN3 (TCVN 5712:1993, the "ABC" .VnTime fonts) byte above
// 0xA0 to its letter. Upper-case toned letters have no codes of their own:
// the .VnTimeH fonts draw the lower-case codes in capitals.
var tcvn3 = map[rune]rune{
	0xA1: 'Ă', 0xA2: 'Â', 0xA3: 'Ê', 0xA4: 'Ô', 0xA5: 'Ơ', 0xA6: 'Ư', 0xA7: 'Đ',
	0xA8: 'ă', 0xA9: 'â', 0xAA: 'ê', 0xAB: 'ô', 0xAC: 'ơ', 0xAD: 'ư', 0xAE: 'đ',
	0xB5: 'à', 0xB6: 'ả', 0xB7: 'ã', 0xB8: 'á', 0xB9: 'ạ',
	0xBB: 'ằ', 0xBC: 'ẳ', 0xBD: 'ẵ', 0xBE: 'ắ', 0xC6: 'ặ',
	0xC7: 'ầ', 0xC8: 'ẩ', 0xC9: 'ẫ', 0xCA: 'ấ', 0xCB: 'ậ',
	0xCC: 'è', 0xCE: 'ẻ', 0xCF: 'ẽ', 0xD0: 'é', 0xD1: 'ẹ',
	0xD2: 'ề', 0xD3: 'ể', 0xD4: 'ễ', 0xD5: 'ế', 0xD6: 'ệ',
	0xD7: 'ì', 0xD8: 'ỉ', 0xDC: 'ĩ', 0xDD: 'í', 0xDE: 'ị',
	0xDF: 'ò', 0xE1: 'ỏ', 0xE2: 'õ', 0xE3: 'ó', 0xE4: 'ọ',
	0xE5: 'ồ', 0xE6: 'ổ', 0xE7: 'ỗ', 0xE8: 'ố', 0xE9: 'ộ',
	0xEA: 'ờ', 0xEB: 'ở', 0xEC: 'ỡ', 0xED: 'ớ', 0xEE: 'ợ',
	0xEF: 'ù', 0xF1: 'ủ', 0xF2: 'ũ', 0xF3: 'ú', 0xF4: 'ụ',
	0xF5: 'ừ', 0xF6: 'ử', 0xF7: 'ữ', 0xF8: 'ứ', 0xF9: 'ự',
	0xFA: 'ỳ', 0xFB: 'ỷ', 0xFC: 'ỹ', 0xFD: 'ý', 0xFE: 'ỵ',
}

// fromTCVN3 maps TCVN3 code points (seen as Latin-1 runes) to Unicode.
func fromTCVN3(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for _, r := range s {
		if u, ok := tcvn3[r]; ok {
			r = u
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unicodeVietnamese: s has a letter only Unicode Vietnamese uses, in its
// first 64 KiB: ơ ư đ ă Đ or one of U+1E00–U+1EFF (UTF-8 E1 B8–BB …).
func unicodeVietnamese(s string) bool {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	for i := 0; i+1 < len(s); i++ {
		switch c := s[i]; {
		case c == 0xE1 && s[i+1] >= 0xB8 && s[i+1] <= 0xBB:
			return true
		case c == 0xC6 && (s[i+1] == 0xA1 || s[i+1] == 0xB0), c == 0xC4 && (s[i+1] == 0x91 || s[i+1] == 0x83 || s[i+1] == 0x90):
			return true
		}
	}
	return false
}

// vietnameseShare is the share of words with a Vietnamese-only letter or
// tone mark, or plain ASCII: how Vietnamese a decoding reads.
func vietnameseShare(s string) float64 {
	words, viet := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		ok := true
		for _, r := range w {
			if r >= 0x80 && !isVietnameseLetter(r) && !strings.ContainsRune("–—‘’“”…•€", r) {
				ok = false
				break
			}
		}
		if ok {
			viet++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(viet) / float64(words)
}

func isVietnameseLetter(r rune) bool {
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9:
		return true
	case strings.ContainsRune("àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ", r):
		return true
	}
	return false
}
