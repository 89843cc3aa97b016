// Package view is what the page shows of the facts, computed without the
// DOM: the facts table's rows (filtered, sorted, merged into the 2025
// provinces, with conflicting values from other articles side by side) and
// the names and numbers as a reader of Vietnamese or English writes them.
// wasm/app draws it with dom/v2; tests run it natively.
package view

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"chiso/extract"
	"chiso/extract/facts"
	"chiso/extract/normalize"
	"chiso/extract/place"
)

// Store holds the articles the page has, and what their facts disagree
// on, kept up to date as articles come and go: an import of a thousand
// articles must not recompare every fact after every chunk.
type Store struct {
	articles map[string]extract.Article
	byKey    map[string][]facts.Sourced // every fact, by what it measures
	disputed map[string]facts.Conflict  // the keys articles disagree on
}

// NewStore returns an empty store.
func NewStore() *Store {
	return &Store{articles: map[string]extract.Article{}, byKey: map[string][]facts.Sourced{}, disputed: map[string]facts.Conflict{}}
}

// Add keeps articles, replacing any with the same id.
func (s *Store) Add(arts ...extract.Article) {
	touched := map[string]bool{}
	for _, a := range arts {
		s.forget(a.ID, touched)
		s.articles[a.ID] = a
		for k, f := range a.Facts {
			key := f.Key()
			s.byKey[key] = append(s.byKey[key], facts.Sourced{Fact: f, Article: a.ID, Index: k})
			touched[key] = true
		}
	}
	s.recheck(touched)
}

// Remove forgets articles; unknown ids are ignored.
func (s *Store) Remove(ids ...string) {
	touched := map[string]bool{}
	for _, id := range ids {
		s.forget(id, touched)
	}
	s.recheck(touched)
}

func (s *Store) forget(id string, touched map[string]bool) {
	old, ok := s.articles[id]
	if !ok {
		return
	}
	delete(s.articles, id)
	keys := map[string]bool{}
	for _, f := range old.Facts {
		keys[f.Key()] = true
	}
	for key := range keys {
		touched[key] = true
		list := s.byKey[key][:0]
		for _, o := range s.byKey[key] {
			if o.Article != id {
				list = append(list, o)
			}
		}
		if len(list) == 0 {
			delete(s.byKey, key)
		} else {
			s.byKey[key] = list
		}
	}
}

// recheck compares again the values of the keys that changed.
func (s *Store) recheck(keys map[string]bool) {
	for key := range keys {
		delete(s.disputed, key)
		if list := s.byKey[key]; len(list) > 1 {
			for _, c := range facts.Conflicts(list) {
				s.disputed[c.Key] = c
			}
		}
	}
}

// Article returns a kept article.
func (s *Store) Article(id string) (extract.Article, bool) {
	a, ok := s.articles[id]
	return a, ok
}

// Len is how many articles the store holds.
func (s *Store) Len() int { return len(s.articles) }

// Conflicts is how many measures the articles disagree on.
func (s *Store) Conflicts() int { return len(s.disputed) }

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
	// Columns holds, per column, the one cell value a row must show there
	// ("" or absent: any), as a spreadsheet's column filter does.
	Columns map[int]string
	// Articles, when not nil, are the only articles whose figures show: the
	// ones a search's facets keep ("Bắc Giang", "Xuất khẩu", 2024).
	Articles map[string]bool
}

// FilterCols are the columns a reader filters by value: indicator, sector,
// region, period, kind and basis.
var FilterCols = []int{ColIndicator, ColSector, ColRegion, ColPeriod, ColKind, ColBasis}

