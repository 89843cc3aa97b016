package facts

import "testing"

func TestConflicts(t *testing.T) {
	p := func(s string) *string { return &s }
	iip := func(article, region string, v float64) Sourced {
		return Sourced{Fact: Fact{Indicator: "iip", Sector: "all", Region: region, Period: p("2024-01"), Kind: Change, Basis: p("yoy"), Unit: "%", Value: v}, Article: article}
	}
	got := Conflicts([]Sourced{
		iip("a", "Việt Nam", 18.3), iip("b", "Việt Nam", 18.3), // agree
		iip("a", "Bắc Ninh", 203), iip("b", "Bắc Ninh", 203.2), // rounding
		iip("a", "Thái Nguyên", 12.1), iip("a", "Thái Nguyên", 12.1), iip("b", "Thái Nguyên", 12.1), iip("c", "Thái Nguyên", 14.8),
		iip("a", "Hà Nội", 5.1), iip("a", "Hà Nội", 7.9), // one article, two figures: not a disagreement between sources
		{Fact: Fact{Indicator: "iip", Region: "Huế", Value: 1}, Article: "a"}, {Fact: Fact{Indicator: "iip", Region: "Huế", Value: 2}, Article: "b"}, // no period
	})
	if len(got) != 1 {
		t.Fatalf("conflicts %+v", got)
	}
	c := got[0]
	if c.Values[0].Region != "Thái Nguyên" || len(c.Values) != 3 || c.Values[0].Value != 14.8 || c.Values[0].Article != "c" {
		t.Fatalf("conflict %+v", c)
	}
}
