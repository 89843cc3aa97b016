package facts

import (
	"fmt"
	"strings"
	"testing"
)

// brief writes a fact the way the tests state them:
// "exports|all|Việt Nam|2024-03|change|yoy|12.5|%|est".
func brief(f Fact) string {
	s := func(p *string) string {
		if p == nil {
			return "-"
		}
		return *p
	}
	est := ""
	if f.Estimate {
		est = "|est"
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s|%s|%s%s", f.Indicator, f.Sector, f.Region, s(f.Period), f.Kind, s(f.Basis), formatValue(f.Value), f.Unit, est)
}

func expectFacts(t *testing.T, in Input, want ...string) {
	t.Helper()
	t.Run(in.Body, func(t *testing.T) {
		t.Helper()
		res := Build(in)
		var got []string
		for _, f := range res.Facts {
			got = append(got, brief(f))
			if !strings.Contains(in.Body, f.Quote) || in.Body[f.Start:f.End] == "" {
				t.Errorf("quote or span of %s is not in the body", brief(f))
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
	})
}

func body(s string) Input { return Input{Body: s, Date: "2024-04-10"} }

func TestCarriedContext(t *testing.T) {
	expectFacts(t, body("Kim ngạch xuất, nhập khẩu quý I/2024 ước đạt 178 tỷ USD, tăng 15,5% so với cùng kỳ; trong đó xuất khẩu ước đạt 93 tỷ USD, tăng 17%; nhập siêu khoảng 1,2 tỷ USD."),
		"trade_turnover|all|Việt Nam|2024-Q1|level|-|178000000000|USD|est",
		"trade_turnover|all|Việt Nam|2024-Q1|change|yoy|15.5|%|est",
		"exports|all|Việt Nam|2024-Q1|level|-|93000000000|USD|est",
		"exports|all|Việt Nam|2024-Q1|change|yoy|17|%|est",
		"trade_balance|all|Việt Nam|2024-Q1|level|-|-1200000000|USD|est")
	// the indicator and period carry to the next sentence; the basis to the end of the paragraph
	expectFacts(t, body("Giá trị sản xuất công nghiệp tỉnh Bắc Ninh tháng 3/2024 đạt 120 nghìn tỷ đồng, tăng 4,2% so với cùng kỳ. Riêng khai khoáng đạt 1,5 nghìn tỷ, giảm 2%."),
		"industrial_output|all|Bắc Ninh|2024-03|level|-|120000000000000|VND",
		"industrial_output|all|Bắc Ninh|2024-03|change|yoy|4.2|%",
		"industrial_output|mining|Bắc Ninh|2024-03|level|-|1500000000000|VND",
		"industrial_output|mining|Bắc Ninh|2024-03|change|yoy|-2|%")
}

func TestKinds(t *testing.T) {
	expectFacts(t, body("IIP tháng 3/2024 tăng 4,1% so với tháng trước, trong đó ngành khai khoáng giảm 1,2%, làm giảm 0,2 điểm phần trăm; ngành chế biến, chế tạo tăng 5%, đóng góp 4 điểm phần trăm."),
		"iip|all|Việt Nam|2024-03|change|mom|4.1|%",
		"iip|mining|Việt Nam|2024-03|change|mom|-1.2|%",
		"iip|mining|Việt Nam|2024-03|contribution|-|-0.2|pp",
		"iip|manufacturing|Việt Nam|2024-03|change|mom|5|%",
		"iip|manufacturing|Việt Nam|2024-03|contribution|-|4|pp")
	expectFacts(t, body("Thu ngân sách nhà nước trên địa bàn tỉnh Quảng Ninh quý I/2024 đạt 12.300 tỷ đồng, bằng 25% dự toán, chiếm 30% tổng thu."),
		"budget_revenue|all|Quảng Ninh|2024-Q1|level|-|12300000000000|VND",
		"budget_revenue|all|Quảng Ninh|2024-Q1|plan_progress|-|25|%",
		"budget_revenue|all|Quảng Ninh|2024-Q1|share|-|30|%")
}

func TestTargetsAndCounts(t *testing.T) {
	expectFacts(t, body("Năm 2024, tỉnh Hải Dương phấn đấu đạt mục tiêu tổng mức bán lẻ hàng hóa 85.000 tỷ đồng, tăng 10% so với năm trước."),
		"retail_sales|all|Hải Dương|2024|target|-|85000000000000|VND",
		"retail_sales|all|Hải Dương|2024|target|prev_year|10|%")
	expectFacts(t, body("Chỉ số sản xuất công nghiệp quý I/2024 tăng ở 55 địa phương và giảm ở 8 địa phương trên cả nước; 12 địa phương có mức tăng từ 20% trở lên."),
		"iip|all|Việt Nam|2024-Q1|count_up|-|55|count",
		"iip|all|Việt Nam|2024-Q1|count_down|-|8|count")
}

func TestDropped(t *testing.T) {
	// compared with a period the contract cannot name, or a bound, or a bare count: no fact
	expectFacts(t, body("Xuất khẩu quý I/2024 tăng gần 40% so với kết quả của quý IV/2023."))
	expectFacts(t, body("Doanh nghiệp có hơn 3.600 siêu thị và 2.200 điểm bán (khoảng 61%)."))
	expectFacts(t, body("Hiệp định Đối tác xuyên Thái Bình Dương có hiệu lực từ năm 2018."))
}

func TestSamePeriodLastYear(t *testing.T) {
	expectFacts(t, body("Tính chung 3 tháng đầu năm 2024, IIP ước tính tăng 5,7% so với cùng kỳ năm trước (cùng kỳ năm 2023 giảm 2,9%)."),
		"iip|all|Việt Nam|2024-Q1|change|yoy|5.7|%|est",
		"iip|all|Việt Nam|2023-Q1|change|yoy|-2.9|%")
}

func TestRegions(t *testing.T) {
	// each clause's province holds for the figures after it
	expectFacts(t, body("Kim ngạch xuất khẩu 6 tháng đầu năm 2024: Bắc Ninh đạt 26 tỷ USD, tăng 12%; Thái Nguyên đạt 14,1 tỷ USD, giảm 3%."),
		"exports|all|Bắc Ninh|2024-H1|level|-|26000000000|USD",
		"exports|all|Bắc Ninh|2024-H1|change|-|12|%",
		"exports|all|Thái Nguyên|2024-H1|level|-|14100000000|USD",
		"exports|all|Thái Nguyên|2024-H1|change|-|-3|%")
	// a province in the headline is where the figures are
	expectFacts(t, Input{Title: "Đồng Nai: xuất khẩu tăng mạnh", Body: "Kim ngạch xuất khẩu tháng 5/2024 đạt 2,1 tỷ USD.", Date: "2024-06-01"},
		"exports|all|Đồng Nai|2024-05|level|-|2100000000|USD")
	res := Build(Input{Body: "Bình Dương: xuất khẩu tháng 8/2025 đạt 3 tỷ USD.", Date: "2025-09-01"})
	if len(res.Facts) != 1 || res.Facts[0].Region2025 == nil || *res.Facts[0].Region2025 != "Hồ Chí Minh" {
		t.Fatalf("region_2025: %+v", res.Facts)
	}
}

func TestRanking(t *testing.T) {
	res := Build(body("Xuất khẩu quý I/2024 tăng 17%. Các địa phương có kim ngạch xuất khẩu lớn nhất là: Bắc Ninh, Thái Nguyên, Hải Phòng."))
	if len(res.Rankings) != 1 {
		t.Fatalf("got %+v", res.Rankings)
	}
	r := res.Rankings[0]
	if r.Indicator != "exports" || r.Order != "highest" || strings.Join(r.Regions, ",") != "Bắc Ninh,Thái Nguyên,Hải Phòng" {
		t.Fatalf("got %+v", r)
	}
}

func TestBreakdowns(t *testing.T) {
	// goods and markets are parts of the total, never the total
	expectFacts(t, body("Xuất khẩu tháng 3/2024 đạt 34 tỷ USD, trong đó điện thoại và linh kiện đạt 4,5 tỷ USD; xuất khẩu sang Hoa Kỳ đạt 8,7 tỷ USD."),
		"exports|all|Việt Nam|2024-03|level|-|34000000000|USD",
		"exports|phones|Việt Nam|2024-03|level|-|4500000000|USD",
		"exports|us_market|Việt Nam|2024-03|level|-|8700000000|USD")
	// the indicator named after the amount
	expectFacts(t, body("Xuất khẩu tháng 3/2024 tăng 5%. Tỉnh Bắc Giang thu hút 1,2 tỷ USD vốn FDI trong quý I/2024."),
		"exports|all|Việt Nam|2024-03|change|-|5|%",
		"fdi_registered|all|Bắc Giang|2024-Q1|level|-|1200000000|USD")
	// the span of a plan is not the period of the figure before it
	expectFacts(t, Input{Body: "Giá trị sản xuất công nghiệp đạt 50 tỷ đồng, bằng 25% kế hoạch cả năm.", Date: "2024-04-10"},
		"industrial_output|all|Việt Nam|-|level|-|50000000000|VND",
		"industrial_output|all|Việt Nam|-|plan_progress|-|25|%")
	// a figure of the same period last year, said after it
	expectFacts(t, body("IIP quý I/2024 tăng 6,2% so với cùng kỳ, cao hơn mức tăng 3,1% của cùng kỳ năm trước."),
		"iip|all|Việt Nam|2024-Q1|change|yoy|6.2|%",
		"iip|all|Việt Nam|2023-Q1|change|yoy|3.1|%")
}

func TestRankingValues(t *testing.T) {
	expectFacts(t, body("IIP quý I/2024 tăng 6%. Các tỉnh có IIP tăng cao nhất gồm: Bắc Giang (25,5%), Phú Thọ (24,3%)."),
		"iip|all|Việt Nam|2024-Q1|change|-|6|%",
		"iip|all|Bắc Giang|2024-Q1|change|-|25.5|%",
		"iip|all|Phú Thọ|2024-Q1|change|-|24.3|%")
	// "cao nhất cả nước" after a figure compares it; the next sentence is still the province's
	expectFacts(t, Input{Title: "Bắc Giang: công nghiệp tăng mạnh", Body: "IIP quý I/2024 của tỉnh tăng 25,5%, cao nhất cả nước. Giá trị sản xuất công nghiệp (theo giá so sánh 2010) đạt 95.600 tỷ đồng, tăng 26,1%.", Date: "2024-04-05"},
		"iip|all|Bắc Giang|2024-Q1|change|-|25.5|%",
		"industrial_output|all|Bắc Giang|2024-Q1|level|-|95600000000000|VND",
		"industrial_output|all|Bắc Giang|2024-Q1|change|-|26.1|%")
}

func TestRepeatedOnce(t *testing.T) {
	expectFacts(t, body("CPI tháng 3/2024 tăng 3,97% so với cùng kỳ.\n\nCPI tháng 3/2024 tăng 3,97% so với cùng kỳ."),
		"cpi|all|Việt Nam|2024-03|change|yoy|3.97|%")
}

// A ranking told over several sentences, by rank number: "Xếp thứ 2 là …",
// "vị trí thứ 3 …", "Các vị trí tiếp theo là …"; not "xếp thứ 21".
func TestRankingByNumber(t *testing.T) {
	res := Build(Input{Date: "2025-02-10", Body: "Trà Vinh là địa phương có IIP tăng cao nhất cả nước trong tháng 1/2025 (tăng 43,1%). " +
		"Xếp thứ 2 là Nam Định, tăng 29,5%; vị trí thứ 3 thuộc về Bến Tre (tăng 23,3%).\nCác vị trí tiếp theo là Bắc Kạn (tăng 23,1%); Bình Phước (tăng 16,8%).\n" +
		"Hà Nội xếp thứ 21, tăng 3%."})
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Trà Vinh,Nam Định,Bến Tre,Bắc Kạn,Bình Phước" {
		t.Fatalf("got %+v", res.Rankings)
	}
	// places are ranked by their GRDP; a ranking with no period takes its figures'
	res = Build(Input{Date: "2025-04-10", Body: "Tăng trưởng kinh tế quý I/2025 của Bắc Giang đạt 14,9%.\nCác tỉnh có tốc độ tăng trưởng kinh tế cao nhất là Bắc Giang, Hòa Bình và Nam Định."})
	if len(res.Rankings) != 1 || res.Rankings[0].Indicator != "grdp" || res.Rankings[0].Period == nil || *res.Rankings[0].Period != "2025-Q1" {
		t.Fatalf("got %+v", res.Rankings)
	}
}

// A leader no list follows is a ranking of one; one the list it heads
// repeats is not said twice; a sentence more on a ranked place keeps the list open.
func TestRankingLeaders(t *testing.T) {
	res := Build(Input{Date: "2025-07-10", Body: "Thành phố Hải Phòng dẫn đầu các thành phố trực thuộc Trung ương về tăng trưởng GRDP 6 tháng năm 2025 với 11,2%.\nGDP cả nước tăng 7,5%."})
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Hải Phòng" {
		t.Fatalf("got %+v", res.Rankings)
	}
	res = Build(Input{Date: "2024-06-10", Body: "Đứng đầu về kim ngạch xuất khẩu 5 tháng năm 2024 là TP. Hồ Chí Minh với 17,53 tỷ USD; thứ hai là Bắc Ninh với 14,37 tỷ USD.\n" +
		"So với cùng kỳ năm ngoái, kim ngạch xuất khẩu của Bắc Ninh tăng 29,25%.\nXuất khẩu của Bắc Giang đạt 10,58 tỷ USD, đứng thứ 3 cả nước."})
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Hồ Chí Minh,Bắc Ninh,Bắc Giang" {
		t.Fatalf("got %+v", res.Rankings)
	}
}

