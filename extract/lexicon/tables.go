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
	"chỉ số sản xuất ngành công nghiệp": "iip", "chỉ số iip": "iip", "iip": "iip",
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
	"kim ngạch xuất, nhập khẩu": "trade_turnover", "tổng kim ngạch xuất nhập khẩu": "trade_turnover",
	"tổng kim ngạch xuất, nhập khẩu": "trade_turnover", "tổng kim ngạch xuất khẩu và nhập khẩu": "trade_turnover",
	"kim ngạch xuất nhập khẩu hàng hóa": "trade_turnover", "tổng kim ngạch xuất nhập khẩu hàng hóa": "trade_turnover",
	"xuất siêu": "trade_balance", "nhập siêu": "trade_balance", "cán cân thương mại": "trade_balance",
	"thặng dư thương mại": "trade_balance", "cán cân thương mại hàng hóa": "trade_balance",
	// bán lẻ
	"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng": "retail_sales",
	"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ":           "retail_sales", "tổng mức bán lẻ hàng hóa": "retail_sales",
	"tổng mức bán lẻ": "retail_sales", "doanh thu bán lẻ hàng hóa": "retail_sales",
	"tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng": "retail_sales",
	// giá
	"chỉ số giá tiêu dùng": "cpi", "cpi": "cpi", "chỉ số giá tiêu dùng (cpi)": "cpi", "chỉ số giá tiêu dùng bình quân": "cpi",
	"lạm phát cơ bản": "core_inflation", "lạm phát": "inflation",
	// tăng trưởng
	"tổng sản phẩm trên địa bàn": "grdp", "grdp": "grdp", "tổng sản phẩm trên địa bàn (grdp)": "grdp",
	"tổng sản phẩm trong nước": "gdp", "gdp": "gdp", "tổng sản phẩm trong nước (gdp)": "gdp",
	"tăng trưởng kinh tế": "gdp", "tốc độ tăng trưởng kinh tế": "gdp", "quy mô nền kinh tế": "gdp",
	// đầu tư
	"vốn fdi": "fdi_registered", "fdi": "fdi_registered", "vốn đầu tư trực tiếp nước ngoài": "fdi_registered",
	"tổng vốn đầu tư nước ngoài đăng ký": "fdi_registered", "vốn đầu tư nước ngoài đăng ký": "fdi_registered",
	"tổng vốn fdi đăng ký": "fdi_registered", "vốn fdi đăng ký": "fdi_registered", "thu hút vốn đầu tư nước ngoài": "fdi_registered",
	"thu hút fdi": "fdi_registered", "thu hút đầu tư nước ngoài": "fdi_registered", "thu hút vốn fdi": "fdi_registered",
	"vốn đầu tư nước ngoài": "fdi_registered", "tổng vốn đầu tư trực tiếp nước ngoài": "fdi_registered",
	"vốn fdi giải ngân": "fdi_disbursed", "vốn fdi thực hiện": "fdi_disbursed", "giải ngân vốn fdi": "fdi_disbursed",
	"vốn đầu tư trực tiếp nước ngoài thực hiện": "fdi_disbursed", "vốn đầu tư nước ngoài thực hiện": "fdi_disbursed",
	"fdi giải ngân": "fdi_disbursed", "fdi thực hiện": "fdi_disbursed", "vốn fdi được giải ngân": "fdi_disbursed",
	"giải ngân vốn đầu tư công": "public_investment_disbursed", "vốn đầu tư công": "public_investment_disbursed",
	"giải ngân đầu tư công":                            "public_investment_disbursed",
	"vốn đầu tư thực hiện từ nguồn ngân sách nhà nước": "public_investment_disbursed",
	"vốn đầu tư từ nguồn ngân sách nhà nước":           "public_investment_disbursed", "tỷ lệ giải ngân": "public_investment_disbursed",
	"tổng vốn đầu tư toàn xã hội": "total_investment", "vốn đầu tư toàn xã hội": "total_investment",
	"vốn đầu tư phát triển toàn xã hội": "total_investment",
	// ngân sách
	"thu ngân sách nhà nước": "budget_revenue", "thu ngân sách": "budget_revenue", "tổng thu ngân sách": "budget_revenue",
	"tổng thu ngân sách nhà nước": "budget_revenue", "thu ngân sách trên địa bàn": "budget_revenue",
	"chi ngân sách nhà nước": "budget_expenditure", "tổng chi ngân sách": "budget_expenditure",
	// others, snake_case English
	"doanh nghiệp thành lập mới": "new_enterprises", "khách quốc tế": "international_arrivals",
	"lượng khách du lịch": "tourist_arrivals", "doanh thu du lịch": "tourism_revenue", "sản lượng điện": "electricity_output",
	"chỉ số pmi": "pmi", "pmi": "pmi", "giá trị sản xuất nông nghiệp": "agricultural_output",
	"giá trị sản xuất nông, lâm nghiệp và thủy sản": "agricultural_output", "tăng trưởng tín dụng": "credit_growth",
	"doanh thu dịch vụ lưu trú, ăn uống": "accommodation_food_revenue",
}

