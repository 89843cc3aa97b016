// Package clean separates an article from the page furniture that comes with
// text copied out of a browser: section labels, datelines, view counters,
// "Có thể bạn quan tâm" teasers, link farms, contact footers and captions
// printed twice. It also picks out the lines that are metadata (title,
// dateline, byline, source) so they are reported as such, not as body.
//
// It works on lines, because that is how copied pages arrive: each rule is a
// named function with the real text it targets beside it.
package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"chiso/extract/normalize"
)

// Doc is an article split into its parts.
type Doc struct {
	Title      string
	Dateline   string // the line that dates the article, as printed
	Author     string
	SourceURL  string
	Paragraphs []string // the body, one paragraph a line
	Dropped    []Drop   // what was removed and why, for the curious
}

// Drop records one removed line and the rule that removed it.
type Drop struct {
	Line string
	Rule string
}

// Body is the article text: its paragraphs separated by blank lines.
func (d Doc) Body() string { return strings.Join(d.Paragraphs, "\n\n") }

// line is one input line with what the rules decided about it.
type line struct {
	text string
	drop string // the rule that dropped it, or ""
	role string // "title", "dateline", "author", "source"
}

// Split cleans normalised text (see normalize.Text) into a Doc.
func Split(text string) Doc {
	var ls []*line
	for _, t := range strings.Split(text, "\n") {
		t = strings.TrimSpace(t)
		if t != "" {
			if strings.Contains(t, "  ") {
				t = strings.Join(strings.Fields(t), " ")
			}
			ls = append(ls, &line{text: t})
		}
	}
	for _, rule := range rules {
		rule.apply(ls)
	}
	var d Doc
	for _, l := range ls {
		switch {
		case l.drop != "":
			d.Dropped = append(d.Dropped, Drop{l.text, l.drop})
		case l.role == "title":
			d.Title = l.text
		case l.role == "dateline":
			d.Dateline = l.text
		case l.role == "author":
			d.Author = l.text
		case l.role == "source":
			d.SourceURL = urlIn(l.text)
		default:
			d.Paragraphs = append(d.Paragraphs, l.text)
		}
	}
	return d
}

// Rule is one heuristic over the lines of a page.
type Rule struct {
	Name  string
	apply func([]*line)
}

// rules run in order; later rules see what earlier ones dropped.
var rules = []Rule{
	{"spam", dropLinkFarms},
	{"widget", dropFooterWidgets},
	{"counter", dropViewCounters},
	{"teasers", dropTeaserBlocks},
	{"header", findHeader},
	{"caption", dropRepeatedLines},
	{"source", findSource},
	{"byline", findByline},
}

func live(ls []*line) []*line {
	var out []*line
	for _, l := range ls {
		if l.drop == "" && l.role == "" {
			out = append(out, l)
		}
	}
	return out
}

var urlRE = regexp.MustCompile(`https?://[^\s<>"']+`)

func urlIn(s string) string {
	return strings.TrimRight(urlRE.FindString(s), ".,;)")
}

// dropLinkFarms drops lines of injected spam: several URLs in a row, or runs
// of brand tokens with digits.
// Before: "BOSSWIN168 BOSSWIN168 https://pol-ka.com/ … slot gacor"   After: (dropped)
func dropLinkFarms(ls []*line) {
	for _, l := range ls {
		if prose(l.text) {
			continue
		}
		urls, brands, spam, n := 0, 0, 0, 0
		for w := range strings.FieldsSeq(l.text) {
			n++
			switch {
			case strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www."):
				urls++
			case isBrandToken(w):
				brands++
			case len(w) <= 12 && isASCII(w) && spamWords[strings.ToLower(strings.Trim(w, ".,!:;"))]:
				spam++
			}
		}
		if urls >= 3 || n >= 4 && (brands*3 >= n || (brands+spam+urls)*2 >= n && spam > 0) {
			l.drop = "spam"
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// prose: at least one word in three carries a Vietnamese letter, which spam
// never does. Counting lead bytes and spaces is enough to tell.
func prose(s string) bool {
	leads, spaces := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0xC0:
			leads++
		case c == ' ':
			spaces++
		}
	}
	return leads*3 > spaces+1
}

// isBrandToken: upper-case letters glued to digits, "BOSSWIN168", "GACOR77".
func isBrandToken(w string) bool {
	letters, digits := 0, 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		default:
			return false
		}
	}
	return letters >= 2 && digits >= 1
}

var spamWords = map[string]bool{
	"slot": true, "gacor": true, "casino": true, "qris": true, "togel": true, "judi": true, "maxwin": true,
	"poker": true, "baccarat": true, "jackpot": true, "login": true, "bet": true, "betting": true,
}

