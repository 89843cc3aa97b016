package facts

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"chiso/extract/lexicon"
	"chiso/extract/normalize"
	"chiso/extract/number"
	"chiso/extract/period"
	"chiso/extract/segment"
)

// Scope: which words of a sentence a figure takes its subject from. A
// clause has its own subject; a parenthesis is about what it follows; a
// figure followed by "của <place>" belongs to that place alone; "lần lượt"
// hands the figures after it to the places (or indicators) before it, in
// order.

// growthNoun: the words name a growth rate, so "đạt N%" after them is a
// change, not a level: "Tăng trưởng GRDP quý III ước đạt 5,6%", "Tốc độ tăng
// tổng sản phẩm … đạt 11,03%".
func growthNoun(phrase string) bool {
	switch phrase {
	case "tăng trưởng", "tốc độ tăng", "tốc độ tăng trưởng", "mức tăng trưởng", "mức tăng", "tang truong", "toc do tang", "toc do tang truong", "muc tang truong", "muc tang":
		return true
	}
	return false
}

// fillers open a clause or a sentence without naming its subject; with
// the continuation heads ("kim ngạch", "giá trị", "con số này") they leave
// the subject in force.
var fillers = words(`trong đó khi riêng còn các một số ngoài ra bên cạnh đáng chú ý cụ thể chẳng hạn như vậy theo
	tuy nhiên nhưng song mặt khác đồng thời cùng với tính chung lũy kế đến nay hết từ đầu năm bình quân
	ước sơ bộ dự kiến đã đang sẽ có của và là này trên địa bàn toàn cả nước tỉnh thành phố tp hiện qua so
	nhờ vậy do đây điều đáng kể nói nữa thêm vẫn tiếp tục kết quả con mức quy mô kim ngạch giá trị tổng
	chỉ tiêu tốc độ trị vốn thu hút được lại riêng biệt báo cáo cục thống kê sở cho biết thấy số liệu nếu thì
	ubnd ủy ban nhân dân chính phủ tổng bộ công thương tài chính kế hoạch đầu tư theo năm tháng quý nửa
	ngày lượt với tại ở trước sau chung lần thì mà nên vì cũng rất khá đều chỉ gần hơn khoảng trên dưới
	ngành công nghiệp lĩnh vực khu vực hoạt động nền kinh tế xuất nhập khẩu hàng hóa dịch vụ
	đứng xếp dẫn đầu hai ba tư năm tiếp là vị trí kế thứ nhất nhì những nơi địa phương gồm bao nhóm nhà cấp
	đi cộng dồn dù mới ghi nhận`) // "hai ngành có chỉ số đi xuống là khai khoáng (giảm 37,75%)", "cộng dồn 6 tháng ước tăng 13,57%", "Dù vậy, con số này mới đạt 69,4%", "Cả 34 địa phương đều ghi nhận tăng trưởng"

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// unknownHeads begin a measure no indicator of the lexicon names; a clause
// whose subject starts with one is about that measure, and its figures are
// not the indicator in force. "Sản lượng xi măng ước đạt 1,21 triệu tấn, tăng
// 7,8%" after an IIP sentence is no IIP figure; nor is "sản xuất giường, tủ,
// bàn, ghế tăng 24,5%" (a level-2 industry), nor "Tổng giá trị sản xuất ước
// đạt 105.954 tỷ đồng" (gross output) after a GRDP sentence.
var unknownHeads = [][]string{
	{"sản", "lượng"}, {"sản", "xuất"}, {"giá", "trị", "sản", "xuất"}, {"tổng", "giá", "trị", "sản", "xuất"}, {"giá"},
	{"lượng"}, {"mặt", "hàng"}, {"nhóm"}, {"dư", "nợ"}, {"lợi", "nhuận"}, {"doanh", "thu"}, {"số", "lượng"}, {"khách"},
	{"thu", "nhập"}, {"năng", "suất"}, {"diện", "tích"}, {"chỉ", "số", "giá"}, {"lao", "động"},
	{"doanh", "nghiệp"}, {"dự", "án"}, {"tổng", "số"}, {"chế", "biến"}, {"khai", "thác"}, {"tổng", "vốn", "đầu", "tư", "toàn", "xã", "hội"},
}

// unknownSubject reports whether the clause starting at token k is about a
// measure the lexicon cannot name: its subject (the words before its verb or
// first number) starts with an unknown head, or holds words that are neither
// fillers nor anything the lexicon, the places or the periods know, and
// nothing that names an indicator, a place or a period.
//
//	"nhóm lương thực, thực phẩm tăng 25,48%"           → unknown
//	"đồ dùng, dụng cụ, trang thiết bị gia đình tăng 12,33%" → unknown
//	"Trong đó, xuất khẩu ước đạt 33,57 tỷ USD"          → known
//	"Tính chung 9 tháng, ước đạt 5 tỷ USD"              → known (no subject: the one in force)
func (s *sentence) unknownSubject(k0 int) bool {
	// a list's items are the subjects, not its head: "Những ngành công nghiệp
	// có mức tăng mạnh gồm dệt tăng 13,3%, đồ uống tăng 14,7%" is about "dệt"
	// (a part the lexicon does not name), not the head's "mức tăng"
	// ("top 10" is the list's name, no figure: "Phần còn lại của top 10 gồm Thái
	// Nguyên (27,34 tỷ USD), …")
	for t := k0; t < len(s.toks) && (s.toks[t].Kind != segment.Digit || t > 0 && s.word(t-1) == "top"); t++ {
		if w := s.word(t); w == ";" || w == "." {
			break
		}
		if s.word(t) == "gồm" && t+1 < len(s.toks) && s.toks[t+1].Kind != segment.Digit {
			k0 = t + 1
			if s.word(k0) == ":" || s.word(k0) == "có" {
				k0++
			}
		}
	}
	end := len(s.toks)
	for _, c := range s.cues {
		if c.First >= k0 && c.Cat == lexicon.Verb && c.Value != "" {
			end = c.First
			break
		}
	}
	for _, q := range s.quants {
		if t := s.tokenAt(q.Start); t >= k0 && t < end && !s.countsPlaces(q) {
			end = t
			break
		}
	}
	for j := k0; j < end; j++ {
		if s.word(j) == ";" || s.word(j) == ":" {
			end = j
			break
		}
	}
	if s.sectorNameRuns(k0, end) {
		return false
	}
	if end+1 < len(s.toks) && s.word(end) == "là" {
		if _, ok := s.regionAt(end + 1); ok {
			// "khép lại nhóm dẫn đầu là Đồng Nai, thu khoảng 100.000 tỷ đồng": the
			// words before "là" say where the place stands; the place is the subject
			return false
		}
	}
	if s.unknownHeadList(k0, end) {
		return true
	}
	if s.word(k0) == "về" && k0+1 < end && s.headAt(k0+1) && !slices.ContainsFunc(s.cues, func(c lexicon.Cue) bool { return c.First == k0+1 }) {
		return true // "Về chỉ số giá vàng, tháng 02/2016 tăng 3,02%": the topic named up front is the subject
	}
	// the subject is the last comma-separated stretch before the verb: "Theo
	// tính toán của Cục Thống kê, để hoàn thành kế hoạch đề ra thì giá trị
	// sản xuất công nghiệp … phải đạt" is about industrial output
	for j := end - 1; j > k0; j-- {
		if s.word(j) == "," && !s.insideCue(j) {
			k0 = j + 1
			break
		}
	}
	if k0 < end && (s.word(k0) == "để" || s.word(k0) == "nhằm") {
		return false // a purpose, not a subject
	}
	covered := make([]byte, max(end-k0, 0)) // 1: a period or another cue; 2: an indicator, a part or a place
	cover := func(a, b int, v byte) {
		for t := max(a, k0); t <= b && t < end; t++ {
			covered[t-k0] = max(covered[t-k0], v)
		}
	}
	for _, m := range s.pers {
		if t := s.tokenAt(m.Start); t >= k0 && t < end && m.Kind != period.Date {
			cover(t, s.tokenAt(m.End)-1, 1)
		}
	}
	known, measure := false, false
	for _, c := range s.cues {
		if c.Last < k0 || c.First >= end {
			continue
		}
		switch c.Cat {
		case lexicon.Indicator, lexicon.Sector, lexicon.Nation, lexicon.Anaphor:
			known = true
			measure = measure || c.Cat == lexicon.Indicator || c.Cat == lexicon.Sector
			cover(c.First, c.Last, 2)
		default:
			cover(c.First, c.Last, 1)
		}
	}
	for _, m := range s.local {
		if t := s.tokenAt(m.Start); t >= k0 && t < end {
			known = true
			cover(t, s.tokenAt(m.End)-1, 2)
		}
	}
	// the first word that is neither a filler nor inside a cue, a period or a place
	for t := k0; t < end; t++ {
		if covered[t-k0] == 2 {
			return false // the subject opens with something known: "Kim ngạch xuất khẩu …", "nhóm giao thông …"
		}
		if covered[t-k0] == 1 {
			continue
		}
		if s.toks[t].Kind != segment.Word || fillers[s.word(t)] && !s.headAt(t) {
			continue
		}
		if s.headAt(t) {
			return true
		}
		if !known || !measure && s.placeOnlyAfter(t, end) {
			// "đồ dùng, dụng cụ, trang thiết bị gia đình tăng 12,33%"; "tổng
			// nguồn vốn huy động trên địa bàn tỉnh … đạt 58.400 tỷ đồng": a
			// place says where, not what
			return true
		}
	}
	return false
}

