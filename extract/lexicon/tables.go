package lexicon

// The cue tables. Phrases are lower case, in the tone placement most papers
// print; the matcher adds the other placement and the diacritic-free form.
//
// Adding an indicator? Give it phrases here; if it is counted in money, add
// it to moneyIndicators; the contract's core indicators are listed in
// shared/CONTRACT.md.

// indicators: what is measured. Longer phrases win over their prefixes, so
// "kim ngạch xuất, nhập khẩu" is trade turnover, not imports.
var indicators = map[string]string{
	// chỉ số sản xuất công nghiệp
	"chỉ số sản xuất công nghiệp": "iip", "chỉ số sản xuất toàn ngành công nghiệp": "iip",
	"chỉ số công nghiệp": "iip", // a headline's short name: "Chỉ số công nghiệp 4 tháng đầu năm tiếp tục tăng"
	// the older name, "chỉ số phát triển sản xuất (PTSX) công nghiệp tháng 10 tăng 4,22%"
	"chỉ số phát triển sản xuất công nghiệp": "iip", "chỉ số phát triển sản xuất (ptsx) công nghiệp": "iip",
	"chỉ số ptsx công nghiệp": "iip", "chỉ số ptsx ngành công nghiệp": "iip",
	// industrial production: its growth is the IIP's ("còn sản xuất công nghiệp tăng 8,7%"),
	// its amount the output value's (facts reads it so)
	"sản xuất công nghiệp":              "industrial_production",
	"sản lượng công nghiệp":             "industrial_production", // "sản lượng công nghiệp tăng 9,2%": industrial output, as a translation of it says
	"chỉ số phát triển công nghiệp":     "iip",
	"chỉ số sản xuất ngành công nghiệp": "iip", "chỉ số sản xuất của toàn ngành công nghiệp": "iip", "chỉ số sản xuất của ngành công nghiệp": "iip",
	"chỉ số iip": "iip", "iip": "iip",
	"chỉ số sản xuất công nghiệp (iip)": "iip", "chỉ số sxcn": "iip",
	// giá trị sản xuất công nghiệp
	"giá trị sản xuất công nghiệp": "industrial_output", "giá trị sản xuất ngành công nghiệp": "industrial_output",
	"giá trị sản xuất toàn ngành công nghiệp": "industrial_output", "tổng giá trị sản xuất công nghiệp": "industrial_output",
	"giá trị sản xuất công nghiệp (theo giá so sánh)": "industrial_output", "giá trị sxcn": "industrial_output",
	// trade
	"xuất khẩu": "exports", "kim ngạch xuất khẩu": "exports", "tổng kim ngạch xuất khẩu": "exports",
	"kim ngạch hàng hóa xuất khẩu": "exports", "giá trị xuất khẩu": "exports", "kim ngạch xuất khẩu hàng hóa": "exports",
	"nhập khẩu": "imports", "kim ngạch nhập khẩu": "imports", "tổng kim ngạch nhập khẩu": "imports",
	"kim ngạch hàng hóa nhập khẩu": "imports", "giá trị nhập khẩu": "imports", "kim ngạch nhập khẩu hàng hóa": "imports",
	"xuất nhập khẩu": "trade_turnover", "xuất, nhập khẩu": "trade_turnover", "kim ngạch xuất nhập khẩu": "trade_turnover",
	// trade across the land borders: "Giao thương biên mậu qua các cửa khẩu phía Bắc … Cửa khẩu Móng Cái đạt hơn 2,77 tỷ USD"
	"giao thương biên mậu": "trade_turnover", "thương mại biên mậu": "trade_turnover", "kim ngạch biên mậu": "trade_turnover",
	"kim ngạch xuất nhập khẩu qua cửa khẩu": "trade_turnover", "xuất nhập khẩu qua cửa khẩu": "trade_turnover",
	// the trade desk's short forms: "tổng kim ngạch XNK đạt 801 tỷ USD", "XK đạt 19,25 tỷ USD; NK đạt 19,1 tỷ USD"
	"xnk": "trade_turnover", "kim ngạch xnk": "trade_turnover", "tổng kim ngạch xnk": "trade_turnover",
	"xk": "exports", "kim ngạch xk": "exports", "nk": "imports", "kim ngạch nk": "imports",
	"kim ngạch xuất, nhập khẩu": "trade_turnover", "tổng kim ngạch xuất nhập khẩu": "trade_turnover",
	"tổng kim ngạch xuất, nhập khẩu": "trade_turnover", "tổng kim ngạch xuất khẩu và nhập khẩu": "trade_turnover",
	"kim ngạch xuất nhập khẩu hàng hóa": "trade_turnover", "tổng kim ngạch xuất nhập khẩu hàng hóa": "trade_turnover",
	// trade both ways named as trade: "Tổng kim ngạch thương mại là 432 tỷ USD",
	// "kim ngạch thương mại hai chiều đạt 786 tỷ USD" (a partner's "thương mại
	// song phương" is the same measure, of that pair)
	"kim ngạch thương mại": "trade_turnover", "tổng kim ngạch thương mại": "trade_turnover",
	"kim ngạch thương mại hai chiều": "trade_turnover", "tổng kim ngạch thương mại hai chiều": "trade_turnover",
	"thương mại hai chiều": "trade_turnover", "kim ngạch thương mại song phương": "trade_turnover",
	"tổng kim ngạch thương mại hàng hóa": "trade_turnover", "kim ngạch thương mại hàng hóa": "trade_turnover",
	"xuất khẩu hàng hóa và dịch vụ": "exports_goods_services", "nhập khẩu hàng hóa và dịch vụ": "imports_goods_services",
	"tiêu dùng cuối cùng": "final_consumption", "tích lũy tài sản": "capital_formation",
	"trị giá xuất khẩu": "exports", "trị giá nhập khẩu": "imports", "tổng trị giá xuất nhập khẩu": "trade_turnover",
	"tổng trị giá xuất, nhập khẩu": "trade_turnover", "trị giá xuất nhập khẩu": "trade_turnover", "tổng trị giá xuất khẩu": "exports",
	"tổng trị giá nhập khẩu": "imports", "tổng giá trị xuất nhập khẩu": "trade_turnover", "tổng giá trị xuất, nhập khẩu": "trade_turnover",
	"xuất siêu": "trade_balance", "nhập siêu": "trade_balance", "cán cân thương mại": "trade_balance",
	"thặng dư thương mại": "trade_balance", "cán cân thương mại hàng hóa": "trade_balance",
	// bán lẻ
	"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng": "retail_sales",
	"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ":           "retail_sales", "tổng mức bán lẻ hàng hóa": "retail_sales",
	"tổng mức bán lẻ": "retail_sales", "tổng mức bán lẻ hàng hóa, dịch vụ tiêu dùng xã hội": "retail_sales",
	// the older name of the same total: "Tổng mức lưu chuyển hàng hóa và dịch vụ 6 tháng … ước đạt 19.760,36 tỷ đồng"
	"tổng mức lưu chuyển hàng hóa và dịch vụ": "retail_sales", "tổng mức lưu chuyển hàng hóa bán lẻ và doanh thu dịch vụ": "retail_sales",
	"tổng mức bán lẻ hàng hoá, dịch vụ tiêu dùng xã hội": "retail_sales", "tổng mức bán lẻ hàng hóa và dịch vụ": "retail_sales",
	"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng xã hội": "retail_sales",
	// as an English report renders "retail sales of goods and services"
	"tổng doanh thu bán lẻ và dịch vụ": "retail_sales", "doanh thu bán lẻ và dịch vụ": "retail_sales",
	"tổng doanh thu bán lẻ hàng hóa và dịch vụ": "retail_sales", "doanh thu bán lẻ hàng hóa và dịch vụ": "retail_sales",
	"tổng mức bán lẻ và doanh thu dịch vụ tiêu dùng": "retail_sales", "tổng mức bán lẻ và doanh thu dịch vụ": "retail_sales",
	"tổng mức bán lẻ hàng hoá, doanh thu dịch vụ tiêu dùng": "retail_sales", "tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng": "retail_sales",
	// retail with wholesale is another total: "Tổng mức bán lẻ hàng hóa, doanh thu
	// dịch vụ tiêu dùng và doanh thu bán buôn ước đạt 16.081 tỷ đồng"
	"tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tiêu dùng và doanh thu bán buôn": "retail_wholesale",
	"tổng mức bán lẻ hàng hoá, doanh thu dịch vụ tiêu dùng và doanh thu bán buôn": "retail_wholesale",
	"doanh thu bán buôn": "retail_wholesale", "tổng mức bán buôn": "retail_wholesale",
	"tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng": "retail_sales",
	// giá
	"chỉ số giá tiêu dùng": "cpi", "giá tiêu dùng": "cpi", "chỉ số tiêu dùng": "cpi", "chỉ số giá hàng hóa và dịch vụ tiêu dùng": "cpi", "chỉ số giá hàng hoá và dịch vụ tiêu dùng": "cpi", "chỉ số giá hàng hóa, dịch vụ tiêu dùng": "cpi", "cpi": "cpi", "chỉ số giá tiêu dùng (cpi)": "cpi", "chỉ số giá tiêu dùng bình quân": "cpi",
	"lạm phát cơ bản": "core_inflation", "lạm phát": "cpi", // headline inflation, as the press says it: "lạm phát tại TPHCM 8 tháng … ở mức 4,17%"
	// tăng trưởng
	"tổng sản phẩm trên địa bàn": "grdp", "grdp": "grdp", "tổng sản phẩm trên địa bàn (grdp)": "grdp",
	"tổng sản phẩm (grdp) trên địa bàn": "grdp", "tổng sản phẩm (grdp)": "grdp", // the abbreviation set inside the name
	"tổng sản phẩm nội tỉnh": "grdp", "tổng sản phẩm trong tỉnh": "grdp", "tổng sản phẩm nội tỉnh (grdp)": "grdp", "tổng sản phẩm trong tỉnh (grdp)": "grdp",
	"tổng sản phẩm trên địa bàn tỉnh": "grdp", "tổng sản phẩm trên địa bàn thành phố": "grdp",
	"tổng sản phẩm trong nước": "gdp", "gdp": "gdp", "tổng sản phẩm trong nước (gdp)": "gdp", "kinh tế": "gdp",
	"tổng sản phẩm quốc nội": "gdp", "tổng sản phẩm quốc nội (gdp)": "gdp", // the older name, kept by foreign services' Vietnamese pages
	"bộ kế hoạch và đầu tư": "", "sở kế hoạch và đầu tư": "", "bộ kh&đt": "", "sở kh&đt": "", "bộ kh và đt": "", // a ministry's name, not a plan
	"kinh tế - xã hội": "", "tình hình kinh tế": "", "nền kinh tế": "", "thành phần kinh tế": "", "kinh tế tư nhân": "",
	"phát triển kinh tế": "", "kinh tế số": "", "kinh tế xanh": "", "kinh tế tuần hoàn": "", "kinh tế biển": "",
	"vùng kinh tế": "", "cơ cấu kinh tế": "", "quy mô kinh tế": "gdp",
	// the economy's branches, a list's opening: "Các phân ngành kinh tế đều giảm so với
	// tháng trước: công nghiệp khai khoáng (-6,51%); …" under the IIP, not the GDP
	"ngành kinh tế": "", "phân ngành kinh tế": "", "ngành kinh tế cấp i": "",
	"tăng trưởng kinh tế": "gdp", "tốc độ tăng trưởng kinh tế": "gdp", "quy mô nền kinh tế": "gdp",
	// đầu tư
	"vốn fdi": "fdi_registered", "fdi": "fdi_registered", "vốn đầu tư trực tiếp nước ngoài": "fdi_registered",
	// the foreign projects as a subject: "các dự án đầu tư trực tiếp nước ngoài ước tính đã giải ngân
	// được 9,1 tỷ USD" (the verb makes it disbursed)
	"dự án đầu tư trực tiếp nước ngoài":  "fdi_registered",
	"tổng vốn đầu tư nước ngoài đăng ký": "fdi_registered", "vốn đầu tư nước ngoài đăng ký": "fdi_registered",
	"tổng vốn fdi đăng ký": "fdi_registered", "tổng vốn đăng ký": "fdi_registered", "vốn đăng ký": "fdi_registered",
	"vốn thực hiện": "fdi_disbursed", "vốn giải ngân": "fdi_disbursed", "vốn fdi giải ngân thực hiện": "fdi_disbursed", "vốn fdi đăng ký": "fdi_registered", "thu hút vốn đầu tư nước ngoài": "fdi_registered",
	"thu hút fdi": "fdi_registered", "thu hút đầu tư nước ngoài": "fdi_registered", "thu hút vốn fdi": "fdi_registered",
	"ddi": "domestic_investment", "dự án đầu tư trong nước": "domestic_investment", // "29 dự án đầu tư trong nước (DDI) với tổng vốn đăng ký hơn 9.000 tỷ đồng"
	"thu hút đầu tư trong nước": "domestic_investment", "vốn đầu tư trong nước": "domestic_investment", "thu hút vốn đầu tư trong nước": "domestic_investment",
	"vốn đầu tư nước ngoài": "fdi_registered", "tổng vốn đầu tư trực tiếp nước ngoài": "fdi_registered",
	"vốn fdi giải ngân": "fdi_disbursed", "vốn fdi thực hiện": "fdi_disbursed", "giải ngân vốn fdi": "fdi_disbursed",
	"vốn đầu tư trực tiếp nước ngoài thực hiện": "fdi_disbursed", "vốn đầu tư nước ngoài thực hiện": "fdi_disbursed",
	// the acronym in brackets inside the name: "vốn đầu tư trực tiếp nước ngoài (FDI) thực hiện tại Việt Nam"
	"vốn đầu tư trực tiếp nước ngoài (fdi) thực hiện": "fdi_disbursed", "vốn đầu tư trực tiếp nước ngoài (fdi) giải ngân": "fdi_disbursed",
	"vốn đầu tư trực tiếp nước ngoài (fdi) được giải ngân": "fdi_disbursed",
	// the two price indices a CPI report gives after the CPI, none of its groups:
	// "Chỉ số giá vàng tháng 4/2025 tăng 6,67% so với tháng trước"
	"chỉ số giá vàng": "gold_price_index", "chỉ số giá đô la mỹ": "usd_price_index", "chỉ số giá usd": "usd_price_index",
	"chỉ số giá đôla mỹ": "usd_price_index", "chỉ số giá đô-la mỹ": "usd_price_index",
	// the price goods sold at abroad, not the value sold: "Giá xuất khẩu bình quân 10 tháng của … giảm mạnh"
	"giá xuất khẩu": "export_price", "giá xuất khẩu bình quân": "export_price", "giá nhập khẩu": "import_price", "giá nhập khẩu bình quân": "import_price",
	"fdi giải ngân": "fdi_disbursed", "fdi thực hiện": "fdi_disbursed", "vốn fdi được giải ngân": "fdi_disbursed",
	"giải ngân vốn đầu tư công": "public_investment_disbursed", "vốn đầu tư công": "public_investment_disbursed",
	"giải ngân đầu tư công": "public_investment_disbursed", "đầu tư công": "public_investment_disbursed", // "kế hoạch vốn đầu tư công": a plan word, then the indicator
	"vốn đầu tư thực hiện từ nguồn ngân sách nhà nước": "public_investment_disbursed",
	"vốn đầu tư từ nguồn ngân sách nhà nước":           "public_investment_disbursed", "tỷ lệ giải ngân": "public_investment_disbursed",
	"tổng vốn đầu tư toàn xã hội": "total_investment", "vốn đầu tư toàn xã hội": "total_investment",
	"vốn đầu tư phát triển toàn xã hội": "total_investment",
	// "tổng vốn đầu tư thực hiện toàn xã hội … ước đạt 17.990,42 tỷ đồng": spent, but by everyone, no FDI
	"tổng vốn đầu tư thực hiện toàn xã hội": "total_investment", "vốn đầu tư thực hiện toàn xã hội": "total_investment",
	"tổng vốn đầu tư thực hiện trên địa bàn": "total_investment", "vốn đầu tư thực hiện trên địa bàn": "total_investment", "tổng vốn đầu tư trên địa bàn": "total_investment",
	"tổng vốn đầu tư phát triển toàn xã hội": "total_investment", "vốn đầu tư phát triển thực hiện toàn xã hội": "total_investment",
	// ngân sách
	"thu ngân sách nhà nước": "budget_revenue", "thu ngân sách": "budget_revenue", "tổng thu ngân sách": "budget_revenue",
	"tổng thu ngân sách nhà nước": "budget_revenue", "thu ngân sách trên địa bàn": "budget_revenue",
	"thu nsnn": "budget_revenue", "tổng thu nsnn": "budget_revenue", "thu ngân sách nhà nước (nsnn)": "budget_revenue",
	"tổng thu ngân sách nhà nước (nsnn)": "budget_revenue", "tổng thu ngân sách nhà nước trên địa bàn": "budget_revenue",
	"tổng thu ngân sách trên địa bàn": "budget_revenue", "thu ngân sách nhà nước trên địa bàn": "budget_revenue",
	"thu nội địa": "domestic_revenue", "thu ngân sách nhà nước từ hoạt động xuất nhập khẩu": "trade_revenue",
	"thu ngân sách từ xuất nhập khẩu": "trade_revenue", "số thu ngân sách từ xuất nhập khẩu": "trade_revenue",
	"thu ngân sách từ hoạt động xuất nhập khẩu": "trade_revenue", "số thu từ hoạt động xuất nhập khẩu": "trade_revenue",
	"thu cân đối từ hoạt động xuất nhập khẩu": "trade_revenue", "thu dầu thô": "oil_revenue",
	"thu cân đối từ hoạt động xuất, nhập khẩu": "trade_revenue",
	// "tổng thu cân đối đạt 3.180 tỷ đồng" in a report on the state budget: its balanced revenue
	"tổng thu cân đối": "budget_revenue", "thu cân đối ngân sách nhà nước": "budget_revenue", "thu cân đối ngân sách": "budget_revenue",
	"ngân sách nhà nước ước thu": "budget_revenue", "ngân sách nhà nước thu": "budget_revenue", // "ngân sách Nhà nước ước thu được 244,2 nghìn tỷ đồng"
	"thu xuất nhập khẩu": "trade_revenue", "thu từ lĩnh vực xuất nhập khẩu": "trade_revenue", "thu từ xuất nhập khẩu": "trade_revenue",
	"thu thuế xuất nhập khẩu": "trade_revenue", "thu từ hoạt động xuất, nhập khẩu": "trade_revenue",
	"thu từ xuất, nhập khẩu": "trade_revenue", "thu xuất, nhập khẩu": "trade_revenue",
	// the same revenue written with a dash, or of exports alone: "Thu từ hoạt động xuất -
	// nhập khẩu đạt 251 tỷ đồng", "thu từ lĩnh vực xuất khẩu đạt 15.681 tỷ đồng"
	"thu từ hoạt động xuất - nhập khẩu": "trade_revenue", "thu cân đối từ hoạt động xuất - nhập khẩu": "trade_revenue",
	"thu từ lĩnh vực xuất - nhập khẩu": "trade_revenue", "thu từ lĩnh vực xuất, nhập khẩu": "trade_revenue",
	"thu từ lĩnh vực xuất khẩu": "trade_revenue", "thu từ hoạt động xuất khẩu": "trade_revenue", "thu ngân sách từ hoạt động xuất - nhập khẩu": "trade_revenue",
	"giá trị tăng thêm": "value_added", "tổng giá trị tăng thêm": "gross_value_added",
	"grdp bình quân đầu người": "grdp_per_capita", "gdp bình quân đầu người": "gdp_per_capita",
	"grdp đầu người": "grdp_per_capita", "gdp đầu người": "gdp_per_capita",
	"thu nhập bình quân đầu người": "income_per_capita", "bình quân đầu người": "per_capita", "thu từ hoạt động xuất nhập khẩu": "trade_revenue", "thu từ dầu thô": "oil_revenue",
	"chi ngân sách nhà nước": "budget_expenditure", "tổng chi ngân sách": "budget_expenditure", "chi nsnn": "budget_expenditure",
	"tổng chi ngân sách nhà nước": "budget_expenditure", "tổng chi nsnn": "budget_expenditure",
	// a stock, not a flow: "538 dự án FDI còn hiệu lực với tổng vốn đầu tư 10,85 tỷ USD"
	"dự án fdi còn hiệu lực": "fdi_registered_stock", "dự án còn hiệu lực": "fdi_registered_stock",
	"dự án đầu tư nước ngoài còn hiệu lực": "fdi_registered_stock",
	// others, snake_case English
	"doanh nghiệp thành lập mới": "new_enterprises", "khách quốc tế": "international_arrivals",
	"lượng khách du lịch": "tourist_arrivals", "doanh thu du lịch": "tourism_revenue", "sản lượng điện": "electricity_output",
	"chỉ số pmi": "pmi", "pmi": "pmi", "giá trị sản xuất nông nghiệp": "agricultural_output",
	"giá trị sản xuất nông, lâm nghiệp và thủy sản": "agricultural_output", "tăng trưởng tín dụng": "credit_growth",
	"doanh thu dịch vụ lưu trú, ăn uống": "accommodation_food_revenue",
	// manufacturing's other two monthly indices, reported beside the IIP: "Chỉ
	// số tồn kho thời điểm 01/8/2013 của ngành công nghiệp chế biến, chế tạo
	// tăng 6,96%" is stock on hand, no production
	"chỉ số tồn kho": "inventory_index", "chỉ số tiêu thụ": "consumption_index",
	"chỉ số tiêu thụ sản phẩm": "consumption_index", "chỉ số sử dụng lao động": "industrial_employment_index",
}

