package facts

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chiso/extract/lexicon"
	"chiso/extract/meta"
	"chiso/extract/normalize"
	"chiso/extract/number"
	"chiso/extract/period"
	"chiso/extract/place"
	"chiso/extract/segment"
)

// Input is what Build needs to know about an article.
type Input struct {
	Body  string
	Title string
	Date  string // YYYY-MM-DD, or "" when the article is undated
	// Explain fills each fact's Why.
	Explain bool
	// Masthead is the page furniture that names the site ("BÁO HÀ GIANG",
	// "VĂN PHÒNG UBND TỈNH HÒA BÌNH"): a provincial site's province is where
	// "toàn tỉnh" is when the body names none.
	Masthead string
	// Captions are the photo captions the page furniture held, one per line:
	// a body that says only "toàn tỉnh" and "của tỉnh" is about the one
	// province its pictures are captioned in ("Trung tâm thương mại tại thành
	// phố Hòa Bình … Ảnh: v.l" over "CPI của tỉnh tăng 1,45%").
	Captions string
}

// Result is what Build found.
type Result struct {
	Facts     []Fact
	Rankings  []Ranking
	Provinces []place.Match // every province named in the body, in order
}

// context is what carries from one sentence to the next.
type context struct {
	indicator     string
	period        string
	docPeriod     string // the headline's period: "Xuất khẩu của Thái Nguyên 9 tháng năm 2024"
	dateless      bool   // the page prints no date: year is at most a guess from its text
	partMonth     bool   // the last sentence was of part of a month ("nửa đầu tháng 11"): "Trong đó, …" is too
	pendingVerb   string // the verb of a sentence that named a measure's move with no figure
	lastSubject   region // the province the last paragraph opening on one was about
	lastStock     bool   // the sentence before gave a stock of all years' capital, no period's flow
	titleRank     string // the order the headline promises: "TOP 20 TỈNH … LỚN NHẤT" → "highest"
	dateMonth     string // the dateline's month, YYYY-MM, or ""
	docMonth      string // the month the article reports on, for "trong tháng"
	basis         string // the comparison in force in the current paragraph
	why           Why    // where indicator, region, period and basis in force came from
	explain       bool
	place         region // the region in force in the current paragraph
	named         region // the place the last sentence that named one was about, for "tỉnh này"
	topic         region // the place a section is about: "Đối với tỉnh Thái Bình, …"
	shareSeen     bool   // a share was stated ("chiếm 22,7% tổng số"): a bare "(17%)" after an amount is one too
	sector        string // the last part named, for "nhóm hàng này"
	lastSector    string // the part the last figure was of, for "con số này"
	opened        string // the measure a sentence without figures opened on ("Việc giải ngân vốn đầu tư công …")
	openedHead    string // its first words, which the next sentence repeats if it goes on with it
	leadSector    string // the part a sentence with no figure named with its measure, for the next one
	denomPart     string // the part the last sentence's shares were of, for a list's next line
	within        string // the run whose last month a measure's own month sits in
	reported      string // the period of the last figure that is a result, not a target
	currency      string
	year          int
	region        region // the article's default region
	group         *group
	dominant      string   // the indicator the article talks about most
	lastKind      string   // the kind of the last fact read, for "Con số của Hà Nội là 5,4%"
	intro         *intro   // a line ending in ':' that the next lines list under
	measurePeriod bool     // period was said after its measure, not as the report's ("GRDP 9 tháng")
	averaged      bool     // period is an average's ("Bình quân 11 tháng"), which ends with its paragraph
	averageOwn    bool     // … over the span the passage was in already ("GDP quý I/2025 …. CPI bình quân quý I …")
	good          bool     // the sentence before reported one good's trade ("xuất khẩu gỗ …"), which the next goes on with
	unnamedHome   bool     // the article names no province, nor does its page: "the province" is none the reader can know
	resume        string   // the period a "Riêng quý III, …" aside interrupted, in force again after it
	recent        []region // the places the last sentence naming two or more named, for "hai địa phương này"
	sections      bool     // an article of many places refers back to "tỉnh"/"thành phố": each paragraph goes on with the last one named
}

// onGrowth: the article is about the economy's growth (GDP or GRDP is the
// indicator it names most), so a place's bare "tăng trưởng" is its GRDP.
func (ctx *context) onGrowth() bool { return ctx.dominant == "gdp" || ctx.dominant == "grdp" }

// intro is what a line that opens a list says of every item under it:
// "Dưới đây là 10 địa phương có tốc độ tăng trưởng GRDP cao nhất năm 2022:"
// makes "1. Bắc Giang: 19,6%" a change of GRDP in 2022.
type intro struct {
	indicator, period, verb string
	rank                    bool
	// the unit a table's header gives its bare figures: "QUY MÔ GRDP (Tỷ đồng)"
	// over "1) TP. Hồ Chí Minh 1.298.791" (scale 1e9, currency VND)
	scale    float64
	currency string
}

type region struct{ name, name2025 string }

type group struct {
	name string
	size float64
}

