// Package meta finds an article's own title, dateline, byline and source
// address among the lines of a pasted page that extract/clean classified,
// wherever the site prints them: above or below the menu, before or after
// the title, at the top or at the foot of the story.
//
//   - Title: the headline-like line before the body that shares the most
//     words with the lead (not the menu row, not the section label); a page
//     title's " - Outlet" is cut; a title in capitals is kept as printed.
//   - Dateline: the date printed next to the title or at the head of the body
//     ("Thứ Sáu, 22/05/2020 - 08:03", "Cập nhật: 08:03 22/05/2020", "Ngày 14
//     tháng 3 năm 2023"), "Đăng ngày …" at the foot; never the date bar of the
//     reading day far above the title, never a licence line.
//   - Author: the byline right after the story (before tags, comments, "Xem
//     thêm"), or right under the title, in any of the ways papers print it:
//     "Minh Anh/TTXVN", "NGỌC TÚ", "T.L", "Theo Minh Anh (Báo X)", "Tác giả: …",
//     "Bài và ảnh: …"; never a commenter, never "Theo <outlet>".
//   - Source: "Nguồn: https://…" or a bare address at the foot.
package meta

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"chiso/extract/clean"
	"chiso/extract/normalize"
)

// Meta is what the lines say about the article.
type Meta struct {
	Title, Dateline, Author, SourceURL string
}

// Read picks the metadata lines of ls and marks them with their Role (so the
// body leaves them out); it returns what they say.
func Read(ls []clean.Line) Meta {
	var m Meta
	first, last := bodyEdges(ls)
	if first < 0 {
		first, last = len(ls), len(ls)-1
	}
	lead := leadWords(ls, first)
	title := findTitle(ls, first, lead)
	// the body's first line reads as a headline ("… tăng trưởng dương"), not
	// as a label of what follows ("Chỉ số kinh tế:")
	opensOnHeadline := first < len(ls) && headline(ls[first].Text) && !strings.HasSuffix(ls[first].Text, ":") && ls[first].Why != "numbered heading" && ls[first].Why != "table header"
	if title >= 0 && title < first && opensOnHeadline &&
		shared(lead, ls[title].Text) == 0 && shared(lead, ls[first].Text) >= 3 {
		// a line above the body that has nothing of the lead ("Thời sự Quân sự -
		// Quốc phòng Kinh tế …", a menu that lost its separators) is no headline
		// when the body's first line reads as one and the lead repeats it
		title = -1
	}
	if title >= 0 && CutOutlet(ls[title].Text) != ls[title].Text {
		// the page's title "Chỉ số giá … đều giảm - Kinh Doanh & Tiếp Thị" atop
		// the paste, and the same headline printed on the page by its dateline
		for k := title + 1; k <= first && k < len(ls); k++ {
			if ls[k].Text == CutOutlet(ls[title].Text) {
				title = k
				break
			}
		}
	}
	if title >= 0 && title < first && opensOnHeadline && len(words(ls[title].Text)) < 5 && titleScore(ls, first, leadWords(ls, first)) > titleScore(ls, title, lead)+0.1 {
		// "Tin tức trong Huyện" over "Hội nghị cho ý kiến vào dự thảo Báo cáo
		// … 6 tháng đầu năm …" over a lead on that meeting: a section's label,
		// and the body's first line the headline the lead follows
		title = -1
	}
	if title >= 0 && title < first && opensOnHeadline && menuBetween(ls, title, first) {
		// a line above the site's menu is the site's own ("Chuyên trang thông
		// tin đầu tư nước ngoài", "Tạp chí của Tổng cục Thống kê"); the
		// headline stands under the menu, as the body's first line
		title = -1
	}
	if title < 0 && opensOnHeadline {
		// no headline above the body: its first line is one when it reads as one
		// ("25/28 tỉnh, thành phía Bắc có chỉ số … tăng trưởng dương" over the lead)
		title = first
		first, _ = bodyEdges(ls[first+1:])
		first += title + 1
	}
	if title == first && first < len(ls) {
		next, _ := bodyEdges(ls[first+1:])
		first = first + 1 + next
	}
	if title >= 0 && title+1 < first && first < len(ls) && ls[title].Class == clean.Good && !navAbove(ls, title) && headline(ls[first].Text) && !strings.HasSuffix(ls[first].Text, ":") &&
		titleScore(ls, first, leadWords(ls, first)) > titleScore(ls, title, leadWords(ls, first))+0.2 {
		// "Khuyến công và xúc tiến thương mại Quảng Trị" / "https://khuyencong.
		// quangtri.gov.vn" / "Chỉ số sản xuất công nghiệp tỉnh Quảng Trị 10 tháng
		// tăng 15,5%" over a lead that repeats it: the heading on the body is the
		// headline, the line at the top of the page the site's name (but under
		// a menu the line over a tool bar is the headline, the one on the body
		// its summary)
		ls[title].Role = "site name"
		title = first
		next, _ := bodyEdges(ls[first+1:])
		first = first + 1 + next
	}
	if title >= 0 {
		ls[title].Role = "title"
		m.Title = CutOutlet(titleLabel.ReplaceAllString(strings.TrimLeft(ls[title].Text, "•·◦▪► "), ""))
		if head := trailingDate.ReplaceAllString(m.Title, ""); head != m.Title && headline(head) && len(words(head)) >= 4 && !rangeOpen(head) {
			m.Title, m.Dateline = head, ls[title].Text // "Triển vọng phục hồi kinh tế   9/5/2022": the headline and its date on one line
		}
	}
	if k := endsOnByline(ls, first, last); k > 0 {
		// "MỘNG TOÀN" / "08:04 30/06/2025" / "Ngày 1-7-2025, một ngày sẽ mãi
		// mãi …": the byline ends the story; a time and date under it open
		// another story's teaser, which is no body
		for j := k + 1; j <= last; j++ {
			ls[j].Class, ls[j].Why = clean.Bad, "after the byline"
		}
		ls[k].Role, m.Author = "author", bylineName(ls[k].Text)
		last = k - 1
	}
	if d := findDateline(ls, title, first, last); d >= 0 {
		ls[d].Role = "dateline"
		m.Dateline = ls[d].Text
		if head := trailingDate.ReplaceAllString(ls[d].Text, ""); head != ls[d].Text && headline(head) && len(words(head)) >= 4 && !rangeOpen(head) &&
			(title < 0 || title < d && menuBetween(ls, title, d)) {
			// "LIÊN HIỆP CÁC HỘI …" / "Trang chủ | Giới thiệu | …" / "Triển vọng
			// phục hồi kinh tế   9/5/2022": the headline printed on its dateline's
			// line, under the menu; the line above the menu is the site's
			if title >= 0 {
				ls[title].Role = ""
			}
			title = d
			m.Title = head
		}
	} else if first >= 0 && first < len(ls) {
		// a wire story's lead opens on where and when it was filed: "Hà Nội,
		// 6/10/2025 - Theo số liệu của Cục Thống kê, …" (the lead stays the body's)
		if p := LeadDateline(ls[first].Text); p != "" {
			m.Dateline = p
		}
	}
	if s := findSource(ls, last); s >= 0 {
		ls[s].Role = "source"
		m.SourceURL = clean.FirstURL(ls[s].Text)
	}
	if a, name := findAuthor(ls, title, first, last); name != "" && m.Author == "" {
		if a >= 0 {
			ls[a].Role = "author"
		}
		m.Author = name
	}
	if k := first - 1; title >= 0 && k > 0 && k < len(ls) && ls[k].Role == "" && ls[k-1].Role != "" && ls[k].Class == clean.Bad &&
		ls[k].Why == "run of headlines" && headline(ls[k].Text) && len(words(ls[k].Text)) >= 4 && !isDate(ls[k].Text) && !strings.ContainsAny(ls[k].Text, "|/»›") {
		// "Sẵn sàng nắm bắt cơ hội …" / "Ngày đăng : 21:17, 31/08/2021" /
		// "Chuyển đổi số - bệ phóng cho quỹ đạo tăng trưởng mới" / lead: between
		// the header's own lines and the body, the story's first heading
		ls[k].Class, ls[k].Why = clean.Good, "a heading under the header"
	}
	return m
}

