package period

import (
	"testing"

	"chiso/extract/normalize"
	"chiso/extract/segment"
)

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
	expectPeriod(t, "cao hơn mức tăng 3,1% của cùng kỳ 2023", 2024, "2023") // "năm" left out
	expectPeriod(t, "tỉnh có GRDP 2024 đạt 50.424 tỷ đồng", 2025, "2024")   // the year right after the measure
	expectNone(t, "tỉnh có 2024 doanh nghiệp thành lập mới", 2025)          // a count, no year
	expectNone(t, "trong 6 tháng tới", 2024)                                // a duration, not a period
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
	for _, s := range []string{"tăng 8,5% so với ước thực hiện năm 2023", "đạt 515 tỉ USD, xấp xỉ năm 2019"} {
		ms := FindAll(s, 2024)
		if len(ms) != 1 || !ms[0].Compared {
			t.Fatalf("%q: got %+v; want one compared mention", s, ms)
		}
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

// refPeriod reads the first own (not compared) period of s against ref.
func refPeriod(s string, ref Ref) string {
	for _, m := range FindRef(segment.Tokens(normalize.Lower(s)), ref) {
		if m.Kind == Period && !m.Compared && !m.ThisMonth {
			return m.Period
		}
	}
	return ""
}

// Each row is one rule with its minimal pair: the same words read with and
// without what the rule is about.
func TestAnchoredPeriods(t *testing.T) {
	jan24 := Ref{Year: 2024, Month: 1}
	sep24 := Ref{Year: 2024, Month: 9}
	for _, c := range []struct {
		in   string
		ref  Ref
		want string
	}{
		// a bare month later than the dateline's is last year's (news reading)
		{"Kim ngạch xuất khẩu tháng 12 đạt 5,1 tỷ USD", jan24, "2023-12"},
		{"Kim ngạch xuất khẩu tháng 12 đạt 5,1 tỷ USD", Ref{Year: 2024, Month: 12}, "2024-12"},
		{"Kim ngạch xuất khẩu tháng 12/2024 đạt 5,1 tỷ USD", jan24, "2024-12"},
		{"Cả năm, kim ngạch xuất khẩu đạt 56,7 tỷ USD", jan24, "2023"},
		// the year the text names wins over the dateline's
		{"tháng 12 tăng 3%", Ref{Year: 2024, Month: 1, TextYear: 2024}, "2024-12"},
		// years relative to the dateline
		{"6 tháng năm nay ước đạt", Ref{Year: 2024, Month: 7}, "2024-H1"},
		{"Năm ngoái, tổng thu ngân sách đạt", Ref{Year: 2024, Month: 7}, "2023"},
		{"nửa đầu năm nay cao hơn 7,92%", Ref{Year: 2022, Month: 6}, "2022-H1"},
		{"đi qua nửa chặng đường đầu năm 2025 với", Ref{Year: 2025, Month: 7}, "2025-H1"},
		{"dự án cấp phép từ các năm trước tăng vốn", Ref{Year: 2025, Month: 9}, ""}, // years, not a year
		// "năm qua" in January or February is the year just ended; later, or after a number, it is not a year
		{"các lĩnh vực tăng cao trong năm qua", Ref{Year: 2026, Month: 1}, "2025"},
		{"các lĩnh vực tăng cao trong năm qua", Ref{Year: 2025, Month: 9}, ""},
		{"cao nhất trong 5 năm qua", Ref{Year: 2026, Month: 1}, ""},
		// the markets' short form of a run of months
		{"Lũy kế 11T/2025, Việt Nam xuất siêu 20,53 tỷ USD", Ref{Year: 2025, Month: 12}, "2025-01..2025-11"},
		{"lợi nhuận 9T2025 đạt", Ref{Year: 2025, Month: 10}, "2025-01..2025-09"},
		// "tính hết ngày" with a dotted date: the run to that day's month
		{"tính hết ngày 31.12.2025, tổng nguồn vốn FDI đăng ký đạt", Ref{Year: 2026, Month: 1}, "2025"},
		// runs of months however a report opens them
		{"Trong 8 tháng, tổng vốn FDI đạt", sep24, "2024-01..2024-08"},
		{"Lũy kế 5 tháng, thu NSNN đạt", sep24, "2024-01..2024-05"},
		{"Bình quân 9 tháng, CPI tăng", sep24, "2024-01..2024-09"},
		{"Kim ngạch xuất khẩu 7 tháng của tỉnh đạt", sep24, "2024-01..2024-07"},
		{"ba tháng cuối năm", sep24, "2024-Q4"},
		{"quý đầu tiên của năm", sep24, "2024-Q1"},
		{"Từ đầu năm đến nay, tỉnh đã thu hút", sep24, "2024-01..2024-09"},
		{"Đến hết tháng 9/2024, tỉnh đã giải ngân", sep24, "2024-01..2024-09"},
		{"hết tháng 2/2024, TPHCM xuất khẩu được 6,6 tỷ USD", Ref{Year: 2024, Month: 3}, "2024-01..2024-02"}, // by the end of February
		{"Từ tháng 1 đến tháng 9, Ninh Bình đón hơn 5,52 triệu lượt khách", Ref{Year: 2023, Month: 10}, "2023-01..2023-09"},
		{"từ tháng 6 đến tháng 8/2024, giá tăng", Ref{Year: 2024, Month: 9}, "2024-06..2024-08"},
		{"Tính chung 5 tháng của năm 2024, tổng vốn đăng ký FDI đạt", Ref{Year: 2024, Month: 6}, "2024-01..2024-05"},
		{"Trong quý I của năm 2023, nhập khẩu đạt", sep24, "2023-Q1"},
		{"doanh thu trong tháng 1-10 tăng 9,4%", Ref{Year: 2024, Month: 11}, "2024-01..2024-10"}, // a run with a dash
		{"trong tháng 10-2023, xuất khẩu đạt", sep24, "2023-10"},                                 // a month and its year // not the year after a bare quarter
		{"Trong quý đầu tiên của năm 2023, xuất khẩu đạt", sep24, "2023-Q1"},
		{"Trong 6 tháng đầu của năm 2023, FDI đạt", sep24, "2023-H1"},
		{"Tính đến giữa tháng 12/2020, kim ngạch đạt 515 tỉ USD", Ref{Year: 2021, Month: 1}, "2020"},
		// the year so far to mid-December, not the whole year
		{"Cộng dồn từ đầu năm đến 15/12, xuất khẩu đạt", Ref{Year: 2020, Month: 12}, "2020-01..2020-12"},
		{"Cộng dồn từ đầu năm đến 31/12, xuất khẩu đạt", Ref{Year: 2020, Month: 12}, "2020"},
		{"tới trung tuần tháng 10/2023, vốn giải ngân", Ref{Year: 2023, Month: 10}, "2023-01..2023-10"},
		{"trong tháng 2/2024, xuất khẩu đạt", Ref{Year: 2024, Month: 3}, "2024-02"},
		{"tổng thu ngân sách đến ngày 29/6/2025 đạt", Ref{Year: 2025, Month: 7}, "2025-H1"},
		{"Tổng thu ngân sách đến ngày 2/10/2025 đạt", Ref{Year: 2025, Month: 10}, "2025-01..2025-09"}, // a cut-off in a month's first days closes the month before
		{"đến nay toàn tỉnh đã giải ngân", Ref{Year: 2025, Month: 8}, "2025-01..2025-08"},
		{"Kết quả nổi bật đến tháng 7/2025: GRDP ước đạt", Ref{Year: 2025, Month: 8}, "2025-01..2025-07"},
		// lengths of time are no runs
		{"tăng 3 tháng liên tiếp", sep24, ""},
		{"kỳ hạn 6 tháng", sep24, ""},
		{"kéo dài 3 tháng", sep24, ""},
	} {
		if got := refPeriod(c.in, c.ref); got != c.want {
			t.Errorf("%q (%+v): got %q; want %q", c.in, c.ref, got, c.want)
		}
	}
}

func TestComparedPeriods(t *testing.T) {
	for _, c := range []struct {
		in       string
		compared bool
	}{
		{"tăng 4,5% so với cùng thời điểm này năm 2022", true}, // eight words after "so"
		{"chỉ đứng sau quý III/2022 (14,38%)", true},
		{"mức cao nhất kể từ năm 2011", true},
		{"cao hơn mức 6,9% của năm 2022", true},
		{"chậm hơn giai đoạn cao điểm quý 2", true},
		{"quý III/2022 tăng 14,38%", false},
	} {
		ms := FindAll(c.in, 2024)
		var got *Mention
		for k := range ms {
			if ms[k].Kind == Period {
				got = &ms[k]
				break
			}
		}
		if got == nil || got.Compared != c.compared {
			t.Errorf("%q: got %+v; want compared=%v", c.in, got, c.compared)
		}
	}
	if m := FindAll("Kim ngạch xuất khẩu trong tháng ước đạt", 2024); len(m) != 1 || !m[0].ThisMonth {
		t.Errorf("trong tháng: got %+v", m)
	}
}

func TestLastAndPrevMonth(t *testing.T) {
	for in, want := range map[string]string{"2022-H1": "2022-06", "2024-01..2024-08": "2024-08", "2024-Q3": "2024-09", "2025-05": "2025-05", "2024": ""} {
		if got := LastMonth(in); got != want {
			t.Errorf("LastMonth(%q) = %q; want %q", in, got, want)
		}
	}
	if PrevMonth("2025-01") != "2024-12" || PrevMonth("2025-09") != "2025-08" {
		t.Errorf("PrevMonth: %q %q", PrevMonth("2025-01"), PrevMonth("2025-09"))
	}
}

// A span of years is no period of figures, and its first year no year for
// the bare quarter after it.
func TestYearSpan(t *testing.T) {
	ms := FindAll("hoàn thành kế hoạch 5 năm 2021 - 2025. Tỉnh đạt kết quả quý I đáng ghi nhận.", 2025)
	var got []string
	for _, m := range ms {
		if m.Kind == Period && !m.Compared {
			got = append(got, m.Period)
		}
	}
	if len(got) != 1 || got[0] != "2025-Q1" {
		t.Errorf("got %v, want [2025-Q1]", got)
	}
}

// TestQuarterRuns: a count of quarters is the months from January ("3
// quý" is nine months); "quý 3" is the third quarter, "3 quý liên tiếp" no
// period; "Qúy" misspelt is "quý".
func TestQuarterRuns(t *testing.T) {
	expectPeriod(t, "Tính chung 3 quý, công nghiệp tăng 5,07%", 2025, "2025-01..2025-09")
	expectPeriod(t, "trong hai quý đầu năm 2025 biến động mạnh", 0, "2025-H1")
	expectPeriod(t, "ba quý đầu năm 2024", 0, "2024-01..2024-09")
	expectPeriod(t, "GRDP quý 3 năm 2024", 0, "2024-Q3")
	expectPeriod(t, "GRDP Qúy I/2024 tăng 5%", 0, "2024-Q1")
	expectNone(t, "đã tăng 3 quý liên tiếp", 2025)
}
