package view

import (
	"math"
	"strconv"
	"strings"
)

// Lang is an interface language: "vi" (the default) or "en".
type Lang string

// names of the contract's codes, as a reader of each language says them;
// a code without a name is shown as it is.
var names = map[Lang]map[string]string{
	"vi": {
		"iip": "Chỉ số SXCN (IIP)", "industrial_output": "Giá trị SXCN", "exports": "Xuất khẩu", "imports": "Nhập khẩu",
		"trade_turnover": "Kim ngạch XNK", "trade_balance": "Cán cân thương mại", "retail_sales": "Bán lẻ và dịch vụ tiêu dùng",
		"cpi": "CPI", "grdp": "GRDP", "gdp": "GDP", "fdi_registered": "FDI đăng ký", "fdi_disbursed": "FDI giải ngân",
		"public_investment_disbursed": "Giải ngân vốn đầu tư công", "budget_revenue": "Thu ngân sách",
		"all": "toàn ngành", "mining": "khai khoáng", "manufacturing": "chế biến, chế tạo", "electricity": "điện",
		"water": "cấp nước, xử lý rác thải", "fdi": "khu vực FDI", "local": "công nghiệp địa phương", "domestic": "kinh tế trong nước",
		"level": "mức", "change": "tăng/giảm", "share": "tỷ trọng", "contribution": "đóng góp", "plan_progress": "% kế hoạch",
		"target": "mục tiêu", "count_up": "số nơi tăng", "count_down": "số nơi giảm",
		"yoy": "so với cùng kỳ", "mom": "so với tháng trước", "prev_year": "so với năm trước", "plan": "so với kế hoạch",
		"dec_prev_year": "so với tháng 12 năm trước", "index": "chỉ số (%)", "ratio": "gấp (lần)",
		"retail_sales_real": "Bán lẻ (loại trừ yếu tố giá)", "excluding_crude_oil_gas": "trừ dầu thô và khí đốt",
		"new_projects": "dự án cấp mới", "capital_adjustment": "điều chỉnh vốn", "share_purchase": "góp vốn, mua cổ phần",
		"share_purchase_capital_increase": "góp vốn làm tăng vốn điều lệ", "share_purchase_no_capital_increase": "mua cổ phần không tăng vốn điều lệ",
		"core_inflation": "Lạm phát cơ bản", "budget_expenditure": "Chi ngân sách", "domestic_revenue": "Thu nội địa",
		"total_investment": "Vốn đầu tư toàn xã hội", "tourism_revenue": "Doanh thu du lịch", "agricultural_output": "Giá trị SX nông nghiệp",
		"agriculture_forestry_fishery": "nông, lâm nghiệp và thủy sản", "industry_construction": "công nghiệp và xây dựng",
		"services": "dịch vụ", "product_taxes_less_subsidies": "thuế sản phẩm trừ trợ cấp", "industry": "công nghiệp", "construction": "xây dựng",
		"goods": "bán lẻ hàng hóa", "accommodation_food": "lưu trú, ăn uống", "travel": "du lịch lữ hành", "other_services": "dịch vụ khác",
		"food_catering": "hàng ăn và dịch vụ ăn uống", "beverages_tobacco": "đồ uống và thuốc lá", "clothing_footwear": "may mặc, mũ nón, giày dép",
		"housing_construction_materials": "nhà ở, điện nước, chất đốt, VLXD", "household_equipment": "thiết bị, đồ dùng gia đình",
		"medicine_health": "thuốc và dịch vụ y tế", "transport": "giao thông", "information_communication": "bưu chính, viễn thông",
		"education": "giáo dục", "culture_entertainment_tourism": "văn hóa, giải trí, du lịch", "other_goods_services": "hàng hóa, dịch vụ khác",
		// the codes the lexicon names or the fact reader derives beyond the scored ones (TestEveryCodeNamed)
		"accommodation_food_revenue": "Doanh thu lưu trú, ăn uống", "agricultural_products": "nông sản", "agriculture": "nông nghiệp",
		"agro_forestry_fishery": "nông, lâm, thủy sản", "asean_market": "ASEAN", "australia_market": "Australia",
		"bvi_market": "Quần đảo Virgin thuộc Anh", "cambodia_market": "Campuchia", "canada_market": "Canada", "capital_formation": "Tích lũy tài sản",
		"cashew": "hạt điều", "cereals": "lương thực", "china_market": "Trung Quốc", "coal": "than", "coffee": "cà phê",
		"credit_growth": "Tăng trưởng tín dụng", "crude_oil": "dầu thô", "domestic_investment": "Vốn đầu tư trong nước (DDI)",
		"eating_out": "ăn uống ngoài gia đình", "electricity_output": "Sản lượng điện", "electronics": "điện tử, máy tính và linh kiện",
		"enterprise_capital": "Vốn đăng ký doanh nghiệp", "eu_market": "EU", "excluding_gold": "trừ vàng",
		"exports_goods_services": "Xuất khẩu hàng hóa và dịch vụ", "fdi_registered_stock": "FDI lũy kế còn hiệu lực",
		"final_consumption": "Tiêu dùng cuối cùng", "finance_insurance": "tài chính, ngân hàng, bảo hiểm", "food": "lương thực, thực phẩm",
		"food_processing": "chế biến thực phẩm", "foodstuff": "thực phẩm", "footwear": "giày dép", "forestry": "lâm nghiệp", "fruit_vegetables": "rau quả",
		"gdp_per_capita": "GDP bình quân đầu người", "grdp_per_capita": "GRDP bình quân đầu người", "gross_value_added": "Tổng giá trị tăng thêm",
		"hong_kong_market": "Hồng Kông", "imports_goods_services": "Nhập khẩu hàng hóa và dịch vụ", "income_per_capita": "Thu nhập bình quân đầu người",
		"india_market": "Ấn Độ", "indonesia_market": "Indonesia", "industrial_production": "Sản xuất công nghiệp",
		"industrial_zones": "các khu công nghiệp", "central_agencies": "các bộ, cơ quan trung ương", "carried_over": "vốn chuyển tiếp", "industry_value_added": "Giá trị tăng thêm công nghiệp", "international_arrivals": "Khách quốc tế",
		"japan_market": "Nhật Bản", "korea_market": "Hàn Quốc", "machinery": "máy móc, thiết bị", "malaysia_market": "Malaysia",
		"netherlands_market": "Hà Lan", "new_enterprises": "Doanh nghiệp thành lập mới", "non_state": "ngoài nhà nước", "oil_revenue": "Thu từ dầu thô",
		"other_industries": "các ngành còn lại", "pepper": "hồ tiêu", "per_capita": "bình quân đầu người", "petroleum": "xăng dầu",
		"phones": "điện thoại và linh kiện", "pmi": "PMI", "real_estate": "bất động sản", "retail_wholesale": "bán buôn, bán lẻ", "rice": "gạo",
		"rubber": "cao su", "rural": "nông thôn", "russia_market": "Nga", "samoa_market": "Samoa", "seafood": "thủy sản", "singapore_market": "Singapore",
		"state": "nhà nước", "steel": "sắt thép", "taiwan_market": "Đài Loan", "textiles": "dệt may", "thailand_market": "Thái Lan",
		"tourist_arrivals": "Lượt khách du lịch", "trade_revenue": "Thu ngân sách từ xuất nhập khẩu", "transport_equipment": "phương tiện vận tải và phụ tùng",
		"transport_storage": "vận tải, kho bãi", "uk_market": "Anh", "urban": "thành thị", "us_market": "Hoa Kỳ", "value_added": "Giá trị tăng thêm",
		"wholesale_retail": "bán buôn, bán lẻ", "wood": "gỗ và sản phẩm gỗ",
		"export_price": "Giá xuất khẩu", "import_price": "Giá nhập khẩu", "gold_price_index": "Chỉ số giá vàng", "usd_price_index": "Chỉ số giá đô la Mỹ",
		"inventory_index": "Chỉ số tồn kho", "consumption_index": "Chỉ số tiêu thụ", "industrial_employment_index": "Chỉ số sử dụng lao động",
	},
	"en": {
		"iip": "Industrial production index (IIP)", "industrial_output": "Industrial output", "exports": "Exports", "imports": "Imports",
		"trade_turnover": "Trade turnover", "trade_balance": "Trade balance", "retail_sales": "Retail sales and consumer services",
		"cpi": "CPI", "grdp": "GRDP", "gdp": "GDP", "fdi_registered": "FDI registered", "fdi_disbursed": "FDI disbursed",
		"public_investment_disbursed": "Public investment disbursed", "budget_revenue": "Budget revenue",
		"all": "all", "mining": "mining", "manufacturing": "manufacturing", "electricity": "electricity",
		"water": "water and waste", "fdi": "FDI sector", "local": "local industry", "domestic": "domestic sector",
		"level": "level", "change": "change", "share": "share", "contribution": "contribution", "plan_progress": "% of plan",
		"target": "target", "count_up": "places up", "count_down": "places down",
		"yoy": "year on year", "mom": "month on month", "prev_year": "on previous year", "plan": "on plan",
		"dec_prev_year": "on December of the year before", "index": "index (%)", "ratio": "ratio (times)",
		"retail_sales_real": "Retail sales at constant prices", "excluding_crude_oil_gas": "excluding crude oil and gas",
		"new_projects": "new projects", "capital_adjustment": "capital added", "share_purchase": "capital contributions, share purchases",
		"share_purchase_capital_increase": "contributions raising charter capital", "share_purchase_no_capital_increase": "share purchases not raising charter capital",
		"core_inflation": "Core inflation", "budget_expenditure": "Budget expenditure", "domestic_revenue": "Domestic revenue",
		"total_investment": "Total social investment", "tourism_revenue": "Tourism revenue", "agricultural_output": "Agricultural output",
		"agriculture_forestry_fishery": "agriculture, forestry, fishery", "industry_construction": "industry and construction",
		"services": "services", "product_taxes_less_subsidies": "product taxes less subsidies", "industry": "industry", "construction": "construction",
		"goods": "goods retail", "accommodation_food": "accommodation, food", "travel": "travel", "other_services": "other services",
		"food_catering": "food and catering", "beverages_tobacco": "beverages, tobacco", "clothing_footwear": "clothing, footwear",
		"housing_construction_materials": "housing, utilities, building materials", "household_equipment": "household equipment",
		"medicine_health": "medicine, health", "transport": "transport", "information_communication": "post, telecoms",
		"education": "education", "culture_entertainment_tourism": "culture, entertainment, tourism", "other_goods_services": "other goods, services",
		"accommodation_food_revenue": "Accommodation and food revenue", "agricultural_products": "agricultural products", "agriculture": "agriculture",
		"agro_forestry_fishery": "agriculture, forestry, fishery products", "asean_market": "ASEAN", "australia_market": "Australia",
		"bvi_market": "British Virgin Islands", "cambodia_market": "Cambodia", "canada_market": "Canada", "capital_formation": "Capital formation",
		"cashew": "cashew", "cereals": "cereals", "china_market": "China", "coal": "coal", "coffee": "coffee", "credit_growth": "Credit growth",
		"crude_oil": "crude oil", "domestic_investment": "Domestic investment (DDI)", "eating_out": "eating out",
		"electricity_output": "Electricity output", "electronics": "electronics, computers and parts", "enterprise_capital": "Registered business capital",
		"eu_market": "EU", "excluding_gold": "excluding gold", "exports_goods_services": "Exports of goods and services",
		"fdi_registered_stock": "FDI stock in force", "final_consumption": "Final consumption", "finance_insurance": "finance, banking, insurance",
		"food": "food", "food_processing": "food processing", "foodstuff": "foodstuff", "footwear": "footwear", "forestry": "forestry",
		"fruit_vegetables": "fruit and vegetables", "gdp_per_capita": "GDP per capita", "grdp_per_capita": "GRDP per capita",
		"gross_value_added": "Gross value added", "hong_kong_market": "Hong Kong", "imports_goods_services": "Imports of goods and services",
		"income_per_capita": "Income per capita", "india_market": "India", "indonesia_market": "Indonesia",
		"industrial_production": "Industrial production", "industrial_zones": "industrial zones", "central_agencies": "central ministries and agencies", "carried_over": "carried over from earlier plans", "industry_value_added": "Industry value added",
		"international_arrivals": "International arrivals", "japan_market": "Japan", "korea_market": "South Korea", "machinery": "machinery and equipment",
		"malaysia_market": "Malaysia", "netherlands_market": "Netherlands", "new_enterprises": "New enterprises", "non_state": "non-state",
		"oil_revenue": "Oil revenue", "other_industries": "other industries", "pepper": "pepper", "per_capita": "per capita", "petroleum": "petroleum",
		"phones": "phones and parts", "pmi": "PMI", "real_estate": "real estate", "retail_wholesale": "wholesale and retail", "rice": "rice",
		"rubber": "rubber", "rural": "rural", "russia_market": "Russia", "samoa_market": "Samoa", "seafood": "seafood", "singapore_market": "Singapore",
		"state": "state", "steel": "iron and steel", "taiwan_market": "Taiwan", "textiles": "textiles and garments", "thailand_market": "Thailand",
		"tourist_arrivals": "Tourist arrivals", "trade_revenue": "Budget revenue from trade", "transport_equipment": "transport equipment and parts",
		"transport_storage": "transport and storage", "uk_market": "United Kingdom", "urban": "urban", "us_market": "United States",
		"value_added": "Value added", "wholesale_retail": "wholesale and retail", "wood": "wood and wood products",
		"export_price": "Export prices", "import_price": "Import prices", "gold_price_index": "Gold price index", "usd_price_index": "US dollar price index",
		"inventory_index": "Inventory index", "consumption_index": "Consumption index", "industrial_employment_index": "Employment index",
	},
}

