package view

import (
	"strings"
	"testing"

	"chiso/extract"
	"chiso/extract/facts"
	"chiso/extract/lexicon"
)

func article(id, site string, fs ...facts.Fact) extract.Article {
	url := "https://www." + site + "/a"
	title := "Bài " + id
	return extract.Article{ID: id, Title: &title, SourceURL: &url, Facts: fs}
}

func fact(region string, v float64) facts.Fact {
	p, b, r25 := "2024-01", "yoy", "Hồ Chí Minh"
	f := facts.Fact{Indicator: "iip", Sector: "all", Region: region, Period: &p, Kind: facts.Change, Basis: &b, Unit: "%", Value: v}
	if region == "Bình Dương" {
		f.Region2025 = &r25
	}
	return f
}

func TestRows(t *testing.T) {
	s := NewStore()
	s.Add(article("a", "baomoi.vn", fact("Bình Dương", 12.1), fact("Thái Nguyên", 18.3)),
		article("b", "vnexpress.net", fact("Thái Nguyên", 18.2)))
	rows, total := s.Rows(Query{SortCol: -1}, 0)
	if total != 3 || len(rows) != 3 {
		t.Fatalf("rows %d of %d", len(rows), total)
	}
	// the two articles disagree on Thái Nguyên, and each row shows the other
	rows, _ = s.Rows(Query{SortCol: ColValue, Descending: true, ConflictsOnly: true}, 0)
	if len(rows) != 2 || rows[0].Fact.Value != 18.3 || len(rows[0].Others) != 1 || rows[0].Others[0].Source != "vnexpress.net" || rows[0].Others[0].Value != "18,2%" {
		t.Fatalf("conflicts %+v", rows)
	}
	// filter without diacritics, by code or by the old province name after merging
	for filter, want := range map[string]int{"thai nguyen": 2, "THÁI": 2, "iip binh duong": 1, "ho chi minh": 1, "xuat khau": 0} {
		rows, _ := s.Rows(Query{Filter: filter, Merge2025: true, SortCol: -1}, 0)
		if len(rows) != want {
			t.Errorf("filter %q: %d rows; want %d", filter, len(rows), want)
		}
	}
	rows, _ = s.Rows(Query{Filter: "binh duong", Merge2025: true, SortCol: -1, Lang: "en"}, 0)
	if rows[0].Cells[ColRegion] != "Hồ Chí Minh ← Bình Dương" || rows[0].Cells[ColIndicator] != "Industrial production index (IIP)" || rows[0].Cells[ColValue] != "12.1%" {
		t.Errorf("merged row %q", rows[0].Cells)
	}
	rows, total = s.Rows(Query{SortCol: ColRegion}, 1)
	if total != 3 || len(rows) != 1 || rows[0].Cells[ColRegion] != "Bình Dương" {
		t.Errorf("limit and sort: %d of %d, %q", len(rows), total, rows[0].Cells)
	}
	// two more articles agree with b: one entry, counted, on a's row
	s.Add(article("c", "nhandan.vn", fact("Thái Nguyên", 18.19)), article("d", "vnexpress.net", fact("Thái Nguyên", 18.2)))
	rows, _ = s.Rows(Query{SortCol: ColValue, Descending: true, ConflictsOnly: true}, 1)
	if o := rows[0].Others; len(o) != 1 || o[0].Count != 3 || o[0].Fact != 0 || s.Conflicts() != 1 {
		t.Fatalf("grouped others %+v", o)
	}
	s.Remove("b", "c", "d")
	if rows, _ := s.Rows(Query{ConflictsOnly: true, SortCol: -1}, 0); len(rows) != 0 || s.Conflicts() != 0 {
		t.Errorf("conflict left after its articles went: %+v", rows)
	}
	s.Add(article("b", "vnexpress.net", fact("Thái Nguyên", 18.3))) // back, now agreeing
	if s.Conflicts() != 0 {
		t.Error("agreeing values reported as a conflict")
	}
	s.Add(article("b", "vnexpress.net", fact("Thái Nguyên", 19))) // replaced: disagrees again
	if s.Conflicts() != 1 {
		t.Error("a replaced article's new value not compared")
	}
}