// Build reads every sentence of in.Body.
func Build(in Input) Result {
	var res Result
	if in.Date == "" {
		in.Date = firstDate(in.Body) // an undated paste still has its dateline somewhere near the top
	}
	if in.Date == "" {
		// nor that: "tăng 8,01% so với cùng kỳ năm 2024" is said in 2025, and
		// "Tính chung 8 tháng năm 2023" at the end gives "Tháng 8, …" at the top
		// its year; the later of the two ("9 tháng năm 2024" in a text that also
		// looks back to "cùng kỳ năm 2020"; "Năm 2021, …" in one that compares
		// with "cùng kỳ năm 2022")
		// (a bilingual page's English lines name years as "since 2008": they are left out)
		body := vietnameseLines(in.Body)
		y := max(statedYear(body), statedYear(in.Title), recordYear(in.Title+"\n"+body)) // "GDP quý 1/2023 …" over a body that looks back to 2020
		if c := comparedYear(in.Body); c+1 > y && c > 0 {
			y = c + 1
		}
		if c := comparedRunYear(in.Body); c > y {
			y = c // "tăng 7,7% so với 8 tháng năm 2023" in a report on 9 months: the same year
		}
		if y == 0 {
			y = statedYear(in.Captions) // the year only a caption prints
		}
		if y > 0 {
			in.Date = strconv.Itoa(y) + "-00-00"
		}
	}
	ctx := context{year: yearOf(in.Date), explain: in.Explain, dateless: in.Date == "" || strings.HasSuffix(in.Date, "-00-00")}
	if len(in.Date) >= 7 && in.Date[5:7] != "00" {
		ctx.dateMonth = in.Date[:7]
	}
	ref := headline(in, &ctx)
	titleIndicator := ""
	var titled []string // the measures the headline names
	for _, c := range lexicon.Default.Find(segment.Tokens(normalize.Lower(in.Title))) {
		if c.Cat == lexicon.Rank && ctx.titleRank == "" {
			ctx.titleRank = c.Value
		}
		if c.Cat == lexicon.Indicator && c.Value != "" && !slices.Contains(titled, c.Value) {
			titled = append(titled, c.Value)
		}
	}
	if len(titled) == 1 {
		titleIndicator = titled[0]
	}
	sents := segment.Sentences(in.Body)
	low := normalize.Lower(in.Body) // offsets in low are offsets in the body
	folded := !normalize.HasDiacritics(in.Body)
	if !folded {
		// a bilingual page's English lines say again what its Vietnamese says:
		// "Vietnam’s exports in November 2025 jumped 15.2% … (Xuất khẩu … tăng 15.2% …)"
		sents = slices.DeleteFunc(sents, func(sp segment.Span) bool { return english(low[sp.Start:sp.End]) })
	}
	reads := make([]*sentence, len(sents))
	counts := map[string]int{}
	for k, sp := range sents {
		s := read(in.Body, low, sp, ref, in.Date, folded)
		s.explain = in.Explain
		reads[k] = s
		for _, m := range s.pers {
			// a year the text names carries to the bare months after it
			if ref.Year == 0 && m.Kind == period.Period && m.Explicit && !m.Compared && m.Year > ref.TextYear {
				ref.TextYear = m.Year
			}
		}
		for _, c := range s.cues {
			if c.Cat == lexicon.Indicator {
				counts[c.Value]++
			}
		}
		res.Provinces = append(res.Provinces, s.places...)
	}
	ctx.dominant = mostCommon(counts)
	if lead := leadWithFigures(reads); titleIndicator != "" && lead != nil && lead == reads[0] && midPassage(lead.low) && !slices.ContainsFunc(lead.cues, func(c lexicon.Cue) bool { return c.Cat == lexicon.Indicator && c.Value != "" }) {
		// the one measure the headline names is the opening's when the opening
		// names none: "Chỉ số công nghiệp 4 tháng đầu năm tiếp tục tăng" over a
		// copy that starts "Theo đó, ngành công nghiệp khai khoáng ước tăng 10,93%"
		ctx.indicator = titleIndicator
	}
	if ctx.dominant == "fdi_registered" && counts["domestic_investment"] > 0 {
		// a report on foreign and domestic investment together: its unnamed
		// "tổng vốn đầu tư đăng ký … 840 triệu USD" is both, no FDI figure
		ctx.dominant = ""
	}
	ctx.region = defaultRegion(in, reads, &ctx)
	if in.Title != "" {
		ctx.recent = distinct(place.Default.FindAll(in.Title, in.Date)) // "TP Hồ Chí Minh và Bắc Ninh ghi nhận …" over "hai địa phương này"
	}
	ctx.period = ctx.docPeriod
	if ctx.period != "" {
		ctx.why.Period = &Origin{Text: in.Title, From: FromHeadline}
	}
	prevEnd := 0
	var seen seenFacts
	var open *Ranking            // the ranking the next lines may go on with
	var leaders []*Ranking       // rankings of one place so far: "Bắc Giang là địa phương có IIP tăng cao nhất"
	quiet := 0                   // sentences without figures since the open ranking's last line
	paraFirst, paraLead := 0, "" // the first sentence of the paragraph in hand, and the period the one before opened on
	var undated []int            // facts of the opening sentences, read before any period was named
	var second struct{ name, indicator string }
	closeRanking := func() {
		switch {
		case open != nil && len(open.Regions) >= 2:
			res.Rankings = append(res.Rankings, *open)
		case open != nil && len(open.Regions) == 1:
			leaders = append(leaders, open)
		}
		open = nil
	}
	for k, s := range reads {
		if ctx.resume != "" && !s.breakdown() {
			ctx.period, ctx.resume = ctx.resume, "" // the aside ends with its sentence and what breaks it down
		}
		newPara := prevEnd == 0 || strings.Contains(in.Body[prevEnd:s.start], "\n")
		if newPara && k > 0 {
			paraLead = reads[paraFirst].openingPeriod() // the period the paragraph just ended opened on
		}
		if newPara {
			paraFirst = k
		}
		if r, ok := s.placeHeading(); ok {
			// "Hà Nội" / "… CPI bình quân 9 tháng tăng 3,49%" / "Quảng Ninh" / "Số liệu
			// của Cục Thống kê Quảng Ninh cho biết, … CPI của tỉnh tăng 3,16%": a
			// place on a line of its own heads the section under it
			ctx.topic = r
		}
		if newPara && ctx.sections {
			if r, ok := s.subjectPlace(); ok {
				ctx.topic = r // "Ninh Bình theo sau với mức tăng GRDP 10,45%" opens the next place's section
			}
		}
		if prevEnd == 0 || newPara && !s.breakdown() {
			// a comparison or a place carries to the end of its paragraph, no further
			// (but "Sang quý I năm 2025, đà tăng trưởng này …" opening the next
			// paragraph is the same place's figure again)
			ctx.basis = ""
			if prevEnd == 0 || !refersToFigure(s.low) {
				ctx.place = ctx.region
			}
			if ctx.docPeriod != "" && ctx.period != "" && ctx.period[:4] < ctx.docPeriod[:4] && ctx.period != paraLead {
				// "Năm 2019, trước đại dịch, mức tăng là 12,3%." closes a paragraph of a
				// report on 10 months of 2023: the next paragraph is the report's again
				// (but a paragraph that opened on "Năm 2024, …" under a heading on
				// 2024 hands its year on: "… thu hút trong năm đạt 1,75 tỷ USD")
				ctx.period = ctx.docPeriod
				ctx.why.Period = &Origin{Text: in.Title, From: FromHeadline}
			}
			if ctx.topic.name != "" {
				ctx.place = ctx.topic
			}
			ctx.why.Basis, ctx.why.Region = nil, nil
			if ctx.averaged && ctx.docMonth != "" {
				// "Bình quân 11 tháng năm 2025, CPI tăng 3,29%" closes a paragraph of a
				// report on November; the groups' changes after it are November's
				ctx.period, ctx.averaged = ctx.docMonth, false
				ctx.why.Period = &Origin{Text: in.Title, From: FromHeadline}
			}
			if in.Explain {
				ctx.why.Region = &Origin{Text: ctx.place.name, From: FromHome}
				if ctx.place.name == Nation {
					ctx.why.Region.From = FromDefault
				}
			}
		}
		prevEnd = s.start + len(s.text)
		if r, ok := s.topicPlace(); ok {
			// "Đối với tỉnh Thái Bình, GRDP …" heads a section: the paragraphs
			// after it are about Thái Bình too, until another topic is named
			ctx.topic, ctx.place = r, r
		}
		if (ctx.region.name2025 == "" || newPara && ctx.lastSubject.name2025 != "" && ctx.lastSubject != ctx.region) && ctx.named.name2025 != "" && len(s.local) == 0 && s.refersBack() {
			if ctx.region.name2025 != "" {
				// "Hà Tĩnh là tỉnh được tuyên dương …" / "Tăng trưởng kinh tế của tỉnh đạt
				// 8,05%" in an article on Quảng Ninh and other provinces: the province
				// the paragraph before was about
				ctx.named = ctx.lastSubject
			}
			// an article of many places: "Hải Phòng xếp thứ hai, GRDP tăng 11,59%."
			// / "Thành phố đạt và vượt 10/13 chỉ tiêu … Thu ngân sách đạt 145,6
			// nghìn tỷ đồng": the city just named, and its section goes on
			ctx.sections, ctx.topic, ctx.place = true, ctx.named, ctx.named
		}
		if ctx.lastStock && len(s.pers) == 0 && !s.has(lexicon.Indicator) && len(s.local) > 0 {
			// "… dẫn đầu cả nước về vốn FDI lũy kế …" / "Các địa phương khác trong top
			// 10 gồm Hà Nội (45,37 tỷ USD), …": the same stock, place by place
			s.stock = true
		}
		ctx.lastStock = s.stock
		before := ctx.period
		facts, ranks := s.build(&ctx, in.Date)
		if s.aside() && before != "" && ctx.period != before {
			// "… tăng 11,66% [9 tháng]. Riêng quý III, GRDP của tỉnh ước tăng
			// 12,88%. Công nghiệp chế biến, chế tạo mở rộng 24,07%": 9 months again
			ctx.resume = before
		}
		ctx.leadSector = ""
		if ctx.denomPart != "" {
			// "…, chiếm 17,5% tổng vốn đăng ký cấp mới" / "Hải Phòng 171,5 triệu USD,
			// chiếm 7%; Đồng Nai …": the list's next line, of the same part
			ctx.leadSector, ctx.denomPart = ctx.denomPart, ""
		}
		if len(s.quants) == 0 {
			lead, part, moved, at := "", "", false, 0
			for _, c := range s.cues {
				if c.Cat == lexicon.Sector {
					ctx.sector = c.Value // "Công nghiệp chế biến, chế tạo vẫn là đầu kéo. … ngành này tăng tới 32,26%"
					part = firstNonEmpty(part, c.Value)
				}
				if c.Cat == lexicon.Indicator && c.Value != "" {
					lead, moved, at = c.Value, false, c.Last // the last measure named, and whether it is said to move
				}
				if w := s.low[c.Start:c.End]; c.Cat == lexicon.Verb && (c.Value == lexicon.VerbUp || c.Value == lexicon.VerbDown) && lead != "" && c.First-at <= 14 && !strings.HasPrefix(w, "tăng trưởng") {
					moved = true // "… chỉ số sản xuất ngành công nghiệp chế biến, chế tạo quý I/2023 đều giảm"
				}
			}
			if !moved {
				lead = "" // "vốn FDI đã tạo động lực …": a measure named in passing
			}
			if lead != "" && !s.heading(in.Body) {
				// "Điểm chung của các địa phương này là chỉ số sản xuất ngành công nghiệp
				// chế biến, chế tạo quý I/2023 đều giảm …. Mạnh nhất là Quảng Nam, giảm
				// tới 34,3%": the measure (and its part) the next sentence's figures are of
				ctx.indicator, ctx.leadSector = lead, part
			}
		}
		if len(distinctNames(s.local)) >= 2 {
			ctx.recent = distinct(s.local)
		}
		if r, ok := s.subjectPlace(); ok {
			ctx.named = r
			if k == paraFirst {
				ctx.lastSubject = r // a paragraph that opens on a province is about it
			}
			if len(s.quants) == 0 && ctx.region.name2025 == "" {
				// "Cụ thể, tỉnh Ninh Bình là điểm đến hấp dẫn … Quy mô kinh tế ước đạt
				// 98,9 nghìn tỷ đồng": in an article of many places, the one a
				// sentence without figures is about holds to the end of its paragraph
				ctx.place = r
			}
		} else if len(facts) > 0 && (ctx.place.name2025 != "" || ctx.region.name2025 != "") {
			// (the country's figures leave the place last named in force)
			ctx.named = ctx.place
		} else if len(distinctNames(s.local)) == 1 && (s.tokenAt(s.local[0].Start) <= 4 || s.tokenAt(s.local[0].Start) > 0 && s.word(s.tokenAt(s.local[0].Start)-1) == "là") {
			// "Trước sáp nhập, Tuyên Quang rộng 5.867,8 km² … . Tỉnh có GRDP 2024 đạt
			// 50.424 tỷ đồng": the one place a sentence opens on is the one "Tỉnh" means next;
			// so is the one it ends on after "là" ("Đứng đầu top 10 … là TP. HCM.")
			ctx.named = region{s.local[0].Name, s.local[0].Region2025}
		}
		if len(facts) == 0 && len(s.quants) == 0 && s.heading(in.Body) {
			// "Những tín hiệu khả quan trong 6 tháng đầu năm" over a section:
			// its figures are of that period
			if p := s.leadPeriod(ctx.dateless); p != "" {
				ctx.period = p
				ctx.why.Period = &Origin{Text: s.text, From: FromHeadline}
			}
		}
		ctx.opened, ctx.openedHead = "", ""
		if m, head := s.opensOnMeasure(); m != "" && len(facts) == 0 {
			// "Việc giải ngân vốn đầu tư công được theo dõi sát sao … . Tính đến
			// ngày 24/9, số vốn đã giải ngân đạt khoảng 773,3 triệu USD": a sentence
			// that opens on a measure, with no figure, names the next one's when
			// that one speaks of it again (not "Việc thu hút vốn FDI đã tạo động
			// lực … . TPHCM xếp thứ 21, tăng 7,53%": growth still)
			ctx.opened, ctx.openedHead = m, head
		}
		if k == 0 && len(facts) == 0 && ctx.indicator == "" {
			if c, ok := s.cueAfter(0, lexicon.Indicator); ok && c.First == 0 && c.Value != "" {
				// the lead opens on its measure: "Giao thương biên mậu qua các cửa khẩu
				// phía Bắc trong hai quý đầu năm 2025 biến động mạnh. … Cửa khẩu Móng
				// Cái đạt hơn 2,77 tỷ USD": the figures after it are of that measure
				ctx.indicator = c.Value
			}
		}
		if len(facts) == 0 {
			if p := s.openingPeriod(); p != "" {
				// "Năm 2025, tình hình kinh tế - xã hội … đạt kết quả tích cực. Tốc độ
				// tăng trưởng kinh tế ước đạt 7,34%": the opening adjunct dates what
				// follows, though its own sentence states no figure
				ctx.period = p
				ctx.why.Period = &Origin{Text: s.text, From: FromCarried}
			}
		}
		if len(facts) == 0 && ctx.period == "" && slices.ContainsFunc(s.quants, func(q number.Quantity) bool { return q.Kind == number.Percent || q.Kind == number.Money }) {
			if p := s.onlyOwnPeriod(); p != "" && (len(in.Date) < 4 || p[:4] <= in.Date[:4]) {
				// "… GRDP của các địa phương năm 2025 dao động từ 5,84% đến 11,89%.
				// Dẫn đầu … là Quảng Ninh với mức tăng 11,89%": a range is no figure,
				// but its year is the one the figures after it are of (a year to
				// come is an aim's, not theirs; a sentence with no figures at all
				// may name any year it looks back on)
				ctx.period = p
				ctx.why.Period = &Origin{Text: s.text, From: FromCarried}
			}
		}
		if len(facts) == 0 && len(s.quants) == 0 {
			if p := s.onlyOwnPeriod(); p != "" && p != ctx.period && strings.Contains(ctx.period, "..") && period.LastMonth(ctx.period) == p {
				// "Tính chung 8 tháng đầu năm, IIP tăng 9%. Số liệu cũng cho thấy,
				// tăng trưởng IIP tháng 8 diễn ra đồng đều … Trong đó, Vĩnh Long …
				// 10,1%": the sentence without figures turns to the run's last month
				ctx.within, ctx.period = ctx.period, p
				ctx.why.Period = &Origin{Text: s.text, From: FromCarried}
			}
		}
		if len(facts) == 0 && ctx.docPeriod == "" && k < 3 {
			// a lead without figures names the period the report is about: "…
			// đánh giá công tác điều hành kinh tế - xã hội 9 tháng năm 2025 …"
			if p := s.leadPeriod(ctx.dateless); p != "" {
				ctx.docPeriod, ctx.period = p, p
			}
		}
		for _, f := range facts {
			n := len(res.Facts)
			res.Facts = seen.add(res.Facts, f)
			if len(res.Facts) > n && f.Period == nil && ctx.period == "" && ctx.docPeriod == "" && k < 4 {
				undated = append(undated, n)
			}
		}
		if len(undated) > 0 && ctx.period != "" && k < 6 {
			// a copy that starts mid-article, before its period: "Như vậy, tổng vốn
			// đăng ký … đạt hơn 10,1 tỷ USD" / "Vốn … thực hiện 5 tháng đầu năm ước
			// tính đạt 5,8 tỷ USD": the passage's first period is theirs too (not a
			// bare year, which may be anything)
			if len(ctx.period) > 4 {
				for _, i := range undated {
					if res.Facts[i].Period == nil {
						res.Facts[i].Period = strPtr(ctx.period)
					}
				}
			}
			undated = nil
		}
		if len(ranks) == 0 {
			if r, ok := s.sortedGroup(facts); ok {
				ranks = append(ranks, r)
			}
		}
		if len(ranks) == 0 && open == nil && len(leaders) == 0 && second.name == "" && len(s.local) == 1 && len(facts) > 0 && s.rankNumber(2) {
			second.name, second.indicator = s.local[0].Name, facts[0].Indicator // a second place told before its leader
		}
		if len(facts) == 0 && len(ranks) > 0 && ranks[0].Indicator != "" && len(ranks[0].Regions) >= 2 {
			// "… 5 tỉnh, thành phố dẫn đầu cả nước về thu ngân sách Nhà nước là TP.HCM,
			// Hà Nội, …" states no figure, but names the measure the list's figures are of
			ctx.indicator = ranks[0].Indicator
		}
		switch {
		case !s.hasWords() || open != nil && len(s.quants) == 0 && len(s.local) == 0 && len(s.toks) <= 6:
			// "1." of a numbered list cut off as a sentence of its own, or a
			// stray label ("Quảng cáo", a table header) between the lines of a list
		case open == nil && s.followsLeader(leaders) != nil:
			// "Xếp sau Bắc Giang về tốc độ tăng IIP … là Cần Thơ (30,9%), Quảng Nam (30,3%)"
			open = s.followsLeader(leaders)
			for _, m := range s.local {
				if !slices.Contains(open.Regions, m.Name) {
					open.Regions = append(open.Regions, m.Name)
				}
			}
		case open == nil && s.secondAfter(leaders) != nil:
			// "TP HCM đã lấy lại ngôi vị số 1 …" then, figures later, "Thái
			// Nguyên hiện là địa phương có kim ngạch xuất khẩu lớn thứ 2"
			open = s.secondAfter(leaders)
			for _, m := range s.local {
				if !slices.Contains(open.Regions, m.Name) {
					open.Regions = append(open.Regions, m.Name)
				}
			}
		case open != nil && len(s.local) == 0 && s.rankNumber(len(open.Regions)+1):
			// "… tổng thu ngân sách trên địa bàn tỉnh đạt 63.968 tỷ đồng, đứng thứ
			// tư cả nước." names no place: the list goes on past its gap
			continue
		case open != nil && len(s.local) > 0 && !slices.Contains(open.Regions, s.local[0].Name) && s.rankNumber(len(open.Regions)+1):
			// "Đứng đầu … là TP.HCM với 4,4 tỷ USD. Bạc Liêu xếp thứ hai với 4 tỷ
			// USD, nhờ có dự án FDI lớn nhất cả nước": the rank number goes on
			// with the list; the superlative after it is the project's, no list
			for _, m := range s.local {
				if !slices.Contains(open.Regions, m.Name) {
					open.Regions = append(open.Regions, m.Name)
				}
			}
		case len(ranks) == 1 && s.goesOnWith(extendable(open, res.Rankings), ranks[0]):
			// "Bên cạnh 5 địa phương dẫn đầu … kể trên, danh sách top 10 … còn có
			// Quảng Ninh, Bắc Giang, …": the same list, its next places
			r := extendable(open, res.Rankings)
			for _, name := range ranks[0].Regions {
				if !slices.Contains(r.Regions, name) {
					r.Regions = append(r.Regions, name)
				}
			}
		case len(ranks) > 0:
			closeRanking()
			for _, r := range ranks[:len(ranks)-1] {
				open = &r
				closeRanking()
			}
			r := ranks[len(ranks)-1]
			open = &r
		case open != nil && s.continuesRanking(len(open.Regions)+1, s.start == 0 || in.Body[s.start-1] == '\n'):
			if len(open.Regions) == 0 && len(facts) > 0 && facts[0].Indicator == open.Indicator+"_per_capita" {
				// "20 TỈNH, TP CÓ GRDP BÌNH QUÂN CAO NHẤT" over "1. Bà Rịa Vũng Tàu
				// 281,235 triệu đồng": the list's first figure says what it ranks
				open.Indicator = facts[0].Indicator
			}
			for _, m := range s.local {
				if !slices.Contains(open.Regions, m.Name) && !inParens(s.text, m.Start) {
					// (not "1. TP Hồ Chí Minh (Bình Dương + TPHCM + Bà Rịa - Vũng Tàu): …",
					// the provinces merged into the one ranked)
					open.Regions = append(open.Regions, m.Name)
				}
			}
		case open != nil && (len(s.quants) == 0 || s.onlyRanked(open.Regions)) && quiet < 2:
			// a sentence of comment between the leaders and "Các vị trí kế tiếp lần
			// lượt là …", or more on a place already ranked: "So với cùng kỳ năm
			// ngoái, kim ngạch xuất khẩu của Hải Phòng tăng 29,25%"
			quiet++
			continue
		default:
			closeRanking()
		}
		quiet = 0
	}
	closeRanking()
	for _, l := range leaders {
		if len(l.Regions) == 1 && second.name != "" && second.name != l.Regions[0] && second.indicator == firstNonEmpty(l.Indicator, second.indicator) && l.Order == "highest" {
			// "Đứng vị trí thứ 2 là Quảng Ninh, với mức tăng trưởng GRDP 10,28%." told
			// before "… tăng trưởng GRDP của Hải Phòng đạt 12,38%, dẫn đầu cả nước"
			l.Regions = append(l.Regions, second.name)
			second.name = ""
		}
		if len(l.Regions) <= 2 && !slices.ContainsFunc(res.Rankings, func(r Ranking) bool {
			return r.Indicator == l.Indicator && r.Order == l.Order && r.Regions[0] == l.Regions[0] // the list it heads says it already
		}) {
			// "Hải Phòng dẫn đầu trong số các thành phố trực thuộc Trung ương": a
			// leader no list followed is a ranking of one
			res.Rankings = append(res.Rankings, *l)
		}
	}
	for k := range res.Rankings {
		finishRanking(&res.Rankings[k], res.Facts)
	}
	res.Rankings = dropPrefixes(res.Rankings)
	return res
}