// navAbove: a menu row or a breadcrumb stands above line k, where a page
// sets its headline under its navigation (a line with none above it may be
// the site's own name).
func navAbove(ls []clean.Line, k int) bool {
	for _, l := range ls[:k] {
		if l.Why == "menu row" || l.Why == "breadcrumb" {
			return true
		}
	}
	return false
}

// bodyEdges are the first and last good lines, or -1.
func bodyEdges(ls []clean.Line) (int, int) {
	first, last := -1, -1
	for k, l := range ls {
		if l.Class == clean.Good {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}

// titleFurniture: classes of furniture a headline is never taken from.
var titleFurniture = map[string]bool{
	"menu row": true, "breadcrumb": true, "furniture label": true, "teaser label": true, "login bar": true,
	"view counter": true, "phone number": true, "link farm": true, "licence or copyright": true, "labelled footer": true,
	"share bar": true, "comment prompt": true, "weather bar": true, "image file name": true, "photo credit": true,
	"advertisement": true, "photo caption": true, "teaser": true, "after a teaser label at the foot": true,
	"table": true, "table row": true, "table header": true, "comment": true, "site name": true, "site tagline": true, "ticker": true, "page notice": true,
	"numbered heading": true, "reader comment": true, "article tools": true, "teaser printed twice": true, "reading time": true, "chart caption": true,
}

// leadWords are the words of the lead: the first 600 bytes of each of the
// two good lines after line first.
func leadWords(ls []clean.Line, first int) map[string]bool {
	lead := map[string]bool{}
	for k, n := first+1, 0; k < len(ls) && n < 2; k++ {
		if ls[k].Class == clean.Good {
			t := ls[k].Text
			if len(t) > 600 {
				t = t[:600] // the lead's first words are what a headline repeats
			}
			for _, w := range words(t) {
				lead[w] = true
			}
			n++
		}
	}
	return lead
}

// findTitle: among the headline-like lines above the body, the one that
// shares the most words with the lead; nearer the body wins a tie.
func findTitle(ls []clean.Line, first int, lead map[string]bool) int {
	best, bestScore := -1, -1.0
	dated, datedScore := -1, -1.0 // the best line in lower case standing on a dateline
	var nav []string              // the site's menus and breadcrumbs, whose items are sections, not headlines
	for _, l := range ls {
		if l.Why == "menu row" || l.Why == "breadcrumb" {
			nav = append(nav, normalize.Lower(l.Text))
		}
	}
	for k := 0; k <= first && k < len(ls); k++ {
		t := ls[k].Text
		if inNav(nav, t) {
			continue // "Hoạt động ngành Công Thương" under "Trang chủ | … | Hoạt động ngành Công Thương | …"
		}
		figured := k+1 < len(ls) && isDate(ls[k+1].Text) && (ls[k].Why == "table" || ls[k].Why == "teaser")
		// a headline full of figures right on the lead that repeats it reads as a
		// table row too: "8 tháng năm 2023: CPI tăng 3,1%; lạm phát cơ bản tăng 4,57%"
		figured = figured || k == first-1 && ls[k].Why == "table" && shared(lead, t) >= 3
		if titleFurniture[ls[k].Why] && !figured || !headline(t) || isDate(t) || bylineName(t) != "" || sectionHeading.MatchString(t) {
			// a headline full of figures may read as a table row, or as a link
			// under "Tin mới nhất"; standing on its dateline it is the headline
			continue
		}
		if k == first && !(k+1 < len(ls) && isDate(ls[k+1].Text) || k+2 < len(ls) && isDate(ls[k+2].Text)) {
			continue // the body's first line is its headline only with a dateline under it
		}
		score := titleScore(ls, k, lead)
		if score > bestScore {
			best, bestScore = k, score
		}
		if k+1 < len(ls) && isDate(ls[k+1].Text) && !upper(t) && score > datedScore {
			dated, datedScore = k, score
		}
	}
	if dated >= 0 && (best == dated+2 || best > dated+2 && furnitureBetween(ls, dated+1, best)) && !upper(ls[dated].Text) && len(words(ls[dated].Text)) >= 6 && !strings.ContainsAny(ls[dated].Text, "|>»") {
		// "Tình hình kinh tế - xã hội quý I trên địa bàn tỉnh Bình Định" /
		// "Bài đăng vào lúc: 16:37:00, ngày: 16/04/2025" / "Xếp hạng tăng trưởng
		// GRDP các tỉnh …": a headline on each side of the dateline is the
		// headline over it and a picture's title under it; so is a kicker
		// further down, past a label ("Thông tin giá cả thị trường số 24/2018"
		// / "09:32 PM 15/06/2018 | Lượt xem: 4970" / "TIÊU ĐIỂM" / "Heo hơi
		// tăng giá:" / "Người chăn nuôi nhỏ lẻ vừa mừng vừa lo")
		return dated
	}
	if best >= 2 && bylineName(ls[best-1].Text) != "" && (upper(ls[best-1].Text) || labelledByline(ls[best-1].Text) != "") && !titleFurniture[ls[best-2].Why] && headline(ls[best-2].Text) && len(words(ls[best-2].Text)) >= 5 && !inNav(nav, ls[best-2].Text) {
		// "XU HƯỚNG LẠM PHÁT 2023 - SO SÁNH LẠM PHÁT …" / "ĐỖ VĂN TÍNH" / "Xu
		// hướng lạm phát năm 2023" / lead: the byline stands under the
		// headline, and what follows it is the story's first heading
		return best - 2
	}
	if best >= 0 && upper(ls[best].Text) && 0 <= dated && dated < best {
		// "Tình hình kinh tế - xã hội tháng 7, 7 tháng năm 2025 thành phố Hải
		// Phòng" on its dateline "Thứ tư - 06/08/2025 10:58", then "TÌNH HÌNH KINH
		// TẾ - XÃ HỘI THÁNG 7, 7 THÁNG NĂM 2025": the page's headline, and the
		// report's own heading in capitals under it
		return dated
	}
	if best >= 0 && upper(ls[best].Text) {
		// "Sau sát nhập Đồng Nai lọt top đầu …" over "SAU SÁT NHẬP ĐỒNG NAI …": the
		// headline printed again in capitals, a style; the words as written win
		for _, k := range []int{best - 1, best + 1} {
			if k >= 0 && k < len(ls) && !upper(ls[k].Text) && normalize.Lower(ls[k].Text) == normalize.Lower(ls[best].Text) {
				return k
			}
		}
	}
	return best
}

// endsOnByline is the body line that is a byline in capitals followed by a
// bare time and date (another story's, teased under this one), or -1.
func endsOnByline(ls []clean.Line, first, last int) int {
	for k := first + 1; k+1 <= last && k < len(ls)-1; k++ {
		t := ls[k].Text
		if upper(t) && plainName(t) && isDate(ls[k+1].Text) && clean.WordCount(ls[k+1].Text) <= 4 && ls[k+1].Role == "" {
			return k
		}
	}
	return -1
}

// rangeOpen: t ends where a range of dates would go on, "tuần 17/11 -",
// "từ 1/11 đến": the date after it closes the range, no dateline.
func rangeOpen(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "-") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, " đến") || strings.HasSuffix(t, " tới")
}