// moneyIndicators are counted in money; a bare "252,4 tỷ" under them is money.
var moneyIndicators = map[string]bool{
	"industrial_output": true, "exports": true, "imports": true, "trade_turnover": true, "trade_balance": true,
	"retail_sales": true, "grdp": true, "gdp": true, "fdi_registered": true, "fdi_disbursed": true,
	"public_investment_disbursed": true, "budget_revenue": true, "budget_expenditure": true, "total_investment": true,
	"tourism_revenue": true, "agricultural_output": true, "accommodation_food_revenue": true, "retail_wholesale": true,
	"domestic_investment": true, "enterprise_capital": true, "trade_revenue": true, "oil_revenue": true, "domestic_revenue": true,
}

// sectors: which part of an indicator.
var sectors = map[string]string{
	"khai khoáng": "mining", "ngành khai khoáng": "mining", "khai thác mỏ": "mining", "công nghiệp khai khoáng": "mining",
	"khai thác khoáng sản": "mining", "lĩnh vực khai khoáng": "mining",
	"chế biến, chế tạo": "manufacturing", "chế biến chế tạo": "manufacturing", "chế biến - chế tạo": "manufacturing",
	"công nghiệp chế biến, chế tạo": "manufacturing", "công nghiệp chế biến chế tạo": "manufacturing",
	"công nghiệp chế biến":       "manufacturing", // the section's short name: "nhóm ngành công nghiệp chế biến tăng 10,6%"
	"sản xuất và phân phối điện": "electricity", "sản xuất, phân phối điện": "electricity", "phân phối điện": "electricity",
	"sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí": "electricity",
	"sản xuất, phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí":   "electricity",
	// the section as the 1993 classification drew it, which provincial reports
	// kept for years: "sản xuất và phân phối điện, khí đốt và nước tăng 9,2%"
	"sản xuất và phân phối điện, khí đốt và nước": "electricity", "sản xuất và phân phối điện, nước": "electricity",
	"cung cấp nước": "water", "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải": "water",
	"cung cấp nước, hoạt động quản lý rác thải, nước thải": "water", "cung cấp nước và xử lý rác thải, nước thải": "water",
	"khu vực có vốn đầu tư nước ngoài": "fdi", "có vốn đầu tư nước ngoài": "fdi", "khu vực fdi": "fdi",
	"doanh nghiệp fdi": "fdi", "khối fdi": "fdi", "doanh nghiệp có vốn đầu tư nước ngoài": "fdi",
	"khu vực có vốn đầu tư trực tiếp nước ngoài": "fdi", "khu vực đầu tư nước ngoài": "fdi",
	"có vốn đầu tư trực tiếp nước ngoài": "fdi", "doanh nghiệp có vốn đầu tư trực tiếp nước ngoài": "fdi",
	"khối doanh nghiệp fdi":  "fdi", // "khối doanh nghiệp FDI tiếp tục xuất siêu hơn 1,6 tỷ USD"
	"công nghiệp địa phương": "local", "khu vực kinh tế trong nước": "domestic", "kinh tế trong nước": "domestic",
	"doanh nghiệp trong nước": "domestic", "khu vực trong nước": "domestic", "khối doanh nghiệp trong nước": "domestic",
	// the domestic sector by its capital: "khu vực kinh tế 100% vốn trong nước nhập siêu hơn 14,91
	// tỷ USD", "khu vực kinh tế có vốn đầu tư trong nước xuất siêu 627,7 triệu USD"
	"khu vực kinh tế 100% vốn trong nước": "domestic", "khu vực 100% vốn trong nước": "domestic",
	"doanh nghiệp 100% vốn trong nước": "domestic", "khu vực kinh tế có vốn đầu tư trong nước": "domestic",
	"khu vực có vốn đầu tư trong nước": "domestic", "khu vực kinh tế có vốn trong nước": "domestic",
	"khu vực nhà nước": "state", "kinh tế nhà nước": "state", "khu vực ngoài nhà nước": "non_state",
	"kinh tế ngoài nhà nước": "non_state",
	// the private economy, the non-state sector as the 2017 resolution names it:
	// "khu vực kinh tế tư nhân đóng góp chính với mức tăng gần 37,3%"
	"khu vực kinh tế tư nhân": "non_state", "khu vực tư nhân": "non_state",
	// GDP and GRDP by sector
	"khu vực nông, lâm nghiệp và thủy sản": "agriculture_forestry_fishery", "nông, lâm nghiệp và thủy sản": "agriculture_forestry_fishery",
	"nông lâm thủy sản":           "agriculture_forestry_fishery",
	"khu vực nông, lâm, thủy sản": "agriculture_forestry_fishery", "nông, lâm nghiệp, thủy sản": "agriculture_forestry_fishery",
	"khu vực công nghiệp và xây dựng": "industry_construction", "công nghiệp và xây dựng": "industry_construction",
	"khu vực công nghiệp - xây dựng": "industry_construction", "công nghiệp - xây dựng": "industry_construction",
	"khu vực dịch vụ": "services", "ngành dịch vụ": "services", "khu vực i": "agriculture_forestry_fishery",
	"khu vực công nghiệp": "industry", // "Khu vực công nghiệp của tỉnh tăng vọt 22,03%": industry without construction
	// the service industries GSO breaks value added into: "bán buôn và bán lẻ tăng 8,52% (đóng góp 10,62%)"
	"bán buôn và bán lẻ": "wholesale_retail", "bán buôn, bán lẻ": "wholesale_retail", "ngành bán buôn và bán lẻ": "wholesale_retail",
	"bán buôn bán lẻ": "wholesale_retail", "nông nghiệp, lâm nghiệp và thủy sản": "agriculture_forestry_fishery", "khu vực nông nghiệp, lâm nghiệp và thủy sản": "agriculture_forestry_fishery",
	"vận tải, kho bãi": "transport_storage", "vận tải kho bãi": "transport_storage", "vận tải và kho bãi": "transport_storage",
	"hoạt động tài chính, ngân hàng và bảo hiểm": "finance_insurance", "tài chính, ngân hàng và bảo hiểm": "finance_insurance",
	// public investment of earlier years' plans carried into this one: "với vốn chuyển tiếp, giải ngân … là 49.548,3 tỷ đồng"
	"vốn chuyển tiếp": "carried_over", "vốn kéo dài": "carried_over", "vốn kế hoạch kéo dài": "carried_over", "kế hoạch vốn kéo dài": "carried_over",
	// public investment by who spends it: "Trong khối cơ quan trung ương, … giải ngân đạt 217.338 triệu đồng"
	"khối cơ quan trung ương": "central_agencies", "các bộ, cơ quan trung ương": "central_agencies",
	"các bộ, ngành trung ương": "central_agencies",
	"các ngành còn lại":        "other_industries", "các lĩnh vực còn lại": "other_industries", // "các ngành còn lại 2,13 tỷ USD, chiếm 19,3%"
	"hoạt động kinh doanh bất động sản": "real_estate", "kinh doanh bất động sản": "real_estate", "lâm nghiệp": "forestry",
	"khu vực công nghiệp, xây dựng": "industry_construction", "công nghiệp, xây dựng": "industry_construction",
	"sản xuất công nghiệp và xây dựng": "industry_construction", // "lĩnh vực sản xuất công nghiệp và xây dựng phục hồi mạnh": not industrial production
	"khu vực ii": "industry_construction", "khu vực iii": "services", "nông - lâm nghiệp và thủy sản": "agriculture_forestry_fishery",
	"khu vực nông - lâm nghiệp và thủy sản": "agriculture_forestry_fishery", "nông, lâm nghiệp và thuỷ sản": "agriculture_forestry_fishery",
	"khu vực nông, lâm nghiệp và thuỷ sản": "agriculture_forestry_fishery",
	"nông lâm nghiệp và thủy sản":          "agriculture_forestry_fishery", "khu vực nông lâm nghiệp và thủy sản": "agriculture_forestry_fishery", // the comma dropped
	"nông lâm nghiệp và thuỷ sản": "agriculture_forestry_fishery", "khu vực nông lâm nghiệp và thuỷ sản": "agriculture_forestry_fishery", "khu vực nông, lâm nghiệp, thủy sản": "agriculture_forestry_fishery",
	"khu vực thành thị": "urban", "khu vực nông thôn": "rural", "dịch vụ": "services", "nông nghiệp": "agriculture",
	"xây dựng": "construction", "thương mại và dịch vụ": "services", "thương mại, dịch vụ": "services",
	"cấp phép mới": "new_projects", "dự án mới": "new_projects", "dự án đăng ký mới": "new_projects", "dự án cấp mới": "new_projects",
	"dự án fdi mới": "new_projects", "dự án fdi cấp mới": "new_projects", "dự án đầu tư mới": "new_projects", "dự án fdi đăng ký mới": "new_projects", "dự án fdi được cấp mới": "new_projects", "dự án đầu tư nước ngoài mới": "new_projects", // "454 dự án FDI mới được cấp giấy chứng nhận"
	"vốn tăng thêm": "capital_adjustment", "tổng vốn tăng thêm": "capital_adjustment", "tổng vốn đăng ký tăng thêm": "capital_adjustment", "thuế sản phẩm trừ trợ cấp sản phẩm": "product_taxes_less_subsidies",
	"thuế sản phẩm trừ trợ cấp": "product_taxes_less_subsidies",
	// the same part with import duties named in it: "thuế nhập khẩu, sản phẩm trừ trợ cấp sản phẩm tăng 5,29%"
	// (no imports)
	"thuế nhập khẩu, sản phẩm trừ trợ cấp sản phẩm": "product_taxes_less_subsidies", "thuế nhập khẩu, thuế sản phẩm trừ trợ cấp sản phẩm": "product_taxes_less_subsidies",
	"thuế nhập khẩu, sản phẩm trừ trợ cấp": "product_taxes_less_subsidies",
	// retail components
	"doanh thu bán lẻ hàng hóa": "goods", "thương nghiệp": "goods", "ngành thương nghiệp": "goods", "lưu trú, ăn uống và du lịch": "accommodation_food",
	"bán lẻ hàng hóa": "goods", "doanh thu dịch vụ lưu trú, ăn uống": "accommodation_food",
	"dịch vụ lưu trú, ăn uống": "accommodation_food", "lưu trú, ăn uống": "accommodation_food", "doanh thu du lịch lữ hành": "travel",
	"du lịch lữ hành": "travel", "dịch vụ lữ hành": "travel", "doanh thu dịch vụ lữ hành": "travel", "doanh thu dịch vụ khác": "other_services", "dịch vụ khác": "other_services",
	// CPI groups
	"nhóm hàng ăn và dịch vụ ăn uống": "food_catering", "nhóm đồ uống và thuốc lá": "beverages_tobacco",
	"nhóm may mặc, mũ nón và giày dép": "clothing_footwear", "nhóm may mặc, mũ nón, giày dép": "clothing_footwear",
	"nhóm nhà ở và vật liệu xây dựng": "housing_construction_materials", "nhóm nhà ở, điện, nước, chất đốt và vật liệu xây dựng": "housing_construction_materials",
	"nhóm nhà ở, điện nước, chất đốt và vật liệu xây dựng": "housing_construction_materials",
	"nhóm thiết bị và đồ dùng gia đình":                    "household_equipment", "nhóm thuốc và dịch vụ y tế": "medicine_health",
	"nhóm giao thông": "transport", "nhóm bưu chính, viễn thông": "information_communication", "nhóm thông tin và truyền thông": "information_communication",
	"nhóm giáo dục": "education", "nhóm văn hóa, giải trí và du lịch": "culture_entertainment_tourism",
	"nhóm hàng hóa và dịch vụ khác": "other_goods_services", "nhóm hàng hóa, dịch vụ khác": "other_goods_services",
	// the same groups named without "nhóm" in a list ("gồm: hàng ăn và dịch vụ ăn uống tăng 0,77%, …")
	"hàng ăn và dịch vụ ăn uống": "food_catering", "đồ uống và thuốc lá": "beverages_tobacco",
	"may mặc, mũ nón, giày dép": "clothing_footwear", "may mặc, mũ nón và giày dép": "clothing_footwear",
	"nhà ở, điện nước, chất đốt và vật liệu xây dựng": "housing_construction_materials", "nhà ở, điện, nước, chất đốt và vật liệu xây dựng": "housing_construction_materials",
	"nhà ở và vật liệu xây dựng": "housing_construction_materials", "thiết bị và đồ dùng gia đình": "household_equipment", "thuốc và dịch vụ y tế": "medicine_health",
	"bưu chính viễn thông": "information_communication", "bưu chính, viễn thông": "information_communication",
	"văn hóa, giải trí và du lịch": "culture_entertainment_tourism", "hàng hóa và dịch vụ khác": "other_goods_services",
	// and cut short: "văn hóa, giải trí (-2,62%), … nhà ở, điện nước, chất đốt (-2,02%) và hàng hóa, dịch vụ khác (-0,17%)"
	"hàng hóa, dịch vụ khác": "other_goods_services", "văn hóa, giải trí": "culture_entertainment_tourism",
	"nhà ở, điện nước, chất đốt": "housing_construction_materials", "nhà ở, điện, nước, chất đốt": "housing_construction_materials",
	"văn hóa, giải trí, du lịch": "culture_entertainment_tourism", "thiết bị, đồ dùng gia đình": "household_equipment",
	"đồ uống, thuốc lá": "beverages_tobacco", "thuốc, dịch vụ y tế": "medicine_health",
	"giao thông": "transport", "giáo dục": "education",
	// the food group's own parts, and the pair as one group ("2 nhóm lương thực, thực phẩm có chỉ số
	// giảm 0,96%"), which retail reports use too ("lương thực - thực phẩm 11,2%"); food processing is
	// an industry, never the CPI's food
	"lương thực": "cereals", "thực phẩm": "foodstuff", "ăn uống ngoài gia đình": "eating_out",
	"lương thực, thực phẩm": "food", "lương thực - thực phẩm": "food", "lương thực thực phẩm": "food",
	"chế biến thực phẩm": "food_processing", "sản xuất, chế biến thực phẩm": "food_processing", "sản xuất chế biến thực phẩm": "food_processing",
	// the industrial zones' share of a province's investment: "các KCN đã thu hút được 48 dự án …
	// Tổng vốn đầu tư cấp mới và tăng thêm là 317,021 triệu USD" is no figure for the whole province
	"các kcn": "industrial_zones", "các khu công nghiệp": "industrial_zones", "vào các kcn": "industrial_zones",
	"vào các khu công nghiệp": "industrial_zones", "tại các kcn": "industrial_zones", "tại các khu công nghiệp": "industrial_zones",
	"trong khu công nghiệp": "industrial_zones", "trong các khu công nghiệp": "industrial_zones", "trong các kcn": "industrial_zones", // "Trong đó trong khu công nghiệp có 207 dự án với vốn đăng ký …"
	// FDI components
	"vốn đăng ký cấp mới": "new_projects", "vốn đăng ký mới": "new_projects", "tổng vốn đăng ký mới": "new_projects", "vốn cấp mới": "new_projects", "cấp mới": "new_projects",
	"đăng ký đầu tư mới": "new_projects", // "cấp giấy chứng nhận đăng ký đầu tư mới và điều chỉnh tăng vốn cho 14 dự án FDI": beside the adjustments, the two are the whole
	// "bổ sung" is the older name of adjusted capital: "vốn FDI cấp mới và bổ sung đạt gần 20 tỷ USD"
	// (named beside "cấp mới" the two are the whole, as with "điều chỉnh")
	"vốn cấp bổ sung": "capital_adjustment", "cấp bổ sung": "capital_adjustment", "cấp vốn bổ sung": "capital_adjustment", "cấp mới và bổ sung": "all", "cấp mới và tăng thêm": "all",
	"vốn đăng ký điều chỉnh": "capital_adjustment", "đăng ký điều chỉnh": "capital_adjustment", "điều chỉnh tăng vốn": "capital_adjustment", "vốn đăng ký tăng thêm": "capital_adjustment", "vốn điều chỉnh": "capital_adjustment", "điều chỉnh vốn": "capital_adjustment",
	"góp vốn, mua cổ phần": "share_purchase", "góp vốn mua cổ phần": "share_purchase", "vốn góp, mua cổ phần": "share_purchase",
	"lượt góp vốn": "share_purchase", "lượt góp vốn, mua cổ phần": "share_purchase", "lượt góp vốn mua cổ phần": "share_purchase",
	// the two halves GSO splits it into: "374 lượt góp vốn làm tăng vốn điều lệ … 654,14
	// triệu USD và 436 lượt mua lại cổ phần trong nước mà không làm tăng vốn điều lệ …"
	"lượt góp vốn làm tăng vốn điều lệ": "share_purchase_capital_increase", "góp vốn làm tăng vốn điều lệ": "share_purchase_capital_increase",
	"lượt mua lại cổ phần": "share_purchase_no_capital_increase", "mua lại cổ phần": "share_purchase_no_capital_increase",
	"lượt nhận chuyển nhượng cổ phần": "share_purchase_no_capital_increase",
	// goods, in trade reports: "điện thoại và linh kiện đạt 4,5 tỷ USD"
	"điện thoại và linh kiện": "phones", "điện thoại các loại và linh kiện": "phones",
	"máy vi tính, sản phẩm điện tử và linh kiện": "electronics", "hàng điện tử": "electronics", "điện tử, máy tính và linh kiện": "electronics",
	"máy móc, thiết bị, dụng cụ, phụ tùng": "machinery", "máy móc, thiết bị, dụng cụ và phụ tùng": "machinery", "máy móc thiết bị": "machinery",
	"hàng dệt may": "textiles", "dệt may": "textiles", "hàng dệt, may": "textiles", "giày dép": "footwear", "da giày": "footwear",
	"gỗ và sản phẩm gỗ": "wood", "đồ gỗ": "wood", "thủy sản": "seafood", "hàng thủy sản": "seafood", "gạo": "rice",
	"cà phê": "coffee", "rau quả": "fruit_vegetables", "hạt điều": "cashew", "cao su": "rubber", "sắt thép": "steel",
	"dầu thô": "crude_oil", "xăng dầu": "petroleum", "trừ dầu thô và khí đốt": "excluding_crude_oil_gas", "không kể dầu thô và khí đốt": "excluding_crude_oil_gas",
	"không bao gồm dầu thô và khí đốt": "excluding_crude_oil_gas", "trừ dầu khí": "excluding_crude_oil_gas",
	"loại trừ mặt hàng vàng": "excluding_gold", "nếu loại trừ mặt hàng vàng": "excluding_gold", "loại trừ vàng": "excluding_gold", "không kể vàng": "excluding_gold", "trừ vàng": "excluding_gold", "không kể dầu khí": "excluding_crude_oil_gas", "phương tiện vận tải và phụ tùng": "transport_equipment",
	"nông sản": "agricultural_products", "nông, lâm, thủy sản": "agro_forestry_fishery", "than": "coal", "hồ tiêu": "pepper",
}