// Count is one value of a column and how many rows show it.
type Count struct {
	Value string `json:"value"`
	N     int    `json:"n"`
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

// Other is a value other articles give for the same measure, and where
// it comes from: the first article giving it, and how many do.
type Other struct {
	Value   string
	Article string
	Fact    int // its place in that article
	Source  string
	Count   int
}

// ref is a fact by place, before it becomes a Row.
type ref struct {
	article *extract.Article
	k       int
	sortKey string
}

// Rows returns up to limit rows matching q, and how many match in all.
// Only the rows returned are written out; the rest are counted.
func (s *Store) Rows(q Query, limit int) ([]Row, int) {
	rows, total, _ := s.RowsAndCounts(q, limit)
	return rows, total
}

// RowsAndCounts is Rows, and for each filter column the values rows show
// there with how many, counted over the rows every other filter keeps (a
// spreadsheet's column menu): one pass over the facts.
func (s *Store) RowsAndCounts(q Query, limit int) ([]Row, int, map[int][]Count) {
	rows, total, counts, _ := s.RowsAndCountsPaced(q, limit, nil)
	return rows, total, counts
}

// paceEvery is how many facts RowsAndCountsPaced reads between two calls of
// its pace function: about 15 ms of work in the browser's wasm.
const paceEvery = 3000

// RowsAndCountsPaced is RowsAndCounts that calls pace (when not nil) every
// paceEvery facts, so that a caller on the page's thread can give the page a
// turn there (the views sleep, which in js/wasm returns to the event loop):
// with 22,000 facts the table's rows took 92 ms in one piece. When pace
// returns false (a newer query came) it stops, and ok is false.
func (s *Store) RowsAndCountsPaced(q Query, limit int, pace func() bool) ([]Row, int, map[int][]Count, bool) {
	refs, counts, ok := s.selectRefs(q, pace)
	if !ok {
		return nil, 0, nil, false
	}
	s.sortRefs(q, refs)
	total := len(refs)
	if limit > 0 && len(refs) > limit {
		refs = refs[:limit]
	}
	rows := make([]Row, len(refs))
	for i, r := range refs {
		rows[i] = s.row(q, r.article, r.k)
		rows[i].Others = s.others(q.Lang, r.article.ID, r.article.Facts[r.k])
	}
	out := map[int][]Count{}
	for c, m := range counts {
		for v, n := range m {
			out[c] = append(out[c], Count{v, n})
		}
		sort.Slice(out[c], func(i, j int) bool {
			a, b := out[c][i], out[c][j]
			if a.N != b.N {
				return a.N > b.N
			}
			return a.Value < b.Value
		})
	}
	return rows, total, out, true
}

// selectRefs is every fact q's filters keep, in article order, and for each
// filter column the values the rows every other filter keeps show there,
// with how many (pace as in RowsAndCountsPaced; ok false when it stopped).
func (s *Store) selectRefs(q Query, pace func() bool) (refs []ref, counts map[int]map[string]int, ok bool) {
	read := 0
	paced := func() bool {
		read++
		return pace == nil || read%paceEvery != 0 || pace()
	}
	places, words := filterWords(q.Filter)
	counts = map[int]map[string]int{}
	for _, c := range FilterCols {
		counts[c] = map[string]int{}
	}
	for _, id := range s.ids() {
		if q.Articles != nil && !q.Articles[id] {
			continue
		}
		a := s.articles[id]
		for k, f := range a.Facts {
			if !paced() {
				return nil, nil, false
			}
			if q.ConflictsOnly {
				if _, ok := s.disputed[f.Key()]; !ok {
					continue
				}
			}
			var cells [NumCols]string
			if len(words)+len(places) > 0 {
				// the figure's cells, their codes and the old province name, not
				// the article's title: "9 thang" is not every figure of an
				// article called "… 9 tháng tăng 8,7%"
				cells = s.row(q, &a, k).Cells
				hay := wordsOf(strings.Join(cells[:ColArticle], " ") + " " + f.Indicator + " " + f.Sector + " " + f.Kind + " " + f.Region + " " + deref(f.Period))
				if !all(hay, words) || !all(wordsOf(cells[ColRegion]+" "+f.Region), places) {
					continue
				}
			} else {
				cells = s.filterCells(q, f) // the menus' columns only: no value to write out
			}
			failed, which := 0, -1
			for c, want := range q.Columns {
				if want != "" && cells[c] != want {
					failed++
					which = c
				}
			}
			for _, c := range FilterCols {
				if failed == 0 || failed == 1 && which == c {
					counts[c][cells[c]]++
				}
			}
			if failed == 0 {
				refs = append(refs, ref{article: &a, k: k})
			}
		}
	}
	return refs, counts, true
}

// sortRefs orders refs by q's column: values within their unit, periods in
// time, the other columns by their words without diacritics.
func (s *Store) sortRefs(q Query, refs []ref) {
	if q.SortCol >= 0 && q.SortCol < NumCols {
		switch q.SortCol {
		case ColValue:
		case ColPeriod:
			// in time, not by the words: "tháng 10/2025" after "tháng 9/2025"
			for i := range refs {
				refs[i].sortKey = fmt.Sprintf("%011d", PeriodOrder(deref(refs[i].article.Facts[refs[i].k].Period)))
			}
		default:
			for i := range refs {
				refs[i].sortKey = normalize.Fold(strings.ToLower(s.row(q, refs[i].article, refs[i].k).Cells[q.SortCol]))
			}
		}
		sort.SliceStable(refs, func(i, j int) bool {
			var less, more bool
			if q.SortCol == ColValue {
				// units apart: per cent, points, dong and dollars are not one scale
				fa, fb := refs[i].article.Facts[refs[i].k], refs[j].article.Facts[refs[j].k]
				if fa.Unit != fb.Unit {
					return unitOrder(fa.Unit) < unitOrder(fb.Unit)
				}
				less, more = fa.Value < fb.Value, fa.Value > fb.Value
			} else {
				less, more = refs[i].sortKey < refs[j].sortKey, refs[i].sortKey > refs[j].sortKey
			}
			if q.Descending {
				return more
			}
			return less
		})
	}
}

// Pick is one fact by place: its article's ID and its index there.
type Pick struct {
	Article string `json:"article"`
	Fact    int    `json:"fact"`
}

// Selected is every fact q's filters keep, in q's order: what an export of
// the table as the reader narrowed it writes (Rows draws at most a limit).
func (s *Store) Selected(q Query) []Pick {
	refs, _, _ := s.selectRefs(q, nil)
	s.sortRefs(q, refs)
	out := make([]Pick, len(refs))
	for i, r := range refs {
		out[i] = Pick{r.article.ID, r.k}
	}
	return out
}

// row writes out one fact as the table shows it.
func (s *Store) row(q Query, a *extract.Article, k int) Row {
	f := a.Facts[k]
	cells := s.filterCells(q, f)
	cells[ColValue], cells[ColArticle] = Value(q.Lang, f.Value, f.Unit), Title(*a)
	return Row{Fact: f, Index: k, Article: a.ID, Cells: cells}
}

// filterCells are a fact's cells in the columns a reader filters by.
func (s *Store) filterCells(q Query, f facts.Fact) [NumCols]string {
	region := f.Region
	if q.Merge2025 && f.Region2025 != nil && *f.Region2025 != "" && *f.Region2025 != f.Region {
		region = *f.Region2025 + " ← " + f.Region // merged, and where it came from: "Bắc Ninh ← Bắc Giang"
	}
	basis := ""
	if f.Basis != nil {
		basis = Name(q.Lang, *f.Basis)
	}
	return [NumCols]string{Name(q.Lang, f.Indicator), Name(q.Lang, f.Sector), region, Period(q.Lang, deref(f.Period)), Name(q.Lang, f.Kind), basis}
}

// others are the values other articles give for f's measure that differ
// from f's, each once, largest first.
func (s *Store) others(lang Lang, article string, f facts.Fact) []Other {
	c, ok := s.disputed[f.Key()]
	if !ok {
		return nil
	}
	var out []Other
	var values []float64
next:
	for _, o := range c.Values {
		if o.Article == article || facts.Agree(o.Value, f.Value) {
			continue
		}
		for i, v := range values {
			if facts.Agree(v, o.Value) {
				out[i].Count++
				continue next
			}
		}
		values = append(values, o.Value)
		out = append(out, Other{Value(lang, o.Value, o.Unit), o.Article, o.Index, s.source(o.Article), 1})
	}
	return out
}

// unitOrder groups a column sorted by value: rates first, then amounts.
func unitOrder(unit string) int {
	switch unit {
	case "%":
		return 0
	case "pp":
		return 1
	case "x":
		return 2
	case "count":
		return 3
	case "USD":
		return 4
	case "VND":
		return 5
	}
	return 6
}

// periodWords say a period as the table writes it: "quý I" is "q1", "6
// tháng đầu năm" is "h1" (the cells read "2024-Q1", "2024-H1").
var periodWords = strings.NewReplacer(
	" quy iv ", " q4 ", " quy iii ", " q3 ", " quy ii ", " q2 ", " quy i ", " q1 ",
	" quy 4 ", " q4 ", " quy 3 ", " q3 ", " quy 2 ", " q2 ", " quy 1 ", " q1 ",
	" 6 thang dau nam ", " h1 ", " sau thang dau nam ", " h1 ", " nua dau nam ", " h1 ",
	" 6 thang cuoi nam ", " h2 ", " sau thang cuoi nam ", " h2 ", " nua cuoi nam ", " h2 ",
)

// filterWords are what a row must hold for filter, folded: the provinces it
// names, by any of their names ("TP.HCM", "Sài Gòn", "HCM" → "ho chi minh"),
// which a row's region must be ("bac ninh" is not the country's figures
// quoted in an article about Bắc Ninh), and the other words, each a whole
// word of the row (the last perhaps still being typed), a quarter or a half
// as the table's codes write it ("quý I" → "q1"). A number goes with the
// word after it, and a month's number with "tháng": "9 tháng" is the run of
// nine months, "tháng 9" September, neither a value of 9,1%.
func filterWords(filter string) (places, words []string) {
	if strings.TrimSpace(filter) == "" {
		return nil, nil
	}
	var b strings.Builder
	last := 0
	for _, m := range place.Default.Mentioned(filter) {
		b.WriteString(filter[last:m.Start] + " ")
		places = append(places, normalize.Fold(strings.ToLower(m.Name)))
		last = m.End
	}
	b.WriteString(filter[last:])
	folded := periodWords.Replace(" " + normalize.Fold(strings.ToLower(b.String())) + " ")
	for _, w := range strings.FieldsFunc(folded, notWord) {
		n := len(words)
		if n > 0 && digits(words[n-1]) && !digits(w) || n > 0 && (words[n-1] == "thang" || words[n-1] == "quy") && digits(w) {
			words[n-1] += " " + w // "tháng 10" is October, not a row with "tháng" and a 10 somewhere
			continue
		}
		words = append(words, w)
	}
	return places, words
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// wordsOf is s folded, its words between single spaces, with a space at
// each end: what filter words are looked for in.
func wordsOf(s string) string {
	return " " + strings.Join(strings.FieldsFunc(normalize.Fold(strings.ToLower(s)), notWord), " ") + " "
}

// all: every word is a whole word of hay (from wordsOf), the last one
// perhaps only begun.
func all(hay string, words []string) bool {
	for k, w := range words {
		if k == len(words)-1 && !strings.Contains(hay, " "+w) || k < len(words)-1 && !strings.Contains(hay, " "+w+" ") {
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