// Names is every contract code lang has a name for, as a new map: the
// page's charts, menus and facets say what the table says.
func Names(lang Lang) map[string]string {
	out := make(map[string]string, len(names["vi"]))
	for code := range names["vi"] {
		out[code] = Name(lang, code)
	}
	return out
}

// Name is how lang says a contract code.
func Name(lang Lang, code string) string {
	if n, ok := names[lang][code]; ok {
		return n
	}
	return strings.ReplaceAll(code, "_", " ")
}

// Text is one of the page's own words in lang.
func Text(lang Lang, key string) string {
	if t, ok := texts[lang][key]; ok {
		return t
	}
	return texts["vi"][key]
}

var texts = map[Lang]map[string]string{
	"vi": {
		"more":     "Còn %d dòng nữa: lọc để thu hẹp, hoặc",
		"showMore": "hiện thêm %d dòng",
		"none":     "Chưa có số liệu nào khớp.",
		"conflict": "Các bài ghi khác nhau",
		"close":    "Đóng", "closeReader": "Đóng bài (Esc)",
		"source":   "Bài",
		"quote":    "Câu gốc",
		"estimate": "ước tính",
		"est":      "(ước)", "estimateField": "Số ước",
		"andMore": " và %d bài khác",
		"why":     "Vì sao đọc như vậy",
		"any":     "(tất cả)", "filterBy": "Lọc theo",
		"col0": "chỉ tiêu", "col1": "ngành", "col2": "địa phương", "col3": "kỳ", "col4": "loại", "col5": "so sánh",
		// where a field came from (facts.From*)
		"clause": "trong mệnh đề", "sentence": "trong câu", "previous sentence": "từ câu trước", "headline": "từ tiêu đề",
		"article province": "tỉnh của bài", "whole country": "cả nước (mặc định)", "article topic": "chủ đề của bài", "after the figure": "ngay sau con số",
		"list": "theo danh sách", "owner": "của ai (sau con số)", "parenthesis": "điều ngoặc đơn nói về", "comparison": "so sánh",
		"indicator.why": "chỉ tiêu", "sector.why": "ngành", "region.why": "địa bàn", "period.why": "kỳ", "basis.why": "so với", "kind.why": "loại",
		// the figure's fields, as the detail names them
		"indicator": "Chỉ tiêu", "sector": "Ngành", "region": "Địa phương", "region_2025": "Thuộc (từ 1/7/2025)", "period": "Kỳ",
		"kind": "Loại", "basis": "So với", "value": "Giá trị",
	},
	"en": {
		"more":     "%d more rows: filter to narrow them, or",
		"showMore": "show %d more",
		"none":     "No figures match yet.",
		"conflict": "Articles disagree",
		"close":    "Close", "closeReader": "Close the article (Esc)",
		"source":   "Article",
		"quote":    "Sentence",
		"estimate": "estimate",
		"est":      "(est.)", "estimateField": "Estimate",
		"andMore": " and %d more",
		"why":     "Why it was read so",
		"any":     "(all)", "filterBy": "Filter by",
		"col0": "indicator", "col1": "sector", "col2": "region", "col3": "period", "col4": "kind", "col5": "basis",
		"clause": "in its clause", "sentence": "in the sentence", "previous sentence": "from the sentence before", "headline": "from the headline",
		"article province": "the article's province", "whole country": "the whole country (by default)", "article topic": "the article's topic", "after the figure": "right after the figure",
		"list": "from a list", "owner": "named after the figure", "parenthesis": "what the parenthesis follows", "comparison": "a comparison",
		"indicator.why": "indicator", "sector.why": "sector", "region.why": "region", "period.why": "period", "basis.why": "basis", "kind.why": "kind",
		"indicator": "Indicator", "sector": "Sector", "region": "Region", "region_2025": "Part of (since 1 Jul 2025)", "period": "Period",
		"kind": "Kind", "basis": "Compared with", "value": "Value",
	},
}

