package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func TestText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Tha\u0301i Nguye\u0302n", "Thái Nguyên"},             // NFD → NFC
		{"tăng\u00a018,3%", "tăng 18,3%"},                      // no-break space
		{"chỉ\u200b số", "chỉ số"},                             // zero-width space
		{"dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3"}, // line ends
		{"\u201cxuất khẩu\u201d", "\u201cxuất khẩu\u201d"},     // quotes as printed
		{"Lào Cai\u2026", "Lào Cai\u2026"},                     // and the ellipsis
		{"\ufeffBOM", "BOM"},
		{"\u00d0à Nẵng", "Đà Nẵng"},             // eth left by old conversions
		{"tháng 11\u20442013", "tháng 11/2013"}, // fraction slash in a date
	} {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func TestLowerKeepsOffsets(t *testing.T) {
	for _, s := range []string{"THÁI NGUYÊN ĐẠT 203 NGHÌN TỶ ĐỒNG", "Ứng Hòa", "ƯỚC TÍNH", "Ǆ İ ẞ"} {
		if l := Lower(s); len(l) != len(s) {
			t.Errorf("Lower(%q) = %q changes the length", s, l)
		}
	}
	if got := Lower("THÁI NGUYÊN"); got != "thái nguyên" {
		t.Errorf("got %q", got)
	}
}

func TestKeyAndFold(t *testing.T) {
	if Key("Thanh Hoá") != Key("thanh hóa") || Key("THUỶ SẢN") != Key("thủy sản") {
		t.Error("Key does not join the two tone placements")
	}
	if got := Fold("Đắk Lắk"); got != "Dak Lak" {
		t.Errorf("Fold = %q", got)
	}
	if OldTone("Hòa Bình") != "Hoà Bình" {
		t.Errorf("OldTone = %q", OldTone("Hòa Bình"))
	}
}

func TestDecode(t *testing.T) {
	const viet = "Giá trị sản xuất công nghiệp tỉnh Thái Nguyên đạt 203 nghìn tỷ đồng, tăng 6% so với cùng kỳ."
	// Windows-1258 bytes
	cp, err := charmap.Windows1258.NewEncoder().String(cp1258Form(viet))
	if err != nil {
		t.Fatal(err)
	}
	if got, enc, err := Decode([]byte(cp)); err != nil || enc != Windows1258 || got != viet {
		t.Errorf("Windows-1258: got %q %v %v", got, enc, err)
	}
	// TCVN3 bytes, and the same text pasted through a Latin-1 page
	tcvn := "Gi\xb8 tr\xde s\xb6n xu\xcat c\xabng nghi\xd6p t\xd8nh Th\xb8i Nguy\xaan \xae\xb9t 203 ngh\xd7n t\xfb \xae\xe5ng"
	want := "Giá trị sản xuất công nghiệp tỉnh Thái Nguyên đạt 203 nghìn tỷ đồng"
	if got, enc, err := Decode([]byte(tcvn)); err != nil || enc != TCVN3 || got != want {
		t.Errorf("TCVN3 bytes: got %q %v %v", got, enc, err)
	}
	latin, _ := charmap.Windows1252.NewDecoder().String(tcvn)
	if got, enc, err := Decode([]byte(latin)); err != nil || enc != TCVN3 || got != want {
		t.Errorf("TCVN3 mojibake: got %q %v %v", got, enc, err)
	}
	// VNI is refused, naming the encoding
	if _, enc, err := Decode([]byte("Gia\xf9 tr\xf2 sa\xfbn xua\xe1t co\xe2ng nghie\xe4p t\xf6nh Tha\xf9i Nguye\xe2n \xf1a\xefi 203")); err == nil || enc != VNI || !strings.Contains(err.Error(), "VNI") {
		t.Errorf("VNI: got %v %v", enc, err)
	}
	if _, _, err := Decode(nil); err != ErrEmpty {
		t.Errorf("empty: %v", err)
	}
	if _, _, err := Decode([]byte("   \n\t ")); err != ErrEmpty {
		t.Errorf("blank: %v", err)
	}
	if _, _, err := Decode([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")); err != ErrBinary {
		t.Errorf("binary: %v", err)
	}
	if _, _, err := Decode([]byte("abc \xff\xfe\xfd def \xc3\x28")); err == nil || !strings.Contains(err.Error(), "invalid UTF-8 at byte") {
		t.Errorf("invalid UTF-8: %v", err)
	}
	if got, _, err := Decode([]byte(norm.NFD.String(viet))); err != nil || got != viet {
		t.Errorf("NFD: %q %v", got, err)
	}
}

// cp1258Form writes s as Windows-1258 spells Vietnamese: letters with their
// shape marks (â, ư, ă…) precomposed, tone marks as combining characters.
func cp1258Form(s string) string {
	var out, cluster strings.Builder
	var tones []rune
	flush := func() {
		out.WriteString(norm.NFC.String(cluster.String()))
		for _, r := range tones {
			out.WriteRune(r)
		}
		cluster.Reset()
		tones = tones[:0]
	}
	for _, r := range norm.NFD.String(s) {
		switch r {
		case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
			tones = append(tones, r)
		case '\u0302', '\u0306', '\u031b':
			cluster.WriteRune(r)
		default:
			flush()
			cluster.WriteRune(r)
		}
	}
	flush()
	return out.String()
}

// The generated tables agree with the Unicode decompositions: every letter
// of the Latin blocks that NFD splits into an ASCII letter and marks folds
// to that letter, đ and Đ to d and D, and every other rune to itself.
func TestFoldTable(t *testing.T) {
	for _, span := range [][2]rune{{0x80, 0x24F}, {0x1E00, 0x1EFF}} {
		for r := span[0]; r <= span[1]; r++ {
			want := r
			d := norm.NFD.String(string(r))
			if b, size := utf8.DecodeRuneInString(d); size < len(d) && b < utf8.RuneSelf {
				want = b
			}
			switch r {
			case 'đ':
				want = 'd'
			case 'Đ':
				want = 'D'
			}
			if got := FoldRune(r); got != want {
				t.Errorf("%q folds to %q; want %q", r, got, want)
			}
		}
	}
	if FoldRune('\u0301') != -1 || FoldRune('€') != '€' || FoldRune('a') != 'a' {
		t.Error("marks, other runes, ASCII")
	}
}

func TestWordForms(t *testing.T) {
	for _, w := range []string{"Nguyễn", "ĐỒNG", "thuỷ", "Hoà", "khẩu", "abc", "Ưu", "ặ"} {
		if FoldWord(w) != Fold(w) {
			t.Errorf("FoldWord(%q) = %q; Fold gives %q", w, FoldWord(w), Fold(w))
		}
		if KeyWord(w) != Key(w) {
			t.Errorf("KeyWord(%q) = %q; Key gives %q", w, KeyWord(w), Key(w))
		}
	}
}

func TestPrecomposed(t *testing.T) {
	for _, s := range []string{"Thái Nguyên đạt 203 nghìn tỷ đồng – “ổn định”", "ABC", "Ưu tiên Đắk Lắk"} {
		if !precomposed(s) || !norm.NFC.IsNormalString(s) {
			t.Errorf("%q", s)
		}
	}
	for _, s := range []string{"Tha\u0301i", "\u2126", "한국"} {
		if precomposed(s) {
			t.Errorf("%q is not all precomposed Latin", s)
		}
	}
}

// Text is idempotent and always gives valid UTF-8 in NFC.
func FuzzText(f *testing.F) {
	for _, s := range []string{"Tha\u0301i Nguye\u0302n", "a\u00a0b\u200bc", "\xff\xfe", "x\r\ny", "\u00d0\u0301", "\u201ctỷ đô\u201d…", "\u2212 3,2%", "\u00abx\u00bb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := Text(s)
		if !utf8.ValidString(a) || !norm.NFC.IsNormalString(a) {
			t.Fatalf("Text(%q) = %q is not valid NFC", s, a)
		}
		if b := Text(a); b != a {
			t.Fatalf("not idempotent: %q → %q → %q", s, a, b)
		}
		if l := Lower(a); len(l) != len(a) {
			t.Fatalf("Lower changed the length of %q", a)
		}
		if utf8.ValidString(s) && clean(s) != (replace(s, textual) == s) {
			t.Fatalf("clean(%q) = %v, but replace gives %q", s, clean(s), replace(s, textual))
		}
		// the body shown (Printed) and the text read (Text) hold the same words
		if p := Printed(s); Text(p) != a || len(strings.Fields(p)) != len(strings.Fields(a)) {
			t.Fatalf("Printed(%q) = %q, Text = %q", s, p, a)
		}
	})
}

// Printed keeps the signs a page prints in a form of its own, which Text
// rewrites for the readers; both agree on everything else.
func TestPrinted(t *testing.T) {
	for _, s := range []string{
		"chỉ số giá tiêu dùng tháng 11⁄2013 tăng 0,37%",
		"Ðáng lưu ý, vốn FDI giảm\u00a0−5,2%\u200b so với cùng kỳ",
		"Tha\u0301i Nguye\u0302n\r\nquý I∕2024",
	} {
		p := Printed(s)
		if Text(p) != Text(s) {
			t.Errorf("Text(Printed(%q)) = %q, Text = %q", s, Text(p), Text(s))
		}
		if len(strings.Fields(p)) != len(strings.Fields(Text(s))) {
			t.Errorf("Printed(%q) = %q holds other words than Text's %q", s, p, Text(s))
		}
		for _, sign := range []string{"⁄", "−", "Ð", "∕"} {
			if strings.Contains(s, sign) && !strings.Contains(p, sign) {
				t.Errorf("Printed(%q) = %q lost %q", s, p, sign)
			}
		}
		if strings.ContainsAny(p, "\u00a0\u200b\r") {
			t.Errorf("Printed(%q) = %q keeps a space or mark Text drops", s, p)
		}
	}
}
