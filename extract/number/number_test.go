package number

import (
	"math"
	"strings"
	"testing"
)

// expectQuantity checks that the first quantity found in input has value and unit.
func expectQuantity(t *testing.T, input string, value float64, unit string) {
	t.Helper()
	t.Run(input, func(t *testing.T) {
		t.Helper()
		qs := FindAll(input, nil)
		if len(qs) == 0 {
			t.Fatalf("no quantity in %q; want %v %s", input, value, unit)
		}
		q := qs[0]
		if math.Abs(q.Value-value) > 1e-9*math.Max(1, math.Abs(value)) || q.Unit != unit {
			t.Fatalf("got %v %q; want %v %q", q.Value, q.Unit, value, unit)
		}
		if input[q.Start:q.End] == "" {
			t.Fatalf("empty span")
		}
	})
}

func expectNoQuantity(t *testing.T, input string) {
	t.Helper()
	t.Run(input, func(t *testing.T) {
		if qs := FindAll(input, nil); len(qs) != 0 {
			t.Fatalf("got %+v; want no quantity", qs)
		}
	})
}

func TestDigits(t *testing.T) {
	expectQuantity(t, "18,3%", 18.3, "%")
	expectQuantity(t, "tăng 18,3% so với cùng kỳ", 18.3, "%")
	expectQuantity(t, "1.055.400", 1055400, "")
	expectQuantity(t, "1.404 nghìn tỷ đồng", 1404e12, "VND")
	expectQuantity(t, "10.000,50 đồng", 10000.5, "VND")
	expectQuantity(t, "1,234,567", 1234567, "")    // English grouping: two commas cannot be a decimal
	expectQuantity(t, "1.25", 1.25, "")            // a dot not followed by three digits
	expectQuantity(t, "123,000", 123, "")          // Vietnamese decimal comma
	expectQuantity(t, ",77", 0.77, "")             // Duckling's leading comma
	expectQuantity(t, "- 1.200.000", -1200000, "") // a sign standing alone
	expectQuantity(t, "âm 1.200.000", -1200000, "")
	expectQuantity(t, "-25", -25, "")
	expectQuantity(t, "3000K", 3e6, "")
	expectQuantity(t, "1,2M", 1.2e6, "")
	expectQuantity(t, "-,0012G", -1.2e6, "")
	expectQuantity(t, "1tr5", 1.5e6, "")
	expectQuantity(t, "2t3", 2.3e9, "")
	expectQuantity(t, "18 vạn", 180000, "")
	expectQuantity(t, "25/28 tỉnh", 25, "")
	expectQuantity(t, "2 chấm 23 đô la", 2.23, "USD")
}

func TestMoney(t *testing.T) {
	expectQuantity(t, "64,22 tỷ USD", 64.22e9, "USD")
	expectQuantity(t, "524,1 nghìn tỷ đồng", 524.1e12, "VND")
	expectQuantity(t, "1.055.400 tỷ đồng", 1055400e9, "VND")
	expectQuantity(t, "4,35 nghìn tỷ đồng", 4350000000000, "VND") // 4.35*1e12 is not exact in floating point
	expectQuantity(t, "203 nghìn tỷ đồng", 203e12, "VND")
	// thousands said apart from their scale, as a reader says them
	expectQuantity(t, "10 nghìn 537 tỷ đồng", 10537e9, "VND")
	expectQuantity(t, "3 nghìn 12 triệu đồng", 3012e6, "VND")
	expectQuantity(t, "5 tỷ 508 triệu USD", 5.508e9, "USD")
	expectQuantity(t, "10 nghìn, 537 tỷ đồng", 10000, "") // a list, not one amount
	expectQuantity(t, "252,4 tỷ", 252.4e9, "")            // currency comes from context, in facts
	expectQuantity(t, "hơn 852 nghìn tỷ đồng", 852e12, "VND")
	expectQuantity(t, "50.000đ", 50000, "VND")
	expectQuantity(t, "10₫", 10, "VND")
	expectQuantity(t, "1.234.567₫", 1234567, "VND")
	expectQuantity(t, "5 triệu VND", 5e6, "VND")
	expectQuantity(t, "10k đồng", 10000, "VND")
	expectQuantity(t, "$10", 10, "USD")
	expectQuantity(t, "10$", 10, "USD")
	expectQuantity(t, "€3,50", 3.5, "EUR")
	expectQuantity(t, "EUR 20", 20, "EUR")
	expectQuantity(t, "EUR29,99", 29.99, "EUR")
	expectQuantity(t, "Rs. 20", 20, "INR")
	expectQuantity(t, "VN$1000", 1000, "VND")
	expectQuantity(t, "20 euros", 20, "EUR")
	expectQuantity(t, "mười đô", 10, "USD")
	expectQuantity(t, "hai đô 23", 2.23, "USD")
	expectQuantity(t, "2 đô la và 23 xen", 2.23, "USD")
	expectQuantity(t, "mười đô la năm mươi xu", 10.5, "USD")
	expectQuantity(t, "năm trăm việt nam đồng", 500, "VND")
}