// finishRanking settles what a ranking's own sentence left open: places are
// ranked by their GRDP, not the country's GDP ("tăng trưởng kinh tế … cao
// nhất là Bắc Giang"); a ranking with no period of its own has the period
// the article's figures of that indicator have ("(THPL) - Bắc Ninh, TP.HCM,
// Hải Phòng … dẫn đầu về thu hút FDI" over "10 tháng năm 2025, …").
func finishRanking(r *Ranking, fs []Fact) {
	if r.Indicator == "gdp" {
		r.Indicator = "grdp"
	}
	if r.Period != nil && *r.Period != "" {
		return
	}
	for _, f := range fs {
		if f.Indicator == r.Indicator && f.Period != nil && f.Kind != Target {
			r.Period = strPtr(*f.Period)
			return
		}
	}
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// onlyRanked: the sentence names places, all of them in the ranking.
func (s *sentence) onlyRanked(regions []string) bool {
	for _, m := range s.local {
		if !slices.Contains(regions, m.Name) {
			return false
		}
	}
	return len(s.local) > 0
}

// rankGoesOn: words that carry a ranking into the next sentence: "Đứng thứ
// hai là TP.HCM với 1,3 tỷ USD. Theo sau là Hải Phòng, Hưng Yên, Gia Lai".
var rankGoesOn = []string{"thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ 2", "thứ 3", "thứ 4", "thứ 5", "vị trí thứ", "các vị trí", "theo sau", "tiếp theo", "tiếp đến", "kế đến", "xếp sau", "đứng sau", "sau đó", "tiếp sau", "kế tiếp", "vị trí tiếp"}

// breakdown: the sentence opens as the parts of the one before: "Trong đó,
// khu vực nông, lâm nghiệp và thủy sản tăng 0,86%" stays with the city the
// sentence before was about, even in a paragraph of its own.
func (s *sentence) breakdown() bool {
	return len(s.toks) > 1 && (s.word(0) == "trong" && (s.word(1) == "đó" || s.word(1) == "số") || s.word(0) == "cụ" && s.word(1) == "thể")
}

// leadPeriod is the first run or quarter a sentence names as its own, or "".
func (s *sentence) leadPeriod(dateless bool) string {
	for _, m := range s.pers {
		if m.Kind == period.Period && !m.Compared && !m.ThisMonth && (strings.Contains(m.Period, "..") || strings.Contains(m.Period, "-Q") || strings.Contains(m.Period, "-H")) {
			return m.Period
		}
	}
	var years []string
	for _, m := range s.pers {
		if m.Kind == period.Date {
			return "" // an event's day: "Ngày 17/5, … tổ chức hội nghị … lần thứ X, năm 2024"
		}
		if m.Kind == period.Period && !m.Compared && !m.ThisMonth && len(m.Period) == 4 && m.Explicit {
			years = append(years, m.Period)
		}
	}
	if len(years) == 1 && dateless {
		// on a page with no date, a lead that speaks of one year: "Bảng xếp hạng
		// kinh tế năm 2024 cho thấy nhiều thay đổi …", then "Đồng Nai đạt GRDP
		// 493.819 tỷ đồng, tăng 8,02%" (a dated page's lead year may be any
		// year it looks back on)
		return years[0]
	}
	return ""
}

// sortedGroup reads a group of places counted and then listed in full, best
// first, as a ranking: "10 địa phương tăng trưởng 2 con số (gồm Bắc Giang tăng
// 14,01%, Quảng Ngãi 12,4%, …, Vĩnh Phúc 10,07%)" is the top ten. The list must
// hold as many places as the count says, each with its rate, falling.
func (s *sentence) sortedGroup(facts []Fact) (Ranking, bool) {
	for t := 0; t+2 < len(s.toks); t++ {
		if s.toks[t].Kind != segment.Digit || !placeNoun[s.word(t+1)] || t > 0 && s.toks[t-1].Text == "/" {
			continue
		}
		n, err := strconv.Atoi(s.toks[t].Text)
		if err != nil || n < 3 || n > 20 {
			continue // "Tính theo 63 tỉnh, thành phố cũ, …": the whole field, not a group
		}
		if places, ok := falling(facts, s.start+s.toks[t].End); ok && len(places) == n {
			return Ranking{Indicator: facts[0].Indicator, Period: facts[0].Period, Order: "highest", Regions: places, Quote: s.text}, true
		}
	}
	return Ranking{}, false
}

// falling: the places of the rates stated after byte from, each once, each
// lower than the one before.
func falling(facts []Fact, from int) ([]string, bool) {
	var places []string
	last := 0.0
	for _, f := range facts {
		if f.Start < from || f.Unit != "%" || f.Kind != Change || f.Region == Nation {
			continue
		}
		if len(places) > 0 && (f.Value >= last || slices.Contains(places, f.Region)) {
			return nil, false
		}
		places, last = append(places, f.Region), f.Value
	}
	return places, true
}

// aside: the sentence opens on "Riêng …" or "Tính riêng …" and a period:
// "Riêng quý III, …", "Tính riêng quý 4, GDP tăng 8,46%".
func (s *sentence) aside() bool {
	k := 0
	if s.word(0) == "chỉ" {
		k = 1 // "Chỉ tính riêng tháng 12, …"
	}
	if s.word(k) == "tính" {
		k++
	}
	return len(s.toks) > k+1 && s.word(k) == "riêng" && len(s.pers) > 0 && s.tokenAt(s.pers[0].Start) <= k+1
}

// refersBack: the sentence opens on a bare "Tỉnh …"/"Thành phố …" as its
// subject, or says "của tỉnh", "toàn tỉnh", "trên địa bàn": the place named
// before it.
func (s *sentence) refersBack() bool {
	if len(s.toks) > 2 && (s.word(0) == "tỉnh" || s.word(0) == "thành" && s.word(1) == "phố") {
		named := false
		for _, m := range s.local {
			named = named || m.Start == s.toks[0].Start
		}
		if !named {
			return true
		}
	}
	for _, c := range s.cues {
		if c.Cat == lexicon.Anaphor && c.Value != "this group" && c.Value != "this" {
			if _, named := s.regionAt(c.Last + 1); !named {
				return true
			}
		}
	}
	return false
}

// openingPeriod is the period a sentence opens on, set off by a comma ("Năm
// 2025, …", "Trong 9 tháng năm 2024, …"), or "".
func (s *sentence) openingPeriod() string {
	if len(s.pers) == 0 {
		return ""
	}
	m := s.pers[0]
	t, end := s.tokenAt(m.Start), s.tokenAt(m.End)
	// "Năm 2024 đánh dấu bước phát triển mạnh của Tuyên Quang": the year as the
	// sentence's subject dates what follows as a set-off adjunct does
	subject := t == 0 && m.Explicit && len(m.Period) == 4 && strings.HasPrefix(s.low[m.Start:], "năm ")
	if m.Kind != period.Period || m.Compared || m.Period == "" || end >= len(s.toks) || s.toks[end].Text != "," && !subject {
		return ""
	}
	if low := s.low[m.Start:m.End]; strings.Contains(low, "đến") || strings.Contains(low, "tới") || strings.Contains(low, "nay") {
		return "" // "Lũy kế đến nay, 117 quốc gia …": since ever, not the year so far
	}
	if s.word(0) == "theo" && t > 0 && s.toks[t-1].Text == "," {
		return m.Period // "Theo số liệu sơ bộ của Cục Thống kê, năm 2023, quy mô GRDP …": after its source
	}
	for k := 0; k < t; k++ {
		if !openers[s.word(k)] {
			return "" // "Đặt cạnh năm 2017, …" compares
		}
	}
	return m.Period
}

// onlyOwnPeriod is the one period the sentence names as its own (not one
// it compares with), or "" when it names none or several.
func (s *sentence) onlyOwnPeriod() string {
	own := ""
	for _, m := range s.pers {
		if m.Kind == period.Date {
			return "" // an event's day: "Ngày 17/5, … tổ chức hội nghị … lần thứ X, năm 2024"
		}
		if m.Kind != period.Period || m.Compared {
			continue
		}
		if own != "" && own != m.Period {
			return ""
		}
		own = m.Period
	}
	return own
}

// openers may stand before the period a sentence opens on: "Trong 9 tháng",
// "Tính chung cả năm", "Riêng quý IV", "Nhìn lại năm 2024".
var openers = map[string]bool{"trong": true, "tính": true, "chung": true, "riêng": true, "lũy": true, "kế": true, "cộng": true, "dồn": true, "qua": true, "sau": true, "nhìn": true, "lại": true}

// heading: the sentence is a line of its own that does not end as a
// sentence does, the way a section's heading stands.
func (s *sentence) heading(body string) bool {
	start, end := s.start, s.start+len(s.text)
	if start > 0 && body[start-1] != '\n' || end < len(body) && body[end] != '\n' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s.text)
	return r != '.' && r != ',' && r != ';' && r != ':'
}

