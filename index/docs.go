package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"chiso/extract"
	"chiso/extract/facts"
	"chiso/index/vi"
)

// Field mappings: nothing stored, nothing in "_all", every field typed.
func textField(analyzer string) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Analyzer = analyzer
	f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = false, false, false, false
	return f
}

// keywordField is matched whole; facet marks the ones counted or sorted,
// which need doc values.
func keywordField(facet bool) *mapping.FieldMapping {
	f := textField(keyword.Name)
	f.DocValues = facet
	return f
}

func numericField() *mapping.FieldMapping {
	f := bleve.NewNumericFieldMapping()
	f.Store, f.IncludeInAll, f.DocValues = false, false, true
	return f
}

func dateField() *mapping.FieldMapping {
	f := bleve.NewDateTimeFieldMapping()
	f.Store, f.IncludeInAll, f.DocValues = false, false, true
	return f
}

// pairsField holds adjacent syllables with their positions. Ranking reads
// its terms alone; a quoted phrase is a phrase of pairs, whose posting
// lists are far shorter than those of single syllables ("xuat khau" is in
// fewer texts than "xuat" or "khau").
func pairsField() *mapping.FieldMapping {
	f := textField(vi.PairsAnalyzerName)
	f.IncludeTermVectors = true
	return f
}

func indexMapping(doc *mapping.DocumentMapping) *mapping.IndexMappingImpl {
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping()) // nothing goes to _all
	for _, f := range FacetFields {
		doc.AddFieldMappingsAt(f, keywordField(true))
	}
	for _, f := range []string{"province_2025", "article"} {
		doc.AddFieldMappingsAt(f, keywordField(false))
	}
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = vi.AnalyzerName
	m.DefaultMapping = doc
	return m
}

func articleMapping() *mapping.IndexMappingImpl {
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("date", dateField())
	doc.AddFieldMappingsAt("title", textField(vi.WordsAnalyzerName))
	doc.AddFieldMappingsAt("body", textField(vi.WordsAnalyzerName))
	doc.AddFieldMappingsAt("pairs", pairsField())
	return indexMapping(doc)
}

func factMapping() *mapping.IndexMappingImpl {
	doc := bleve.NewDocumentStaticMapping()
	for _, f := range []string{"sector", "region", "period", "kind", "basis", "unit"} {
		doc.AddFieldMappingsAt(f, keywordField(false))
	}
	doc.AddFieldMappingsAt("value", numericField())
	// a fact's words are its label ("xuất khẩu Bắc Giang 2024-Q1"), under
	// the name word queries use; its sentence is in its article
	doc.AddFieldMappingsAt("body", textField(vi.WordsAnalyzerName))
	return indexMapping(doc)
}

// articleDoc is an article's bleve document. Its keyword and date fields
// go through the mapping; its text fields are built here, so that the
// title and the body are each tokenized once for their word and pair
// fields (the mapping names the same analyzers for queries).
func articleDoc(m mapping.IndexMapping, a extract.Article) (*document.Document, error) {
	doc := document.NewDocument(a.ID)
	if err := m.MapDocument(doc, articleFields(a)); err != nil {
		return nil, err
	}
	t := deref(a.Title)
	title, body := vi.NewText(t), vi.NewText(a.Body)
	doc.AddField(newAnalysedField("title", title.Words(), len(t), index.IndexField))
	doc.AddField(newAnalysedField("body", body.Words(), len(a.Body), index.IndexField))
	doc.AddField(newAnalysedField("pairs", vi.JoinedPairs(title, body), len(t)+len(a.Body), index.IndexField|index.IncludeTermVectors))
	return doc, nil
}

// articleFields are an article's fields other than text.
func articleFields(a extract.Article) map[string]interface{} {
	d := map[string]interface{}{"article": a.ID}
	if src := a.Site(); src != "" {
		d["source"] = src
	}
	var prov, prov25, inds []string
	seen, seen25 := map[string]bool{}, map[string]bool{}
	for _, p := range provincesOf(a) {
		if seen[p] {
			continue
		}
		seen[p] = true
		prov = append(prov, p)
		if s := successor(p); s != "" && !seen25[s] {
			seen25[s] = true
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
		"indicator": f.Indicator, "sector": f.Sector, "region": f.Region, "kind": f.Kind,
		"unit": f.Unit, "value": f.Value, "body": label(f), "article": a.ID,
	}
	if src := a.Site(); src != "" {
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
