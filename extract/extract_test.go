package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"chiso/extract/markup"
	"chiso/extract/normalize"
	"chiso/extract/place"
)

// TestGolden extracts every testdata/golden/*.txt (and *.html) and compares
// the result with the .json beside it. UPDATE_GOLDEN=1 rewrites the .json
// files; review the diff before committing it.
func TestGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/golden/*.txt")
	htmls, _ := filepath.Glob("testdata/golden/*.html")
	inputs = append(inputs, htmls...)
	if len(inputs) == 0 {
		t.Fatal("no golden inputs")
	}
	var ins []Input
	for _, p := range inputs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, Input{File: filepath.Base(p), Data: b})
	}
	results := ExtractAll(ins)
	for k, p := range inputs {
		r := results[k]
		if r.Err != nil {
			t.Errorf("%s: %v", p, r.Err)
			continue
		}
		got, _ := json.MarshalIndent(r.Article, "", " ")
		want := strings.TrimSuffix(p, filepath.Ext(p)) + ".json"
		if os.Getenv("UPDATE_GOLDEN") != "" {
			if err := os.WriteFile(want, append(got, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		w, err := os.ReadFile(want)
		if err != nil {
			t.Errorf("%s: no golden file (run UPDATE_GOLDEN=1 go test ./extract -run TestGolden)", want)
			continue
		}
		if !bytes.Equal(bytes.TrimSpace(w), bytes.TrimSpace(got)) {
			t.Errorf("%s differs from %s; run UPDATE_GOLDEN=1 go test ./extract -run TestGolden and review the diff", p, want)
		}
	}
	// a golden file whose input is gone is stale
	jsons, _ := filepath.Glob("testdata/golden/*.json")
	for _, j := range jsons {
		base := strings.TrimSuffix(j, ".json")
		if _, e1 := os.Stat(base + ".txt"); e1 != nil {
			if _, e2 := os.Stat(base + ".html"); e2 != nil {
				t.Errorf("%s has no input beside it", j)
			}
		}
	}
}

// checkInvariants holds for every article, whatever the input.
func checkInvariants(t *testing.T, input string, a Article) {
	t.Helper()
	if !utf8.ValidString(a.Body) {
		t.Fatalf("body is not valid UTF-8")
	}
	for _, f := range a.Facts {
		if !strings.Contains(a.Body, f.Quote) {
			t.Fatalf("quote %q not in body", f.Quote)
		}
		if f.Start < 0 || f.End > len(a.Body) || f.Start >= f.End || !strings.Contains(f.Quote, a.Body[f.Start:f.End]) {
			t.Fatalf("span %d..%d of %q is not in its quote", f.Start, f.End, f.Quote)
		}
		if f.Region == "" || f.Indicator == "" || f.Kind == "" || f.Unit == "" {
			t.Fatalf("fact with an empty slot: %+v", f)
		}
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			t.Fatalf("value %v", f.Value)
		}
		if (f.Unit == "VND" || f.Unit == "USD") && f.Value != math.Trunc(f.Value) && math.Abs(f.Value) > 1000 {
			t.Fatalf("money %v is not whole units", f.Value)
		}
	}
	for _, p := range a.Provinces {
		if _, ok := place.Default.Lookup(p); !ok {
			t.Fatalf("province %q is not in the table", p)
		}
	}
	// the body holds only text from the input, as printed: every paragraph,
	// spaces folded (letters a copy lost to "?" are put back for reading only)
	if !markup.IsHTML(input) && a.Encoding == "" {
		text := fold(normalize.Printed(input))
		for _, para := range strings.Split(a.Body, "\n\n") {
			if !strings.Contains(text, fold(para)) {
				t.Fatalf("paragraph %q is not in the input", para)
			}
		}
	}
}

func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// Every text under testdata (golden, dev and the held-out sets of real
// pages) keeps the invariants, and reads the same twice.
func TestInvariantsOnGolden(t *testing.T) {
	inputs, _ := filepath.Glob("testdata/*/*.txt")
	for _, p := range inputs {
		b, _ := os.ReadFile(p)
		a, err := Extract(Input{File: p, Data: b})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, string(b), a)
		// the same input gives the same article
		a2, _ := Extract(Input{File: p, Data: b})
		j1, _ := json.Marshal(a)
		j2, _ := json.Marshal(a2)
		if !bytes.Equal(j1, j2) {
			t.Fatalf("%s: two runs differ", p)
		}
	}
}

