package number

// digitWords are the Vietnamese digit names, with the forms used after a
// tens word: "hai mươi mốt" (21), "ba mươi tư" (34), "mười lăm" (15).
var digitWords = map[string]int{
	"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
	"năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

// scaleWords multiply what precedes them: "524,1 nghìn tỷ" is 524.1e12.
var scaleWords = map[string]int{
	"nghìn": 3, "ngàn": 3, "ngìn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9,
}

// currencies maps what papers print around an amount to an ISO 4217 code
// (or "cent" for xu/xen, as Duckling does). Keys are lower-case; multi-word
// keys are matched word by word.
var currencies = []struct{ words, code string }{
	{"việt nam đồng", "VND"}, {"đồng", "VND"}, {"₫", "VND"}, {"vn$", "VND"}, {"vnđ", "VND"}, {"vnd", "VND"}, {"đ", "VND"},
	{"đô la mỹ", "USD"}, {"đô-la mỹ", "USD"}, {"đô la", "USD"}, {"đô-la", "USD"}, {"đôla", "USD"},
	{"đô mỹ", "USD"}, {"đô", "USD"}, {"usd", "USD"}, {"us$", "USD"}, {"$", "USD"}, {"dollars", "USD"}, {"dollar", "USD"},
	{"euros", "EUR"}, {"euro", "EUR"}, {"eur", "EUR"}, {"€", "EUR"}, {"ơ-rô", "EUR"}, {"ơ rô", "EUR"},
	{"bảng anh", "GBP"}, {"gbp", "GBP"}, {"£", "GBP"}, {"pounds", "GBP"}, {"pound", "GBP"},
	{"yên nhật", "JPY"}, {"yên", "JPY"}, {"jpy", "JPY"}, {"¥", "JPY"},
	{"won", "KRW"}, {"krw", "KRW"}, {"₩", "KRW"},
	{"rupees", "INR"}, {"rupee", "INR"}, {"inr", "INR"}, {"rs", "INR"}, {"₹", "INR"},
	{"dirhams", "AED"}, {"dirham", "AED"}, {"aed", "AED"},
	{"ringgit", "MYR"}, {"myr", "MYR"}, {"rm", "MYR"},
	{"nhân dân tệ", "CNY"}, {"tệ", "CNY"}, {"cny", "CNY"},
	{"xu", "cent"}, {"xen", "cent"}, {"cent", "cent"}, {"cents", "cent"},
}

// prefixCurrencies may stand before the digits: "$10", "€3,50", "EUR 20", "Rs20".
var prefixCurrencies = map[string]string{
	"$": "USD", "us$": "USD", "₫": "VND", "vn$": "VND", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
	"¥": "JPY", "₩": "KRW", "rs": "INR", "₹": "INR", "inr": "INR", "rm": "MYR", "vnd": "VND",
}

// measures are units printed after a number that are not money; the scan
// reports them as printed. Longest first where one is a prefix of another.
var measures = []string{
	"ki lô mét vuông", "ki-lô-mét", "ki lô mét", "ki lô gam", "ki-lô-gam", "mét khối", "mét vuông",
	"km2", "km²", "m2", "m²", "m3", "m³", "km", "cm", "mm", "kg", "ha", "mw", "kwh", "gw", "kw", "lít", "tấn", "tạ", "mét", "m",
	"°c", "độ c", "độ", "điểm", "lần", "héc ta", "hécta", "mã lực", "inch",
	"ki lô oát", "tê ra oát", "mê ga oát", "gi ga oát", "gi ga bai", "gi ga hẹc", "terabyte", "gigabyte", "megabyte",
	"kwh", "mwh", "gwh", "kv", "mv", "ma", "khz", "mhz", "ghz", "hz", "hp", "tw", "gb", "tb", "mb", "kb",
	"mg", "ml", "g", "l", "v", "w",
}