// unknownHeadList: the clause opens on an unknown head whose name runs on
// in a list of parts, with no indicator before the verb at end. "Doanh thu
// hoạt động vận tải, kho bãi, dịch vụ ước đạt 142.113 tỷ đồng" is transport
// revenue, not the services part of the retail named before it (the last
// comma-separated stretch, "dịch vụ", is one of its parts). A head inside a
// cue is known ("Doanh thu bán lẻ hàng hóa, dịch vụ …" is retail's), and a
// comma before anything but named parts ends the subject: "sản xuất công
// nghiệp phát triển mạnh, tốc độ tăng trưởng ước đạt 19,62%".
func (s *sentence) unknownHeadList(k0, end int) bool {
	t := k0
	for t < end && s.toks[t].Kind == segment.Word && fillers[s.word(t)] && !s.headAt(t) {
		t++
	}
	if t >= end || !s.headAt(t) {
		return false
	}
	// each token: 2 inside a named part, 1 a hedge or "và", 0 anything else
	part := make([]byte, end-t)
	for j := t; j < end; j++ {
		if s.word(j) == "và" {
			part[j-t] = 1
		}
	}
	for _, c := range s.cues {
		if c.First <= t && c.Last >= t && c.Cat != lexicon.Verb || c.Cat == lexicon.Indicator && c.First >= k0 && c.First < end {
			return false
		}
		if c.Cat == lexicon.Sector || c.Cat == lexicon.Estimate {
			v := byte(1)
			if c.Cat == lexicon.Sector {
				v = 2
			}
			for j := max(c.First, t); j <= c.Last && j < end; j++ {
				part[j-t] = max(part[j-t], v)
			}
		}
	}
	commas := 0
	for j := t; j < end; j++ {
		if s.word(j) != "," || part[j-t] == 2 {
			continue
		}
		commas++
		// what follows the comma, up to the next one, must be a named part
		named := false
		for i := j + 1; i < end && !(s.word(i) == "," && part[i-t] != 2); i++ {
			if part[i-t] == 0 {
				return false
			}
			named = named || part[i-t] == 2
		}
		if !named {
			return false
		}
	}
	return commas > 0
}

// placeOnlyAfter: between tokens t and end the clause names the home
// province ("trên địa bàn tỉnh", "của tỉnh") as the only thing it knows.
// (A province by name after an unknown word stays the subject: "Vị trí thứ 3
// thuộc về Bắc Ninh với 5,34 tỷ USD".)
func (s *sentence) placeOnlyAfter(t, end int) bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.Anaphor && c.First > t && c.First < end {
			return true
		}
	}
	return false
}

// sectorTail are the words that go on an industry's official name after its
// first comma: "sản xuất và phân phối điện, khí đốt, nước nóng(, hơi nước) và
// điều hòa không khí", "cung cấp nước, hoạt động quản lý và xử lý rác thải,
// nước thải". Papers shorten the names in many ways, so the lexicon holds
// their heads and this their tails.
var sectorTail = map[string]bool{
	",": true, "và": true, "khí": true, "đốt": true, "nước": true, "nóng": true, "hơi": true, "điều": true,
	"hòa": true, "hoà": true, "không": true, "hoạt": true, "động": true, "quản": true, "lý": true, "xử": true,
	"rác": true, "thải": true,
	"cũng": true, "đều": true, "vẫn": true, "đã": true, "tiếp": true, "tục": true, // "… hơi nước cũng tăng 12,51%"
}

// sectorNameRuns: between k0 and end (the verb) stands a sector whose name
// runs on to the verb in sectorTail words. Before: "sản xuất và phân phối điện,
// khí đốt, nước nóng và điều hòa không khí tăng 1,95%" had "nước nóng và điều
// hòa không khí" for its subject, unknown, and lost the figure.
func (s *sentence) sectorNameRuns(k0, end int) bool {
	for _, c := range s.cues {
		if c.Cat != lexicon.Sector || c.First < k0 || c.Last >= end {
			continue
		}
		t := c.Last + 1
		for t < end && sectorTail[s.word(t)] {
			t++
		}
		if t == end && t > c.Last+1 {
			return true
		}
	}
	return false
}

// notGoods follow "hàng" where it heads no group of goods: "hàng hóa" (the
// goods), "hàng đầu" (leading), "hàng năm" (yearly), "hàng tỷ" (billions).
var notGoods = map[string]bool{"hóa": true, "hoá": true, "đầu": true, "năm": true, "tháng": true, "quý": true, "tỷ": true,
	"tỉ": true, "triệu": true, "nghìn": true, "ngàn": true, "trăm": true, "chục": true, "loạt": true, "rào": true, "ngày": true, "tuần": true}

// headAt: an unknown head starts at token k.
func (s *sentence) headAt(k int) bool {
	if s.word(k) == "hàng" && k+1 < len(s.toks) && s.toks[k+1].Kind == segment.Word && !notGoods[s.word(k+1)] {
		return true // "hàng may mặc giảm 6,7%": a group of goods the lexicon does not name
	}
	for _, h := range unknownHeads {
		if k+len(h) > len(s.toks) {
			continue
		}
		ok := true
		for i, w := range h {
			if s.word(k+i) != w {
				ok = false
				break
			}
		}
		if ok && !(len(h) == 1 && h[0] == "giá" && k+1 < len(s.toks) && s.word(k+1) == "trị") && !s.weakHead(h, k) && !s.cpiGroupAt(k+len(h)) {
			return true // "giá trị" is a value, not a price: "tổng giá trị xuất, nhập khẩu"
		}
	}
	return false
}

// cpiGroupAt: a group of the CPI is named from token t: "chỉ số giá nhóm
// hàng ăn và dịch vụ ăn uống tăng 4,03%" is that group's index, no unknown
// price.
func (s *sentence) cpiGroupAt(t int) bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.Sector && c.First == t && lexicon.PartOf(c.Value, "cpi") {
			return true
		}
	}
	return false
}

// subjectBefore is the region a parenthesis at token k is about: the place
// or "cả nước" right before it.
func (s *sentence) subjectBefore(k int) (region, bool) {
	if k == 0 {
		return region{}, false
	}
	end := s.toks[k-1].End
	for _, m := range s.local {
		if m.End == end {
			return region{m.Name, m.Region2025}, true
		}
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Nation && c.End == end && (!s.rankedIn(c.First) || k+1 < len(s.toks) && averageWords[s.word(k+1)]) {
			// but "cao nhất cả nước (bình quân 3,26%)" gives the country's average
			return region{name: Nation}, true
		}
	}
	return region{}, false
}

// averageWords open an aside that gives the whole's figure: "(bình quân
// 3,26%)", "(trung bình 5%)", "(cả nước tăng 7,5%)".
var averageWords = map[string]bool{"bình": true, "trung": true, "cả": true, "chung": true, "toàn": true}

// rankedIn: the nation at token t is where something ranks, not a subject:
// "đứng thứ 2 cả nước (12,76%)", "dẫn đầu cả nước (…)".
//
// "của" and "trong" rank only after a rank word ("thứ 2 của cả nước", "cao
// nhất trong cả nước"); "mức bình quân chung của cả nước (4,24%)" is the
// country's own figure.
func (s *sentence) rankedIn(t int) bool {
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		switch s.word(j) {
		case "thứ", "đầu", "cuối", "nhất":
			return true
		case "trong", "của":
			for i := j - 1; i >= 0 && i >= j-4; i-- {
				switch s.word(i) {
				case "thứ", "đầu", "cuối", "nhất":
					return true
				}
			}
			return false
		}
	}
	return false
}

// sizeWords before "của cả nước" make the country the field a place stands
// out in: "lớn của cả nước", "cao của cả nước".
var sizeWords = map[string]bool{"lớn": true, "cao": true, "mạnh": true, "nhanh": true, "nhiều": true, "thấp": true}

// compareWords before "cả nước" make it a yardstick, not a subject: "dẫn đầu
// cả nước", "cao nhất cả nước", "so với cả nước", "xếp thứ 3 cả nước".
var compareWords = map[string]bool{"nhất": true, "đầu": true, "thứ": true, "với": true, "hơn": true, "bằng": true, "sau": true, "mức": true, "/": true}

// nationSubject: the "cả nước" cue c names the region of the figures after
// it. lastQuant is the token after the last number read, or -1.
func (s *sentence) nationSubject(c lexicon.Cue, lastQuant int) bool {
	if c.First == 0 {
		return true
	}
	prev := s.toks[c.First-1]
	if compareWords[prev.Text] || prev.Kind == segment.Digit {
		return false
	}
	if prev.Text == "(" {
		return true // "(cả nước tăng 3,26%)": an aside about the country
	}
	if prev.Text == "của" && c.First >= 2 && sizeWords[s.word(c.First-2)] {
		return false // "một trong những địa phương có quy mô kinh tế lớn của cả nước": among the country's places
	}
	if c.First >= 2 && s.word(c.First-2) == "thứ" {
		return false // "xếp thứ ba cả nước"
	}
	if prev.Text == "trong" && c.First >= 2 && (compareWords[s.word(c.First-2)] || s.toks[c.First-2].Kind == segment.Digit) {
		return false // "đứng thứ 5 trong cả nước"
	}
	for _, r := range s.cues {
		if r.Cat == lexicon.Rank && r.Last == c.First-1 {
			return false
		}
	}
	if lastQuant < 0 {
		return true
	}
	if prev.Text == "," || prev.Text == "còn" || prev.Text == "khi" && c.First >= 2 && s.word(c.First-2) == "trong" {
		return true // "…, tăng 11,3%, trong khi cả nước tăng 9,3%": a subject of its own
	}
	// after a figure, only "xuất khẩu cả nước", "GDP của cả nước …" opens a new subject
	for _, r := range s.cues {
		if r.Cat == lexicon.Indicator && (r.Last == c.First-1 || r.Last == c.First-2 && prev.Text == "của") {
			// but the whole a share is of ends with its phrase: "chiếm 13,38%
			// tổng vốn đăng ký trên cả nước, tăng 189%" goes on about the
			// province, while "chiếm 32% tổng vốn FDI của cả nước trong quý
			// (10,13 tỷ USD)" gives the country's total in its aside
			return r.First != lastQuant || c.Last+1 >= len(s.toks) || s.word(c.Last+1) != ","
		}
	}
	return false
}

