package facts

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"chiso/extract/lexicon"
	"chiso/extract/number"
	"chiso/extract/period"
	"chiso/extract/place"
	"chiso/extract/segment"
)

// event is one thing the reader meets in a sentence, in text order.
type event struct {
	start, end int
	kind       eventKind
	idx        int
}

type eventKind uint8

const (
	evOpen eventKind = iota // "("
	evClose
	evClause // ";" — a new clause keeps the state but not a pending verb
	evRespectively
	evPeriod
	evGroup
	evPlace
	evCue
	evQuantity
)

// state is what is in force at a point of the sentence.
type state struct {
	indicator   string
	negative    bool // "nhập siêu": a trade deficit, reported as a negative balance
	sector      string
	region      region
	period      string
	basis       string  // the last basis named in this sentence
	spent       bool    // "giải ngân": FDI named in this sentence is disbursed, not registered
	denomPart   string  // the part a share is of: "chiếm 17,5% tổng vốn đăng ký cấp mới"
	rowScale    float64 // a table header's unit for the bare figures of its rows
	rowCurrency string
	basisLast   bool // a basis phrase is the last cue seen: a number now is what is compared with
	// rateBasis: the basis is "other" because a clause set its figure beside
	// another rate ("so với mức 16,8%"); basisBefore is the one it replaced,
	// the base again from the next clause on
	rateBasis     bool
	basisBefore   string
	estimate      bool
	target        bool
	sameTime      bool   // "cùng kỳ năm 2023": a historical figure, compared year on year
	ownPeriod     string // the sentence's own period, the one that carries on
	gdpNamed      bool   // "GDP" or "tổng sản phẩm trong nước" named in the sentence: the country's measure
	averaged      bool   // the sentence's own period is an average's: "Bình quân 11 tháng năm 2025, CPI tăng 3,29%"
	rankDir       bool   // a rank said which way: "tăng mạnh nhất", "giảm sâu nhất"
	grouped       bool   // a figure was dropped as a group of places' ("10 địa phương … đạt 8,66 tỷ USD")
	factPeriod    string // the period of the sentence's last own figure
	growth        bool   // "tăng trưởng GRDP … đạt 5,6%", "tốc độ tăng … đạt": a level verb states a change
	shareNoun     bool   // "tỷ trọng …": a level verb states a share
	listVerb      string // the verb of the last full value, for list items without one
	listRank      bool   // the line is an item of a ranking a line before it opened
	countAside    int    // the depth of an aside about a count ("… dự án (tăng 21,7%)"), or 0
	lastKind      string // the kind of the sentence's last figure outside an aside
	measurePeriod bool   // the sentence's own period is said after its measure ("GRDP 9 tháng")
	partMonth     bool   // the period in force is part of a month ("nửa đầu tháng 11")
	comparative   bool   // the verb in force compares: "cao hơn", "thấp hơn"
	examples      bool   // the superlative's places are examples: "tăng cao như Trà Vinh (40,5%), …"
	unknown       bool   // the clause is about something no indicator names ("Sản lượng xi măng …")
	unknownPart   bool   // … one item among the parts of a measure the sentence named and gave a figure for
	good          bool   // … the trade in one good the lexicon has no part for ("xuất khẩu gỗ")
	targetTok     int    // where the plan or target in force was named
	why           Why    // where each slot in force came from
	figWhy        *Why   // where the last figure's fields came from
	whyRegion     *Origin
	whyPeriod     *Origin
	resp          []respItem
	respN         map[number.Kind]int
	verb          string
	venue         int    // token index where a "tại"/"ở" cue ends, or -1
	planEnd       int    // byte offset where a plan word ends, or -1
	periodSaid    bool   // the sentence names a period of its own
	lastQuant     int    // token index just after the last number, or -1
	lostFigure    bool   // the last percent outside brackets gave no fact
	yardLast      bool   // the last figure was a yardstick: "cao hơn mức 5%"
	lastPlace     int    // token index just after the last place, or -1
	factRegion    region // where the last figure of the sentence is
	rank          string
	rankTok       int
	rankShut      bool     // a contrast clause followed the rank: "…, trong khi Ninh Bình lọt vào nhóm 6 …"
	respPlaces    []string // the places "lần lượt" handed figures to, in order
	baseSector    string   // the part the whole sentence is about, from the one before
	spanNoYear    string   // a span said without its year ("6 tháng đầu năm"), for the years listed after it
	targetCue     bool     // a target word ("mục tiêu", "phấn đấu") made the figures targets, to the sentence's end
	planTarget    bool     // only a plan word ("kế hoạch", "KH") did, to its clause's end
	rankPlaces    []string
	clauseTok     int // the token the current clause starts at
	sectorEnd     int // the token after the last sector cue, or -1
	rankInd       string
	depth         int
	saved         []saved
	anyFact       bool
}

type saved struct {
	period   string
	sameTime bool
	estimate bool
	region   region
	target   bool
	sector   string
	basis    string
	unknown  bool // (an aside's clause on something else ends with it: "(Trung ương giao: …; HĐND tỉnh giao 16.310 tỷ đồng), tăng 24,94%")
}

// respItem is one of the places or indicators that "lần lượt" distributes
// the figures after it over, in order.
type respItem struct {
	region    region
	indicator string
	sector    string
	period    string
	basis     string
}

// eventWords make a "tại"/"ở" place the venue of an event, not the subject
// of the figures: "hội nghị … diễn ra ngày 17/5 ở Hà Nội".
var eventWords = []string{"hội nghị", "diễn ra", "tổ chức", "hội thảo", "cuộc họp", "triển lãm", "buổi làm việc", "lễ "}

func (s *sentence) events() []event {
	evs := make([]event, 0, len(s.toks)/8+len(s.pers)+len(s.groups)+len(s.local)+len(s.cues)+len(s.quants))
	for k, t := range s.toks {
		switch t.Text {
		case "(":
			evs = append(evs, event{t.Start, t.End, evOpen, k})
		case ")":
			evs = append(evs, event{t.Start, t.End, evClose, k})
		case ";", ":":
			evs = append(evs, event{t.Start, t.End, evClause, k})

		case "lần", "lan":
			if k+1 < len(s.toks) && s.word(k+1) == "lượt" {
				evs = append(evs, event{t.Start, s.toks[k+1].End, evRespectively, k})
			}
		case "tương":
			// "ngành chế biến, chế tạo tương ứng tăng 5,9% và 6,4%": respectively,
			// over the comparisons of the clause before (not "(tương ứng giảm
			// 621 triệu USD)", the same change in money)
			if k+1 < len(s.toks) && s.word(k+1) == "ứng" && !(k > 0 && s.word(k-1) == "(") && len(s.respBases(k)) >= 2 {
				evs = append(evs, event{t.Start, s.toks[k+1].End, evRespectively, k})
			}
		default:
			if s.clauseOpens(k) {
				// at the comma, as ";" is: the clause's words start after the
				// event's token ("…, sản xuất và phân phối điện, khí đốt … tăng
				// 1,06%" was read from "xuất" on, its industry lost)
				c := s.toks[k-1]
				evs = append(evs, event{c.Start, c.End, evClause, k - 1})
			}
		}
	}
	for k, m := range s.pers {
		evs = append(evs, event{m.Start, m.End, evPeriod, k})
	}
	for k, g := range s.groups {
		evs = append(evs, event{g.start, g.end, evGroup, k})
	}
	for k, m := range s.local {
		evs = append(evs, event{m.Start, m.End, evPlace, k})
	}
	for k, c := range s.cues {
		if s.insideQuantity(c.Start, c.End) && !(c.Cat == lexicon.Sector && s.holdsItsQuantities(c)) || s.insidePlace(c.Start, c.End) {
			continue
		}
		evs = append(evs, event{c.Start, c.End, evCue, k})
	}
	for k, q := range s.quants {
		if s.insideSectorName(q.Start, q.End) {
			continue // "khu vực kinh tế 100% vốn trong nước": the part's name, no figure
		}
		evs = append(evs, event{q.Start, q.End, evQuantity, k})
	}
	slices.SortStableFunc(evs, func(a, b event) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return int(a.kind) - int(b.kind)
	})
	return evs
}

// holdsItsQuantities: every quantity cue c overlaps lies wholly inside it
// ("khu vực kinh tế 100% vốn trong nước"): a name with a figure in it.
func (s *sentence) holdsItsQuantities(c lexicon.Cue) bool {
	for _, q := range s.quants {
		if q.Start < c.End && q.End > c.Start && (q.Start < c.Start || q.End > c.End) {
			return false
		}
	}
	return true
}

// insideSectorName: bytes [start, end) lie within a part's name.
func (s *sentence) insideSectorName(start, end int) bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.Sector && c.Start <= start && end <= c.End {
			return true
		}
	}
	return false
}

// clauseOpens: token k opens a clause with a subject of its own, after a
// comma: "…, trong khi GDP cả nước tăng 6,42%", "…, còn nhập khẩu …",
// "…; riêng tháng 6 …", ", trong đó ngành chế biến …".
func (s *sentence) clauseOpens(k int) bool {
	if k == 0 || s.toks[k-1].Text != "," {
		return false
	}
	next := ""
	if k+1 < len(s.toks) {
		next = s.word(k + 1)
	}
	switch s.word(k) {
	case "trong":
		return next == "khi" || next == "đó"
	case "còn", "riêng", "do", "nhờ":
		return true
	case "chủ":
		return next == "yếu"
	}
	// "Tổng mức bán lẻ hàng hóa, doanh thu dịch vụ tăng 12,1%": the measure's
	// name goes on past its comma
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Last == k-2 && s.word(k) == "doanh" {
			return false
		}
	}
	// "như sản xuất trang phục giảm 32,94%, in và sao chép bản ghi giảm 30,55%":
	// each item of a list of industries is a clause of its own
	return s.headAt(k)
}

// insidePlace: a cue within a place's name is part of the name, "Sơn La"
// written without marks holds "la" ("là"), which is no verb there.
func (s *sentence) insidePlace(a, b int) bool {
	for _, m := range s.local {
		if a >= m.Start && b <= m.End {
			return true
		}
	}
	return false
}

func (s *sentence) insideQuantity(a, b int) bool {
	for _, q := range s.quants {
		if a < q.End && b > q.Start {
			return true
		}
	}
	return false
}