// moneyIndicators are counted in money; a bare "252,4 tỷ" under them is money.
var moneyIndicators = map[string]bool{
	"industrial_output": true, "exports": true, "imports": true, "trade_turnover": true, "trade_balance": true,
	"retail_sales": true, "grdp": true, "gdp": true, "fdi_registered": true, "fdi_disbursed": true,
	"public_investment_disbursed": true, "budget_revenue": true, "budget_expenditure": true, "total_investment": true,
	"tourism_revenue": true, "agricultural_output": true, "accommodation_food_revenue": true,
}

// sectors: which part of an indicator.
var sectors = map[string]string{
	"khai khoáng": "mining", "ngành khai khoáng": "mining", "khai thác mỏ": "mining", "công nghiệp khai khoáng": "mining",
	"khai thác khoáng sản": "mining", "lĩnh vực khai khoáng": "mining",
	"chế biến, chế tạo": "manufacturing", "chế biến chế tạo": "manufacturing", "chế biến - chế tạo": "manufacturing",
	"công nghiệp chế biến, chế tạo": "manufacturing", "công nghiệp chế biến chế tạo": "manufacturing",
	"sản xuất và phân phối điện": "electricity", "sản xuất, phân phối điện": "electricity", "phân phối điện": "electricity",
	"sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí": "electricity",
	"sản xuất, phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí":   "electricity",
	"cung cấp nước": "water", "cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải": "water",
	"cung cấp nước, hoạt động quản lý rác thải, nước thải": "water", "cung cấp nước và xử lý rác thải, nước thải": "water",
	"khu vực có vốn đầu tư nước ngoài": "fdi", "có vốn đầu tư nước ngoài": "fdi", "khu vực fdi": "fdi",
	"doanh nghiệp fdi": "fdi", "khối fdi": "fdi", "doanh nghiệp có vốn đầu tư nước ngoài": "fdi",
	"khu vực có vốn đầu tư trực tiếp nước ngoài": "fdi", "khu vực đầu tư nước ngoài": "fdi",
	"công nghiệp địa phương": "local", "khu vực kinh tế trong nước": "domestic", "kinh tế trong nước": "domestic",
	"doanh nghiệp trong nước": "domestic", "khu vực trong nước": "domestic", "khối doanh nghiệp trong nước": "domestic",
	"khu vực nhà nước": "state", "kinh tế nhà nước": "state", "khu vực ngoài nhà nước": "non_state",
	"kinh tế ngoài nhà nước": "non_state",
	// goods, in trade reports: "điện thoại và linh kiện đạt 4,5 tỷ USD"
	"điện thoại và linh kiện": "phones", "điện thoại các loại và linh kiện": "phones",
	"máy vi tính, sản phẩm điện tử và linh kiện": "electronics", "hàng điện tử": "electronics", "điện tử, máy tính và linh kiện": "electronics",
	"máy móc, thiết bị, dụng cụ, phụ tùng": "machinery", "máy móc, thiết bị, dụng cụ và phụ tùng": "machinery", "máy móc thiết bị": "machinery",
	"hàng dệt may": "textiles", "dệt may": "textiles", "hàng dệt, may": "textiles", "giày dép": "footwear", "da giày": "footwear",
	"gỗ và sản phẩm gỗ": "wood", "đồ gỗ": "wood", "thủy sản": "seafood", "hàng thủy sản": "seafood", "gạo": "rice",
	"cà phê": "coffee", "rau quả": "fruit_vegetables", "hạt điều": "cashew", "cao su": "rubber", "sắt thép": "steel",
	"dầu thô": "crude_oil", "xăng dầu": "petroleum", "phương tiện vận tải và phụ tùng": "transport_equipment",
	"nông sản": "agricultural_products", "nông, lâm, thủy sản": "agro_forestry_fishery", "than": "coal", "hồ tiêu": "pepper",
}

// markets name a trading partner; a figure for one is that partner's part:
// "xuất khẩu sang Hoa Kỳ đạt 96 tỷ USD" is not the country's total.
var markets = map[string]string{
	"hoa kỳ": "us_market", "mỹ": "us_market", "trung quốc": "china_market", "eu": "eu_market",
	"liên minh châu âu": "eu_market", "nhật bản": "japan_market", "hàn quốc": "korea_market", "asean": "asean_market",
	"đài loan": "taiwan_market", "ấn độ": "india_market", "anh": "uk_market", "nga": "russia_market",
}

