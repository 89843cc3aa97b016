package extract

import (
	"encoding/csv"
	"io"
	"strconv"
)

// CSVHeader names the columns WriteCSV writes, one row per fact.
var CSVHeader = []string{"file", "article_id", "title", "published", "indicator", "sector", "region", "region_2025",
	"period", "kind", "basis", "value", "unit", "estimate", "approx", "quote"}

// WriteCSV writes the facts of the articles as one table, UTF-8 with a byte
// order mark so that spreadsheet programs read the Vietnamese correctly.
// Values are plain decimals ("64220000000"), never exponents.
func WriteCSV(w io.Writer, articles []Article) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, a := range articles {
		for _, f := range a.Facts {
			row := []string{a.File, a.ID, deref(a.Title), deref(a.Published), f.Indicator, f.Sector, f.Region,
				deref(f.Region2025), deref(f.Period), f.Kind, deref(f.Basis), strconv.FormatFloat(f.Value, 'f', -1, 64),
				f.Unit, strconv.FormatBool(f.Estimate), f.Approx, f.Quote}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
