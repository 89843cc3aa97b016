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

	"unicode/utf8"

	"chiso/extract/normalize"
)

// Doc is the body of a paste, once the metadata stage has taken its lines.
type Doc struct {
	Paragraphs []string // the body, one paragraph a line
	Dropped    []Drop   // what was removed and why, for the curious
}

// Drop records one removed line and why.
type Drop struct {
	Line string
	Rule string
}

// Body is the article text: its paragraphs separated by blank lines.
func (d Doc) Body() string { return strings.Join(d.Paragraphs, "\n\n") }

// Split classifies the lines of normalised text and keeps the body, with no
// line taken as metadata (extract.Extract runs extract/meta in between).
func Split(text string) Doc { return Assemble(Classify(text)) }

// Assemble keeps the good lines no metadata role took, in order.
func Assemble(ls []Line) Doc {
	var d Doc
	for _, l := range ls {
		switch {
		case l.Role != "":
		case l.Class == Good:
			d.Paragraphs = append(d.Paragraphs, l.Text)
		default:
			d.Dropped = append(d.Dropped, Drop{l.Text, l.Why})
		}
	}
	return d
}

// IsLabel reports whether s is one of the furniture labels ("Chia sẻ", "Tin
// liên quan", "Xem thêm"…).
func IsLabel(s string) bool {
	k := labelKey(s)
	return len(s) <= maxLabel && (footerWidgets[k] || teaserLabels[k])
}

// urlRE finds a web address.
var urlRE = regexp.MustCompile(`https?://[^\s<>"']+`)

// BareURL: the line is one web address and nothing else,
// "https://baothainguyen.vn/kinh-te/…". Classify marks it Short ("a bare
// address"); the metadata stage may take it as the article's source.
func BareURL(t string) bool { return strings.HasPrefix(t, "http") && urlRE.FindString(t) == t }

// FirstURL is the first web address in s without the punctuation that ends
// its sentence ("Nguồn: https://gso.gov.vn/x." → "https://gso.gov.vn/x"), or "".
func FirstURL(s string) string { return strings.TrimRight(urlRE.FindString(s), ".,;)") }

// linkFarm: a line of injected spam, addresses, brand tokens and spam words:
// "BOSSWIN168 BOSSWIN168 https://pol-ka.com/ … slot gacor".
func linkFarm(t string) bool {
	urls, brands, spam, n := 0, 0, 0, 0
	for w := range strings.FieldsSeq(t) {
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
	return urls >= 3 || n >= 4 && (brands*3 >= n || (brands+spam+urls)*2 >= n && spam > 0)
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
	if len(s) > 400 {
		s = s[:400] // the head of a long line tells as well as the whole
	}
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
	"tin tức khác": true, "các bài viết khác": true, "bài viết khác": true, "đọc tiếp": true, "xem tiếp": true,
	"các tin, bài đã đưa": true, "các bài viết đã đăng": true, "tin đã đưa": true,
	"tin tuyển dụng mới": true, "tin tuyển dụng": true, "việc làm mới": true,
	"bài viết cùng chủ đề": true, "bài cùng chủ đề": true, "tin cùng chủ đề": true, "cùng chủ đề": true,
	"bài cùng chuyên mục": true, "tin bài cùng chuyên mục": true, "bài viết cùng danh mục": true,
	"video đang hot": true, "video hot": true, "video nổi bật": true, "video xem nhiều": true,
	"bài viết cùng tác giả": true, "cùng tác giả": true, "tin cùng tác giả": true, "bài cùng tác giả": true,
	"tin mới hơn": true, "tin cũ hơn": true, "các tin mới hơn": true, "các tin cũ hơn": true, "bài mới hơn": true, "bài cũ hơn": true,
	// a box of stories on the same running event: "Sự kiện" over "Hà Nội: Thu hút FDI 5 tháng đạt hơn 1,5 tỷ USD"
	"sự kiện": true, "dòng sự kiện": true, "chuỗi sự kiện": true, "tiêu điểm": true,
}

// titleLike: a line that reads as a headline, not a paragraph: a few words,
// no full stop at the end.
func titleLike(s string) bool {
	n := WordCount(s)
	if n < 3 || n > 40 || utf8.RuneCountInString(s) > 250 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != ':' && last != ';' && last != ','
}

var phoneRE = regexp.MustCompile(`^[+()\d][\d\s.\-()]{7,}$`)

// hotlineRE is a line that gives a hotline or a phone number after its label.
var hotlineRE = regexp.MustCompile(`(?i)^(hotline|đường dây nóng|tel|đt)\s[^:]{1,40}:\s*[+(\d][\dx\s.\-()]{5,}$`)

// viewCounterRE matches counters and share tallies.
// Before: "1549 Lượt xem", "(0) bình luận"   After: (dropped)
var viewCounterRE = regexp.MustCompile(`(?i)^(\(?\d[\d.,]*\)?\s*(lượt xem|lượt đọc|lượt thích|lượt chia sẻ|views?|bình luận|comments?|likes?|chia sẻ)|(lượt xem|lượt đọc)\s*:?\s*\d[\d.,]*)(\s*[|·•-]\s*.*)?$`)

// WordCount counts the runs of non-space bytes in s (the words of a line
// whose spaces are plain, as normalize.Text leaves them).
func WordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' {
			in = false
		} else if !in {
			in, n = true, n+1
		}
	}
	return n
}