// A leader of one goes on, sentences of figures later, with the place the
// text calls second and third; whom the lead was taken from, or who lost
// it, ranks no one.
func TestRankingRetaken(t *testing.T) {
	res := Build(Input{Date: "2023-04-05", Body: "Hết quý I/2023, Bình Dương xuất khẩu được 7,1 tỷ USD, tăng 4%.\n" +
		"Nhờ vậy, Bình Dương đã lấy lại ngôi vị số 1 về xuất khẩu từ tay Bắc Ninh.\n" +
		"Dù mất vị trí dẫn đầu, xuất khẩu của Bắc Ninh vẫn đạt 6,9 tỷ USD, tăng 2,5%.\n" +
		"Với kết quả đó, Bắc Ninh hiện là địa phương có kim ngạch xuất khẩu lớn thứ 2 cả nước.\n" +
		"Vị trí thứ 3 thuộc về Hải Phòng với 5,2 tỷ USD."})
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Bình Dương,Bắc Ninh,Hải Phòng" {
		t.Fatalf("got %+v", res.Rankings)
	}
}

// A list said to go on from the places "kể trên" is the same ranking.
// A ranking that names no period is of the headline's period, not of the
// last figure's quarter.
func TestRankingPeriodFromHeadline(t *testing.T) {
	res := Build(Input{Date: "2020-10-05", Title: "Tăng trưởng GRDP 9 tháng của tỉnh dẫn đầu khu vực",
		Body: "Chín tháng năm 2020, GRDP của Ninh Thuận ước tăng 11%, riêng quý III tăng 8,5%. Trong số các tỉnh từ Thanh Hóa đến Bình Thuận, Ninh Thuận là tỉnh đứng vị trí thứ nhất về tốc độ tăng trưởng GRDP."})
	if len(res.Rankings) != 1 || res.Rankings[0].Period == nil || *res.Rankings[0].Period != "2020-01..2020-09" {
		t.Fatalf("got %+v", res.Rankings)
	}
}

