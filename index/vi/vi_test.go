package vi

import (
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/registry"
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
