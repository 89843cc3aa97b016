package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
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
)

// Decode turns raw bytes into Text-normalised UTF-8. It converts Windows-1258
// and TCVN3 (ABC) text, including TCVN3 that was pasted as mojibake through a
// Latin-1 page ("Th¸i Nguyªn"); it refuses VNI and undecodable bytes with an
// error naming what it saw, so nothing is silently mangled.
func Decode(raw []byte) (string, Encoding, error) {
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(raw)) == 0 {
		return "", "", ErrEmpty
	}
	if looksBinary(raw) {
		return "", "", ErrBinary
	}
	if utf8.Valid(raw) {
		s := string(raw)
		switch legacyFont(s) {
		case TCVN3:
			return Text(fromTCVN3(s)), TCVN3, nil
		case VNI:
			return "", VNI, fmt.Errorf("text is in the VNI font encoding (as in %q); convert it to Unicode (for example with UniKey's converter) and try again", sample(s, vniMarks))
		}
		return Text(s), UTF8, nil
	}
	// Not UTF-8: a single-byte Vietnamese code page, or damage.
	latin := string(decodeLatin(raw))
	switch legacyFont(latin) {
	case TCVN3:
		return Text(fromTCVN3(latin)), TCVN3, nil
	case VNI:
		return "", VNI, errors.New("text is in the VNI encoding; convert it to Unicode (for example with UniKey's converter) and try again")
	}
	if s, err := charmap.Windows1258.NewDecoder().Bytes(raw); err == nil && vietnameseShare(norm.NFC.String(string(s))) > 0.5 {
		return Text(string(s)), Windows1258, nil
	}
	bad := firstInvalid(raw)
	return "", "", fmt.Errorf("invalid UTF-8 at byte %d and not a Vietnamese legacy encoding (Windows-1258, TCVN3, VNI); save the file as UTF-8", bad)
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

// decodeLatin reads each byte as the Windows-1252 character a browser would show.
func decodeLatin(b []byte) []byte {
	out, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return out
}

// tcvn3Marks are the Latin-1 characters TCVN3 bytes show as inside a word;
// vniMarks the ones VNI's tone and shape bytes show as.
// Before: "Th¸i Nguyªn ®¹t"   After: "Thái Nguyên đạt"
const (
	tcvn3Marks = "¸µ¶·¹¨©ª«¬­®»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ"
	vniMarks   = "ùøûõïâäáàåãêëèéæôöóòñ"
)

// legacyFont tells whether s reads as Vietnamese typed in a legacy font
// encoding and shown through Latin-1. Real Unicode Vietnamese uses letters from
// Latin Extended Additional (U+1E00–U+1EFF) that neither encoding produces, so
// any of those rules both out.
func legacyFont(s string) Encoding {
	words, tcvn, vni := 0, 0, 0
	for _, w := range strings.Fields(s) {
		words++
		hasASCII, marks := false, 0
		for _, r := range w {
			if r >= 0x1E00 && r <= 0x1EFF || r == 'ơ' || r == 'ư' || r == 'đ' || r == 'ă' {
				return ""
			}
			if r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') {
				hasASCII = true
			}
			if r >= 0xA0 && r <= 0xFF {
				marks++
			}
		}
		if !hasASCII || marks == 0 {
			continue
		}
		if strings.ContainsAny(w, "¸µ¶·¹¨ª«¬­®") {
			tcvn++
		}
		if strings.ContainsAny(w, "ñÑ") || vniPair(w) {
			vni++
		}
	}
	if words == 0 {
		return ""
	}
	switch {
	case tcvn*10 >= words && tcvn >= 2 && tcvn >= vni:
		return TCVN3
	case vni*10 >= words && vni >= 2:
		return VNI
	}
	return ""
}

// vniPair finds a vowel followed by a VNI mark byte: "Vieät", "Thaùi".
func vniPair(w string) bool {
	prev := rune(0)
	for _, r := range w {
		if strings.ContainsRune("aeiouyAEIOUY", prev) && strings.ContainsRune(vniMarks, r) && r != 'ñ' {
			return true
		}
		prev = r
	}
	return false
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
