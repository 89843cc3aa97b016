package index

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"chiso/extract/facts"
	"chiso/extract/normalize"
	"chiso/extract/place"
	"chiso/extract/segment"
	"chiso/index/vi"
)

// Request is one search.
type Request struct {
	// Query is what the user typed: words with or without diacritics,
	// province names or aliases, "quoted phrases", and bleve query-string
	// clauses on fields ("+indicator:exports +value:>10000000000").
	Query string `json:"query"`
	// Type limits hits to "article" or "fact"; empty means articles.
	Type string `json:"type,omitempty"`
	// Filters keep hits whose field has one of the values: province,
	// province_2025, indicator, year, source, sector, kind, period.
	Filters map[string][]string `json:"filters,omitempty"`
	// Sort is "relevance" (the default) or "date" (newest first).
	Sort string `json:"sort,omitempty"`
	// Prefix reads the last word as the start of a word, for search as you type.
	Prefix bool `json:"prefix,omitempty"`
	// NoFacets skips counting facets (a search box's first keystrokes).
	NoFacets bool `json:"no_facets,omitempty"`
	From     int  `json:"from,omitempty"`
	Size     int  `json:"size,omitempty"` // default 10
}

// Result is a page of hits with facet counts.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
	Took   time.Duration           `json:"took_ns"`
}

// Hit is one matching article or fact.
type Hit struct {
	ID        string  `json:"id"`
	Type      string  `json:"type"`
	Score     float64 `json:"score"`
	Article   string  `json:"article"`
	File      string  `json:"file,omitempty"`
	Title     string  `json:"title,omitempty"`
	Published string  `json:"published,omitempty"`
	// Snippets are short passages with the query's words in <mark>; all
	// other text is HTML-escaped, so a snippet can be shown as markup.
	Snippets []string    `json:"snippets"`
	Fact     *facts.Fact `json:"fact,omitempty"`
}

// FacetCount is one value of a facet and how many hits have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// FacetFields are the fields Search counts.
var FacetFields = []string{"province", "indicator", "year", "source"}

// filterFields may be filtered on.
var filterFields = map[string]bool{"province": true, "province_2025": true, "indicator": true, "year": true,
	"source": true, "sector": true, "kind": true, "period": true, "region": true, "basis": true, "unit": true}

// Search runs a request. An empty query lists everything (newest first when
// sorted by date).
func (x *Index) Search(r Request) (*Result, error) {
	start := time.Now()
	typ := r.Type
	if typ == "" {
		typ = "article"
	}
	if typ != "article" && typ != "fact" {
		return nil, fmt.Errorf("index: type must be article or fact, not %q", typ)
	}
	size := r.Size
	if size <= 0 {
		size = 10
	}
	if size > 1000 {
		size = 1000
	}
	pq := parse(r.Query, r.Prefix)
	if c := strings.TrimSpace(pq.clauses); c != "" {
		if _, err := bleve.NewQueryStringQuery(c).Parse(); err != nil {
			return nil, fmt.Errorf("the field clause in %q cannot be read (%v): write +field:value with a field of %s, or value:>NUMBER (value:>1000000000), date:>\"2024-01-01\"", c, err, clauseFields())
		}
	}
	res, err := x.run(r, typ, pq, size, false)
	if err == nil && res.Total == 0 && len(pq.words) > 0 {
		res, err = x.run(r, typ, pq, size, true) // nothing: forgive a typo
	}
	if err != nil {
		return nil, err
	}
	out := &Result{Total: res.Total, Facets: map[string][]FacetCount{}, Hits: []Hit{}}
	for name, fr := range res.Facets {
		var counts []FacetCount
		if fr.Terms != nil {
			for _, t := range fr.Terms.Terms() {
				counts = append(counts, FacetCount{t.Term, t.Count})
			}
		}
		out.Facets[name] = counts
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, x.hit(h.ID, h.Score, pq))
	}
	out.Took = time.Since(start)
	return out, nil
}

