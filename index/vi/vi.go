// Package vi is chiso's Vietnamese analysis for bleve, composed from
// registered parts the way bleve's language packages are.
//
//	vi               unicode syllables → lower case, one tone placement (hoà = hòa)
//	vi_folded        the same, then diacritics removed (đ → d): "thai nguyen" finds "Thái Nguyên"
//	vi_folded_bigram the folded syllables in adjacent pairs: "san xuat", "xuat cong",
//	                 "cong nghiep", so text holding a phrase ranks above text holding its words
//
// Each text field is indexed twice (exact and folded): a query typed with
// diacritics matches the exact field with a higher boost, so "cà mau" ranks
// Cà Mau above every "ca", "cá" and "cả" that the folded field also finds.
//
// It imports only bleve's analysis packages and chiso's normalize, so it
// builds for js/wasm.
package vi

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/shingle"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"

	"chiso/extract/normalize"
)

// Names under which the parts are registered.
const (
	AnalyzerName       = "vi"
	FoldedAnalyzerName = "vi_folded"
	BigramAnalyzerName = "vi_folded_bigram"
	NormalizeName      = "vi_normalize"
	FoldName           = "vi_fold"
)

// Normalize lower-cases a token and moves its tone mark to one placement.
// Offsets stay those of the original text, for highlighting.
type Normalize struct{}

func (Normalize) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = []byte(normalize.KeyWord(string(t.Term)))
	}
	return in
}

// Fold removes the diacritics of a normalised token: "nguyên" → "nguyen", "đồng" → "dong".
type Fold struct{}

func (Fold) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		t.Term = []byte(normalize.FoldWord(string(t.Term)))
	}
	return in
}

// Term returns what the vi analyzer makes of a single word, and FoldedTerm
// what vi_folded makes of it: for building term queries and matching
// highlights outside bleve.
func Term(w string) string       { return normalize.KeyWord(normalize.Text(w)) }
func FoldedTerm(w string) string { return normalize.FoldWord(Term(w)) }

func analyzer(cache *registry.Cache, filters ...string) (analysis.Analyzer, error) {
	tok, err := cache.TokenizerNamed(unicode.Name)
	if err != nil {
		return nil, err
	}
	a := &analysis.DefaultAnalyzer{Tokenizer: tok}
	for _, name := range filters {
		f, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, err
		}
		a.TokenFilters = append(a.TokenFilters, f)
	}
	return a, nil
}

const bigramName = "vi_bigram_shingle"

func init() {
	must := func(err error) {
		if err != nil {
			panic("vi: " + err.Error())
		}
	}
	must(registry.RegisterTokenFilter(NormalizeName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return Normalize{}, nil
	}))
	must(registry.RegisterTokenFilter(FoldName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return Fold{}, nil
	}))
	must(registry.RegisterTokenFilter(bigramName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return shingle.NewShingleFilter(2, 2, false, " ", ""), nil
	}))
	must(registry.RegisterAnalyzer(AnalyzerName, func(_ map[string]interface{}, c *registry.Cache) (analysis.Analyzer, error) {
		return analyzer(c, NormalizeName)
	}))
	must(registry.RegisterAnalyzer(FoldedAnalyzerName, func(_ map[string]interface{}, c *registry.Cache) (analysis.Analyzer, error) {
		return analyzer(c, NormalizeName, FoldName)
	}))
	must(registry.RegisterAnalyzer(BigramAnalyzerName, func(_ map[string]interface{}, c *registry.Cache) (analysis.Analyzer, error) {
		return analyzer(c, NormalizeName, FoldName, bigramName)
	}))
}
