// Package view is what the page shows of the facts, computed without the
// DOM: the facts table's rows (filtered, sorted, merged into the 2025
// provinces, with conflicting values from other articles side by side) and
// the names and numbers as a reader of Vietnamese or English writes them.
// wasm/app draws it with dom/v2; tests run it natively.
package view

import (
	"sort"
	"strings"

	"chiso/extract"
	"chiso/extract/facts"
	"chiso/extract/normalize"
)

// Store holds the articles the page has, and what their facts disagree on.
type Store struct {
	articles  map[string]extract.Article
	conflicts map[string]facts.Conflict // by fact key; nil when stale
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{articles: map[string]extract.Article{}} }

// Add keeps articles, replacing any with the same id.
func (s *Store) Add(arts ...extract.Article) {
	for _, a := range arts {
		s.articles[a.ID] = a
	}
	s.conflicts = nil
}

// Remove forgets articles; unknown ids are ignored.
func (s *Store) Remove(ids ...string) {
	for _, id := range ids {
		delete(s.articles, id)
	}
	s.conflicts = nil
}

// Article returns a kept article.
func (s *Store) Article(id string) (extract.Article, bool) {
	a, ok := s.articles[id]
	return a, ok
}

// Len is how many articles the store holds.
func (s *Store) Len() int { return len(s.articles) }

// Columns of the table, in order.
const (
	ColIndicator = iota
	ColSector
	ColRegion
	ColPeriod
	ColKind
	ColBasis
	ColValue
	ColArticle
	NumCols
)

// Query is how the reader asked to see the table.
type Query struct {
	Filter        string // words, with or without diacritics, all of which a row must hold
	Merge2025     bool   // show pre-2025 provinces as the unit they belong to now
	ConflictsOnly bool
	SortCol       int // -1: article order
	Descending    bool
	Lang          Lang
}

// Row is one fact as the table shows it.
type Row struct {
	Cells   [NumCols]string
	Fact    facts.Fact
	Index   int // the fact's place in its article
	Article string
	// Others are the values other articles give for the same measure,
	// when they differ from this one.
	Others []Other
}

// Other is a differing value and where it comes from.
type Other struct {
	Value   string
	Article string
	Fact    int // its place in the article
	Source  string
}

// Rows returns up to limit rows matching q, and how many match in all.
func (s *Store) Rows(q Query, limit int) ([]Row, int) {
	conflicts := s.conflictsByKey()
	words := strings.Fields(normalize.Fold(strings.ToLower(q.Filter)))
	var rows []Row
	for _, id := range s.ids() {
		a := s.articles[id]
		for k, f := range a.Facts {
			c, disputed := conflicts[f.Key()]
			if q.ConflictsOnly && !disputed {
				continue
			}
			r := Row{Fact: f, Index: k, Article: a.ID}
			region := f.Region
			if q.Merge2025 && f.Region2025 != nil {
				region = *f.Region2025
			}
			period, basis := "", ""
			if f.Period != nil {
				period = *f.Period
			}
			if f.Basis != nil {
				basis = Name(q.Lang, *f.Basis)
			}
			r.Cells = [NumCols]string{Name(q.Lang, f.Indicator), Name(q.Lang, f.Sector), region, period,
				Name(q.Lang, f.Kind), basis, Value(q.Lang, f.Value, f.Unit), Title(a)}
			if len(words) > 0 {
				// codes and the old province name find a row too
				hay := normalize.Fold(strings.ToLower(strings.Join(r.Cells[:], " ") + " " + f.Indicator + " " + f.Sector + " " + f.Kind + " " + f.Region))
				if !all(hay, words) {
					continue
				}
			}
			if disputed {
				for _, o := range c.Values {
					if o.Article != a.ID && !facts.Agree(o.Value, f.Value) {
						r.Others = append(r.Others, Other{Value(q.Lang, o.Value, o.Unit), o.Article, o.Index, s.source(o.Article)})
					}
				}
			}
			rows = append(rows, r)
		}
	}
	if q.SortCol >= 0 && q.SortCol < NumCols {
		sort.SliceStable(rows, func(i, j int) bool {
			var less, more bool
			if q.SortCol == ColValue {
				less, more = rows[i].Fact.Value < rows[j].Fact.Value, rows[i].Fact.Value > rows[j].Fact.Value
			} else {
				a, b := normalize.Fold(strings.ToLower(rows[i].Cells[q.SortCol])), normalize.Fold(strings.ToLower(rows[j].Cells[q.SortCol]))
				less, more = a < b, a > b
			}
			if q.Descending {
				return more
			}
			return less
		})
	}
	total := len(rows)
	if limit > 0 && len(rows) > limit {
		rows = rows[:limit]
	}
	return rows, total
}

func all(hay string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// ids are the articles newest first, then by title.
func (s *Store) ids() []string {
	ids := make([]string, 0, len(s.articles))
	for id := range s.articles {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		a, b := s.articles[ids[i]], s.articles[ids[j]]
		pa, pb := deref(a.Published), deref(b.Published)
		if pa != pb {
			return pa > pb
		}
		return Title(a) < Title(b)
	})
	return ids
}

func (s *Store) conflictsByKey() map[string]facts.Conflict {
	if s.conflicts != nil {
		return s.conflicts
	}
	var all []facts.Sourced
	for _, a := range s.articles {
		for k, f := range a.Facts {
			all = append(all, facts.Sourced{Fact: f, Article: a.ID, Index: k})
		}
	}
	s.conflicts = map[string]facts.Conflict{}
	for _, c := range facts.Conflicts(all) {
		s.conflicts[c.Key] = c
	}
	return s.conflicts
}

// Conflicts is how many measures the articles disagree on.
func (s *Store) Conflicts() int { return len(s.conflictsByKey()) }

// source names an article for a reader: its site, else its title.
func (s *Store) source(id string) string {
	a := s.articles[id]
	if site := a.Site(); site != "" {
		return site
	}
	return Title(a)
}

// Title is what an article is called on the page.
func Title(a extract.Article) string {
	if t := deref(a.Title); t != "" {
		return t
	}
	if a.File != "" {
		return a.File
	}
	return a.ID
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
