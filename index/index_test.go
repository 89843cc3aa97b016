package index

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"chiso/extract"
	"chiso/extract/normalize"
)

// corpus extracts the golden articles of the extractor's tests.
func corpus(t testing.TB) []extract.Article {
	t.Helper()
	paths, _ := filepath.Glob("../extract/testdata/golden/*.txt")
	htmls, _ := filepath.Glob("../extract/testdata/golden/*.html")
	var ins []extract.Input
	for _, p := range append(paths, htmls...) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, extract.Input{File: filepath.Base(p), Data: b})
	}
	var out []extract.Article
	for _, r := range extract.ExtractAll(ins) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		out = append(out, r.Article)
	}
	return out
}

func newIndex(t testing.TB) (*Index, []extract.Article) {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	arts := corpus(t)
	if err := x.Add(arts...); err != nil {
		t.Fatal(err)
	}
	return x, arts
}

type searchCase struct {
	Comment         string   `json:"comment"`
	Request         Request  `json:"request"`
	First           []string `json:"first"`
	FirstContains   string   `json:"first_contains"`
	AllContain      string   `json:"all_contain"`
	AllContainFold  string   `json:"all_contain_folded"`
	AllHaveProvince string   `json:"all_have_province"`
	AllHaveFactOf   string   `json:"all_have_fact_of"`
	AllFacts        *struct {
		Indicator string  `json:"indicator"`
		MinValue  float64 `json:"min_value"`
	} `json:"all_facts"`
	MinTotal     int  `json:"min_total"`
	MaxTotal     *int `json:"max_total"`
	SnippetMarks bool `json:"snippet_marks"`
}

