package index

import (
	"context"
	"math"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
)

// adjacentQuery finds documents whose field holds its terms at
// consecutive positions: a quoted phrase as syllable pairs.
//
// bleve's phrase searcher does the same through term searchers and their
// scorers, which copy every candidate's locations twice and then turn them
// into maps for highlighting; chiso marks snippets itself, and for common
// phrases ("so với cùng", in most articles) that work was most of a phrase
// query. This one reads the positions from the postings and scores a match
// as bleve scores a term (tf-idf), the phrase's occurrences as its
// frequency.
type adjacentQuery struct {
	field string
	terms []string
}

func (q adjacentQuery) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping,
	options search.SearcherOptions) (search.Searcher, error) {
	docs, err := r.DocCount()
	if err != nil {
		return nil, err
	}
	s := &adjacentSearcher{}
	for _, t := range q.terms {
		k := slices.Index(s.distinct, t)
		if k < 0 { // a term may stand twice in a phrase: it is read once
			tfr, err := r.TermFieldReader(ctx, []byte(t), q.field, true, true, true)
			if err != nil {
				s.Close()
				return nil, err
			}
			k = len(s.distinct)
			s.distinct = append(s.distinct, t)
			s.readers = append(s.readers, tfr)
			s.idf += 1 + math.Log(float64(docs)/float64(tfr.Count()+1))
		}
		s.termOf = append(s.termOf, k)
	}
	s.current = make([]*index.TermFieldDoc, len(s.readers))
	s.buffers = make([]index.TermFieldDoc, len(s.readers))
	s.positions = make([][]uint64, len(s.readers))
	s.cursors = make([]int, len(s.termOf))
	s.queryWeight = s.idf
	return s, nil
}

// adjacentSearcher walks the postings of the phrase's distinct terms in
// step and passes on the documents where they line up.
type adjacentSearcher struct {
	distinct    []string
	termOf      []int // the phrase's terms as indexes into distinct
	readers     []index.TermFieldReader
	current     []*index.TermFieldDoc // each reader's document, nil before the first
	buffers     []index.TermFieldDoc
	positions   [][]uint64 // per distinct term, reused
	cursors     []int      // per phrase term, reused
	idf         float64
	queryWeight float64
}

func (s *adjacentSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	if err := s.read(0, nil); err != nil || s.current[0] == nil {
		return nil, err
	}
	return s.align(ctx)
}

func (s *adjacentSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	if d := s.current[0]; d == nil || d.ID.Compare(id) < 0 {
		if err := s.read(0, id); err != nil {
			return nil, err
		}
	}
	if s.current[0] == nil {
		return nil, nil
	}
	return s.align(ctx)
}

// read moves reader k to its next document, or to the first at or after id.
func (s *adjacentSearcher) read(k int, id index.IndexInternalID) error {
	var d *index.TermFieldDoc
	var err error
	if id == nil {
		d, err = s.readers[k].Next(&s.buffers[k])
	} else {
		d, err = s.readers[k].Advance(id, &s.buffers[k])
	}
	s.current[k] = d
	return err
}

// align brings every reader to the document of reader 0, moving that one
// on whenever another is ahead or the positions do not line up, and
// returns the first match.
func (s *adjacentSearcher) align(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for s.current[0] != nil {
		ahead := false
		for k := 1; k < len(s.readers) && !ahead; k++ {
			if d := s.current[k]; d == nil || d.ID.Compare(s.current[0].ID) < 0 {
				// (never at or before its own document: a scorch reader starts over then)
				if err := s.read(k, s.current[0].ID); err != nil || s.current[k] == nil {
					return nil, err
				}
			}
			if s.current[k].ID.Compare(s.current[0].ID) > 0 {
				if err := s.read(0, s.current[k].ID); err != nil {
					return nil, err
				}
				ahead = true
			}
		}
		if ahead {
			continue
		}
		if n := s.lineUps(); n > 0 {
			dm := ctx.DocumentMatchPool.Get()
			dm.IndexInternalID = append(dm.IndexInternalID[:0], s.current[0].ID...)
			dm.Score = math.Sqrt(float64(n)) * s.current[0].Norm * s.idf * s.queryWeight
			return dm, nil
		}
		if err := s.read(0, nil); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// lineUps counts the positions p where the phrase's term k stands at p+k
// for every k. A term's positions come in increasing order, so each list
// is read once.
func (s *adjacentSearcher) lineUps() int {
	for k, d := range s.current {
		s.positions[k] = s.positions[k][:0]
		for _, v := range d.Vectors {
			s.positions[k] = append(s.positions[k], v.Pos)
		}
	}
	for k := range s.cursors {
		s.cursors[k] = 0
	}
	n := 0
	for _, p := range s.positions[s.termOf[0]] {
		ok := true
		for k := 1; k < len(s.termOf) && ok; k++ {
			list, c := s.positions[s.termOf[k]], s.cursors[k]
			for c < len(list) && list[c] < p+uint64(k) {
				c++
			}
			s.cursors[k] = c
			ok = c < len(list) && list[c] == p+uint64(k)
		}
		if ok {
			n++
		}
	}
	return n
}

// Weight and SetQueryNorm take part in normalising scores across a query,
// as a term searcher with the phrase's idf would.
func (s *adjacentSearcher) Weight() float64            { return s.idf * s.idf }
func (s *adjacentSearcher) SetQueryNorm(n float64)     { s.queryWeight = s.idf * n }
func (s *adjacentSearcher) Min() int                   { return 0 }
func (s *adjacentSearcher) DocumentMatchPoolSize() int { return 1 }
func (s *adjacentSearcher) Size() int                  { return 256 }

// Count is at most the documents of the rarest term.
func (s *adjacentSearcher) Count() uint64 {
	var n uint64
	for k, r := range s.readers {
		if c := r.Count(); k == 0 || c < n {
			n = c
		}
	}
	return n
}

func (s *adjacentSearcher) Close() error {
	var err error
	for _, r := range s.readers {
		if e := r.Close(); err == nil {
			err = e
		}
	}
	return err
}
