// Package index searches extracted articles and their facts with bleve: the
// one search engine behind the browser, the command line and any server.
//
// Articles and facts are documents of their own (type "article" and
// "fact"), so a user can ask "xuất khẩu Bắc Giang", filter by province,
// indicator, year or source, and range over fact values with bleve's query
// string ("+indicator:exports +value:>10000000000").
//
// The index lives in memory: scorch with an empty path, fed in batches of
// about a hundred documents (one document per call would keep every segment).
// Text fields are indexed twice, as written and folded (see index/vi), and
// once more as folded syllable pairs for phrase ranking; nothing is stored in
// bleve: the index keeps the texts it needs for snippets itself.
package index

import (
	"fmt"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"chiso/extract"
	"chiso/extract/facts"
	"chiso/index/vi"
)

// BatchSize is how many articles a caller should add at once, and
// batchOps how many index operations (articles and their small fact
// documents) go to bleve in one batch: about a hundred articles' worth keeps
// in-memory scorch fast and small (shared/notes/bleve-wasm.md; measured again
// by make bench-index).
const (
	BatchSize = 100
	batchOps  = 1000
)

// Index is a searchable collection of articles and their facts. It is safe
// for use by several goroutines.
type Index struct {
	mu       sync.RWMutex
	bleve    bleve.Index
	articles map[string]*stored // by article id
	facts    int
}

// stored is what the index keeps of an article to show results.
type stored struct {
	article extract.Article
	nFacts  int
}

// New returns an empty index.
func New() (*Index, error) {
	idx, err := bleve.NewUsing("", Mapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return &Index{bleve: idx, articles: map[string]*stored{}}, nil
}

// Close releases the index.
func (x *Index) Close() error { return x.bleve.Close() }

// Mapping is the document mapping: two document types, every field typed.
func Mapping() *mapping.IndexMappingImpl {
	text := func(analyzer string) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = false, false, false, false
		return f
	}
	kw := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = keyword.Name
		f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = false, false, false, true
		return f
	}
	num := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store, f.IncludeInAll, f.DocValues = false, false, true
		return f
	}
	date := func() *mapping.FieldMapping {
		f := bleve.NewDateTimeFieldMapping()
		f.Store, f.IncludeInAll, f.DocValues = false, false, true
		return f
	}
	// syllable pairs keep their positions: a quoted phrase is a phrase of
	// pairs, whose posting lists are far shorter than those of syllables
	pairs := func() *mapping.FieldMapping {
		f := text(vi.BigramAnalyzerName)
		f.IncludeTermVectors = true
		return f
	}
	add := func(dm *mapping.DocumentMapping, name string, f *mapping.FieldMapping) {
		dm.AddFieldMappingsAt(name, f)
	}
	// keyword fields that are never counted or sorted need no doc values
	plain := func() *mapping.FieldMapping {
		f := kw()
		f.DocValues = false
		return f
	}
	common := func(dm *mapping.DocumentMapping) {
		for _, f := range []string{"province", "indicator", "year", "source"} {
			add(dm, f, kw()) // the facets
		}
		for _, f := range []string{"type", "province_2025", "article"} {
			add(dm, f, plain())
		}
	}
	article := bleve.NewDocumentStaticMapping()
	common(article)
	add(article, "date", date())
	add(article, "title", text(vi.AnalyzerName))
	add(article, "title_f", text(vi.FoldedAnalyzerName))
	add(article, "body", text(vi.AnalyzerName))
	add(article, "body_f", text(vi.FoldedAnalyzerName))
	add(article, "pairs", pairs())

	fact := bleve.NewDocumentStaticMapping()
	common(fact)
	for _, f := range []string{"sector", "region", "period", "kind", "basis", "unit"} {
		add(fact, f, plain())
	}
	add(fact, "value", num())
	// a fact's words are its label ("xuất khẩu Bắc Giang 2024-Q1"), folded,
	// under the name word queries use; its sentence is in its article
	add(fact, "body_f", text(vi.FoldedAnalyzerName))

	m := bleve.NewIndexMapping()
	m.TypeField = "type"
	m.DefaultAnalyzer = vi.AnalyzerName
	m.DefaultMapping = bleve.NewDocumentDisabledMapping()
	m.AddDocumentMapping("article", article)
	m.AddDocumentMapping("fact", fact)
	return m
}