// Value writes a fact's value the way its language writes such figures:
// "18,3 %", "203 nghìn tỷ VND", "64,22 tỷ USD" (or "203 trillion VND").
func Value(lang Lang, v float64, unit string) string {
	scales := []struct {
		size   float64
		vi, en string
	}{{1e12, "nghìn tỷ", "trillion"}, {1e9, "tỷ", "billion"}, {1e6, "triệu", "million"}}
	if unit == "VND" || unit == "USD" {
		for _, s := range scales {
			if math.Abs(v) >= s.size {
				word := s.vi
				if lang == "en" {
					word = s.en
				}
				return number(lang, v/s.size) + " " + word + " " + unit
			}
		}
	}
	switch unit {
	case "%":
		return number(lang, v) + "%"
	case "count", "":
		return number(lang, v)
	}
	return number(lang, v) + " " + unit
}

// Exact writes v whole, its thousands grouped as its language groups them:
// 980000000 as "980.000.000" (Vietnamese) or "980,000,000", 0.04 as "0,04".
func Exact(lang Lang, v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(s, ".")
	group, point := ".", ","
	if lang == "en" {
		group, point = ",", "."
	}
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(point + frac)
	}
	return b.String()
}

// number writes v with up to three decimals, a decimal comma in Vietnamese.
func number(lang Lang, v float64) string {
	s := strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
	if lang == "en" {
		return s
	}
	return strings.Replace(s, ".", ",", 1)
}