// bases: what a change is compared with. "so với" alone (with what follows
// unrecognised) is "other": a change against something the contract cannot
// name, which facts drop rather than report with a wrong basis.
var bases = map[string]string{
	"so với cùng kỳ": "yoy", "so cùng kỳ": "yoy", "so với cùng kỳ năm trước": "yoy", "so với cùng kỳ năm ngoái": "yoy",
	"so với cùng thời điểm năm trước": "yoy", "so với cùng kỳ năm 2023": "yoy", "so với cùng thời kỳ": "yoy",
	"so với tháng trước": "mom", "so tháng trước": "mom", "so với tháng trước đó": "mom", "so với tháng liền kề": "mom",
	"so với quý trước": "qoq", "so với quý trước đó": "qoq", "so với quý liền kề": "qoq",
	"so với năm trước": "prev_year", "so với năm ngoái": "prev_year", "so với ước thực hiện năm": "prev_year",
	"so với thực hiện năm": "prev_year", "so với ước thực hiện": "prev_year", "so với năm": "prev_year",
	"so với kế hoạch": "plan", "so với dự toán": "plan", "so với mục tiêu": "plan",
	"so với đầu năm": "ytd", "so với cuối năm trước": "ytd", "so với cuối năm": "ytd",
	"so với": "other",
}

// verbs: what kind of number follows.
var verbs = map[string]string{
	"tăng": VerbUp, "tăng trưởng": VerbUp, "tăng thêm": VerbUp, "cao hơn": VerbUp, "tăng lên": VerbUp, "tăng mạnh": VerbUp,
	"tăng nhẹ": VerbUp, "tăng khoảng": VerbUp, "mức tăng": VerbUp, "đà tăng": VerbUp,
	"giảm": VerbDown, "sụt giảm": VerbDown, "giảm sút": VerbDown, "thấp hơn": VerbDown, "giảm nhẹ": VerbDown, "giảm mạnh": VerbDown,
	"mức giảm": VerbDown, "tăng trưởng âm": VerbGrowNegative,
	"chiếm": VerbShare, "chiếm tỷ trọng": VerbShare, "chiếm tỉ trọng": VerbShare, "chiếm khoảng": VerbShare,
	"đạt": VerbLevel, "với giá trị": VerbLevel, "ở mức": VerbLevel, "có giá trị": VerbLevel, "đạt mức": VerbLevel,
	"đạt giá trị": VerbLevel, "đạt khoảng": VerbLevel, "là": VerbLevel, "phải đạt": VerbLevel,
	"đóng góp": VerbContribUp, "làm tăng": VerbContribUp, "đóng góp thêm": VerbContribUp,
	"làm giảm": VerbContribDown, "kéo giảm": VerbContribDown,
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
var estimates = []string{"ước", "ước tính", "dự báo", "dự kiến", "ước thực hiện", "sơ bộ", "ước khoảng"}

// targets: the numbers after them are planned.
var targets = []string{
	"mục tiêu", "chỉ tiêu", "phấn đấu", "kế hoạch đề ra", "để hoàn thành kế hoạch", "hoàn thành kế hoạch",
	"kịch bản tăng trưởng", "mục tiêu tăng trưởng", "chỉ tiêu tăng trưởng",
}

// planWords after a percentage make it plan progress: "đạt 19,2% kế hoạch".
// "mục tiêu" and "chỉ tiêu" are targets elsewhere; right after a percentage
// they are read as plan words too (facts does that).
var planWords = []string{"kế hoạch", "dự toán", "kế hoạch năm", "dự toán năm", "chỉ tiêu", "mục tiêu", "kế hoạch cả năm", "dự toán cả năm"}

// ranks introduce a ranking list.
var ranks = map[string]string{
	"cao nhất": "highest", "lớn nhất": "highest", "dẫn đầu": "highest", "tăng cao": "highest", "mạnh nhất": "highest",
	"nhiều nhất": "highest", "tăng cao nhất": "highest", "đứng đầu": "highest",
	"thấp nhất": "lowest", "giảm sâu nhất": "lowest", "giảm mạnh nhất": "lowest", "nhỏ nhất": "lowest", "giảm sâu": "lowest",
	"ít nhất": "lowest", "giảm nhiều nhất": "lowest", "xếp cuối": "lowest",
}

var nation = []string{"cả nước", "toàn quốc", "trên cả nước", "trên toàn quốc", "kinh tế việt nam", "nền kinh tế việt nam"}

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