func TestBadInput(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":   {},
		"blank":   []byte(" \n\t\n"),
		"binary":  {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d},
		"invalid": []byte("Kim ngạch \xff\xfe tăng \xc3\x28 5%"),
		"huge":    bytes.Repeat([]byte("a"), MaxBytes+1),
	} {
		if _, err := Extract(Input{Data: data}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	// one bad input does not stop the others
	rs := ExtractAll([]Input{{File: "a", Data: nil}, {File: "b", Data: []byte("Xuất khẩu tháng 1/2024 đạt 30 tỷ USD.")}})
	if rs[0].Err == nil || rs[1].Err != nil || len(rs[1].Article.Facts) != 1 {
		t.Fatalf("got %+v", rs)
	}
}

func TestNFDAndHTML(t *testing.T) {
	nfc := "Giá trị sản xuất công nghiệp tỉnh Thái Nguyên quý I/2024 đạt 203 nghìn tỷ đồng, tăng 6% so với cùng kỳ."
	nfd := []byte("Gia\u0301 tri\u0323 sa\u0309n xua\u0302\u0301t co\u0302ng nghie\u0302\u0323p ti\u0309nh Tha\u0301i Nguye\u0302n quy\u0301 I/2024 \u0111a\u0323t 203 nghi\u0300n ty\u0309 \u0111o\u0302\u0300ng, ta\u0306ng 6% so vo\u031b\u0301i cu\u0300ng ky\u0300.")
	a1, err1 := Extract(Input{Data: []byte(nfc)})
	a2, err2 := Extract(Input{Data: nfd})
	if err1 != nil || err2 != nil || len(a1.Facts) != 2 || !equalFacts(a1, a2) {
		t.Fatalf("NFC and NFD differ: %v %v\n%+v\n%+v", err1, err2, a1.Facts, a2.Facts)
	}
	page := "<html><head><title>Thái Nguyên</title><script>alert(1)</script></head><body><article><h1>Công nghiệp Thái Nguyên</h1><p>" + nfc + "</p><img src=x onerror=alert(1)></article></body></html>"
	a3, err := Extract(Input{Data: []byte(page)})
	if err != nil || !equalFacts(a1, a3) || strings.Contains(a3.Body, "alert") || a3.Title == nil || *a3.Title != "Công nghiệp Thái Nguyên" {
		t.Fatalf("HTML: %v %+v", err, a3)
	}
}

func equalFacts(a, b Article) bool {
	ja, _ := json.Marshal(a.Facts)
	jb, _ := json.Marshal(b.Facts)
	return bytes.Equal(ja, jb)
}

func TestCSV(t *testing.T) {
	a, _ := Extract(Input{File: "x.txt", Data: []byte("Kim ngạch xuất khẩu tháng 1/2024 đạt 33,57 tỷ USD, tăng 42%.")})
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []Article{a}); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	if !strings.HasPrefix(s, "\ufefffile,article_id,") || !strings.Contains(s, ",33570000000,USD,") || strings.Count(s, "\r\n") != 3 {
		t.Fatalf("got %q", s)
	}
}

func FuzzExtract(f *testing.F) {
	inputs, _ := filepath.Glob("testdata/golden/*.txt")
	for _, p := range inputs {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("Kim ngạch xuất khẩu đạt 33,57 tỷ USD, tăng 42%."))
	f.Add([]byte("<p>IIP tăng 5%<script>alert(1)</script></p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Extract(Input{Data: b})
		if err != nil {
			return
		}
		checkInvariants(t, string(b), a)
	})
}