// Published is an article's date as a reader writes it: the contract's ISO
// 8601 ("2025-09-29T10:00:00+07:00", "2025-09-29") as "29/09/2025 10:00" in
// Vietnamese and "29 Sep 2025, 10:00" in English, the time only when the
// page gave one; anything else unchanged.
func Published(lang Lang, iso string) string {
	day, rest, ok := strings.Cut(iso, "T")
	if len(day) != 10 || day[4] != '-' || day[7] != '-' {
		return iso
	}
	clock := ""
	if ok && len(rest) >= 5 && rest[2] == ':' {
		clock = rest[:5]
	}
	y, m, d := day[:4], day[5:7], day[8:10]
	if lang == "en" {
		k := int(m[0]-'0')*10 + int(m[1]-'0')
		if k < 1 || k > 12 {
			return iso
		}
		out := strings.TrimPrefix(d, "0") + " " + monthsEN[k-1] + " " + y
		if clock != "" {
			out += ", " + clock
		}
		return out
	}
	out := d + "/" + m + "/" + y
	if clock != "" {
		out += " " + clock
	}
	return out
}

// Period says a contract period as its language writes one: "2025-09" is
// "tháng 9/2025" (Sep 2025), "2025-01..2025-09" is "9 tháng 2025" (Jan–Sep
// 2025), "2025-03..2025-05" is "tháng 3–5/2025", "2025-Q1" is "quý I/2025",
// "2025-H1" is "6 tháng đầu năm 2025" and "2025" is "năm 2025". A code it
// does not know is returned as it is.
func Period(lang Lang, code string) string {
	if from, to, ok := strings.Cut(code, ".."); ok {
		y1, m1, ok1 := yearMonth(from)
		y2, m2, ok2 := yearMonth(to)
		if !ok1 || !ok2 {
			return code
		}
		switch {
		case lang == "en" && y1 == y2:
			return monthsEN[m1-1] + "–" + monthsEN[m2-1] + " " + strconv.Itoa(y1)
		case lang == "en":
			return monthsEN[m1-1] + " " + strconv.Itoa(y1) + "–" + monthsEN[m2-1] + " " + strconv.Itoa(y2)
		case y1 == y2 && m1 == 1:
			return strconv.Itoa(m2) + " tháng " + strconv.Itoa(y1)
		case y1 == y2:
			return "tháng " + strconv.Itoa(m1) + "–" + strconv.Itoa(m2) + "/" + strconv.Itoa(y1)
		}
		return strconv.Itoa(m1) + "/" + strconv.Itoa(y1) + "–" + strconv.Itoa(m2) + "/" + strconv.Itoa(y2)
	}
	if y, m, ok := yearMonth(code); ok {
		if lang == "en" {
			return monthsEN[m-1] + " " + strconv.Itoa(y)
		}
		return "tháng " + strconv.Itoa(m) + "/" + strconv.Itoa(y)
	}
	if len(code) == 4 && digits(code) {
		if lang == "en" {
			return code
		}
		return "năm " + code
	}
	if len(code) == 7 && digits(code[:4]) && code[4] == '-' {
		y, part := code[:4], code[5:]
		switch {
		case lang == "en" && (part[0] == 'Q' && part[1] >= '1' && part[1] <= '4' || part == "H1" || part == "H2"):
			return part + " " + y
		case part[0] == 'Q' && part[1] >= '1' && part[1] <= '4':
			return "quý " + [...]string{"I", "II", "III", "IV"}[part[1]-'1'] + "/" + y
		case part == "H1":
			return "6 tháng đầu năm " + y
		case part == "H2":
			return "6 tháng cuối năm " + y
		}
	}
	return code
}

