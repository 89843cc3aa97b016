package index

import (
	"strings"
	"time"

	"chiso/extract"
	"chiso/extract/facts"
	"chiso/extract/place"
)

func successor(name string) string { return place.Default.Successor2025(name) }

// provincesOf are the provinces an article is found by: those its body
// names, its headline's, and its facts' places. "Quảng Bình: Năm 2024 nền
// kinh tế phát triển ổn định" over a body that says only "của tỉnh" is about
// Quảng Bình though its body never names it (the extractor's provinces are
// the body's alone, as the contract has them).
func provincesOf(a extract.Article) []string {
	out := append([]string{}, a.Provinces...)
	if a.Title != nil {
		for _, m := range place.Default.FindAll(*a.Title, deref(a.Published)) {
			out = append(out, m.Name)
		}
	}
	for _, f := range a.Facts {
		if successor(f.Region) != "" {
			out = append(out, f.Region)
		}
	}
	return out
}

// yearOfArticle is the year an article reports on: its publication year,
// else the year its facts name most.
func yearOfArticle(a extract.Article) string {
	if a.Published != nil && len(*a.Published) >= 4 {
		return (*a.Published)[:4]
	}
	count := map[string]int{}
	best := ""
	for _, f := range a.Facts {
		if f.Period != nil && len(*f.Period) >= 4 {
			y := (*f.Period)[:4]
			count[y]++
			if count[y] > count[best] || count[y] == count[best] && y > best {
				best = y
			}
		}
	}
	return best
}

func publishedTime(a extract.Article) (time.Time, bool) {
	if a.Published == nil {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, *a.Published); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// indicatorWords name the contract's indicators the way articles do, so a
// fact is found by the words a reader would type.
var indicatorWords = map[string]string{
	"iip": "chỉ số sản xuất công nghiệp iip", "industrial_output": "giá trị sản xuất công nghiệp",
	"exports": "xuất khẩu kim ngạch", "imports": "nhập khẩu kim ngạch", "trade_turnover": "xuất nhập khẩu kim ngạch",
	"trade_balance": "cán cân thương mại xuất siêu nhập siêu", "retail_sales": "tổng mức bán lẻ hàng hóa doanh thu dịch vụ tiêu dùng",
	"cpi": "chỉ số giá tiêu dùng cpi", "grdp": "tăng trưởng kinh tế grdp", "gdp": "tăng trưởng kinh tế gdp",
	"fdi_registered": "vốn đầu tư nước ngoài fdi đăng ký", "fdi_disbursed": "vốn đầu tư nước ngoài fdi giải ngân thực hiện",
	"public_investment_disbursed": "giải ngân vốn đầu tư công", "budget_revenue": "thu ngân sách nhà nước",
}

var sectorWords = map[string]string{
	"mining": "khai khoáng", "manufacturing": "chế biến chế tạo", "electricity": "sản xuất phân phối điện",
	"water": "cung cấp nước xử lý rác thải", "fdi": "vốn đầu tư nước ngoài fdi", "local": "công nghiệp địa phương",
	"domestic": "kinh tế trong nước",
}

// label is the text a fact is found by: its indicator's and sector's usual
// words, its region and its period.
func label(f facts.Fact) string {
	parts := []string{indicatorWords[f.Indicator], strings.ReplaceAll(f.Indicator, "_", " ")}
	if f.Sector != "all" {
		parts = append(parts, sectorWords[f.Sector], strings.ReplaceAll(f.Sector, "_", " "))
	}
	parts = append(parts, f.Region)
	if f.Period != nil {
		parts = append(parts, *f.Period)
	}
	return strings.Join(parts, " ")
}