// Add indexes articles and their facts. An article already in the index
// (same id) is replaced, facts and all: adding twice keeps one copy.
func (x *Index) Add(articles ...extract.Article) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.bleve.NewBatch()
	flush := func(force bool) error {
		if b.Size() == 0 || !force && b.Size() < batchOps {
			return nil
		}
		if err := x.bleve.Batch(b); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		b.Reset()
		return nil
	}
	for _, a := range articles {
		if a.ID == "" {
			return fmt.Errorf("index: article %q has no id", a.File)
		}
		if old, ok := x.articles[a.ID]; ok {
			x.deleteInto(b, a.ID, old)
		}
		if err := b.Index(a.ID, articleDoc(a)); err != nil {
			return fmt.Errorf("index: %w", err)
		}
		for k, f := range a.Facts {
			if err := b.Index(factID(a.ID, k), factDoc(a, f)); err != nil {
				return fmt.Errorf("index: %w", err)
			}
		}
		x.articles[a.ID] = &stored{article: a, nFacts: len(a.Facts)}
		x.facts += len(a.Facts)
		if err := flush(false); err != nil {
			return err
		}
	}
	return flush(true)
}

// Delete removes articles and their facts; unknown ids are ignored.
func (x *Index) Delete(ids ...string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	b := x.bleve.NewBatch()
	for _, id := range ids {
		if old, ok := x.articles[id]; ok {
			x.deleteInto(b, id, old)
		}
	}
	if b.Size() == 0 {
		return nil
	}
	if err := x.bleve.Batch(b); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

func (x *Index) deleteInto(b *bleve.Batch, id string, old *stored) {
	b.Delete(id)
	for k := 0; k < old.nFacts; k++ {
		b.Delete(factID(id, k))
	}
	x.facts -= old.nFacts
	delete(x.articles, id)
}

// Len returns how many articles and facts the index holds.
func (x *Index) Len() (articles, facts int) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.articles), x.facts
}

// Article returns an indexed article by id.
func (x *Index) Article(id string) (extract.Article, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	s, ok := x.articles[id]
	if !ok {
		return extract.Article{}, false
	}
	return s.article, true
}

func factID(article string, k int) string { return article + "/" + strconv.Itoa(k) }

func articleDoc(a extract.Article) map[string]interface{} {
	title := deref(a.Title)
	d := map[string]interface{}{
		"type": "article", "title": title, "title_f": title, "body": a.Body, "body_f": a.Body,
		"pairs": title + "\n" + a.Body, "article": a.ID,
	}
	if src := source(a); src != "" {
		d["source"] = src
	}
	var prov, prov25, inds []string
	seen := map[string]bool{}
	for _, p := range a.Provinces {
		prov = append(prov, p)
		if s := successor(p); s != "" && !seen[s] {
			seen[s] = true
			prov25 = append(prov25, s)
		}
	}
	seen = map[string]bool{}
	for _, f := range a.Facts {
		if !seen[f.Indicator] {
			seen[f.Indicator] = true
			inds = append(inds, f.Indicator)
		}
	}
	d["province"], d["province_2025"], d["indicator"] = prov, prov25, inds
	if y := yearOfArticle(a); y != "" {
		d["year"] = y
	}
	if t, ok := publishedTime(a); ok {
		d["date"] = t
	}
	return d
}

func factDoc(a extract.Article, f facts.Fact) map[string]interface{} {
	d := map[string]interface{}{
		"type": "fact", "indicator": f.Indicator, "sector": f.Sector, "region": f.Region, "kind": f.Kind,
		"unit": f.Unit, "value": f.Value, "body_f": label(f), "article": a.ID,
	}
	if src := source(a); src != "" {
		d["source"] = src
	}
	if f.Region != facts.Nation {
		d["province"] = f.Region
	}
	if f.Region2025 != nil {
		d["province_2025"] = *f.Region2025
	}
	if f.Period != nil {
		d["period"] = *f.Period
		if len(*f.Period) >= 4 {
			d["year"] = (*f.Period)[:4]
		}
	}
	if f.Basis != nil {
		d["basis"] = *f.Basis
	}
	return d
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