// markets name a trading partner; a figure for one is that partner's part:
// "xuất khẩu sang Hoa Kỳ đạt 96 tỷ USD" is not the country's total.
var markets = map[string]string{
	"hoa kỳ": "us_market", "mỹ": "us_market", "trung quốc": "china_market", "eu": "eu_market",
	"liên minh châu âu": "eu_market", "nhật bản": "japan_market", "hàn quốc": "korea_market", "asean": "asean_market",
	"đài loan": "taiwan_market", "ấn độ": "india_market", "anh": "uk_market", "nga": "russia_market",
	"singapore": "singapore_market", "hồng kông": "hong_kong_market", "hồng công": "hong_kong_market", "hong kong": "hong_kong_market", "hồng kông (trung quốc)": "hong_kong_market", "hồng công (trung quốc)": "hong_kong_market", "thái lan": "thailand_market", "hà lan": "netherlands_market",
	"campuchia": "cambodia_market", "malaysia": "malaysia_market", "indonesia": "indonesia_market", "australia": "australia_market",
	"canada": "canada_market", "samoa": "samoa_market", "quần đảo virgin thuộc anh": "bvi_market",
}

// partners are the markets whose bare name is a subject: "Mỹ là thị trường
// xuất khẩu lớn nhất", "Singapore dẫn đầu với hơn 4,6 tỷ USD". One-syllable
// names that are common words ("anh", "nga") are left out.
var partners = []string{"hoa kỳ", "mỹ", "trung quốc", "eu", "liên minh châu âu", "nhật bản", "hàn quốc", "asean", "đài loan",
	"ấn độ", "singapore", "hồng kông", "hồng công", "thái lan", "hà lan", "campuchia", "malaysia", "indonesia", "australia", "canada"}

