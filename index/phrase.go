package index

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/searcher"
	index "github.com/blevesearch/bleve_index_api"
)

// adjacentQuery finds documents whose field holds its terms at
// consecutive positions: a quoted phrase as syllable pairs.
//
// bleve's phrase searcher does the same, but turns every candidate's
// positions into maps of locations for highlighting, which chiso does not
// use (snippets mark words themselves): for common phrases ("so với cùng",
// in most articles) that was over half of a phrase query's time. This one
// reads the positions the term searchers already hold and keeps none.
type adjacentQuery struct {
	field string
	terms []string
}

func (q adjacentQuery) Searcher(ctx context.Context, r index.IndexReader, _ mapping.IndexMapping,
	options search.SearcherOptions) (search.Searcher, error) {
	options.IncludeTermVectors = true
	var terms []search.Searcher
	closeAll := func() {
		for _, t := range terms {
			t.Close()
		}
	}
	s := &adjacentSearcher{}
	for _, t := range q.terms {
		k := slices.Index(s.distinct, t)
		if k < 0 { // a term may stand twice in a phrase: one searcher
			ts, err := searcher.NewTermSearcher(ctx, r, t, q.field, 1, options)
			if err != nil {
				closeAll()
				return nil, err
			}
			terms = append(terms, ts)
			k = len(s.distinct)
			s.distinct = append(s.distinct, t)
		}
		s.termOf = append(s.termOf, k)
	}
	all, err := searcher.NewConjunctionSearcher(ctx, r, terms, options)
	if err != nil {
		closeAll()
		return nil, err
	}
	s.Searcher = all
	s.positions = make([][]int, len(s.distinct))
	s.cursors = make([]int, len(q.terms))
	return s, nil
}

// adjacentSearcher passes on the matches of a conjunction of its terms
// whose positions line up.
type adjacentSearcher struct {
	search.Searcher // the conjunction of the distinct terms
	distinct        []string
	termOf          []int   // the phrase's terms as indexes into distinct
	positions       [][]int // per distinct term, reused
	cursors         []int   // per phrase term, reused
}

func (s *adjacentSearcher) Next(ctx *search.SearchContext) (*search.DocumentMatch, error) {
	for {
		dm, err := s.Searcher.Next(ctx)
		if dm == nil || err != nil {
			return dm, err
		}
		if s.adjacent(ctx, dm) {
			return dm, nil
		}
	}
}

func (s *adjacentSearcher) Advance(ctx *search.SearchContext, id index.IndexInternalID) (*search.DocumentMatch, error) {
	dm, err := s.Searcher.Advance(ctx, id)
	if dm == nil || err != nil || s.adjacent(ctx, dm) {
		return dm, err
	}
	return s.Next(ctx)
}

// adjacent reports whether the match holds the phrase's term k at
// position p+k for some p, and drops its locations either way; a rejected
// match goes back to the pool.
func (s *adjacentSearcher) adjacent(ctx *search.SearchContext, dm *search.DocumentMatch) bool {
	for k := range s.positions {
		s.positions[k] = s.positions[k][:0]
	}
	for _, l := range dm.FieldTermLocations {
		if k := slices.Index(s.distinct, l.Term); k >= 0 {
			s.positions[k] = append(s.positions[k], int(l.Location.Pos))
		}
	}
	dm.FieldTermLocations = dm.FieldTermLocations[:0]
	if s.lineUp() {
		return true
	}
	ctx.DocumentMatchPool.Put(dm)
	return false
}

// lineUp: some p has p+k among the positions of term k, for every k. A
// term's positions come in increasing order, so each list is read once.
func (s *adjacentSearcher) lineUp() bool {
	for k := range s.cursors {
		s.cursors[k] = 0
	}
	for _, p := range s.positions[s.termOf[0]] {
		ok := true
		for k := 1; k < len(s.termOf) && ok; k++ {
			list := s.positions[s.termOf[k]]
			c := s.cursors[k]
			for c < len(list) && list[c] < p+k {
				c++
			}
			s.cursors[k] = c
			ok = c < len(list) && list[c] == p+k
		}
		if ok {
			return true
		}
	}
	return false
}