// footerWidgets are the labels of share buttons and contact boxes.
// Before: "• Zalo" / "• Messenger" / "• Back to top"   After: (dropped)
var footerWidgets = map[string]bool{
	"zalo": true, "messenger": true, "back to top": true, "facebook": true, "twitter": true, "chia sẻ": true,
	"share": true, "in bài": true, "gửi email": true, "bình luận": true, "lên đầu trang": true, "về đầu trang": true,
	"hotline": true, "tweet": true, "print": true, "email": true, "copy link": true, "sao chép liên kết": true,
	"in bài viết": true, "gửi bài": true, "theo dõi": true, "lưu": true, "bookmark": true, "google news": true,
	"quay lại": true, "trang chủ": true, "đăng nhập": true, "đăng ký": true, "tiktok": true, "youtube": true,
	"xem bình luận": true, "gửi bình luận": true, "in": true, "top": true, "copy": true, "đã copy link": true,
}

var (
	phoneRE  = regexp.MustCompile(`^[+()\d][\d\s.\-()]{7,}$`)
	footerRE = regexp.MustCompile(`(?i)^(hotline|đường dây nóng|điện thoại|tel|fax|email|e-mail|liên hệ quảng cáo|bản quyền|copyright|©|giấy phép|chịu trách nhiệm|tòa soạn|toà soạn|địa chỉ|tags?|từ khóa|từ khoá)\s*[:：]`)
)

func dropFooterWidgets(ls []*line) {
	for _, l := range ls {
		t := strings.TrimLeft(l.text, "•·-*–—►▶>| ")
		switch {
		case len(t) <= maxLabel && footerWidgets[labelKey(t)]:
			l.drop = "widget"
		case phoneRE.MatchString(t):
			l.drop = "widget"
		case footerRE.MatchString(t) && utf8.RuneCountInString(t) < 200:
			l.drop = "widget"
		case strings.HasPrefix(t, "©"):
			l.drop = "widget"
		}
	}
}

// viewCounterRE matches counters and share tallies.
// Before: "1549 Lượt xem"   After: (dropped)
var viewCounterRE = regexp.MustCompile(`(?i)^(\d[\d.,]*\s*(lượt xem|lượt đọc|lượt thích|lượt chia sẻ|views?|bình luận|comments?|likes?|chia sẻ)|(lượt xem|lượt đọc)\s*:?\s*\d[\d.,]*)(\s*[|·•-]\s*.*)?$`)

func dropViewCounters(ls []*line) {
	for _, l := range ls {
		if viewCounterRE.MatchString(l.text) {
			l.drop = "counter"
		}
	}
}

// maxLabel is the longest a widget or teaser label can be, in bytes; longer
// lines are text and are not looked up.
const maxLabel = 64

func labelKey(s string) string { return strings.Trim(normalize.Key(s), " :.") }

// teaserLabels head blocks of links to other stories.
// Before: "Có thể bạn quan tâm" + four teasers   After: (all dropped)
var teaserLabels = map[string]bool{
	"có thể bạn quan tâm": true, "tin liên quan": true, "xem thêm": true, "tin cùng chuyên mục": true,
	"bài viết liên quan": true, "đọc thêm": true, "tin mới nhất": true, "tin khác": true, "bài liên quan": true,
	"cùng chuyên mục": true, "tin nổi bật": true, "đọc nhiều": true, "tin đọc nhiều": true, "bạn có thể quan tâm": true,
	"có thể bạn muốn xem": true, "tin tức liên quan": true, "các tin khác": true, "xem nhiều": true, "tin mới": true,
	"bài viết cùng chuyên mục": true, "tin bài liên quan": true, "các tin đã đưa": true, "tin cùng loại": true,
	"có thể bạn chưa đọc": true, "đừng bỏ lỡ": true, "tin xem nhiều": true, "bài đọc nhiều": true, "mới nhất": true,
	"tin tức khác": true, "các bài viết khác": true, "bài viết khác": true,
}

var teaserPrefixRE = regexp.MustCompile(`(?i)^(xem thêm|đọc thêm|tin liên quan|bài liên quan|>>|»)\s*[:>»]`)

// dropTeaserBlocks drops a teaser label and what follows it. Past the middle
// of the page's text a label starts the furniture at the foot, so everything
// after it goes; earlier, only the short link-title lines right after it do.
func dropTeaserBlocks(ls []*line) {
	total := 0
	for _, l := range ls {
		if l.drop == "" {
			total += len(l.text)
		}
	}
	before := 0
	for k, l := range ls {
		if l.drop == "" {
			before += len(l.text)
		}
		if l.drop != "" {
			continue
		}
		if teaserPrefixRE.MatchString(l.text) {
			l.drop = "teasers"
			continue
		}
		if len(l.text) > maxLabel || !teaserLabels[labelKey(l.text)] {
			continue
		}
		l.drop = "teasers"
		if before*2 >= total {
			for _, m := range ls[k+1:] {
				if m.drop == "" {
					m.drop = "teasers"
				}
			}
			return
		}
		for _, m := range ls[k+1:] {
			if m.drop != "" {
				continue
			}
			if !titleLike(m.text) {
				break
			}
			m.drop = "teasers"
		}
	}
}