// trailingDate is a date (and time) at the end of a line, after the words.
var trailingDate = regexp.MustCompile(`\s+\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s*$`)

// furnitureBetween: every line from a to b (b excluded) is furniture.
func furnitureBetween(ls []clean.Line, a, b int) bool {
	for k := a; k < b; k++ {
		if ls[k].Class == clean.Good {
			return false
		}
	}
	return true
}

// sectionHeading: a report's lettered or numbered part, "A. Tình hình kinh
// tế", "II. SẢN XUẤT CÔNG NGHIỆP", never the article's headline.
var sectionHeading = regexp.MustCompile(`^(?:[A-H]|[IVX]{1,4}|\d{1,2})[.)]\s`)

// inNav: line t, of a few words, is an item of one of the navigation rows.
func inNav(nav []string, t string) bool {
	if len(nav) == 0 || len(words(t)) > 6 {
		return false
	}
	low := normalize.Lower(t)
	for _, n := range nav {
		if n != low && strings.Contains(n, low) {
			return true
		}
	}
	return false
}

// upper: t has letters and none of them lower-case.
func upper(t string) bool {
	letters := false
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// titleScore rates line k as the headline: the share of its words the lead
// repeats, nearness to the body and to a dateline; a section tab of a few
// words or a line of a run of headlines loses.
func titleScore(ls []clean.Line, k int, lead map[string]bool) float64 {
	ws := words(ls[k].Text)
	shared := 0
	for _, w := range ws {
		if lead[w] {
			shared++
		}
	}
	score := float64(shared)/float64(len(ws)+1) + 0.02*float64(k) // later lines are nearer the body
	if k+1 < len(ls) && isDate(ls[k+1].Text) || k > 0 && isDate(ls[k-1].Text) {
		score += 0.15 // the headline sits by its dateline
	}
	if ls[k].Why == "run of headlines" || ls[k].Why == "repeated in the paste" {
		score -= 0.3
	}
	if len(ws) < 5 {
		score -= 0.3 // "XUẤT KHẨU Nhập khẩu" is a section tab, not a headline
	}
	return score
}

// shared counts the words of line t, longer than two bytes, the lead repeats.
func shared(lead map[string]bool, t string) int {
	c := 0
	for _, w := range words(t) {
		if lead[w] && len(w) > 2 {
			c++
		}
	}
	return c
}

// headline: a few words, no full stop at the end, not a sentence of prose.
func headline(s string) bool {
	if len(s) > 1000 {
		return false // a paragraph: no need to count its words
	}
	n := clean.WordCount(s)
	if n < 3 || n > 40 || utf8.RuneCountInString(s) > 250 {
		return false
	}
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…") {
		// a listing's headline cut short, in Title Case: "Chỉ Số Giá Tiêu Dùng, Chỉ
		// Số Giá Vàng Và Chỉ Số Giá đô La Mỹ Tháng 8 ..." (not "Nhập từ khóa cần tìm...")
		return titleCase(s)
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != ',' && last != ';' && last != ':' // "Chỉ số kinh tế:" labels what follows
}

// titleCase: most of the words of s start with a capital.
func titleCase(s string) bool {
	n, caps := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n >= 4 && caps*10 >= n*7
}

func words(s string) []string {
	return strings.FieldsFunc(normalize.Lower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// titleLabel: a forum prints its thread's title after a label, "Đề tài: Lo
// lạm phát hay lo giảm phát?".
var titleLabel = regexp.MustCompile(`^(?i:đề tài|chủ đề|tiêu đề)\s*:\s*`)

// outletSuffix: " - VnExpress", " | Báo Đầu tư", " - Tuổi Trẻ Online".
var outletSuffix = regexp.MustCompile(`\s+[-|–—]\s+((?:Báo|Tạp chí|Cổng|Trang)\s[\p{L}\s.&]{2,40}|[\p{Lu}][\p{L}.]*(?:\s+(?:&|[\p{Lu}][\p{L}.]*)){0,4}(?:\s+(?:Online|online|điện tử))?|[\w.-]+\.(?:vn|com|net))$`)

// CutOutlet drops a page title's outlet name: "Xuất khẩu tăng mạnh - VnExpress".
func CutOutlet(t string) string {
	if m := outletSuffix.FindStringSubmatchIndex(t); m != nil && m[0] > len(t)/3 {
		return strings.TrimSpace(t[:m[0]])
	}
	return t
}

var (
	// day, month, year of either form
	longDateRE = regexp.MustCompile(`(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|\b(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,\s*|\s+)(?:năm\s+)?(\d{4})`)
	postedWord = regexp.MustCompile(`(?i)(đăng ngày|ngày đăng|đăng lúc|đăng\s*:|xuất bản|cập nhật|published|updated)`)
)

// isDate: a short line that dates something: "22/05/2020 08:03", "Thứ Sáu,
// 22/05/2020 - 08:03", "Ngày đăng: 15/07/2025", "Ngày 14 tháng 3 năm 2023".
func isDate(t string) bool {
	if isoDate.MatchString(t) {
		return true // "2023-11-28T20:11:45-05:00", a page's metadata printed as text
	}
	return len(t) <= 400 && utf8.RuneCountInString(t) <= 100 && (numericDate(t) || longDate(t) || englishDate.MatchString(t)) && !notADate(t)
}

// leadDateline is the place and date a lead opens on, up to its dash:
// "Hà Nội, 6/10/2025 - ", "Ninh Bình, ngày 29/8/2025 - ", "(TTXVN) Hà Nội, ngày 6/10 – ".
var leadDateline = regexp.MustCompile(`^(?:\([^)]{2,20}\)\s*)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*,\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*(?:\([^)]{2,20}\)\s*)?[-–—:]\s`)

// LeadDateline is the place-and-date a lead opens on ("Hà Nội, 6/10/2025 - "),
// or "": where and when a wire story was filed, not what it is about.
func LeadDateline(t string) string {
	return leadDateline.FindString(t)
}

// englishDate is a date an English-language page prints: "July 04, 2025",
// "Dec 6, 2025", "4 July 2025".
var englishDate = regexp.MustCompile(`(?i)\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2}),? (\d{4})|(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{4}))\b`)

// EnglishDate reads the first date t prints in English ("July 04, 2025"):
// its day, month and year; ok is false when there is none.
func EnglishDate(t string) (day, month, year int, ok bool) {
	m := englishDate.FindStringSubmatch(t)
	if m == nil {
		return 0, 0, 0, false
	}
	name, d, y := m[1], m[2], m[3]
	if name == "" {
		name, d, y = m[5], m[4], m[6]
	}
	month = strings.Index("janfebmaraprmayjunjulaugsepoctnovdec", strings.ToLower(name))/3 + 1
	day, _ = strconv.Atoi(d)
	year, _ = strconv.Atoi(y)
	return day, month, year, day >= 1 && day <= 31
}

// isoDate is a line that is an ISO 8601 date or timestamp and nothing else.
var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`)

// IsISODate reports whether t is an ISO 8601 date or timestamp and nothing else.
func IsISODate(t string) bool { return isoDate.MatchString(t) }

// notADate: the date is a licence's, a copyright's, a document's or a
// photo's, or the reading day's, not the story's: "Giấy phép số
// 123/GP-BTTTT cấp ngày 12/5/2020", "Hôm nay, Thứ hai ngày 10/08/2020".
func notADate(t string) bool {
	low := normalize.Lower(t)
	for _, w := range []string{"hôm nay", "giấy phép", "bản quyền", "copyright", "©", "cấp ngày", "ban hành", "quyết định", "nghị định", "thông tư",
		"chụp ngày", "ảnh tư liệu", "ảnh chụp"} { // a photo's date: "Ảnh tư liệu, chụp ngày 03/05/2020: Bốc dỡ hàng tại cảng Sài Gòn"
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// numericDate: t holds a day, a month and a year in figures, "30/01/2022",
// "5-3-2024", "08.01.2025", with no digit run on either side. Read by hand:
// as a pattern it was half of this stage's time.
func numericDate(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) || i > 0 && isWordByte(t[i-1]) {
			continue
		}
		j := i
		day := digitRun(t, &j, 1, 2)
		spaced := j+2 < len(t) && t[j] == ' ' && isDateSep(t[j+1]) && t[j+2] == ' ' // "22 - 03 - 2016"
		if !day || !dateSep(t, &j, spaced) {
			continue
		}
		if !digitRun(t, &j, 1, 2) || !dateSep(t, &j, spaced) {
			continue
		}
		if digitRun(t, &j, 4, 4) && (j == len(t) || !isWordByte(t[j])) {
			return true
		}
	}
	return false
}

// digitRun moves *j past from to most digits, all of the run; false when the
// run is shorter or longer.
func digitRun(t string, j *int, least, most int) bool {
	n := 0
	for *j < len(t) && isDigit(t[*j]) {
		*j++
		n++
	}
	return n >= least && n <= most
}

func isDateSep(c byte) bool { return c == '/' || c == '.' || c == '-' }

// dateSep moves *j past a date's separator, "/" or, on a page that spaces
// them, " - "; false when there is none.
func dateSep(t string, j *int, spaced bool) bool {
	if spaced {
		if *j+2 < len(t) && t[*j] == ' ' && isDateSep(t[*j+1]) && t[*j+2] == ' ' {
			*j += 3
			return true
		}
		return false
	}
	if *j < len(t) && isDateSep(t[*j]) {
		*j++
		return true
	}
	return false
}

// isWordByte: a byte \b counts as part of a word (ASCII letters, digits, _).
func isWordByte(c byte) bool {
	return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_'
}

// longDate: "ngày 30 tháng 1 năm 2022", in any case, "12 tháng 08, 2025" or
// "Thứ hai, 25 Tháng 6 2012 10:05".
func longDate(t string) bool {
	ngay := strings.Contains(t, "gày") || strings.Contains(t, "GÀY")
	thang := strings.Contains(t, "háng") || strings.Contains(t, "HÁNG") // tháng, Tháng, THÁNG
	return (ngay || thang) && longDateRE.MatchString(t)
}

// SpelledDate reads the first date t spells out, "Ngày 14 tháng 3 năm 2023"
// or "12 tháng 08, 2025 lúc 8:00 AM" as some sites print datelines: its day
// and month as numbers (not checked against the calendar) and its four-digit
// year as printed; ok is false when t spells none.
func SpelledDate(t string) (day, month int, year string, ok bool) {
	m := longDateRE.FindStringSubmatch(t)
	if m == nil {
		return 0, 0, "", false
	}
	if m[1] == "" {
		m = m[3:] // the form with a comma
	}
	day, _ = strconv.Atoi(m[1])
	month, _ = strconv.Atoi(m[2])
	return day, month, m[3], true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// findDateline: the date next to the headline (just under it, or just above
// it), else the first date at the head of the body, else "Đăng ngày …" at
// the foot. A date far above the headline is the reading day's date bar.
func findDateline(ls []clean.Line, title, first, last int) int {
	if title >= 0 {
		for k := title + 1; k < len(ls) && k <= title+3 && k <= first+1; k++ {
			if isDate(ls[k].Text) && ls[k].Role == "" {
				return k
			}
		}
		// just above it, over a line or two of furniture: "08:01 | 30/01/2022" /
		// "Theo dõi … trên" / headline; "Trần Thu Hiền Thứ Ba, 6/1/2026, 16:53" /
		// "Người theo dõi" / "+ Theo dõi" / headline
		for k := title - 1; k >= 0 && k >= title-3; k-- {
			if isDate(ls[k].Text) {
				return k
			}
			// one line of furniture may stand between, or a follow button's
			// lines; a menu or a section's label means the date is the site's
			follow := strings.Contains(normalize.Lower(ls[k].Text), "theo dõi") || ls[k].Why == "follow prompt" || ls[k].Why == "share bar"
			if ls[k].Class != clean.Bad || k < title-1 && !follow {
				break
			}
		}
	}
	for k := 0; k < first && k < len(ls); k++ {
		if isDate(ls[k].Text) && postedWord.MatchString(ls[k].Text) {
			return k
		}
	}
	// a date line a little way into the body, under the lead and its photo:
	// "12 tháng 08, 2025 lúc 8:00 AM" (a line of its own, not a sentence)
	for k := max(first, 0); k < len(ls) && k <= first+6; k++ {
		if t := ls[k].Text; ls[k].Role == "" && isDate(t) && !clean.SentenceEnd(t) && clean.WordCount(t) <= 12 && opensDateline(t) {
			return k
		}
	}
	for k := last + 1; k < len(ls) && k <= last+4; k++ {
		if ls[k].Why == "teaser label" {
			break // "Các tin khác" over "Chỉ số giá tiêu dùng tháng 6 … (29.06.2021)": other stories' dates
		}
		if isDate(ls[k].Text) {
			return k
		}
	}
	if title < 0 {
		for k := 0; k < first && k < len(ls); k++ {
			if isDate(ls[k].Text) {
				return k
			}
		}
	}
	return -1
}

// sourceRE: a line that labels the article's address, "Nguồn: https://…".
var sourceRE = regexp.MustCompile(`(?i)^(nguồn|theo|source|bài gốc|link bài gốc|xem bài gốc|địa chỉ bài viết|link bài viết|đường dẫn bài viết|địa chỉ url|địa chỉ|url|link|đường dẫn)\b[^:]{0,40}:?\s*https?://\S+$`)

// findSource: "Nguồn: https://…" or a bare address within the few lines after
// the story.
func findSource(ls []clean.Line, last int) int {
	for k := last + 1; k < len(ls) && k <= last+6; k++ {
		t := ls[k].Text
		if sourceRE.MatchString(t) || clean.BareURL(t) && ls[k].Why != "link out" {
			return k
		}
	}
	return -1
}

// findAuthor: the byline after the story (the first lines after the last
// body line, before tags and comments), else right under the headline.
func findAuthor(ls []clean.Line, title, first, last int) (int, string) {
	// under the headline first: a site prints its byline there or at the foot,
	// and the foot has tags that look like names
	from := title + 1
	if title < 0 {
		// no headline found: from the dateline, not the masthead above it
		// ("KIỂM TOÁN NHÀ NƯỚC" is no reporter)
		from = 0
		for k := 0; k < first && k < len(ls); k++ {
			if ls[k].Role == "dateline" {
				from = k + 1
				break
			}
		}
	}
	for k := 0; k < len(ls) && k <= first+6; k++ {
		if ls[k].Role == "dateline" {
			if name := namedDateline(ls[k].Text); name != "" {
				return -1, name // "Thu Huyền • 13/10/2025 06:45": the dateline keeps its line
			}
		}
	}
	for k := from; k < first && k < len(ls); k++ {
		if ls[k].Role != "" {
			continue
		}
		if name := bylineName(ls[k].Text); name != "" {
			return k, name
		}
	}
	if first >= 0 && first < len(ls) && ls[first].Why == "subheading" && ls[first].Role == "" {
		// the cleaner's heading on the body may be a labelled byline under the
		// headline: "Tác giả: Trần Hữu Ái - Giảng viên Khoa Kinh tế - Quản trị"
		if name := labelledByline(ls[first].Text); name != "" {
			return first, name
		}
	}
	// a name on the line right above the dateline, wherever that stands:
	// "THỦY NGUYÊN" / "Thứ Hai, 06-01-2025, 14:20" / headline, or headline /
	// "Xuân Thái" / "30/09/2025, 07:01" / lead
	for k := 0; k+1 < len(ls) && k <= max(title, first)+1; k++ {
		if ls[k].Role == "" && ls[k+1].Role == "dateline" && (k < first || k <= first+1 && clean.WordCount(ls[k].Text) <= 6) {
			if name := bylineName(ls[k].Text); name != "" {
				return k, name
			}
		}
	}
	// a labelled byline under a lead that runs into the body ("Tác giả: Thục
	// Hân" after the sapo and the photo captions)
	for k := max(first, 0); k < len(ls) && k <= first+6; k++ {
		if ls[k].Role == "" && ls[k].Class != clean.Good {
			if name := labelledByline(ls[k].Text); name != "" {
				return k, name
			}
		}
	}
	// a name right under the lead, over its photo: "(eFinance Online) - …" /
	// "Hương Giang" / "Ảnh minh họa. Nguồn: Internet."
	if k := first + 1; first >= 0 && k < len(ls) && ls[k].Role == "" && ls[k].Class != clean.Good && clean.WordCount(ls[k].Text) <= 5 {
		if name := bylineName(ls[k].Text); name != "" {
			return k, name
		}
	}
	for k := last + 1; k < len(ls) && k <= last+8; k++ {
		if ls[k].Role != "" {
			continue
		}
		if name := bylineName(ls[k].Text); name != "" && !commenter(ls, k) {
			return k, name
		}
		if t := ls[k].Text; k == last+1 && bareInitials.MatchString(t) && !acronyms[t] && !clean.IsLabel(t) {
			return k, t // "HNV" alone under the last paragraph, over "Nguồn: dangcongsan.vn"
		}
		if strings.HasPrefix(ls[k].Why, "comment") || ls[k].Why == "teaser label" || ls[k].Why == "share bar" || ls[k].Why == "furniture label" {
			break
		}
	}
	// a name over the comment box or the teasers, inside what the body's
	// edges took in: "Tuyết Mai" / "Ý kiến bạn đọc"
	for k := max(first, 0); k+1 < len(ls) && k <= last; k++ {
		if ls[k].Role != "" || ls[k].Class == clean.Good {
			continue
		}
		switch ls[k+1].Why {
		case "comment prompt", "teaser label", "share bar", "labelled footer", "furniture label", "reader prompt":
			if name := bylineName(ls[k].Text); name != "" {
				return k, name
			}
		}
	}
	// a byline inside the body's last lines, when the story ends with a caption
	for k := last; k > first && k >= last-1; k-- {
		if name := labelledByline(ls[k].Text); name != "" {
			return k, name
		}
	}
	return -1, ""
}

// namedDateline reads the byline printed on the dateline's line: "Thu Huyền •
// 13/10/2025 06:45", "Minh Anh | 22/05/2020 08:03".
func namedDateline(t string) string {
	for _, sep := range []string{"•", "|", " - ", "·"} {
		if i := strings.Index(t, sep); i > 0 {
			head := strings.TrimSpace(t[:i])
			if name := bylineName(head); name != "" && !isDate(t[:i]) {
				return name
			}
			if bareInitials.MatchString(head) && !clean.IsLabel(head) && !outletWords.MatchString(head) {
				return head // "HT| 17/02/2021 02:09": on the dateline, capitals alone are the reporter's
			}
			if tail := strings.TrimSpace(t[i+len(sep):]); isDate(head) && wireCredit.MatchString(tail) {
				return tail // "28/11/2020 | Reuters": the agency after the date
			}
			if tail := strings.TrimSpace(t[i+len(sep):]); isDate(head) {
				// "10/07/2024 | Tác giả: Nguyễn Khánh Lượt xem: 126"
				if name := labelledByline(viewCount.ReplaceAllString(tail, "")); name != "" {
					return name
				}
			}
		}
	}
	// no separator: "X.H 10:55, 30/03/2023", the name up to the first figure;
	// "Trần Thu Hiền Thứ Ba, 6/1/2026, 16:53", up to the weekday
	if i := strings.IndexAny(t, "0123456789"); i > 0 && t[i-1] == ' ' {
		if name := bylineName(strings.TrimSpace(t[:i])); name != "" {
			return name
		}
	}
	if i := strings.Index(t, " Thứ "); i > 0 {
		if name := bylineName(strings.TrimSpace(t[:i])); name != "" {
			return name
		}
	}
	// the name after the date and time: "Xuất nhập khẩu 09:48 30/01/2023 Bảo Ngọc"
	if m := nameAfterDate.FindStringSubmatch(t); m != nil && plainName(m[1]) {
		return m[1]
	}
	return ""
}

// nameAfterDate is a dateline that ends with the reporter's name.
var nameAfterDate = regexp.MustCompile(`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:,?\s+\d{1,2}:\d{2})?\s+(\p{Lu}[^\d|•·]*)$`)

// commenter: the name heads a reader's comment ("… 2 giờ trước", "Trả lời").
func commenter(ls []clean.Line, k int) bool {
	return k+1 < len(ls) && ls[k+1].Why == "comment" // not "comment prompt": "Ý kiến bạn đọc (2)" under the byline
}

var (
	labelRE = regexp.MustCompile(`(?i)^(?:bài và ảnh|bài, ảnh|bài\s*[/&]\s*ảnh|tin, ảnh|tin và ảnh|bài|tác giả(?: bài viết)?|người viết|phóng viên|pv|nhóm pv|thực hiện|tin|t/h)\s*[:：]\s*(.+)$`)
	// "Theo Minh Anh (Báo X)", "Theo Diệp Diệp/Kinh tế Môi trường": a relayed
	// story's reporter and the paper it ran in first
	theoRE = regexp.MustCompile(`^Theo\s+(.+?)\s*(?:\((.+)\)|/\s*(\p{Lu}.+|[\p{Ll}0-9-]+(?:\.[\p{Ll}]{2,})+))\s*$`)
	// "Viết bởi Thanh Tùng", "Đăng bởi Hải Yến", "Bởi Minh Khang"
	byRE = regexp.MustCompile(`^(?:Viết bởi|Đăng bởi|Bởi|bởi|By|by)\s+(.+)$`)
	// a dateline's initials before its separator: "HT| 17/02/2021 02:09"
	bareInitials = regexp.MustCompile(`^[\p{Lu}]{2,3}$`)
	// "Minh Anh", "Hoài An/TTXVN", "Thu Hà - Mạnh Hùng" (two reporters)
	romanHeading = regexp.MustCompile(`^[IVX]{1,4}\.\s`)
	nameRE       = regexp.MustCompile(`^[\p{Lu}][\p{L}]*(?:[\s.]+[\p{Lu}][\p{L}]*){0,4}\.?(?:\s*[/–-]\s*[\p{Lu}][\p{L}.]+(?:\s+[\p{Lu}][\p{L}.]*){0,3})?$`)
	initials     = regexp.MustCompile(`^[\p{Lu}]{1,3}(?:\.[\p{Lu}]{1,3}){1,3}\.?$|^(PV|BTV|CTV|BBT|NHÓM PV|Admin|ADMIN)$`) // "T.L", "X.H", "BBT" (the editors), "Admin" (a site's poster), not "CPI"
	// a wire agency, the byline of the stories it sends: "Nguồn: TTXVN", "28/11/2020 | Reuters" (not "Theo TTXVN", a paper relaying it)
	wireCredit = regexp.MustCompile(`^(?:Nguồn\s*:\s*)?(TTXVN|VNA|Reuters|AFP|Bloomberg|Xinhua|Kyodo|Yonhap)\.?$`)
)

// acronyms are the capitals a line may hold alone that are no reporter's
// initials: "CPI" under a chart, "HOT" on a tag.
var acronyms = map[string]bool{"CPI": true, "GDP": true, "FDI": true, "IIP": true, "USD": true, "VND": true, "ODA": true, "PMI": true,
	"HOT": true, "NEW": true, "TOP": true, "VOV": true, "VTV": true, "VTC": true, "TIN": true}

// gluedTags is a tag label a copy glued to the byline: "Hồng NhậtTAG:".
var gluedTags = regexp.MustCompile(`(\p{Ll})(TAGS?|Tags?|Từ khóa|Từ khoá)\s*:.*$`)

// outletWords: a "Theo …" that names a paper or agency is a credit, not a
// byline ("Theo VnExpress", "Theo Báo Đầu tư", "Theo TTXVN"); a line that
// names a province or district is a masthead's ("TỈNH NINH BÌNH" under
// "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN"), not a reporter.
var outletWords = regexp.MustCompile(`(?i)^(tỉnh|huyện|thành phố|thị xã|quận|xã|phường|ủy ban|uỷ ban|báo|thời báo|nhật báo|tuần báo|tạp chí|cổng|trang|đài|kênh|thông tấn|ttxvn|vnexpress|vtv|vov|vtc|tuổi trẻ|thanh niên|dân trí|vietnamnet|vietnamplus|zing|znews|cafef|vneconomy|nhân dân|lao động|tiền phong|tổng cục|cục|bộ|sở|ubnd)(?:[\s/.,:]|$)`)

// bylineName is the author a line names, as printed, or "": "Minh Anh",
// "Hoài An/TTXVN", "NGỌC TÚ", "T.L", "PV"; "Theo Minh Anh (Báo X)" → "Minh Anh";
// "Tác giả: Trúc Quỳnh" → "Trúc Quỳnh".
func bylineName(t string) string {
	if len(t) > 400 {
		return "" // far over 60 runes, whatever tags are glued to it
	}
	if strings.Contains(t, "TAG") || strings.Contains(t, "Tag") || strings.Contains(t, "Từ kh") {
		t = gluedTags.ReplaceAllString(t, "$1")
	}
	// a label in capitals glued on ("Lệ MinhÝ KIẾN BẠN ĐỌC") and a role
	// before the name ("CTV. Linh An") are no part of it
	t = gluedCapsLabel.ReplaceAllString(strings.TrimSpace(t), "$1")
	t = strings.TrimSpace(t)
	if m := rolePrefix.FindStringIndex(t); m != nil && plainName(t[m[1]:]) {
		t = t[m[1]:]
	}
	t = compiledBy.ReplaceAllString(t, "")
	if utf8.RuneCountInString(t) > 60 || weekday.MatchString(t) {
		return "" // (nor "Thứ Sáu", the weekday of "Thứ Sáu 02/07/2021 , 15:40")
	}
	if n := labelledByline(t); n != "" {
		return n
	}
	if m := wireCredit.FindStringSubmatch(t); m != nil {
		return m[1] // a wire agency's story prints the agency as its byline: "Nguồn: TTXVN", "Reuters"
	}
	if strings.HasPrefix(t, "Theo ") {
		return ""
	}
	if m := byRE.FindStringSubmatch(t); m != nil {
		// "Viết bởi Thanh Tùng", "Bởi Minh Khang", "bởi Linh 11 Tháng 2, 2023"
		// (the date after it cut, one word a name here: the label says so)
		name := m[1]
		if i := strings.IndexAny(name, "0123456789"); i > 0 {
			name = strings.TrimRight(strings.TrimSpace(name[:i]), ",-–|")
			name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), " Tháng"))
		}
		if plainName(name) || nameRE.MatchString(name) && !outletWords.MatchString(name) && !clean.IsLabel(name) {
			return name
		}
	}
	// what a copy glues after the name: a site's address ("NGỌC
	// THANHhttps://binhduongtimes.com/"), a time ago ("Thanh Phương 12 phút")
	if u := gluedURL.FindStringIndex(t); u != nil && u[0] > 0 {
		t = strings.TrimSpace(t[:u[0]])
	}
	t = strings.TrimSpace(timeAgo.ReplaceAllString(t, ""))
	if plainName(t) || initialAndName.MatchString(t) && !clean.IsLabel(t) {
		return t // "Minh Anh", "NGỌC TÚ", "L.Anh"
	}
	// a name with its desk or agency after it, as printed: "Thu Hằng
	// (TTXVN/Vietnam+)", "Minh Phương - Quang Minh/VTV24", "Hưng Thảo –
	// P.KHTCTH-SCT."
	for _, sep := range []string{" (", "/", " - ", " – "} {
		if i := strings.Index(t, sep); i > 0 && plainName(strings.TrimSpace(t[:i])) && creditTail(t[i:]) {
			return strings.TrimSuffix(t, ".")
		}
	}
	return ""
}