// ownerAfter is the region a figure names right after it: "mức tăng 9,7%
// của cả nước", "1,58 tỷ USD của Nghệ An".
func (s *sentence) ownerAfter(after int) (region, bool) {
	if after >= len(s.toks) || s.word(after) != "của" {
		return region{}, false
	}
	return s.regionAt(after + 1)
}

// regionAt is the place or "cả nước" that starts at token t.
func (s *sentence) regionAt(t int) (region, bool) {
	if t >= len(s.toks) {
		return region{}, false
	}
	start := s.toks[t].Start
	for _, m := range s.local {
		if m.Start == start {
			return region{m.Name, m.Region2025}, true
		}
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Nation && c.Start == start {
			return region{name: Nation}, true
		}
	}
	return region{}, false
}

// respectively reads the list that "lần lượt" at token k distributes over:
// the places (or failing them, the indicators) named since the last number
// before it. "Hà Nội, TP.HCM và Hải Phòng … lần lượt đạt 1,85 tỷ USD, 1,62
// tỷ USD và 1,37 tỷ USD" gives each city its figure.
func (s *sentence) respectively(k, lastQuant int, inForce string) []respItem {
	from := 0
	if lastQuant > 0 {
		from = lastQuant
	}
	for t := k - 1; t >= from; t-- {
		if s.word(t) == ";" {
			from = t + 1
			break
		}
	}
	lo, hi := s.toks[from].Start, s.toks[k].Start
	if places := s.placesWithin(lo, hi); len(places) >= 2 {
		return places
	}
	if after := s.placesBeforeFigure(k); len(after) >= 2 && s.figuresAfter(k) >= len(after) {
		// "Xếp vị trí thứ 4 và 5 lần lượt là Phú Thọ và Đồng Nai, với kim ngạch
		// xuất khẩu đạt 29,68 tỷ USD và 28,75 tỷ USD": the places after it
		return after
	}
	// the measures named before it ("xuất khẩu và nhập khẩu lần lượt đạt …"),
	// else the parts ("ngành dịch vụ và nông nghiệp lần lượt tăng …")
	if inds := s.namedBetween(lexicon.Indicator, lo, hi); len(inds) >= 2 {
		items := make([]respItem, len(inds))
		for i, v := range inds {
			items[i].indicator = v
		}
		return items
	}
	if parts := s.namedBetween(lexicon.Sector, lo, hi); len(parts) >= 2 {
		items := make([]respItem, len(parts))
		for i, v := range parts {
			items[i].sector = v
		}
		return items
	}
	if inds := s.respClauses(k); inds != nil {
		return inds
	}
	if s.word(k) == "tương" {
		if s.figuresAfter(k) < 2 {
			return nil // "tăng 23,1%, tương ứng tăng 28,55 tỷ USD": the same rise in dollars, no list
		}
		return s.respBases(k)
	}
	return s.respPeriods(from, k, inForce)
}

// placesBeforeFigure is the places named after token k and before the
// first figure after it, each once, in order.
func (s *sentence) placesBeforeFigure(k int) []respItem {
	lo, hi := s.toks[k].End, len(s.text)
	for _, q := range s.quants {
		if q.Start > lo {
			hi = q.Start
			break
		}
	}
	return s.placesWithin(lo, hi)
}

// placesWithin is the places named within bytes [lo, hi), each once, in order.
func (s *sentence) placesWithin(lo, hi int) []respItem {
	var out []respItem
	seen := map[string]bool{}
	for _, m := range s.local {
		if m.Start >= lo && m.End <= hi && !seen[m.Name] {
			seen[m.Name] = true
			out = append(out, respItem{region: region{m.Name, m.Region2025}})
		}
	}
	return out
}

// namedBetween is the values of the cues of category cat within bytes
// [lo, hi), each once, in order.
func (s *sentence) namedBetween(cat lexicon.Category, lo, hi int) []string {
	var out []string
	for _, c := range s.cues {
		if c.Cat == cat && c.Start >= lo && c.End <= hi && !slices.Contains(out, c.Value) {
			out = append(out, c.Value)
		}
	}
	return out
}

// figuresAfter counts the figures after token k up to the end of its clause.
func (s *sentence) figuresAfter(k int) int {
	n := 0
	for _, q := range s.quants {
		t := s.tokenAt(q.Start)
		if t <= k {
			continue
		}
		if s.wordBetween(s.toks[k].End, q.Start, ";") {
			break
		}
		n++
	}
	return n
}

// respClauses reads the measures of the clauses before "lần lượt" at token
// k, each named with a figure of its own, when as many figures follow it:
// "Kim ngạch xuất khẩu ước đạt 25,4 tỷ USD; nhập khẩu đạt 19,8 tỷ USD, lần
// lượt tăng 6,2% và 4,9%" gives exports +6,2% and imports +4,9% (it read
// both as imports).
func (s *sentence) respClauses(k int) []respItem {
	var inds []respItem
	figured := true // the measure before the current one had its figure
	for _, c := range s.cues {
		if c.Cat != lexicon.Indicator || c.Value == "" || c.Last >= k {
			continue
		}
		if !figured {
			return nil // "xuất khẩu và nhập khẩu … đạt": a list of measures, read above
		}
		if len(inds) > 0 && inds[len(inds)-1].indicator == c.Value {
			continue
		}
		inds = append(inds, respItem{indicator: c.Value})
		figured = false
		for _, q := range s.quants {
			if q.Start > c.End && q.End <= s.toks[k].Start && !bareYear(q) {
				next := len(s.toks)
				for _, d := range s.cues {
					if d.Cat == lexicon.Indicator && d.Value != "" && d.First > c.Last {
						next = d.First
						break
					}
				}
				figured = s.tokenAt(q.Start) < next
				break
			}
		}
	}
	if len(inds) < 2 || !figured {
		return nil
	}
	after := 0
	for _, q := range s.quants {
		if q.Start > s.toks[k].End && !s.wordBetween(s.toks[k].End, q.Start, ";") {
			after++
		}
	}
	if after != len(inds) {
		return nil
	}
	return inds
}

// respBases are the comparisons "tương ứng" at token k hands figures to: the
// bases of the clause before it, in order ("tăng 8% so với tháng trước và
// tăng 2,2% so với cùng kỳ; ngành chế biến, chế tạo tương ứng tăng 5,9% và
// 6,4%" → mom, yoy).
func (s *sentence) respBases(k int) []respItem {
	end := k // just after the ";" that ends the clause before
	for end > 0 && s.word(end-1) != ";" {
		end--
	}
	if end == 0 {
		return nil
	}
	start := end - 1
	for start > 0 && s.word(start-1) != ";" && s.word(start-1) != ":" {
		start--
	}
	var out []respItem
	for _, c := range s.cues {
		if c.Cat == lexicon.Basis && c.First >= start && c.Last < end && c.Value != "other" {
			out = append(out, respItem{basis: c.Value})
		}
	}
	return out
}

// quarterCounts name how many quarters a list runs over: "bốn quý".
var quarterCounts = map[string]int{"hai": 2, "ba": 3, "bốn": 4, "2": 2, "3": 3, "4": 4}

// respPeriods reads the periods "lần lượt" hands figures to: "tăng trưởng
// bốn quý lần lượt đạt …" (the quarters of the year in force), "trong hai năm
// 2022 và 2023 … lần lượt đạt …" (each year named).
func (s *sentence) respPeriods(from, k int, inForce string) []respItem {
	var out []respItem
	for t := from; t+1 < k; t++ {
		if n, ok := quarterCounts[s.word(t)]; ok && s.word(t+1) == "quý" && len(inForce) >= 4 {
			for q := 1; q <= n; q++ {
				out = append(out, respItem{period: inForce[:4] + "-Q" + strconv.Itoa(q)})
			}
			return out
		}
	}
	// "tốc độ tăng GDP các năm giai đoạn 2011-2022 lần lượt là: 6,41%; 5,50%; …":
	// each year of the span in turn
	for t := from; t+2 < k; t++ {
		y1, e1 := strconv.Atoi(s.toks[t].Text)
		y2, e2 := strconv.Atoi(s.toks[t+2].Text)
		if e1 == nil && e2 == nil && (s.word(t+1) == "-" || s.word(t+1) == "–") && y1 >= 1990 && y2 > y1 && y2 <= 2100 && y2-y1 <= 40 {
			for y := y1; y <= y2; y++ {
				out = append(out, respItem{period: strconv.Itoa(y)})
			}
			return out
		}
	}
	for t := from; t < k; t++ {
		tk := s.toks[t]
		if tk.Kind == segment.Digit && len(tk.Text) == 4 && (tk.Text[:2] == "19" || tk.Text[:2] == "20") &&
			t > 0 && (s.word(t-1) == "năm" || s.word(t-1) == "và" || s.word(t-1) == ",") {
			out = append(out, respItem{period: tk.Text})
		}
	}
	if len(out) >= 2 {
		return out
	}
	return nil
}

// respClass groups the figures "lần lượt" hands out: amounts and rates are
// handed out separately ("lần lượt đạt 119.800 tỷ đồng và 194.600 tỷ đồng,
// tăng lần lượt 8,6% và 11,3%").
func respClass(q number.Quantity) number.Kind {
	if q.Kind == number.Plain && q.Scaled {
		return number.Money
	}
	return q.Kind
}

