package extract

import (
	"encoding/json"
	"io"
)

// FactRow is one fact with the article it came from: a line of
// `chiso extract --format ndjson` (and of the Worker's ?format=ndjson) and a
// row of --format parquet. Its fields are the contract's fact fields after
// the article's id, file, title, published date and source, in this order
// always, with null where the contract has null:
//
//	{"article_id":"af5f2f43dfdc58c8","file":"002.txt","title":"…","published":"2024-04-26T00:04:00+07:00",
//	 "source_url":null,"indicator":"industrial_output","sector":"all","region":"Thái Nguyên",
//	 "region_2025":"Thái Nguyên","period":"2024-Q1","kind":"level","basis":null,
//	 "value":203000000000000,"unit":"VND","estimate":false,"approx":"","quote":"…","start":57,"end":75}
//
// Tools made for large corpora (DuckDB's read_json, OpenSearch's bulk API
// after a one-line rewrite, jq) read one such object per line without
// holding the whole output.
type FactRow struct {
	ArticleID  string  `json:"article_id" parquet:"article_id"`
	File       string  `json:"file" parquet:"file"`
	Title      *string `json:"title" parquet:"title,optional"`
	Published  *string `json:"published" parquet:"published,optional"`
	SourceURL  *string `json:"source_url" parquet:"source_url,optional"`
	Indicator  string  `json:"indicator" parquet:"indicator,dict"`
	Sector     string  `json:"sector" parquet:"sector,dict"`
	Region     string  `json:"region" parquet:"region,dict"`
	Region2025 *string `json:"region_2025" parquet:"region_2025,optional,dict"`
	Period     *string `json:"period" parquet:"period,optional,dict"`
	Kind       string  `json:"kind" parquet:"kind,dict"`
	Basis      *string `json:"basis" parquet:"basis,optional,dict"`
	Value      float64 `json:"value" parquet:"value"`
	Unit       string  `json:"unit" parquet:"unit,dict"`
	Estimate   bool    `json:"estimate" parquet:"estimate"`
	Approx     string  `json:"approx" parquet:"approx,dict"`
	Quote      string  `json:"quote" parquet:"quote"`
	Start      int64   `json:"start" parquet:"start"`
	End        int64   `json:"end" parquet:"end"`
}

// Rows are the facts of a, one FactRow each, in the article's order.
func Rows(a Article) []FactRow {
	rows := make([]FactRow, 0, len(a.Facts))
	for _, f := range a.Facts {
		rows = append(rows, FactRow{
			ArticleID: a.ID, File: a.File, Title: a.Title, Published: a.Published, SourceURL: a.SourceURL,
			Indicator: f.Indicator, Sector: f.Sector, Region: f.Region, Region2025: f.Region2025, Period: f.Period,
			Kind: f.Kind, Basis: f.Basis, Value: f.Value, Unit: f.Unit, Estimate: f.Estimate, Approx: f.Approx,
			Quote: f.Quote, Start: int64(f.Start), End: int64(f.End),
		})
	}
	return rows
}

// WriteNDJSON writes the facts of the articles as newline-delimited JSON,
// one FactRow per line, UTF-8 without a byte order mark and without HTML
// escaping ("<" stays "<").
func WriteNDJSON(w io.Writer, articles []Article) error {
	for _, a := range articles {
		if err := WriteRows(w, Rows(a)); err != nil {
			return err
		}
	}
	return nil
}

// WriteRows writes rows as WriteNDJSON does, one per line.
func WriteRows(w io.Writer, rows []FactRow) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}