// build reads the sentence with the article's context and returns its facts
// and rankings; it updates the context for the sentences after it.
func (s *sentence) build(ctx *context, date string) ([]Fact, []Ranking) {
	if scale, _ := headerUnit(s.text); len(s.quants) == 0 && !s.has(lexicon.Rank) && scale == 0 {
		return nil, nil // nothing to state, nothing to rank (nor a table's header to read)
	}
	st := state{indicator: ctx.indicator, sector: "all", region: ctx.place, period: ctx.period, basis: ctx.basis, venue: -1, sectorEnd: -1, planEnd: -1, rankTok: -1, lastQuant: -1, lastPlace: -1}
	if ctx.opened != "" && strings.Contains(s.low, ctx.openedHead) {
		st.indicator = ctx.opened
		if s.explain {
			st.why.Indicator = &Origin{Text: ctx.openedHead, From: FromCarried}
		}
	}
	if ctx.partMonth && s.breakdown() {
		// "… trong nửa đầu tháng 11/2025, kim ngạch … đạt 38,35 tỷ USD. Trong đó,
		// XK đạt 19,25 tỷ USD": the parts of half a month, no period either
		st.period, st.partMonth = "", true
	}
	ctx.partMonth = false
	if ctx.measurePeriod && ctx.within != "" && s.namesOtherIndicator(ctx.indicator) {
		// "Chỉ số giá tiêu dùng tháng 8 nhích nhẹ 0,04%" in a passage on 8 months:
		// the next measure is the passage's again
		st.period = ctx.within
	} else if ctx.measurePeriod && ctx.docPeriod != "" && (endsLater(ctx.docPeriod, ctx.period) || ctx.period != ctx.docPeriod && (ctx.averaged && !ctx.averageOwn || len(ctx.period) == 7 && strings.Contains(ctx.docPeriod, ".."))) && s.namesOtherIndicator(ctx.indicator) {
		// (and "Chỉ số giá tiêu dùng tháng 8 nhích nhẹ 0,04%" in a report on 8 months)
		// "Tăng trưởng GRDP 9 tháng … 10,22%" in a report on 10 months, "Chỉ số
		// tiêu dùng bình quân quý II/2020 … tăng gần 3%" (an average's span) in one
		// on 6 months: the next sentence on another measure is back in the report's period
		// (but not when the passage was in that span already: "GDP quý I/2025 tăng
		// 5,9% … CPI bình quân quý I tăng 2,3%. Tổng kim ngạch xuất khẩu đạt 93 tỷ
		// USD" under "… năm 2025" is the quarter's)
		st.period = ctx.docPeriod
	}
	if ctx.leadSector != "" && !s.has(lexicon.Sector) && !s.has(lexicon.Indicator) {
		st.sector, st.baseSector = ctx.leadSector, ctx.leadSector // the part the sentence before named with its measure
	}
	// "Về số lượng dự án, TP.HCM cũng đứng đầu … số dự án mới (37,7%)": a sentence on counts
	st.unknown = s.unknownSubject(0) || s.aboutCounts()
	if ctx.good && !s.has(lexicon.Indicator) {
		// "… xuất khẩu gỗ của Việt Nam đạt 17,2 tỉ USD" / "Tại các thị trường chủ
		// lực, kim ngạch đều tăng …, Hoa Kỳ tiếp tục dẫn đầu với 9,4 tỉ USD": the
		// same good's trade, sold by market, until a measure is named again
		st.unknown, st.good = true, true
	}
	if r, ok := s.frontedSubject(); ok {
		// "Với GRDP tăng 5,8%, Hà Nội đứng vị trí thứ 3": the figure before the
		// comma is the place's after it
		st.region = r
	}
	if p := s.frontedPart(); p != "" {
		// "Với mức tăng 12,06%, công nghiệp và xây dựng giữ vai trò động lực
		// chính": the figure is the part's named after the comma
		st.sector, st.baseSector = p, p
	}
	if ctx.pendingVerb != "" && s.breakdown() {
		st.listVerb = ctx.pendingVerb
	}
	if in := ctx.intro; in != nil {
		if s.listItem() {
			st.indicator, st.period, st.listVerb, st.listRank = firstNonEmpty(in.indicator, st.indicator), firstNonEmpty(in.period, st.period), in.verb, in.rank
			st.rowScale, st.rowCurrency = in.scale, in.currency
		} else {
			ctx.intro = nil
		}
	}
	if s.explain {
		st.why = Why{Indicator: carried(ctx.why.Indicator, FromCarried), Region: ctx.why.Region, Period: ctx.why.Period, Basis: carried(ctx.why.Basis, FromCarried)}
		if st.why.Period != nil && st.why.Period.From != FromHeadline {
			st.why.Period = carried(st.why.Period, FromCarried)
		}
		if st.why.Region != nil && st.why.Region.From != FromHome && st.why.Region.From != FromDefault {
			st.why.Region = carried(st.why.Region, FromCarried)
		}
	}
	var out []Fact
	for _, ev := range s.events() {
		switch ev.kind {
		case evOpen:
			st.depth++
			if st.countAside == 0 && (s.countBefore(ev.idx) || st.lostFigure) {
				// "1.988 dự án đầu tư mới (tăng 21,7% …)": the aside is about the count;
				// "Có 82% số xã đạt chuẩn quốc gia về y tế xã (bằng 100% KH)": about a
				// figure that was no fact, so it is none either
				st.countAside = st.depth
			}
			st.saved = append(st.saved, saved{st.period, st.sameTime, st.estimate, st.region, st.target, st.sector, st.basis, st.unknown})
			// "so với cả nước (giảm 6,8%)", "Bắc Giang (12,9%)": the aside is
			// about what its parenthesis follows
			if r, ok := s.subjectBefore(ev.idx); ok {
				st.region = r
				st.why.Region = s.origin(s.toks[ev.idx-1].Start, s.toks[ev.idx-1].End, FromParen)
			}
		case evClose:
			if st.depth > 0 {
				if st.depth == st.countAside {
					st.countAside = 0
					st.basisLast = false // its "so với cùng kỳ" compared the count, not the figure after it
				}
				st.depth--
				sv := st.saved[len(st.saved)-1]
				st.saved = st.saved[:len(st.saved)-1]
				if k := ev.idx; k >= 2 && s.toks[k-2].Text == "(" && len(s.toks[k-1].Text) == 4 && st.period == s.toks[k-1].Text {
					// a year alone in brackets labels what comes next: "GRDP (2022):
					// 120.784 tỉ đồng" is 2022's
					sv.period = st.period
				}
				st.period, st.sameTime, st.estimate, st.region, st.target, st.sector, st.basis, st.unknown = sv.period, sv.sameTime, sv.estimate, sv.region, sv.target, sv.sector, sv.basis, sv.unknown
			}
		case evRespectively:
			// a second "lần lượt" ("tăng lần lượt 8,6% và 11,3%") hands out over the same list
			r := s.respectively(ev.idx, st.lastQuant, st.period)
			if n := s.placesBack(ev.idx); r == nil && n > 0 && n == len(ctx.recent) {
				// "TP Hồ Chí Minh và Bắc Ninh …" / "… của hai địa phương này lần lượt
				// đạt 23,6 tỷ USD và 20,6 tỷ USD": the places named before, in order
				for _, p := range ctx.recent {
					r = append(r, respItem{region: p})
				}
			}
			if r != nil || st.resp == nil {
				st.resp, st.respN = r, map[number.Kind]int{}
			}
			for _, it := range r {
				if it.region.name != "" && !slices.Contains(st.respPlaces, it.region.name) {
					st.respPlaces = append(st.respPlaces, it.region.name)
				}
			}
		case evClause:
			st.lostFigure = false
			if st.resp != nil && ev.idx+1 < len(s.toks) && s.toks[ev.idx+1].Kind == segment.Digit {
				continue // "lần lượt đạt 1,2 tỷ USD; 1,1 tỷ USD và 1 tỷ USD": the list goes on
			}
			if s.toks[ev.idx].Text == ";" && st.depth == 0 && st.rateBasis && s.namesPart(ev.idx+1) {
				st.basis, st.rateBasis = st.basisBefore, false // the next part in the list
			}
			if s.toks[ev.idx].Text == ";" && st.depth == 0 && st.planTarget {
				// "… thêm 5 xã đạt …, đạt kế hoạch (KH) …; giá trị sản xuất công nghiệp ước
				// đạt 6.700 tỷ đồng": a plan met in one clause is not the next one's (but
				// "đặt mục tiêu thu ngân sách … ; GRDP đạt 9,01%" sets targets to the end)
				st.target, st.planTarget = false, false
			}
			// a new clause keeps indicator, place and period, but names its own
			// sector: "…do ngành điện tăng cao: Phú Thọ tăng 35,5%; Bắc Giang…"
			if s.toks[ev.idx].Text == ":" && st.listVerb == "" && (st.growth && (st.verb == "" || st.verb == lexicon.VerbLevel) || st.verb == lexicon.VerbUp && !s.figureBetween(st.clauseTok, ev.idx)) {
				// "6 địa phương đạt mức tăng trưởng kinh tế hai con số … gồm: Quảng
				// Ngãi (11,51%), Hải Phòng (11,2%)": the list's figures are growth ("các
				// tỉnh tăng cao là: …" too, but not "tăng 5%, trong đó: …")
				st.listVerb = lexicon.VerbUp
			}
			st.verb, st.growth, st.shareNoun = "", false, false
			if s.toks[ev.idx].Text == ":" && st.depth == 0 && st.sector != "" && st.sector != "all" && s.measuresPart(ev.idx) {
				// a list opened on a part is a list of that part: "các địa phương có chỉ số
				// sản xuất của ngành công nghiệp chế biến, chế tạo … tăng cao là: Lai Châu
				// tăng 43,1%" is Lai Châu's manufacturing, not all its industry (but a
				// part named as the cause, "… do ngành sản xuất và phân phối điện tăng
				// cao: Phú Thọ tăng 35,5%", leaves the list the whole index's)
				st.baseSector = st.sector
			}
			if s.namesSubject(ev.idx + 1) {
				st.sector = firstNonEmpty(st.baseSector, "all") // "…; trong khi Bắc Ninh giảm 18,8%" under a part named before: still that part
			}
			st.resp = nil
			if st.rank != "" && s.toks[ev.idx].Text == "," && ev.idx+2 < len(s.toks) && (s.word(ev.idx+1) == "trong" && s.word(ev.idx+2) == "khi" || s.word(ev.idx+1) == "còn") {
				// "TP.HCM là quán quân thu hút FDI cả nước, trong khi Ninh Bình lọt
				// vào nhóm 6 địa phương …": the contrast's place is not the next in line
				st.rankShut = !s.clauseGoesOnRank(ev.idx + 1) // but "…, còn Bắc Ninh xếp thứ hai" is next
			}
			// "Tổng giá trị sản xuất … tăng 14,01%, trong đó công nghiệp tăng 22,28%":
			// the parts of a measure no cue names are no parts of the indicator
			// (but an unknown part among a named measure's parts is that item alone:
			// "chỉ số sản xuất công nghiệp tăng 12%, trong đó: Ngành điện ước tăng
			// 46,8%; Ngành công nghiệp khai khoáng ước giảm 12,4%" still has mining)
			carry := st.unknown && !(st.unknownPart && s.namesPart(ev.idx+1)) && !s.namesIndicator(ev.idx+1)
			st.unknownPart = false
			if s.unknownSubject(ev.idx + 1) {
				st.unknownPart = (!st.unknown || st.unknownPart) && st.lastKind != "" && st.indicator != "" && (st.sector != "" && st.sector != "all" || st.unknownPart || s.partsOpened(ev.idx))
				st.unknown = true
			} else {
				st.unknown = carry
			}
			st.clauseTok = ev.idx + 1
		case evCue:
			s.cue(&st, ctx, s.cues[ev.idx])
		case evPlace:
			m := s.local[ev.idx]
			if st.rank != "" && !st.rankShut && s.tokenAt(m.Start) > st.rankTok && !s.compareObject(m.Start) && !s.spanEnd(s.tokenAt(m.Start)) {
				st.rankPlaces = append(st.rankPlaces, m.Name) // not "lấy lại ngôi vị số 1 … từ tay Thái Nguyên"
			}
			st.lastPlace = s.tokenAt(m.End)
			if t := s.tokenAt(m.Start); t > 0 && s.toks[t-1].Text == "là" && st.verb == lexicon.VerbLevel {
				st.verb = "" // "phía sau là Hải Phòng với 11,81%": "là" introduces the place, not the figure
			}
			if st.depth > 0 && !s.statesFigure(m) || st.venue >= 0 && st.venue == s.tokenAt(m.Start)-1 && s.isEvent() || s.compareObject(m.Start) {
				continue
			}
			st.region = region{m.Name, m.Region2025}
			st.why.Region = s.origin(m.Start, m.End, FromClause)
		case evGroup:
			if st.depth == 0 && !(st.region.name != "" && st.region.name != Nation && s.roleOf(s.groups[ev.idx].start, st.clauseTok)) {
				// (not "Cần Thơ khẳng định vai trò trung tâm kinh tế của vùng Đồng
				// bằng sông Cửu Long, với … 7,23%": the place's role in its region)
				st.region = s.groupRegion(ctx, s.groups[ev.idx].group)
			}
		case evPeriod:
			s.period(&st, ctx, s.pers[ev.idx])
		case evQuantity:
			f, ok := s.fact(&st, ctx, ev.idx)
			ok = ok && (!st.unknown || s.namedAfter(ev.idx))
			yard := s.yardstick(ev.idx) || st.yardLast && s.valueJustBefore(s.tokenAt(s.quants[ev.idx].Start), st.lastQuant)
			if ok && yard && f.Period != nil && *f.Period == st.period && f.Region == st.region.name {
				// "thấp hơn mức tăng 7,28% và 6,98% của cùng kỳ các năm 2018 và 2019": the
				// yardsticks' periods are not the sentence's, and these are not read (but
				// "cao hơn mức tăng 9,7% của cả nước" is the country's, in the same period)
				ok = false
			}
			if st.depth == 0 {
				st.yardLast = yard
			}
			if q := s.quants[ev.idx]; st.depth == 0 && !bareYear(q) {
				st.lostFigure = !ok && q.Kind == number.Percent
			}
			if ok {
				if ctx.explain && st.figWhy != nil {
					f.Why = st.figWhy
					if f.Basis == nil {
						f.Why.Basis = nil
					}
				}
				if n := len(out); n > 0 && s.bracketsLast(ev.idx, st.lastQuant) && (converts(out[n-1], f) || restates(out[n-1], f)) {
					// the bracket right after a figure gives it again: in another currency
					// ("đạt 3.989 nghìn tỷ đồng (162,43 tỷ USD)", a reporter's conversion:
					// the figure as printed first stands) or exactly ("hơn 815 triệu USD
					// (815,24 triệu USD)": one fact, the exact value)
					if restates(out[n-1], f) {
						out[n-1].Value = f.Value
					}
					st.verb, st.basisLast = "", false
					continue
				}
				for _, r := range s.sharedBy(ev.idx) {
					if r.Name != f.Region {
						// "các tỉnh Bắc Ninh, Hải Dương và Đồng Nai cùng tăng 8,1%": each place's
						g := f
						g.Region, g.Region2025 = r.Name, strPtr(r.Region2025)
						out = append(out, g)
					}
				}
				out = append(out, f)
				if st.indicator == "" && st.depth == 0 && st.growth {
					// "Tốc độ tăng trưởng quý 3/2023 của Tây Ninh vẫn đạt 7,21%; bình quân 9
					// tháng năm 2023 tăng 5,35%": the growth read as GRDP goes on to the next clause
					st.indicator = f.Indicator
				}
				if !st.anyFact && st.depth == 0 {
					// the sentence's first figure names the region that carries on, not a contrast after it
					st.factRegion = region{f.Region, deref(f.Region2025)}
					st.whyRegion = st.why.Region
				}
				if st.depth == 0 && f.Period != nil && *f.Period == st.period && f.Kind != Target && !st.sameTime {
					// the last figure of the sentence's own periods: "Trong đó, …" goes on from it
					st.factPeriod = *f.Period
					st.whyPeriod = st.why.Period
				}
				st.anyFact = true
				if st.depth == 0 {
					st.lastKind = f.Kind
				}
				if f.Kind == Share {
					ctx.shareSeen = true
				}
				if f.Kind != Target && f.Period != nil {
					ctx.reported = *f.Period
				}
			}
			if st.verb != "" {
				st.listVerb = st.verb
			}
			st.verb = ""
			st.basisLast = false
			if q := s.quants[ev.idx]; !bareYear(q) {
				st.lastQuant = s.tokenAt(q.End) // "năm 2022 và 2023": a year is no figure
			}
		}
	}
	scale, currency := headerUnit(s.text)
	if scale > 0 && st.rank == "" && ctx.titleRank != "" && !st.anyFact {
		// "TOP 20 TỈNH, TP CÓ QUY MÔ KINH TẾ LỚN NHẤT …" over "QUY MÔ GRDP (Tỷ
		// đồng)" and its numbered rows: the table is the ranking the headline promises
		st.rank, st.rankInd = ctx.titleRank, st.indicator
	}
	ctx.pendingVerb = ""
	if !st.anyFact && st.verb != "" && st.indicator != "" {
		// "GRDP 9 tháng … của nhiều địa phương tăng cao." / "Trong đó, Hải
		// Dương (11,59%) và Hải Phòng (11,04%).": the rise the breakdown lists
		ctx.pendingVerb = st.verb
	}
	if !st.anyFact && len(s.toks) > 0 && (s.toks[len(s.toks)-1].Text == ":" || scale > 0) && st.indicator != "" {
		// the line opens a list: its indicator, period and direction hold for the
		// items under it, and a table header's unit for their bare figures
		in := &intro{indicator: st.indicator, period: st.period, rank: st.rank != "", verb: firstNonEmpty(st.verb, st.listVerb), scale: scale, currency: currency}
		if st.growth && (in.verb == "" || in.verb == lexicon.VerbLevel) {
			in.verb = lexicon.VerbUp // "… có tốc độ tăng trưởng GRDP cao nhất năm 2022:"
		} else if in.verb == lexicon.VerbLevel && in.rank {
			in.verb = "" // "Dưới đây là các tỉnh … cao nhất:": "là" introduces the list
		}
		ctx.intro = in
	}
	if !st.anyFact && st.grouped && st.ownPeriod != "" {
		ctx.period = st.ownPeriod // the group's figures are no place's, but their year goes on: "Đứng đầu là Bắc Ninh với 5,11 tỷ USD"
	}
	s.shareListBasis(out)
	if st.denomPart != "" {
		// "Với 428,3 triệu USD, chiếm 17,5% tổng vốn đăng ký cấp mới, Bắc Ninh …;
		// tiếp đến là Bình Dương 228,1 triệu USD, chiếm 9,3%": the amounts and
		// shares beside it are the same part's; the list's next lines go on with it
		for k := range out {
			if out[k].Sector == "all" && (out[k].Kind == Level || out[k].Kind == Share) && lexicon.PartOf(st.denomPart, out[k].Indicator) {
				out[k].Sector = st.denomPart
			}
		}
		ctx.denomPart = st.denomPart
	}
	var ranks []Ranking
	if st.rank != "" && !st.examples {
		// fewer than two places may still open a list the next lines go on with
		ind := st.rankInd
		if ind == "" {
			ind = firstNonEmpty(ctx.indicator, ctx.dominant)
		}
		places := dedupe(st.rankPlaces)
		if len(places) == 0 && len(st.respPlaces) >= 2 {
			// "… của hai địa phương này lần lượt đạt 23,6 tỷ USD và 20,6 tỷ USD, giữ
			// vị trí thứ nhất và thứ hai cả nước": the places the figures went to, in order
			places = st.respPlaces
		}
		if len(places) == 0 && st.anyFact && st.factRegion.name2025 != "" && s.overNation(st.rankTok) {
			// "(TP.HCM) … vốn FDI vào khu vực mới này đạt mức cao nhất cả nước
			// với 4,027 tỷ USD": the place the figure is of leads
			places = []string{st.factRegion.name}
		}
		order := st.rank
		if order == "highest" && !st.rankDir && len(out) > 0 && allFalls(out) {
			order = "lowest" // "Mạnh nhất là Quảng Nam, giảm tới 34,3%; trong khi Bắc Ninh giảm 18,8%": the deepest falls
		}
		if (len(places) > 0 || st.anyFact || st.rankInd != "" || s.toks[len(s.toks)-1].Text == ":") && !s.aboutCounts() {
			// (nor "Nếu xét về số dự án, TPHCM dẫn đầu cả nước": a lead in counts, which no indicator measures)
			// (not "… dù chịu tác động của … giá vật tư đầu vào tăng cao.": something
			// rose, with no measure, no place, no figure and no list to follow)
			per := st.period
			if st.ownPeriod == "" && !st.anyFact && len(ctx.docPeriod) >= 4 && strings.HasPrefix(per, ctx.docPeriod[:4]) && ind == firstNonEmpty(ctx.dominant, ind) {
				// a ranking that names no period is of the headline's: "Ninh Thuận là tỉnh
				// đứng vị trí thứ nhất về tốc độ tăng trưởng GRDP" under "Tăng trưởng GRDP
				// 9 tháng của tỉnh dẫn đầu khu vực", not of the quarter the last figure was
				// (in the year in force: a headline from another year is no guide)
				per = ctx.docPeriod
			}
			ranks = append(ranks, Ranking{Indicator: ind, Period: strPtr(per), Order: order, Regions: places, Quote: s.text})
		}
	}
	if st.anyFact {
		ctx.indicator, ctx.basis = st.indicator, st.basis
		ctx.lastKind = out[len(out)-1].Kind
		ctx.lastSector = out[len(out)-1].Sector
		if !manyRegions(out) {
			// "Quảng Ninh dẫn đầu với 1,88 tỷ USD; thứ hai là Bắc Ninh …": a
			// ranking's places stay in it; the region before it goes on
			ctx.place = st.factRegion
			if ctx.place.name == "" {
				// every figure in brackets: "Hòa Bình là địa phương có tốc độ tăng
				// trưởng quý I … đứng thứ 2 cả nước (12,76%)"; the place is its figure's
				ctx.place = region{out[0].Region, deref(out[0].Region2025)}
			}
		}
		if ctx.basis == "other" {
			ctx.basis = "" // a comparison the contract cannot name stays in its sentence
		}
		ctx.why.Indicator, ctx.why.Basis, ctx.why.Region = st.why.Indicator, st.why.Basis, st.whyRegion
		if st.whyPeriod != nil {
			ctx.why.Period = st.whyPeriod
		}
		if p := firstNonEmpty(st.factPeriod, st.ownPeriod); p != "" {
			if p != ctx.period && len(p) == 7 && strings.Contains(ctx.period, "..") && period.LastMonth(ctx.period) == p {
				ctx.within = ctx.period // "8 tháng … 4,17%. Chỉ số giá tiêu dùng tháng 8 …": the run's last month
			} else if p != ctx.period {
				ctx.within = ""
			}
			if st.ownPeriod != "" {
				ctx.measurePeriod = st.measurePeriod // a carried period keeps what it was
				ctx.averaged = st.averaged
				ctx.averageOwn = st.averaged && p == ctx.period
			}
			ctx.period = p // a compared period ("Cùng kỳ năm 2023, …") never carries on
		}
	}
	ctx.good = st.good
	return out, ranks
}

// growthNamesMeasure: "tăng trưởng" and then a measure's name stand right
// before quantity k: "đạt tăng trưởng GRDP 11,67%".
func (s *sentence) growthNamesMeasure(k int) bool {
	t := s.tokenAt(s.quants[k].Start)
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Last+1 == t && c.First >= 2 && s.word(c.First-2) == "tăng" && s.word(c.First-1) == "trưởng" {
			return true
		}
	}
	return false
}

// foreignOwner: before byte off in its clause, trade is said to be another
// country's: "của Trung Quốc" (a market named as the owner, not "sang Trung
// Quốc", where ours goes) or "của nước này" (a foreign country named before;
// Vietnam is "nước ta").
func (s *sentence) foreignOwner(off int) bool {
	t := s.tokenAt(off)
	from := 0
	for j := t - 1; j >= 0; j-- {
		if w := s.word(j); w == ";" || w == "." {
			from = j + 1
			break
		}
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Sector && strings.HasSuffix(c.Value, "_market") && c.First > from && c.Last < t && s.word(c.First-1) == "của" {
			return true
		}
	}
	for j := from; j+2 < t; j++ {
		if s.word(j) == "của" && s.word(j+1) == "nước" && s.word(j+2) == "này" {
			return true
		}
	}
	return false
}

// sharedBy: the places a figure is shared by, listed before "cùng" and its
// verb ("Bắc Ninh, Hải Dương và Đồng Nai cùng tăng 8,1%"), or none.
func (s *sentence) sharedBy(k int) []place.Match {
	t := s.tokenAt(s.quants[k].Start)
	c := -1
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if s.word(j) == "cùng" && j+1 < t && (s.word(j+1) == "tăng" || s.word(j+1) == "giảm" || s.word(j+1) == "đạt" || s.word(j+1) == "ở") {
			c = j
			break
		}
	}
	if c < 0 {
		return nil
	}
	var list []place.Match
	for i := len(s.local) - 1; i >= 0; i-- {
		m := s.local[i]
		end := s.tokenAt(m.End)
		if end > c {
			continue
		}
		// only the list's joints between one place and the next: ",", "và", "tỉnh"
		from := c
		if len(list) > 0 {
			from = s.tokenAt(list[len(list)-1].Start)
		}
		for j := end; j < from; j++ {
			if w := s.word(j); w != "," && w != "và" && w != "tỉnh" && w != "thành" && w != "phố" {
				return shared(list)
			}
		}
		list = append(list, m)
	}
	return shared(list)
}

// shared is a list of two places or more, else none.
func shared(list []place.Match) []place.Match {
	if len(list) < 2 {
		return nil
	}
	slices.Reverse(list) // read back from "cùng": in the order printed
	return list
}

// manyRegions: the facts are of more than one region.
func manyRegions(fs []Fact) bool {
	for _, f := range fs[min(1, len(fs)):] {
		if f.Region != fs[0].Region {
			return true
		}
	}
	return false
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func dedupe(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

func (s *sentence) groupRegion(ctx *context, g group) region {
	if ctx.group != nil && ctx.group.size == g.size {
		return region{name: ctx.group.name}
	}
	return region{name: g.name}
}

// cue applies one cue phrase to the state. Cues inside parentheses other
// than verbs and bases are asides and change nothing.
func (s *sentence) cue(st *state, ctx *context, c lexicon.Cue) {
	if st.depth > 0 {
		switch c.Cat {
		case lexicon.Verb, lexicon.Basis, lexicon.PlanWord, lexicon.Threshold, lexicon.CountNoun, lexicon.Sector:
		default:
			return
		}
	}
	switch c.Cat {
	case lexicon.Indicator:
		if c.Value == "" || c.First > 0 && objectMarks[s.word(c.First-1)] || s.looseEconomy(c) {
			return // "kinh tế - xã hội" names nothing; "làm CPI chung tăng" is what a part moved
		}
		if c.Value == "retail_sales" && st.indicator == "retail_sales" && !strings.Contains(s.low[c.Start:c.End], "dịch vụ") && s.wordsBefore(c.First, 3, "trong", "đó") {
			// "tổng mức bán lẻ hàng hoá và doanh thu dịch vụ … 13.526 tỷ đồng; trong
			// đó tổng mức bán lẻ hàng hóa đạt 11.488 tỷ đồng": the goods, a part
			st.sector, st.sectorEnd = "goods", c.Last+1
			st.why.Sector = s.origin(c.Start, c.End, FromClause)
			return
		}
		if strings.Contains(s.low[c.Start:c.End], " ước ") {
			st.estimate = true // "ngân sách Nhà nước ước thu được …": the name holds the hedge
		}
		if c.First >= 2 && s.word(c.First-2) == "thước" && s.word(c.First-1) == "đo" {
			return // "Chỉ số giá tiêu dùng (CPI) - thước đo lạm phát - …": what CPI is, not another measure
		}
		if bareCapital(s.low[c.Start:c.End]) && !strings.HasPrefix(firstNonEmpty(st.indicator, ctx.dominant), "fdi") && st.indicator != "domestic_investment" && !s.ofFDIProjects(c.Last+1) {
			return // "vốn thực hiện" is FDI only in an FDI report (or of "các dự án FDI")
		}
		if bareCapital(s.low[c.Start:c.End]) {
			// even there, "thành lập mới 3.211 doanh nghiệp, … với tổng vốn đăng ký
			// hơn 22 ngàn tỷ đồng" is the new firms' capital, and "130 dự án
			// trong nước … tổng vốn đăng ký" domestic investment, not FDI
			clause := s.low[s.toks[min(st.clauseTok, len(s.toks)-1)].Start:c.Start]
			switch {
			case strings.Contains(clause, "trong nước") || strings.Contains(clause, "ddi") || st.indicator == "domestic_investment" && !strings.Contains(clause, "fdi"):
				// ("các KCN đón 12 dự án DDI mới …, tổng vốn đăng ký hơn 5.812 tỷ đồng")
				c.Value = "domestic_investment"
			case firms(clause) && !strings.Contains(clause, "fdi") && !strings.Contains(clause, "nước ngoài"),
				firms(s.low[:c.Start]) && !strings.Contains(s.low, "fdi") && !strings.Contains(s.low, "nước ngoài") && !strings.Contains(s.low, "dự án"):
				// ("… cả nước có hơn 24,4 nghìn DN thành lập mới, số vốn đăng ký gần
				// 176,8 nghìn tỷ đồng": the new firms' capital, the sentence over)
				c.Value = "enterprise_capital"
			}
		}
		if strings.Contains(s.low[c.Start:c.End], "tăng trưởng") || strings.Contains(s.low[c.Start:c.End], "tốc độ") {
			st.growth = true // "Tốc độ tăng trưởng kinh tế GRDP … ước đạt 9,9%"
		}
		if st.indicator == "fdi_disbursed" && c.Value == "fdi_registered" && s.wordsBefore(c.First, 4, "của") {
			return // "vốn thực hiện của các dự án FDI đạt 20,25 tỷ USD": whose capital was spent, no second measure
		}
		st.unknown = (c.Value == "exports" || c.Value == "imports") && s.productAfter(c.Last+1) // "xuất khẩu gỗ của Việt Nam đạt 17,2 tỉ USD": one good's, no part the lexicon names
		st.good = st.unknown
		// (and otherwise "…, chỉ số sản xuất toàn ngành công nghiệp tăng 24,39%": a measure named again)
		same := c.Value == st.indicator
		st.indicator = c.Value
		if !(st.verb == lexicon.VerbUp && s.growthNounBefore(c.First)) {
			st.verb = "" // but "với mức tăng GRDP 11,66%" keeps its growth
		}
		if w := s.low[c.Start:c.End]; c.Value == "gdp" && (strings.Contains(w, "gdp") || strings.Contains(w, "trong nước")) {
			st.gdpNamed = true // "GDP", "tổng sản phẩm trong nước": the country's, whatever place came before
		}
		st.why.Indicator = s.origin(c.Start, c.End, FromClause)
		if w := s.low[c.Start:c.End]; strings.Contains(w, "trên địa bàn tỉnh") || strings.Contains(w, "trên địa bàn thành phố") || strings.Contains(w, "trong tỉnh") {
			s.home(st, ctx, c) // the measure's name holds the home: "tổng sản phẩm trên địa bàn thành phố", "tổng sản phẩm trong tỉnh"
		}
		// a part named earlier in the clause is whose amount this is: "có 850
		// dự án mới được cấp phép với tổng vốn đăng ký đạt 4,33 tỷ USD" is the
		// new projects' capital, not the whole FDI
		// (the FDI and domestic blocs are parts of any trade measure: "khối doanh
		// nghiệp FDI tiếp tục xuất siêu hơn 1,6 tỷ USD")
		// or what is left out of one: "nếu loại trừ mặt hàng vàng thì nhập siêu khoảng 8,9 tỉ USD"
		bloc := (st.sector == "fdi" || st.sector == "domestic" || strings.HasPrefix(st.sector, "excluding_")) && lexicon.IsTrade(c.Value) && !strings.HasPrefix(c.Value, "fdi") && c.First-st.sectorEnd <= 2
		// ("…, qua đó nâng tổng trị giá xuất khẩu cả năm 2025 lên 107,75 tỷ USD"
		// after electronics: the group's own total, raised)
		raised := false
		for j := c.First - 1; j >= 0 && j >= c.First-3; j-- {
			raised = raised || s.word(j) == "nâng"
		}
		partOf := (lexicon.PartOf(st.sector, c.Value) || bloc) && (st.sectorEnd > st.clauseTok || s.openingAdjunct(st.sectorEnd) && st.lastQuant < 0) && !s.causeBetween(st.sectorEnd, c.First) ||
			raised && st.sector != "all" && lexicon.IsTrade(c.Value)
		if strings.HasPrefix(s.low[c.Start:c.End], "tổng mức bán lẻ") && !raised && st.sectorEnd >= 0 && st.sectorEnd < c.First {
			// "hoạt động thương mại, dịch vụ … ổn định với tổng mức bán lẻ hàng hóa và
			// doanh thu dịch vụ tiêu dùng … tăng 7,1%": the total named in full is the
			// whole, the same measure as before or not
			partOf, same = false, false
		}
		market := strings.HasSuffix(st.sector, "_market") && (st.sectorEnd > st.clauseTok || s.openingAdjunct(st.sectorEnd)) && !s.inSubordinate(st.sectorEnd, c.First)
		if !same && !partOf && !market && (st.sectorEnd < 0 || c.First-s.skipAside(st.sectorEnd) > 1) {
			// (a partner named as the subject holds its clause: "Mỹ là thị trường xuất khẩu lớn nhất … với kim ngạch 62,3 tỷ USD";
			// not the next one: "dù Mỹ áp thuế 20% lên hàng hóa Việt Nam, xuất khẩu của Việt Nam vẫn đạt 475 tỷ USD")
			st.sector = "all" // but "khu vực kinh tế trong nước nhập siêu …" keeps its part
		}
		st.negative = strings.Contains(s.low[c.Start:c.End], "nhập siêu") || strings.Contains(s.low[c.Start:c.End], "nhap sieu")
		if st.rankInd == "" {
			st.rankInd = c.Value // "đứng đầu cả nước về tốc độ tăng trưởng GRDP … là Hải Phòng"
			if c.Value == "industrial_production" {
				st.rankInd = "iip"
			}
		}
	case lexicon.Sector:
		if c.Value == "us_market" && s.word(c.Last+1) == "kim" {
			return // "33.09 tỉ Mỹ kim": US dollars, no market
		}
		if c.First > 0 && (s.word(c.First-1) == "làm" || s.word(c.First-1) == "kéo") {
			return // "nhóm lương thực tăng 0,08%, làm nhóm hàng ăn và dịch vụ ăn uống tăng 0,01 điểm phần trăm": the group a part moved, not the subject
		}
		if c.Value == "services" && c.First >= 2 && s.word(c.First-1) == "và" && (s.word(c.First-2) == "hóa" || s.word(c.First-2) == "hoá") {
			return // "một rổ hàng hóa và dịch vụ", "các nhóm hàng hóa và dịch vụ": the whole basket, not services
		}
		if c.Value == "services" && s.retailNameGoesOn(c) {
			return // "Tổng mức bán lẻ hàng hóa và doanh thu các ngành dịch vụ": the whole's name, said another way
		}
		if c.Value == "services" && firstNonEmpty(st.indicator, ctx.indicator) == "retail_sales" {
			// "thương nghiệp … ; ngành dịch vụ ước đạt hơn 96 tỷ đồng, chiếm hơn 6%
			// trong tổng mức": retail's own services, not the economy's sector
			c.Value = "other_services"
		}
		if in := firstNonEmpty(st.indicator, ctx.indicator); c.Value == "goods" && (in == "gdp" || in == "grdp") && strings.Contains(s.low[c.Start:c.End], "thương nghiệp") {
			// "Khu vực dịch vụ tăng trưởng 7,6%, trong đó … thương nghiệp tăng 7,6%": the
			// trade industry's value added, not retail's goods
			c.Value = "wholesale_retail"
		}
		if lexicon.PartOf(c.Value, "fdi_registered") && st.sector != "all" && st.sector != "" && !lexicon.PartOf(st.sector, "fdi_registered") && !strings.HasSuffix(st.sector, "_market") && st.sectorEnd > st.clauseTok {
			// "công nghiệp chế biến, chế tạo là ngành nhận nhiều vốn cấp mới nhất với
			// 6,53 tỷ USD": the industry's share of new capital, the industry is the part
			return
		}
		group := st.sector
		st.sector, st.sectorEnd = c.Value, c.Last+1
		ctx.sector = c.Value // for "nhóm hàng này" later
		if st.basisLast && st.clauseTok > 0 && s.word(st.clauseTok-1) == ":" && c.First >= st.clauseTok {
			// "… tăng so với cùng kỳ gồm: sản xuất và phân phối điện (+1,35%)": the
			// list's first part and its own figure, not what was compared with
			st.basisLast = false
		}
		st.why.Sector = s.origin(c.Start, c.End, FromClause)
		if st.lastQuant >= 0 {
			st.verb = "" // a part named after a figure opens its own statement: "123 dự án tăng vốn với tổng vốn đăng ký tăng thêm 3.302 triệu USD"
		}
		if whole := lexicon.WholeOf(c.Value, firstNonEmpty(st.indicator, ctx.dominant)); whole != "" {
			st.indicator = whole // "Doanh thu du lịch lữ hành tăng 47%" after an export sentence is retail
		} else if economySector(c.Value) && c.Last-c.First >= 2 && st.indicator != "gdp" && st.indicator != "grdp" {
			// "Xét theo khu vực, nông, lâm nghiệp và thủy sản tăng 3,14%" after a budget
			// sentence is a part of the economy (a bare "dịch vụ" is too common a word to say so)
			st.indicator = "gdp"
		}
		if s.coordinated(c) {
			// "Đăng ký cấp mới, đăng ký điều chỉnh và góp vốn, mua cổ phần … đạt
			// 24,78 tỷ USD": the parts named together are the whole
			st.sector = "all"
			if group != "" && group == lexicon.GroupOf(c.Value) {
				// or the group they make up, already named: "Nhóm hàng ăn và dịch vụ ăn uống
				// tăng 0,76% khi giá lương thực, thực phẩm và ăn uống ngoài gia đình cùng đi
				// lên, tác động làm CPI chung tăng thêm 0,24 điểm phần trăm"
				st.sector = group
			}
		}
	case lexicon.Basis:
		if c.Value == "other" {
			if _, ok := s.regionAt(c.Last + 1); ok {
				return // "thấp hơn so với cả nước (giảm 6,8%)": a yardstick, not a basis
			}
			if s.rateCompared(c) && !st.rateBasis {
				// "so với mức 16,8% của tháng 9": another rate; the clauses after
				// this one keep the base they had ("…; chế biến, chế tạo tăng 11,4%")
				st.rateBasis, st.basisBefore = true, st.basis
			}
		}
		st.basis, st.basisLast = c.Value, true
		st.why.Basis = s.origin(c.Start, c.End, FromClause)
	case lexicon.Estimate:
		st.estimate = true
		if st.target && st.targetTok < st.clauseTok && strings.HasPrefix(s.low[c.Start:c.End], "ước") {
			// "GRDP 9 tháng … dự kiến đạt khoảng 7,5-8%, riêng GRDP quý III ước tăng
			// khoảng 8,5%": the clause's own estimate of what happened, not the plan
			st.target, st.targetCue, st.planTarget = false, false, false
		}
	case lexicon.Verb:
		if c.Value == shareNoun {
			st.shareNoun = true // "tỷ trọng khu vực nông nghiệp giảm xuống 13,96% GDP"
			return
		}
		if st.rankDir && s.low[c.Start:c.End] == "là" {
			return // "Tăng mạnh nhất là nhóm giao thông với 1,07%": the rank said the direction
		}
		st.verb, st.basisLast = c.Value, false
		spend := strings.HasPrefix(s.low[c.Start:c.End], "giải ngân")
		if st.target && c.First > 0 && (s.word(c.First-1) == "đã" && (st.lastQuant >= 0 || spend) || spend && st.lastQuant == c.First-1 && s.toks[c.First-1].Text == ",") {
			// "Mục tiêu giải ngân 100% vốn đầu tư công …, với tỷ lệ thực hiện tính
			// đến cuối tháng 8 đã đạt 42,3% kế hoạch": after the goal's figure, what is done;
			// and "tổng kế hoạch vốn năm 2022 đã giải ngân được 1.226,6 tỷ đồng": the
			// plan's money spent, before any figure of the plan; "vốn … nằm trong kế
			// hoạch năm 2016 … là 1.545,6 tỷ đồng, giải ngân đạt 309,5 tỷ đồng": the
			// plan's figure, then what was spent of it
			st.target, st.targetCue, st.planTarget = false, false, false
		}
		if strings.HasPrefix(s.low[c.Start:c.End], "giải ngân") {
			// "Các dự án đầu tư trực tiếp nước ngoài ước tính đã giải ngân được 16 tỷ
			// USD, tăng 11,9%": the FDI spent, for the rest of the sentence
			st.spent = true
		}
		if strings.HasSuffix(st.indicator, "_per_capita") && c.First > 0 && s.toks[c.First-1].Text == "," && strings.HasPrefix(s.low[c.Start:c.End], "tăng trưởng") {
			// "GRDP 2024 đạt 50.424 tỷ đồng, GRDP bình quân đầu người 61,92 triệu đồng,
			// tăng trưởng 9,04%": the economy's growth, not the income's
			for _, d := range s.cues {
				if d.Cat == lexicon.Indicator && d.Last < c.First && (d.Value == "grdp" || d.Value == "gdp") {
					st.indicator = d.Value
				}
			}
		}
		st.comparative = strings.HasSuffix(s.low[c.Start:c.End], " hơn")
		st.why.Kind = s.origin(c.Start, c.End, FromClause)
		if growthNoun(s.low[c.Start:c.End]) {
			st.growth = true
		}
	case lexicon.Target:
		if s.indicatorsNoun(c) {
			return // "Nhiều chỉ tiêu kinh tế khác cũng tăng mạnh …": measures, not targets
		}
		if s.inSource(c) {
			return // "Hội nghị về … mục tiêu, nhiệm vụ năm 2026 của Bắc Ninh cho biết, GRDP … ước đạt 522.000 tỷ đồng": who says, not what
		}
		if s.planMet(c) {
			return // "7 chỉ tiêu đạt và vượt kịch bản tăng trưởng, trong đó thu ngân sách đạt hơn 162.875 tỷ đồng": done, not planned
		}
		if st.periodSaid && strings.Contains(s.low[c.Start:c.End], "kế hoạch") {
			// "Tính đến ngày 31/8/2022, tổng kế hoạch vốn năm 2022 đã giải ngân
			// được …": the year of the plan, not of what was done by that day
			st.planEnd = c.End
		}
		// "đạt 48% mục tiêu": right after a number it measures progress, and
		// says nothing of the numbers after it
		if c.First != st.lastQuant {
			st.target, st.targetCue, st.planTarget = true, true, false
			st.targetTok = c.First
		} else {
			st.planEnd = c.End
		}
	case lexicon.PlanWord:
		st.planEnd = c.End
		if c.First > 0 && (s.word(c.First-1) == "của" || s.word(c.First-1) == "thuộc") {
			return // "số vốn đã giải ngân của kế hoạch năm 2025 là 13.867 tỷ đồng": the plan carried out, not a target
		}
		if c.First != st.lastQuant {
			st.target = true // "(kế hoạch năm 2024 tăng 11,5-12%)": the plan's own figure
			st.targetTok = c.First
			st.planTarget = !st.targetCue
		}
	case lexicon.Rank:
		if s.examplesAfter(c) {
			st.examples = true // the list's figures are read as a list's, but it ranks nothing
		}
		if s.lostRank(c) || s.memberRank(c) || s.recordRank(c) || s.rankWithin(c) {
			// "Dù mất vị trí dẫn đầu, …": who no longer leads; "nằm trong nhóm
			// dẫn đầu": one of them; "cao nhất từ trước đến nay": a record in time
			return
		}
		if w := s.toks[c.First].Text; w == "tăng" || w == "giảm" {
			st.rankDir = true
			st.verb = lexicon.VerbUp // "tăng cao nhất với 8,29%"
			if w == "giảm" {
				st.verb = lexicon.VerbDown
			}
		}
		if st.rank == "" {
			st.rank, st.rankTok = c.Value, c.Last
			// "TP.HCM dẫn đầu cả nước với …", "Hà Nội, TP.HCM và Hải Phòng là
			// ba địa phương thu hút nhiều vốn FDI nhất": the subject heads the list
			st.rankPlaces = append(st.rankPlaces, s.placesBetween(st.clauseTok, c.First)...)
		}
	case lexicon.Nation:
		// "Cả nước có…" names the region of what follows, and so does "GDP
		// cả nước" in a new clause; "dẫn đầu cả nước", "cao nhất cả nước",
		// "so với cả nước" only compare
		if s.nationSubject(c, st.lastQuant) {
			st.region = region{name: Nation}
			st.why.Region = s.origin(c.Start, c.End, FromClause)
		}
		if w := s.low[c.Start:c.End]; strings.HasPrefix(w, "kinh tế") || strings.HasPrefix(w, "nền kinh tế") {
			// "Kinh tế Việt Nam trong quý 3 … tăng trưởng tới 13,67%": the
			// economy by the country's name is GDP, unless a measure is named
			if !s.namesIndicator(c.Last + 1) {
				st.indicator, st.unknown = "gdp", false
				st.why.Indicator = s.origin(c.Start, c.End, FromClause)
			}
		}
	case lexicon.Area:
		if ctx.group != nil && !(st.region.name != "" && st.region.name != Nation && s.roleOf(c.Start, st.clauseTok)) {
			st.region = region{name: ctx.group.name}
		}
	case lexicon.Venue:
		st.venue = c.Last
	case lexicon.Anaphor:
		if c.Value == "this figure" {
			if ctx.lastSector != "" && ctx.lastSector != "all" && c.First <= 1 {
				st.sector = ctx.lastSector // "Con số này chiếm khoảng 23% …": of the part the last figure was of
				st.why.Sector = s.origin(c.Start, c.End, FromCarried)
			}
			return
		}
		if c.Value == "this group" {
			if ctx.sector != "" {
				st.sector = ctx.sector // "xuất khẩu của nhóm hàng này": the group just named
				st.why.Sector = s.origin(c.Start, c.End, FromCarried)
			}
			return
		}
		// "của tỉnh", "toàn tỉnh", "trên địa bàn thành phố": the article's own
		// province; "tỉnh này": the one just named
		if c.Value == "this" {
			if c.First > 0 && (countWordsBefore[s.word(c.First-1)] || s.toks[c.First-1].Kind == segment.Digit) {
				return // "Năm địa phương này chiếm hơn 60%": the places listed, together, no one of them
			}
			if r := firstRegion(ctx.named, ctx.place); r.name2025 != "" {
				st.region = r
				st.why.Region = s.origin(c.Start, c.End, FromCarried)
			}
		} else {
			s.home(st, ctx, c)
		}
	}
}

// home applies "của tỉnh", "toàn tỉnh", "trên địa bàn thành phố" (cue c): the
// article's own province; under a place's heading, that place; in a national
// report, the place just named ("… là TP. HCM. Cụ thể, … tổng sản phẩm trên
// địa bàn thành phố (GRDP) ước đạt khoảng 1.299 nghìn tỷ đồng").
func (s *sentence) home(st *state, ctx *context, c lexicon.Cue) {
	home := firstRegion(ctx.topic, ctx.region, ctx.named)
	if st.lastPlace >= 0 && st.lastPlace <= c.First && st.region.name2025 != "" && strings.HasPrefix(s.low[c.Start:c.End], "của") {
		// "… 8 tháng của Bắc Ninh đạt 52,4 tỷ USD, trong khi kim ngạch xuất khẩu
		// 9 tháng của tỉnh ước đạt 55,1 tỷ USD": the province the sentence just
		// named, not the article's
		home = st.region
	}
	if home.name2025 == "" {
		return
	}
	if _, named := s.regionAt(c.Last + 1); !named {
		st.region = home
		st.why.Region = s.origin(c.Start, c.End, FromHome)
	}
}

// period applies a period mention. Compared periods ("so với … năm 2023") and
// the span of a plan ("kế hoạch cả năm") are not the period of the figures.
func (s *sentence) period(st *state, ctx *context, m period.Mention) {
	if m.Compared || m.Kind == period.Date || st.planEnd >= 0 && m.Start <= st.planEnd+1 {
		return
	}
	st.periodSaid = true
	switch m.Kind {
	case period.Period:
		ctx.partMonth = false // a whole period said after the part: what follows is of it
		p := m.Period
		if len(p) == 4 && m.Explicit && st.spanNoYear != "" && strings.Contains(s.low[:m.Start], "các năm") {
			// "Mức tăng IIP 6 tháng đầu năm qua các năm: năm 2020 (+6,1%); năm 2021
			// (+13,8%)": the span said once, in each year listed
			p = period.Shift(st.spanNoYear, m.Year)
		} else if len(p) > 4 && !m.Explicit && !m.ThisMonth {
			st.spanNoYear = p
		}
		ownMonth := len(st.ownPeriod) == 7 && st.ownPeriod[5] != 'Q' && st.ownPeriod[5] != 'H' && strings.HasPrefix(st.ownPeriod, strconv.Itoa(m.Year))
		if bare := m.ToDate && (strings.HasPrefix(s.low[m.Start:], "lũy kế") || strings.HasPrefix(s.low[m.Start:], "cộng dồn")); bare && st.ownPeriod != "" && !ownMonth {
			return // "Từ đầu năm đến nay, tổng kim ngạch … lũy kế ước đạt": the run said already
		} else if m.ToDate && strings.HasPrefix(st.ownPeriod, strconv.Itoa(m.Year)+"-01..") {
			return // "ước tính đến ngày 27/11/2025, … đã được giải ngân từ đầu năm đạt": the run to that day
		} else if m.ToDate && ownMonth {
			// "Ước tổng thu ngân sách … trong tháng 11 được 525.969 triệu đồng, lũy kế
			// đạt 8.812.251 triệu đồng", "… tháng 11 ước đạt 120 triệu USD, lũy kế từ
			// đầu năm đạt 1.250 triệu USD": January to the sentence's month
			month, _ := strconv.Atoi(st.ownPeriod[5:])
			p = period.Run(m.Year, 1, month)
		} else if bare {
			// a bare "Lũy kế ước đạt 10.695,5 tỷ đồng" after "… tháng 11 ước đạt
			// 1.105,4 tỷ đồng": January to the month in hand, not to the dateline's
			if mo := firstNonEmpty(ctx.period, st.period); len(mo) == 7 && mo[5] != 'Q' && mo[5] != 'H' && strings.HasPrefix(mo, strconv.Itoa(m.Year)) {
				month, _ := strconv.Atoi(mo[5:])
				p = period.Run(m.Year, 1, month)
			}
		} else if m.ToDate && len(ctx.docMonth) == 7 && strings.HasPrefix(p, ctx.docMonth[:5]) && ctx.docMonth < p[len(p)-7:] {
			// "Tính từ đầu năm đến nay" under "Tháng 10, tổng mức bán lẻ … ước đạt hơn
			// 8.000 tỷ đồng", dated 11/11/2019: January to October, not to November
			p = period.Run(m.Year, 1, int(ctx.docMonth[5]-'0')*10+int(ctx.docMonth[6]-'0'))
		} else if m.ToDate && len(p) == 16 && len(ctx.docPeriod) == 16 && strings.HasPrefix(ctx.docPeriod, p[:8]) && ctx.docPeriod < p {
			// "Từ đầu năm đến nay, tổng kim ngạch … gần 600 tỷ USD" under "… sau 8
			// tháng", dated 9/9/2025: the headline's eight months, not to September
			p = ctx.docPeriod
		}
		if m.ThisMonth {
			// "trong tháng": the headline's month, or the month in force
			p = ctx.docMonth
			if p == "" && len(st.period) == 7 {
				p = st.period
			}
			if p == "" && strings.Contains(st.period, "..") {
				p = st.period[len(st.period)-7:] // "tháng này" in a report on 8 months: August
			}
			if p == "" {
				p = ctx.dateMonth // "Trong 15 ngày đầu tháng này, …" dated 16/12/2020: December's
			}
			if p == "" {
				return
			}
		}
		if t := s.tokenAt(m.Start); len(p) == 4 && t >= 2 && s.word(t-1) == "kế" && s.word(t-2) == "lũy" && s.word(s.tokenAt(m.End)) != "ước" {
			// "lũy kế năm 2024 tăng 11,8%" in a report on 10 months: the year so
			// far (but "Lũy kế năm 2025 ước đạt 15.535 tỷ đồng" after 13.966 tỷ
			// in 10 months is the whole year's estimate)
			for _, r := range []string{ctx.docPeriod, ctx.period, ctx.reported} {
				if strings.HasPrefix(r, p+"-01..") {
					p = r
					break
				}
			}
		}
		st.period = p
		st.why.Period = s.origin(m.Start, m.End, FromClause)
		if strings.Contains(p, "..") && st.basis == "mom" {
			// "tháng 8 … tăng 4,15% so với tháng trước; cộng dồn 8 tháng tăng 6,58%":
			// a run of months is never set against the month before
			st.basis = ""
		}
		if st.depth == 0 {
			st.ownPeriod = p
			st.measurePeriod = s.afterIndicator(m.Start)
			t := s.tokenAt(m.Start)
			st.averaged = t >= 2 && s.word(t-2) == "bình" && s.word(t-1) == "quân"
		}
	case period.PartMonth:
		st.period, st.partMonth = "", true // its figures have no period to report
		ctx.partMonth = true
		st.why.Period = s.origin(m.Start, m.End, FromClause)
	case period.SameTime:
		if t := s.tokenAt(m.Start); t >= 3 && s.word(t-1) == "hơn" && (s.word(t-2) == "cao" || s.word(t-2) == "thấp") && s.word(t-3) == "%" {
			// "tăng 8,5% cao hơn cùng kỳ năm trước, trong đó chế biến chế tạo
			// tăng 10%": what the figure before beat, not the period of the next
			return
		}
		if st.period != "" {
			y := m.Year
			if y == 0 {
				y = yearOf(st.period) - 1
			}
			st.period = period.Shift(st.period, y)
			st.why.Period = s.origin(m.Start, m.End, FromComparison)
			st.sameTime, st.estimate = true, false
		}
	case period.RestOfYear:
		// "các tháng tiếp theo": after the last period with results, not after a target's year
		if p := firstNonEmpty(ctx.reported, st.period); p != "" {
			st.period = period.After(p)
		}
	}
}

// fact turns quantity k into a fact, or reports that it states none.
func (s *sentence) fact(st *state, ctx *context, k int) (Fact, bool) {
	q := s.quants[k]
	if st.rowScale > 0 && q.Kind == number.Plain && !q.Scaled && q.Unit == "" && !bareYear(q) && s.tokenAt(q.Start) > 0 {
		// a row under "… (Tỷ đồng)": "2) Hà Nội 1.067.593" is 1.067.593 tỷ đồng
		q.Kind, q.Value, q.Unit, q.Scaled = number.Money, q.Value*st.rowScale, st.rowCurrency, true
		if st.listVerb == "" {
			st.listVerb = lexicon.VerbLevel
		}
	}
	if s.percentLeftOff(k) {
		q.Kind = number.Percent // "Quý 1 tăng trưởng đạt 6,93% thì Quý 2 đã đạt tới 7,96": the sign left off the second
	}
	after := s.tokenAt(q.End) // the first token after the number
	if _, ok := s.cueAfter(after, lexicon.Threshold); ok {
		return Fact{}, false // "từ 10% trở lên": a bound
	}
	if st.countAside > 0 && st.depth >= st.countAside || st.partMonth && st.period == "" {
		return Fact{}, false
	}
	if (q.Approx == "trên" || q.Approx == "dưới") && s.placesCountedBefore(k) || s.milestone(k) {
		return Fact{}, false // "6 tỉnh, thành phố có kim ngạch xuất khẩu trên 10 tỷ USD", "cán mốc 1 tỷ USD": a threshold
	}
	if q.Kind != number.Plain && ctx.group == nil && s.groupSubject(k) {
		st.grouped = true
		return Fact{}, false // "10 địa phương hút nhiều vốn FDI nhất … chiếm gần 23%, đạt 8,66 tỷ USD": the group's, no place's
	}
	if t := s.tokenAt(q.Start); t >= 2 && s.word(t-2) == "từ" && s.word(t-1) == "mức" && s.quantAhead(k) {
		return Fact{}, false // "giảm từ mức 3,354 tỷ USD của quý I năm ngoái xuống còn 3,15 tỷ USD": where it started
	}
	if s.stock {
		return Fact{}, false // "dự án còn hiệu lực với tổng vốn 510,5 tỷ USD": the stock of all years, no period's figure
	}
	if after+1 < len(s.toks) && s.toks[after].Text == "/" && s.word(after+1) == "năm" {
		// "khoảng 14,16%/năm" over "giai đoạn 2017-2021", "khoảng 3 tỷ USD/năm": a
		// yearly average over years, no year's figure
		return Fact{}, false
	}
	if s.aboutCount(after) || !s.aboutCapital(after) && (s.countsChange(k, firstNonEmpty(st.indicator, ctx.dominant)) || s.countedChange(k, firstNonEmpty(st.indicator, ctx.dominant)) || s.physicalRatio(k, firstNonEmpty(st.indicator, ctx.dominant))) || s.movedPrice(q.Start) || s.unknownNamedAfterLa(q) || s.gapToPlace(s.tokenAt(q.Start)) || s.groupFigure(s.tokenAt(q.Start)) || s.countedThing(q, after) || s.inRange(k) || s.earlierFigure(after) || st.verb == lexicon.VerbRevise || s.stillOwed(after) || s.byVolume(after) {
		// "tăng 12,6% … về số dự án", "1 triệu lượt khách", "10 - 10,5%",
		// "mức tăng 1,96% của quý trước", "được điều chỉnh thêm 0,17 điểm phần trăm"
		return Fact{}, false
	}
	// "tăng 2,0% so với tháng trước và 11,3% so với cùng kỳ năm 2024": the
	// same verb read against a second comparison
	secondBasis := st.basisLast && st.verb == "" && st.listVerb != "" && s.againstAnother(q, after)
	if s.barNotMet(q.Start) {
		return Fact{}, false // "Hơn một nửa số bộ … chưa đạt mức trung bình 50%": a bar, not a figure
	}
	if st.basisLast && st.verb == "" && !s.signedAfterBasis(q) && !secondBasis {
		return Fact{}, false // "so với 5,3% của cùng kỳ": the figure compared with
	}
	ind := firstNonEmpty(st.indicator, ctx.dominant)
	if (ind == "exports" || ind == "imports" || ind == "trade_turnover" || ind == "trade_balance") && s.foreignOwner(q.Start) {
		// "Nhập khẩu của Trung Quốc tăng 1,9%", "tổng kim ngạch xuất khẩu … của
		// nước này đạt 330,3 tỷ USD": another country's own trade, not ours with it
		return Fact{}, false
	}
	if ind == "fdi_registered" && st.spent {
		ind = "fdi_disbursed"
	}
	if (ind == "" || ind == "total_investment" && !s.has(lexicon.Indicator)) && st.spent && (q.Kind == number.Money && q.Unit != "USD" || q.Kind == number.Percent) {
		// "Tính đến ngày 31/8/2022, tổng kế hoạch vốn năm 2022 đã giải ngân được
		// 1.226,629 tỷ đồng, đạt 55% kế hoạch": dong disbursed against a plan of
		// capital, with no measure named, is public investment (FDI is counted in
		// dollars and named), even after a sentence on all investment
		ind = "public_investment_disbursed"
	}
	if ind == "industrial_production" {
		// "còn sản xuất công nghiệp tăng 8,7%": its growth is the IIP's; "Sản xuất
		// công nghiệp …, thực hiện 41.900 tỷ đồng": its amount the output value;
		// "… với giá trị tăng thêm toàn ngành ước tính tăng 6,18%", or beside an
		// IIP of its own ("sản xuất công nghiệp phát triển mạnh, tốc độ tăng
		// trưởng ước đạt 19,62%; chỉ số sản xuất công nghiệp (IIP) tăng 18,07%"):
		// its value added
		switch {
		case q.Kind == number.Money || q.Scaled:
			ind = "industrial_output"
		case s.changeOfAmount(k):
			// "Sản xuất công nghiệp …, thực hiện 41.900 tỷ đồng, tăng 1,2% so
			// cùng kỳ": the rise of the amount just given
			ind = "industrial_output"
		case strings.Contains(s.low, "giá trị tăng thêm") || s.namesIIP():
			ind = "industry_value_added"
		default:
			ind = "iip"
		}
	}
	if st.growth && st.region.name != Nation && st.region.name != "" && (st.indicator == "" || !s.has(lexicon.Indicator) && !s.industryGrowth(st.indicator) && s.namesPlace(st.region.name) && ctx.onGrowth()) {
		// a province's bare "tốc độ tăng trưởng" is its economy's: "Hòa Bình là
		// địa phương có tốc độ tăng trưởng quý I … (12,76%)" after a sentence on
		// IIP, in an article on growth (in one on trade, "mức tăng trưởng" is trade's;
		// "34 địa phương đều ghi nhận công nghiệp tăng trưởng" is a part's, the IIP's)
		ind = "grdp"
	}
	var w Why // where the figure's fields came from, kept only with Explain
	if s.explain {
		w = st.why
		st.figWhy = &w
	}
	if st.indicator == "" {
		w.Indicator = s.note(ctx.dominant, FromDominant)
	}
	if st.sector == "all" {
		w.Sector = nil
	}
	partAfter := ""
	if c, ok := s.cueAfter(after, lexicon.Indicator); ok && q.Kind == number.Money {
		ind = c.Value // "thu hút 1 tỷ USD vốn FDI": the indicator named after the amount
		w.Indicator = s.origin(c.Start, c.End, FromAfter)
	} else if c, ok := s.cueAfter(after, lexicon.Sector); ok && q.Kind == number.Money && c.First == after && lexicon.PartOf(c.Value, ind) {
		partAfter = c.Value                       // "có 17,32 tỉ USD vốn đăng ký mới": the part named after the amount
		st.sector, st.sectorEnd = c.Value, c.Last // and its rates after it: "…, giảm 12,2% về số vốn"
		if s.explain {
			w.Sector = s.origin(c.Start, c.End, FromAfter)
		}
	} else if after+1 < len(s.toks) && s.word(after) == "của" {
		if c, ok := s.cueAfter(after+1, lexicon.Indicator); ok && c.Value != "" {
			ind = c.Value // "trong mức tăng 0,45% của CPI tháng 11/2025": whose rise it is
			w.Indicator = s.origin(c.Start, c.End, FromAfter)
		} else if c, ok := s.cueAfter(after+1, lexicon.Sector); ok && c.Value != "" {
			partAfter = c.Value // "Mức tăng 8,62% của dịch vụ là cao thứ hai …": the part's rise
			if s.explain {
				w.Sector = s.origin(c.Start, c.End, FromAfter)
			}
		}
	}
	f := Fact{Sector: firstNonEmpty(partAfter, st.sector), Region: st.region.name, Period: strPtr(st.period), Value: q.Value,
		Estimate: st.estimate && !st.sameTime, Quote: s.quote(q.Start, q.End), Start: s.start + q.Start, End: s.start + q.End, Approx: q.Approx}
	if st.region.name2025 != "" {
		f.Region2025 = strPtr(st.region.name2025)
	}
	if !st.periodSaid {
		// "thu hút 1,2 tỷ USD vốn FDI trong quý I/2024": the period said after the number
		if p, ok := s.periodAfter(k); ok {
			f.Period = strPtr(p)
			w.Period = s.note(p, FromAfter)
		}
	}
	if m := bracketYear.FindStringSubmatch(s.text[q.End:]); m != nil {
		// a figure followed by its year in brackets: "dao động từ 0,63% (2015)
		// đến 3,63% (2024, ước tính)", "đến 8,12% (2022)"
		f.Period = strPtr(m[1])
		w.Period = s.note(m[1], FromAfter)
	} else if p, ok := s.periodRightAfter(k); ok && st.verb != lexicon.VerbRatio && st.verb != lexicon.VerbIndex {
		f.Period = strPtr(p) // "tăng lên mức 8,7 tỷ USD trong tháng 8" (but "gấp 2,1 lần tháng 9/2020" is the base)
		w.Period = s.note(p, FromAfter)
	} else if st.resp != nil {
		// "giảm lần lượt 17,1% và 20,5% vào tháng 4 năm nay": the period after the
		// list is every item's
		for j := k; j+1 < len(s.quants) && s.valueJustBefore(s.tokenAt(s.quants[j+1].Start), s.tokenAt(s.quants[j].End)); j++ {
			if p, ok := s.periodRightAfter(j + 1); ok {
				f.Period = strPtr(p)
				w.Period = s.note(p, FromAfter)
				break
			}
		}
	}
	if r, ok := s.ownerAfter(after); ok {
		f.Region, f.Region2025 = r.name, strPtr(r.name2025)
		w.Region = s.origin(s.toks[after].Start, s.toks[min(after+2, len(s.toks)-1)].End, FromOwner)
	} else if r, ok := s.withFigureThenPlace(q, after); ok {
		f.Region, f.Region2025 = r.name, strPtr(r.name2025)
		w.Region = s.origin(s.toks[after+1].Start, s.toks[after+1].End, FromOwner)
	}
	respBasis := ""
	if st.resp != nil {
		c := respClass(q)
		if i := st.respN[c]; i < len(st.resp) {
			if it := st.resp[i]; it.basis != "" {
				respBasis = it.basis // "tăng 8% so với tháng trước và 2,2% so với cùng kỳ; ngành chế biến tương ứng tăng 5,9% và 6,4%"
			} else if it.period != "" {
				f.Period = strPtr(it.period) // "tăng trưởng bốn quý lần lượt đạt 6,82%, 6,73%, …"
				w.Period = s.note(it.period, FromList)
			} else if it.indicator != "" {
				ind = it.indicator
				w.Indicator = s.note(it.indicator, FromList)
			} else if it.sector != "" {
				f.Sector = it.sector // "ngành dịch vụ và nông nghiệp lần lượt tăng 8,58% và 2,96%"
				w.Sector = s.note(it.sector, FromList)
			} else {
				f.Region, f.Region2025 = it.region.name, strPtr(it.region.name2025)
				w.Region = s.note(it.region.name, FromList)
			}
		}
		st.respN[c]++
	}
	verb := st.verb
	if verb == "" && secondBasis {
		verb = st.listVerb
	}
	if t := s.tokenAt(q.Start); st.comparative && verb == lexicon.VerbDown && q.Kind == number.Percent && t >= 2 && s.word(t-1) == "mức" && s.word(t-2) == "hơn" {
		// "thấp hơn nhiều so với mức 20,8% của cùng kỳ năm 2022": the yardstick's
		// own rise, as "cao hơn mức 5%" is; the comparison says nothing of its sign
		verb = lexicon.VerbUp
	}
	if verb == "" && (s.placeJustBefore(s.tokenAt(q.Start)) || s.valueJustBefore(s.tokenAt(q.Start), st.lastQuant) || st.resp != nil && s.semicolonItem(s.tokenAt(q.Start), st.lastQuant)) {
		verb = st.listVerb // "Bắc Ninh 46,9 tỷ USD", "Hải Phòng (10,1%)": the verb of the list
		if verb == lexicon.VerbShare && q.Kind != number.Percent {
			// "…, chiếm 17,5%; tiếp đến là Bình Dương 228,1 triệu USD, chiếm 9,3%": a
			// list of amounts with their shares, the amount its level
			verb = lexicon.VerbLevel
		}
		if s.explain {
			w.Kind = carried(w.Kind, FromList)
		}
		if verb == "" && st.growth {
			verb = lexicon.VerbUp
		}
	}
	if verb == lexicon.VerbLevel && (ind == "iip" || ind == "cpi") && q.Kind == number.Percent && !st.shareNoun && !st.growth {
		// an index "đạt" a percentage: "Chỉ số sản xuất công nghiệp ước đạt 75,53%,
		// giảm 24,47%" is the index itself (this period as a percentage of the
		// last); a small one is its rise
		if q.Value > 50 {
			verb = lexicon.VerbIndex
		} else {
			verb = lexicon.VerbUp
		}
	}
	if verb == lexicon.VerbLevel && (st.growth || (ind == "gdp" || ind == "grdp") && !st.shareNoun) && q.Kind == number.Percent {
		verb = lexicon.VerbUp // "Tăng trưởng GRDP … ước đạt 5,6%", "GDP quý II/2025 đạt khoảng 7,7%": a rate of growth
	}
	if verb == lexicon.VerbLevel && st.shareNoun && q.Kind == number.Percent {
		verb = lexicon.VerbShare
	}
	if verb == "" && q.Kind == number.Percent && s.signedAfterBasis(q) {
		// "CPI so với tháng trước (+0,88%); so với cùng kỳ năm trước (+2,90%)":
		// a sign and a comparison say it is a change, with no verb
		verb = lexicon.VerbUp
	}
	cm, compared := s.bracketedComparison(q)
	if compared {
		// "nhỉnh hơn mức tăng của quý II (2,09%) song vẫn thấp hơn quý I
		// (8,65%)": the figure in brackets is the compared period's own, its
		// growth as printed; "thấp hơn" says how it compares, not its sign
		f.Period = strPtr(cm.Period)
		w.Period = s.origin(cm.Start, cm.End, FromComparison)
		if q.Kind == number.Percent && (verb == lexicon.VerbDown || verb == lexicon.VerbUp) {
			verb = lexicon.VerbUp
		}
	}
	switch {
	case q.Kind == number.Plain && q.Unit == "lần":
		if verb != lexicon.VerbRatio || ind == "" || s.overPlace(s.tokenAt(q.End)) {
			return Fact{}, false
		}
		f.Indicator, f.Kind, f.Unit = ind, Ratio, "x" // "gấp 2,2 lần cùng kỳ"
		return f, true
	case q.Kind == number.Plain && !q.Scaled:
		return s.count(st, ctx, k, f)
	case q.Kind == number.Percent:
		f.Unit = "%"
		if q.Approx == "trên" || q.Approx == "dưới" || q.Approx == "hơn" && q.Value == math.Trunc(q.Value) {
			// "dự đạt trên 9%", "chiếm hơn 21% tổng vốn": a bound, not a figure (but
			// "tăng hơn 17,5%" is the figure, rounded down in words)
			return Fact{}, false
		}
		if _, ok := s.cueAfter(after, lexicon.PlanWord); ok {
			if s.afterPhysical(k) {
				return Fact{}, false // "gieo cấy 18.419,5 ha lúa, đạt 101,8% kế hoạch": the plan for the rice, not the indicator's
			}
			if verb == lexicon.VerbExceed {
				return Fact{}, false // "vượt gần 47% kế hoạch": by how much, not how far along
			}
			f.Kind = PlanProgress
			if st.target {
				f.Kind = Target // "phấn đấu … giải ngân trên 90% kế hoạch vốn"
			}
			break
		}
		if c, ok := s.basisAfterList(after); ok && c.Value == "plan" && (verb == lexicon.VerbIndex || verb == lexicon.VerbLevel) {
			f.Kind = PlanProgress // "bằng 27% so với dự toán"
			break
		}
		if c, ok := s.cueAfter(after, lexicon.Target); ok && planNoun(s.low[c.Start:c.End]) {
			f.Kind = PlanProgress // "đạt 48% mục tiêu"
			break
		}
		if s.word(after) == "nghị" && s.word(after+1) == "quyết" && (verb == lexicon.VerbIndex || verb == lexicon.VerbLevel) {
			f.Kind = PlanProgress // "(bằng 88,86% nghị quyết)": of the council's resolution, the plan
			break
		}
		if q.Value > 50 && (verb == lexicon.VerbLevel || verb == lexicon.VerbUp) && s.developmentRate(q.Start) {
			f.Kind = Index // "tốc độ phát triển GRDP … đạt 108,84%": this period as a percentage of the last
			break
		}
		switch verb {
		case lexicon.VerbUp, lexicon.VerbGrowPositive:
			f.Kind = Change
			if s.caused(q.Start) {
				f.Kind, f.Unit = Contribution, "pp" // "(tác động làm CPI chung tăng 0,16%)": points of the total
			}
		case lexicon.VerbDown, lexicon.VerbGrowNegative:
			// a fall is below zero, signed or not: "giảm 3,5%", and the list under
			// "giảm sâu nhất là Bắc Ninh (-11,85%)" (not a rise of 11,85%)
			f.Kind, f.Value = Change, -math.Abs(f.Value)
		case lexicon.VerbIndex:
			f.Kind = Index // "bằng 102,3% so với cùng kỳ"
			if after < len(s.toks) && (s.word(after) == "tổng" || s.word(after) == "của" && s.word(after+1) == "tổng") {
				// "40,9 tỷ USD, tương đương 10% tổng kim ngạch xuất khẩu cả nước": a
				// part of the whole, its share
				f.Kind = Share
			}
		case lexicon.VerbExceed:
			// "vượt 8,2% so với kế hoạch" is a change; "tăng trưởng … vượt 11%" a
			// bound; "vượt xa mức 7,52% của toàn quốc" the growth of the place it
			// is set against (ownerAfter gave the region)
			_, compares := s.basisAfterList(after)
			_, owned := s.ownerAfter(after)
			if t := s.tokenAt(q.Start); !compares && !(owned && t > 0 && s.word(t-1) == "mức" && st.lastKind == Change) {
				return Fact{}, false
			}
			f.Kind = Change
		case lexicon.VerbShare:
			f.Kind = Share
			if part := s.denominatorPart(after, ind); part != "" && f.Sector == "all" {
				// "chiếm 17,5% tổng vốn đăng ký cấp mới": a share of new capital is
				// of the part, and so is the amount beside it (build sets that)
				f.Sector, st.denomPart = part, part
			}
		case lexicon.VerbContribUp:
			// "đóng góp 27,4% vào mức tăng chung" of an industry: points of the
			// total's growth; of a GDP sector, a share of growth (the parts add up to 100);
			// "đóng góp tới 16,6% tổng kim ngạch xuất khẩu": a share of the total itself
			f.Kind, f.Unit = Contribution, "pp"
			if ind == "gdp" || ind == "grdp" {
				f.Unit = "%"
			}
			if after < len(s.toks) && s.word(after) == "tổng" || s.intoTheWhole(after) {
				// "đóng góp gần 20% vào GDP cả nước": a share of the whole economy,
				// not of its growth ("vào mức tăng", "vào tăng trưởng")
				f.Kind, f.Unit = Share, "%"
			}
		case lexicon.VerbLevel:
			f.Kind = Level
			if lexicon.IsMoney(ind) && ind != "public_investment_disbursed" && (st.lastKind == Change || !st.anyFact && ctx.lastKind == Change) {
				// a money measure has no level in per cent: "Quảng Ninh … đứng đầu bảng
				// tăng trưởng … với 12%. Con số của Hà Nội và TP.HCM lần lượt là 5,4% và
				// 5,9%" are rises, as the figures before them were
				f.Kind = Change
			}
			if ind == "public_investment_disbursed" {
				f.Kind = PlanProgress // "giải ngân vốn đầu tư công chỉ đạt 47%": of the plan
				if st.target && st.targetCue && !s.doneBefore(k) {
					// "đặt mục tiêu giải ngân 100% vốn đầu tư công": the aim (but "Đối chiếu với
					// kế hoạch … giao (8.412,5 tỷ đồng), tỷ lệ giải ngân đạt 24,5%" is progress,
					// and "Tổng kế hoạch vốn … 3.580 tỷ đồng, đã giải ngân đạt 62%" is done)
					f.Kind = Target
				}
			}
		case "":
			switch {
			case st.target:
				f.Kind = Target
			case st.growth && q.Kind == number.Percent && st.depth == 0 && s.growthNamesMeasure(k):
				// "9 tháng đầu năm tỉnh đạt tăng trưởng GRDP 11,67%": the growth named
				// before its measure, the rate right after both
				f.Kind = Change
			case (ind == "grdp" || ind == "gdp" || ind == "iip") && s.rankedWith(k):
				// "Quảng Ninh xếp thứ hai với 10,28%" after "Hải Phòng … tăng GRDP cao
				// nhất … đạt 12,38%": the place's growth, by its rank
				f.Kind = Change
			case q.Kind == number.Percent && k > 0 && s.quants[k-1].Kind == number.Percent && s.byVolume(s.tokenAt(s.quants[k-1].End)):
				// "mức tăng 10,6% về khối lượng và 22,4% về giá trị": the value's
				// rate, paired with the volume's and moving the same way
				f.Kind = Change
				if t := s.tokenAt(s.quants[k-1].Start); t > 0 && s.word(t-1) == "giảm" {
					f.Value = -math.Abs(f.Value)
				}
			case q.Kind == number.Percent && s.plusSigned(q):
				// "năm 2020 (+6,1%); năm 2021 (+13,8%)": a rate written with its sign is a change
				f.Kind = Change
			case st.depth > 0 && st.rank != "" && st.region.name == Nation && q.Kind == number.Percent && st.lastKind == Change:
				// "lạm phát tại TPHCM … 4,17%, cao nhất cả nước (bình quân 3,26%)": the
				// country's own rise, the yardstick of the ranking
				f.Kind = Change
			case st.rank != "" && s.afterWith(k) && q.Kind == number.Percent && (st.growth || ind == "grdp" || ind == "gdp"):
				// "Quảng Ninh đứng đầu về tăng trưởng GRDP với 11,89%": the leader's growth
				f.Kind = Change
			case st.rank != "" && s.afterWith(k) && q.Kind == number.Percent && ind == "public_investment_disbursed":
				// "Đắk Lắk dẫn đầu với tỷ lệ giải ngân 68,4%": the leader's share of its plan
				f.Kind = PlanProgress
			case st.rank != "" && s.afterWith(k) && q.Kind == number.Money:
				// "Quảng Ninh dẫn đầu về thu ngân sách với 40.680 tỷ đồng": the leader's amount
				f.Kind = Level
			case ctx.shareSeen && s.bracketedAfterAmount(k):
				// "Hà Nội … với 6,61 tỷ USD, chiếm 22,7% tổng số. TP.HCM đứng thứ
				// hai với 4,96 tỷ USD (17%)": the amount's share, as before it
				f.Kind = Share
			case (st.rank != "" || st.listRank) && st.lastPlace >= 0 && s.tokenAt(q.Start) <= st.lastPlace+1:
				// "cao nhất gồm: Bắc Giang (25,5%), Phú Thọ (24,3%)": each place's growth;
				// "tỷ lệ giải ngân cao nhất gồm: Thái Bình: 87,2%": each place's share of its plan
				f.Kind = Change
				if ind == "public_investment_disbursed" {
					f.Kind = PlanProgress
				}
				if m, ok := s.rankPlace(q.Start); ok {
					f.Region, f.Region2025 = m.Name, strPtr(m.Region2025)
				}
			default:
				return Fact{}, false
			}
		default:
			return Fact{}, false
		}
	case q.Kind == number.Points:
		if s.movedGroup(q.Start) {
			return Fact{}, false
		}
		if t := s.tokenAt(q.Start); t > 0 && s.word(t-1) == "trong" {
			return Fact{}, false // "Trong 7,63 điểm phần trăm tăng trưởng chung, khu vực …": the whole the parts share
		}
		if c, ok := s.basisAfterList(after); verb == lexicon.VerbExceed || ok && c.Value == "plan" {
			// "tăng trưởng … đạt 9,13%, vượt 1,13 điểm % so với chỉ tiêu đề ra",
			// "cao hơn 1,13 điểm phần trăm so với kế hoạch": the margin over the
			// aim, no measure's own change
			return Fact{}, false
		}
		f.Unit = "pp"
		switch verb {
		case lexicon.VerbContribDown:
			f.Kind, f.Value = Contribution, -f.Value
		case lexicon.VerbUp, lexicon.VerbDown:
			f.Kind = Change
			if s.caused(q.Start) {
				// "tác động làm CPI chung tăng 0,20 điểm phần trăm": points added to the total
				f.Kind = Contribution
			}
			if verb == lexicon.VerbDown {
				f.Value = -math.Abs(f.Value)
			}
		default:
			f.Kind = Contribution
		}
	case q.Kind == number.Money || q.Kind == number.Plain && q.Scaled:
		if !lexicon.IsMoney(ind) || q.Kind == number.Plain && q.Unit != "" {
			return Fact{}, false // tonnes, visitors: never a money indicator
		}
		if s.exampleProjects(q.Start) {
			// "Có thể kể đến một số dự án FDI tiêu biểu … như: dự án … của Samsung
			// Display … với tổng vốn đăng ký 1,8 tỷ USD": one project's capital
			return Fact{}, false
		}
		f.Unit = q.Unit
		if f.Unit == "" {
			f.Unit = firstNonEmpty(ctx.currency, defaultCurrency(ind))
		} else if f.Unit == "VND" || f.Unit == "USD" {
			ctx.currency = f.Unit
		}
		if (q.Approx == "trên" || q.Approx == "dưới" || verb == lexicon.VerbExceed) && roundFigure(q.Value) || verb == lexicon.VerbExceed && s.threshold(q.Start) {
			// "trên 1 tỷ USD", "vượt 10 tỷ USD", "vượt mốc 637 tỷ USD": a bound
			// passed, not the figure (but "trên 19.082 tỷ" and "vượt 704.500 tỷ
			// đồng" are the figure, said as a floor)
			return Fact{}, false
		}
		switch verb {
		case lexicon.VerbUp:
			f.Kind = Change
			if ind == "fdi_registered" && (f.Sector == "all" || f.Sector == "capital_adjustment") && s.addedCapital(q) {
				// "26 dự án FDI tăng thêm gần 114 triệu USD": the capital the
				// adjusted projects added, a level of that part
				f.Kind, f.Sector = Level, "capital_adjustment"
			}
		case lexicon.VerbDown:
			f.Kind, f.Value = Change, -math.Abs(f.Value)
		case lexicon.VerbShare, lexicon.VerbCountUp, lexicon.VerbCountDown:
			return Fact{}, false
		default:
			f.Kind = Level
			if t := s.tokenAt(q.Start); t > 0 && (s.word(t-1) == "giao" || t > 1 && s.word(t-1) == ":" && s.word(t-2) == "giao") {
				f.Kind = Target // "(Trung ương giao: 13.398 tỷ đồng; HĐND tỉnh giao 16.310 tỷ đồng)": the plan, assigned
			}
			if s.planInBrackets(q) {
				f.Kind = Target // "đạt 74,4% kế hoạch (trên 66.620 tỷ đồng)": the plan's size
			}
			if ind == "public_investment_disbursed" && s.allocatedBefore(k) {
				f.Kind = Target // "được Thủ tướng giao tổng cộng 55.641 tỷ đồng vốn đầu tư công": the plan, not what was spent
			}
		}
		if st.negative && f.Value > 0 {
			f.Value = -f.Value
		}
	default:
		return Fact{}, false
	}
	if st.depth > 0 && st.comparative && q.Kind == number.Percent && (st.lastKind == PlanProgress || st.lastKind == Share || st.lastKind == Change) {
		// "đạt 72,4% kế hoạch, cao hơn mức bình quân chung cả nước (54,4%)",
		// "tăng 6,4%, thấp hơn mức trung bình cả nước (14,8%)": the yardstick is
		// the same measure as the figure it is set against, with its own sign
		f.Kind, f.Value = st.lastKind, q.Value
	}
	if ind == "" {
		return Fact{}, false
	}
	if (ind == "grdp" || ind == "gdp") && f.Kind == Level && perHead(f.Value, f.Unit) {
		// "20 TỈNH, TP CÓ GRDP BÌNH QUÂN CAO NHẤT … / 2. Quảng Ninh 176 triệu
		// đồng": no province's economy is 176 million dong, a head's share is
		ind += "_per_capita"
	}
	if ind == "cpi" && s.itemsBehind(k) {
		// "nhóm hàng ăn và dịch vụ ăn uống giảm 0,89% vì nguồn gà, vịt tại chỗ dồi
		// dào khiến thịt gia cầm giảm 3,57%, trứng gà, vịt giảm 2,94%": the items
		// behind a group's move, no group of the index
		return Fact{}, false
	}
	if (ind == "grdp" || ind == "gdp") && (f.Sector == "all" || f.Sector == "") && s.industryLeads(st.clauseTok, s.tokenAt(q.Start)) {
		// "Ngành công nghiệp tăng 22,74%, đóng góp 4,76 điểm phần trăm" in a
		// report on GRDP: the industry's value added (in one on the IIP
		// "ngành công nghiệp" is the whole index)
		f.Sector = "industry"
		w.Sector = s.note("công nghiệp", FromClause)
	}
	if (ind == "gdp" || ind == "cpi") && s.worldMeasure(st.clauseTok, s.tokenAt(q.Start)) {
		// "OECD dự báo tăng trưởng kinh tế toàn cầu đạt 2,9%": the world's, no
		// region the contract names
		return Fact{}, false
	}
	if f.Kind == Change && f.Unit == "%" && st.depth == 0 && st.lastKind == Share && st.lastQuant > st.clauseTok && s.onStructure() && !s.amountSince(st.clauseTok, k) {
		// "Cơ cấu GRDP …: ngành nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm
		// 1,19%": the share moved by points, the sector did not shrink (but in
		// "Hải Phòng đạt 16 tỷ USD, chiếm 13,3%, tăng 21%" the exports grew)
		return Fact{}, false
	}
	if f.Region != Nation && f.Unit == "%" && f.Kind == Change && ind != "grdp" && ctx.onGrowth() && !s.has(lexicon.Indicator) && s.placesGrow() {
		// "Tính theo 63 tỉnh, thành phố cũ, TP. HCM tăng 7,82%, … và 10 địa phương
		// tăng trưởng 2 con số": in an article on growth, places that "tăng
		// trưởng" with no measure named grow their economy, whatever came before
		ind = "grdp"
		w.Indicator = s.note("tăng trưởng", FromClause)
	}
	if st.gdpNamed && ind == "gdp" && f.Region != Nation && !s.placeBefore(q.Start) {
		// "Bước sang năm 2022, … GDP 9 tháng năm 2022 tăng 8,83%" in an
		// article on a province: GDP by name is the country's
		f.Region, f.Region2025 = Nation, nil
		w.Region = s.note(Nation, FromClause)
	}
	if (ind == "grdp" || ind == "gdp") && f.Region == Nation && len(s.local) == 0 && !s.hasNation() && ctx.named.name2025 != "" && s.namesGRDP() {
		// "Cụ thể, tỉnh Ninh Bình là điểm đến … / Tổng sản phẩm xã hội (GRDP …)
		// năm 2024 tăng 8,52%" in an article on three provinces: a province's
		// measure, of the one just named, not the country's
		f.Region, f.Region2025 = ctx.named.name, strPtr(ctx.named.name2025)
	}
	if ind == "grdp" && f.Region == Nation && ctx.unnamedHome && !s.hasNation() && provincialWords(s.low) {
		// "tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) quý III …" on
		// a page that never names its province: some province's, not the country's
		return Fact{}, false
	}
	switch {
	case ind == "gdp" && f.Region != Nation:
		ind = "grdp" // a province's or a region's "tăng trưởng kinh tế" is its GRDP
	case ind == "grdp" && f.Region == Nation:
		ind = "gdp" // "cao hơn mức tăng bình quân cả nước (khoảng 7%)": the country's is GDP
	case ind == "retail_sales" && strings.Contains(s.low[s.toks[min(st.clauseTok, len(s.toks)-1)].Start:q.Start], "loại trừ yếu tố giá"):
		// "Nếu loại trừ yếu tố giá, tổng mức bán lẻ … tăng 7%": sales at constant
		// prices, another measure than the current-price total
		ind = "retail_sales_real"
	}
	f.Indicator = ind
	if t := s.tokenAt(q.Start); ind == "fdi_registered" && q.Kind == number.Money && t >= 2 && s.word(t-2) == "điều" && s.word(t-1) == "chỉnh" {
		// a list of FDI's parts by their short names: "trong đó cấp mới 1,35 tỷ
		// USD, điều chỉnh 0,98 tỷ USD và góp vốn mua cổ phần 0,5 tỷ USD"
		f.Sector = "capital_adjustment"
	}
	if (ind == "gdp" || ind == "grdp") && f.Period != nil && len(*f.Period) == 7 && (*f.Period)[4] == '-' && (*f.Period)[5] != 'Q' && (*f.Period)[5] != 'H' {
		// GDP is counted by the quarter: "Tình hình kinh tế tháng 3 và quý I … GRDP
		// đạt 8,1%" under a month that ends a quarter is the quarter's
		if mm, _ := strconv.Atoi((*f.Period)[5:]); mm%3 == 0 {
			f.Period = strPtr(fmt.Sprintf("%s-Q%d", (*f.Period)[:4], mm/3))
		}
	}
	if st.target && (f.Kind == Change || f.Kind == Level) && !s.beatTargetWith(q.Start) {
		f.Kind = Target
	}
	if m, ok := s.sameTimeAfter(after); ok && f.Period != nil && f.Kind != Target && !s.elidedComparison(q, after) {
		// "cao hơn mức tăng 15% của cùng kỳ năm trước": last year's figure
		if m.Kind == period.Period {
			f.Period, f.Estimate = strPtr(m.Period), false // "cao hơn mức 6,9% của năm ngoái"
		} else {
			y := m.Year
			if y == 0 {
				y = yearOf(*f.Period) - 1
			}
			f.Period, f.Estimate = strPtr(period.Shift(*f.Period, y)), false
			if f.Kind == Change {
				f.Basis = strPtr("yoy")
			}
		}
	}
	if p := f.Period; p != nil && len(*p) == 7 && (*p)[5] != 'Q' && (*p)[5] != 'H' && f.Kind == Change && s.againstAverage(after) {
		// "CPI tháng 11/2023 … tăng 1,74% so với bình quân cùng kỳ năm trước": the
		// average of the months so far against last year's, a run of months
		y, _ := strconv.Atoi((*p)[:4])
		m, _ := strconv.Atoi((*p)[5:])
		f.Period = strPtr(period.Run(y, 1, m))
	}
	if y := s.itemYear(q); y > 0 && f.Period != nil && f.Kind == Change {
		// "(2001 tăng 7,1%; 2002 tăng 6,5%; …)" after the first half of 2005: each
		// item the same months of the year it names
		f.Period, f.Estimate = strPtr(period.Shift(*f.Period, y)), false
	}
	if f.Period != nil && ctx.year > 0 && !ctx.dateless && yearOf(*f.Period) > ctx.year && f.Kind != Target {
		f.Kind = Target // "định hướng đến năm 2030 đạt 25 tỷ USD vốn FDI": a year still to come is a plan
		if f.Unit != "%" {
			f.Basis = nil
		}
	}
	if f.Kind == Target && !st.periodSaid && len(st.period) >= 4 {
		// "chỉ tiêu tăng trưởng công nghiệp 7%-8%": a target with no period of its own is the year's
		f.Period = strPtr(st.period[:4])
	}
	if f.Kind == Change || f.Kind == Contribution || f.Kind == Target && f.Unit == "%" {
		basis := st.basis
		c, ok := s.basisAfterList(after)
		if ok {
			basis = c.Value
			if st.figWhy != nil {
				st.figWhy.Basis = s.origin(c.Start, c.End, FromAfter)
			}
		} else if f.Kind == Contribution {
			basis = ""
		}
		if st.sameTime {
			basis = "yoy"
		}
		if _, same := s.sameTimeAfter(after); same && !ok && s.elidedComparison(q, after) {
			basis = "yoy" // "tăng 21,5% cùng kỳ năm 2017": against the same months of 2017
		}
		if basis == "other" {
			basis = s.namedBasis(after, f.Period)
		}
		if basis == "other" && f.Period != nil && strings.Contains(*f.Period, "..") {
			// "Trong 10 tháng … tăng 3,71%. So với tháng 9, chỉ số này tăng 0,09%":
			// against the month before the run's last, the figure is that last month's
			if last := period.LastMonth(*f.Period); last != "" && s.namedBasis(after, &last) == "mom" {
				basis, f.Period = "mom", strPtr(last)
			}
		}
		if basis == "other" && s.rateCompared(c) {
			// "khai khoáng chỉ tăng 3,1% so với mức 16,8% của tháng 9": a rise
			// set beside another rise, on the base both share, not a base
			basis = st.basis
			if st.rateBasis {
				basis = st.basisBefore
			}
		}
		if basis == "other" {
			return Fact{}, false // compared with something the contract cannot name
		}
		if compared {
			basis = "" // the compared period's figure says nothing of its own base
		}
		if respBasis != "" {
			basis = respBasis
		}
		f.Basis = strPtr(basis)
		if basis == "mom" && f.Period != nil {
			// "So với tháng trước, … tăng 0,77%" under "6 tháng": a month's
			// change is the last month's, not the run's
			if m := period.LastMonth(*f.Period); m != "" {
				f.Period = strPtr(m)
			}
		}
		if basis == "prev_year" && f.Period == nil {
			// a figure set against a whole year named, with no period of its own:
			// "GRDP ước tính tăng 10,04% so với năm 2023" is 2024's
			if y := s.comparedWholeYear(); y > 0 {
				f.Period = strPtr(strconv.Itoa(y + 1))
			}
		}
	}
	return f, true
}

// bracketYear is a year in brackets right after a figure: " (2015)", " (2024, ước tính)".
var bracketYear = regexp.MustCompile(`^\s*\(((?:19|20)\d\d)(?:\)|,)`)

// provincialWords: the sentence speaks of a province: "của tỉnh", "trên
// địa bàn tỉnh", "toàn tỉnh", "nội tỉnh", "UBND tỉnh".
func provincialWords(low string) bool {
	for _, w := range []string{"của tỉnh", "địa bàn tỉnh", "toàn tỉnh", "nội tỉnh", "trong tỉnh", "ubnd tỉnh", "tỉnh ủy", "tỉnh uỷ"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// comparedWholeYear is the year of "so với năm 2023" in the sentence, or 0.
func (s *sentence) comparedWholeYear() int {
	for _, m := range s.pers {
		if t := s.tokenAt(m.Start); m.Compared && m.Kind == period.Period && len(m.Period) == 4 && t >= 2 && s.word(t-2) == "so" && s.word(t-1) == "với" {
			return m.Year
		}
	}
	return 0
}

// maxQuote bounds a quote: a sentence longer than this (a run-on line of a
// table, a paste with no full stops) is quoted only around the figure.
const maxQuote = 600

// againstAverage: the comparison right after token after is with the average
// of the same months last year, "so với bình quân cùng kỳ năm trước".
func (s *sentence) againstAverage(after int) bool {
	return after+3 < len(s.toks) && s.word(after) == "so" && s.word(after+1) == "với" && s.word(after+2) == "bình" && s.word(after+3) == "quân"
}

// headerUnit reads the unit a table header names at its end: "(Tỷ đồng)" →
// 1e9 VND, "(triệu USD)" → 1e6 USD; 0 when it names none.
func headerUnit(t string) (float64, string) {
	m := headerUnitRE.FindStringSubmatch(t)
	if m == nil {
		return 0, ""
	}
	scale := map[string]float64{"": 1, "tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "nghìn": 1e3, "ngàn": 1e3}[strings.ToLower(m[1])]
	currency := "VND"
	if c := strings.ToLower(m[2]); c == "usd" || c == "đô la mỹ" {
		currency = "USD"
	}
	return scale, currency
}

var headerUnitRE = regexp.MustCompile(`(?i)\((?:đơn vị:\s*)?(tỷ|tỉ|triệu|nghìn|ngàn)?\s*(đồng|usd|đô la mỹ)\)\s*$`)

// denominatorPart is the part of ind the words after a share name as its
// whole ("chiếm 17,5% tổng vốn đăng ký cấp mới" → new_projects), or "".
func (s *sentence) denominatorPart(after int, ind string) string {
	for _, c := range s.cues {
		if c.First < after || c.First > after+6 {
			continue
		}
		if s.wordBetween(s.toks[after].Start, c.Start, ",") || s.wordBetween(s.toks[after].Start, c.Start, ";") {
			break
		}
		if c.Cat == lexicon.Sector && lexicon.PartOf(c.Value, ind) {
			return c.Value
		}
	}
	return ""
}

// itemYear is the bare year that opens the list item figure q ends, "(2001
// tăng 7,1%; 2002 tăng 6,5%)", or 0.
func (s *sentence) itemYear(q number.Quantity) int {
	t := s.tokenAt(q.Start)
	if t < 3 {
		return 0
	}
	if v := s.word(t - 1); v != "tăng" && v != "giảm" {
		return 0
	}
	if o := s.word(t - 3); o != "(" && o != ";" && o != "," {
		return 0
	}
	y, err := strconv.Atoi(s.toks[t-2].Text)
	if err != nil || y < 1990 || y > 2100 {
		return 0
	}
	return y
}

// quote is the sentence, or in a very long one the words around bytes a..b
// of it, cut at spaces: always a piece of the body as printed.
func (s *sentence) quote(a, b int) string {
	if len(s.text) <= maxQuote {
		return s.text
	}
	from, to := max(0, a-maxQuote/2), min(len(s.text), b+maxQuote/2)
	if i := strings.IndexByte(s.text[from:a], ' '); from > 0 && i >= 0 {
		from += i + 1
	}
	if i := strings.LastIndexByte(s.text[b:to], ' '); to < len(s.text) && i >= 0 {
		to = b + i
	}
	return s.text[from:to]
}

// endsLater: period a runs to a later month than period b of the same year:
// a report on 10 months over a figure of 9 ("2025-01..2025-10", "2025-01..2025-09").
func endsLater(a, b string) bool {
	la, lb := period.LastMonth(a), period.LastMonth(b)
	return la != "" && lb != "" && la[:4] == lb[:4] && la > lb
}

// namedBasis reads a comparison with a named period, "so với tháng 12/2023":
// December of the year before is "dec_prev_year", the same
// period a year earlier is "yoy". Anything else stays "other".
func (s *sentence) namedBasis(after int, cur *string) string {
	if cur == nil || after >= len(s.toks) {
		return "other"
	}
	reach := after + 3
	if after+3 < len(s.toks) && s.word(after+2) == "bình" && s.word(after+3) == "quân" {
		reach += 2 // "so với bình quân năm 2018": an average compared with an average
	}
	for _, m := range s.pers {
		if !m.Compared || m.Kind != period.Period || s.tokenAt(m.Start) > reach || m.Start < s.toks[after].Start && !s.opensWith(m) && !s.governs(m, after) {
			continue
		}
		y := yearOf(*cur)
		switch {
		case len(*cur) == 7 && m.Period == period.PrevMonth(*cur):
			return "mom" // "tháng 9 … giảm 1,7% so với tháng 8"
		case m.Period == strconv.Itoa(y-1)+"-12":
			return "dec_prev_year"
		case len(*cur) == 4 && m.Period == strconv.Itoa(y-1):
			return "prev_year" // a year against the year before
		case m.Period == period.Shift(*cur, y-1):
			return "yoy"
		}
		break
	}
	return "other"
}

// rateCompared: comparison c sets a figure beside another rate, not a base
// period: "so với mức 16,8% của tháng 9", "so với mức tăng 12,7%", "so với
// 13,9%".
func (s *sentence) rateCompared(c lexicon.Cue) bool {
	if c.Last == 0 {
		return false // no comparison
	}
	t := c.Last + 1
	if s.word(t) == "mức" {
		t++
	}
	if w := s.word(t); w == "tăng" || w == "giảm" {
		t++
	}
	for _, q := range s.quants {
		if q.Kind == number.Percent && s.tokenAt(q.Start) == t {
			return true
		}
	}
	return false
}

// firms: the words name firms, "doanh nghiệp" or its short form "DN".
func firms(low string) bool {
	return strings.Contains(low, "doanh nghiệp") || strings.Contains(low, " dn ") || strings.HasPrefix(low, "dn ")
}

// bracketedAlone: the ")" at token t closes brackets that hold one figure
// and nothing else: "(+20,92%)".
func (s *sentence) bracketedAlone(t int) bool {
	j := t - 1
	for j >= 0 && (s.toks[j].Kind == segment.Digit || strings.Contains(",.%+-", s.toks[j].Text)) {
		j--
	}
	return j >= 0 && j < t-1 && s.toks[j].Text == "("
}

// governs: compared period m stands before the figure that ends at token
// after, with only its verb between: "CPI tháng 9 so với tháng 12/2011 tăng
// 5,13%".
func (s *sentence) governs(m period.Mention, after int) bool {
	end := s.tokenAt(m.End)
	k := -1
	for j, q := range s.quants {
		if s.tokenAt(q.End) == after {
			k = j
		}
	}
	if k < 0 || end > s.tokenAt(s.quants[k].Start) {
		return false
	}
	for _, q := range s.quants[:k] {
		if q.End > m.End {
			return false // a figure between: the comparison is that one's
		}
		if t := s.tokenAt(m.Start); t >= 3 && s.tokenAt(q.End) == t-2 {
			return false // "tăng 1,54% so với tháng 7/2015 và tăng 1,75%": the figure before it owns it
		}
	}
	if _, ok := s.basisAfterList(after); ok {
		return false // the figure names its own comparison after it
	}
	for t := end; t < s.tokenAt(s.quants[k].Start); t++ {
		if w := s.word(t); w == "," || w == ";" || w == "." {
			return false
		}
	}
	return true
}

// basisAfterList finds the comparison right after a number, or after the
// list of numbers it opens: "tăng lần lượt 8,6% và 11,3% so với cùng kỳ"
// compares both with the same period.
func (s *sentence) basisAfterList(after int) (lexicon.Cue, bool) {
	t := after
	joined := false // past a "và" or "," with no number after it yet
	for t < len(s.toks) {
		if c, ok := s.cueAfter(t, lexicon.Basis); ok {
			if joined {
				// "tăng 1,72% và so với cùng kỳ năm trước tăng 3,3%": the
				// comparison after "và" opens the next figure's clause
				return lexicon.Cue{}, false
			}
			return c, true
		}
		switch tk := s.toks[t]; {
		case tk.Text == "và" || tk.Text == ",":
			joined = true
			t++
		case tk.Kind == segment.Digit:
			joined = false
			t++
		case tk.Text == "%", tk.Text == ".":
			t++
		case tk.Text == "khi" && s.word(t+1) == "so":
			t++ // "tăng 0,42% khi so với tháng 12/2015"
		case tk.Text == "(" && s.skipAside(t) > t:
			t = s.skipAside(t) // "giảm 1,5% (tương ứng giảm 621 triệu USD) so với tháng trước"
		case tk.Text == ")" && s.equivalentAside(t):
			t++ // the same aside from inside: "621 triệu USD" is compared with last month too
		case tk.Text == ")" && t == after && s.bracketedAlone(t):
			t++ // the figure alone in brackets: "có mức tăng khá cao (+20,92%) so với tháng trước"
		case tk.Text == "tương" && s.word(t+1) == "ứng" && s.equivalentEnd(t+2) > t+2:
			// "tăng 27,2%, tương ứng tăng gần 15,17 tỷ USD so với cùng kỳ năm trước":
			// the same rise in dollars, and the comparison both share
			t, joined = s.equivalentEnd(t+2), false
			if s.word(t) == "," {
				t++ // "tương ứng tăng 28,55 tỷ USD, so với cùng kỳ năm trước"
			}
		case (tk.Text == "của" || tk.Text == "về") && t == after && s.ownMeasureEnd(t+1) > t+1:
			// "mức tăng 0,45% của CPI tháng 11/2025 so với tháng trước", "giảm
			// 31,5% về vốn đăng ký so với cùng kỳ năm 2024": the measure (and
			// its period) named after the figure, then its comparison
			t = s.ownMeasureEnd(t + 1)
		case tk.Text == "về" && s.aspectEnd(t) > t:
			t = s.aspectEnd(t) // "tăng 15,5% về lượng và tăng 11,3% về trị giá so với cùng kỳ"
		default:
			return lexicon.Cue{}, false
		}
	}
	return lexicon.Cue{}, false
}

// equivalentEnd is the token after "tăng gần 15,17 tỷ USD" starting at token
// t (a verb, a hedge, one amount), or t when no such amount starts there.
func (s *sentence) equivalentEnd(t int) int {
	j := t
	if w := s.word(j); w == "tăng" || w == "giảm" || w == "với" {
		j++
	}
	if w := s.word(j); w == "gần" || w == "hơn" || w == "khoảng" || w == "trên" || w == "xấp" {
		j++
	}
	for _, q := range s.quants {
		if qt := s.tokenAt(q.Start); qt == j || qt == j+1 && s.word(j) == "xỉ" {
			return s.tokenAt(q.End)
		}
	}
	return t
}

// ownMeasureEnd is the token after an indicator at token t and the period
// right after it ("CPI tháng 11/2025"), or t when no indicator starts there.
func (s *sentence) ownMeasureEnd(t int) int {
	c, ok := s.cueAfter(t, lexicon.Indicator)
	if !ok {
		return t
	}
	end := c.Last + 1
	for _, m := range s.pers {
		if end < len(s.toks) && m.Start == s.toks[end].Start && m.Kind == period.Period {
			end = s.tokenAt(m.End)
		}
	}
	return end
}

// milestone: the amount is a round mark passed, "vượt mốc 1,3 triệu tỷ
// đồng", "cán mốc 1 tỷ USD" (a figure to the decimal after "mốc" is the
// level reached), or a rate a month held above, "trên 40 tỉ USD/tháng".
func (s *sentence) milestone(k int) bool {
	q := s.quants[k]
	t := s.tokenAt(q.Start)
	if t > 0 && s.word(t-1) == "mốc" && (q.Unit == "%" || round(q.Value)) {
		return true // but "con số này đạt mốc 50.201,9 tỉ đồng" is the level itself, no mark
	}
	after := s.tokenAt(q.End)
	if q.Approx != "" && after+1 < len(s.toks) && s.toks[after].Text == "/" && s.word(after+1) == "tháng" {
		return true
	}
	// "Đây là một dấu mốc …: lần đầu tiên một nhóm hàng đạt quy mô 100 tỷ USD";
	// "địa phương đầu tiên trong cả nước có giá trị kim ngạch xuất khẩu hơn 30 tỷ
	// USD": the first to pass a round mark, not the figure
	return (strings.Contains(s.low, "dấu mốc") || strings.Contains(s.low, "cột mốc") ||
		strings.Contains(s.low, "đầu tiên") && (q.Approx == "hơn" || q.Approx == "trên" || t > 0 && s.word(t-1) == "vượt")) && round(q.Value)
}

// round: v has one or two significant digits and is at least 10 ("100 tỷ
// USD", "1 triệu tỷ đồng"), as a mark passed is.
func round(v float64) bool {
	if v < 10 {
		return false
	}
	for v >= 100 && math.Mod(v, 10) == 0 {
		v /= 10
	}
	return v < 100 && v == math.Trunc(v)
}

// placesCountedBefore: a number before quantity k counts places ("6 tỉnh,
// thành phố có …", "là 6 tỉnh/thành thu về …").
func (s *sentence) placesCountedBefore(k int) bool {
	for j := 0; j < k; j++ {
		if s.countsPlaces(s.quants[j]) {
			return true
		}
	}
	return false
}

// groupSubject: quantity k is said of a number of places counted before it in
// its clause, with no place or the country named between: the group's
// figure. "Trong nhóm 8 địa phương này, Bình Dương … -37%" names its place.
func (s *sentence) groupSubject(k int) bool {
	q := s.quants[k]
	for j := k - 1; j >= 0; j-- {
		c := s.quants[j]
		if s.wordBetween(c.End, q.Start, ";") || s.wordBetween(c.End, q.Start, ":") {
			return false
		}
		if !s.countsPlaces(c) {
			continue
		}
		for _, g := range s.groups {
			if g.start <= c.Start && c.Start < g.end {
				return false // "28 tỉnh, thành phố khu vực phía Bắc": a region with a name
			}
		}
		for _, m := range s.local {
			if m.Start >= c.End && m.Start < q.Start {
				return false
			}
		}
		for _, cue := range s.cues {
			if cue.Cat == lexicon.Nation && cue.Start >= c.End && cue.Start < q.Start {
				return false
			}
		}
		return true
	}
	return false
}

// afterIndicator: an indicator is named before byte off, so a period there
// belongs to the measure ("Tăng trưởng GRDP 9 tháng"), not to the report.
func (s *sentence) afterIndicator(off int) bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.End <= off {
			return true
		}
	}
	return false
}

// namesOtherIndicator: the sentence opens on an indicator other than ind,
// as its subject before its first figure, and is no breakdown ("Trong đó, …").
func (s *sentence) namesOtherIndicator(ind string) bool {
	if s.breakdown() {
		return false
	}
	first := len(s.text)
	if len(s.quants) > 0 {
		first = s.quants[0].Start
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Start < first {
			return c.Value != ind
		}
	}
	return false
}

// namesPlace: the sentence names the place itself.
func (s *sentence) namesPlace(name string) bool {
	for _, m := range s.local {
		if m.Name == name {
			return true
		}
	}
	return false
}

// countBefore: the parenthesis at token k follows a count ("có 1.988 dự
// án đầu tư mới (tăng 21,7% so với cùng kỳ)"), so what it says is of the count.
func (s *sentence) countBefore(k int) bool {
	for j := len(s.quants) - 1; j >= 0; j-- {
		q := s.quants[j]
		after := s.tokenAt(q.End)
		if after > k {
			continue
		}
		if !s.countedThing(q, after) || k-after > 16 {
			return false
		}
		comma := k                   // "1.708 giao dịch góp vốn, mua cổ phần (…)" is one thing counted;
		for t := after; t < k; t++ { // "20 dự án, tổng vốn 1 tỷ USD (…)" names another
			if s.toks[t].Text == ";" {
				return false
			}
			if s.toks[t].Text == "," && comma == k {
				comma = t
			}
		}
		for _, c := range s.cues {
			owner := c.First >= 2 && (s.word(c.First-1) == "của" || s.word(c.First-2) == "của") // "của nhà đầu tư nước ngoài"
			if c.First >= after && c.First < k && (c.Cat == lexicon.Verb || c.Cat == lexicon.Indicator && c.First > comma && !owner) {
				return false
			}
		}
		return true
	}
	return false
}

// placesGrow: the sentence says places "tăng trưởng": "10 địa phương tăng
// trưởng 2 con số", "các tỉnh tăng trưởng cao".
func (s *sentence) placesGrow() bool {
	i := strings.Index(s.low, "tăng trưởng")
	if i < 0 {
		return false
	}
	before := s.low[max(0, i-40):i]
	return strings.Contains(before, "địa phương") || strings.Contains(before, "tỉnh") || strings.Contains(before, "thành phố")
}

// statesFigure: the place is followed at once by its own figure or verb,
// so even inside an aside it is the subject: "(gồm Bắc Giang tăng 14,01%,
// Quảng Ngãi 12,4%, …)", not "(Hà Nội)" after a figure.
func (s *sentence) statesFigure(m place.Match) bool {
	t := s.tokenAt(m.End)
	if t >= len(s.toks) {
		return false
	}
	switch s.word(t) {
	case "tăng", "giảm", "đạt", "với":
		return true
	}
	return s.toks[t].Kind == segment.Digit
}

// quantAhead: another figure follows quantity k in the sentence.
func (s *sentence) quantAhead(k int) bool { return k+1 < len(s.quants) }

// stillOwed: the figure is what remains to be done, not what was done:
// "còn hơn 8.600 tỷ đồng phải giải ngân trong ba tháng cuối năm".
func (s *sentence) stillOwed(after int) bool {
	return after < len(s.toks) && (s.word(after) == "phải" || s.word(after) == "cần" && after+1 < len(s.toks) && s.word(after+1) != "thiết")
}

// equivalentAside: the parenthesis that token t closes restates the figure
// before it in other units: "(tương ứng giảm 621 triệu USD)".
func (s *sentence) equivalentAside(t int) bool {
	for k := t - 1; k >= 0; k-- {
		switch s.toks[k].Text {
		case ")":
			return false
		case "(":
			// "(tương ứng giảm 621 triệu USD)", "(tăng 2,76 tỷ USD) so với
			// tháng cùng kỳ": the same change in other units
			w := s.word(k + 1)
			return w == "tương" || w == "tức" || w == "tăng" || w == "giảm"
		}
	}
	return false
}

// rankPlace is the place named just before a number in a ranking list.
func (s *sentence) rankPlace(off int) (place.Match, bool) {
	for k := len(s.local) - 1; k >= 0; k-- {
		if s.local[k].End <= off {
			return s.local[k], true
		}
	}
	return place.Match{}, false
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// periodAfter finds a period named after quantity k and before the next one.
func (s *sentence) periodAfter(k int) (string, bool) {
	end := len(s.text)
	if k+1 < len(s.quants) {
		end = s.quants[k+1].Start
	}
	for _, m := range s.pers {
		if m.Start >= s.quants[k].End && m.Start < end && m.Kind == period.Period && !m.Compared && !m.ThisMonth && !s.ofPlan(m) {
			if strings.Contains(s.text[s.quants[k].End:m.Start], "(") {
				break // "với mức tăng 12,9% (quý I tăng 15,7%; …)": the aside's figures' periods
			}
			return m.Period, true
		}
	}
	return "", false
}

// periodRightAfter finds a period named right after quantity k ("8,7 tỷ USD
// trong tháng 8", "7,9 tỷ USD vào quý II", "tăng gần 13% tính chung 9
// tháng"): the figure's own, whatever the sentence named before it.
func (s *sentence) periodRightAfter(k int) (string, bool) {
	t := s.tokenAt(s.quants[k].End)
	opener := -1 // where "tính chung" starts, which a period may take in
	if t < len(s.toks) && (s.toks[t].Text == "trong" || s.toks[t].Text == "vào") {
		t++
	} else if t+1 < len(s.toks) && (s.word(t) == "tính" && s.word(t+1) == "chung" || s.word(t) == "lũy" && s.word(t+1) == "kế") {
		opener, t = s.toks[t].Start, t+2 // "tăng gần 13% tính chung 9 tháng"
	}
	if t >= len(s.toks) {
		return "", false
	}
	for _, m := range s.pers {
		if (m.Start == s.toks[t].Start || m.Start == opener) && m.Kind == period.Period && !m.Compared && !m.ThisMonth && !s.ofPlan(m) {
			return m.Period, true
		}
	}
	return "", false
}

// ofPlan: the period belongs to a plan word before it ("kế hoạch cả năm").
func (s *sentence) ofPlan(m period.Mention) bool {
	for _, c := range s.cues {
		if (c.Cat == lexicon.PlanWord || c.Cat == lexicon.Target) && c.Start < m.Start && m.Start <= c.End+1 {
			return true
		}
	}
	return false
}

// changeOfAmount: quantity k is a rise or fall told of the amount just
// before it, ", tăng 1,2%" right after "thực hiện 41.900 tỷ đồng".
func (s *sentence) changeOfAmount(k int) bool {
	if k == 0 || s.quants[k].Kind != number.Percent {
		return false
	}
	prev := s.quants[k-1]
	if prev.Kind != number.Money && !prev.Scaled {
		return false
	}
	from, to := s.tokenAt(prev.End), s.tokenAt(s.quants[k].Start)
	if to-from != 2 || s.toks[from].Text != "," {
		return false
	}
	w := s.word(from + 1)
	return w == "tăng" || w == "giảm"
}

// sameTimeAfter finds "(của) cùng kỳ năm trước" right after a number.
func (s *sentence) sameTimeAfter(after int) (period.Mention, bool) {
	if after < len(s.toks) && s.toks[after].Text == "của" {
		after++
	}
	if after >= len(s.toks) {
		return period.Mention{}, false
	}
	for _, m := range s.pers {
		if m.Start == s.toks[after].Start && (m.Kind == period.SameTime || m.Kind == period.Period && m.Compared && s.toks[after-1].Text == "của") {
			return m, true
		}
	}
	return period.Mention{}, false
}

// elidedComparison: a rise or fall runs straight into "cùng kỳ …" with no
// "so với" and no "của": "tăng 21,5% cùng kỳ năm 2017" compares with 2017,
// the figure is this year's (while "mức tăng 15% của cùng kỳ năm trước" is
// last year's own).
func (s *sentence) elidedComparison(q number.Quantity, after int) bool {
	t := s.tokenAt(q.Start)
	if t == 0 || after >= len(s.toks) || s.word(after) != "cùng" {
		return false
	}
	w := s.word(t - 1)
	return w == "tăng" || w == "giảm"
}

func defaultCurrency(ind string) string {
	if lexicon.IsTrade(ind) {
		return "USD"
	}
	return "VND"
}

// count reads "tăng ở 60 địa phương", "25/28 tỉnh, thành phố có … tăng trưởng
// dương": how many places rose or fell. The indicator may come after the
// count, before its verb.
func (s *sentence) count(st *state, ctx *context, k int, f Fact) (Fact, bool) {
	q := s.quants[k]
	after := s.tokenAt(q.End)
	noun, ok := s.cueAfter(after, lexicon.CountNoun)
	if !ok {
		return Fact{}, false
	}
	// the rest of the clause: up to the next number or ";"
	limit := len(s.toks)
	if k+1 < len(s.quants) {
		limit = s.tokenAt(s.quants[k+1].Start)
	}
	for t := noun.Last + 1; t < limit; t++ {
		if s.toks[t].Text == ";" {
			limit = t
			break
		}
	}
	if ctx.group != nil && ctx.group.size == q.Value && q.Of == 0 {
		st.region = region{name: ctx.group.name} // "của 28 tỉnh, thành": the group itself
		return Fact{}, false
	}
	for _, g := range s.groups {
		if g.start == q.Start {
			return Fact{}, false // "28 tỉnh, thành phố khu vực phía Bắc" names a group
		}
	}
	if limit > noun.Last+countWindow {
		limit = noun.Last + countWindow
	}
	for t := noun.Last + 1; t+1 < len(s.toks) && t < noun.Last+countWindow; t++ {
		if (s.word(t) == "con" || s.word(t) == "chữ") && s.word(t+1) == "số" {
			return Fact{}, false // "10 địa phương tăng trưởng 2 con số": a threshold, not how many rose
		}
		if s.word(t) == "hơn" || (s.word(t) == "trên" || s.word(t) == "dưới") && s.toks[t+1].Kind == segment.Digit ||
			s.word(t) == "tương" && s.word(t+1) == "đương" || s.word(t) == "khác" && t == noun.Last+1 {
			// "12 địa phương đạt mức tăng trưởng quý III cao hơn 6 tháng đầu năm",
			// "5 địa phương có GRDP tăng trưởng trên 10%", "2 địa phương có mức tăng
			// trưởng quý III tương đương 6 tháng đầu năm": counted by a comparison;
			// "Gia Lai cùng với 7 địa phương khác …": the others, not how many rose
			return Fact{}, false
		}
	}
	dir := ""
	switch st.verb {
	case lexicon.VerbCountUp:
		dir = CountUp
	case lexicon.VerbCountDown:
		dir = CountDown
	}
	ind := ""
	for _, c := range s.cues {
		if c.First <= noun.Last || c.First >= limit {
			continue
		}
		switch {
		case c.Cat == lexicon.Threshold, c.Cat == lexicon.Rank:
			return Fact{}, false // "11/28 địa phương có mức tăng trưởng từ 10% trở lên", "10 địa phương … cao nhất"
		case c.Cat == lexicon.Indicator && ind == "":
			ind = c.Value
		case c.Cat == lexicon.Verb && dir == "":
			switch c.Value {
			case lexicon.VerbGrowPositive, lexicon.VerbUp:
				dir = CountUp
			case lexicon.VerbGrowNegative, lexicon.VerbDown:
				dir = CountDown
			}
		}
	}
	if k+1 < len(s.quants) && s.quants[k+1].Kind == number.Percent && dir != "" && st.verb == "" {
		// "12 tỉnh tăng trên 10%": the places are counted by a threshold
		return Fact{}, false
	}
	if dir == "" {
		return Fact{}, false
	}
	f.Indicator = firstNonEmpty(ind, st.indicator, ctx.dominant)
	if ind == "" && ctx.onGrowth() && s.placesGrow() {
		f.Indicator = "grdp" // "Có 6 địa phương tăng trưởng 2 con số": places counted by their growth
	}
	if f.Indicator == "" {
		return Fact{}, false
	}
	f.Kind, f.Unit, f.Sector = dir, "count", "all"
	f.Region, f.Region2025 = st.region.name, strPtr(st.region.name2025)
	switch {
	case q.Of > 0 && ctx.group != nil && ctx.group.size == q.Of:
		f.Region, f.Region2025 = ctx.group.name, nil
	case s.hasNation():
		f.Region, f.Region2025 = Nation, nil
	}
	return f, true
}

// countWindow is how many tokens after a count's noun its verb may come:
// "25/28 tỉnh, thành phố có chỉ số sản xuất công nghiệp (IIP) tăng trưởng dương"; 8..20.
const countWindow = 14

func (s *sentence) hasNation() bool { return s.has(lexicon.Nation) }

// countWordsBefore count the places of "ba tỉnh này", "năm địa phương trên".
var countWordsBefore = map[string]bool{"hai": true, "ba": true, "bốn": true, "năm": true, "sáu": true, "bảy": true, "tám": true, "chín": true, "mười": true, "các": true, "những": true}

// namesGRDP: the sentence names GRDP by its name, a province's measure.
func (s *sentence) namesGRDP() bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Value == "grdp" && strings.Contains(s.low[c.Start:c.End], "grdp") {
			return true
		}
	}
	return false
}

// listItem: the sentence is one item of a list, a place and its figure,
// perhaps numbered: "1. Bắc Giang: 19,6%", "- Hải Phòng tăng 12,9%".
func (s *sentence) listItem() bool {
	if len(s.local) == 0 || len(s.toks) > 16 {
		return false
	}
	t := s.tokenAt(s.local[0].Start)
	for _, tok := range s.toks[:t] {
		if tok.Kind != segment.Digit && tok.Kind != segment.Punct {
			return false
		}
	}
	return true
}

func (s *sentence) has(cat lexicon.Category) bool {
	for _, c := range s.cues {
		if c.Cat == cat {
			return true
		}
	}
	return false
}

// isEvent: the sentence reports a meeting or a fair, whose venue is not the
// subject of its figures.
func (s *sentence) isEvent() bool {
	for _, w := range eventWords {
		if strings.Contains(s.low, w) {
			return true
		}
	}
	return false
}

// bareCapital: an FDI phrase that does not say FDI ("vốn thực hiện", "tổng
// vốn đăng ký"); it names FDI only where FDI is being reported.
func bareCapital(phrase string) bool {
	return !strings.Contains(phrase, "fdi") && !strings.Contains(phrase, "nước ngoài") && strings.Contains(phrase, "vốn") &&
		(strings.Contains(phrase, "đăng ký") || strings.Contains(phrase, "thực hiện") || strings.Contains(phrase, "giải ngân")) &&
		!strings.Contains(phrase, "ngân sách") && !strings.Contains(phrase, "đầu tư công") && !strings.Contains(phrase, "toàn xã hội") && !strings.Contains(phrase, "trên địa bàn")
}

// shareListBasis gives the comparison that closes a list of clauses split by
// ";" to the clauses before it of the same indicator and period that state
// none: in "khai khoáng giảm 39,02%;
// chế biến, chế tạo tăng 6,02%; … nước thải tăng 1,52% so với cùng kỳ năm
// trước" every change is year on year, not only the last. A list of places
// may split its items by commas: "Bắc Giang tăng 13,45%, Hậu Giang tăng
// 12,27%, … Phú Yên tăng 9,16% so với cùng kỳ năm 2022".
func (s *sentence) shareListBasis(out []Fact) {
	if len(out) < 2 {
		return
	}
	last := out[len(out)-1]
	if last.Basis == nil || last.Kind != Change {
		return
	}
	t := s.tokenAt(last.End - s.start)
	c, ok := s.cueAfter(t, lexicon.Basis)
	if !ok {
		return
	}
	for k := c.Last + 1; k < len(s.toks); k++ {
		if s.insidePeriod(k) {
			continue // "so với cùng kỳ năm 2022."
		}
		if s.toks[k].Kind != segment.Punct || s.word(k) == ";" {
			return // the comparison is not the list's last words
		}
	}
	for k := len(out) - 2; k >= 0; k-- {
		f := &out[k]
		if !s.wordBetween(f.End-s.start, out[k+1].Start-s.start, ";") && f.Region == out[k+1].Region {
			return // items of a list of places may be set apart by commas: "Bắc Giang tăng 13,45%, Hậu Giang tăng 12,27%, … so với cùng kỳ năm 2022"
		}
		if f.Basis != nil || f.Kind != Change || f.Indicator != last.Indicator || deref(f.Period) != deref(last.Period) {
			continue // "tăng 32,26% trong tháng 10; lũy kế năm tăng 11,8% so với cùng kỳ": another period, another list
		}
		f.Basis = last.Basis
		if f.Why != nil && last.Why != nil {
			f.Why.Basis = last.Why.Basis
		}
	}
}

// wordBetween: the token w stands between offsets a and b of the sentence.
func (s *sentence) wordBetween(a, b int, w string) bool {
	for k := s.tokenAt(a); k < len(s.toks) && s.toks[k].Start < b; k++ {
		if s.word(k) == w {
			return true
		}
	}
	return false
}

// bracketedComparison: quantity q stands alone in brackets right after a
// period the sentence compares with, "thấp hơn quý I (8,65%)", "nhỉnh hơn mức
// tăng của quý II (2,09%)"; it returns that period.
func (s *sentence) bracketedComparison(q number.Quantity) (period.Mention, bool) {
	t := s.tokenAt(q.Start)
	e := s.tokenAt(q.End)
	if t < 2 || s.word(t-1) != "(" || e >= len(s.toks) || s.word(e) != ")" {
		return period.Mention{}, false
	}
	if s.signedAfterBasis(q) {
		return period.Mention{}, false // "so với tháng 12 năm trước (+3,94%)": the change since, signed
	}
	for _, m := range s.pers {
		if m.Kind != period.Period || m.Period == "" || s.tokenAt(m.End) != t-1 {
			continue
		}
		if m.Compared {
			return m, true
		}
		for k := s.tokenAt(m.Start) - 1; k >= 0 && k >= s.tokenAt(m.Start)-4; k-- {
			if s.word(k) == "hơn" {
				return m, true
			}
			if s.toks[k].Kind != segment.Word {
				break
			}
		}
	}
	return period.Mention{}, false
}

// indicatorsNoun: cue c is "chỉ tiêu" counted as a plural ("nhiều chỉ tiêu
// kinh tế", "các chỉ tiêu chủ yếu", "một số chỉ tiêu"), where it means the
// measures an article goes on to list, not a target set for one of them.
// addedCapital: the money q follows "tăng thêm" (projects adding capital)
// and is compared with nothing: "26 dự án FDI tăng thêm gần 114 triệu USD"
// (but "vốn FDI tăng thêm 2 tỷ USD so với cùng kỳ" is a change).
func (s *sentence) addedCapital(q number.Quantity) bool {
	t := s.tokenAt(q.Start)
	for t > 0 && (s.word(t-1) == "gần" || s.word(t-1) == "hơn" || s.word(t-1) == "khoảng") {
		t--
	}
	if t < 2 || s.word(t-2) != "tăng" || s.word(t-1) != "thêm" {
		return false
	}
	_, compared := s.basisAfterList(s.tokenAt(q.End))
	return !compared
}

// roundFigure: v has one significant digit (1 tỷ, 10 tỷ, 20.000 tỷ), as a
// bound is written; "trên 8,9 tỷ USD" and "trên 66.000 tỷ đồng" are figures
// said with a hedge.
func roundFigure(v float64) bool {
	if v == 0 {
		return true
	}
	v = math.Abs(v)
	scale := math.Pow(10, math.Floor(math.Log10(v)))
	return math.Abs(v/scale-math.Round(v/scale)) < 1e-6
}

// namesIIP: the sentence names the industrial production index itself.
func (s *sentence) namesIIP() bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Value == "iip" {
			return true
		}
	}
	return false
}

// industryGrowth: under an industrial measure, the sentence's growth is
// industry's: "Cả 34 địa phương đều ghi nhận công nghiệp tăng trưởng, nhiều
// tỉnh đạt mức hai con số như Phú Thọ (27,7%)" after the IIP.
func (s *sentence) industryGrowth(ind string) bool {
	return (ind == "iip" || ind == "industrial_output") && strings.Contains(s.low, "công nghiệp")
}

// wordsBefore: the words w (in order) stand within n tokens before token k.
func (s *sentence) wordsBefore(k, n int, w ...string) bool {
	for t := max(0, k-n-len(w)+1); t+len(w) <= k; t++ {
		if s.wordsAt(t, w) {
			return true
		}
	}
	return false
}

// planMet: the target cue c is what was met, with no figure of its own:
// "đạt và vượt kịch bản tăng trưởng đã đề ra;", "vượt kế hoạch năm,". (With a
// figure after it, "để đạt mục tiêu tăng trưởng 8%", it is a target.)
func (s *sentence) planMet(c lexicon.Cue) bool {
	if c.First == 0 {
		return false
	}
	switch s.word(c.First - 1) {
	case "đạt", "vượt", "thành": // "hoàn thành"
	default:
		return false
	}
	t := c.Last + 1
	for t < len(s.toks) && slices.Contains([]string{"đã", "đề", "ra", "năm", "cả", "giao", "được"}, s.word(t)) {
		t++
	}
	return t == len(s.toks) || s.toks[t].Kind == segment.Punct && s.toks[t].Text != "("
}

func (s *sentence) indicatorsNoun(c lexicon.Cue) bool {
	if s.low[c.Start:c.End] != "chỉ tiêu" || c.First == 0 {
		return false
	}
	switch s.word(c.First - 1) {
	case "nhiều", "các", "những", "số", "hầu", "hết", "loạt":
		return true // "một số", "hầu hết", "hàng loạt"
	}
	return s.toks[c.First-1].Kind == segment.Digit // "15/18 chỉ tiêu đạt và vượt"
}

// percentLeftOff: quantity k is a bare decimal ("7,96") that a verb gives,
// with nothing after it, in a sentence that has given a percentage before:
// the writer left off the "%" the first figure has.
func (s *sentence) percentLeftOff(k int) bool {
	q := s.quants[k]
	if q.Kind != number.Plain || q.Scaled || q.Unit != "" || q.Value == math.Trunc(q.Value) || k == 0 {
		return false
	}
	if t := s.tokenAt(q.End); t < len(s.toks) && s.toks[t].Kind != segment.Punct {
		return false // a word after it: "7,96 triệu lượt", "2,5 điểm"
	}
	t := s.tokenAt(q.Start)
	if t == 0 {
		return false
	}
	switch s.word(t - 1) {
	case "tới", "đạt", "mức", "tăng", "giảm", "là":
	default:
		return false
	}
	for _, p := range s.quants[:k] {
		if p.Kind == number.Percent {
			return true
		}
	}
	return false
}

// lostRank: rank c is one a place lost, "mất vị trí dẫn đầu", "mất ngôi
// đầu": it ranks no one.
func (s *sentence) lostRank(c lexicon.Cue) bool {
	for t := c.First - 1; t >= 0 && t >= c.First-3; t-- {
		switch s.word(t) {
		case "mất", "nhường":
			return true
		case "vị", "trí", "ngôi", "lại":
			continue
		}
		return false
	}
	return false
}

// clauseGoesOnRank: the clause from token t to its end says its place comes
// next in a ranking ("còn Bắc Ninh xếp thứ hai với 67,03 tỉ USD").
func (s *sentence) clauseGoesOnRank(t int) bool {
	end := len(s.text)
	for k := t; k < len(s.toks); k++ {
		if s.toks[k].Text == ";" || s.toks[k].Text == "," {
			end = s.toks[k].Start
			break
		}
	}
	clause := s.low[s.toks[t].Start:end]
	for _, w := range rankGoesOn {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// growthNounBefore: the words before token t name a growth, "mức tăng",
// "tốc độ tăng trưởng": "Quảng Ninh đứng đầu cả nước với mức tăng GRDP
// 11,66%" states GRDP's change (the measure named after its growth noun
// used to drop the figure).
func (s *sentence) growthNounBefore(t int) bool {
	if t >= 3 && s.word(t-1) == "trưởng" && s.word(t-2) == "tăng" {
		t--
	}
	return t >= 2 && s.word(t-1) == "tăng" && (s.word(t-2) == "mức" || s.word(t-2) == "độ")
}

// overNation: the rank ending at token t is among the country's places
// ("cao nhất cả nước", "dẫn đầu toàn quốc"), not a record in time ("cao nhất
// từ trước đến nay").
func (s *sentence) overNation(t int) bool {
	return t+2 < len(s.toks) && (s.word(t+1) == "cả" && s.word(t+2) == "nước" || s.word(t+1) == "toàn" && s.word(t+2) == "quốc")
}

// recordRank: rank c compares a figure with its own past, not with other
// places: "đạt mức cao nhất từ trước đến nay", "thấp nhất kể từ năm 2011",
// "cao nhất trong vòng 5 năm", "cao nhất 10 năm qua".
func (s *sentence) recordRank(c lexicon.Cue) bool {
	if s.overNation(c.Last) {
		return false // "dẫn đầu cả nước kể từ năm 2020" ranks places
	}
	end := min(c.Last+7, len(s.toks))
	after := make([]string, 0, 6)
	for t := c.Last + 1; t < end; t++ {
		after = append(after, s.word(t))
	}
	tail := " " + strings.Join(after, " ") + " "
	for _, w := range recordWords {
		if strings.Contains(tail, w) {
			return true
		}
	}
	return false
}

// recordWords close a superlative over time (with spaces, as words).
// ("mức cao nhất từ năm 2020 tới nay")
var recordWords = []string{" từ trước đến nay ", " từ trước tới nay ", " trong lịch sử ", " kể từ ", " từ năm ", " trong vòng ", " năm qua ", " năm gần đây ", " năm trở lại ", " nhiều năm "}

// examplesAfter: the places after the cue are examples, not a list in
// order: "nhiều địa phương khác cũng có chỉ số IIP tăng cao như Trà Vinh
// (40,5%), Bắc Kạn (28,1%)" (CONVENTIONS: a list of examples is no ranking).
func (s *sentence) examplesAfter(c lexicon.Cue) bool {
	t := c.Last + 1
	if t < len(s.toks) && (s.word(t) == "," || s.word(t) == ":") {
		t++
	}
	if t+1 >= len(s.toks) || s.word(t) != "như" {
		return false // (and "lớn nhất như sau:" is a list to come, "cao như vậy" a degree)
	}
	_, place := s.regionAt(t + 1)
	return place
}

// rankWithin: the superlative ranks something of one place, not places:
// "Mỹ vẫn là thị trường xuất khẩu lớn nhất của Đồng Nai".
func (s *sentence) rankWithin(c lexicon.Cue) bool {
	if c.Last+2 >= len(s.toks) || s.word(c.Last+1) != "của" {
		return false
	}
	_, ok := s.regionAt(c.Last + 2)
	return ok
}

// memberRank: rank c names a group its subject belongs to, not a place in
// order: "Hà Nội vẫn nằm trong nhóm dẫn đầu về thu hút FDI", "Ninh Bình lọt
// vào nhóm 6 địa phương thu hút FDI lớn nhất", "góp mặt trong top 10 … lớn
// nhất" (but "Bốn tỉnh còn lại trong top 10 … dẫn đầu … gồm …" lists them).
func (s *sentence) memberRank(c lexicon.Cue) bool {
	for t := c.First - 1; t >= 1 && t >= c.First-16; t-- {
		if w := s.word(t); w != "nhóm" && w != "top" {
			continue
		}
		switch s.word(t - 1) {
		case "vào", "thuộc", "lọt":
			return true
		case "trong":
			return t >= 2 && (s.word(t-2) == "nằm" || s.word(t-2) == "mặt" || s.word(t-2) == "lọt")
		}
		return false
	}
	return false
}

// developmentRate: "tốc độ phát triển" (an index, 108,84% for a rise of
// 8,84%) names the measure of the figure at byte off, in its clause.
func (s *sentence) developmentRate(off int) bool {
	i := strings.LastIndex(s.low[:off], "tốc độ phát triển")
	return i >= 0 && !strings.ContainsAny(s.low[i:off], ";")
}

// afterPhysical: the figure before quantity k in its sentence is an amount of
// goods or land ("18.419,5 ha lúa"), with no indicator named between: what k
// says (a share of plan) is about those goods.
func (s *sentence) afterPhysical(k int) bool {
	if k == 0 {
		return false
	}
	p := s.quants[k-1]
	if p.Kind != number.Plain || p.Unit == "" || p.Unit == "lần" {
		return false
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Start >= p.End && c.Start < s.quants[k].Start {
			return false
		}
	}
	return true
}

// bracketedAfterAmount: quantity k stands alone in brackets right after an
// amount of money: "4,96 tỷ USD (17%)".
func (s *sentence) bracketedAfterAmount(k int) bool {
	if k == 0 || s.quants[k-1].Kind != number.Money {
		return false
	}
	t, e := s.tokenAt(s.quants[k].Start), s.tokenAt(s.quants[k].End)
	return t >= 1 && s.word(t-1) == "(" && s.tokenAt(s.quants[k-1].End) == t-1 && e < len(s.toks) && s.word(e) == ")"
}

// allocatedBefore: the clause gives quantity k as capital handed out — "giao",
// "phân bổ", "bố trí" before it with no "giải ngân" between — or as a part
// of such capital just named ("…, trong đó vốn trong nước 43.308 tỷ đồng").
func (s *sentence) allocatedBefore(k int) bool {
	t := s.tokenAt(s.quants[k].Start)
	for j := t - 1; j >= 0 && j >= t-12; j-- {
		switch s.word(j) {
		case "giải", "ngân":
			return false
		case "giao", "phân", "bố":
			if s.word(j) != "phân" || j+1 < len(s.toks) && s.word(j+1) == "bổ" {
				if s.word(j) != "bố" || j+1 < len(s.toks) && s.word(j+1) == "trí" {
					return true
				}
			}
		case ";":
			return false
		}
	}
	return k > 0 && s.allocatedBefore(k-1) && !s.wordBetween(s.quants[k-1].End, s.quants[k].Start, ";")
}

// inSource: cue c stands in the part of the sentence that names who speaks,
// before "cho biết" / "cho thấy" and ahead of any figure.
func (s *sentence) inSource(c lexicon.Cue) bool {
	for t := c.Last + 1; t+1 < len(s.toks); t++ {
		if s.toks[t].Kind == segment.Digit && !s.insidePeriod(t) {
			return false
		}
		if s.word(t) == "cho" && (s.word(t+1) == "biết" || s.word(t+1) == "thấy") {
			return true
		}
	}
	return false
}

// insidePeriod: token t is part of a period mention ("năm 2026").
func (s *sentence) insidePeriod(t int) bool {
	for _, m := range s.pers {
		if s.toks[t].Start >= m.Start && s.toks[t].End <= m.End {
			return true
		}
	}
	return false
}

// retailNameGoesOn: services cue c continues the name of retail sales just
// before it, joined by words of that name: "Tổng mức bán lẻ hàng hóa, doanh
// thu dịch vụ", "… và doanh thu các ngành dịch vụ".
func (s *sentence) retailNameGoesOn(c lexicon.Cue) bool {
	for _, r := range s.cues {
		if r.Cat != lexicon.Indicator || r.Value != "retail_sales" || r.Last >= c.First {
			continue
		}
		ok := true
		for t := r.Last + 1; t < c.First; t++ {
			switch s.word(t) {
			case ",", "và", "doanh", "thu", "các", "ngành":
			default:
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// placeBefore: the sentence names a province, or the home province, before
// byte off.
func (s *sentence) placeBefore(off int) bool {
	for _, m := range s.local {
		if m.Start < off {
			return true
		}
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Anaphor && c.Start < off {
			return true
		}
	}
	return false
}

// frontedSubject is the place a sentence opening on "Với …," names right
// after its first comma, when nothing before that comma names one.
func (s *sentence) frontedSubject() (region, bool) {
	k := s.frontedComma()
	if k < 0 {
		return region{}, false
	}
	for _, m := range s.local {
		if m.Start < s.toks[k].Start {
			return region{}, false
		}
	}
	return s.regionAt(k + 1)
}

// frontedComma is the comma that closes a sentence's opening "Với <figure>,"
// ("Với GRDP tăng 5,8%, Hà Nội …", "Cụ thể, với kim ngạch gần 8,68 tỷ USD,
// Bắc Ninh …"), or -1.
func (s *sentence) frontedComma() int {
	at := 0 // where "với" must stand: after an opening "Trong đó," or "Cụ thể,"
	if len(s.toks) > 3 && fillers[s.word(0)] {
		switch {
		case s.word(1) == ",":
			at = 2
		case s.word(2) == "," && fillers[s.word(1)]:
			at = 3
		}
	}
	if len(s.toks) < at+4 || s.word(at) != "với" {
		return -1
	}
	for k := at + 1; k < len(s.toks); k++ {
		if s.toks[k].Text == "," && !s.insideQuantity(s.toks[k].Start, s.toks[k].End) {
			return k // not the comma in "5,8%"
		}
	}
	return -1
}

// frontedPart is the part a sentence opening on "Với <figure>," names right
// after that comma, or "".
func (s *sentence) frontedPart() string {
	k := s.frontedComma()
	if k < 0 {
		return ""
	}
	if c, ok := s.cueAfter(k+1, lexicon.Sector); ok {
		return c.Value
	}
	return ""
}

// placesBack is how many places "hai địa phương này", "ba tỉnh trên" before
// token k refers back to, or 0.
func (s *sentence) placesBack(k int) int {
	counts := map[string]int{"hai": 2, "ba": 3, "bốn": 4, "2": 2, "3": 3, "4": 4}
	for t := 0; t+2 < k; t++ {
		n := counts[s.word(t)]
		if n == 0 || !placeNoun[s.word(t+1)] {
			continue
		}
		for j := t + 2; j < k && j <= t+5; j++ {
			if w := s.word(j); w == "này" || w == "trên" {
				return n
			}
		}
	}
	return 0
}

// spanEnd: the place at token t bounds a stretch of the map, "các tỉnh từ
// Thanh Hóa đến Bình Thuận", not a place in a ranking.
func (s *sentence) spanEnd(t int) bool {
	if t == 0 {
		return false
	}
	switch s.word(t - 1) {
	case "từ":
		for j := t + 1; j < len(s.toks) && j <= t+6; j++ {
			if w := s.word(j); w == "đến" || w == "tới" {
				return true
			}
		}
	case "đến", "tới":
		for j := t - 2; j >= 0 && j >= t-7; j-- {
			if s.word(j) == "từ" {
				return true
			}
		}
	}
	return false
}

// allFalls: every figure is a change below zero.
func allFalls(fs []Fact) bool {
	for _, f := range fs {
		if f.Kind != Change || f.Value >= 0 {
			return false
		}
	}
	return true
}

// plusSigned: the figure is written with a plus sign, "+6,1%".
func (s *sentence) plusSigned(q number.Quantity) bool {
	return q.Start < len(s.text) && s.text[q.Start] == '+' || q.Start > 0 && s.text[q.Start-1] == '+' || s.minusInBrackets(q)
}

// minusInBrackets: the rate is written in brackets with a minus sign, "công
// nghiệp chế biến, chế tạo (-1,49%)" (a dash elsewhere may join two things).
func (s *sentence) minusInBrackets(q number.Quantity) bool {
	i := q.Start
	if i < len(s.text) && s.text[i] != '-' && i > 0 && s.text[i-1] == '-' {
		i--
	}
	return i > 0 && i < len(s.text) && s.text[i] == '-' && s.text[i-1] == '('
}

// namedAfter: amount k names its measure right after it, whatever the
// subject: "các dự án đầu tư nước ngoài đã giải ngân khoảng 23,18 tỷ USD vốn
// thực hiện".
func (s *sentence) namedAfter(k int) bool {
	q := s.quants[k]
	if q.Kind != number.Money {
		return false
	}
	c, ok := s.cueAfter(s.tokenAt(q.End), lexicon.Indicator)
	return ok && c.Value != ""
}

// afterWith: quantity k follows "với": "… dẫn đầu … với 11,89%".
func (s *sentence) afterWith(k int) bool {
	t := s.tokenAt(s.quants[k].Start)
	if t > 0 && s.word(t-1) == "với" {
		return true
	}
	// "dẫn đầu với tỷ lệ giải ngân 68,4%": the measure named between "với" and its figure
	for _, c := range s.cues {
		if c.Last == t-1 && (c.Cat == lexicon.Indicator || c.Cat == lexicon.Verb) && c.First > 0 && s.word(c.First-1) == "với" {
			return true
		}
	}
	return false
}

// rankedWith: quantity k follows "với" in a clause that gives a rank number,
// "xếp thứ hai với 10,28%", "đứng thứ 3 với …".
func (s *sentence) rankedWith(k int) bool {
	t := s.tokenAt(s.quants[k].Start)
	if t == 0 || s.word(t-1) != "với" {
		return false
	}
	for j := t - 2; j >= 1 && j >= t-5; j-- {
		if s.word(j-1) == "thứ" && (s.toks[j].Kind == segment.Digit || rankWords[s.word(j)]) {
			return true
		}
	}
	return false
}

var rankWords = map[string]bool{"nhất": true, "nhì": true, "hai": true, "ba": true, "tư": true, "năm": true, "sáu": true, "bảy": true, "tám": true, "chín": true, "mười": true}

// perHead: an amount too small for any province's or the country's output
// in a year, and in the range of output per head. The smallest province
// made about 25,000 billion dong (2024) and the country about 470 billion
// USD, while output per head runs from about 40 to 400 million dong, or
// 2,000 to 16,000 USD (GSO, 2020–2025).
func perHead(v float64, unit string) bool {
	v = math.Abs(v)
	switch unit {
	case "VND":
		return v > 0 && v < 10e9
	case "USD":
		return v > 0 && v < 1e6
	}
	return false
}

// aspectEnd is the token after "về lượng", "về khối lượng", "về giá trị",
// "về trị giá", "về kim ngạch" or "về vốn" starting at token t (what a rate
// of traded goods or of new firms is of), or t.
func (s *sentence) aspectEnd(t int) int {
	if s.word(t) != "về" || t+1 >= len(s.toks) {
		return t
	}
	switch a, b := s.word(t+1), s.word(t+2); {
	case a == "số" && b == "vốn", a == "vốn":
		// "28% về vốn so với cùng kỳ", "giảm 56,3% về số vốn cam kết so với cùng kỳ"
		j := t + 2
		if a == "số" {
			j++
		}
		if w := s.word(j) + " " + s.word(j+1); w == "cam kết" || w == "đăng ký" || w == "đầu tư" {
			j += 2
		}
		return j
	case a == "lượng":
		return t + 2
	case (a == "khối" || a == "sản" || a == "số") && b == "lượng", a == "giá" && b == "trị", a == "trị" && b == "giá", a == "kim" && b == "ngạch":
		return t + 3
	}
	return t
}

// byVolume: the rate that ends before token after is of the goods' volume,
// not of their value: "tăng 10,6% về khối lượng và 22,4% về giá trị".
func (s *sentence) byVolume(after int) bool {
	if after+1 >= len(s.toks) || s.word(after) != "về" {
		return false
	}
	switch s.word(after + 1) {
	case "lượng":
		return true
	case "khối", "sản", "số":
		return after+2 < len(s.toks) && s.word(after+2) == "lượng"
	}
	return false
}

// againstAnother: figure q follows "và" or a comma after a comparison, and
// a comparison of its own follows it: "tăng 2,0% so với tháng trước và 11,3%
// so với cùng kỳ" (not "so với 5,3% của cùng kỳ", the figure compared with).
func (s *sentence) againstAnother(q number.Quantity, after int) bool {
	t := s.tokenAt(q.Start)
	if t == 0 || s.word(t-1) != "và" && s.word(t-1) != "," {
		return false
	}
	_, ok := s.basisAfterList(after)
	return ok
}

// withFigureThenPlace: "với" opens the clause of figure q, and the place
// right after its comma owns it: "Về xuất khẩu 10 tháng, với 76,44 tỷ USD,
// Bắc Ninh đã vươn lên dẫn đầu cả nước".
func (s *sentence) withFigureThenPlace(q number.Quantity, after int) (region, bool) {
	t := s.tokenAt(q.Start)
	if t == 0 || s.word(t-1) != "với" || after+1 >= len(s.toks) || s.word(after) != "," {
		return region{}, false
	}
	if t >= 2 && s.word(t-2) != "," && s.word(t-2) != ";" {
		return region{}, false // "… dẫn đầu với 76,44 tỷ USD": the figure of the place before
	}
	r, ok := s.regionAt(after + 1)
	return r, ok && r.name != Nation
}

// industryLeads: the clause from token from to the figure at token t opens
// on industry alone as its subject: "Ngành công nghiệp tăng 22,74%",
// "riêng công nghiệp tăng 12%" (not "công nghiệp chế biến, chế tạo", nor
// "công nghiệp và xây dựng", which the lexicon names).
func (s *sentence) industryLeads(from, t int) bool {
	j := from
	for j < t && (s.word(j) == "," || s.word(j) == "trong" || s.word(j) == "đó" || s.word(j) == "riêng" || s.word(j) == "còn") {
		j++
	}
	if s.word(j) == "ngành" || s.word(j) == "khu" && s.word(j+1) == "vực" {
		j += map[bool]int{true: 1, false: 2}[s.word(j) == "ngành"]
	}
	if j+2 > t || s.word(j) != "công" || s.word(j+1) != "nghiệp" {
		return false
	}
	switch s.word(j + 2) {
	case "tăng", "giảm", "đạt", "ước", "có", "đóng", "chiếm":
		return true
	}
	return false
}

// intoTheWhole: "vào" after a figure names a measure's whole, not its growth:
// "đóng góp gần 20% vào GDP cả nước", "vào tổng thu ngân sách" (but "vào
// mức tăng chung", "vào tăng trưởng GRDP" are growth).
func (s *sentence) intoTheWhole(after int) bool {
	if after+1 >= len(s.toks) || s.word(after) != "vào" {
		return false
	}
	switch s.word(after + 1) {
	case "mức", "tăng", "tốc", "đà", "sự":
		return false
	}
	c, ok := s.cueAfter(after+1, lexicon.Indicator)
	return ok && c.First == after+1 && (c.Value == "gdp" || c.Value == "grdp")
}

// exampleProjects: the amount at byte off follows words that name projects
// one by one as examples: "một số dự án … tiêu biểu … như:", "các dự án lớn
// như", "dự án tiêu biểu".
func (s *sentence) exampleProjects(off int) bool {
	before := s.low[:off]
	for _, w := range []string{"một số dự án", "dự án tiêu biểu", "các dự án lớn", "dự án lớn như", "những dự án lớn", "dự án quy mô lớn như"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// threshold: the amount at byte off is named as a mark to pass: "vượt mốc
// 637 tỷ USD", "vượt ngưỡng 250.000 tỷ đồng", "vượt con số 10 tỷ USD".
func (s *sentence) threshold(off int) bool {
	t := s.tokenAt(off)
	if t == 0 {
		return false
	}
	switch s.word(t - 1) {
	case "mốc", "ngưỡng":
		return true
	case "số":
		return t >= 2 && s.word(t-2) == "con"
	}
	return false
}

// beatTargetWith: the figure at byte off is what beat the target named
// right before it: "thu ngân sách vượt chỉ tiêu với 6.765 tỷ đồng".
func (s *sentence) beatTargetWith(off int) bool {
	t := s.tokenAt(off)
	return t >= 3 && s.word(t-1) == "với" && (s.word(t-3) == "chỉ" && s.word(t-2) == "tiêu" || s.word(t-3) == "kế" && s.word(t-2) == "hoạch" || s.word(t-3) == "dự" && s.word(t-2) == "toán") && t >= 4 && (s.word(t-4) == "vượt" || s.word(t-4) == "hoàn" || s.word(t-4) == "thành")
}

// barNotMet: "chưa đạt" (not yet reached) stands right before the figure at
// byte off, or before "mức", "mức trung bình", "mức bình quân" and it.
func (s *sentence) barNotMet(off int) bool {
	j := s.tokenAt(off) - 1
	if j >= 1 && (s.word(j) == "bình" && s.word(j-1) == "trung" || s.word(j) == "quân" && s.word(j-1) == "bình") {
		j -= 2
	}
	if j >= 0 && s.word(j) == "mức" {
		j--
	}
	return j >= 1 && s.word(j) == "đạt" && s.word(j-1) == "chưa"
}

// roleOf: the group at byte off follows "của" after the role a place plays
// in it, within the clause from token from: "trung tâm kinh tế của vùng …",
// "đầu tàu của vùng …", "cực tăng trưởng của …".
func (s *sentence) roleOf(off, from int) bool {
	t := s.tokenAt(off) // "của" itself, or the word after it
	if s.word(t) != "của" {
		t--
	}
	if t < 1 || s.word(t) != "của" {
		return false
	}
	for j := t - 1; j >= from && j >= t-5; j-- {
		switch s.word(j) {
		case "trung", "đầu", "cực", "vai", "động", "hạt", "trụ":
			// "trung tâm", "đầu tàu", "cực tăng trưởng", "vai trò", "động lực", "hạt nhân", "trụ cột"
			return true
		}
	}
	return false
}

// itemsBehind: figure k follows "vì" or "khiến" said after an earlier
// figure of the sentence, with no ";" between: a cause's figures.
func (s *sentence) itemsBehind(k int) bool {
	if k == 0 {
		return false
	}
	t := s.tokenAt(s.quants[k].Start)
	for j := t - 1; j > s.tokenAt(s.quants[0].End); j-- {
		switch s.word(j) {
		case ";", ".", "gồm", ":":
			return false // ("Có 2/11 nhóm hàng khiến CPI … giảm …, gồm bưu chính viễn thông giảm 0,36%": the groups)
		case "vì", "khiến":
			return true
		}
	}
	return false
}

// opensOnMeasure is the measure a sentence opens on, "Việc giải ngân vốn đầu
// tư công …", "Về thu ngân sách, …", "Công tác giải ngân vốn đầu tư công …",
// with its first two words ("giải ngân"), or "".
func (s *sentence) opensOnMeasure() (string, string) {
	from := 0
	switch s.word(0) {
	case "việc", "về":
		from = 1
	case "công":
		if s.word(1) == "tác" {
			from = 2
		}
	}
	if from == 0 {
		return "", ""
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Value != "" {
			if c.First <= from+1 && c.First+1 < len(s.toks) {
				return c.Value, s.word(c.First) + " " + s.word(c.First+1)
			}
			return "", ""
		}
	}
	return "", ""
}

// aboutCapital: the rate ending before token after says it is of the
// capital, "… của 4.054 dự án, giảm 12,2% về số vốn", whatever count stands
// before it.
func (s *sentence) aboutCapital(after int) bool {
	return s.word(after) == "về" && (s.word(after+1) == "vốn" || s.word(after+1) == "số" && s.word(after+2) == "vốn")
}

// openingAdjunct: token t lies in the phrase a sentence opens on before its
// first comma, "Trong khối cơ quan trung ương, …", "Về vốn đăng ký cấp mới,
// …", "Ở phần vốn đăng ký cấp mới, …": what that phrase names holds for the
// sentence.
func (s *sentence) openingAdjunct(t int) bool {
	switch s.word(0) {
	case "trong", "về", "ở", "đối", "riêng":
	default:
		return false
	}
	for j := 1; j <= t && j < len(s.toks); j++ {
		if s.word(j) == "," || s.word(j) == ";" {
			return false
		}
	}
	return t >= 0
}

// subordinators open a clause that only sets the scene for the main one.
var subordinators = map[string]bool{"dù": true, "khi": true, "nếu": true, "vì": true, "bởi": true, "tuy": true}

// inSubordinate: token t lies in a clause opened by "dù", "khi", "nếu"…
// that closes with a comma before token main: "Dù Mỹ áp thuế 20% lên hàng
// hóa Việt Nam, xuất khẩu của Việt Nam vẫn đạt 475 tỷ USD" (the market is
// who set the tariff, not where the exports went).
func (s *sentence) inSubordinate(t, main int) bool {
	opened := false
	for j := t; j >= 0; j-- {
		if w := s.word(j); w == "," || w == ";" {
			break
		} else if subordinators[w] {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	for j := t + 1; j < main && j < len(s.toks); j++ {
		if s.word(j) == "," {
			return true
		}
	}
	return false
}

// planInBrackets: amount q stands in brackets right after the plan it is the
// size of: "đạt 74,4% kế hoạch (trên 66.620 tỷ đồng)", "bằng 95% dự toán
// (12.000 tỷ đồng)".
func (s *sentence) planInBrackets(q number.Quantity) bool {
	t := s.tokenAt(q.Start)
	j := t - 1
	if w := s.word(j); w == "trên" || w == "khoảng" || w == "gần" || w == "hơn" {
		j--
	}
	if j < 2 || s.word(j) != "(" {
		return false
	}
	w := s.word(j-2) + " " + s.word(j-1)
	return w == "kế hoạch" || w == "dự toán" || s.word(j-1) == "giao"
}
