package place

import (
	"strings"
	"testing"
)

func expectPlaces(t *testing.T, input, date string, want ...string) {
	t.Helper()
	t.Run(input, func(t *testing.T) {
		t.Helper()
		var got []string
		for _, m := range Default.FindAll(input, date) {
			got = append(got, m.Name)
			if input[m.Start:m.End] == "" {
				t.Fatalf("empty span for %s", m.Name)
			}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Fatalf("got %q; want %q", got, want)
		}
	})
}

func TestNames(t *testing.T) {
	expectPlaces(t, "Trà Vinh, Quảng Ninh, Bắc Giang", "", "Trà Vinh", "Quảng Ninh", "Bắc Giang")
	expectPlaces(t, "Bà Rịa - Vũng Tàu và Bà Rịa-Vũng Tàu, BR-VT", "", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu")
	expectPlaces(t, "TP.HCM, TP. Hồ Chí Minh, Thành phố Hồ Chí Minh, Sài Gòn", "", "Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh")
	expectPlaces(t, "Thanh Hoá và Thanh Hóa", "", "Thanh Hóa", "Thanh Hóa") // either tone placement
	expectPlaces(t, "tỉnh Khánh Hoà", "", "Khánh Hòa")
	expectPlaces(t, "THÁI NGUYÊN", "", "Thái Nguyên")
	expectPlaces(t, "Đắk Lắk, Đăk Lăk, Đắc Nông", "", "Đắk Lắk", "Đắk Lắk", "Đắk Nông")
	expectPlaces(t, "Thừa Thiên Huế và TT-Huế", "", "Thừa Thiên Huế", "Thừa Thiên Huế")
}

func TestMerger(t *testing.T) {
	ms := Default.FindAll("Bình Dương", "2025-08-01")
	if len(ms) != 1 || ms[0].Name != "Bình Dương" || ms[0].Region2025 != "Hồ Chí Minh" {
		t.Fatalf("got %+v; want Bình Dương → Hồ Chí Minh", ms)
	}
	// Huế is the city from 2025; before that the name meant Thừa Thiên Huế
	expectPlaces(t, "Huế", "2024-06-01", "Thừa Thiên Huế")
	expectPlaces(t, "Huế", "2025-06-01", "Huế")
	expectPlaces(t, "Huế", "2025-00-00", "Huế") // a dateless page's year: the city, in force from its first day
	expectPlaces(t, "Huế", "2024-00-00", "Thừa Thiên Huế")
	if got := Default.Successor2025("Hà Giang"); got != "Tuyên Quang" {
		t.Fatalf("Hà Giang → %q", got)
	}
}

func TestTraps(t *testing.T) {
	expectPlaces(t, "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương", "")
	expectPlaces(t, "hòa bình và ổn định", "") // peace
	expectPlaces(t, "cao bằng năm ngoái", "")  // as high as
	expectPlaces(t, "tư tưởng Hồ Chí Minh", "")
	expectPlaces(t, "Chủ tịch Hồ Chí Minh", "")
	expectPlaces(t, "số 5 đường Điện Biên Phủ", "")
	expectPlaces(t, "Tổng công ty Bia Sài Gòn", "")
	expectPlaces(t, "Ngân hàng Sài Gòn Thương Tín", "")
	expectPlaces(t, "Ông Quang Trí và Quang Tri", "") // ASCII forms only in text without diacritics
}

func TestASCII(t *testing.T) {
	expectPlaces(t, "San xuat cong nghiep tinh Thai Nguyen tang 6%", "", "Thái Nguyên")
	expectPlaces(t, "Hanoi va TP.HCM", "", "Hà Nội", "Hồ Chí Minh")
}

func TestTable(t *testing.T) {
	n, current := 0, 0
	for _, p := range Default.Provinces() {
		n++
		if p.ValidTo == "" {
			current++
		}
		if _, ok := Default.byName[p.Successor]; !ok {
			t.Errorf("%s: successor %q is not in the table", p.Name, p.Successor)
		}
	}
	if n != 64 || current != 34 {
		t.Fatalf("got %d units, %d in force; want 64 and 34", n, current)
	}
	if p, ok := Default.Lookup("tp.hcm"); !ok || p.Name != "Hồ Chí Minh" {
		t.Fatalf("Lookup(tp.hcm) = %v", p)
	}
}

func TestMentioned(t *testing.T) {
	for q, want := range map[string]string{
		"thai nguyen": "Thái Nguyên", "THÁI NGUYÊN": "Thái Nguyên", "xuất khẩu tp.hcm": "Hồ Chí Minh",
		"sai gon": "Hồ Chí Minh", "br-vt": "Bà Rịa - Vũng Tàu", "ca mau": "Cà Mau", "thanh hoa": "Thanh Hóa",
	} {
		ms := Default.Mentioned(q)
		if len(ms) != 1 || ms[0].Name != want {
			t.Errorf("Mentioned(%q) = %+v; want %s", q, ms, want)
		}
	}
	if ms := Default.Mentioned("ca"); len(ms) != 0 {
		t.Errorf("ca: %+v", ms)
	}
}