// placeJustBefore: a place ends right before token t, or before "(" at t-1
// — a list item "Bắc Ninh 46,9 tỷ USD", "Bắc Giang (12,9%)".
func (s *sentence) placeJustBefore(t int) bool {
	if t > 0 && (s.word(t-1) == "(" || s.word(t-1) == "với" || s.word(t-1) == ":") {
		t-- // "Bắc Giang (12,9%)", "Hải Phòng với 11,81%", "Hải Phòng: 10,1%"
	}
	if t == 0 {
		return false
	}
	end := s.toks[t-1].End
	for _, m := range s.local {
		if m.End == end {
			return true
		}
	}
	return false
}

// gapToPlace: the figure at token t is how far the subject stands from
// another place: "TPHCM … đạt 7,81 tỷ USD, thấp hơn Bắc Ninh khoảng 870 triệu
// USD" says nothing of TPHCM's change.
func (s *sentence) gapToPlace(t int) bool {
	for t > 0 && (s.word(t-1) == "khoảng" || s.word(t-1) == "gần" || s.word(t-1) == "hơn" || s.word(t-1) == "là") {
		t--
	}
	if t == 0 {
		return false
	}
	for _, m := range s.local {
		if m.End == s.toks[t-1].End {
			if k := s.tokenAt(m.Start); k > 0 && s.word(k-1) == "hơn" {
				return true
			}
		}
	}
	return false
}

// groupFigure: the figure at token t is the sum of places listed as one
// subject before it: "TPHCM, Bắc Ninh, Hải Phòng, Đồng Nai và Phú Thọ là 5
// địa phương có kim ngạch xuất khẩu cao nhất cả nước, đạt 165,66 tỷ USD" is
// the five's total, not Phú Thọ's.
func (s *sentence) groupFigure(t int) bool {
	for k, m := range s.local {
		at, from := s.tokenAt(m.End), s.tokenAt(m.Start)
		if k == 0 || from == 0 || at >= t || s.word(from-1) != "và" && s.word(from-1) != "," {
			continue // the last of a list of places
		}
		if s.countedBefore(s.tokenAt(s.local[k-1].Start)) && s.word(from-1) == "và" {
			// "3 tỉnh Cà Mau, Sóc Trăng và Bạc Liêu có giá trị xuất khẩu khoảng 3 tỷ
			// USD/năm": the list counted before it
			// (but "(số liệu gộp của hai tỉnh Ninh Thuận và Khánh Hòa), tổng sản
			// phẩm … đạt hơn 46.435 tỷ đồng": an aside that says whose data)
			if !s.respectiveBetween(at, t) && !s.placeBetween(k, t) && !s.parenBetween(at, t) {
				return true
			}
			continue
		}
		if at+2 >= t || s.word(at) != "là" || !s.countWord(at+1) {
			continue // or then "là N địa phương"
		}
		if c, ok := s.cueAfter(at+2, lexicon.CountNoun); ok && c.First == at+2 {
			// ("… là ba địa phương … lần lượt đạt 1,85 tỷ USD, 1,62 tỷ USD": each its
			// own; another place before the figure is its subject)
			return !s.respectiveBetween(at, t) && !s.placeBetween(k, t)
		}
	}
	return false
}

// countWord: token t is a number, in figures or words ("5", "ba").
func (s *sentence) countWord(t int) bool {
	return t < len(s.toks) && (s.toks[t].Kind == segment.Digit || slices.Contains([]string{"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}, s.word(t)))
}

// countedBefore: "N tỉnh", "ba địa phương" stands right before token t
// (where a list of places starts).
func (s *sentence) countedBefore(t int) bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.CountNoun && c.Last == t-1 {
			return c.First > 0 && s.countWord(c.First-1)
		}
	}
	return false
}

// respectiveBetween: "lần lượt" or "tương ứng" between tokens a and b hands
// the figures out one by one.
func (s *sentence) respectiveBetween(a, b int) bool {
	for j := a; j+1 < b; j++ {
		if s.word(j) == "lần" && s.word(j+1) == "lượt" || s.word(j) == "tương" && s.word(j+1) == "ứng" {
			return true
		}
	}
	return false
}

// parenBetween: a parenthesis opens or closes between tokens a and b.
func (s *sentence) parenBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if w := s.word(j); w == "(" || w == ")" {
			return true
		}
	}
	return false
}

// placeBetween: a place after the k-th one is named before token t.
func (s *sentence) placeBetween(k, t int) bool {
	for _, n := range s.local[k+1:] {
		if s.tokenAt(n.Start) < t {
			return true
		}
	}
	return false
}

// placesBetween lists the places named from token a to token b, leaving out
// a venue ("Tại Hà Nội, …").
func (s *sentence) placesBetween(a, b int) []string {
	var out []string
	for _, m := range s.local {
		t := s.tokenAt(m.Start)
		if t < a || t >= b || t > 0 && (s.word(t-1) == "tại" || s.word(t-1) == "ở") || s.spanEnd(t) {
			continue // not "các tỉnh từ Thanh Hóa đến Bình Thuận", where the ranked one sits
		}
		out = append(out, m.Name)
	}
	return out
}

// superlatives: "nhiều vốn FDI nhất", "cao nhất", "thấp nhất": an adjective
// and "nhất" a few words apart rank what they describe.
var superlatives = map[string]string{"cao": "highest", "nhiều": "highest", "lớn": "highest", "mạnh": "highest", "thấp": "lowest", "ít": "lowest", "nhỏ": "lowest", "sâu": "lowest"}

// splitRank finds "nhiều … nhất" with at most four words between: the rank
// cue the lexicon cannot list.
func (s *sentence) splitRank() (lexicon.Cue, bool) {
	for k, t := range s.toks {
		if t.Text != "nhất" {
			continue
		}
		for j := k - 2; j >= 0 && j >= k-5; j-- {
			if s.toks[j].Kind == segment.Punct {
				break
			}
			if o, ok := superlatives[s.word(j)]; ok {
				return lexicon.Cue{Start: s.toks[j].Start, End: t.End, First: j, Last: k, Cat: lexicon.Rank, Value: o}, true
			}
		}
	}
	return lexicon.Cue{}, false
}

// connectives join the parts of a coordination: "cấp mới, điều chỉnh và góp
// vốn, mua cổ phần".
var connectives = map[string]bool{",": true, "và": true, "đăng": true, "ký": true, "vốn": true, "giá": true, "trị": true}

// coordinated: the sector cue c is joined to another sector cue before or
// after it by connectives alone, or follows "gồm" ("tổng vốn … gồm vốn đăng
// ký cấp mới, …": a list of what the total is made of).
func (s *sentence) coordinated(c lexicon.Cue) bool {
	for t := c.First - 1; t >= 0 && t >= c.First-3; t-- {
		if _, verb := s.cueAfter(c.Last+1, lexicon.Verb); s.word(t) == "gồm" && s.word(t+1) != ":" && !verb {
			// not "gồm: hàng ăn và dịch vụ ăn uống giảm 0,13%; …" nor "gồm bưu chính,
			// viễn thông giảm 0,04%, …", a list of items with figures
			return true
		}
	}
	for _, o := range s.cues {
		if o.Cat != lexicon.Sector || o.First == c.First || o.Value == c.Value {
			continue // (one part named twice is still that part: "điều chỉnh vốn, có 628 lượt dự án đăng ký điều chỉnh")
		}
		a, b := o.Last+1, c.First // o before c
		if o.First > c.First {
			a, b = c.Last+1, o.First
		}
		if b < a || b-a > 3 {
			continue
		}
		joined := b > a
		for t := a; t < b; t++ {
			if !connectives[s.word(t)] {
				joined = false
				break
			}
		}
		if joined {
			return true
		}
	}
	return false
}

// valueJustBefore: only "và" or a comma separate token t from the number
// that ended at token last — "tăng 8,6% và 11,3%": the second value shares
// the first one's verb.
func (s *sentence) valueJustBefore(t, last int) bool {
	if last < 0 || t <= last {
		return false
	}
	// the value before may carry its own period: "với 9,06% trong quý II/2025 và
	// 8,3% trong 6 tháng", the second item takes the first's verb
	k := last
	if s.word(k) == "trong" || s.word(k) == "của" {
		k++
	}
	for _, m := range s.pers {
		if s.tokenAt(m.Start) == k && k > last {
			last = s.tokenAt(m.End)
			break
		}
	}
	// or its year in brackets, the range's other end after "đến": "từ 0,63%
	// (2015) đến 3,63% (2024)"
	if m := bracketYear.FindStringIndex(s.text[s.toks[min(last, len(s.toks)-1)].Start:]); m != nil && last < len(s.toks) {
		last = s.tokenAt(s.toks[last].Start + m[1])
		for last < t && (s.word(last) == ")" || s.word(last) == "ước" || s.word(last) == "tính") {
			last++
		}
		if s.word(last) == "đến" || s.word(last) == "tới" {
			last++
		}
	}
	if t-last > 2 {
		return false
	}
	for k := last; k < t; k++ {
		if w := s.word(k); w != "và" && w != "," {
			return false
		}
	}
	return true
}

// semicolonItem: only ";" separates token t from the number that ended at
// token last, an item of a "lần lượt" list: "lần lượt là: 6,41%; 5,50%; …".
func (s *sentence) semicolonItem(t, last int) bool {
	return last >= 0 && t == last+1 && s.word(last) == ";"
}