// BenchmarkExtract reports throughput (MB/s) over the golden articles.
func BenchmarkExtract(b *testing.B) {
	inputs, _ := filepath.Glob("testdata/golden/*.txt")
	var ins [][]byte
	size := 0
	for _, p := range inputs {
		d, _ := os.ReadFile(p)
		ins = append(ins, d)
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range ins {
			if _, err := Extract(Input{Data: d}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// A dateline becomes ISO 8601 however the site spells it.
func TestPublished(t *testing.T) {
	for _, c := range []struct{ meta, dateline, want string }{
		{"2024-04-02T08:30:00+07:00", "", "2024-04-02T08:30:00+07:00"},
		{"", "Ngày 14 tháng 3 năm 2023", "2023-03-14"},
		{"", "12 tháng 08, 2025 lúc 8:00 AM", "2025-08-12T08:00:00+07:00"},
		{"", "Đã đăng vào 3 Tháng 3, 2020 lúc 19:38", "2020-03-03T19:38:00+07:00"},
		{"", "Ngày 14 tháng 3 năm 2023", "2023-03-14"},
		{"", "20 tháng 07 năm 2022", "2022-07-20"}, // the day spelt out with no "Ngày"
		{"", "Thứ Hai 28/07/2025 , 22:02 (GMT+7)", "2025-07-28T22:02:00+07:00"},
		{"", "Cập nhật 6 tháng, 2025", ""},
		{"", "7/30/2021", "2021-07-30"}, // month first: 30 is no month
		{"", "7/13/2021 32/13/2021", "2021-07-13"},
		{"", "13/14/2021", ""},                         // neither order is a date
		{"", "Đăng ngày 22 - 03 - 2016", "2016-03-22"}, // spaced separators
		{"", "July 04, 2025", "2025-07-04"},            // an English-language page's
		{"", "Posted 6 Dec 2025", "2025-12-06"},
		{"", "Giai đoạn 2016 - 2020", ""},
		// the hour before the day
		{"", "Tạp chí online - Ngày đăng : 21:17, 31/08/2021", "2021-08-31T21:17:00+07:00"},
		{"", "16:18 - 29/08/2023", "2023-08-29T16:18:00+07:00"},
		{"", "03:02 PM 07/10/2025", "2025-10-07T15:02:00+07:00"},
		{"", "08:00 Đăng 10/10/2025 | Cập nhật 10:30 11/10/2025", "2025-10-10"}, // two hours: which is the day's is not said
	} {
		if got := published(c.meta, c.dateline); got != c.want {
			t.Errorf("published(%q, %q) = %q, want %q", c.meta, c.dateline, got, c.want)
		}
	}
}

// The page around the body says where "toàn tỉnh" is when the body does not:
// a photo caption naming one province, or, against a provincial masthead, a
// credit to a national agency (a reposted story on the whole country).
func TestRegionFromFurniture(t *testing.T) {
	regions := func(page string) []string {
		t.Helper()
		a, err := Extract(Input{File: "x.txt", Data: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range a.Facts {
			out = append(out, f.Region)
		}
		return out
	}
	captioned := "BÁO TIỀN TỆ\nTrang chủ | Kinh tế | Địa phương\nGiá tiêu dùng tháng 5 tăng 0,6%\n" +
		"Chợ đầu mối tại thành phố Thanh Hóa ngày 20/5. Ảnh: H.N\n" +
		"30/05/2022 09:15\nTrong tháng 5, chỉ số giá tiêu dùng (CPI) của tỉnh tăng 0,6% so với tháng trước.\n" +
		"Tháng 5/2022, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên toàn tỉnh ước đạt 9.120 tỷ đồng.\n"
	if got := regions(captioned); len(got) != 2 || got[0] != "Thanh Hóa" || got[1] != "Thanh Hóa" {
		t.Errorf("captioned: got %v, want Thanh Hóa twice", got)
	}
	reposted := "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN\nTrang chủ | Tin tức | Kinh tế\nXuất khẩu quý I tăng 14%\n" +
		"02/04/2024 08:00\nTrong quý I/2024, kim ngạch xuất khẩu hàng hóa ước đạt 93 tỷ USD, tăng 17% so với cùng kỳ năm trước.\n" +
		"Nguồn: https://www.vietnamplus.vn\nCác tin khác\n"
	for _, r := range regions(reposted) {
		if r != "Việt Nam" {
			t.Errorf("reposted national story: got region %s, want Việt Nam", r)
		}
	}
	home := strings.Replace(reposted, "Nguồn: https://www.vietnamplus.vn\n", "", 1)
	for _, r := range regions(home) {
		if r != "Phú Yên" {
			t.Errorf("provincial portal's own story: got region %s, want Phú Yên", r)
		}
	}
	// a magazine whose name names no place: its tagline says whose organ it
	// is, and a credit to a province's portal says whose figures it reposts
	magazine := "TẠP CHÍ CỬA VIỆT\nCơ quan của Hội Văn học nghệ thuật Quảng Trị\nTrang chủ | Kinh tế | Văn hóa\nXuất khẩu 6 tháng tăng 8%\n" +
		"05/07/2016 08:00\nTheo sở Công Thương, 6 tháng đầu năm 2016 kim ngạch xuất khẩu hàng hóa ước đạt 48,2 triệu USD, tăng 8% so với cùng kỳ năm 2015.\n"
	credited := strings.Replace(magazine, "Cơ quan của Hội Văn học nghệ thuật Quảng Trị\n", "", 1) + "Theo quangtri.gov.vn\nCác bài mới\n"
	bare := strings.Replace(magazine, "Cơ quan của Hội Văn học nghệ thuật Quảng Trị\n", "", 1)
	for name, page := range map[string]string{"tagline": magazine, "credit": credited} {
		if got := regions(page); len(got) != 2 || got[0] != "Quảng Trị" || got[1] != "Quảng Trị" {
			t.Errorf("%s: got %v, want Quảng Trị twice", name, got)
		}
	}
	if got := regions(bare); len(got) != 2 || got[0] != "Việt Nam" {
		t.Errorf("no tagline, no credit: got %v, want Việt Nam twice", got)
	}
	// a city's agency whose page opens on the country's figures, in English
	// and in Vietnamese: the country's, said once
	agency := "TRUNG TÂM XÚC TIẾN THƯƠNG MẠI VÀ ĐẦU TƯ THÀNH PHỐ HỒ CHÍ MINH\nGiới thiệu | Tin tức - Sự kiện | Thông tin thị trường | Liên hệ\nTrang chủ / Thông tin thị trường\n" +
		"Điểm tin: thặng dư thương mại với Hoa Kỳ lập kỷ lục dù chịu thuế quan\n06/12/2025 08:00\n" +
		"Vietnam’s exports in November 2025 jumped 15.2% from a year earlier to $37.1 billion. (Xuất khẩu của Việt Nam tháng 11/2025 tăng 15,2% so với cùng kỳ, đạt 37,1 tỷ USD.)\n" +
		"Shipments to the US climbed 18% to $112 billion. (Xuất khẩu sang Hoa Kỳ tăng 18% lên 112 tỷ USD.)\n"
	// a department's name with its logo's address glued on still names its province
	department := "Sở Công thương tỉnh Tây Ninhhttps://socongthuong.tayninh.gov.vn/uploads/logoportal.png\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Liên hệ\n" +
		"Bản tin hoạt động ngành công nghiệp tháng 9/2023\nThứ hai - 25/09/2023 09:52\nChỉ số sản xuất công nghiệp tháng 9/2023 giảm nhẹ so tháng trước (-1,54%).\n"
	if got := regions(department); len(got) != 1 || got[0] != "Tây Ninh" {
		t.Errorf("department: got %v, want Tây Ninh", got)
	}
	// a province's trade-promotion centre whose second figure is the country's
	// customs figure: the country's, the first figure too
	centre := "TRUNG TÂM XÚC TIẾN THƯƠNG MẠI TỈNH LẠNG SƠN\nTrang chủ | Giới thiệu | Tin tức | Liên hệ\nTin tức > Tin tổng hợp\nLoại hạt xuất khẩu thu hơn 2 tỷ USD trong 8 tháng\n" +
		"Tính chung 8 tháng năm 2023, xuất khẩu cà phê đã mang về 2,96 tỷ USD.\nTheo Tổng cục Hải quan, xuất khẩu cà phê của Việt Nam trong tháng 8/2023 đạt 333,83 triệu USD.\n"
	if got := regions(centre); len(got) != 2 || got[0] != "Việt Nam" || got[1] != "Việt Nam" {
		t.Errorf("centre: got %v, want Việt Nam twice", got)
	}
	// a wire story's lead that opens on where and when it was filed: the
	// country's figures, dated by the lead
	filed := "Xuất nhập khẩu 9 tháng năm 2025\nHà Nội, 6/10/2025 - Theo số liệu của Cục Thống kê, tổng kim ngạch xuất, nhập khẩu hàng hóa 9 tháng năm 2025 đạt 680,6 tỷ USD.\n"
	if got := regions(filed); len(got) != 1 || got[0] != "Việt Nam" {
		t.Errorf("filed: got %v, want Việt Nam", got)
	}
	if a, _ := Extract(Input{File: "x.txt", Data: []byte(filed)}); a.Published == nil || *a.Published != "2025-10-06" {
		t.Errorf("filed: published %v, want 2025-10-06", a.Published)
	}
	// a city's broadcaster reporting the ministry's figures: the country's
	broadcaster := "HTV - ĐÀI TRUYỀN HÌNH THÀNH PHỐ HỒ CHÍ MINH\nTrang chủ | Tin tức | Chương trình | Lịch phát sóng\nTin tức > Kinh tế\nKim ngạch xuất khẩu giữ nhịp tăng trưởng cao\n" +
		"Số liệu thống kê của Bộ Công Thương cho thấy, kim ngạch xuất khẩu hàng hóa tháng 2/2018 ước đạt 13,4 tỉ đô-la Mỹ, tăng 2,5% so với cùng kỳ năm ngoái.\n"
	if got := regions(broadcaster); len(got) != 2 || got[0] != "Việt Nam" || got[1] != "Việt Nam" {
		t.Errorf("broadcaster: got %v, want Việt Nam twice", got)
	}
	if got := regions(agency); len(got) != 4 || slices.ContainsFunc(got, func(r string) bool { return r != "Việt Nam" }) {
		t.Errorf("agency: got %v, want Việt Nam four times", got)
	}
}

// A host names the province whose portal or paper it is, and no other host does.
func TestDomain(t *testing.T) {
	for host, want := range map[string]string{"thuathienhue.gov.vn": "Thừa Thiên Huế", "sct.bacninh.gov.vn": "Bắc Ninh", "tphcm.gov.vn": "Hồ Chí Minh",
		"baoquangninh.vn": "Quảng Ninh", "baodaknong.vn": "Đắk Nông", "gso.gov.vn": "", "baochinhphu.vn": "", "vnexpress.net": "", "mof.gov.vn": ""} {
		got, ok := place.Default.Domain(host)
		if got != want || ok != (want != "") {
			t.Errorf("Domain(%q) = %q, %v; want %q", host, got, ok, want)
		}
	}
}

// TestProvinceProfile: a province's profile page, "Đồng Tháp là một tỉnh
// thuộc vùng …" over a box "GRDP (2022): …", gives the province's GRDP of
// the year in brackets (the region it lies in is no subject, and a page
// with no date of its own makes that year no plan).
func TestProvinceProfile(t *testing.T) {
	a, err := Extract(Input{File: "hoso.txt", Data: []byte("Hồ sơ tỉnh\n\nVị trí: Đồng Tháp là một tỉnh thuộc vùng Đồng bằng sông Cửu Long, được tái lập năm 1976.\nGRDP (2022): 120.784 tỉ đồng (5,11 tỉ USD)\nĐường bộ: Các quốc lộ nối Đồng Tháp với các tỉnh lân cận.\n")})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range a.Facts {
		p := ""
		if f.Period != nil {
			p = *f.Period
		}
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|%g", f.Indicator, f.Region, p, f.Kind, f.Value))
	}
	if want := []string{"grdp|Đồng Tháp|2022|level|1.20784e+14"}; !slices.Equal(got, want) {
		t.Errorf("got %q; want %q", got, want)
	}
}

// A copy that lost letters to "?" is read repaired and shown as printed: the
// body and the quotes keep "??", the facts are those of the repaired text,
// and each fact's span is its number in the printed body.
func TestDamagedCopyShownAsPrinted(t *testing.T) {
	printed := "Sản xuất công nghiệp tháng 6/2020\n\n" +
		"Chỉ số sản xuất công nghiệp tháng 6/2020 của Hải Phòng ước tăng 17,69% so v???i c??ng k?? năm trước. " +
		"Trong ??ó, ngành chế biến, chế tạo tăng 20,24%.\n\nD?? vậy, đây vẫn là m??c tăng thấp nhất của giai ??oạn 4 năm trở lại đây."
	repaired := "Sản xuất công nghiệp tháng 6/2020\n\n" +
		"Chỉ số sản xuất công nghiệp tháng 6/2020 của Hải Phòng ước tăng 17,69% so với cùng kỳ năm trước. " +
		"Trong đó, ngành chế biến, chế tạo tăng 20,24%.\n\nD?? vậy, đây vẫn là mức tăng thấp nhất của giai đoạn 4 năm trở lại đây."
	a, err := Extract(Input{Data: []byte(printed)})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Extract(Input{Data: []byte(repaired)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "so v???i c??ng k?? năm trước") || !strings.Contains(a.Body, "m??c tăng thấp nhất") {
		t.Fatalf("the body is not as printed: %q", a.Body)
	}
	if len(a.Facts) != 2 || len(a.Facts) != len(b.Facts) {
		t.Fatalf("facts: %+v, repaired: %+v", a.Facts, b.Facts)
	}
	for k, f := range a.Facts {
		g := b.Facts[k]
		if f.Value != g.Value || f.Basis == nil || g.Basis == nil || *f.Basis != *g.Basis || f.Sector != g.Sector {
			t.Fatalf("fact %d read otherwise than from the repaired copy: %+v vs %+v", k, f, g)
		}
		if num := a.Body[f.Start:f.End]; num != b.Body[g.Start:g.End] {
			t.Fatalf("span %q, repaired %q", num, b.Body[g.Start:g.End])
		}
	}
	checkInvariants(t, printed, a)
}

// Signs printed in a form of their own stay in the body and are read as the
// ones the readers know: "tháng 11⁄2013" (a fraction slash) is November 2013.
func TestPrintedSigns(t *testing.T) {
	in := "Lai Châu: giá tiêu dùng tháng 11\n\nChỉ số giá tiêu dùng tháng 11⁄2013 của tỉnh Lai Châu tăng 0,37% so với tháng trước."
	a, err := Extract(Input{Data: []byte(in)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Body, "tháng 11⁄2013") {
		t.Fatalf("body not as printed: %q", a.Body)
	}
	if len(a.Facts) != 1 || a.Facts[0].Period == nil || *a.Facts[0].Period != "2013-11" || a.Body[a.Facts[0].Start:a.Facts[0].End] != "0,37%" {
		t.Fatalf("facts: %+v", a.Facts)
	}
	checkInvariants(t, in, a)
}