// weekday is a day of the week alone, as a dateline opens: "Thứ Sáu",
// "THỨ HAI", "Chủ nhật".
var weekday = regexp.MustCompile(`(?i)^(thứ\s+(hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|cn)[,.]?$`)

// roleAfter is the post or school a byline gives after the name: " -
// Giảng viên Khoa Kinh tế", ", ThS. Viện Kinh tế", " – Phóng viên".
var roleAfter = regexp.MustCompile(`(?i)\s*[-–,]\s*(?:giảng viên|phóng viên|nghiên cứu viên|nghiên cứu sinh|chuyên viên|chuyên gia|cộng tác viên|sinh viên|học viên|ths\.?|ts\.?|pgs\.?|gs\.?|trưởng|phó|giám đốc|khoa|viện|trường|đại học|học viện|ban|phòng)\b`)

// compiledBy is what a byline says after the name of a story put together
// from others: "NGUYÊN ĐẠT (tổng hợp)", "Minh Anh (TH)".
var compiledBy = regexp.MustCompile(`(?i)\s*\((?:tổng hợp|th|t/h|tổng hợp từ [^)]*|theo [^)]*)\)\.?$`)

// gluedURL is a web address glued to a byline, from its start.
var gluedURL = regexp.MustCompile(`https?://\S*$`)