// searchCases are the checks of testdata/searches.json.
func searchCases(t *testing.T) []searchCase {
	t.Helper()
	b, err := os.ReadFile("testdata/searches.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []searchCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestSearches(t *testing.T) {
	x, arts := newIndex(t)
	byID := map[string]extract.Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	for _, c := range searchCases(t) {
		t.Run(c.Comment, func(t *testing.T) {
			res, err := x.Search(c.Request)
			if err != nil {
				t.Fatal(err)
			}
			if int(res.Total) < c.MinTotal || c.MaxTotal != nil && int(res.Total) > *c.MaxTotal {
				t.Fatalf("total %d", res.Total)
			}
			if len(c.First) > 0 && (len(res.Hits) == 0 || !contains(c.First, res.Hits[0].File)) {
				t.Fatalf("first hit %v; want one of %v", files(res), c.First)
			}
			if c.FirstContains != "" && !strings.Contains(strings.ToLower(byID[res.Hits[0].Article].Body), c.FirstContains) {
				t.Fatalf("first hit %s lacks %q", res.Hits[0].File, c.FirstContains)
			}
			for _, h := range res.Hits {
				a := byID[h.Article]
				if c.AllContain != "" && !strings.Contains(strings.ToLower(a.Body), c.AllContain) {
					t.Errorf("%s lacks %q", h.File, c.AllContain)
				}
				if c.AllContainFold != "" && !strings.Contains(strings.Join(strings.Fields(normalize.Fold(strings.ToLower(a.Body))), " "), c.AllContainFold) {
					t.Errorf("%s lacks %q", h.File, c.AllContainFold)
				}
				if c.AllHaveProvince != "" && !contains(a.Provinces, c.AllHaveProvince) {
					t.Errorf("%s does not name %s: %v", h.File, c.AllHaveProvince, a.Provinces)
				}
				if c.AllHaveFactOf != "" && !hasFactOf(a, c.AllHaveFactOf) {
					t.Errorf("%s has no %s fact", h.File, c.AllHaveFactOf)
				}
				if c.AllFacts != nil && (h.Fact == nil || h.Fact.Indicator != c.AllFacts.Indicator || h.Fact.Value <= c.AllFacts.MinValue) {
					t.Errorf("fact %+v", h.Fact)
				}
				for _, s := range h.Snippets {
					if !utf8.ValidString(s) {
						t.Errorf("snippet cut inside a letter: %q", s)
					}
					if strings.Contains(strings.ReplaceAll(strings.ReplaceAll(s, "<mark>", ""), "</mark>", ""), "<") {
						t.Errorf("unescaped markup in snippet %q", s)
					}
				}
			}
			if c.SnippetMarks && (len(res.Hits[0].Snippets) == 0 || !strings.Contains(res.Hits[0].Snippets[0], "<mark>")) {
				t.Errorf("no highlighted snippet: %q", res.Hits[0].Snippets)
			}
		})
	}
}

func hasFactOf(a extract.Article, indicator string) bool {
	for _, f := range a.Facts {
		if f.Indicator == indicator {
			return true
		}
	}
	return false
}

func TestFacetsAndSort(t *testing.T) {
	x, _ := newIndex(t)
	res, err := x.Search(Request{Sort: "date", Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	if int(res.Total) != len(res.Hits) || res.Total < 8 {
		t.Fatalf("all articles: %d hits of %d", len(res.Hits), res.Total)
	}
	for k := 1; k < len(res.Hits); k++ {
		if res.Hits[k].Published != "" && res.Hits[k].Published > res.Hits[k-1].Published && res.Hits[k-1].Published != "" {
			t.Errorf("not newest first: %s after %s", res.Hits[k].Published, res.Hits[k-1].Published)
		}
	}
	counts := map[string]int{}
	for _, f := range res.Facets["province"] {
		counts[f.Value] = f.Count
	}
	if counts["Thái Nguyên"] < 4 || counts["Bắc Giang"] < 3 {
		t.Fatalf("province facet: %v", res.Facets["province"])
	}
	years := map[string]int{}
	for _, f := range res.Facets["year"] {
		years[f.Value] = f.Count
	}
	if years["2024"] < 5 {
		t.Fatalf("year facet: %v", res.Facets["year"])
	}
}

func TestUpdates(t *testing.T) {
	x, arts := newIndex(t)
	na, nf := x.Len()
	if err := x.Add(arts[0]); err != nil { // the same article again
		t.Fatal(err)
	}
	if a, f := x.Len(); a != na || f != nf {
		t.Fatalf("adding twice: %d/%d, was %d/%d", a, f, na, nf)
	}
	res, _ := x.Search(Request{Query: "article:" + arts[0].ID, Type: "fact", Size: 1000})
	if int(res.Total) != len(arts[0].Facts) {
		t.Fatalf("facts of the article: %d; want %d", res.Total, len(arts[0].Facts))
	}
	if err := x.Delete(arts[0].ID); err != nil {
		t.Fatal(err)
	}
	res, _ = x.Search(Request{Query: "article:" + arts[0].ID, Type: "fact"})
	if res.Total != 0 {
		t.Fatalf("facts left after delete: %d", res.Total)
	}
	if a, f := x.Len(); a != na-1 || f != nf-len(arts[0].Facts) {
		t.Fatalf("after delete: %d/%d", a, f)
	}
}

func TestHostileSnippet(t *testing.T) {
	x, _ := New()
	a, err := extract.Extract(extract.Input{Data: []byte("Xuất khẩu <script>alert(1)</script> tăng 5% & <b>đạt</b> 3 tỷ USD.")})
	if err != nil {
		t.Fatal(err)
	}
	x.Add(a)
	res, _ := x.Search(Request{Query: "xuất khẩu"})
	if len(res.Hits) != 1 || strings.Contains(res.Hits[0].Snippets[0], "<script") || !strings.Contains(res.Hits[0].Snippets[0], "&lt;script&gt;") {
		t.Fatalf("snippet %q", res.Hits[0].Snippets)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func files(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.File)
	}
	return out
}

// TestPhrases: a quoted phrase needs its words side by side and in order,
// also when a pair of words comes back within it.
func TestPhrases(t *testing.T) {
	expectFound(t, map[string]string{
		"apart":    "Kim ngạch xuất nhập khẩu tăng mạnh. Xuất khẩu gạo giảm nhẹ.",
		"together": "Kim ngạch xuất khẩu tăng 5%.",
		"twice":    "Giá lúc tăng lúc giảm, tăng giảm tăng giảm liên tục.",
		"once":     "Giá tăng giảm giảm tăng rồi đứng yên.",
	}, map[string][]string{
		`"kim ngạch xuất khẩu"`:   {"together"},
		`"kim ngach xuat nhap"`:   {"apart"},
		`"tăng giảm tăng giảm"`:   {"twice"},
		`"giảm tăng"`:             {"once", "twice"},
		`"tăng giảm giảm tăng"`:   {"once"},
		`"khẩu kim ngạch xuất"`:   nil,
		`"xuất khẩu" "kim ngạch"`: {"apart", "together"},
	}, false)
}

// TestPlainNumbers: a number typed without its thousands dots finds it as
// printed ("1947" is "1.947") and as written whole (a year), never its
// groups apart.
func TestPlainNumbers(t *testing.T) {
	expectFound(t, map[string]string{
		"dotted": "Kim ngạch xuất khẩu đạt 1.947 triệu USD.",
		"year":   "Năm 1947, nhà máy được xây dựng.",
		"apart":  "Tăng 1 bậc, đạt 947 tỷ đồng.",
		"big":    "Tổng thu đạt 1.298.791 triệu đồng.",
	}, map[string][]string{
		"1947":           {"dotted", "year"},
		"1.947":          {"dotted"},
		"1298791":        {"big"},
		"xuất khẩu 1947": {"dotted"},
	}, false)
}

// TestOneLetterLastWord: a query ending in one letter takes it as typed,
// even as the user types: "quý I" is the first quarter, not "quý III".
func TestOneLetterLastWord(t *testing.T) {
	expectFound(t, map[string]string{"q1": "GDP quý I/2025 tăng 6,9%.", "q3": "GDP quý III/2025 tăng 8,2%."},
		map[string][]string{"quý I": {"q1"}}, true)
}

// expectFound indexes texts (file name → text) and checks which files each
// query finds, typed as a search box does (prefix) or whole.
func expectFound(t *testing.T, texts map[string]string, queries map[string][]string, prefix bool) {
	t.Helper()
	x, _ := New()
	for name, text := range texts {
		a, err := extract.Extract(extract.Input{File: name, Data: []byte(text)})
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Add(a); err != nil {
			t.Fatal(err)
		}
	}
	for q, want := range queries {
		res, err := x.Search(Request{Query: q, Prefix: prefix})
		if err != nil {
			t.Fatal(err)
		}
		got := files(res)
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", q, got, want)
		}
	}
}