// PeriodOrder sorts periods in time by the last month they cover, a
// shorter period first where two end together: 2024-06 < 2024-H1 <
// 2024-01..2024-08 < 2024-09 < 2024; what is not a period sorts last.
func PeriodOrder(code string) int {
	if _, to, ok := strings.Cut(code, ".."); ok {
		if y, m, ok := yearMonth(to); ok {
			return y*1000 + m*10 + 2
		}
		return math.MaxInt32
	}
	if y, m, ok := yearMonth(code); ok {
		return y*1000 + m*10
	}
	if len(code) < 4 || !digits(code[:4]) {
		return math.MaxInt32
	}
	y, _ := strconv.Atoi(code[:4])
	switch rest := code[4:]; {
	case rest == "":
		return y*1000 + 120 + 3
	case len(rest) == 3 && rest[1] == 'Q' && rest[2] >= '1' && rest[2] <= '4':
		return y*1000 + 3*int(rest[2]-'0')*10 + 1
	case rest == "-H1" || rest == "-H2":
		return y*1000 + 6*int(rest[2]-'0')*10 + 1
	}
	return math.MaxInt32
}

var monthsEN = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// yearMonth reads "2025-09" as 2025 and 9.
func yearMonth(s string) (year, month int, ok bool) {
	if len(s) != 7 || s[4] != '-' || !digits(s[:4]) || !digits(s[5:]) {
		return 0, 0, false
	}
	year, _ = strconv.Atoi(s[:4])
	month, _ = strconv.Atoi(s[5:])
	return year, month, month >= 1 && month <= 12
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}
