package index

import (
	"github.com/blevesearch/bleve/v2/analysis"
	index "github.com/blevesearch/bleve_index_api"
)

// analysedField is a text field of an article, a bleve document
// field built from a vi.Text stream. bleve's own text field counts terms
// with a map entry, a TokenFreq and a slice of locations allocated one by
// one, and then walks them all again to report its size; an article's
// fields hold some two thousand terms, so this one counts them into three
// allocations and reports its size from its text.
type analysedField struct {
	name    string
	options index.FieldIndexingOptions
	stream  analysis.Analyzer // a vi.Text stream: ignores its input
	plain   int               // bytes of the text

	length int
	freqs  index.TokenFrequencies
}

func newAnalysedField(name string, stream analysis.Analyzer, plain int, options index.FieldIndexingOptions) *analysedField {
	return &analysedField{name: name, options: options, stream: stream, plain: plain}
}

func (f *analysedField) Name() string                        { return f.name }
func (f *analysedField) ArrayPositions() []uint64            { return nil }
func (f *analysedField) Options() index.FieldIndexingOptions { return f.options }
func (f *analysedField) Value() []byte                       { return nil } // nothing is stored
func (f *analysedField) NumPlainTextBytes() uint64           { return uint64(f.plain) }
func (f *analysedField) EncodedFieldType() byte              { return 't' }
func (f *analysedField) AnalyzedLength() int                 { return f.length }

func (f *analysedField) AnalyzedTokenFrequencies() index.TokenFrequencies { return f.freqs }

// Size estimates the memory the field holds, for bleve's accounting: its
// terms and locations are about four times its text.
func (f *analysedField) Size() int { return 64 + 4*f.plain }

// Analyze counts the terms of the stream; bleve calls it once, in one of
// its analysis goroutines.
func (f *analysedField) Analyze() {
	tokens := f.stream.Analyze(nil)
	// Let the text's tokens go once its fields are counted: bleve holds a
	// whole batch of counted documents until it writes the segment.
	f.stream = nil
	f.length = len(tokens)
	f.freqs = make(index.TokenFrequencies, len(tokens)/2)
	slab := make([]index.TokenFreq, 0, len(tokens))
	var locations []index.TokenLocation
	var owners []*index.TokenFreq // with locations: the term of each token
	withLocations := f.options.IncludeTermVectors()
	if withLocations {
		locations = make([]index.TokenLocation, len(tokens))
		owners = make([]*index.TokenFreq, len(tokens))
	}
	for k, t := range tokens {
		tf, ok := f.freqs[string(t.Term)]
		if !ok {
			slab = append(slab, index.TokenFreq{Term: t.Term})
			tf = &slab[len(slab)-1] // slab never grows: its capacity is every token
			f.freqs[string(t.Term)] = tf
		}
		tf.SetFrequency(tf.Frequency() + 1)
		if withLocations { // positions only: snippets find their words themselves, so
			// no one reads byte offsets, and the segment is 6% smaller without them
			locations[k] = index.TokenLocation{Position: t.Position}
			owners[k] = tf
		}
	}
	if !withLocations {
		return
	}
	// every term's locations are a run of one shared slice, in token order
	pointers := make([]*index.TokenLocation, len(tokens))
	next := 0
	for k := range slab {
		n := slab[k].Frequency()
		slab[k].Locations = pointers[next : next : next+n]
		next += n
	}
	for k, tf := range owners {
		tf.Locations = append(tf.Locations, &locations[k])
	}
}
