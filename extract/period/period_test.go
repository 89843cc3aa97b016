package period

import "testing"

func expectPeriod(t *testing.T, input string, ref int, want string) {
	t.Helper()
	t.Run(input, func(t *testing.T) {
		t.Helper()
		for _, m := range FindAll(input, ref) {
			if m.Kind == Period || m.Kind == SameTime {
				if m.Period != want {
					t.Fatalf("got %q; want %q", m.Period, want)
				}
				return
			}
		}
		t.Fatalf("no period in %q; want %q", input, want)
	})
}

func expectDate(t *testing.T, input string, ref int, want string) {
	t.Helper()
	t.Run(input, func(t *testing.T) {
		t.Helper()
		for _, m := range FindAll(input, ref) {
			if m.Kind == Date {
				if m.Date != want {
					t.Fatalf("got %q; want %q", m.Date, want)
				}
				return
			}
		}
		t.Fatalf("no date in %q; want %q", input, want)
	})
}

func expectNone(t *testing.T, input string, ref int) {
	t.Helper()
	t.Run(input, func(t *testing.T) {
		if ms := FindAll(input, ref); len(ms) != 0 {
			t.Fatalf("got %+v; want nothing", ms)
		}
	})
}

func TestPeriods(t *testing.T) {
	expectPeriod(t, "IIP tháng 1/2024 ước tăng 18,3%", 0, "2024-01")
	expectPeriod(t, "tháng 12 năm 2023", 0, "2023-12")
	expectPeriod(t, "tháng 02-2024", 0, "2024-02")
	expectPeriod(t, "tháng Một năm 2024", 0, "2024-01")
	expectPeriod(t, "tháng Mười Hai/2023", 0, "2023-12")
	expectPeriod(t, "tháng 2 giảm 18%", 2024, "2024-02")     // a bare month takes the article's year
	expectPeriod(t, "năm 2023 … tháng 2 giảm", 2024, "2023") // the first mention is the year itself
	expectPeriod(t, "quý I/2024", 0, "2024-Q1")
	expectPeriod(t, "quý IV năm 2023", 0, "2023-Q4")
	expectPeriod(t, "quý 3", 2024, "2024-Q3")
	expectPeriod(t, "6 tháng đầu năm 2024", 0, "2024-H1")
	expectPeriod(t, "sáu tháng đầu năm", 2024, "2024-H1")
	expectPeriod(t, "nửa đầu năm 2024", 0, "2024-H1")
	expectPeriod(t, "6 tháng cuối năm 2024", 0, "2024-H2")
	expectPeriod(t, "2 tháng đầu năm 2024", 0, "2024-01..2024-02")
	expectPeriod(t, "3 tháng đầu năm 2024", 0, "2024-Q1")
	expectPeriod(t, "Tính chung 9 tháng, IIP tăng", 2024, "2024-01..2024-09")
	expectPeriod(t, "9 tháng năm 2024", 0, "2024-01..2024-09")
	expectPeriod(t, "cả năm 2024", 0, "2024")
	expectPeriod(t, "cả năm", 2024, "2024")
	expectPeriod(t, "năm 2024", 0, "2024")
	expectPeriod(t, "(cùng kỳ năm 2023 giảm 2,9%)", 2024, "2023")
	expectNone(t, "trong 6 tháng tới", 2024) // a duration, not a period
	expectNone(t, "tháng năm", 0)
	expectNone(t, "năm nay", 0) // no year known
}

func TestDates(t *testing.T) {
	expectDate(t, "23/02/2024 00:02", 0, "2024-02-23T00:02")
	expectDate(t, "Thứ Tư, 07/01/2015 | 22:34", 0, "2015-01-07T22:34")
	expectDate(t, "ngày 5/1/2024 của Chính phủ", 0, "2024-01-05")
	expectDate(t, "diễn ra ngày 17/5 ở Hà Nội", 2024, "2024-05-17")
	expectNone(t, "25/28 tỉnh", 2024)   // a count of a whole, not a date
	expectNone(t, "có 6/10 tỉnh", 2024) // no cue word: a count
	expectNone(t, "31/02/2024", 0)      // no such day
}

func TestRestOfYearAndShift(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2024-Q1", "2024-04..2024-12"}, {"2024-H1", "2024-H2"}, {"2024-01..2024-02", "2024-03..2024-12"},
		{"2024-09", "2024-Q4"}, {"2024", ""}, {"2024-12", ""},
	} {
		if got := After(c.in); got != c.want {
			t.Errorf("After(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	if got := Shift("2024-01..2024-02", 2023); got != "2023-01..2023-02" {
		t.Errorf("Shift: got %q", got)
	}
}

func TestCompared(t *testing.T) {
	ms := FindAll("tăng 8,5% so với ước thực hiện năm 2023", 2024)
	if len(ms) != 1 || !ms[0].Compared {
		t.Fatalf("got %+v; want one compared mention", ms)
	}
}

func FuzzFindAll(f *testing.F) {
	for _, s := range []string{"tháng 1/2024", "quý I/2024", "23/02/2024 00:02", "2 tháng đầu năm"} {
		f.Add(s, 2024)
	}
	f.Fuzz(func(t *testing.T, s string, ref int) {
		for _, m := range FindAll(s, ref%3000) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad span %d..%d in %q", m.Start, m.End, s)
			}
		}
	})
}