// bases: what a change is compared with. "so với" alone (with what follows
// unrecognised) is "other": a change against something the contract cannot
// name, which facts drop rather than report with a wrong basis.
var bases = map[string]string{
	"so với cùng kỳ": "yoy", "so cùng kỳ": "yoy", "so với cùng kỳ năm trước": "yoy", "so với cùng kỳ năm ngoái": "yoy",
	"so với cùng thời điểm năm trước": "yoy", "so với cùng kỳ năm 2023": "yoy", "so với cùng thời kỳ": "yoy",
	// the month or quarter a year before, said of that month: "tăng 2,22% so với
	// tháng cùng kỳ năm trước (9/2022)", "so với cùng tháng năm trước"
	"so với tháng cùng kỳ": "yoy", "so với quý cùng kỳ": "yoy", "so với cùng tháng": "yoy", "so với cùng quý": "yoy",
	// "so với cùng" is a year-on-year comparison whatever follows, even a word the
	// copy mangled: "tăng 14,74% so với cùng k?? năm trước"
	"so với cùng": "yoy",
	// the markets desk's shorthand after a figure: "77,06 tỷ USD (+15,6% YoY)",
	// "giảm 2,3% MoM", "tăng 12% svck" (so với cùng kỳ)
	"yoy": "yoy", "mom": "mom", "qoq": "qoq", "svck": "yoy", "so với ck": "yoy", "so ck": "yoy",
	// a copy that dropped the letters its font lacked (ớ, ị, ỳ, ố): "tăng 0,22% so vi
	// tháng trưc và tăng 3,95% so vi tháng cùng k"
	"so vi cùng": "yoy", "so vi tháng cùng": "yoy", "so vi tháng trưc": "mom", "so vi năm trưc": "prev_year",
	"so với tháng trước": "mom", "so tháng trước": "mom", "so với tháng trước đó": "mom", "so với tháng liền kề": "mom",
	"so với quý trước": "qoq", "so với quý trước đó": "qoq", "so với quý liền kề": "qoq",
	"so với năm trước": "prev_year", "so với năm ngoái": "prev_year", "so với ước thực hiện năm": "prev_year",
	"so với thực hiện năm": "prev_year", "so với ước thực hiện": "prev_year", "so với năm": "prev_year",
	"so với kế hoạch": "plan", "so với dự toán": "plan", "so với mục tiêu": "plan",
	// "so" left out: "có 7/11 nhóm hàng hóa có chỉ số giá tăng với tháng trước"
	"với tháng trước": "mom", "với cùng kỳ": "yoy", "với cùng kỳ năm trước": "yoy",
	// the plan said without "với", or as the resolution that set it: "đạt 70% so kế
	// hoạch", "đạt 51,8% so với nghị quyết đề ra"
	"so kế hoạch": "plan", "so dự toán": "plan", "so với nghị quyết": "plan", "so nghị quyết": "plan", "so với chỉ tiêu": "plan",
	"so với đầu năm": "dec_prev_year", "so với cuối năm trước": "dec_prev_year", "so với cuối năm": "dec_prev_year",
	"so với tháng 12 năm trước": "dec_prev_year", "so với tháng 12 năm ngoái": "dec_prev_year",
	"so với bình quân cùng kỳ": "yoy", "so với cùng thời điểm": "yoy",
	"so với một năm trước": "yoy", "so với một năm trước đó": "yoy", "so với cùng thời gian năm trước": "yoy", // "a year earlier", as wire copy says it
	"so với": "other",
}