// The filter reads a province by any of its names and a quarter as
// people write it; a sort by value keeps units apart.
func TestFilterAliasesAndUnitSort(t *testing.T) {
	s := NewStore()
	q1, h1 := "2024-Q1", "2024-H1"
	usd := facts.Fact{Indicator: "exports", Sector: "all", Region: "Hồ Chí Minh", Period: &q1, Kind: facts.Level, Unit: "USD", Value: 12e9}
	pct := facts.Fact{Indicator: "exports", Sector: "all", Region: "Hồ Chí Minh", Period: &q1, Kind: facts.Change, Unit: "%", Value: 15}
	half := facts.Fact{Indicator: "exports", Sector: "all", Region: "Hà Nội", Period: &h1, Kind: facts.Change, Unit: "%", Value: 3}
	s.Add(article("a", "baomoi.vn", usd, pct, half))
	for filter, want := range map[string]int{"TP.HCM": 2, "Sài Gòn": 2, "tphcm quý I": 2, "hcm quy 1": 2, "quý II": 0, "6 tháng đầu năm": 1, "Hà Nội nửa đầu năm": 1} {
		if rows, _ := s.Rows(Query{Filter: filter, SortCol: -1}, 0); len(rows) != want {
			t.Errorf("filter %q: %d rows; want %d", filter, len(rows), want)
		}
	}
	rows, _ := s.Rows(Query{SortCol: ColValue, Descending: true}, 0)
	if rows[0].Fact.Unit != "%" || rows[1].Fact.Unit != "%" || rows[2].Fact.Unit != "USD" || rows[0].Fact.Value != 15 {
		t.Errorf("sorted by value: %v %v %v", rows[0].Cells, rows[1].Cells, rows[2].Cells)
	}
}

// A column filter keeps the rows showing its value; each column's menu
// counts what the other filters keep, its own filter aside.
func TestColumnFilters(t *testing.T) {
	s := NewStore()
	s.Add(article("a", "baomoi.vn", fact("Bình Dương", 12.1), fact("Thái Nguyên", 18.3)),
		article("b", "vnexpress.net", fact("Thái Nguyên", 18.2)))
	rows, total, counts := s.RowsAndCounts(Query{SortCol: -1, Lang: "vi", Columns: map[int]string{ColRegion: "Thái Nguyên"}}, 0)
	if total != 2 || len(rows) != 2 {
		t.Fatalf("filtered to %d of %d", len(rows), total)
	}
	if got := counts[ColRegion]; len(got) != 2 || got[0] != (Count{"Thái Nguyên", 2}) || got[1] != (Count{"Bình Dương", 1}) {
		t.Errorf("region menu %v", got)
	}
	if got := counts[ColIndicator]; len(got) != 1 || got[0] != (Count{"Chỉ số SXCN (IIP)", 2}) {
		t.Errorf("indicator menu under the region filter %v", got)
	}
	if _, total, _ := s.RowsAndCounts(Query{SortCol: -1, Lang: "vi", Columns: map[int]string{ColRegion: "Thái Nguyên", ColKind: "mức"}}, 0); total != 0 {
		t.Errorf("two filters: %d rows", total)
	}
}

func TestValue(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		v    float64
		unit string
		want string
	}{
		{"vi", 203e12, "VND", "203 nghìn tỷ VND"}, {"vi", 64.22e9, "USD", "64,22 tỷ USD"}, {"en", 64.22e9, "USD", "64.22 billion USD"},
		{"vi", -10.1, "%", "-10,1%"}, {"vi", 1.5, "pp", "1,5 pp"}, {"vi", 17, "count", "17"}, {"vi", 520e3, "USD", "520000 USD"},
	} {
		if got := Value(c.lang, c.v, c.unit); got != c.want {
			t.Errorf("Value(%s, %v, %s) = %q; want %q", c.lang, c.v, c.unit, got, c.want)
		}
	}
	if !strings.Contains(Name("vi", "exports"), "Xuất khẩu") || Name("en", "some_new_thing") != "some new thing" {
		t.Error("Name")
	}
}

// The paced table gives the caller a turn every paceEvery facts, gives the
// same rows as the unpaced one, and stops when told a newer query came.
func TestRowsPaced(t *testing.T) {
	s := NewStore()
	var fs []facts.Fact
	for k := 0; k < 2*paceEvery+10; k++ {
		fs = append(fs, fact("Thái Nguyên", float64(k)))
	}
	s.Add(article("a", "baomoi.vn", fs...))
	q := Query{SortCol: ColValue}
	turns := 0
	rows, total, _, ok := s.RowsAndCountsPaced(q, 100, func() bool { turns++; return true })
	want, wantTotal, _ := s.RowsAndCounts(q, 100)
	if !ok || turns != 2 || total != wantTotal || len(rows) != len(want) || rows[99].Fact.Value != want[99].Fact.Value {
		t.Fatalf("ok %v, %d turns, %d rows of %d", ok, turns, len(rows), total)
	}
	if _, _, _, ok := s.RowsAndCountsPaced(q, 100, func() bool { return false }); ok {
		t.Fatal("a stopped query still gave rows")
	}
}

