package index

import (
	"strconv"
	"testing"

	"chiso/extract"
)

// copies returns n articles made from the golden ones under new ids, for
// benchmarks (make bench-index measures a larger, generated corpus).
func copies(b *testing.B, n int) []extract.Article {
	golden := corpus(b)
	out := make([]extract.Article, n)
	for k := range out {
		out[k] = golden[k%len(golden)]
		out[k].ID = strconv.Itoa(k)
	}
	return out
}

func BenchmarkAdd(b *testing.B) {
	arts := copies(b, 500)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x, err := New()
		if err != nil {
			b.Fatal(err)
		}
		if err := x.Add(arts...); err != nil {
			b.Fatal(err)
		}
		if _, err := x.ready("article"); err != nil {
			b.Fatal(err)
		}
		x.Close()
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkSearch(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	if err := x.Add(copies(b, 500)...); err != nil {
		b.Fatal(err)
	}
	if _, err := x.ready("fact"); err != nil { // built on the first fact search
		b.Fatal(err)
	}
	queries := []Request{{Query: "xuat khau bac giang"}, {Query: `"kim ngạch xuất khẩu"`}, {Query: "sản xuất công ngh", Prefix: true},
		{Query: "thái nguyên", Sort: "date"}, {Query: "+indicator:exports +value:>1000000000", Type: "fact"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, q := range queries {
			if _, err := x.Search(q); err != nil {
				b.Fatal(err)
			}
		}
	}
}