// verbs: what kind of number follows.
var verbs = map[string]string{
	"tăng": VerbUp, "tăng trưởng": VerbUp, "tăng thêm": VerbUp, "cao hơn": VerbUp, "tăng lên": VerbLevel, "tăng mạnh": VerbUp,
	"tăng nhẹ": VerbUp, "tăng khoảng": VerbUp, "mức tăng": VerbUp, "đà tăng": VerbUp, "vượt": VerbExceed, "tăng tới": VerbUp,
	"bằng": VerbIndex, "tương đương": VerbIndex, "gấp": VerbRatio, "gấp khoảng": VerbRatio, "gấp gần": VerbRatio, "gấp hơn": VerbRatio,
	"được điều chỉnh": VerbRevise, "điều chỉnh thêm": VerbRevise, "điều chỉnh tăng": VerbRevise, "điều chỉnh giảm": VerbRevise,
	"tỷ trọng": "share_noun", "tỉ trọng": "share_noun",
	"thu về": VerbLevel, "thu được": VerbLevel, "giảm xuống": VerbLevel, "xuống": VerbLevel, "lên": VerbLevel,
	"tốc độ tăng": VerbUp, "tốc độ tăng trưởng": VerbUp, "mức tăng trưởng": VerbUp,
	"giảm": VerbDown, "sụt giảm": VerbDown, "sụt": VerbDown, "sụt mạnh": VerbDown, "giảm sút": VerbDown, "thấp hơn": VerbDown, "giảm nhẹ": VerbDown, "giảm mạnh": VerbDown,
	"mức giảm": VerbDown, "tăng trưởng âm": VerbGrowNegative,
	"mức giảm là": VerbDown, "mức tăng là": VerbUp, // "so với cùng kỳ, mức giảm là 1,83%": the fall, not a level
	"nhích": VerbUp, "nhích nhẹ": VerbUp, "nhích lên": VerbUp, "chỉ nhích nhẹ": VerbUp,
	"rót": VerbLevel, "đăng ký rót": VerbLevel, "rót vào": VerbLevel, // "đã đăng ký rót gần 36,61 tỷ USD vốn FDI vào Việt Nam"
	"chiếm": VerbShare, "chiếm tỷ trọng": VerbShare, "chiếm tỉ trọng": VerbShare, "chiếm khoảng": VerbShare,
	"đạt": VerbLevel, "giải ngân": VerbLevel, "giải ngân được": VerbLevel, // "tỉnh đã giải ngân 2.917 tỷ đồng": the measure in force, spent
	// double-digit growth, said of the figures that follow: "nhiều tỉnh đạt mức hai con số
	// như Phú Thọ (27,7%)"
	"hai con số": VerbUp, "mức hai con số": VerbUp, "đạt mức hai con số": VerbUp, "mức tăng hai con số": VerbUp, "tăng trưởng hai con số": VerbUp,
	"với giá trị": VerbLevel, "với tổng giá trị": VerbLevel, "ở mức": VerbLevel, "có giá trị": VerbLevel, "đạt mức": VerbLevel,
	"đạt giá trị": VerbLevel, "đạt khoảng": VerbLevel, "là": VerbLevel, "phải đạt": VerbLevel,
	// a new level, not a change: "tăng lên mức 8,7 tỷ USD", "giảm xuống còn 2%"
	"tăng lên mức": VerbLevel, "lên mức": VerbLevel, "giảm xuống mức": VerbLevel, "xuống mức": VerbLevel,
	"giảm xuống còn": VerbLevel, "xuống còn": VerbLevel, "tăng lên đến": VerbLevel, "lên đến": VerbLevel, "lên tới": VerbLevel,
	"tăng lên tới": VerbLevel, "thực hiện": VerbLevel, "đạt được": VerbLevel, "ước thực hiện đạt": VerbLevel,
	"đóng góp": VerbContribUp, "làm tăng": VerbContribUp, "đóng góp thêm": VerbContribUp,
	"làm giảm": VerbContribDown, "kéo giảm": VerbContribDown,
	// the points a part adds or takes: "chế biến, chế tạo … tăng 24,42%, đóng góp
	// tăng 20,33 điểm phần trăm" is a contribution, not a rise of 20,33 points
	"đóng góp tăng": VerbContribUp, "đóng góp giảm": VerbContribDown,
	// "theo giá so sánh 2010" names a price base, not a comparison
	"giá so sánh": "", "so sánh": "",
	// compounds that only look like a rise or a fall: "tăng cường" (strengthen)
	"tăng cường": "", "tăng tốc": "", "giảm thiểu": "", "giảm nghèo": "", "cắt giảm": "", "giảm dần": "", "tăng dần": "",
	"gia tăng giá trị": "", "giá trị gia tăng": "", "giảm giá": "", "tăng giá": "",
	"tăng ở": VerbCountUp, "giảm ở": VerbCountDown, "tăng trưởng dương": VerbGrowPositive,
	"tăng tại": VerbCountUp, "giảm tại": VerbCountDown,
}

