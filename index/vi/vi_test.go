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
		{BigramAnalyzerName, "Sản xuất công nghiệp", "san xuat|xuat cong|cong nghiep"},
		{AnalyzerName, "tăng 18,3% so với", "tăng|18,3|so|với"},
	} {
		if got := terms(t, c.analyzer, c.in); got != c.want {
			t.Errorf("%s(%q) = %q; want %q", c.analyzer, c.in, got, c.want)
		}
	}
	if FoldedTerm("Hoà") != "hoa" || Term("Hoà") != "hòa" {
		t.Error("Term/FoldedTerm")
	}
}
