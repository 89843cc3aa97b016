package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	text := "IIP tăng 18,3%. Trong đó chế biến tăng 19,3%.\nTiêu đề phụ\nTriển lãm tại TP. Hồ Chí Minh từ 27/11. PGS.TS Phạm Ngọc Linh phát biểu... Lào Cai... Các tỉnh thấp nhất là: Cà Mau.\n1. Bắc Giang: 19,6%\nNăm 2022 tăng 8%. 2023 tăng 5%.\nExports jumped 15.2%. (Xuất khẩu tăng 15,2%.) Nhập khẩu tăng 9% (so với cùng kỳ)."
	var got []string
	for _, sp := range Sentences(text) {
		got = append(got, text[sp.Start:sp.End])
	}
	want := []string{"IIP tăng 18,3%.", "Trong đó chế biến tăng 19,3%.", "Tiêu đề phụ",
		"Triển lãm tại TP. Hồ Chí Minh từ 27/11.", "PGS.TS Phạm Ngọc Linh phát biểu...", "Lào Cai...", "Các tỉnh thấp nhất là: Cà Mau.",
		"1. Bắc Giang: 19,6%", "Năm 2022 tăng 8%.", "2023 tăng 5%.",
		"Exports jumped 15.2%.", "Xuất khẩu tăng 15,2%.", "Nhập khẩu tăng 9% (so với cùng kỳ)."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestTokens(t *testing.T) {
	toks := Tokens("tăng 18,3%\nở 60")
	var parts []string
	for _, tk := range toks {
		parts = append(parts, tk.Text)
	}
	if strings.Join(parts, " ") != "tăng 18 , 3 % ở 60" {
		t.Fatalf("got %q", parts)
	}
	if !toks[5].Line || toks[1].Line || !toks[1].Gap || toks[2].Gap {
		t.Fatalf("gaps and lines wrong: %+v", toks)
	}
}

// A run-on with no full stop (a table pasted as one line) is read in clauses
// no longer than MaxSentence, cut after a comma where there is one, and no
// text is lost (issue 12: one 250 KB "sentence" cost its square downstream).
func TestRunOn(t *testing.T) {
	for _, unit := range []string{"xuất khẩu tăng 5,2%, ", "Hà Nội ", "một trăm", "ạ"} {
		text := strings.Repeat(unit, 250_000/len(unit))
		spans := Sentences(text)
		var joined strings.Builder
		for k, sp := range spans {
			piece := text[sp.Start:sp.End]
			if len(piece) > MaxSentence || !utf8.ValidString(piece) {
				t.Fatalf("%q: span %d is %d bytes (valid UTF-8 %v)", unit, k, len(piece), utf8.ValidString(piece))
			}
			if strings.Contains(unit, ", ") && k < len(spans)-1 && !strings.HasSuffix(piece, ",") {
				t.Fatalf("%q: span %d not cut at a comma: …%q", unit, k, piece[len(piece)-12:])
			}
			joined.WriteString(piece)
		}
		if strip(joined.String()) != strip(text) {
			t.Fatalf("%q: text lost in the cuts", unit)
		}
	}
}

func strip(s string) string { return strings.ReplaceAll(s, " ", "") }

// Typographic quotes and the ellipsis, kept as printed, end sentences as
// their plain forms do.
func TestTypographic(t *testing.T) {
	text := "Ông nói: “Xuất khẩu tăng 5%.” Sau đó, IIP tăng… Các tỉnh thấp nhất là Cà Mau, Sơn La… Năm 2023 tăng 5%. “Tín hiệu tốt”, ông nói."
	var got []string
	for _, sp := range Sentences(text) {
		got = append(got, text[sp.Start:sp.End])
	}
	want := []string{"Ông nói: “Xuất khẩu tăng 5%.”", "Sau đó, IIP tăng…", "Các tỉnh thấp nhất là Cà Mau, Sơn La…", "Năm 2023 tăng 5%.", "“Tín hiệu tốt”, ông nói."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}