// estimates mark figures that are estimates or forecasts.
// They are kept short so the verb after them ("ước đạt", "ước tăng") still reads as a verb.
// ("sơ bộ", preliminary, is a first count, not an estimate; "uớc" is "ước"
// with its mark misplaced)
var estimates = []string{"ước", "ước tính", "dự báo", "dự kiến", "ước thực hiện", "ước khoảng", "uớc"}

// targets: the numbers after them are planned.
var targets = []string{
	"mục tiêu", "chỉ tiêu", "phấn đấu", "kế hoạch đề ra", "để hoàn thành kế hoạch", "hoàn thành kế hoạch",
	"kịch bản tăng trưởng", "mục tiêu tăng trưởng", "chỉ tiêu tăng trưởng", "định hướng", "còn phải", "phải giải ngân",
	"dự kiến đạt", "kế hoạch vốn", "tổng kế hoạch vốn",
	"cần giải ngân", "sẽ phải giải ngân", // "cần giải ngân vốn đầu tư công của năm 2026 với tổng vốn gần 995.400 tỉ": what is yet to be spent
}

// planWords after a percentage make it plan progress: "đạt 19,2% kế hoạch".
// "mục tiêu" and "chỉ tiêu" are targets elsewhere; right after a percentage
// they are read as plan words too (facts does that).
var planWords = []string{"kịch bản tăng trưởng", "kịch bản", "kế hoạch", "dự toán", "kế hoạch năm", "dự toán năm", "chỉ tiêu", "mục tiêu", "kế hoạch cả năm", "dự toán cả năm", "kh"} // "(bằng 100% KH)"