// titleLike: a line that reads as a headline, not a paragraph: a few words,
// no full stop at the end.
func titleLike(s string) bool {
	n := len(strings.Fields(s))
	if n < 3 || n > 40 || utf8.RuneCountInString(s) > 250 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != ':' && last != ';' && last != ','
}

// datelineRE finds the date and time a page prints under its headline.
// Before: "23/02/2024 00:02", "Thứ Năm, 22/02/2024 - 10:30 (GMT+7)"
var datelineRE = regexp.MustCompile(`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}`)

var datelineWords = regexp.MustCompile(`(?i)(thứ\s+(hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cập nhật|đăng|ngày|lúc|gmt\s*\+\s*7|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}:\d{2}(:\d{2})?|sa|ch|am|pm|[|,()\-–:])`)

func isDateline(s string) bool {
	if utf8.RuneCountInString(s) > 80 || !datelineRE.MatchString(s) {
		return false
	}
	rest := strings.TrimSpace(datelineWords.ReplaceAllString(s, " "))
	return len(strings.Fields(rest)) <= 1
}

// findHeader reads the top of the page: an optional section label, the
// headline, the dateline. With a dateline in the first lines, the headline
// is the last headline-like line above it and anything above that is a
// section label. Without one, the first line is the headline when it reads
// like one and the next line does not continue it.
// Before: "Sự kiện - Vấn đề" / "60 địa phương có chỉ số…" / "23/02/2024 00:02"
func findHeader(ls []*line) {
	lv := live(ls)
	if len(lv) == 0 {
		return
	}
	for k := 0; k < len(lv) && k < 6; k++ {
		if !isDateline(lv[k].text) {
			continue
		}
		lv[k].role = "dateline"
		for t := k - 1; t >= 0; t-- {
			if titleLike(lv[t].text) {
				lv[t].role = "title"
				for _, above := range lv[:t] {
					above.drop = "header"
				}
				break
			}
		}
		return
	}
	if titleLike(lv[0].text) && (len(lv) == 1 || !startsLower(lv[1].text)) && !strings.HasSuffix(lv[0].text, "?") {
		lv[0].role = "title"
	}
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// dropRepeatedLines drops a line that repeats the line kept just before it:
// photo captions are often printed twice.
// Before: "Quang cảnh hội nghị. Ảnh: Phương Anh - TTXVN" ×2   After: once
func dropRepeatedLines(ls []*line) {
	var prev *line
	for _, l := range ls {
		if l.drop != "" || l.role != "" {
			continue
		}
		if prev != nil && prev.text == l.text {
			l.drop = "caption"
			continue
		}
		prev = l
	}
}

// sourceRE: a closing credit that names where the story came from.
// Before: "Nguồn Bnews: https://bnews.vn/…/333457.html"   After: source_url
var sourceRE = regexp.MustCompile(`(?i)^(nguồn|theo|source|bài gốc|link bài gốc|xem bài gốc)\b[^:]{0,40}:?\s*https?://\S+$`)

func findSource(ls []*line) {
	lv := live(ls)
	for k := len(lv) - 1; k >= 0 && k >= len(lv)-4; k-- {
		t := lv[k].text
		if sourceRE.MatchString(t) || urlRE.FindString(t) == t {
			lv[k].role = "source"
			return
		}
	}
}

// findByline takes the author from the last line of the story when it is a
// name: two to five capitalised words, perhaps with an agency after a slash.
// Before: "Ngân Giang", "Nam Giang/TTXVN", "Vũ Pi"   After: author
func findByline(ls []*line) {
	lv := live(ls)
	if len(lv) < 2 {
		return
	}
	last := lv[len(lv)-1]
	if isByline(last.text) {
		last.role = "author"
	}
}

var bylineRE = regexp.MustCompile(`^(?:(?:bài|ảnh|bài và ảnh|tác giả|pv|phóng viên)\s*:\s*)?([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,4})(?:\s*(?:/|-|–|\()\s*([\p{Lu}][\p{L}.]+)\)?)?$`)

func isByline(s string) bool {
	return utf8.RuneCountInString(s) <= 60 && bylineRE.MatchString(strings.TrimSpace(s))
}
