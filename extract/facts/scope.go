package facts

import (
	"chiso/extract/lexicon"
	"chiso/extract/number"
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
	case "tăng trưởng", "tốc độ tăng", "tốc độ tăng trưởng", "mức tăng trưởng", "tang truong", "toc do tang", "toc do tang truong", "muc tang truong":
		return true
	}
	return false
}

// fillers open a clause without naming its subject.
var fillers = map[string]bool{
	"trong": true, "đó": true, "khi": true, "riêng": true, "còn": true, "các": true, "một": true, "số": true,
	"ngoài": true, "ra": true, "bên": true, "cạnh": true, "đáng": true, "chú": true, "ý": true, "cụ": true, "thể": true,
	"trong đó": true, ",": true, "những": true,
}

// unknownHeads begin a measure no indicator of the lexicon names; a clause
// whose subject starts with one is about that measure, and its figures are
// not the indicator in force. "Sản lượng xi măng ước đạt 1,21 triệu tấn, tăng
// 7,8%" after an IIP sentence is no IIP figure; nor is "sản xuất giường, tủ,
// bàn, ghế tăng 24,5%" (a level-2 industry), nor "giá vàng tăng 2%".
var unknownHeads = [][]string{
	{"sản", "lượng"}, {"sản", "xuất"}, {"giá"}, {"lượng"}, {"mặt", "hàng"}, {"nhóm"}, {"dư", "nợ"}, {"lợi", "nhuận"},
	{"doanh", "thu"}, {"số", "lượng"}, {"khách"}, {"thu", "nhập"}, {"năng", "suất"}, {"diện", "tích"}, {"chỉ", "số", "giá"},
	{"ngành"}, {"vốn"}, {"chế", "biến"}, {"khai", "thác"}, {"hàng"}, {"lao", "động"}, {"doanh", "nghiệp"}, {"dự", "án"}, {"tổng", "số"},
}

// unknownSubject reports whether the clause starting at token k is about a
// measure the lexicon cannot name.
func (s *sentence) unknownSubject(k int) bool {
	for k < len(s.toks) && fillers[s.toks[k].Text] {
		k++
	}
	head := 0
	for _, h := range unknownHeads {
		if k+len(h) > len(s.toks) {
			continue
		}
		ok := true
		for i, w := range h {
			if s.toks[k+i].Text != w {
				ok = false
				break
			}
		}
		if ok {
			head = len(h)
			break
		}
	}
	if head == 0 {
		return false
	}
	// the subject runs to its verb or its first number; any cue in it that
	// names an indicator, a part or a place makes it known
	end := len(s.toks)
	for _, c := range s.cues {
		if c.First >= k && (c.Cat == lexicon.Verb || c.Cat == lexicon.Estimate) {
			end = c.First
			break
		}
	}
	for _, q := range s.quants {
		if t := s.tokenAt(q.Start); t >= k && t < end {
			end = t
			break
		}
	}
	for _, c := range s.cues {
		if c.First >= k && c.First < end {
			switch c.Cat {
			case lexicon.Indicator, lexicon.Sector, lexicon.Nation:
				return false
			}
		}
	}
	for _, m := range s.local {
		if t := s.tokenAt(m.Start); t >= k && t < end {
			return false
		}
	}
	return true
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
		if c.Cat == lexicon.Nation && c.End == end {
			return region{name: Nation}, true
		}
	}
	return region{}, false
}

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
	if prev.Text == "trong" && c.First >= 2 && (compareWords[s.toks[c.First-2].Text] || s.toks[c.First-2].Kind == segment.Digit) {
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
	if prev.Text == "," {
		return true
	}
	// after a figure, only "xuất khẩu cả nước", "GDP của cả nước …" opens a new subject
	for _, r := range s.cues {
		if r.Cat == lexicon.Indicator && (r.Last == c.First-1 || r.Last == c.First-2 && prev.Text == "của") {
			return true
		}
	}
	return false
}

// ownerAfter is the region a figure names right after it: "mức tăng 9,7%
// của cả nước", "1,58 tỷ USD của Nghệ An".
func (s *sentence) ownerAfter(after int) (region, bool) {
	if after >= len(s.toks) || s.toks[after].Text != "của" {
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
func (s *sentence) respectively(k, lastQuant int) []respItem {
	from := 0
	if lastQuant > 0 {
		from = lastQuant
	}
	for t := k - 1; t >= from; t-- {
		if s.toks[t].Text == ";" {
			from = t + 1
			break
		}
	}
	lo, hi := s.toks[from].Start, s.toks[k].Start
	var places []respItem
	seen := map[string]bool{}
	for _, m := range s.local {
		if m.Start >= lo && m.End <= hi && !seen[m.Name] {
			seen[m.Name] = true
			places = append(places, respItem{region: region{m.Name, m.Region2025}})
		}
	}
	if len(places) >= 2 {
		return places
	}
	var inds []respItem
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Start >= lo && c.End <= hi {
			inds = append(inds, respItem{indicator: c.Value})
		}
	}
	if len(inds) >= 2 {
		return inds
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
	if t > 0 && s.toks[t-1].Text == "(" {
		t--
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

// placesBetween lists the places named from token a to token b, leaving out
// a venue ("Tại Hà Nội, …").
func (s *sentence) placesBetween(a, b int) []string {
	var out []string
	for _, m := range s.local {
		t := s.tokenAt(m.Start)
		if t < a || t >= b || t > 0 && (s.toks[t-1].Text == "tại" || s.toks[t-1].Text == "ở") {
			continue
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
			if o, ok := superlatives[s.toks[j].Text]; ok {
				return lexicon.Cue{Start: s.toks[j].Start, End: t.End, First: j, Last: k, Cat: lexicon.Rank, Value: o}, true
			}
		}
	}
	return lexicon.Cue{}, false
}

// connectives join the parts of a coordination: "cấp mới, điều chỉnh và góp
// vốn, mua cổ phần".
var connectives = map[string]bool{",": true, "và": true, "đăng": true, "ký": true, "vốn": true, "cùng": true, "với": true}

// coordinated: the sector cue c is joined to another sector cue before or
// after it by connectives alone.
func (s *sentence) coordinated(c lexicon.Cue) bool {
	for _, o := range s.cues {
		if o.Cat != lexicon.Sector || o.First == c.First {
			continue
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
			if !connectives[s.toks[t].Text] {
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
	if last < 0 || t <= last || t-last > 2 {
		return false
	}
	for k := last; k < t; k++ {
		if w := s.toks[k].Text; w != "và" && w != "," {
			return false
		}
	}
	return true
}

// skipAside moves past a parenthesis that starts at token t: "khu vực có vốn
// đầu tư nước ngoài (kể cả dầu thô) xuất siêu".
func (s *sentence) skipAside(t int) int {
	if t >= len(s.toks) || s.toks[t].Text != "(" {
		return t
	}
	for k := t + 1; k < len(s.toks) && k < t+12; k++ {
		if s.toks[k].Text == ")" {
			return k + 1
		}
	}
	return t
}