// ranks introduce a ranking list.
var ranks = map[string]string{
	"cao nhất": "highest", "lớn nhất": "highest", "dẫn đầu": "highest", "tăng cao": "highest", "mạnh nhất": "highest",
	"nhiều nhất": "highest", "tăng cao nhất": "highest", "đứng đầu": "highest", "ngôi vương": "highest", "ngôi đầu": "highest",
	"quán quân": "highest", "dẫn đầu cả nước": "highest", "tăng mạnh nhất": "highest", "tăng nhiều nhất": "highest",
	"ngôi vị số 1": "highest", "ngôi vị số một": "highest", "vị trí số 1": "highest", "vị trí số một": "highest",
	"vị trí thứ nhất": "highest", "vị trí thứ 1": "highest", // "lần lượt đạt …, giữ vị trí thứ nhất và thứ hai cả nước"
	"thấp nhất": "lowest", "giảm sâu nhất": "lowest", "giảm mạnh nhất": "lowest", "nhỏ nhất": "lowest", "giảm sâu": "lowest",
	"ít nhất": "lowest", "giảm nhiều nhất": "lowest", "xếp cuối": "lowest",
}

var nation = []string{"cả nước", "toàn quốc", "trên cả nước", "trên toàn quốc", "kinh tế việt nam", "nền kinh tế việt nam",
	"vào việt nam", "của việt nam", "tại việt nam", "việt nam"}