// TestMultiples: "lần" after a number is a multiple, but "lần lượt"
// ("respectively") after a year is no unit of it.
func TestMultiples(t *testing.T) {
	expectQuantity(t, "gấp 2,5 lần", 2.5, "lần")
	expectQuantity(t, "2012 lần lượt tăng 6,41%", 2012, "")
}

func TestPercentAndPoints(t *testing.T) {
	expectQuantity(t, "giảm 10,1%", 10.1, "%")
	expectQuantity(t, "0,6 điểm phần trăm", 0.6, "pp")
	expectQuantity(t, "0,04 điểm %", 0.04, "pp")
	expectQuantity(t, "hai mươi lăm phần trăm", 25, "%")
	expectQuantity(t, "tăng 7,96 %", 7.96, "%") // "%" set apart, as machine-translated pages print it
	// a range gives both numbers the unit
	qs := FindAll("7%- 8%", nil)
	if len(qs) != 2 || qs[0].Value != 7 || qs[1].Value != 8 || qs[0].Unit != "%" {
		t.Errorf("7%%- 8%%: got %+v", qs)
	}
	qs = FindAll("tăng 7-8%", nil)
	if len(qs) != 2 || qs[0].Unit != "%" {
		t.Errorf("7-8%%: got %+v", qs)
	}
	qs = FindAll("2-3 tỷ USD", nil)
	if len(qs) != 2 || qs[0].Value != 2e9 || qs[0].Unit != "USD" {
		t.Errorf("2-3 tỷ USD: got %+v", qs)
	}
}

func TestWords(t *testing.T) {
	expectQuantity(t, "hai mươi lăm", 25, "")
	expectQuantity(t, "một nghìn không trăm lẻ năm", 1005, "")
	expectQuantity(t, "hai tỷ", 2e9, "")
	expectQuantity(t, "một nửa", 0.5, "")
	expectQuantity(t, "hai mươi mốt", 21, "")
	expectQuantity(t, "ba mươi tư", 34, "")
	expectQuantity(t, "chín lăm", 95, "")
	expectQuantity(t, "một trăm linh ba", 103, "")
	expectQuantity(t, "năm ngàn", 5000, "")
	expectQuantity(t, "hai chục", 20, "")
	expectQuantity(t, "âm một triệu", -1e6, "")
	expectQuantity(t, "một triệu rưỡi", 1.5e6, "")
	expectQuantity(t, "một phẩy năm triệu", 1.5e6, "")
	expectQuantity(t, "không phẩy không không bảy", 0.007, "")
	expectQuantity(t, "hai mươi bảy phẩy ba trăm mười hai", 27.312, "")
	expectQuantity(t, "một nghìn không trăm lẻ một tỷ năm trăm triệu một trăm nghìn", 1001500100000, "")
	expectQuantity(t, "một tỉ hai trăm triệu ba trăm nghìn bốn trăm tỉ", 1.2003004e18, "")
	expectQuantity(t, "năm mã lực", 5, "mã lực")
	expectQuantity(t, "trăm", 100, "") // a bare "trăm" standing alone
	// "tỷ" starting another word after a figure is no billion
	expectQuantity(t, "chiếm 8,59% tỷ trọng", 8.59, "%")
	expectQuantity(t, "đạt 5 tỷ lệ", 5, "")
	expectQuantity(t, "đạt 5 tỷ đồng", 5e9, "VND")
}

