package vi

import (
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"

	"chiso/extract/normalize"
	"chiso/extract/segment"
)

// Text is one text analysed once for every analyzer: its syllables as
// written (vi), folded (vi_folded), both at once (vi_words) and in folded
// pairs (vi_folded_pairs) come from one tokenization, with every token and
// term in two allocations. Analysis is much of what indexing costs.
//
// Syllables are chiso's own (extract/segment): runs of letters and runs of
// digits, as the query parser splits them, so "TP.HCM" is "tp" "hcm" and
// "18,3" is "18" "3" both in the index and in a query.
type Text struct {
	src          string
	once         sync.Once
	words, pairs analysis.TokenStream
}

// NewText prepares s for analysis; nothing is done until an analyzer asks.
func NewText(s string) *Text { return &Text{src: s} }

// The analyzers of a Text ignore their input and return its streams, for
// bleve fields built by hand (document.NewTextFieldCustom).
func (t *Text) Exact() analysis.Analyzer  { return stream{t, exactStream} }
func (t *Text) Folded() analysis.Analyzer { return stream{t, foldedStream} }
func (t *Text) Words() analysis.Analyzer  { return stream{t, wordStream} }
func (t *Text) Pairs() analysis.Analyzer  { return stream{t, pairStream} }

const (
	exactStream = iota
	foldedStream
	wordStream
	pairStream
)

type stream struct {
	t     *Text
	which int
}

func (s stream) Analyze([]byte) analysis.TokenStream {
	s.t.once.Do(s.t.analyze)
	switch s.which {
	case exactStream, foldedStream:
		return s.t.oneForm(s.which == exactStream)
	case wordStream:
		return s.t.words
	}
	return s.t.pairs
}

// oneForm is one token per position of the words stream, as written or
// folded. The words stream holds the folded token first, then the written
// one if it differs.
func (t *Text) oneForm(written bool) analysis.TokenStream {
	var out analysis.TokenStream
	for _, tok := range t.words {
		switch {
		case len(out) == 0 || out[len(out)-1].Position != tok.Position:
			out = append(out, tok)
		case written:
			out[len(out)-1] = tok
		}
	}
	return out
}

func (t *Text) analyze() {
	lower := normalize.Lower(t.src) // same offsets as src
	toks := segment.Tokens(lower)
	n := 0
	for _, tk := range toks {
		if tk.Kind != segment.Punct {
			n++
		}
	}
	if n == 0 {
		return
	}
	all := make([]analysis.Token, 3*n-1)
	arena := make([]byte, 0, 4*len(lower))
	next := func(t analysis.Token) *analysis.Token {
		p := &all[0]
		*p, all = t, all[1:]
		return p
	}
	t.words = make(analysis.TokenStream, 0, 2*n)
	t.pairs = make(analysis.TokenStream, 0, n-1)
	var prev *analysis.Token // the previous folded token
	for _, tk := range toks {
		if tk.Kind == segment.Punct {
			continue
		}
		pos := 1
		if prev != nil {
			pos = prev.Position + 1
		}
		w := normalize.TonePlace(tk.Text) // the text is lower-cased already
		start := len(arena)
		arena = normalize.AppendFold(arena, w)
		if len(arena) == start { // nothing but stray combining marks
			continue
		}
		f := next(analysis.Token{Term: arena[start:len(arena):len(arena)], Start: tk.Start, End: tk.End, Position: pos, Type: analysis.AlphaNumeric})
		t.words = append(t.words, f)
		if string(f.Term) != w {
			start = len(arena)
			arena = append(arena, w...)
			t.words = append(t.words, next(analysis.Token{Term: arena[start:len(arena):len(arena)], Start: tk.Start, End: tk.End,
				Position: pos, Type: analysis.AlphaNumeric}))
		}
		if prev != nil {
			start = len(arena)
			arena = append(append(append(arena, prev.Term...), ' '), f.Term...)
			t.pairs = append(t.pairs, next(analysis.Token{Term: arena[start:len(arena):len(arena)], Start: prev.Start, End: tk.End,
				Position: pos - 1, Type: analysis.Shingle}))
		}
		prev = f
	}
}

// Pair is the term vi_folded_pairs gives two adjacent words.
func Pair(a, b string) string { return FoldedTerm(a) + " " + FoldedTerm(b) }

// JoinedPairs analyses as the pairs of a title and a body in one field:
// the body's positions follow the title's with a gap, so no phrase spans
// from one to the other.
func JoinedPairs(a, b *Text) analysis.Analyzer { return joined{a, b} }

type joined struct{ a, b *Text }

func (j joined) Analyze([]byte) analysis.TokenStream {
	pa, pb := j.a.Pairs().Analyze(nil), j.b.Pairs().Analyze(nil)
	shift := len(pa) + 2
	out := make(analysis.TokenStream, 0, len(pa)+len(pb))
	out = append(out, pa...)
	moved := make([]analysis.Token, len(pb))
	for k, t := range pb {
		moved[k] = *t
		moved[k].Position += shift
		out = append(out, &moved[k])
	}
	return out
}