func (x *Index) run(r Request, typ string, pq parsed, size int, fuzzy bool) (*bleve.SearchResult, error) {
	q, err := pq.query(fuzzy)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	must := []query.Query{q}
	for field, values := range r.Filters {
		if !filterFields[field] {
			return nil, fmt.Errorf("index: cannot filter on %q", field)
		}
		if len(values) == 0 {
			continue
		}
		var any []query.Query
		for _, v := range values {
			any = append(any, termQuery(field, v))
		}
		must = append(must, bleve.NewDisjunctionQuery(any...))
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), size, r.From, false)
	if !r.NoFacets {
		for _, f := range FacetFields {
			req.AddFacet(f, bleve.NewFacetRequest(f, 20))
		}
	}
	if r.Sort == "date" {
		req.SortBy([]string{"-date", "-_score"})
	}
	idx, err := x.ready(typ)
	if err != nil {
		return nil, err
	}
	return idx.Search(req)
}

func termQuery(field, value string) query.Query {
	t := bleve.NewTermQuery(value)
	t.SetField(field)
	return t
}

// hit builds a result from the stored article.
func (x *Index) hit(id string, score float64, pq parsed) Hit {
	h := Hit{ID: id, Type: "article", Score: score, Article: id, Snippets: []string{}}
	artID := id
	factNo := -1
	if slash := strings.LastIndexByte(id, '/'); slash >= 0 {
		h.Type, artID = "fact", id[:slash]
		fmt.Sscan(id[slash+1:], &factNo)
	}
	s, ok := x.stored[artID]
	if !ok {
		return h
	}
	a, err := s.article()
	if err != nil {
		return h
	}
	h.Article, h.File, h.Title, h.Published = a.ID, a.File, deref(a.Title), deref(a.Published)
	if h.Type == "fact" && factNo >= 0 && factNo < len(a.Facts) {
		f := a.Facts[factNo]
		h.Fact = &f
		h.Snippets = snippets(f.Quote, pq.marks(), 1)
	} else {
		h.Snippets = snippets(a.Body, pq.marks(), 2)
	}
	return h
}

// parsed is a query taken apart: free words (a province's words set aside),
// quoted phrases, provinces, and query-string clauses.
type parsed struct {
	words     []string // normalised syllables, in order
	phrases   [][]string
	provinces []string
	// indicators are contract codes typed as words ("exports", "cpi"), the
	// names the facets and the CSV show: "exports" finds an article that
	// writes only "kim ngạch xuất khẩu".
	indicators []string
	clauses    string // bleve query string, for field clauses
	prefix     bool   // the last word is a prefix
	// numbers are whole numbers typed without their thousands dots, found
	// as typed or as printed: "1947" is "1947" (a year) or "1.947".
	numbers []string
}

// parse splits what the user typed.
func parse(q string, prefix bool) parsed {
	q = normalize.Text(q)
	var p parsed
	var free []string
	for _, f := range splitQuoted(q) {
		switch {
		case f.quoted, numberAsTyped.MatchString(f.text):
			// (a number with its separators is a phrase: "26,35" is two terms to
			// the index, found and marked only side by side)
			if ws := syllables(f.text); len(ws) > 0 {
				p.phrases = append(p.phrases, ws)
			}
		case plainNumber.MatchString(f.text):
			p.numbers = append(p.numbers, f.text)
		case isClause(f.text):
			p.clauses += " " + f.text
		case indicatorWords[normalize.Lower(f.text)] != "":
			p.indicators = append(p.indicators, normalize.Lower(f.text))
		default:
			free = append(free, f.text)
		}
	}
	text := strings.Join(free, " ")
	// (a last word of one letter is taken as typed: "quý I" is the first
	// quarter, not every word that starts with i, "III", "IIP", "ít")
	p.prefix = prefix && !strings.HasSuffix(q, " ") && len(free) > 0 && strings.HasSuffix(q, free[len(free)-1]) && utf8.RuneCountInString(free[len(free)-1]) > 1
	// provinces are matched on the province field, so "TP.HCM" finds an
	// article that writes "Thành phố Hồ Chí Minh"
	last := 0
	var rest []string
	for _, m := range place.Default.Mentioned(text) {
		p.provinces = append(p.provinces, m.Name)
		rest = append(rest, text[last:m.Start])
		last = m.End
		if m.End == len(text) {
			p.prefix = false
		}
	}
	rest = append(rest, text[last:])
	p.words = syllables(strings.Join(rest, " "))
	return p
}