func TestRankingGoesOn(t *testing.T) {
	res := Build(Input{Date: "2024-06-10", Body: "5 tháng năm 2024, các địa phương dẫn đầu cả nước về thu hút FDI là Hà Nội, Bắc Ninh, TP.HCM.\n" +
		"Bên cạnh 3 địa phương dẫn đầu kể trên, top 10 địa phương thu hút FDI nhiều nhất còn có Quảng Ninh, Hải Phòng."})
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Hà Nội,Bắc Ninh,Hồ Chí Minh,Quảng Ninh,Hải Phòng" {
		t.Fatalf("got %+v", res.Rankings)
	}
}

// Which sentences go on with a ranking, as minimal pairs: a rank number goes
// on even where the sentence has a superlative of its own; "còn lại" names
// the list's rest; belonging to a leading group, a contrast clause, a
// section's bare heading and a prose sentence that opens with a place do
// not; a superlative over the country with no place names ranks the place
// its figure is of; a group counted and then listed in full, falling, is a
// top N, listed out of order or short of its count it is none.
func TestRankingScope(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"Dẫn đầu cả nước về vốn FDI năm 2023 là Bắc Ninh với 4,1 tỷ USD. Hà Nội đứng thứ hai với 3 tỷ USD, nhờ dự án FDI lớn nhất cả nước trong năm.", "Bắc Ninh,Hà Nội"},
		{"Dẫn đầu cả nước về vốn FDI năm 2023 là Bắc Ninh với 4,1 tỷ USD. Hà Nội đạt 3 tỷ USD, nhờ dự án FDI lớn nhất cả nước trong năm.", "Bắc Ninh|Hà Nội"},
		{"Dẫn đầu cả nước về vốn FDI năm 2023 là Bắc Ninh, Hà Nội. Ba tỉnh còn lại trong top 5 địa phương dẫn đầu về FDI gồm Hải Phòng, Long An, Đồng Nai.", "Bắc Ninh,Hà Nội,Hải Phòng,Long An,Đồng Nai"},
		{"Dẫn đầu cả nước về vốn FDI năm 2023 là Bắc Ninh, Hà Nội. Ba tỉnh trong top 5 địa phương dẫn đầu về FDI gồm Hải Phòng, Long An, Đồng Nai.", "Bắc Ninh,Hà Nội|Hải Phòng,Long An,Đồng Nai"},
		{"Năm 2023, Bắc Ninh dẫn đầu cả nước về thu hút FDI, trong khi Nghệ An lọt vào nhóm 10 địa phương thu hút FDI lớn nhất.", "Bắc Ninh"},
		{"Năm 2023, Bắc Ninh dẫn đầu cả nước về thu hút FDI, tiếp theo là Nghệ An.", "Bắc Ninh,Nghệ An"},
		{"Năm 2023, Bắc Ninh giữ vị trí dẫn đầu về thu hút FDI với 4,1 tỷ USD, còn Nghệ An xếp thứ hai với 3 tỷ USD.", "Bắc Ninh,Nghệ An"},
		{"Năm 2023, GRDP của Hà Nội tăng 2,92%.\nĐứng vị trí thứ 2 là Quảng Ninh, với mức tăng trưởng GRDP 10,28%.\nNăm 2023, tăng trưởng GRDP của Hải Phòng đạt 12,38%, dẫn đầu cả nước.", "Hải Phòng,Quảng Ninh"},
		{"Năm 2023, GRDP của Hà Nội tăng 7,63% và 3 địa phương tăng trưởng 2 con số (gồm Bắc Giang tăng 14,01%, Quảng Ngãi 12,4%, Nam Định 11,84%).", "Bắc Giang,Quảng Ngãi,Nam Định"},
		{"Năm 2023, GRDP của Hà Nội tăng 7,63% và 3 địa phương tăng trưởng 2 con số (gồm Quảng Ngãi 12,4%, Bắc Giang tăng 14,01%, Nam Định 11,84%).", ""},
		{"Năm 2023, GRDP của Hà Nội tăng 7,63% và 4 địa phương tăng trưởng 2 con số (gồm Bắc Giang tăng 14,01%, Quảng Ngãi 12,4%, Nam Định 11,84%).", ""},
		{"TP.HCM và Bắc Ninh vượt mốc 20 tỷ USD.\nTính đến tháng 7/2023, kim ngạch xuất khẩu của hai địa phương này lần lượt đạt 23,6 tỷ USD và 20,6 tỷ USD, giữ vị trí thứ nhất và thứ hai cả nước.\nĐứng sau là Bình Dương, với kim ngạch xuất khẩu đạt 17,34 tỷ USD.", "Hồ Chí Minh,Bắc Ninh,Bình Dương"},
		{"Quý I/2023, GRDP của Bắc Ninh giảm 11,85%.\nĐiểm chung của các địa phương này là chỉ số sản xuất ngành công nghiệp chế biến, chế tạo quý I/2023 đều giảm so với cùng kỳ. Mạnh nhất là Quảng Nam, giảm tới 34,3%; trong khi Bắc Ninh giảm 18,8%.", "Quảng Nam,Bắc Ninh"},
		{"Trong số các tỉnh từ Thanh Hóa đến Bình Thuận, Ninh Thuận là tỉnh đứng đầu về tốc độ tăng trưởng GRDP 9 tháng năm 2023.", "Ninh Thuận"},
		{"Năm 2023, TP.HCM giữ ngôi đầu về thu ngân sách với 326.193 tỷ đồng. Hà Nội đứng thứ hai với 305.300 tỷ đồng. Trong khi đó, thu ngân sách trên địa bàn tỉnh đạt 63.968 tỷ đồng, đứng thứ ba cả nước. Bình Dương xếp thứ tư với gần 50.000 tỷ đồng.", "Hồ Chí Minh,Hà Nội,Bình Dương"},
		{"Năm 2023, vốn FDI vào Bắc Ninh đạt 4,1 tỷ USD. Hà Nội vẫn nằm trong nhóm dẫn đầu về thu hút FDI.", ""},
		{"Bắc Ninh\nSau nhiều năm, Bắc Ninh đã thành điểm đến của các tập đoàn điện tử.\nNăm 2023, vốn FDI vào tỉnh này đạt mức cao nhất cả nước với 4,1 tỷ USD.\nHà Nội\nNăm 2023, FDI vào Hà Nội đạt 3 tỷ USD.", "Bắc Ninh"},
		{"Năm 2023, vốn FDI vào Bắc Ninh đạt mức cao nhất từ trước đến nay với 4,1 tỷ USD.", ""},
		{"Năm 2023, xuất khẩu của Đồng Nai đạt 22,9 tỷ USD. Mỹ vẫn là thị trường xuất khẩu lớn nhất của Đồng Nai, chiếm 34,6%.", ""},
		{"Hai tháng năm 2025, IIP của Phú Thọ tăng 48,5%. Nhiều địa phương khác cũng có chỉ số IIP tăng cao như Trà Vinh (40,5%), Bắc Kạn (28,1%).", ""},
		{"Năm địa phương có kim ngạch xuất khẩu lớn nhất năm 2023 như sau: TP.HCM 40 tỷ USD; Bắc Ninh 30 tỷ USD.", "Hồ Chí Minh,Bắc Ninh"},
		{"Địa phương có chỉ số IIP tăng cao nhất trong 11 tháng đầu năm 2022 là Phú Thọ với 30,1%. Theo UBND tỉnh Phú Thọ, sản xuất nông nghiệp vẫn ổn định dù giá vật tư đầu vào tăng cao.\nXếp sau về tốc độ tăng IIP 11 tháng đầu năm 2022 là Quảng Nam với 27,4%.", "Phú Thọ,Quảng Nam"},
		{"Năm 2023, xuất khẩu của TP.HCM dẫn đầu với 40 tỷ USD. Bắc Ninh có kim ngạch lớn thứ 2 cả nước với 30 tỷ USD. Hải Phòng đạt kim ngạch xuất khẩu 20 tỷ USD.", "Hồ Chí Minh,Bắc Ninh"},
		{"Năm 2023, xuất khẩu của TP.HCM dẫn đầu với 40 tỷ USD. Bắc Ninh có kim ngạch lớn thứ 2 cả nước với 30 tỷ USD.\n3. Hải Phòng: 20 tỷ USD.", "Hồ Chí Minh,Bắc Ninh,Hải Phòng"},
	} {
		res := Build(Input{Date: "2024-01-10", Body: strings.ReplaceAll(c.body, "\\n", "\n")})
		var got []string
		for _, r := range res.Rankings {
			got = append(got, strings.Join(r.Regions, ","))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%.60q…: got %q, want %q", c.body, strings.Join(got, "|"), c.want)
		}
	}
}