// skipAside moves past a parenthesis that starts at token t: "khu vực có vốn
// đầu tư nước ngoài (kể cả dầu thô) xuất siêu".
func (s *sentence) skipAside(t int) int {
	if t >= len(s.toks) || s.word(t) != "(" {
		return t
	}
	for k := t + 1; k < len(s.toks) && k < t+12; k++ {
		if s.word(k) == ")" {
			return k + 1
		}
	}
	return t
}

// insideCue: token t is inside a cue phrase ("chế biến, chế tạo").
func (s *sentence) insideCue(t int) bool {
	for _, c := range s.cues {
		if c.First < t && t < c.Last {
			return true
		}
	}
	return false
}

// caused: a "làm"/"tác động" before the figure's verb makes the figure what
// a part did to the total: "tác động làm CPI chung tăng 0,20 điểm phần trăm".
func (s *sentence) caused(off int) bool {
	t := s.tokenAt(off)
	for k := t - 1; k >= 0 && k >= t-6; k-- {
		switch s.word(k) {
		case "làm", "kéo", "đẩy":
			if k > 0 && (s.word(k-1) == "đầu" || s.word(k-1) == "sức") {
				continue // "giữ vai trò đầu kéo khi tăng 9,97%": the locomotive's own rise
			}
			return true
		case ",", ";", "(":
			return false
		}
	}
	return false
}

// movedGroup: the figure at off is what a part moved its group by, not the
// total: "nhóm lương thực tăng 0,08%, làm nhóm hàng ăn và dịch vụ ăn uống tăng
// 0,01 điểm phần trăm" (points of the food group, no one's contribution to
// the CPI).
func (s *sentence) movedGroup(off int) bool {
	t := s.tokenAt(off)
	for k := t - 1; k > 0 && k >= t-12; k-- {
		switch s.word(k) {
		case ",", ";", "(":
			return false
		}
		if c, ok := s.cueOver(k, lexicon.Sector); ok && c.First > 0 && (s.word(c.First-1) == "làm" || s.word(c.First-1) == "kéo") {
			return true
		}
	}
	return false
}

// causeBetween: a word of cause stands between tokens a and b, so what
// follows is another subject, the one moved: "Giá lương thực, thực phẩm tăng
// … là lý do chính khiến chỉ số giá tiêu dùng (CPI) tháng 8/2021 tăng 0,25%"
// is the whole CPI's rise, not food's. ("đẩy", like "làm", says what a part
// did to the whole: "nhóm hàng ăn … tăng 4,03%, qua đó đẩy CPI chung tăng
// thêm 1,35 điểm phần trăm".)
func (s *sentence) causeBetween(a, b int) bool {
	for t := max(a, 0); t < b && t < len(s.toks); t++ {
		if w := s.word(t); w == "khiến" || w == "do" && t+1 < b && s.word(t+1) == "đó" {
			return true
		}
	}
	return false
}

// movedPrice: the figure at off is a price a cause moved, "kéo giá rau
// tươi, khô và chế biến giảm 6,05%": a single item, not a group of the CPI.
func (s *sentence) movedPrice(off int) bool {
	t := s.tokenAt(off)
	for k := t - 1; k > 0 && k >= t-12; k-- {
		if s.toks[k].Kind == segment.Digit {
			return false
		}
		switch s.word(k) {
		case ";", "(":
			return false
		case "giá":
			if w := s.word(k - 1); (w == "kéo" || w == "đẩy" || w == "làm") && !s.cpiGroupAt(k+1) {
				return true
			}
		}
	}
	return false
}

// overPlace: what a multiple at token t compares with is another place, "gấp
// gần 2,5 lần bình quân chung cả nước": how the growth stands against the
// country's, no change of the measure over time.
func (s *sentence) overPlace(t int) bool {
	for k := t; k < len(s.toks) && k < t+5; k++ {
		if w := s.word(k); w == "," || w == ";" || w == "(" {
			return false
		}
		if _, ok := s.cueOver(k, lexicon.Nation); ok {
			return true
		}
		if _, ok := s.regionAt(k); ok {
			return true
		}
	}
	return false
}

// placeHeading: the sentence is a place's name and nothing else, a
// section's heading: "Quảng Ninh".
func (s *sentence) placeHeading() (region, bool) {
	if len(s.local) != 1 || len(s.quants) > 1 {
		return region{}, false
	}
	m := s.local[0]
	rest := strings.TrimSpace(s.text[m.End:])
	if len(s.quants) == 1 {
		// "Hà Nam: 10,39%": the section's place and its headline figure
		q := s.quants[0]
		if !strings.HasPrefix(rest, ":") || strings.TrimSpace(s.text[m.End+1:q.Start]) != "" || strings.TrimSpace(s.text[q.End:]) != "" {
			return region{}, false
		}
		rest = ""
	}
	if strings.TrimSpace(s.text[:m.Start]) != "" || strings.TrimRight(rest, ":") != "" {
		return region{}, false
	}
	return region{m.Name, m.Region2025}, true
}

// ofFDIProjects: "của (các) dự án FDI" or "… đầu tư nước ngoài" follows
// from token t: whose capital a bare "vốn thực hiện" is.
func (s *sentence) ofFDIProjects(t int) bool {
	if s.word(t) != "của" {
		return false
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.First > t && c.First <= t+4 && strings.HasPrefix(c.Value, "fdi") {
			return true
		}
	}
	return false
}

// unknownNamedAfterLa: figure q is said of what "là" names before it, and
// that is a measure the lexicon cannot name: "tăng cao nhất là ngành sản xuất
// thiết bị truyền thông với 255,31%" (a level-2 industry, no IIP figure).
func (s *sentence) unknownNamedAfterLa(q number.Quantity) bool {
	t := s.tokenAt(q.Start)
	for k := t - 1; k > 0 && k >= t-12; k-- {
		if _, verb := s.cueOver(k, lexicon.Verb); verb && s.word(k) != "là" {
			return false // "… là nhóm hàng chủ lực: thủy sản đạt 745 triệu USD": its own verb
		}
		switch s.word(k) {
		case ",", ";", "(", ":":
			return false
		case "là":
			j := k + 1
			if s.word(j) == "ngành" || s.word(j) == "nhóm" {
				j++
			}
			return s.headAt(j) && !slices.ContainsFunc(s.cues, func(c lexicon.Cue) bool { return c.First <= j && j <= c.Last })
		}
	}
	return false
}

// cueOver returns the cue of category cat that covers token t.
func (s *sentence) cueOver(t int, cat lexicon.Category) (lexicon.Cue, bool) {
	for _, c := range s.cues {
		if c.Cat == cat && c.First <= t && t <= c.Last {
			return c, true
		}
	}
	return lexicon.Cue{}, false
}

// compareObject: the place at off is what something is compared with, not
// the subject: "Bắc Ninh đã vượt TP.HCM để dẫn đầu", "cao hơn Hà Nội".
func (s *sentence) compareObject(off int) bool {
	t := s.tokenAt(off)
	if t == 0 {
		return false
	}
	switch s.word(t - 1) {
	case "vượt", "hơn", "sau", "trước", "với", "qua", "tay", "sát", "cạnh", "giáp": // "từ tay Thái Nguyên": whom it was taken from; "sát Hà Nội": a neighbour
		// "so với", and "sáp nhập với", "hợp nhất với": the city it merged with
		// ("Với TP.HCM, trong tháng 10, …" opening the sentence names its topic)
		return !(s.word(t-1) == "với" && (t < 2 || s.word(t-2) != "so" && s.word(t-2) != "nhập" && s.word(t-2) != "nhất"))
	case "nhập":
		return t >= 2 && s.word(t-2) == "sáp" // "Đà Nẵng sau khi sáp nhập Quảng Nam"
	case ",", "và":
		// the rest of a list of them: "Phú Thọ … vị trí thứ năm - chỉ sau TP Hồ
		// Chí Minh, Bắc Ninh, Hải Phòng và Đồng Nai - với kim ngạch xuất khẩu
		// 28,44 tỷ USD" is Phú Thọ's
		// 28,44 tỷ USD" is Phú Thọ's (but in "Sau Bắc Giang, Hòa Bình là …" the
		// comma ends the aside: a list goes on to its "và")
		for _, m := range s.local {
			if s.tokenAt(m.End) == t-1 && m.Start < off {
				return (s.word(t-1) == "và" || s.listGoesOnToAnd(off)) && s.compareObject(m.Start)
			}
		}
	}
	return false
}

// listGoesOnToAnd: the place at off is followed by more places, set apart by
// commas, the last after "và": "Bắc Ninh, Hải Phòng và Đồng Nai".
func (s *sentence) listGoesOnToAnd(off int) bool {
	for {
		end := -1
		for _, m := range s.local {
			if m.Start == off {
				end = s.tokenAt(m.End)
			}
		}
		if end < 0 || end+1 >= len(s.toks) {
			return false
		}
		sep := s.word(end)
		next := -1
		for _, m := range s.local {
			if s.tokenAt(m.Start) == end+1 {
				next = m.Start
			}
		}
		switch {
		case next < 0:
			return false
		case sep == "và":
			return true
		case sep != ",":
			return false
		}
		off = next
	}
}

// opensWith: the compared period m opens the sentence, "So với tháng
// 12/2024, CPI tháng 10 tăng 2,82%": it is the basis of the figures after it.
func (s *sentence) opensWith(m period.Mention) bool {
	t := s.tokenAt(m.Start)
	if t < 2 || s.word(t-2) != "so" {
		return false
	}
	// the sentence's or a clause's first words: "…; so với tháng 12/2022, CPI tháng 11 tăng 1,72%"
	if t <= 3 || s.toks[t-3].Text == ";" || s.toks[t-3].Text == ":" {
		return true
	}
	// or right after the sentence's own period: "Riêng tháng 9, so với tháng
	// 12-2024, CPI tăng 2,61%"
	return s.toks[t-3].Text == "," && s.onlyPeriodBefore(t-3)
}