// numberAsTyped is a figure with its thousands or decimal separators:
// "26,35", "1.298.791", "5.412,7".
var numberAsTyped = regexp.MustCompile(`^\d+(?:[.,]\d+)+%?$`)

// plainNumber is a whole number of four digits or more with no separators.
var plainNumber = regexp.MustCompile(`^\d{4,}$`)

// thousands are a plain number's digits in groups of three from the right,
// as Vietnamese prints them between dots: "1298791" → 1 298 791.
func thousands(n string) []string {
	var out []string
	for len(n) > 3 {
		out = append([]string{n[len(n)-3:]}, out...)
		n = n[:len(n)-3]
	}
	return append([]string{n}, out...)
}

type field struct {
	text   string
	quoted bool
}

// splitQuoted splits on spaces, keeping "quoted phrases" whole.
func splitQuoted(q string) []field {
	var out []field
	for i, part := range strings.Split(q, `"`) {
		if i%2 == 1 {
			out = append(out, field{part, true})
			continue
		}
		for _, w := range strings.Fields(part) {
			out = append(out, field{w, false})
		}
	}
	return out
}

// clauseFields lists the fields a clause may name, sorted.
func clauseFields() string {
	var fs []string
	for f := range filterFields {
		fs = append(fs, f)
	}
	sort.Strings(fs)
	return strings.Join(fs, ", ")
}

// isClause: a query-string clause on a known field, "+indicator:exports",
// "value:>1e10", "-province:Hà Nội" is not supported (one word per clause).
func isClause(w string) bool {
	w = strings.TrimLeft(w, "+-")
	k, _, ok := strings.Cut(w, ":")
	return ok && (filterFields[k] || k == "value" || k == "date" || k == "article")
}

// syllables are the normalised words of s.
func syllables(s string) []string {
	var out []string
	for _, t := range segment.Tokens(normalize.Lower(s)) {
		// (a stray combining mark folds to nothing, as in the index)
		if w := vi.Term(s[t.Start:t.End]); t.Kind != segment.Punct && normalize.FoldWord(w) != "" {
			out = append(out, w)
		}
	}
	return out
}

// Boosts: a word as typed weighs more than its folded form, a title more than
// a body, adjacent syllables more than scattered ones.
const (
	boostTitle       = 3.0
	boostBody        = 1.5
	boostTitleFolded = 1.2
	boostBodyFolded  = 0.6
	boostPairs       = 2.0
	boostPhrase      = 6.0
	boostProvince    = 4.0
	boostFuzzy       = 0.2
	boostTitleAll    = 4.0
	boostNamed       = 2.0
)

