package lexicon

import (
	"testing"

	"chiso/extract/normalize"
	"chiso/extract/segment"
)

func find(s string) []Cue { return Default.Find(segment.Tokens(normalize.Lower(s))) }

func TestLongestMatch(t *testing.T) {
	for _, c := range []struct {
		text string
		cat  Category
		want string
	}{
		{"Kim ngạch xuất, nhập khẩu tháng 1", Indicator, "trade_turnover"},
		{"xuất khẩu ước đạt", Indicator, "exports"},
		{"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", Indicator, "retail_sales"},
		{"tổng mức bán lẻ hàng hoá", Indicator, "retail_sales"}, // the other tone placement
		{"Chỉ số sản xuất công nghiệp (IIP)", Indicator, "iip"},
		{"Thu từ hoạt động xuất - nhập khẩu đạt 251 tỷ đồng", Indicator, "trade_revenue"}, // a budget's revenue, not imports
		{"thu từ lĩnh vực xuất khẩu đạt 15.681 tỷ đồng", Indicator, "trade_revenue"},
		{"Chỉ số tồn kho thời điểm 01/8", Indicator, "inventory_index"},
		{"Chỉ số giá vàng tháng 4/2025 tăng 6,67%", Indicator, "gold_price_index"}, // a CPI report's own index, no CPI
		{"Chỉ số giá đô la Mỹ tháng 4/2025", Indicator, "usd_price_index"},
		{"đóng góp tăng 20,33 điểm phần trăm", Verb, VerbContribUp},
		{"chi so san xuat cong nghiep", Indicator, "iip"}, // typed without diacritics
		{"công nghiệp có vốn đầu tư nước ngoài", Sector, "fdi"},
		{"ngành chế biến, chế tạo", Sector, "manufacturing"},
		{"so với cùng kỳ năm trước", Basis, "yoy"},
		{"so kế hoạch", Basis, "plan"},         // "đạt 70% so kế hoạch"
		{"uớc đạt 2,533 tỷ USD", Estimate, ""}, // "ước" with its mark misplaced
		{"so với nghị quyết đề ra", Basis, "plan"},
		{"so với tháng cùng kỳ năm trước", Basis, "yoy"},
		{"so với cùng tháng năm 2023", Basis, "yoy"},
		{"so với cùng k?? năm trước", Basis, "yoy"},           // a copy that lost its diacritics to "?"
		{"so vi tháng trưc", Basis, "mom"},                    // a copy that dropped its hooked letters
		{"ngành chế biến – chế tạo", Sector, "manufacturing"}, // an en dash for the hyphen
		{"so vi tháng cùng k", Basis, "yoy"},
		{"chỉ số sản xuất của toàn ngành công nghiệp", Indicator, "iip"},
		{"tổng thu cân đối", Indicator, "budget_revenue"},
		{"giao thương biên mậu", Indicator, "trade_turnover"}, // trade across the land borders
		{"tổng kim ngạch XNK", Indicator, "trade_turnover"},   // the trade desk's short form
		{"so với tháng trước", Basis, "mom"},
		{"so với ước thực hiện năm 2023", Basis, "prev_year"},
		{"làm giảm 0,6 điểm", Verb, VerbContribDown},
		{"tăng ở 60 địa phương", Verb, VerbCountUp},
		{"tăng cường hợp tác", Verb, ""}, // strengthen, not a rise
	} {
		cues := find(c.text)
		if len(cues) == 0 || cues[0].Cat != c.cat || cues[0].Value != c.want {
			t.Errorf("%q: got %+v; want %v %q", c.text, cues, c.cat, c.want)
		}
	}
}

func TestWholeWords(t *testing.T) {
	if cues := find("tăngx giảmy"); len(cues) != 0 {
		t.Fatalf("matched inside words: %+v", cues)
	}
}