// areas refer back to the article's named group: "của khu vực", "trong vùng".
// A bare "khu vực" is often a sector ("khu vực dịch vụ"), so only these forms count.
var areas = []string{"của khu vực", "toàn khu vực", "trong khu vực", "cả khu vực", "của vùng", "trong vùng", "toàn vùng", "cả vùng"}

// countNouns follow a count of places: "tăng ở 60 địa phương".
var countNouns = []string{"địa phương", "tỉnh", "tỉnh, thành phố", "tỉnh, thành", "tỉnh thành", "tỉnh, thành phố trực thuộc trung ương", "thành phố"}

// thresholds turn a number into a bound: "từ 10% trở lên".
var thresholds = []string{"trở lên", "trở xuống"}

// venues put a place as where something happened, not what a figure is about:
// "diễn ra ngày 17/5 ở Hà Nội".
var venues = []string{"tại", "ở"}

// anaphors refer back to the province an article is about: "kim ngạch xuất
// khẩu của tỉnh", "toàn tỉnh", "trên địa bàn thành phố" (a name right after
// them names another place instead).
var anaphors = []string{
	"của tỉnh", "toàn tỉnh", "trên địa bàn tỉnh", "của thành phố", "toàn thành phố", "trên địa bàn thành phố",
	"của tỉnh ta", "tỉnh ta", "trên địa bàn", "địa bàn tỉnh", "của địa phương", "toàn địa phương",
}

// thisGroup refers to the group of goods or the industry just named: "tổng
// giá trị xuất khẩu của nhóm hàng này … đạt 101,98 tỷ USD".
var thisGroup = []string{"nhóm hàng này", "mặt hàng này", "ngành hàng này", "nhóm hàng trên", "mặt hàng trên", "ngành này", "lĩnh vực này",
	"khối này", "khu vực này"} // "Nhập khẩu của khối này …" after the FDI firms' exports

// thisFigure refers to the figure just given: "… lên 107,75 tỷ USD. Con số
// này chiếm khoảng 23% …" is of the electronics that figure was of.
var thisFigure = []string{"con số này", "con số trên", "con số nói trên"}

// thisPlace refers to the place just named: "xuất khẩu 10 tháng của tỉnh này".
var thisPlace = []string{"tỉnh này", "thành phố này", "địa phương này", "tỉnh trên", "thành phố trên",
	"của tỉnh này", "của thành phố này", "của địa phương này", // before "của tỉnh", "của địa phương" (the home province) match
	"khu vực mới này", "địa phương mới này", "tỉnh mới này", "thành phố mới này", // a merged province: "vốn FDI vào khu vực mới này"
}
