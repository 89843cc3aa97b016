package main

import (
	"fmt"
	"io"
	"strconv"

	"chiso/extract"
)

// writeExplain prints, for each fact of a, the figure, what it was read as,
// and which words gave each field:
//
//	"38,6 tỷ USD" → exports level 38600000000 USD, Thái Nguyên, 2024-01..2024-09, estimate
//	    indicator  "Kim ngạch xuất khẩu"       clause
//	    region     "tỉnh"                      article province
//	    period     "Xuất khẩu … 9 tháng năm 2024"  headline
func writeExplain(w io.Writer, a extract.Article) {
	name := a.File
	if name == "" {
		name = "standard input"
	}
	fmt.Fprintf(w, "== %s: %d lines, %d facts\n", name, len(a.Lines), len(a.Facts))
	writeLines(w, a)
	for _, f := range a.Facts {
		est := ""
		if f.Estimate {
			est = ", estimate"
		}
		basis := ""
		if f.Basis != nil {
			basis = " " + *f.Basis
		}
		fmt.Fprintf(w, "%q → %s %s%s %s %s, %s, %s%s\n", a.Body[f.Start:f.End], f.Indicator, f.Kind, basis,
			strconv.FormatFloat(f.Value, 'f', -1, 64), f.Unit, f.Region, orNone(f.Period), est)
		if f.Sector != "all" {
			fmt.Fprintf(w, "    sector     %s\n", f.Sector)
		}
		if f.Why == nil {
			continue
		}
		for _, s := range f.Why.Slots() {
			text := "(no words)"
			if s.Origin.Text != "" {
				text = strconv.Quote(s.Origin.Text)
			}
			fmt.Fprintf(w, "    %-10s %-40s %s\n", s.Name, text, s.Origin.From)
		}
	}
}

func orNone(p *string) string {
	if p == nil {
		return "no period"
	}
	return *p
}

// writeLines prints each line of a paste with its class and why.
func writeLines(w io.Writer, a extract.Article) {
	for _, l := range a.Lines {
		label := l.Class.String()
		if l.Role != "" {
			label = l.Role
		}
		text := l.Text
		if len([]rune(text)) > 70 {
			text = string([]rune(text)[:70]) + "…"
		}
		fmt.Fprintf(w, "  %-9s %-32s %s\n", label, l.Why, text)
	}
}
