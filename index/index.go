// Package index searches extracted articles and their facts with bleve: the
// one search engine behind the browser, the command line and any server.
//
// Articles and facts are documents of their own, so a user can ask "xuất
// khẩu Bắc Giang", filter by province, indicator, year or source, and range
// over fact values with bleve's query string
// ("+indicator:exports +value:>10000000000").
//
// The index lives in memory: scorch with an empty path, fed in large
// batches (one document per call would keep every segment, and in-memory
// scorch never merges them). A title or body is indexed as its words, each
// folded and, where that changed it, as written too (see index/vi), and as
// folded syllable pairs for phrases and phrase ranking; nothing is stored
// in bleve: the index keeps the texts it needs for snippets itself.
package index

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"chiso/extract"
)

// BatchSize is how many articles a caller may usefully hand to Add at
// once; Add buffers what it is given anyway (see part).
const BatchSize = 100

// Documents per bleve batch. Each batch becomes one in-memory segment that
// every query visits, so fewer, larger batches search faster; a batch's
// analysed text is held until it is written, which bounds their size
// (make bench-index measures both).
const (
	articlesPerSegment = 1000
	factsPerSegment    = 5000
)

// Index is a searchable collection of articles and their facts. It is safe
// for use by several goroutines.
//
// Articles and facts live in two bleve indexes. The facts' one is built on
// the first search for facts: a reader who only searches articles never
// pays for it, and fact documents, two dozen per article, are most of the
// cost of indexing.
type Index struct {
	mu       sync.RWMutex
	articles *part
	facts    *part              // nil until the first search for facts
	stored   map[string]*stored // by article id
	nFacts   int
}

// stored is what the index keeps of an article to show results: the
// article as added, or, in an index opened from an image, its JSON,
// decoded the first time a result shows it (a reload need not decode
// 10,000 articles to answer its first query).
type stored struct {
	nFacts int
	raw    []byte // the article's JSON: nil until an image is saved or opened
	once   sync.Once
	art    extract.Article
	err    error
}

func added(a extract.Article) *stored {
	s := &stored{nFacts: len(a.Facts), art: a}
	s.once.Do(func() {})
	return s
}

// article is the stored article, decoded on first use.
func (s *stored) article() (extract.Article, error) {
	s.once.Do(func() { s.err = json.Unmarshal(s.raw, &s.art) })
	return s.art, s.err
}

// part is one bleve index and the changes not yet applied to it. Changes
// are applied when flushAt of them have gathered, or before a search.
type part struct {
	bleve   bleve.Index
	batch   *bleve.Batch
	flushAt int
}

func newPart(m mapping.IndexMapping, flushAt int) (*part, error) {
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, scorchConfig())
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return &part{bleve: idx, batch: idx.NewBatch(), flushAt: flushAt}, nil
}

// index adds a document: a *document.Document as it is, anything else
// through the mapping.
func (p *part) index(id string, doc interface{}) error {
	var err error
	if d, ok := doc.(*document.Document); ok {
		err = p.batch.IndexAdvanced(d)
	} else {
		err = p.batch.Index(id, doc)
	}
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	if p.batch.Size() >= p.flushAt {
		return p.flush()
	}
	return nil
}

func (p *part) delete(id string) { p.batch.Delete(id) }

func (p *part) flush() error {
	if p.batch.Size() == 0 {
		return nil
	}
	err := p.bleve.Batch(p.batch)
	p.batch.Reset()
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// New returns an empty index.
func New() (*Index, error) {
	p, err := newPart(articleMapping(), articlesPerSegment)
	if err != nil {
		return nil, err
	}
	return &Index{articles: p, stored: map[string]*stored{}}, nil
}

// Close releases the index.
func (x *Index) Close() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	var err error
	if x.articles != nil {
		err = x.articles.bleve.Close()
	}
	if x.facts != nil {
		if e := x.facts.bleve.Close(); err == nil {
			err = e
		}
	}
	return err
}

// Add indexes articles and their facts. An article already in the index
// (same id) is replaced, facts and all: adding twice keeps one copy.
func (x *Index) Add(articles ...extract.Article) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, a := range articles {
		if a.ID == "" {
			return fmt.Errorf("index: article %q has no id", a.File)
		}
		old := x.stored[a.ID]
		doc, err := articleDoc(x.articles.bleve.Mapping(), a)
		if err != nil {
			return fmt.Errorf("index: %w", err)
		}
		if err := x.articles.index(a.ID, doc); err != nil {
			return err
		}
		if x.facts != nil {
			if err := indexFacts(x.facts, a); err != nil {
				return err
			}
			if old != nil {
				for k := len(a.Facts); k < old.nFacts; k++ {
					x.facts.delete(factID(a.ID, k))
				}
			}
		}
		if old != nil {
			x.nFacts -= old.nFacts
		}
		x.stored[a.ID] = added(a)
		x.nFacts += len(a.Facts)
	}
	return nil
}

func indexFacts(p *part, a extract.Article) error {
	for k, f := range a.Facts {
		if err := p.index(factID(a.ID, k), factDoc(a, f)); err != nil {
			return err
		}
	}
	return nil
}

// Delete removes articles and their facts; unknown ids are ignored.
func (x *Index) Delete(ids ...string) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, id := range ids {
		old, ok := x.stored[id]
		if !ok {
			continue
		}
		x.articles.delete(id)
		if x.facts != nil {
			for k := 0; k < old.nFacts; k++ {
				x.facts.delete(factID(id, k))
			}
		}
		x.nFacts -= old.nFacts
		delete(x.stored, id)
	}
	return nil
}

// ready applies pending changes to the bleve index a search of type typ
// reads, building the facts' index on first use, and returns it.
func (x *Index) ready(typ string) (bleve.Index, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if typ == "article" {
		return x.articles.bleve, x.articles.flush()
	}
	if x.facts == nil {
		p, err := newPart(factMapping(), factsPerSegment)
		if err != nil {
			return nil, err
		}
		// in the order of their ids, so that facts tied on score come in the
		// same order whenever the part is built (map order is random)
		ids := make([]string, 0, len(x.stored))
		for id := range x.stored {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			a, err := x.stored[id].article()
			if err == nil {
				err = indexFacts(p, a)
			}
			if err != nil {
				p.bleve.Close()
				return nil, err
			}
		}
		x.facts = p
	}
	return x.facts.bleve, x.facts.flush()
}

// Flush applies buffered changes now instead of at the next search: for
// a caller with idle time after a batch of changes.
func (x *Index) Flush() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if err := x.articles.flush(); err != nil {
		return err
	}
	if x.facts != nil {
		return x.facts.flush()
	}
	return nil
}

// FactsBuilt says whether the facts' part has been built (by a search
// for facts, or opened from an image that had it).
func (x *Index) FactsBuilt() bool {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.facts != nil
}

// Len returns how many articles and facts the index holds.
func (x *Index) Len() (articles, facts int) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.stored), x.nFacts
}

// Article returns an indexed article by id.
func (x *Index) Article(id string) (extract.Article, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	s, ok := x.stored[id]
	if !ok {
		return extract.Article{}, false
	}
	a, err := s.article()
	return a, err == nil
}

func factID(article string, k int) string { return article + "/" + strconv.Itoa(k) }