// query builds the bleve query: every word must be found (as typed or
// folded) in the title or the body; every phrase as folded syllable pairs;
// every province in the province field. Syllable pairs of the whole query
// raise documents that hold it as a phrase.
func (p parsed) query(fuzzy bool) (query.Query, error) {
	var must []query.Query
	for k, w := range p.words {
		if p.prefix && k == len(p.words)-1 {
			must = append(must, prefixWord(w))
			continue
		}
		must = append(must, word(w, fuzzy))
	}
	for _, ph := range p.phrases {
		must = append(must, phrase(ph))
	}
	for _, n := range p.numbers {
		must = append(must, bleve.NewDisjunctionQuery(word(n, false), phrase(thousands(n))))
	}
	for _, name := range p.provinces {
		t := bleve.NewTermQuery(name)
		t.SetField("province")
		t.SetBoost(boostProvince)
		must = append(must, t)
	}
	for _, code := range p.indicators {
		// ("cpi" and "iip" are words of the text too)
		must = append(must, bleve.NewDisjunctionQuery(termQuery("indicator", code), word(code, false)))
	}
	if strings.TrimSpace(p.clauses) != "" {
		must = append(must, bleve.NewQueryStringQuery(strings.TrimSpace(p.clauses)))
	}
	if len(must) == 0 {
		return bleve.NewMatchAllQuery(), nil
	}
	required := bleve.NewConjunctionQuery(must...)
	// the words and places the title may hold
	var inTitle []query.Query
	for k, w := range p.words {
		if !(p.prefix && k == len(p.words)-1) {
			inTitle = append(inTitle, termIn("title", vi.FoldedTerm(w)))
		}
	}
	for _, name := range p.provinces {
		for _, w := range syllables(name) {
			inTitle = append(inTitle, termIn("title", vi.FoldedTerm(w)))
		}
	}
	if len(p.words) < 2 && len(p.provinces) == 0 {
		return required, nil
	}
	// Ranking: documents that hold some of the words side by side score
	// more, and most of all those holding every adjacent pair of the query.
	// These are
	// further alternatives that each require the words too, so every hit
	// still holds them all. (Optional "should" clauses of a boolean query
	// gave scores that changed from one index build to the next.)
	alternatives := []query.Query{required}
	also := func(q query.Query, boost float64) {
		q.(query.BoostableQuery).SetBoost(boost)
		alternatives = append(alternatives, bleve.NewConjunctionQuery(append(append([]query.Query{}, must...), q)...))
	}
	// (pairs by their terms alone: positions cost more to read than a
	// ranking needs)
	var some, all []query.Query
	for _, pair := range pairTerms(p.words) {
		some = append(some, termIn("pairs", pair))
		all = append(all, termIn("pairs", pair))
	}
	if len(some) > 1 {
		also(bleve.NewDisjunctionQuery(some...), boostPairs)
	}
	if len(all) > 0 {
		also(bleve.NewConjunctionQuery(all...), boostPhrase)
	}
	if len(inTitle) > 1 {
		// a headline that holds all of it is about it: "Phú Thọ có chỉ số công
		// nghiệp tăng cao nhất cả nước" over a report that lists Phú Thọ once
		also(bleve.NewConjunctionQuery(inTitle...), boostTitleAll)
	}
	for _, name := range p.provinces {
		// an article that names the place, by any of its names ("TP.HCM",
		// "Thành phố Hồ Chí Minh"), over one that is only filed under it (a
		// fact's place, a masthead's)
		if named := namedIn(name); named != nil {
			also(named, boostNamed)
		}
	}
	if len(alternatives) == 1 {
		return required, nil
	}
	return bleve.NewDisjunctionQuery(alternatives...), nil
}