// hasWords: the sentence has a word, not only digits and punctuation.
func (s *sentence) hasWords() bool {
	for _, t := range s.toks {
		if t.Kind == segment.Word {
			return true
		}
	}
	return false
}

// followsLeader finds the one-place ranking whose place this sentence ranks
// others after: "Xếp sau Bắc Giang … là Cần Thơ, Quảng Nam".
func (s *sentence) followsLeader(leaders []*Ranking) *Ranking {
	for _, m := range s.local {
		t := s.tokenAt(m.Start)
		if t == 0 || s.toks[t-1].Text != "sau" {
			continue
		}
		for _, r := range leaders {
			if r.Regions[0] == m.Name {
				return r
			}
		}
	}
	return nil
}

// extendable is the ranking a sentence may go on with: the open one, or the
// last one closed.
func extendable(open *Ranking, done []Ranking) *Ranking {
	if open != nil {
		return open
	}
	if len(done) > 0 {
		return &done[len(done)-1]
	}
	return nil
}

// goesOnWith: ranking r of this sentence goes on with ranking prev, naming
// it as already said ("kể trên", "nói trên") or itself as the rest ("Bốn
// tỉnh còn lại trong top 10 … gồm Đồng Nai, …") and adding places of the
// same measure and order.
func (s *sentence) goesOnWith(prev *Ranking, r Ranking) bool {
	if prev == nil || prev.Indicator != r.Indicator || prev.Order != r.Order || len(r.Regions) == 0 {
		return false
	}
	if !strings.Contains(s.low, "kể trên") && !strings.Contains(s.low, "nói trên") && !strings.Contains(s.low, "còn lại") {
		return false
	}
	for _, name := range r.Regions {
		if slices.Contains(prev.Regions, name) {
			return false
		}
	}
	return true
}