// onlyPeriodBefore: the words before token k are a period and the words
// that open one ("Riêng tháng 9", "Trong tháng 9/2025") and nothing else.
func (s *sentence) onlyPeriodBefore(k int) bool {
	covered := 0
	for _, m := range s.pers {
		if m.Compared || m.Kind != period.Period || s.tokenAt(m.Start) > covered+2 || s.tokenAt(m.End) > k {
			continue
		}
		for j := covered; j < s.tokenAt(m.Start); j++ {
			switch s.word(j) {
			case "riêng", "trong", "tính", "đến", "hết", "chung":
			default:
				return false
			}
		}
		covered = s.tokenAt(m.End)
	}
	return covered == k && k > 0
}

// aboutCount: the words after a figure say it counts something else: "tăng
// 12,6% so với cùng kỳ năm trước về số dự án".
func (s *sentence) aboutCount(after int) bool {
	if after+2 < len(s.toks) && s.word(after) == "số" && (s.word(after+1) == "dự" && s.word(after+2) == "án" || s.word(after+1) == "lượt" || s.word(after+1) == "doanh") {
		return true // "chiếm 42% số dự án mới": a share of how many, not of how much
	}
	if after+1 < len(s.toks) && s.word(after) == "số" && countedNouns[s.word(after+1)] {
		return true // "có 50% số ngành có chỉ số tăng": a share of the branches, not a rise
	}
	if after+1 < len(s.toks) && (s.word(after) == "diện" && s.word(after+1) == "tích" || s.word(after) == "dân" && s.word(after+1) == "số" || s.word(after) == "sản" && s.word(after+1) == "lượng") {
		return true // "đạt 100% diện tích xuống giống": a share of an area, a population, a harvest
	}
	for t := after; t < len(s.toks) && t < after+10; t++ {
		switch s.word(t) {
		case ",", ";", "(", ")":
			return false
		case "về":
			if t+1 < len(s.toks) && (s.word(t+1) == "số" && s.word(t+2) != "vốn" && s.word(t+2) != "tiền" || s.word(t+1) == "lượng") {
				return true // (but "giảm 12,2% về số vốn": the capital)
			}
		}
	}
	return false
}

// countedNouns after "X% số" are things counted: "50% số ngành", "30% số xã".
var countedNouns = map[string]bool{"ngành": true, "địa": true, "tỉnh": true, "xã": true, "hộ": true, "lao": true, "nhóm": true, "mặt": true, "sản": true, "đơn": true, "huyện": true}

// countsChange: percentage k changes a count named just before it, with no
// measure between: "có 2.254 dự án đầu tư mới được cấp phép, tăng 66,3% so
// với cùng kỳ, với tổng vốn đăng ký đạt hơn 10,23 tỷ USD" (the 66,3% is how
// many projects, the capital comes after); "934 lượt dự án đăng ký điều chỉnh
// vốn đầu tư, tăng 21,5%"; "2.539 giao dịch góp vốn, mua cổ phần …, giảm 5,9%".
// Only under an amount of money: under a count, "đón 1.030.000 lượt, tăng
// 91,25%" is the measure's own change.
func (s *sentence) countsChange(k int, ind string) bool {
	if k == 0 || s.quants[k].Kind != number.Percent || !lexicon.IsMoney(ind) {
		return false
	}
	c := s.quants[k-1]
	if c.Kind != number.Plain || c.Scaled || c.Value != math.Trunc(c.Value) {
		return false
	}
	t := s.tokenAt(c.End)
	if t+1 >= len(s.toks) {
		return false
	}
	switch s.word(t) {
	case "lượt", "giao", "doanh":
	case "dự":
		if s.word(t+1) != "án" {
			return false
		}
	default:
		if !s.countSubject(s.tokenAt(c.Start)) {
			return false
		}
	}
	for _, cue := range s.cues {
		if cue.Cat == lexicon.Indicator && cue.Start >= c.End && cue.Start < s.quants[k].Start {
			return false // "12 dự án, với tổng vốn đăng ký tăng 15%": the capital's
		}
	}
	return true
}

// physicalRatio: percentage k follows a physical amount in its clause with
// only its verb between, and says how that amount did: "xuống giống … được
// 230.049 ha lúa, đạt 100,07%" is no growth of the indicator in force.
// Only under an indicator a physical amount cannot measure: "sản lượng điện
// thương phẩm … 258,8 triệu kWh, tăng 1,18%" is the electricity's own change,
// "gấp 8 lần cùng kỳ … và đạt 125% kế hoạch" a multiple, no amount.
func (s *sentence) physicalRatio(k int, ind string) bool {
	if k == 0 || s.quants[k].Kind != number.Percent || !lexicon.IsMoney(ind) && !slices.Contains([]string{"iip", "cpi", "gdp", "grdp"}, ind) {
		return false
	}
	// past the rates said of it first: "228.344 tấn, đạt 29,13% kế hoạch năm, tăng 7,90%"
	j := k - 1
	for j > 0 && s.quants[j].Kind == number.Percent && !s.wordBetween(s.quants[j].End, s.quants[k].Start, ";") {
		j--
	}
	p := s.quants[j]
	if p.Kind != number.Plain || p.Unit == "lần" || p.Unit == "" && !s.countedThing(p, s.tokenAt(p.End)) {
		return false // (a count named after it is a thing too: "28 triệu lượt khách, tăng 9,2%")
	}
	for t := s.tokenAt(p.End); t < s.tokenAt(s.quants[k].Start); t++ {
		if w := s.word(t); w == ";" || w == "(" {
			return false
		}
		if _, ok := s.cueOver(t, lexicon.Indicator); ok {
			return false // "1,7 triệu tấn, kim ngạch đạt …": a measure named between
		}
	}
	return true
}

// countSubject: the clause before token t is about a number of things, "số
// dự án mới được cấp giấy chứng nhận … là 3.478, tăng 28,2%": the count's
// subject said before it rather than its noun after it.
func (s *sentence) countSubject(t int) bool {
	for j := t - 1; j > 0; j-- {
		switch s.word(j) {
		case ";", ".":
			return false
		case "số":
			switch s.word(j + 1) {
			case "lượt", "lượng", "doanh":
				return true
			case "dự":
				return s.word(j+2) == "án"
			}
		}
	}
	return false
}

// countedChange: percentage k is the change of a count the clause names as
// its subject, with no money measure between: "Tính riêng trong tháng 9, số
// lượt đăng ký cấp mới tăng 40%" is how many registrations, not how much
// capital (but in "số dự án … với tổng vốn đăng ký tăng 15%" the capital's).
func (s *sentence) countedChange(k int, ind string) bool {
	q := s.quants[k]
	if q.Kind != number.Percent || !lexicon.IsMoney(ind) {
		return false
	}
	t := s.tokenAt(q.Start)
	for j := t - 1; j > 0; j-- {
		switch s.word(j) {
		case ";", ".", ",":
			return false
		case "số":
			if !(s.word(j+1) == "lượt" || s.word(j+1) == "dự" && s.word(j+2) == "án") {
				continue
			}
			if s.word(j-1) == "về" {
				return false // "tăng 119,0% về số dự án và tăng 252% về vốn": what the figure before counted
			}
			for _, c := range s.cues {
				if c.Cat == lexicon.Indicator && c.First > j && c.First < t {
					return false
				}
			}
			for _, p := range s.quants[:k] {
				if s.tokenAt(p.Start) > j {
					return false
				}
			}
			return true
		}
	}
	return false
}

// figureFrom is the token of the first figure at or after token k, or the
// sentence's end: where a clause's subject has to have been named.
func (s *sentence) figureFrom(k int) int {
	for _, q := range s.quants {
		if t := s.tokenAt(q.Start); t >= k {
			return t
		}
	}
	return len(s.toks)
}

// namesIndicator: the clause starting at token k names an indicator before
// its first number.
func (s *sentence) namesIndicator(k int) bool { return s.namesCue(k, lexicon.Indicator) }

// namesCue: the clause starting at token k holds a cue of category cat
// before its first number.
func (s *sentence) namesCue(k int, cat lexicon.Category) bool {
	end := s.figureFrom(k)
	for _, c := range s.cues {
		if c.Cat == cat && c.First >= k && c.First < end {
			return true
		}
	}
	return false
}

// onStructure: the sentence is about the economy's make-up, its parts'
// shares ("Cơ cấu GRDP …", "tỷ trọng khu vực dịch vụ …").
func (s *sentence) onStructure() bool {
	return strings.Contains(s.low, "cơ cấu") || strings.Contains(s.low, "tỷ trọng") || strings.Contains(s.low, "tỉ trọng")
}

// amountSince: a figure that is no percentage stands from token t to
// quantity k: "đạt 16 tỷ USD, chiếm 13,3%, tăng 21%".
func (s *sentence) amountSince(t, k int) bool {
	for j := 0; j < k; j++ {
		if q := s.quants[j]; s.tokenAt(q.Start) >= t && q.Kind != number.Percent && !bareYear(q) {
			return true
		}
	}
	return false
}

// signedAfterBasis: percentage q is printed with its sign ("+0,88%",
// "-1,2%") right after a comparison, bracketed or not: "so với tháng trước
// (+0,88%)".
func (s *sentence) signedAfterBasis(q number.Quantity) bool {
	signed := q.Value < 0 || q.Start > 0 && s.text[q.Start-1] == '+'
	if !signed {
		return false
	}
	t := s.tokenAt(q.Start)
	for j := t - 1; j >= 0 && j >= t-12; j-- {
		switch s.word(j) {
		case "(", "+", "-":
			continue
		case ";", ".", ",":
			return false
		case "với":
			// and something compared with between: not "so với +5,3%"
			return j > 0 && s.word(j-1) == "so" && j+1 < t && s.toks[j+1].Kind == segment.Word
		}
	}
	return false
}