func TestNotNumbers(t *testing.T) {
	expectNoQuantity(t, "0904177637")           // a phone number
	expectNoQuantity(t, "BOSSWIN168")           // a spam brand
	expectNoQuantity(t, "Chỉ thị số 06/CT-TTg") // a document number
	expectNoQuantity(t, "Nghị quyết 57-NQ/TW")
	expectNoQuantity(t, "chiếm tỷ trọng lớn")       // "tỷ" alone is not a billion
	expectNoQuantity(t, "hàng triệu khách hàng")    // nor "triệu" a million
	expectNoQuantity(t, "năm nay kinh tế tăng khá") // "năm" is the year here, not five
	expectNoQuantity(t, "một số ngành")
	expectNoQuantity(t, "không một ai")
	expectNoQuantity(t, "5G")
}

func TestApprox(t *testing.T) {
	for input, want := range map[string]string{"tăng gần 40%": "gần", "hơn 852 nghìn tỷ đồng": "hơn", "khoảng 61%": "khoảng", "đạt 5%": ""} {
		qs := FindAll(input, nil)
		if len(qs) != 1 || qs[0].Approx != want {
			t.Errorf("%q: got %+v; want approx %q", input, qs, want)
		}
	}
}

func TestAvoid(t *testing.T) {
	s := "tháng 1/2024 tăng 5%"
	qs := FindAll(s, []Span{{0, 12}})
	if len(qs) != 1 || qs[0].Value != 5 {
		t.Fatalf("got %+v; want only 5%%", qs)
	}
}

// Every span is a real substring and every value finite, whatever the input.
func FuzzFindAll(f *testing.F) {
	for _, s := range []string{"64,22 tỷ USD", "hai mươi lăm", "1tr5", "-,0012G", "7%- 8%", "một phẩy năm triệu", "2 đô la và 23 xen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range FindAll(s, nil) {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("bad span %d..%d in %q", q.Start, q.End, s)
			}
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
				t.Fatalf("value %v in %q", q.Value, s)
			}
		}
	})
}

// Figures past any real statistic are refused, not read as 0 or as 1e39
// (issue 12), and a run of number words past any real number is no number.
func TestOutOfRange(t *testing.T) {
	expectNoQuantity(t, "tăng "+strings.Repeat("9", 400)+" tỷ đồng")
	expectNoQuantity(t, "đạt 1"+strings.Repeat("0", 400)+" USD")
	expectNoQuantity(t, "đạt "+strings.Repeat("999.", 120)+"999 đồng")
	expectNoQuantity(t, "1.000.000.000.000.000.000.000 tỷ tỷ đồng")
	expectQuantity(t, "GDP thế giới khoảng 2.700 triệu tỷ đồng", 2.7e18, "VND")
	expectQuantity(t, "một nghìn không trăm lẻ một tỷ năm trăm sáu mươi tám triệu ba trăm hai mươi nghìn bảy trăm linh chín đồng", 1001568320709, "VND")
	long := strings.Repeat("một trăm ", 40)
	for _, q := range FindAll(long, nil) {
		if q.Start < len(long)-maxWords*len("một ") {
			t.Errorf("a number read from %d words of a run of %d: %+v", strings.Count(long[q.Start:q.End], " ")+1, 80, q)
		}
	}
}

func TestAbbreviatedMillion(t *testing.T) {
	// a provincial table's "Tr.USD" and "tr.đồng"
	expectQuantity(t, "giá trị xuất khẩu đạt 1.875,6 Tr.USD", 1875.6e6, "USD")
	expectQuantity(t, "thu ngân sách đạt 450 tr.đồng", 450e6, "VND")
}