// namedIn finds the text naming a province by its name or an alias: each as
// its folded word or its folded syllable pairs; nil for an unknown name.
func namedIn(name string) query.Query {
	pr, ok := place.Default.Lookup(name)
	if !ok {
		return nil
	}
	var qs []query.Query
	for _, n := range append([]string{pr.Name}, pr.Aliases...) {
		ws := syllables(n)
		switch {
		case len(ws) == 1:
			qs = append(qs, termIn("body", vi.FoldedTerm(ws[0])), termIn("title", vi.FoldedTerm(ws[0])))
		case len(ws) > 1:
			var pairs []query.Query
			for _, pair := range pairTerms(ws) {
				pairs = append(pairs, termIn("pairs", pair))
			}
			qs = append(qs, bleve.NewConjunctionQuery(pairs...))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// word finds a word in the title or the body: as typed (when it has
// diacritics) or folded, the folded term weighing less.
func word(w string, fuzzy bool) query.Query {
	f := vi.FoldedTerm(w)
	qs := []query.Query{boosted(termIn("title", f), boostTitleFolded), boosted(termIn("body", f), boostBodyFolded)}
	if f != w {
		qs = append(qs, boosted(termIn("title", w), boostTitle), boosted(termIn("body", w), boostBody))
	}
	if fuzzy && utf8.RuneCountInString(f) >= 4 {
		fz := bleve.NewFuzzyQuery(f)
		fz.SetField("body")
		fz.SetFuzziness(1)
		fz.SetBoost(boostFuzzy)
		qs = append(qs, fz)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// prefixWord finds words that start with w folded: "nguy" finds "nguyen",
// the folded twin of "nguyên".
func prefixWord(w string) query.Query {
	f := vi.FoldedTerm(w)
	var qs []query.Query
	if f != w {
		// the word as typed so far weighs more: "dùng" being typed is "dùng…"
		// before it is "dựng" or "đứng"
		for _, field := range []string{"title", "body"} {
			pq := bleve.NewPrefixQuery(w)
			pq.SetField(field)
			pq.SetBoost(boostBody)
			qs = append(qs, pq)
		}
	}
	for _, field := range []string{"title", "body"} {
		pq := bleve.NewPrefixQuery(f)
		pq.SetField(field)
		qs = append(qs, pq)
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// phrase finds the words of a quoted phrase side by side, folded: "kim
// ngạch xuất khẩu" is the pairs "kim ngach", "ngach xuat", "xuat khau" at
// consecutive positions (a one-word phrase is a word, and two words are
// one pair).
func phrase(ws []string) query.Query {
	if len(ws) == 1 {
		return word(ws[0], false)
	}
	pairs := pairTerms(ws)
	if len(pairs) == 1 {
		return termIn("pairs", pairs[0])
	}
	return adjacentQuery{field: "pairs", terms: pairs}
}

func pairTerms(ws []string) []string {
	var out []string
	for k := 1; k < len(ws); k++ {
		out = append(out, vi.Pair(ws[k-1], ws[k]))
	}
	return out
}

func termIn(field, term string) *query.TermQuery {
	t := bleve.NewTermQuery(term)
	t.SetField(field)
	return t
}

func boosted(t *query.TermQuery, b float64) query.Query {
	t.SetBoost(b)
	return t
}

// marks are what a snippet highlights: the free words in the order typed
// (marked together where they stand together), the indicator codes printed
// as words, and each phrase and province name as a whole.
func (p parsed) marks() marker {
	m := marker{words: p.words, prefix: p.prefix && len(p.words) > 0}
	seq := func(ws []string) {
		var f []string
		for _, w := range ws {
			f = append(f, vi.FoldedTerm(w))
		}
		m.seqs = append(m.seqs, f)
	}
	for _, code := range p.indicators {
		seq([]string{code}) // "iip" as printed; "exports" marks nothing
	}
	for _, ph := range p.phrases {
		seq(ph)
	}
	for _, n := range p.numbers {
		seq([]string{n})
		seq(thousands(n))
	}
	m.provinces = p.provinces
	return m
}

// Spans returns the stretches of text a search for query marks, as byte
// offsets [start, end) into text, in order and not overlapping: the same
// words a hit's snippets mark, for a reader that opens the hit to show
// them in place. A query that names only fields (+indicator:exports)
// marks nothing. With prefix, the last word is the start of a word being
// typed, as in Request.Prefix.
func Spans(query, text string, prefix bool) [][2]int {
	var out [][2]int
	for _, s := range find(text, parse(query, prefix).marks()) {
		out = append(out, [2]int{s.start, s.end})
	}
	return out
}