// secondAfter is the last leader of one whose list this sentence goes on
// with by its rank number ("lớn thứ 2", "Vị trí thứ 3 thuộc về …"), naming a
// place and no other indicator; or nil.
func (s *sentence) secondAfter(leaders []*Ranking) *Ranking {
	if len(leaders) == 0 || len(s.local) == 0 {
		return nil
	}
	r := leaders[len(leaders)-1]
	for _, c := range s.cues {
		if c.Cat == lexicon.Indicator && c.Value != "" && c.Value != r.Indicator {
			return nil
		}
	}
	if slices.Contains(r.Regions, s.local[0].Name) || !s.rankNumber(len(r.Regions)+1) {
		return nil
	}
	return r
}

// rankNames are the ranks after the first as words: "thứ hai", "thứ tư".
var rankNames = map[int]string{2: "hai", 3: "ba", 4: "tư", 5: "năm"}

// rankNumber: the sentence names rank n: "thứ 2", "thứ hai", "vị trí thứ 3".
func (s *sentence) rankNumber(n int) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.word(k) != "thứ" {
			continue
		}
		if s.toks[k+1].Kind == segment.Digit {
			v, _ := strconv.Atoi(s.toks[k+1].Text)
			return v == n
		}
		return s.word(k+1) == rankNames[n]
	}
	return false
}

// continuesRanking: the sentence carries on the ranking of the one before —
// it says so ("thứ hai là …", "theo sau là …"), or it is a line of the list
// a ranking opened ("1. Bắc Giang: 19,6%", "- Hòa Bình: 85,6%", a table row
// "2\tBắc Ninh\t7,42 tỷ USD"). A sentence inside a paragraph that opens with
// a place is prose, not a list's line: "Bắc Ninh có kim ngạch lớn thứ 2 cả
// nước … Hải Phòng đạt kim ngạch xuất khẩu 3,922 tỷ USD" does not rank Hải
// Phòng third (Thái Nguyên, later, has more).
func (s *sentence) continuesRanking(next int, ownLine bool) bool {
	if len(s.local) == 0 {
		return false
	}
	for k := 0; k+1 < len(s.toks); k++ {
		if s.word(k) == "thứ" && s.toks[k+1].Kind == segment.Digit {
			// "Hà Nội xếp thứ 21" is no next place of a list of five
			n, _ := strconv.Atoi(s.toks[k+1].Text)
			return n == next
		}
	}
	for _, w := range rankGoesOn {
		if i := strings.Index(s.low, w); i >= 0 && !(i+len(w) < len(s.low) && isDigit(s.low[i+len(w)])) {
			return true // "xếp thứ 2", not "xếp thứ 21"
		}
	}
	t := 0
	for t < len(s.toks) && (s.toks[t].Kind == segment.Digit || s.toks[t].Kind == segment.Punct) {
		t++
	}
	// a list line holds its figure or is little more than the name: "Đồng Nai
	// và Bình Dương có quy mô lớn nhưng …" after the list is a sentence again
	// a bare name with no marker is a section's heading ("Hà Nội" over "Dù
	// không sáp nhập …, Thủ đô Hà Nội vẫn …"), not the list's next line
	short := len(s.toks)-t <= 6 && t > 0
	return (ownLine || t > 0) && t < len(s.toks) && s.toks[t].Start == s.local[0].Start && (len(s.quants) > 0 || short)
}

// headline reads the dateline and the headline's period: the reference for
// bare periods in the body, and the period of body sentences that name none.
//
//	"Xuất khẩu của Thái Nguyên 9 tháng năm 2024" + "Kim ngạch xuất khẩu … ước
//	đạt 38,6 tỷ USD" → exports 2024-01..2024-09
//	"Kinh tế - xã hội tháng 9 và 9 tháng năm 2024" + "… trong tháng ước đạt
//	742 triệu USD" → 2024-09
func headline(in Input, ctx *context) period.Ref {
	ref := period.Ref{Year: yearOf(in.Date)}
	if len(in.Date) >= 7 {
		ref.Month, _ = strconv.Atoi(in.Date[5:7])
	}
	if in.Title == "" {
		return ref
	}
	for _, m := range period.FindRef(segment.Tokens(normalize.Lower(in.Title)), ref) {
		if m.Kind != period.Period || m.Compared || m.ThisMonth {
			continue
		}
		if ctx.docPeriod == "" {
			ctx.docPeriod = m.Period
		}
		if ctx.docMonth == "" && len(m.Period) == 7 {
			ctx.docMonth = m.Period
		}
		if m.Explicit {
			ref.TextYear = m.Year
		}
	}
	if ctx.docPeriod == "" {
		// a headline that ends on a bare year: "TOP 20 TỈNH, TP CÓ QUY MÔ KINH TẾ
		// LỚN NHẤT VIỆT NAM 2021"
		if m := trailingYear.FindStringSubmatch(in.Title); m != nil {
			ctx.docPeriod = m[1]
			y, _ := strconv.Atoi(m[1])
			ref.TextYear = y
		}
	}
	return ref
}

// trailingYear is a year that ends a headline, after a word.
// (not "… năm 2024", which the period reader has seen, nor "xấp xỉ năm 2019",
// a year compared)
var trailingYear = regexp.MustCompile(`(?:^|\s)[^\s\d]*[\p{Lu}][^\s\d]*\s+((?:19|20)\d\d)\s*$`)

// firstDate is the first full calendar date in the opening lines of body
// ("Thu Ba, 04/07/2023 - 06:45" → 2023-07-04), or "".
func firstDate(body string) string {
	head := body
	if len(head) > 300 { // the dateline is among the first lines; cut at a line end
		if k := strings.IndexByte(head[300:], '\n'); k >= 0 && k < 200 {
			head = head[:300+k]
		} else {
			head = head[:300]
		}
	}
	for _, m := range period.FindAll(head, 0) {
		if documentDate(head[:m.Start]) {
			continue // "theo Chỉ thị 16/CT-TTg ngày 31/3/2020 …" in a lead on August 2021: the directive's day
		}
		if line := normalize.Lower(head[strings.LastIndexByte(head[:m.Start], '\n')+1 : m.Start]); strings.Contains(line, "chụp ngày") || strings.HasPrefix(line, "ảnh") {
			continue // "Ảnh tư liệu, chụp ngày 03/05/2020: Bốc dỡ hàng …": the photo's day
		}
		if y := yearOf(m.Date); m.Kind == period.Date && len(m.Date) >= 10 && y >= 1995 && y <= 2100 && strings.Contains(head[m.Start:m.End], m.Date[:4]) {
			// not "từ 1/1/1900 cho tới tháng 5/1951" in a lead on history, nor
			// "công bố vào sáng 29/3" dated by a "năm 2020" the sentence before looked back to
			return m.Date[:10]
		}
	}
	return ""
}

// comparedRunYear is the year of a run of months a figure is compared with,
// "so với 8 tháng năm 2023" (the run before, in the same year), or 0.
func comparedRunYear(body string) int {
	m := comparedRun.FindStringSubmatch(body)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

var comparedRun = regexp.MustCompile(`so với \d{1,2} tháng (?:đầu )?năm (\d{4})`)

// documentDate: the text before a date names a legal document whose date it
// is: "Chỉ thị 16/CT-TTg ngày", "Nghị quyết số 01/NQ-CP ngày", "Quyết định
// 1234/QĐ-UBND ngày".
func documentDate(before string) bool {
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	}
	return docReference.MatchString(before)
}

var docReference = regexp.MustCompile(`(?i)(chỉ thị|quyết định|nghị quyết|nghị định|thông tư|công văn|kết luận|kế hoạch số|văn bản số|/[\p{L}]{1,4}-[\p{L}]{1,6})[^.;]*\bngày\s*$`)

// dropPrefixes drops a ranking whose places begin another one of the same
// measure, period and order: a lead's "Bắc Ninh … lớn nhất; tiếp đến là Bình
// Dương" told again as the list of ten below it.
func dropPrefixes(rs []Ranking) []Ranking {
	out := rs[:0]
	for i, r := range rs {
		covered := false
		for j, o := range rs {
			if i != j && r.Indicator == o.Indicator && deref(r.Period) == deref(o.Period) && r.Order == o.Order &&
				len(r.Regions) < len(o.Regions) && slices.Equal(r.Regions, o.Regions[:len(r.Regions)]) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, r)
		}
	}
	return out
}

// inParens: byte offset i of text lies inside a parenthesis.
func inParens(text string, i int) bool {
	return strings.Count(text[:i], "(") > strings.Count(text[:i], ")")
}

// recordSpan: a record over a run of years up to the one reported, "mức
// tăng cao thứ hai của giai đoạn 2020-2025", "cao nhất … trong giai đoạn
// 2011-2025" (not "kế hoạch giai đoạn 2021-2025", a plan's span).
var recordSpan = regexp.MustCompile(`(nhất|thứ hai|thứ ba|thứ 2|thứ 3)[^.]{0,80}?giai đoạn (\d{4})\s*[-–]\s*(\d{4})`)