// TestEveryCodeNamed: every indicator and sector code the extractor can give
// has a name in both languages, so no "trade_revenue" or "us market" reaches
// a user.
func TestEveryCodeNamed(t *testing.T) {
	for _, code := range lexicon.Codes() {
		for _, lang := range []Lang{"vi", "en"} {
			if _, ok := names[lang][code]; !ok {
				t.Errorf("%s has no %s name", code, lang)
			}
		}
	}
}

// An article's date reads as a reader writes it, the time only when given.
func TestPublished(t *testing.T) {
	for _, c := range []struct {
		lang      Lang
		iso, want string
	}{
		{"vi", "2025-09-29T10:05:00+07:00", "29/09/2025 10:05"},
		{"vi", "2025-09-29", "29/09/2025"},
		{"en", "2025-09-09T10:05:00+07:00", "9 Sep 2025, 10:05"},
		{"en", "2016-03-22", "22 Mar 2016"},
		{"vi", "tháng 9", "tháng 9"},
	} {
		if got := Published(c.lang, c.iso); got != c.want {
			t.Errorf("Published(%q, %q) = %q, want %q", c.lang, c.iso, got, c.want)
		}
	}
}

// A value whole, grouped as its language groups thousands.
func TestExact(t *testing.T) {
	for _, c := range []struct {
		lang Lang
		v    float64
		want string
	}{{"vi", 980000000, "980.000.000"}, {"en", 980000000, "980,000,000"}, {"vi", 0.04, "0,04"}, {"vi", -1234.5, "-1.234,5"}, {"en", 18.3, "18.3"}} {
		if got := Exact(c.lang, c.v); got != c.want {
			t.Errorf("Exact(%q, %v) = %q, want %q", c.lang, c.v, got, c.want)
		}
	}
}

// A province in the filter is the row's region, never a word of its
// article's title; periods read as words, sort in time and filter by code
// or words; Selected is every row the filters keep, past the drawn limit.
func TestFilterPlacePeriodWordsAndSelected(t *testing.T) {
	s := NewStore()
	national := fact("Việt Nam", 10.5)
	sep, oct, ytd := "2025-09", "2025-10", "2025-01..2025-09"
	national.Period = &sep
	later := fact("Bắc Ninh", 9.1)
	later.Period = &oct
	run := fact("Bắc Ninh", 8.7)
	run.Period = &ytd
	a := article("a", "baobacninh.vn", national, later, run)
	title := "Bắc Ninh: sản xuất công nghiệp 9 tháng tăng 8,7%"
	a.Title = &title
	s.Add(a)
	if rows, _ := s.Rows(Query{Filter: "bac ninh", SortCol: -1}, 0); len(rows) != 2 {
		t.Errorf("'bac ninh' kept %d rows; want the province's 2, not the country's", len(rows))
	}
	if rows, _ := s.Rows(Query{Filter: "9 thang", SortCol: -1}, 0); len(rows) != 1 || rows[0].Cells[ColPeriod] != "9 tháng 2025" {
		t.Errorf("'9 thang' kept %+v", rows)
	}
	if rows, _ := s.Rows(Query{Filter: "tháng 10", SortCol: -1}, 0); len(rows) != 1 || rows[0].Cells[ColPeriod] != "tháng 10/2025" {
		t.Errorf("'tháng 10' kept %+v", rows)
	}
	rows, _ := s.Rows(Query{SortCol: ColPeriod}, 0)
	var got []string
	for _, r := range rows {
		got = append(got, r.Cells[ColPeriod])
	}
	if strings.Join(got, " | ") != "tháng 9/2025 | 9 tháng 2025 | tháng 10/2025" {
		t.Errorf("sorted by period: %q", got)
	}
	picks := s.Selected(Query{Filter: "bac ninh", SortCol: ColValue})
	if len(picks) != 2 || picks[0] != (Pick{"a", 2}) || picks[1] != (Pick{"a", 1}) {
		t.Errorf("selected %+v", picks)
	}
	for code, want := range map[string][2]string{
		"2025-09": {"tháng 9/2025", "Sep 2025"}, "2025-01..2025-09": {"9 tháng 2025", "Jan–Sep 2025"},
		"2025-03..2025-05": {"tháng 3–5/2025", "Mar–May 2025"}, "2024-11..2025-02": {"11/2024–2/2025", "Nov 2024–Feb 2025"},
		"2025-Q3": {"quý III/2025", "Q3 2025"}, "2025-H1": {"6 tháng đầu năm 2025", "H1 2025"}, "2025": {"năm 2025", "2025"}, "2025-13": {"2025-13", "2025-13"},
	} {
		if vi, en := Period("vi", code), Period("en", code); vi != want[0] || en != want[1] {
			t.Errorf("Period(%q) = %q, %q; want %q", code, vi, en, want)
		}
	}
}
