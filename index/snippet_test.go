package index

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSnippets(t *testing.T) {
	long := strings.Repeat("Lời mở đầu dài dòng. ", 30)
	for _, c := range []struct{ text, query, want string }{
		{"Kim ngạch  xuất\n\nkhẩu tăng", "xuat khau", "Kim ngạch <mark>xuất khẩu</mark> tăng"},
		{"Giá <b>cá</b> & \"cà\" tăng", "ca", `Giá &lt;b&gt;<mark>cá</mark>&lt;/b&gt; &amp; &#34;<mark>cà</mark>&#34; tăng`},
		// the words where they stand together, not one by one elsewhere
		{"Sản xuất công nghiệp tăng, xuất khẩu tăng, nhập khẩu giảm", "xuất khẩu", "Sản xuất công nghiệp tăng, <mark>xuất khẩu</mark> tăng, nhập khẩu giảm"},
		{"Giá gạo tăng, giá cà phê giảm", "gạo cà phê", "Giá <mark>gạo</mark> tăng, giá <mark>cà phê</mark> giảm"},
		// a word typed with diacritics is itself in a text that has them; in
		// one written without, its folded twin
		{"Số liệu so với cùng kỳ", "số", "<mark>Số</mark> liệu so với cùng kỳ"},
		{"So lieu so voi cung ky", "số", "<mark>So</mark> lieu <mark>so</mark> voi cung ky"},
		{"Giá <b>cá</b> & \"cà\" tăng", "cà", `Giá &lt;b&gt;cá&lt;/b&gt; &amp; &#34;<mark>cà</mark>&#34; tăng`},
		// a number as typed, whole, and nowhere in part
		{"Đạt 26,35 tỷ USD, tăng 26% và 35%", "26,35", "Đạt <mark>26,35</mark> tỷ USD, tăng 26% và 35%"},
		{"Tăng 8,04% trong tháng 11/2025, và 11,04% cả năm", "11,04", "Tăng 8,04% trong tháng 11/2025, và <mark>11,04</mark>% cả năm"},
		{"Đạt 1.947 triệu USD, 1 và 947", "1947", "Đạt <mark>1.947</mark> triệu USD, 1 và 947"},
		// a province by any of its names
		{"TP.HCM dẫn đầu; Thành phố Hồ Chí Minh và Hà Nội", "Hồ Chí Minh", "<mark>TP.HCM</mark> dẫn đầu; <mark>Thành phố Hồ Chí Minh</mark> và Hà Nội"},
		{"Tỉnh Thái Nguyên và Thái Bình", "tp thai nguyen", "Tỉnh <mark>Thái Nguyên</mark> và Thái Bình"},
		{"Xuất khẩu, nhập khẩu và xuất nhập khẩu", `"xuat khau"`, "<mark>Xuất khẩu</mark>, nhập khẩu và xuất nhập khẩu"},
		{"sản xuất công nghiệp", "cong ngh", "sản xuất <mark>công nghiệp</mark>"},
		// a word being typed with its diacritics starts only words that start so
		{"Xây dựng, sử dụng và tiêu dùng", "tiêu dùng", "Xây dựng, sử dụng và <mark>tiêu dùng</mark>"},
		{"Xây dựng, sử dụng và tiêu dùng", "dùng", "Xây dựng, sử dụng và tiêu <mark>dùng</mark>"},
		{long + "IIP tăng 18,3%. " + long, "iip", "… mở đầu dài dòng. Lời mở đầu dài dòng. <mark>IIP</mark> tăng 18,3%. Lời"},
	} {
		prefix := strings.HasSuffix(c.query, "ngh") || strings.HasSuffix(c.query, "dùng")
		pq := parse(c.query, prefix)
		got := snippets(c.text, pq.marks(), 1)
		if len(got) != 1 || !strings.HasPrefix(got[0], c.want) || strings.Contains(got[0], "  ") {
			t.Errorf("%q in %.40q:\n got %q\nwant %q…", c.query, c.text, got, c.want)
		}
		if spans := Spans(c.query, c.text, prefix); len(spans) != strings.Count(got[0], "<mark>") {
			t.Errorf("%q in %.40q: Spans %v, snippet %q", c.query, c.text, spans, got[0])
		}
	}
}

// FuzzSnippets: any text and query give snippets that are the text's own
// words, escaped, with only <mark> as markup.
func FuzzSnippets(f *testing.F) {
	f.Add("Kim ngạch xuất khẩu của Bắc Giang tăng 18,3% <b>&</b>", "xuat khau bac giang")
	f.Add("Thanh Hoá, hoà bình; ĐỒNG NAI…", `"thanh hoa" dong n`)
	f.Add(strings.Repeat("tăng trưởng ", 60), "tang")
	f.Fuzz(func(t *testing.T, text, q string) {
		if !utf8.ValidString(text) || !utf8.ValidString(q) {
			t.Skip()
		}
		flat := strings.Join(strings.Fields(text), " ")
		for _, s := range snippets(text, parse(q, true).marks(), 2) {
			plain := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(s)
			if strings.ContainsAny(plain, "<>") {
				t.Fatalf("markup other than <mark> in %q", s)
			}
			plain = strings.TrimSuffix(strings.TrimPrefix(html.UnescapeString(plain), "… "), " …")
			if plain != "…" && !strings.Contains(flat, plain) {
				t.Fatalf("snippet %q is not from the text %q", plain, flat)
			}
		}
	})
}