// aboutCounts: the sentence opens by saying it counts projects, not money:
// "Về số dự án, …", "Nếu xét về số dự án, TPHCM dẫn đầu cả nước … (chiếm 37,8%)".
func (s *sentence) aboutCounts() bool {
	head := s.low
	for _, opener := range []string{"nếu ", "còn ", "xét ", "tính "} {
		head = strings.TrimPrefix(head, opener)
	}
	return strings.HasPrefix(head, "về số lượng") || strings.HasPrefix(head, "về số dự án") || strings.HasPrefix(head, "về số lượt")
}

// productAfter: the words at token t, right after a trade measure's name,
// name a good the lexicon has no part for ("xuất khẩu gỗ", "nhập khẩu
// than"); a good the lexicon knows is a part ("xuất khẩu gạo": rice).
func (s *sentence) productAfter(t int) bool {
	for _, c := range s.cues {
		if c.First == t && c.Cat == lexicon.Sector {
			return false
		}
	}
	for _, g := range goods {
		if s.wordsAt(t, g) {
			return true
		}
	}
	return false
}

// wordsAt: the tokens from t spell phrase (lower case, words apart).
func (s *sentence) wordsAt(t int, phrase []string) bool {
	for k, w := range phrase {
		if t+k >= len(s.toks) || s.word(t+k) != w {
			return false
		}
	}
	return true
}

// goods a trade report names one by one, as their names start.
var goods = func() [][]string {
	var out [][]string
	for _, g := range strings.Split("gỗ|tôm|cá tra|cá ngừ|mực|hạt điều|than|dầu thô|xăng dầu|thép|sắt thép|phân bón|xi măng|sữa|chè|hồ tiêu|sắn|cao su|rau quả|trái cây|sầu riêng|thanh long|máy móc|ô tô|xe máy|điện thoại|linh kiện|quặng|muối|bông|sợi|vải|hóa chất|nhựa|giấy|cà phê|nông sản|hàng dệt may|dệt may|giày dép|thủy sản", "|") {
		out = append(out, strings.Fields(g))
	}
	return out
}()

// worldMeasure: the clause from token a to the figure at token b measures
// the world's economy, not a country's: "tăng trưởng kinh tế toàn cầu",
// "kinh tế thế giới".
func (s *sentence) worldMeasure(a, b int) bool {
	for j := b - 1; j > a && j >= 0; j-- {
		if w := s.word(j); w == "," || w == ";" {
			a = j + 1 // the figure's own stretch: not "Trong bối cảnh kinh tế thế giới …, năm 2023 tốc độ tăng trưởng … đạt 13,45%"
			break
		}
	}
	if a < 0 || a >= len(s.toks) || b > len(s.toks) || a >= b {
		return false
	}
	stretch := s.low[s.toks[a].Start:s.toks[b-1].End]
	for _, w := range []string{"kinh tế toàn cầu", "kinh tế thế giới", "tăng trưởng toàn cầu", "lạm phát toàn cầu", "gdp toàn cầu", "gdp thế giới"} {
		if strings.Contains(stretch, w) {
			return true
		}
	}
	return false
}

// figureBetween: a figure (not a bare year, not a count of places: "có 6
// địa phương") stands from token a to token b.
func (s *sentence) figureBetween(a, b int) bool {
	for _, q := range s.quants {
		if t := s.tokenAt(q.Start); t >= a && t < b && !bareYear(q) && !s.countsPlaces(q) {
			return true
		}
	}
	return false
}

// partsOpened: a list of parts opens after the sentence's first figure and
// by token k ("tăng 12%, trong đó: Ngành điện …", "… gồm: …"), or the
// sentence is one ("Trong đó, thực phẩm tăng 1,33%, …; lương thực …").
func (s *sentence) partsOpened(k int) bool {
	fig := strings.HasPrefix(s.low, "trong đó") // "Trong đó, thực phẩm tăng 1,33%, …; lương thực tăng 0,30%"
	for j := 0; j <= k && j < len(s.toks); j++ {
		switch {
		case s.toks[j].Kind == segment.Digit:
			fig = true
		case fig && (s.word(j) == ":" || s.word(j) == "gồm" || s.word(j) == "đó" && j > 0 && s.word(j-1) == "trong"):
			return true
		}
	}
	return false
}

// namesPart: the clause from token k names a part the lexicon knows before
// its first figure ("Ngành công nghiệp khai khoáng ước giảm 12,4%").
func (s *sentence) namesPart(k int) bool { return s.namesCue(k, lexicon.Sector) }

// namesSubject: the clause from token k names what it is about — a part,
// a measure, a place or a subject no cue knows — before its first figure.
// "…, với mức tăng 32,26% trong tháng 10/2024; lũy kế năm 2024 tăng 11,8%"
// names nothing: the industry before the ";" goes on.
func (s *sentence) namesSubject(k int) bool {
	end := s.figureFrom(k)
	for _, c := range s.cues {
		if c.First >= k && c.First < end && (c.Cat == lexicon.Indicator || c.Cat == lexicon.Sector || c.Cat == lexicon.Nation) {
			return true
		}
	}
	for _, m := range s.local {
		if t := s.tokenAt(m.Start); t >= k && t < end {
			return true
		}
	}
	return s.unknownSubject(k)
}

// objectMarks before an indicator make it the object of what a part did:
// "tác động làm CPI chung tăng 0,15 điểm", "đóng góp vào tăng trưởng GDP".
var objectMarks = map[string]bool{"làm": true, "kéo": true, "vào": true}

// looseEconomy: a bare "kinh tế" names GDP only as a subject followed by a
// place, a period or a verb ("Kinh tế TP.HCM quý 3 tăng 8,11%"), not in
// "tiếp tục phát triển kinh tế" or "kinh tế thành phố đang tốt dần lên".
func (s *sentence) looseEconomy(c lexicon.Cue) bool {
	if c.Last != c.First+1 || s.word(c.First) != "kinh" {
		return false
	}
	next := c.Last + 1
	if _, ok := s.regionAt(next); ok {
		return false
	}
	for _, m := range s.pers {
		if next < len(s.toks) && m.Start == s.toks[next].Start {
			return false
		}
	}
	for _, v := range s.cues {
		if v.First == next && (v.Cat == lexicon.Verb || v.Cat == lexicon.Estimate || v.Cat == lexicon.Nation) {
			return false // "Kinh tế Việt Nam trong quý 3 … tăng trưởng tới 13,67%": the country's economy
		}
	}
	return true
}

// countWords after a number say what it counts: "1 triệu lượt khách", "5.320
// chiếc", "12 nghìn lao động", "3,6 triệu dân" are no money, whatever the
// indicator.
var countWords = map[string]string{"lượt": "", "khách": "", "người": "", "dự": "án", "doanh": "nghiệp", "tấn": "", "chiếc": "",
	"con": "", "căn": "", "lao": "động", "việc": "làm", "hộ": "", "ha": "", "hécta": "", "cái": "", "m": "", "kwh": "", "giao": "dịch",
	"dn":  "",                 // "24,4 nghìn DN": firms, in short
	"dân": "", "nhân": "khẩu", // "có trên 3,6 triệu dân": people
	"hecta": "", "héc": "", "hec": ""} // "749,8 nghìn hecta diện tích nuôi tôm": land

func (s *sentence) countedThing(q number.Quantity, after int) bool {
	if q.Kind != number.Plain || after >= len(s.toks) {
		return false
	}
	next, ok := countWords[s.word(after)]
	if s.word(after) == "con" && after+1 < len(s.toks) && s.word(after+1) == "số" {
		return false // "tăng trưởng 2 con số": double digits, not two things
	}
	return ok && (next == "" || after+1 < len(s.toks) && s.word(after+1) == next)
}

// inRange: quantity k is one end of a range, "10 - 10,5%", "55–56%", "từ
// 10,02% đến 10,65%": no single figure the contract can hold.
func (s *sentence) inRange(k int) bool {
	dash := func(a, b int) bool {
		between := strings.TrimSpace(s.text[a:b])
		return between == "-" || between == "–" || between == "—" || between == "đến" || between == "tới"
	}
	q := s.quants[k]
	if k+1 < len(s.quants) && dash(q.End, s.quants[k+1].Start) {
		return !strings.HasPrefix(strings.TrimSpace(s.text[q.End:s.quants[k+1].Start]), "đến") || s.fromBefore(q.Start)
	}
	if k > 0 && dash(s.quants[k-1].End, q.Start) {
		return !strings.HasPrefix(strings.TrimSpace(s.text[s.quants[k-1].End:q.Start]), "đến") || s.fromBefore(s.quants[k-1].Start)
	}
	return false
}

// fromBefore: "từ" right before the byte offset off ("từ 10,02% đến 10,65%").
func (s *sentence) fromBefore(off int) bool {
	t := s.tokenAt(off)
	return t > 0 && s.word(t-1) == "từ"
}

// earlierFigure: "của quý trước", "của tháng trước", "của năm trước" right
// after a figure: the earlier period's figure quoted as a yardstick.
func (s *sentence) earlierFigure(after int) bool {
	if after+2 >= len(s.toks) || s.word(after) != "của" {
		return false
	}
	switch s.word(after + 1) {
	case "quý", "tháng", "năm", "kỳ":
		return s.word(after+2) == "trước" || s.word(after+2) == "ngoái"
	}
	return false
}