// timeAgo is how long ago a page says it was posted, after the byline:
// "12 phút", "3 giờ trước".
var timeAgo = regexp.MustCompile(`\s+\d{1,2}\s+(?:phút|giờ|ngày)(?:\s+trước)?$`)

// initialAndName is a reporter's initial and name run together: "L.Anh", "N.Linh".
var initialAndName = regexp.MustCompile(`^\p{Lu}\.\s?\p{Lu}\p{Ll}+$`)

// siteName is a web site's name as a byline prints it after a slash:
// "hungyentv.vn", "baolaocai.vn".
var siteName = regexp.MustCompile(`^[\p{Ll}0-9-]+(?:\.[\p{Ll}]{2,})+$`)

// viewCount is a page's counter after the byline on a dateline: "Lượt xem: 126".
var viewCount = regexp.MustCompile(`(?i)\s*(?:lượt xem|lượt đọc|views?)\s*:?\s*\d+.*$`)

// gluedCapsLabel is a label in capitals a copy glued to the name before it:
// "Lệ MinhÝ KIẾN BẠN ĐỌC".
var gluedCapsLabel = regexp.MustCompile(`(\p{Ll})\p{Lu}{1,}(?:\s+\p{Lu}{2,}){1,4}$`)

// rolePrefix is a contributor's role printed before the name: "CTV. ",
// "PV ", "BTV: ".
var rolePrefix = regexp.MustCompile(`^(CTV|PV|BTV|Phóng viên|Cộng tác viên)[.:]?\s+`)

// plainName: t is a name ("Minh Anh", "NGỌC TÚ") or initials ("T.L", "PV").
func plainName(t string) bool {
	if !nameRE.MatchString(t) && !initials.MatchString(t) {
		return false
	}
	if n := len(strings.Fields(t)); n == 1 && !initials.MatchString(t) && !strings.Contains(t, "/") {
		return false // one word is a label ("Video", "Hà Nội"), not a name
	}
	if romanHeading.MatchString(t) {
		return false // "I. PHÁT TRIỂN KINH TẾ": a report's numbered section
	}
	return !outletWords.MatchString(t) && !clean.IsLabel(t)
}

// creditTail: what follows a reporter's name on a byline: a desk, an agency,
// a second name, in capitals and signs, short, and no sentence.
func creditTail(t string) bool {
	if utf8.RuneCountInString(t) > 40 || strings.ContainsAny(t, ",;:") {
		return false
	}
	for _, f := range strings.Fields(t) {
		if strings.Trim(f, "0123456789") == "" {
			return false // a figure is no desk: "KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2005" is a heading
		}
	}
	lower := 0
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
			lower++ // "Vietnam+" and "Quang Minh" start with capitals; "tăng mạnh" does not
		}
	}
	return lower == 0
}

// labelledByline reads the bylines that say they are one: "Bài và ảnh: Khánh
// Vy", "Tác giả bài viết: Hải Thanh", "Theo Minh Anh (Báo Phố Thị Kinh
// Doanh)", "Theo Diệp Diệp/Kinh tế Môi trường" → "Diệp Diệp", "Theo LÊ
// HẢO/PYO" → "LÊ HẢO/PYO" (not "Theo TTXVN").
func labelledByline(t string) string {
	if m := labelRE.FindStringSubmatch(t); m != nil {
		name := m[1]
		if r := roleAfter.FindStringIndex(name); r != nil && r[0] > 0 {
			name = name[:r[0]] // "Tác giả: Trần Hữu Ái - Giảng viên Khoa Kinh tế - Quản trị"
		}
		if utf8.RuneCountInString(name) <= 40 {
			return strings.TrimSpace(gluedCapsLabel.ReplaceAllString(strings.TrimSpace(name), "$1"))
		}
	}
	if m := theoRE.FindStringSubmatch(t); m != nil && !outletWords.MatchString(m[1]) && nameRE.MatchString(m[1]) {
		if m[3] != "" && (creditTail("/"+m[3]) || siteName.MatchString(m[3])) {
			// "Theo LÊ HẢO/PYO", "Theo Đức Sỹ/hungyentv.vn": a desk's code or a
			// site stays with the name, as on any byline
			return m[1] + "/" + m[3]
		}
		return m[1]
	}
	return ""
}

// opensDateline: t starts as a dateline does, with the date or the weekday
// ("12 tháng 08, 2025", "Thứ Hai, 28/07/2025", "Cập nhật: …"), not as a
// source note that names a report's date ("(Theo Báo cáo số 154/BC-SCT,
// ngày 30/6/2022 …)").
func opensDateline(t string) bool {
	if t != "" && isDigit(t[0]) {
		return true
	}
	low := normalize.Lower(t)
	for _, p := range []string{"thứ", "chủ nhật", "ngày", "cập nhật", "đăng", "posted", "published", "updated"} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// menuBetween: a menu row, a breadcrumb or a login bar stands between lines a and b.
func menuBetween(ls []clean.Line, a, b int) bool {
	for k := a + 1; k < b && k < len(ls); k++ {
		switch ls[k].Why {
		case "menu row", "breadcrumb", "login bar":
			return true
		}
	}
	return false
}
