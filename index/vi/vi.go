// Package vi is chiso's Vietnamese analysis for bleve: four analyzers
// registered under their names, built on one tokenization (see Text).
//
//	vi               syllables → lower case, one tone placement (hoà = hòa)
//	vi_folded        the same, then diacritics removed (đ → d): "thai nguyen" finds "Thái Nguyên"
//	vi_words         each syllable folded and, where folding changed it, as written
//	                 too, at the same position: "thai" "thái" "nguyen" "nguyên"
//	vi_folded_pairs  the folded syllables in adjacent pairs: "san xuat", "xuat cong",
//	                 "cong nghiep", for phrases
//
// Text fields use vi_words: the folded twin of every word stands beside it
// in the same field. A query typed with diacritics asks for the word as
// written with a higher boost than its folded form, so "cà mau" ranks Cà
// Mau above every "ca", "cá" and "cả" that the folded term also finds; a
// word typed plainly is its folded term. One field instead of an exact and
// a folded twin stores each plain syllable and number once (a third of a
// text's words), and a word query reads two terms, not four.
//
// It imports only bleve's analysis packages and chiso's normalize and
// segment, so it builds for js/wasm.
package vi

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"chiso/extract/normalize"
)

// Names under which the analyzers are registered.
const (
	AnalyzerName       = "vi"
	FoldedAnalyzerName = "vi_folded"
	WordsAnalyzerName  = "vi_words"
	PairsAnalyzerName  = "vi_folded_pairs"
)

// Term returns what the vi analyzer makes of a single word, and FoldedTerm
// what vi_folded makes of it: for building term queries and matching
// highlights outside bleve.
func Term(w string) string       { return normalize.KeyWord(normalize.Text(w)) }
func FoldedTerm(w string) string { return normalize.FoldWord(Term(w)) }

// analyzer is a registered analyzer: one of a Text's streams.
type analyzer int

func (a analyzer) Analyze(b []byte) analysis.TokenStream {
	return stream{NewText(string(b)), int(a)}.Analyze(nil)
}

func init() {
	for name, which := range map[string]int{AnalyzerName: exactStream, FoldedAnalyzerName: foldedStream, WordsAnalyzerName: wordStream, PairsAnalyzerName: pairStream} {
		a := analyzer(which)
		if err := registry.RegisterAnalyzer(name, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return a, nil
		}); err != nil {
			panic("vi: " + err.Error())
		}
	}
}
