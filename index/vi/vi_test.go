package vi

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/registry"

	"chiso/extract/normalize"
)

func terms(t *testing.T, name, text string) string {
	t.Helper()
	a, err := registry.NewCache().AnalyzerNamed(name)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, tok := range a.Analyze([]byte(text)) {
		out = append(out, string(tok.Term))
		if text[tok.Start:tok.End] == "" {
			t.Fatalf("empty offsets for %q", tok.Term)
		}
	}
	return strings.Join(out, "|")
}

func TestAnalyzers(t *testing.T) {
	for _, c := range []struct{ analyzer, in, want string }{
		{AnalyzerName, "THÁI NGUYÊN Thanh Hoá", "thái|nguyên|thanh|hóa"},
		{AnalyzerName, "Thanh Hóa thuỷ sản", "thanh|hóa|thủy|sản"},
		{FoldedAnalyzerName, "Đắk Lắk, Thái Nguyên", "dak|lak|thai|nguyen"},
		{FoldedAnalyzerName, "thai nguyen", "thai|nguyen"},
		{AnalyzerName, "tăng 18,3% so với", "tăng|18|3|so|với"},
		{AnalyzerName, "TP.HCM covid-19", "tp|hcm|covid|19"},
		{WordsAnalyzerName, "Thái Nguyên 2024 so", "thai|thái|nguyen|nguyên|2024|so"},
		{PairsAnalyzerName, "Sản xuất công nghiệp", "san xuat|xuat cong|cong nghiep"},
		{PairsAnalyzerName, "Hòa, Đắk", "hoa dak"},
		{PairsAnalyzerName, "Hòa", ""},
	} {
		if got := terms(t, c.analyzer, c.in); got != c.want {
			t.Errorf("%s(%q) = %q; want %q", c.analyzer, c.in, got, c.want)
		}
	}
	if FoldedTerm("Hoà") != "hoa" || Term("Hoà") != "hòa" {
		t.Error("Term/FoldedTerm")
	}
}

// The exact and folded streams of a text are the same syllables at the
// same positions, one apart, so a phrase matches in either field.
func TestTextPositions(t *testing.T) {
	text := NewText("Sản xuất, công nghiệp 2024 — Đắk Lắk")
	exact, folded := text.Exact().Analyze(nil), text.Folded().Analyze(nil)
	want := "san|xuat|cong|nghiep|2024|dak|lak"
	var got []string
	for k, tok := range folded {
		got = append(got, string(tok.Term))
		if tok.Position != k+1 || exact[k].Position != k+1 || exact[k].Start != tok.Start {
			t.Errorf("token %d: exact %+v folded %+v", k, exact[k], tok)
		}
	}
	if strings.Join(got, "|") != want || len(exact) != len(folded) {
		t.Errorf("folded %q; want %q", got, want)
	}
	if NewText("").Exact().Analyze(nil) != nil || len(NewText(" , ").Folded().Analyze(nil)) != 0 {
		t.Error("a text without words has tokens")
	}
}

// FuzzText: for any text, the streams agree: one folded token per
// position (and the written one after it only where it differs), a pair
// per adjacent two, offsets inside the text.
func FuzzText(f *testing.F) {
	f.Add("Sản xuất, công nghiệp 2024 — Đắk Lắk; THANH HOÁ thuỷ sản")
	f.Add("a  b\n\nc 18,3% TP.HCM")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		text := NewText(s)
		words, pairs := text.Words().Analyze(nil), text.Pairs().Analyze(nil)
		exact, folded := text.Exact().Analyze(nil), text.Folded().Analyze(nil)
		if len(exact) != len(folded) || len(pairs) != max(0, len(folded)-1) {
			t.Fatalf("%d written, %d folded, %d pairs", len(exact), len(folded), len(pairs))
		}
		k := 0
		for _, w := range words {
			if w.Start < 0 || w.End > len(s) || w.Start >= w.End || len(w.Term) == 0 {
				t.Fatalf("token %+v of %q", w, s)
			}
			if w.Position == k+1 { // the folded token of the next position
				if string(w.Term) != string(folded[k].Term) || string(folded[k].Term) != normalize.FoldWord(string(exact[k].Term)) {
					t.Fatalf("position %d: %q, folded %q, written %q", k+1, w.Term, folded[k].Term, exact[k].Term)
				}
				k++
			} else if w.Position != k || string(w.Term) != string(exact[k-1].Term) {
				t.Fatalf("token %+v after position %d", w, k)
			}
		}
		if k != len(folded) {
			t.Fatalf("%d positions in words, %d folded", k, len(folded))
		}
	})
}