// recordYear is the last year of the latest record span in text, or 0. Only
// the stretch before each "giai đoạn" is read: the pattern over a whole
// paste was an eighth of the extractor's time.
func recordYear(text string) int {
	y := 0
	for from := 0; ; {
		i := strings.Index(text[from:], "giai đoạn")
		if i < 0 {
			return y
		}
		i += from
		a, b := max(0, i-120), min(len(text), i+len("giai đoạn")+16)
		for a > 0 && !utf8.RuneStart(text[a]) {
			a--
		}
		for _, m := range recordSpan.FindAllStringSubmatch(text[a:b], -1) {
			if v, _ := strconv.Atoi(m[3]); v > y && v <= 2100 {
				y = v
			}
		}
		from = i + len("giai đoạn")
	}
}

// comparedYear is the year of the first "cùng kỳ năm YYYY" or "so với tháng
// 12/YYYY" of body, or 0 ("so với cùng kỳ năm trước" before it names none).
func comparedYear(body string) int {
	// (and "so với năm 2023", "so với cuối năm 2011", "so với 2024": a whole year, or its end,
	// compared; "So với cùng kỳ 2011" without its "năm"; "cùng giai đoạn năm
	// 2020"). The latest of them: "cao hơn mức tăng 2,04% cùng giai đoạn năm
	// 2020 … thấp hơn tốc độ tăng cùng kỳ năm 2018 và 2019" is after 2020.
	latest := 0
	for _, w := range []string{"cùng kỳ năm ", "cùng kì năm ", "cung ky nam ", "cùng kỳ ", "cùng kì ", "cùng giai đoạn năm ", "so với tháng 12/", "so với tháng 12 năm ", "so với năm ", "so với cuối năm ", "so với cuối ", "so với "} {
		for rest := body; ; {
			i := strings.Index(rest, w)
			if i < 0 || i+len(w)+4 > len(rest) {
				break
			}
			after := i + len(w) + 4 // "so với 2024" bare, not "so với 2024,5 tỷ"
			bare := after >= len(rest) || !isDigitByte(rest[after]) && !(rest[after] == ',' || rest[after] == '.') || after+1 >= len(rest) || !isDigitByte(rest[after+1])
			if y, err := strconv.Atoi(rest[i+len(w) : i+len(w)+4]); err == nil && y >= 1990 && y <= 2100 && bare {
				latest = max(latest, y)
			}
			rest = rest[i+len(w):]
		}
	}
	return latest
}

// dropOrdinals removes rank numbers: "đứng thứ 2 cả nước (12,76%)" states
// one figure, and "2" is no quantity to take the verb from it.
func dropOrdinals(qs []number.Quantity, s *sentence) []number.Quantity {
	out := qs[:0]
	for _, q := range qs {
		if t := s.tokenAt(q.Start); q.Kind == number.Plain && !q.Scaled && t > 0 && (s.word(t-1) == "thứ" || s.word(t-1) == "hạng") {
			continue
		}
		if q.Kind == number.Plain && !q.Scaled && s.insideRank(q) {
			continue // "lấy lại ngôi vị số 1": part of the rank's words
		}
		out = append(out, q)
	}
	return out
}

// insideRank: quantity q is part of a rank's words ("ngôi vị số 1").
func (s *sentence) insideRank(q number.Quantity) bool {
	for _, c := range s.cues {
		if c.Cat == lexicon.Rank && c.Start <= q.Start && q.End <= c.End {
			return true
		}
	}
	return false
}

// statedYear is the latest year a period of the text names: "8 tháng năm
// 2023" → 2023; 0 when none does.
func statedYear(body string) int {
	y := 0
	// only the stretches around a written year are read: a paste of 100 KB
	// is not parsed twice to learn it
	for from := 0; from < len(body); {
		i := strings.IndexAny(body[from:], "12")
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		if i+4 > len(body) || !isYear(body[i:i+4]) || i > 0 && isDigit(body[i-1]) {
			continue
		}
		a := max(0, i-48)
		for a > 0 && !utf8.RuneStart(body[a]) {
			a--
		}
		b := min(len(body), i+4)
		for _, m := range period.FindAll(body[a:b], 0) {
			if m.Kind == period.Period && m.Explicit && !m.Compared && m.Year > y {
				y = m.Year
			}
		}
		from = b
	}
	return y
}

func isYear(s string) bool {
	return (s[:2] == "19" || s[:2] == "20") && isDigit(s[2]) && isDigit(s[3])
}

// seenFacts removes repeats: the same fact stated twice in one article is
// reported once. Two statements that differ only in a period or a basis one
// of them leaves unsaid are one fact, completed by the other.
type seenFacts struct {
	bare map[factKey][]int // key without period and basis → indexes of facts
}

func (sf *seenFacts) add(have []Fact, f Fact) []Fact {
	if sf.bare == nil {
		sf.bare = map[factKey][]int{}
	}
	k := f.key()
	for _, i := range sf.bare[k] {
		h := &have[i]
		if compatible(h.Period, f.Period) && compatible(h.Basis, f.Basis) {
			if h.Period == nil {
				h.Period = f.Period
			}
			if h.Basis == nil {
				h.Basis = f.Basis
			}
			return have
		}
	}
	sf.bare[k] = append(sf.bare[k], len(have))
	return append(have, f)
}

func compatible(a, b *string) bool { return a == nil || b == nil || *a == *b }

func yearOf(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(date[:4])
	return y
}

func mostCommon(counts map[string]int) string {
	best, n := "", 0
	for k, c := range counts {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	return best
}

// sentence is one sentence with everything the parsers found in it; offsets
// are relative to the sentence.
type sentence struct {
	start   int // offset of the sentence in the body
	text    string
	low     string          // text, lower-cased
	folded  bool            // the article is typed without diacritics
	stock   bool            // it speaks of projects "còn hiệu lực": the stock of all years
	explain bool            // fill each fact's Why
	toks    []segment.Token // of the lower-cased text
	cues    []lexicon.Cue
	quants  []number.Quantity
	pers    []period.Mention
	places  []place.Match // offsets in the body
	local   []place.Match // the same, offsets in the sentence
	groups  []groupMention
}

type groupMention struct {
	start, end int
	group
}

func read(body, lowBody string, sp segment.Span, ref period.Ref, date string, folded bool) *sentence {
	text := body[sp.Start:sp.End]
	s := &sentence{start: sp.Start, text: text, low: lowBody[sp.Start:sp.End], folded: folded}
	s.toks = segment.Tokens(s.low)
	s.cues = lexicon.Default.Find(s.toks) // the lexicon has the folded phrases itself
	if !s.has(lexicon.Rank) {
		if c, ok := s.splitRank(); ok {
			k := sort.Search(len(s.cues), func(i int) bool { return s.cues[i].First > c.First })
			s.cues = slices.Insert(s.cues, k, c)
		}
	}
	numToks := s.toks
	if folded {
		numToks = append([]segment.Token(nil), s.toks...)
		segment.Unfold(numToks)
	}
	figures := number.MayHold(numToks)
	if figures || s.has(lexicon.Rank) || len(s.toks) <= 16 {
		s.pers = period.FindRef(numToks, ref) // a short line may be a heading that names the period of its section
	}
	if figures {
		var avoid []number.Span
		for _, m := range s.pers {
			avoid = append(avoid, number.Span{Start: m.Start, End: m.End})
		}
		s.quants = dropOrdinals(number.FindTokens(text, numToks, avoid), s)
		// "dự án còn hiệu lực với tổng vốn …", "Lũy kế đến nay, toàn tỉnh có 1.928 dự án
		// FDI với tổng vốn trên 24,3 tỷ USD": all the years' stock
		// "… dẫn đầu cả nước về vốn FDI lũy kế, với tổng vốn đăng ký hơn 59,72 tỷ USD"
		s.stock = strings.Contains(s.low, "còn hiệu lực") || strings.HasPrefix(s.low, "lũy kế đến nay") && (strings.Contains(s.low, "dự án") || strings.Contains(s.low, "doanh nghiệp") || strings.Contains(s.low, "quốc gia")) ||
			strings.Contains(s.low, "fdi lũy kế") || strings.Contains(s.low, "vốn đầu tư nước ngoài lũy kế")
	}
	s.local = place.Default.FindTokens(text, s.toks, date)
	for _, m := range s.local {
		g := m
		g.Start += sp.Start
		g.End += sp.Start
		s.places = append(s.places, g)
	}
	if d := meta.LeadDateline(text); d != "" {
		// "Hà Nội, 6/10/2025 - Theo số liệu của Cục Thống kê, tổng kim ngạch …":
		// where the story was filed, not whose figures they are (still a place
		// the article names)
		s.local = slices.DeleteFunc(s.local, func(m place.Match) bool { return m.End <= len(d) })
	}
	s.groups = findGroups(text, s.toks, s.cues)
	return s
}

// tokenAt returns the index of the first token starting at or after off.
func (s *sentence) tokenAt(off int) int {
	return sort.Search(len(s.toks), func(i int) bool { return s.toks[i].Start >= off })
}

// cueAfter returns the first cue that starts at token t (so right after a number).
func (s *sentence) cueAfter(t int, cat lexicon.Category) (lexicon.Cue, bool) {
	for _, c := range s.cues {
		if c.First == t && c.Cat == cat {
			return c, true
		}
		if c.First > t {
			break
		}
	}
	return lexicon.Cue{}, false
}

// groupWords may continue a group's name after "khu vực"/"vùng": "khu vực
// phía Bắc", "vùng đồng bằng sông Cửu Long", "vùng kinh tế trọng điểm phía Nam".
var groupWords = map[string]bool{
	"phía": true, "miền": true, "và": true, "sông": true, "đồng": true, "bằng": true, "trọng": true, "điểm": true,
	"kinh": true, "tế": true, "duyên": true, "hải": true, "trung": true, "du": true, "núi": true, "bộ": true,
}

// findGroups finds named groups of provinces: a count, a count noun, then
// "khu vực"/"vùng"/"miền" and a name.
// Before: "28 tỉnh, thành phố khu vực phía Bắc lần thứ X"   After: "28 tỉnh, thành phố khu vực phía Bắc"
func findGroups(text string, toks []segment.Token, cues []lexicon.Cue) []groupMention {
	var out []groupMention
	for _, c := range cues {
		if c.Cat != lexicon.CountNoun || c.First == 0 || toks[c.First-1].Kind != segment.Digit {
			continue
		}
		if c.First >= 2 && toks[c.First-2].Text == "/" {
			continue // "xếp thứ 3/14 tỉnh, thành phố khu vực miền Trung": the field a rank is out of
		}
		j := c.Last + 1
		if j >= len(toks) || !(toks[j].Text == "khu" && j+1 < len(toks) && toks[j+1].Text == "vực" || toks[j].Text == "vùng" || toks[j].Text == "miền") {
			continue
		}
		if toks[j].Text == "khu" {
			j++
		}
		end := -1
		for k := j + 1; k < len(toks) && toks[k].Kind == segment.Word && !toks[k].Line; k++ {
			orig := text[toks[k].Start:toks[k].End]
			if isCapitalised(orig) {
				end = k
				continue
			}
			if !groupWords[toks[k].Text] {
				break
			}
		}
		if end < 0 {
			continue
		}
		size, _ := strconv.ParseFloat(toks[c.First-1].Text, 64)
		out = append(out, groupMention{toks[c.First-1].Start, toks[end].End, group{text[toks[c.First-1].Start:toks[end].End], size}})
	}
	if !strings.Contains(text, "ùng") { // "vùng", "Vùng"
		return out
	}
	return append(out, economicRegions(text, toks, out)...)
}

// possessed: the words at byte off of the sentence follow "của": the setting
// of something else, not a subject.
func (s *sentence) possessed(off int) bool {
	t := s.tokenAt(off)
	return t > 0 && s.word(t-1) == "của"
}

// rankField: the region at token j is the field a rank is out of: "xếp thứ
// 3/14 tỉnh vùng Trung du và Miền núi phía Bắc", "thứ hai vùng Đồng bằng …",
// "dẫn đầu khu vực vùng Đồng bằng sông Cửu Long", "cao nhất vùng Tây Nguyên".
func rankField(toks []segment.Token, j int) bool {
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		if toks[k].Text == "/" || toks[k].Text == "thứ" || toks[k].Text == "nhất" {
			return true
		}
		if toks[k].Text == "đầu" && k > 0 && (toks[k-1].Text == "dẫn" || toks[k-1].Text == "đứng") {
			return true
		}
	}
	return false
}