// A run-on sentence is quoted around its figure, never whole: a 100 KB line
// of text gives quotes of a few hundred bytes, each a piece of the body.
func TestQuoteBounded(t *testing.T) {
	body := strings.Repeat("doanh nghiệp mở rộng sản xuất và thị trường ", 2000) + "xuất khẩu tháng 5/2024 đạt 3,2 tỷ USD " + strings.Repeat("nhờ đơn hàng mới ", 2000)
	res := Build(Input{Body: body, Date: "2024-06-05"})
	if len(res.Facts) != 1 {
		t.Fatalf("got %d facts", len(res.Facts))
	}
	q := res.Facts[0].Quote
	if len(q) > 2*maxQuote || !strings.Contains(q, "3,2 tỷ USD") || !strings.Contains(body, q) {
		t.Fatalf("quote of %d bytes: %.80q", len(q), q)
	}
}

// A numbered list of merged provinces ranks the provinces, not those merged
// into them (in brackets); a record over the years ranks no place.
func TestRankingMergedAndRecords(t *testing.T) {
	res := Build(Input{Date: "2026-01-24", Body: "Sau đây là danh sách 3 tỉnh thành có quy mô kinh tế lớn nhất cả nước năm 2025:\n" +
		"1. TP Hồ Chí Minh (Bình Dương + TPHCM + Bà Rịa - Vũng Tàu): tổng GRDP 2025 đạt 2.972.939 tỷ đồng.\n" +
		"2. Hà Nội: tổng GRDP 2025 đạt 1.587.379 tỷ đồng.\n" +
		"3. Hải Phòng (Hải Dương + TP. Hải Phòng): tổng GRDP 2025 đạt 734.420 tỷ đồng."})
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Hồ Chí Minh,Hà Nội,Hải Phòng" {
		t.Fatalf("got %+v", res.Rankings)
	}
	res = Build(Input{Date: "2023-07-05", Body: "6 tháng đầu năm 2023, GRDP TP.HCM ước tăng 6,46% so với cùng kỳ năm ngoái, mức cao nhất từ năm 2020 tới nay."})
	if len(res.Rankings) != 0 {
		t.Fatalf("got %+v", res.Rankings)
	}
}

// A table under a header that names its unit, in an article whose headline
// promises a top list: each row's bare figure in that unit, and the rows in
// order the ranking.
func TestUnitHeaderTable(t *testing.T) {
	in := Input{Title: "TOP 3 TỈNH, TP CÓ QUY MÔ KINH TẾ LỚN NHẤT VIỆT NAM 2021",
		Body: "TỈNH/THÀNH PHỐ – QUY MÔ GRDP (Tỷ đồng)\n1) TP. Hồ Chí Minh 1.298.791\n2) Hà Nội 1.067.593\n3) Bình Dương 408.861"}
	expectFacts(t, in,
		"grdp|all|Hồ Chí Minh|2021|level|-|1298791000000000|VND",
		"grdp|all|Hà Nội|2021|level|-|1067593000000000|VND",
		"grdp|all|Bình Dương|2021|level|-|408861000000000|VND")
	res := Build(in)
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Hồ Chí Minh,Hà Nội,Bình Dương" {
		t.Fatalf("got %+v", res.Rankings)
	}
}

// A lead's first two places told again as the full list below it are one
// ranking, the full one.
func TestRankingPrefixes(t *testing.T) {
	res := Build(Input{Date: "2019-03-01", Body: "Trong 2 tháng năm 2019, Bắc Ninh là địa phương có số vốn FDI đăng ký lớn nhất với 428,3 triệu USD; tiếp đến là Bình Dương 228,1 triệu USD.\n" +
		"Xếp theo vốn FDI đăng ký 2 tháng năm 2019, các địa phương dẫn đầu lần lượt là Bắc Ninh, Bình Dương, Tiền Giang và Hải Dương."})
	if len(res.Rankings) != 1 || strings.Join(res.Rankings[0].Regions, ",") != "Bắc Ninh,Bình Dương,Tiền Giang,Hải Dương" {
		t.Fatalf("got %+v", res.Rankings)
	}
}