// shareNoun is the verb value of "tỷ trọng" as a subject: a level after it is a share.
const shareNoun = "share_noun"

// refold maps the diacritic-free form of every word the scope rules look
// for back to the word, so the rules read a text typed without diacritics
// ("nhom hang an va dich vu an uong tang 0,53%") as they read the same
// text with them.
var refold = map[string]string{}

func init() {
	var ws []string
	for w := range fillers {
		ws = append(ws, w)
	}
	for _, h := range unknownHeads {
		ws = append(ws, h...)
	}
	for w := range compareWords {
		ws = append(ws, w)
	}
	for w := range objectMarks {
		ws = append(ws, w)
	}
	for w, next := range countWords {
		ws = append(ws, w, next)
	}
	for w := range connectives {
		ws = append(ws, w)
	}
	ws = append(ws, strings.Fields("trong khi đó còn riêng do nhờ chủ yếu vùng sau là của quý tháng năm kỳ trước ngoái về số lượng gồm từ đến tới lần lượt với vượt hơn qua như")...)
	sort.Strings(ws) // the same winner every run where two words fold alike
	for _, w := range ws {
		if f := normalize.FoldWord(w); f != w {
			if _, ok := refold[f]; !ok {
				refold[f] = w
			}
		}
	}
}

// word is token t as the scope rules read it: as printed, or, in a text
// typed without diacritics, the listed word it stands for; "" past either
// end of the sentence, so a rule may look a word ahead or back unguarded.
func (s *sentence) word(t int) string {
	if t < 0 || t >= len(s.toks) {
		return ""
	}
	w := s.toks[t].Text
	if s.folded {
		if r, ok := refold[w]; ok {
			return r
		}
	}
	return w
}

// economySector: a sector of GDP by kind of activity.
func economySector(sector string) bool {
	switch sector {
	case "agriculture_forestry_fishery", "industry_construction", "services", "product_taxes_less_subsidies":
		return true
	}
	return false
}

// planNoun: a target phrase that, right after a percentage, is what the
// percentage is of: "đạt 48% mục tiêu", "47,3% kế hoạch vốn".
func planNoun(phrase string) bool {
	for _, p := range []string{"mục tiêu", "chỉ tiêu", "kế hoạch", "dự toán", "kịch bản", "muc tieu", "chi tieu", "ke hoach", "du toan", "kich ban"} {
		if strings.HasPrefix(phrase, p) || strings.HasSuffix(phrase, p) {
			return true
		}
	}
	return false
}

// bareYear: a plain number that reads as a year ("trong hai năm 2022 và 2023").
func bareYear(q number.Quantity) bool {
	return q.Kind == number.Plain && !q.Scaled && q.Unit == "" && q.Value >= 1990 && q.Value <= 2100 && q.Value == float64(int(q.Value))
}

// countsPlaces: the number counts places and is no figure of the subject:
// "Trong nhóm 8 địa phương này, Bình Dương có mức tăng thấp nhất".
func (s *sentence) countsPlaces(q number.Quantity) bool {
	t := s.tokenAt(q.End)
	return q.Kind == number.Plain && !q.Scaled && t < len(s.toks) && placeNoun[s.word(t)]
}

// placeNoun: words that count places: "8 địa phương", "5 tỉnh".
var placeNoun = map[string]bool{"địa": true, "tỉnh": true, "thành": true, "nước": true, "quốc": true, "dia": true, "tinh": true}

// weakHead: "nhóm" and "ngành" head a measure of their own only when no
// part or indicator follows them at once: "nhóm ngành công nghiệp khai
// khoáng ước đạt 173 tỷ đồng" is the mining part, "nhóm lương thực tăng 1%"
// a CPI item.
func (s *sentence) weakHead(h []string, k int) bool {
	if len(h) != 1 || h[0] != "nhóm" && h[0] != "ngành" {
		return false
	}
	if h[0] == "nhóm" && k+2 < len(s.toks) && s.toks[k+1].Kind == segment.Digit && placeNoun[s.word(k+2)] {
		return true // "Trong nhóm 8 địa phương này, Bình Dương …": a group of places
	}
	if h[0] == "nhóm" && k+1 < len(s.toks) && (s.word(k+1) == "tăng" || s.word(k+1) == "giảm" || s.word(k+1) == "dẫn") {
		return true // "Trong nhóm tăng trên 10%, Quảng Ninh đứng đầu …": the places that grew, no goods
	}
	for _, c := range s.cues {
		if (c.Cat == lexicon.Sector || c.Cat == lexicon.Indicator) && c.First > k && c.First <= k+2 {
			return true
		}
	}
	return false
}

// subjectWords follow a place that is its sentence's subject: "TP.HCM đã
// vươn lên thành đầu tàu …", "Bắc Ninh là …", "Hải Phòng tiếp tục …".
var subjectWords = map[string]bool{"đã": true, "đang": true, "là": true, "vươn": true, "tiếp": true, "vẫn": true, "trở": true, "hiện": true,
	"đứng": true, "xếp": true, "theo": true, "dẫn": true, "có": true, "đạt": true, "tăng": true, "giảm": true, "ghi": true}

// subjectPlace is the place a sentence is about, named as its subject,
// whether or not it states a figure: "Khi sáp nhập thêm Bình Dương và Bà Rịa
// - Vũng Tàu, …, TP.HCM đã vươn lên thành đầu tàu …" is about TP.HCM, which
// the next sentence's "khu vực mới này" means.
func (s *sentence) subjectPlace() (region, bool) {
	for _, m := range s.local {
		t := s.tokenAt(m.End)
		if t < len(s.toks) && subjectWords[s.word(t)] && !s.compareObject(m.Start) {
			return region{m.Name, m.Region2025}, true
		}
	}
	return region{}, false
}

func firstRegion(rs ...region) region {
	for _, r := range rs {
		if r.name2025 != "" {
			return r
		}
	}
	return region{}
}

// topicPlace is the place a sentence opens on as its topic: "Đối với tỉnh
// Thái Bình, …", "Về phía Hưng Yên, …", "Riêng đối với TP.HCM, …".
func (s *sentence) topicPlace() (region, bool) {
	k := 0
	if s.word(0) == "riêng" {
		k = 1
	}
	if !(s.word(k) == "đối" && s.word(k+1) == "với" || s.word(k) == "về" && s.word(k+1) == "phía") {
		return region{}, false
	}
	for _, m := range s.local {
		t := s.tokenAt(m.Start)
		if t > k+4 {
			break
		}
		if e := s.tokenAt(m.End); e < len(s.toks) && s.word(e) == "," {
			return region{m.Name, m.Region2025}, true
		}
	}
	return region{}, false
}

// measuresPart: the last part named before token k is named as the
// indicator's own, right after it: "chỉ số sản xuất của ngành công nghiệp
// chế biến, chế tạo", not "chỉ số IIP đạt mức tăng cao do ngành sản xuất và
// phân phối điện".
func (s *sentence) measuresPart(k int) bool {
	part := -1
	for i, c := range s.cues {
		if c.Cat == lexicon.Sector && c.First < k {
			part = i
		}
	}
	if part < 0 {
		return false
	}
	first := s.cues[part].First
	for _, c := range s.cues[:part] {
		if c.Cat != lexicon.Indicator || c.Last >= first {
			continue
		}
		between := true
		for t := c.Last + 1; t < first; t++ {
			if w := s.word(t); w != "của" && w != "ngành" && w != "toàn" {
				between = false
			}
		}
		if between && first-c.Last <= 3 {
			return true
		}
	}
	return false
}

// bracketsLast: quantity k opens the bracket right after the last figure
// (lastQuant is the token after that figure): "hơn 815 triệu USD (815,24 …".
func (s *sentence) bracketsLast(k, lastQuant int) bool {
	return lastQuant >= 0 && lastQuant < len(s.toks) && s.toks[lastQuant].Text == "(" && s.tokenAt(s.quants[k].Start) == lastQuant+1
}

// converts: f is last's amount in the other currency.
func converts(last, f Fact) bool {
	return last.Indicator == f.Indicator && last.Kind == f.Kind && last.Unit != f.Unit && (last.Unit == "VND" || last.Unit == "USD") && (f.Unit == "VND" || f.Unit == "USD")
}

// restates: f is last's measure again, within 2%.
func restates(last, f Fact) bool {
	if last.Indicator != f.Indicator || last.Kind != f.Kind || last.Unit != f.Unit || last.Region != f.Region || last.Sector != f.Sector || last.Value == 0 {
		return false
	}
	d := (f.Value - last.Value) / last.Value
	return d > -0.02 && d < 0.02
}

// yardstick: quantity k is what a figure is compared with, "cao hơn mức
// 5%", "thấp hơn mức tăng 7,28%", "so với mức 20,8%" (not "Lai Châu với mức
// tăng 64,3%", a place with its own rise).
func (s *sentence) yardstick(k int) bool {
	j := s.tokenAt(s.quants[k].Start) - 1
	if j >= 0 && (s.word(j) == "tăng" || s.word(j) == "giảm") {
		j--
	}
	return j >= 1 && s.word(j) == "mức" && (s.word(j-1) == "hơn" || j >= 2 && s.word(j-1) == "với" && s.word(j-2) == "so")
}

// doneBefore: "đã" (already) stands a few words before quantity k, in its
// clause: "đã giải ngân đạt 62%" reports what was done, not an aim.
func (s *sentence) doneBefore(k int) bool {
	t := s.tokenAt(s.quants[k].Start)
	for j := t - 1; j >= 0 && j >= t-5; j-- {
		switch s.word(j) {
		case "đã":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}