// economicRegions finds the country's economic regions named without a
// count: "vùng Đồng bằng sông Cửu Long", "Vùng Đông Nam Bộ", "vùng Tây
// Nguyên". The name is kept as printed, with "Vùng" capitalised as the
// statistics office writes it: "Vùng Đồng bằng sông Cửu Long".
func economicRegions(text string, toks []segment.Token, have []groupMention) []groupMention {
	var out []groupMention
	for j, t := range toks {
		if t.Text != "vùng" || j+1 >= len(toks) || !isCapitalised(text[toks[j+1].Start:toks[j+1].End]) {
			continue
		}
		inside := false
		for _, g := range have {
			if g.start <= t.Start && t.End <= g.end {
				inside = true
			}
		}
		end := -1
		for k := j + 1; k < len(toks) && toks[k].Kind == segment.Word && !toks[k].Line; k++ {
			if isCapitalised(text[toks[k].Start:toks[k].End]) {
				end = k
				continue
			}
			if !groupWords[toks[k].Text] {
				break
			}
		}
		if inside || end < 0 || rankField(toks, j) {
			continue
		}
		name := "Vùng" + text[t.End:toks[end].End]
		out = append(out, groupMention{t.Start, toks[end].End, group{name: name}})
	}
	return out
}

func isCapitalised(w string) bool {
	for _, r := range w {
		return strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
	}
	return false
}

// defaultRegion is where the article's figures are when a sentence does not
// say: the one province its headline names, else the group its opening
// defines, else the one province its opening puts figures "trên địa bàn" of,
// else the whole country.
func defaultRegion(in Input, reads []*sentence, ctx *context) region {
	for _, s := range reads {
		if len(s.groups) > 0 {
			ctx.group = &s.groups[0].group
			break
		}
	}
	if in.Title != "" {
		// the headline's one province, when the body speaks of it too: a teaser
		// taken for the headline ("… cao tốc TP.HCM - Long Thành …") names none of the body's
		names := distinct(notNeighbours(in.Title, place.Default.FindAll(in.Title, in.Date)))
		if len(names) == 1 && bodySpeaksOf(reads, names[0].name) && !rankedNationally(in.Title, reads) {
			return names[0]
		}
	}
	lead := reads
	if len(lead) > 3 {
		lead = lead[:3]
	}
	for _, s := range lead {
		if len(s.groups) > 0 && !s.possessed(s.groups[0].start) && !s.belongsTo(s.groups[0].start) {
			// "28 tỉnh, thành phố khu vực phía Bắc …" as the lead's subject (not "sự
			// phát triển … của vùng Trung du và Miền núi phía Bắc", a setting, nor
			// "Đồng Tháp là một tỉnh thuộc vùng Đồng bằng sông Cửu Long", where it lies)
			return region{name: s.groups[0].name}
		}
	}
	for _, s := range lead {
		for _, m := range s.local {
			before := s.low[:m.Start] // offsets in low are offsets in text
			if strings.HasSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(before), "tỉnh"), "thành phố")), "địa bàn") {
				return region{m.Name, m.Region2025}
			}
		}
	}
	if r, ok := homeProvince(reads); ok {
		return r
	}
	if in.Masthead != "" && !nationalLead(reads) && !countryLead(reads) {
		if names := distinct(place.Default.FindAll(in.Masthead, in.Date)); len(names) == 1 && bodySpeaksOf(reads, names[0].name) {
			return names[0]
		}
	}
	if in.Captions != "" && speaksOfUnnamed(reads) {
		if names := distinct(place.Default.FindAll(in.Captions, in.Date)); len(names) == 1 {
			return names[0]
		}
	}
	ctx.unnamedHome = true // unless a sentence names a place (see provincialWords)
	for _, s := range reads {
		if len(s.local) > 0 {
			ctx.unnamedHome = false
			break
		}
	}
	return region{name: Nation}
}

// speaksOfUnnamed: the body refers to "the province" and names none.
func speaksOfUnnamed(reads []*sentence) bool {
	anaphor := false
	for _, s := range reads {
		if len(s.local) > 0 {
			return false
		}
		anaphor = anaphor || s.has(lexicon.Anaphor)
	}
	return anaphor
}

// rankedNationally: the headline ranks its province among others and the
// body opens on the whole country: "Quảng Ninh dẫn đầu cả nước về thu hút FDI
// 5 tháng" over "Tính đến ngày 20/5, tổng vốn FDI đăng ký vào Việt Nam đạt
// 11,07 tỷ USD" reports the country's figures and where the province stands.
func rankedNationally(title string, reads []*sentence) bool {
	ranked, nation := false, false
	for _, c := range lexicon.Default.Find(segment.Tokens(normalize.Lower(title))) {
		ranked = ranked || c.Cat == lexicon.Rank
		nation = nation || c.Cat == lexicon.Nation
	}
	if !ranked {
		return false
	}
	if nation && len(namedIn(reads)) >= 5 {
		// "TP.HCM thu hút FDI nhiều nhất cả nước năm 2020" over a table of the top
		// ten and the country's FDI by industry and by investor: the country's
		// figures, where a place ranks; a sentence naming TP.HCM is still its
		return true
	}
	s := leadWithFigures(reads)
	return s != nil && (s.has(lexicon.Nation) || s.citesNationalOffice()) && len(s.local) == 0
}

// vietnameseLines is text without its English lines.
func vietnameseLines(text string) string {
	if !strings.Contains(text, " the ") && !strings.Contains(text, " of ") {
		return text
	}
	var b strings.Builder
	for _, l := range strings.Split(text, "\n") {
		if !english(normalize.Lower(l)) {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// english: a sentence (lower case) with no Vietnamese letters and at least
// two of English's commonest words.
func english(t string) bool {
	if normalize.HasDiacritics(t) {
		return false
	}
	n := 0
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		if englishWords[w] {
			n++
		}
	}
	return n >= 2
}

var englishWords = map[string]bool{"the": true, "of": true, "to": true, "from": true, "in": true, "and": true, "with": true,
	"is": true, "are": true, "was": true, "were": true, "its": true, "for": true, "on": true, "by": true, "year": true, "billion": true,
	"million": true, "percent": true, "despite": true, "while": true, "has": true, "have": true, "over": true, "at": true}

// midPassage: a text opens on words that go on from a sentence before it,
// a copy cut from inside an article: "Theo đó, …", "Trong đó, …", "Cụ thể, …".
func midPassage(low string) bool {
	for _, w := range []string{"theo đó", "trong đó", "cụ thể", "bên cạnh đó", "ngoài ra", "như vậy", "tiếp đến", "tiếp theo"} {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// leadWithFigures is the first sentence that gives a figure (not a bare
// year), or nil.
func leadWithFigures(reads []*sentence) *sentence {
	for _, s := range reads {
		if len(s.quants) > 0 && !bareYearsOnly(s) {
			return s
		}
	}
	return nil
}

// nationalLead: the first sentence with figures cites the national
// statistics office and names no place: "(Cadn.com.vn) - Ngày 28-10, Tổng cục
// Thống kê công bố báo cáo, theo đó chỉ số giá tiêu dùng (CPI) tháng 10-2016
// tăng 0,83%" in a Đà Nẵng paper reports the country's CPI, not Đà Nẵng's.
func nationalLead(reads []*sentence) bool {
	s := leadWithFigures(reads)
	return s != nil && s.citesNationalOffice() && len(s.local) == 0
}

// countryLead: the first sentence with a percentage or an amount (or the
// second, when the first names no place) is about the whole country by name
// or by its source, and names no province: "Xuất khẩu của Việt Nam tháng 11/2025 tăng
// 15,2%" on a Hồ Chí Minh City agency's page is the country's, and so are
// the figures after it that name no place.
func countryLead(reads []*sentence) bool {
	seen := 0
	for _, s := range reads {
		if !slices.ContainsFunc(s.quants, func(q number.Quantity) bool { return q.Kind == number.Percent || q.Kind == number.Money }) {
			continue // (nor "Covid -19", nor a dateline's day)
		}
		if len(s.local) > 0 {
			return false
		}
		if strings.Contains(s.low, "việt nam") || s.citesNationalOffice() {
			return true
		}
		if seen++; seen == 2 {
			break // (the first two: "Hết tháng 8, xuất khẩu hạt điều đã mang về hơn 2,28 tỷ USD" / "Theo Tổng cục Hải quan, … xuất khẩu hạt điều của Việt Nam …")
		}
	}
	return false
}

// citesNationalOffice: the sentence names the national statistics office,
// "Tổng cục Thống kê" (to 2025) or "Cục Thống kê (Bộ Tài chính)" (since), or
// a ministry or national agency as its source.
func (s *sentence) citesNationalOffice() bool {
	if strings.Contains(s.low, "tổng cục thống kê") || strings.Contains(s.low, "cục thống kê (bộ tài chính)") ||
		strings.Contains(s.low, "cục thống kê, bộ tài chính") || strings.Contains(s.low, "cục thống kê thuộc bộ tài chính") {
		return true
	}
	// or a ministry or national agency as the source of figures: "Số liệu
	// thống kê của Bộ Công Thương cho thấy, kim ngạch xuất khẩu …"
	for _, src := range []string{"của bộ công thương", "theo bộ công thương", "của tổng cục hải quan", "theo tổng cục hải quan",
		"của cục đầu tư nước ngoài", "theo cục đầu tư nước ngoài", "của bộ kế hoạch và đầu tư", "theo bộ kế hoạch và đầu tư",
		"của bộ tài chính", "theo bộ tài chính", "của cục hải quan", "theo cục hải quan", "theo tổng cục hải quan"} {
		if i := strings.Index(s.low, src); i >= 0 && !strings.HasPrefix(s.low[i+len(src):], " tỉnh") && !strings.HasPrefix(s.low[i+len(src):], " thành phố") {
			return true
		}
	}
	return false
}

func bareYearsOnly(s *sentence) bool {
	for _, q := range s.quants {
		if !bareYear(q) {
			return false
		}
	}
	return true
}

// refersToFigure: a sentence that refers to the figure before it: "đà tăng
// trưởng này", "con số này", "mức tăng này" (looked for by hand: a pattern
// tried on every paragraph's first sentence cost a tenth of the extraction).
func refersToFigure(low string) bool {
	for i := 0; ; {
		k := strings.Index(low[i:], " này")
		if k < 0 {
			return false
		}
		before := low[:i+k]
		for _, w := range figureNouns {
			if strings.HasSuffix(before, w) {
				return true
			}
		}
		i += k + len(" này")
	}
}

var figureNouns = []string{"con số", "chỉ số", "mức tăng", "tăng trưởng", "đà tăng", "tốc độ"}

// belongsTo: the place starting at byte start is where something lies:
// "một tỉnh thuộc vùng Đồng bằng sông Cửu Long".
func (s *sentence) belongsTo(start int) bool {
	t := s.tokenAt(start)
	return t > 0 && s.word(t-1) == "thuộc" || t > 1 && s.word(t-1) == "vùng" && s.word(t-2) == "thuộc"
}

// homeProvince is the province an article reports on when its headline does
// not say: the one province its first sentence with figures names, when
// that sentence is not about the whole country and the article speaks of
// "the province" ("của tỉnh", "toàn tỉnh", "trên địa bàn") or names the
// province as an office or a unit ("Cục Thống kê tỉnh Bắc Ninh", "UBND tỉnh
// Hưng Yên", "TP Cần Thơ").
//
//	"Báo cáo của Cục Thống kê tỉnh Bắc Ninh cho biết, trong tháng 8, chỉ số
//	sản xuất công nghiệp (IIP) của tỉnh tăng 8,24% …" → Bắc Ninh, for every
//	paragraph after it too.
func homeProvince(reads []*sentence) (region, bool) {
	anaphor := false
	for _, s := range reads {
		// ("địa phương này", "tỉnh này" point back at the place just named, in
		// a national article as anywhere: no sign of a home province)
		if slices.ContainsFunc(s.cues, func(c lexicon.Cue) bool {
			return c.Cat == lexicon.Anaphor && c.Value != "this" && c.Value != "this group"
		}) {
			anaphor = true
			break
		}
	}
	if anaphor {
		// "của tỉnh", "UBND tỉnh" with one province named at the top: "Ngày 6/10,
		// ông …, Chủ tịch UBND tỉnh Hưng Yên, chủ trì phiên họp …"
		var names []place.Match
		for k, s := range reads {
			if k >= 5 {
				break
			}
			for _, m := range s.local {
				if !slices.ContainsFunc(names, func(n place.Match) bool { return n.Name == m.Name }) {
					names = append(names, m)
				}
			}
		}
		if len(names) == 1 {
			return region{names[0].Name, names[0].Region2025}, true
		}
	}
	seen := 0
	for _, s := range reads {
		if len(s.quants) == 0 {
			if len(s.local) > 0 && seen == 0 && len(distinctNames(s.local)) == 1 && unitNamed(s, s.local[0]) {
				return region{s.local[0].Name, s.local[0].Region2025}, true
			}
			continue
		}
		seen++
		if seen > 1 {
			break
		}
		names := distinctNames(s.local)
		if len(names) != 1 || s.has(lexicon.Nation) {
			if len(names) > 1 {
				return region{}, false
			}
			continue
		}
		m := s.local[0]
		if anaphor || unitNamed(s, m) {
			return region{m.Name, m.Region2025}, true
		}
	}
	return region{}, false
}

// namedIn: the provinces the sentences name, each once.
func namedIn(reads []*sentence) []string {
	var out []string
	for _, s := range reads {
		for _, m := range s.local {
			if !slices.Contains(out, m.Name) {
				out = append(out, m.Name)
			}
		}
	}
	return out
}

// bodySpeaksOf: the body names the province, refers to "the province", or
// names no province at all ("Đồng Nai: xuất khẩu tăng mạnh" over "Kim ngạch
// xuất khẩu tháng 5 đạt 2,1 tỷ USD"); not a body that names only others.
func bodySpeaksOf(reads []*sentence, name string) bool {
	others := false
	for _, s := range reads {
		if s.has(lexicon.Anaphor) {
			return true
		}
		for _, m := range s.local {
			if m.Name == name {
				return true
			}
			others = true
		}
	}
	return !others
}

func distinctNames(ms []place.Match) []string {
	var out []string
	for _, m := range ms {
		if !slices.Contains(out, m.Name) {
			out = append(out, m.Name)
		}
	}
	return out
}

// unitNamed: the place is printed as an administrative unit ("tỉnh Bắc
// Ninh", "TP Cần Thơ", "thành phố Đà Nẵng").
func unitNamed(s *sentence, m place.Match) bool {
	t := s.tokenAt(m.Start)
	if t == 0 {
		return false
	}
	switch s.toks[t-1].Text {
	case "tỉnh", "phố", "tp", ".":
		return true
	}
	if strings.HasPrefix(s.low[m.Start:], "tỉnh") || strings.HasPrefix(s.low[m.Start:], "tp") || strings.HasPrefix(s.low[m.Start:], "thành phố") {
		return true
	}
	// or as its own office's: "Số liệu của Cục Thống kê Kiên Giang cho thấy …"
	return provinceOffice.MatchString(s.low[max(0, m.Start-40):m.Start])
}

// provinceOffice ends with the name of a province's own office, as printed
// right before the province: "cục thống kê ", "sở công thương ", "ubnd ".
var provinceOffice = regexp.MustCompile(`(cục thống kê|chi cục thống kê|sở công thương|sở kế hoạch và đầu tư|sở tài chính|ubnd|ủy ban nhân dân|uỷ ban nhân dân) $`)

func distinct(ms []place.Match) []region {
	var out []region
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.Name] {
			seen[m.Name] = true
			out = append(out, region{m.Name, m.Region2025})
		}
	}
	return out
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// notNeighbours drops the places a headline locates by: "một địa phương sát
// Hà Nội đóng góp tới 20%" is about a province next to Hà Nội, not Hà Nội.
func notNeighbours(text string, ms []place.Match) []place.Match {
	out := ms[:0:0]
	for _, m := range ms {
		before := strings.TrimSpace(normalize.Lower(text[:m.Start]))
		if !(strings.HasSuffix(before, " sát") || strings.HasSuffix(before, " cạnh") || strings.HasSuffix(before, " giáp") || strings.HasSuffix(before, " gần") || strings.HasSuffix(before, " giáp ranh")) {
			out = append(out, m)
		}
	}
	return out
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }
