package clean

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"chiso/extract/normalize"
)

// Class is what a line of a pasted page is, the way jusText sorts the
// paragraphs of a web page: prose of the article, furniture, or too short to
// tell on its own (then its neighbours decide).
type Class uint8

const (
	Short    Class = iota // too little text to tell: a name, a label, a heading
	NearGood              // a short sentence, a subheading: body if body surrounds it
	Good                  // a sentence of prose
	Bad                   // page furniture
)

func (c Class) String() string {
	return [...]string{"short", "near-good", "good", "bad"}[c]
}

// Line is one line of a paste with its class and why it got it.
type Line struct {
	Text  string
	Class Class
	Why   string // the feature or neighbour that decided ("menu row", "prose", "between body lines")
	Role  string // set by the metadata stage: "title", "dateline", "author", "source"
}

// Classify sorts the lines of normalised text (see normalize.Text): a first
// pass labels each line from its own features — length in syllables, share
// of Vietnamese function words, sentence-final punctuation, capitalised and
// digit share, column shape, URL, file-name, credit and hotline patterns,
// repetition within the paste, runs of headline-like lines, the furniture
// labels of extract/clean's lexicon — and a second pass gives short and
// near-good lines the class of the body or furniture around them. The body
// is the run from the first to the last good line; what lies outside it is
// furniture unless the metadata stage takes it as title, dateline or byline.
//
//	"Trang chủ | Thời sự | Kinh tế | Video"                   bad (menu row)
//	"Chỉ số sản xuất công nghiệp tháng 10/2026 ước tăng 9,4%…" good (prose)
//	"Nhiều nhà máy tuyển thêm lao động."                        near-good → good (between body lines)
//	"Tin cùng chuyên mục" + "- Giá vàng … đi ngang"              bad (teaser label, teaser)
func Classify(text string) []Line {
	var ls []Line
	var spaced []bool // the line's items were set apart by runs of spaces or tabs
	text = unglue(text)
	blank := true // the raw line before was empty
	for _, t := range strings.Split(text, "\n") {
		t = strings.TrimSpace(t)
		if t == "" {
			blank = true
			continue
		}
		menu := false
		if strings.Contains(t, "  ") || strings.Contains(t, "\t") {
			menu = spacedMenu(t)
			t = strings.Join(strings.Fields(t), " ")
		}
		if n := len(ls); n > 0 && !blank && !menu && !spaced[n-1] && wrapped(ls[n-1].Text, t) {
			ls[n-1].Text += " " + t // a sentence a copy broke across lines
			continue
		}
		blank = false
		ls = append(ls, Line{Text: t})
		spaced = append(spaced, menu)
	}
	counts := map[string]int{}
	for _, l := range ls {
		counts[l.Text]++
	}
	var sc scratch
	for k := range ls {
		ls[k].Class, ls[k].Why = firstPass(ls[k].Text, counts[ls[k].Text], &sc)
		if spaced[k] && ls[k].Class != Bad {
			ls[k].Class, ls[k].Why = Bad, "menu row"
		}
	}
	underImages(ls)
	cutShortRuns(ls)
	teasers(ls)
	headlineRuns(ls)
	tables(ls)
	factBoxes(ls)
	smooth(ls)
	region(ls)
	aboveNav(ls)
	subheadings(ls)
	shortPaste(ls)
	return ls
}

// gluedDate: a dateline a scrape glued to the headline under it, "15/04/2025
// 09:56Trước khi sáp nhập, quy mô kinh tế …": a date and time run straight
// into a capital letter are two lines.
var gluedDate = regexp.MustCompile(`(?m)^(\s*\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?)(\p{Lu})`)

// gluedSectionDate: a section's name and the time, glued to the headline
// above them: "… quản lý năm 2024Phát triển bền vững - 05/06 11:00" is the
// headline and "Phát triển bền vững - 05/06 11:00".
var gluedSectionDate = regexp.MustCompile(`(?m)^(.{20,}?[\p{Ll}\d])(\p{Lu}[\p{L} ]{2,40}\s[-–]\s\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+\d{1,2}:\d{2})[ \t]*$`)

// gluedHeader: a headline, its credit and its time and date run into the
// lead on one line, as a scrape flattened them: "[Infographics] Chỉ số sản
// xuất công nghiệp trong tháng 1 tăng 22,2% Theo TTXVN 09:02 03/02/2021 Chỉ
// số sản xuất công nghiệp tháng 1/2021 ước tính tăng …" is three lines.
var gluedHeader = regexp.MustCompile(`(?m)^(.{20,250}?)\s+((?:Theo\s+\p{Lu}[\p{L}+]*(?:\s\p{Lu}[\p{L}+]*)?\s+)?\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4})\s+(\p{Lu}.{40,})$`)

// unglue splits the lines gluedDate, gluedSectionDate and gluedHeader find. The two
// patterns are tried on the few lines that could hold them (a clock time and
// a date's slash), not on the whole text: over all of a long paste the
// section pattern's backtracking was a quarter of extraction's time.
func unglue(text string) string {
	if !strings.Contains(text, ":") || !strings.Contains(text, "/") {
		return text
	}
	var b strings.Builder
	changed := false
	for rest := text; rest != ""; {
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = ""
		}
		if strings.IndexByte(line, ':') >= 0 && strings.IndexByte(line, '/') >= 0 {
			out := gluedSectionDate.ReplaceAllString(gluedDate.ReplaceAllString(line, "$1\n$2"), "$1\n$2")
			out = gluedHeader.ReplaceAllString(out, "$1\n$2\n$3")
			if out != line {
				line, changed = out, true
			}
		}
		b.WriteString(line)
	}
	if !changed {
		return text
	}
	return b.String()
}

// cutShortRuns: two or more short lines in a row, each cut off with an
// ellipsis, are a list of other stories' headlines: "Sau 10 ngày diễn tập
// nghiêm túc, trách nhiệm, chiều 27/12,…" / "Thu ngân sách 11 tháng trên địa
// bàn thành phố đạt 58.300 tỷ đồng, vượt…". (A long body line may end on "…".)
func cutShortRuns(ls []Line) {
	cut := func(k int) bool {
		t := ls[k].Text
		return (strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...")) && utf8.RuneCountInString(t) < 110
	}
	for k := 0; k < len(ls); {
		j := k
		for j < len(ls) && cut(j) {
			j++
		}
		if j-k >= 2 {
			for m := k; m < j; m++ {
				ls[m].Class, ls[m].Why = Bad, "teaser"
			}
		}
		k = max(j, k+1)
	}
}

// underImages: the short line under an image's file name is its caption,
// marked or not: "h7.jpg" / "Hoạt động xuất - nhập khẩu hàng hoá qua Cửa
// khẩu số II Kim Thành." A paragraph of the story is longer.
func underImages(ls []Line) {
	for k := 1; k < len(ls); k++ {
		if ls[k-1].Why == "image file name" && ls[k].Class != Bad && len(strings.Fields(ls[k].Text)) <= 25 {
			ls[k].Class, ls[k].Why = Bad, "photo caption"
		}
	}
}

// subheadings: inside the article, a headline-like line that a body line
// follows heads that paragraph, even when a caption stands above it
// ("… Ảnh: HẢI MINH" / "Nông nghiệp giữ nhịp ổn định" / "Sản lượng lúa …").
func subheadings(ls []Line) {
	first, last := -1, -1
	for k, l := range ls {
		if l.Class == Good {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	for k := first + 1; k > 0 && k < last; k++ {
		if ls[k].Class == Bad && (ls[k].Why == "a short line next to furniture" || ls[k].Why == "between furniture") &&
			ls[k+1].Class == Good && titleLike(ls[k].Text) {
			ls[k].Class, ls[k].Why = Good, "subheading"
		}
	}
}

// shortPaste: a paste with no line of full prose is all article when it
// reads as sentences — one line typed or copied on its own ("Xuất khẩu tháng
// 1/2024 đạt 30 tỷ USD.") has no page around it.
func shortPaste(ls []Line) {
	for _, l := range ls {
		if l.Class == Good {
			return
		}
	}
	for k, l := range ls {
		if _, reason := firstPass(l.Text, 1, &scratch{}); reason == "short sentence" || reason == "short" && SentenceEnd(l.Text) {
			ls[k].Class, ls[k].Why = Good, "a sentence of a short paste"
		}
	}
}

// functionWords are the little words of Vietnamese prose; menus, teasers
// and credits have few of them. Density of these (stopwords) is jusText's
// main signal.
// maxFunctionWord is the longest function word in bytes ("những"): longer
// words are not looked up.
const maxFunctionWord = 8

var functionWords = map[string]bool{
	"của": true, "và": true, "là": true, "được": true, "các": true, "trong": true, "với": true, "đã": true, "cho": true,
	"có": true, "này": true, "những": true, "để": true, "từ": true, "theo": true, "về": true, "tại": true, "so": true,
	"một": true, "không": true, "đến": true, "khi": true, "nhưng": true, "cũng": true, "đó": true, "như": true, "sẽ": true,
	"thì": true, "vào": true, "ra": true, "nên": true, "do": true, "bị": true, "hơn": true, "còn": true, "đang": true,
	"trên": true, "dưới": true, "sau": true, "trước": true, "nhiều": true, "mà": true, "nhằm": true, "việc": true,
	"cua": true, "va": true, "la": true, "duoc": true, "cac": true, "voi": true, "da": true,
}

// isValue: a figure with decimals or a percent sign in it.
func isValue(f string) bool {
	for i := 0; i+1 < len(f); i++ {
		if f[i] >= '0' && f[i] <= '9' {
			switch n := f[i+1]; {
			case n == '%':
				return true
			case (n == ',' || n == '.') && i+2 < len(f) && f[i+2] >= '0' && f[i+2] <= '9':
				return true
			}
		}
	}
	return false
}

// siteName: the masthead a paste starts with, in capitals: "BÁO BẮC NINH
// ĐIỆN TỬ", "SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG", "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH
// HÒA BÌNH" (a headline in capitals starts otherwise).
var siteName = regexp.MustCompile(`(?i)^(cơ quan ngôn luận|cơ quan chủ quản|cơ quan của|tiếng nói của)\s.{3,80}$|^(BÁO|TẠP CHÍ|CỔNG|TRANG|SỞ|CỤC|ỦY BAN|UỶ BAN|UBND|VĂN PHÒNG|ĐÀI|THÔNG TẤN|HỘI|BỘ)\s[\p{Lu}\s,.\-–&]{2,80}$|^[\p{Lu}][\p{Lu}\s.&\-]{1,40}\s(TV|ONLINE|ĐIỆN TỬ|PLUS)$|^[\p{Lu}][\p{Lu}\s]{1,25} & [\p{Lu}][\p{Lu}\s]{1,25}$|(?i)^(báo|cổng thông tin|trang tin)\s.{2,60}(điện tử|online)$`)

// brandTagline is a site's one-word brand and its tagline: "HomeHere - Kênh
// thông tin nhà đất, dự án và thị trường", "NewsAllQ - Tin tức tổng hợp 24h".
var brandTagline = regexp.MustCompile(`^[\p{L}0-9.]+\s[-–|]\s(?i:kênh|trang|cổng|chuyên trang|tin tức|tạp chí|báo)\s`)

// furniture lines by pattern, each with the name a user sees in --explain.
// Each has the words one of which a line must hold — at its start, anywhere,
// or near its end — for the pattern to be tried at all (on its lower-cased
// text): most lines are tried against none.
type where uint8

const (
	anywhere where = iota
	atStart
	atEnd
)

// articleTools is a row of the story's own buttons under its headline, no
// site menu even with its bars: "Cỡ chữ: A | A | A | In bài", "Tăng cỡ chữ Giảm cỡ chữ".
var articleTools = regexp.MustCompile(`(?i)^((tăng|giảm) cỡ chữ|cỡ chữ\s*:?|in bài|lưu bài|gửi bài|bản in|a[+-]|a)(\s*[|/]?\s*((tăng|giảm) cỡ chữ|cỡ chữ\s*:?|in bài|lưu bài|gửi bài|bản in|a[+-]|a))*$`)

var furniturePatterns = []struct {
	re    *regexp.Regexp
	name  string
	at    where
	hints []string
}{
	{regexp.MustCompile(`(?i)\.(jpe?g|png|gif|webp|svg)(\s|$)`), "image file name", anywhere, []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"}},
	{regexp.MustCompile(`(?i)^(ảnh|anh|photo|nguồn ảnh|ảnh minh họa|ảnh minh hoạ|đồ họa|đồ hoạ|video|clip|infographic|biểu đồ)\s*[:.]`), "photo credit", atStart,
		[]string{"ảnh", "anh", "photo", "nguồn ảnh", "đồ h", "video", "clip", "infographic", "biểu đồ"}},
	{regexp.MustCompile(`(?i)(^|[.\s])(ảnh|ẢNH|Ảnh|biểu đồ|đồ họa|đồ hoạ)\s*:\s*[\p{Lu}][\p{L}.]*(\s+[\p{Lu}][\p{L}.]*){0,4}\.?\s*$`), "photo caption", atEnd, []string{"ảnh:", "ảnh :", "biểu đồ:", "đồ họa:", "đồ hoạ:"}},
	{regexp.MustCompile(`(?i)^ảnh minh (họa|hoạ)\.?$`), "photo credit", atStart, []string{"ảnh minh"}},
	// "Ảnh tư liệu, chụp ngày 03/05/2020: Bốc dỡ hàng tại cảng Sài Gòn, Việt Nam. AP - Hau Dinh"
	{regexp.MustCompile(`(?i)^(ảnh tư liệu|ảnh chụp)\b`), "photo caption", atStart, []string{"ảnh tư liệu", "ảnh chụp"}},
	// a chart's or a table's title: "Biểu 1: Chỉ số sản xuất công nghiệp tháng 9/2023 so tháng trước (%)"
	{regexp.MustCompile(`(?i)^(biểu|bảng|biểu đồ|hình)\s+\d{1,2}\s*[:.]`), "chart caption", atStart, []string{"biểu", "bảng", "hình"}},
	// a page's own labels and players: "You are here", "Xem cỡ chữ", "Phần âm thanh
	// 09:06", a table's "Đơn vị tính: tỷ đồng"
	{regexp.MustCompile(`(?i)^(you are here|bạn đang ở( đây)?|xem cỡ chữ|phần âm thanh\b.*|nghe bài viết\b.*|nghe audio\b.*|đọc bài viết|in trang|in bài viết|đơn vị tính\b.{0,30})$`), "page notice", atStart,
		[]string{"you are", "bạn đang", "xem cỡ", "phần âm", "nghe bài", "nghe audio", "đọc bài", "in trang", "in bài", "đơn vị tính"}},
	// a byline with its reading time: "Thanh Phương 12 phút"
	{regexp.MustCompile(`^(\p{Lu}\p{Ll}*\.?\s+){1,4}\d{1,2}\s+phút(\s+đọc)?$`), "reading time", atEnd, []string{"phút"}},
	// "… tại khu công nghiệp (Ảnh: Mạnh Quân).", "… siêu thị - Ảnh: VGP/Đỗ Hương", "… cảng. Ảnh minh họa",
	// "… kho lạnh ở Tiền Giang - Ảnh 1." (the n-th photo of a page)
	{regexp.MustCompile(`(?i)([-–]\s*(ảnh|anh|hình)\s*\d{1,2}\.?|\(\s*ảnh\s*:[^)]{1,50}\)\.?|[-–.]\s*ảnh\s*:\s*[^.]{1,50}\.?|[.,]?\s*ảnh minh (họa|hoạ)(\s*:\s*[^.]{1,40})?\.?)\s*$`), "photo caption", atEnd, []string{"ảnh:", "ảnh :", "ảnh minh", "- ảnh", "– ảnh", "-ảnh", "–ảnh", "(ảnh", "- anh", "– anh", "- hình", "– hình"}},
	// the story's own buttons: "Tăng cỡ chữ Giảm cỡ chữ", "Cỡ chữ: A- A+ | In bài"
	{articleTools, "article tools", atStart,
		[]string{"tăng cỡ", "giảm cỡ", "cỡ chữ", "in bài", "lưu bài", "gửi bài", "bản in"}},
	// a gallery's alt text, the headline numbered: "Hình ảnh: 8 tháng, CPI tăng 3,1% so với cùng kỳ năm 2022 số 1"
	{regexp.MustCompile(`(?i)^(hình ảnh|ảnh)\s*:.*\ssố\s+\d{1,2}$`), "photo caption", atStart, []string{"hình ảnh", "ảnh"}},
	// a chart's caption: "Vốn FDI vào TP HCM từ 2020 - 2024. (Nguồn: AM tổng hợp từ Bộ Kế hoạch và Đầu tư)."
	{regexp.MustCompile(`(?i)\(\s*nguồn\s*:[^()]{1,90}\)\.?$`), "chart caption", atEnd, []string{"(nguồn"}},
	// a link in a list of earlier stories, dated: "Hỗ trợ doanh nghiệp phục hồi sản xuất (02/11/2021)"
	{regexp.MustCompile(`\S\s+\(\d{1,2}/\d{1,2}/\d{4}\)$`), "teaser", atEnd, []string{")"}},
	// "Bạn đọc gửi bình luận về bài viết (vui lòng gõ tiếng Việt có dấu)"
	{regexp.MustCompile(`(?i)^(chưa có bình luận|hãy là người đầu tiên|bạn cần đăng nhập|mời bạn để lại|gửi ý kiến|email của bạn sẽ không|địa chỉ email của bạn sẽ không|bạn đọc gửi (bình luận|ý kiến)|(vui lòng|xin) (gõ|viết|nhập) (bằng )?tiếng việt)`), "comment prompt", atStart,
		[]string{"chưa có bình luận", "hãy là", "bạn cần đăng nhập", "mời bạn", "gửi ý kiến", "email của bạn", "địa chỉ email", "bạn đọc gửi", "tiếng việt"}},
	{regexp.MustCompile(`(?i)(giấy phép|bản quyền|copyright|©|chịu trách nhiệm|tổng biên tập|phó tổng biên tập|tòa soạn|toà soạn|ghi rõ nguồn|không được sao chép|không sao chép|sao chép phải)`), "licence or copyright", anywhere,
		[]string{"giấy phép", "bản quyền", "copyright", "©", "chịu trách nhiệm", "biên tập", "tòa soạn", "toà soạn", "ghi rõ nguồn", "sao chép"}},
	{regexp.MustCompile(`(?i)^(hotline|đường dây nóng|điện thoại|tel|fax|email|e-mail|liên hệ|liên hệ quảng cáo|địa chỉ|tags?|thẻ|nhãn|từ khóa|từ khoá|chủ đề|xem thêm|xem bài viết|đọc thêm|tin liên quan|bài liên quan|đọc tiếp|>>|»)\s*[:：>»]`), "labelled footer", atStart,
		[]string{"hotline", "đường dây nóng", "điện thoại", "tel", "fax", "email", "e-mail", "liên hệ", "địa chỉ", "tag", "thẻ", "nhãn", "từ kh", "chủ đề", "xem thêm", "xem bài", "đọc thêm", "tin liên quan", "bài liên quan", "đọc tiếp", ">>", "»"}},
	// "Bài viết này thuộc danh mục: Đầu tư, FDI", "Chuyên mục: Kinh tế"
	{regexp.MustCompile(`(?i)^(bài viết (này )?thuộc )?(chuyên mục|danh mục)\s*[:：]`), "labelled footer", atStart, []string{"bài viết", "chuyên mục", "danh mục"}},
	// a follow button with its tally: "Theo dõi | 1.248 người theo dõi"
	{regexp.MustCompile(`(?i)^(\+\s*)?theo dõi\s*([|·•]\s*)?([\d.,]+\s*(người theo dõi|followers?))?$`), "follow prompt", atStart, []string{"theo dõi"}},
	// "Theo dõi chúng tôi trên Google News", "Follow … on Zalo", "Theo dõi thoidai.com.vn trên" (the icon lost)
	{regexp.MustCompile(`(?i)^(theo dõi|follow|kết nối với|quan tâm)\b.{0,40}\b(trên|on|qua)(\s+(google news|facebook|zalo|youtube|tiktok|twitter|fanpage)|$)`), "follow prompt", atStart, []string{"theo dõi", "follow", "kết nối", "quan tâm"}},
	// "Xem báo cáo đầy đủ tại: https://…pdf": a link out, not the story's own address
	{regexp.MustCompile(`(?i)^(xem|tải|tải về|download|đọc)\b.{0,60}\btại\s*[:：]?\s*https?://\S+$`), "link out", atStart, []string{"xem", "tải", "download", "đọc"}},
	{regexp.MustCompile(`(?i)^(quảng cáo|advertisement|sponsored|tài trợ)$`), "advertisement", atStart, []string{"quảng cáo", "advertisement", "sponsored", "tài trợ"}},
	// "Tải về: Bảng chỉ số giá tháng 02/2016 (Excel)", "Tải file đính kèm": an attachment
	{regexp.MustCompile(`(?i)^(tải về|tải xuống|download|tải file|file đính kèm|tệp đính kèm)(\s|:|$)`), "download link", atStart, []string{"tải", "download", "file đính", "tệp đính"}},
	// "1 2 3 ... Trang sau »", "« Trang trước | Trang sau »": a pager
	{regexp.MustCompile(`(?i)^([«‹<]\s*)?(trang trước|\d{1,3}(\s+\d{1,3})+)\b.{0,30}(trang sau|trang cuối|tiếp)?\s*[»›>]?\s*$|(^|\s)trang sau\s*[»›>]\s*$`), "pager", anywhere, []string{"trang sau", "trang trước", "trang cuối"}},
	// "Đánh giá bài viết này: ★★★★★ (4.6/5 - 27 bình chọn)": a rating box
	{regexp.MustCompile(`(?i)^(đánh giá bài viết|bình chọn|xếp hạng bài viết)|\d+\s*(bình chọn|lượt đánh giá|votes?)\)?\s*$`), "rating", anywhere, []string{"đánh giá", "bình chọn", "vote"}},
	// "Tuyên bố miễn trừ trách nhiệm: Nội dung chỉ nhằm mục đích cung cấp thông tin …"
	{regexp.MustCompile(`(?i)^(tuyên bố )?miễn trừ trách nhiệm|^disclaimer\b`), "disclaimer", anywhere, []string{"miễn trừ", "disclaimer"}},
	// "Nghe bản tin đầy đủ trên ứng dụng VOV Giao thông", "Tải ứng dụng … để đọc tin nhanh hơn"
	{regexp.MustCompile(`(?i)^(nghe|xem|đọc|tải)\b.{0,40}\b(trên|qua|bằng) (ứng dụng|app)\b`), "app prompt", anywhere, []string{"ứng dụng", "app"}},
	// "* Mời bạn đọc vào chuyên mục Kinh tế xem các tin, bài liên quan."
	{regexp.MustCompile(`(?i)^[*•\-–\s]*(mời (quý )?(bạn đọc|độc giả)|kính mời (quý )?(bạn đọc|độc giả))\s+(vào|xem|đón|theo dõi|đọc|tham khảo)`), "reader prompt", anywhere,
		[]string{"mời bạn đọc", "mời độc giả", "mời quý"}},
	// a ticker of other stories: "Tin nóng: Hà Tĩnh đón hơn 5,4 triệu lượt khách … | Giá lúa …"
	// (a headline may open on "Nóng:" too: a ticker has its items set apart by "|")
	{regexp.MustCompile(`(?i)^(tin nóng|tin mới|tin nhanh|tiêu điểm|breaking)\s*[:：|]|^(nóng|hot)\s*[:：].*\|`), "ticker", atStart, []string{"tin nóng", "tin mới", "tin nhanh", "nóng", "tiêu điểm", "breaking", "hot"}},
	// a forum thread's furniture: "Thảo luận trong 'Thời sự - Kinh tế'", a reply's
	// number "#2", "Bạn phải đăng nhập hoặc đăng ký để trả lời bài viết."
	{regexp.MustCompile(`(?i)^thảo luận trong\s+['"‘“]`), "forum label", atStart, []string{"thảo luận"}},
	{regexp.MustCompile(`^#([2-9]|\d{2,})$`), "comment prompt", atStart, []string{"#"}},
	{regexp.MustCompile(`(?i)^bạn (phải|cần) đăng nhập`), "comment prompt", atStart, []string{"bạn phải", "bạn cần"}},
	// a page's notices to its reader: a flipbook's, a player's, a rating widget's
	{regexp.MustCompile(`(?i)(bật javascript|cuộn xuống để xem|^\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}$|tổng số điểm của bài viết|trong \d+ đánh giá$)`), "page notice", anywhere,
		[]string{"javascript", "cuộn xuống", " / ", "tổng số điểm", "đánh giá"}},
	{regexp.MustCompile(`(?i)^ảnh minh (họa|hoạ)\s*\([^)]{1,30}\)\.?$`), "photo credit", atStart, []string{"ảnh minh"}}, // "Ảnh minh họa (Internet)"
	// "Ảnh minh họa - Nguồn: Internet |" (a photo's cell of a flattened table)
	{regexp.MustCompile(`(?i)^ảnh minh (họa|hoạ)\s*[-–]\s*(nguồn|ảnh)\s*:?[^.]{0,40}[\s|]*$`), "photo credit", atStart, []string{"ảnh minh"}},
	// an image's markdown left by a copy: "![]() |", "![Bắc Ninh](https://…/a.jpg)"
	{regexp.MustCompile(`^!\[[^\]]*\]\([^)]*\)[\s|]*$`), "image", atStart, []string{"!["}},
	// "Google News | Theo dõi Báo Nhà báo & Công luận": the follow bar, icon first
	{regexp.MustCompile(`(?i)^(google news|zalo|facebook|youtube|tiktok)\s*[|·•]\s*(theo dõi|follow|quan tâm)\b.{0,60}$`), "follow prompt", atStart, []string{"google news", "zalo", "facebook", "youtube", "tiktok"}},
	{regexp.MustCompile(`\s[-–]$`), "teaser", atEnd, []string{" -", " –"}}, // a link to another story in a strip of them: "Bổ sung mức giá dịch vụ … -"
	{regexp.MustCompile(`(?i)\b\d+\s*(°|độ)\s*c\b`), "weather bar", anywhere, []string{"°", "độ c"}},
	{regexp.MustCompile(`(?i)(\d+\s*(giờ|phút|ngày)\s*trước|trả lời\s*\|?\s*thích|^thích\s*·|^trả lời$)`), "comment", anywhere, []string{"giờ trước", "phút trước", "ngày trước", "trả lời", "thích ·"}},
	{regexp.MustCompile(`(?i)^(đăng nhập|đăng ký|đăng xuất|mở tài khoản|tìm kiếm|english|tiếng việt|rss|liên hệ)(\s*[|/·]\s*(đăng nhập|đăng ký|đăng xuất|mở tài khoản|tìm kiếm|english|tiếng việt|rss|liên hệ))+`), "login bar", atStart,
		[]string{"đăng nhập", "đăng ký", "đăng xuất", "tìm kiếm", "english", "tiếng việt", "rss", "liên hệ"}},
	{regexp.MustCompile(`(?i)^(bình luận|ý kiến bạn đọc|gửi bình luận|viết bình luận|ý kiến của bạn|(gửi|viết) (bình luận|ý kiến) của bạn)\s*(\(\d+\))?$`), "comment prompt", atStart, []string{"bình luận", "ý kiến", "gửi bình luận", "viết bình luận", "gửi ý kiến"}},
	// a blog's "2 nhận xét:", a forum's reply "05-01-2015, 09:31 AM #2": readers from here on
	{regexp.MustCompile(`(?i)^(\d+|không có)\s+(nhận xét|bình luận|ý kiến|phản hồi)( nào)?\s*:?$`), "comment prompt", anywhere, []string{"nhận xét", "bình luận", "ý kiến", "phản hồi"}},
	// Blogger's share row under a post: "Gửi email bài đăng nàyBlogThis!Chia sẻ lên Twitter…"
	{regexp.MustCompile(`(?i)(blogthis!|gửi email bài đăng này|chia sẻ lên (twitter|facebook|pinterest))`), "share bar", anywhere, []string{"blogthis", "gửi email", "chia sẻ lên"}},
	// a magazine's reminder under the story: "Bạn đang đọc bài viết … tại chuyên mục Kinh tế của Tạp chí …"
	{regexp.MustCompile(`(?i)^bạn đang (đọc|xem) bài viết\b.*\b(tại|thuộc) (chuyên mục|mục)\b`), "page notice", atStart, []string{"bạn đang"}},
	{regexp.MustCompile(`^\d{1,2}[-/.]\d{1,2}[-/.]\d{4},?\s+\d{1,2}:\d{2}(\s*[AP]M)?\s+#([2-9]|\d{2,})$`), "comment prompt", atEnd, []string{"#"}},
	// a forum's thread links: "« Chủ đề trước | Chủ đề kế »"
	{regexp.MustCompile(`(?i)(chủ đề trước|chủ đề kế|bài trước\s*\||\|\s*bài sau)`), "menu row", anywhere, []string{"chủ đề", "bài trước", "bài sau"}},
	{regexp.MustCompile(`(?i)^(chia sẻ|share)\s*:?\s*(facebook|zalo|twitter|email|copy|in|$)`), "share bar", atStart, []string{"chia sẻ", "share"}},
}

// hinted: the lowered line holds one of the words where the pattern looks.
func hinted(sc *scratch, at where, hints []string) bool {
	low := sc.low
	for _, h := range hints {
		switch at {
		case atStart:
			if len(low) >= len(h) && string(low[:len(h)]) == h {
				return true
			}
		case atEnd:
			tail := low
			if len(tail) > 90 {
				tail = tail[len(tail)-90:]
			}
			if sc.pairs.mayHold(h) && bytes.Contains(tail, []byte(h)) {
				return true
			}
		default:
			if sc.pairs.mayHold(h) && bytes.Contains(low, []byte(h)) {
				return true
			}
		}
	}
	return false
}

// scratch is what firstPass reuses from one line to the next: the buffer it
// lowers a line into and the pairs of bytes the line holds.
type scratch struct {
	low   []byte
	pairs bytePairs
}

// bytePairs records which pairs of adjacent bytes a text holds, hashed to
// 1,024 bits. A hint with a pair the line lacks is not in it: 25 patterns'
// hints are ruled out by a few bit tests each, where each used to scan the
// line ("bản quyền" and nine more words for the licence pattern alone).
type bytePairs [16]uint64

func pairBit(a, b byte) uint { return (uint(a)*131 + uint(b)) & 1023 }

func (p *bytePairs) of(text []byte) {
	*p = bytePairs{}
	for i := 0; i+1 < len(text); i++ {
		h := pairBit(text[i], text[i+1])
		p[h>>6] |= 1 << (h & 63)
	}
}

// mayHold: every pair of adjacent bytes of h is in the text.
func (p *bytePairs) mayHold(h string) bool {
	for i := 0; i+1 < len(h); i++ {
		if b := pairBit(h[i], h[i+1]); p[b>>6]&(1<<(b&63)) == 0 {
			return false
		}
	}
	return true
}

// firstPass labels one line from its own features. seen is how many times
// the same line stands in the paste.
func firstPass(t string, seen int, sc *scratch) (Class, string) {
	key := ""
	if len(t) <= maxLabel {
		key = labelKey(t)
	}
	switch {
	case key != "" && (footerWidgets[key] || teaserLabels[key]):
		return Bad, "furniture label"
	case viewCounterRE.MatchString(t):
		return Bad, "view counter"
	case phoneRE.MatchString(strings.TrimLeft(t, "•·-*–—►▶>| ")) || len(t) < 120 && hotlineRE.MatchString(t):
		return Bad, "phone number" // and "Hotline tư vấn lắp đặt: 1900 xxxx"
	case strings.HasPrefix(t, "©"):
		return Bad, "copyright"
	case isSpam(t):
		return Bad, "link farm"
	case isMenuRow(t):
		if articleTools.MatchString(t) {
			return Bad, "article tools"
		}
		return Bad, "menu row"
	case isBreadcrumb(t):
		return Bad, "breadcrumb"
	case doubled(t):
		return Bad, "teaser printed twice" // a link's picture text and its title, copied as one line
	case len(t) < 200 && (strings.HasPrefix(t, "Cơ quan") || strings.HasPrefix(t, "Tiếng nói")) && siteName.MatchString(t):
		return Bad, "site tagline" // "Cơ quan của Đảng ủy, Bộ Tư lệnh Thủ đô Hà Nội": whose paper, not where the story is
	case len(t) < 200 && (mastheadStart(t) || mastheadEnd(t) || strings.Contains(t, " & ")) && !SentenceEnd(t) && siteName.MatchString(t):
		return Bad, "site name"
	case len(t) < 120 && !SentenceEnd(t) && brandTagline.MatchString(t):
		return Bad, "site name" // "HomeHere - Kênh thông tin nhà đất, dự án và thị trường"
	}
	// furniture is short: the patterns are tried on short lines only, which
	// also keeps them off the long lines of prose where they would cost most
	if n := runesUpTo(t, 300); n < 300 {
		sc.low = normalize.AppendLower(sc.low[:0], t)
		sc.pairs.of(sc.low)
		for _, p := range furniturePatterns {
			// (a caption runs long: "Ảnh: Tổng Bí thư … làm việc với … (Nguồn: Báo Lao động)")
			if (n < 160 || p.name == "licence or copyright" || p.name == "photo caption" || p.name == "photo credit" || p.name == "page notice") && hinted(sc, p.at, p.hints) && p.re.MatchString(t) {
				return Bad, p.name
			}
		}
	}
	if BareURL(t) {
		return Short, "a bare address" // the metadata stage may take it as the source
	}
	words, fw, caps := 0, 0, 0
	start := -1
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] != ' ' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := trimPunct(t[start:i])
		start = -1
		if w == "" {
			continue
		}
		words++
		r0 := rune(w[0])
		if r0 >= utf8.RuneSelf {
			r0, _ = utf8.DecodeRuneInString(w)
		}
		if unicode.IsUpper(r0) {
			caps++
			if len(w) <= maxFunctionWord {
				var buf [maxFunctionWord]byte
				if functionWords[string(normalize.AppendLower(buf[:0], w))] { // a map key from bytes: no allocation
					fw++
				}
			}
		} else if len(w) <= maxFunctionWord && functionWords[w] {
			fw++ // function words are lower case; only capitals need lowering
		}
		if words >= 25 && fw >= 2 {
			return Good, "prose" // nothing below changes the verdict on a long line of prose
		}
	}
	end := SentenceEnd(t)
	if words >= 6 && fw == 0 && !end && titleCased(t)*10 >= words*7 {
		return Bad, "menu row" // "Thời sự Chính trị Kinh tế Xã hội Pháp luật Văn hóa"
	}
	switch {
	case seen > 1 && words < 25 && !end:
		return Bad, "repeated in the paste"
	case words >= 15 && (fw >= 2 || end), words >= 8 && end && fw >= 1:
		return Good, "prose"
	case words >= 5 && (end || fw >= 1) && caps*2 < words+2:
		return NearGood, "short sentence"
	case words >= 3 && end && strings.ContainsAny(t, "0123456789") && caps*2 < words+2:
		return NearGood, "short sentence" // "Giá vàng tăng 0,55%.": a figure stated
	}
	return Short, "short"
}

// mastheadStart: the line starts as a masthead does, "BÁO …", "Cổng thông tin …".
// mastheadEnd: a broadcaster's or a paper's name in capitals: "THÁI NGUYÊN TV".
func mastheadEnd(t string) bool {
	return strings.HasSuffix(t, " TV") || strings.HasSuffix(t, " ONLINE") || strings.HasSuffix(t, " ĐIỆN TỬ") || strings.HasSuffix(t, " PLUS")
}

func mastheadStart(t string) bool {
	for _, p := range []string{"BÁO", "TẠP CHÍ", "CỔNG", "TRANG", "SỞ", "CỤC", "ỦY BAN", "UỶ BAN", "UBND", "VĂN PHÒNG", "ĐÀI", "THÔNG TẤN", "HỘI", "BỘ", "Báo", "Cổng", "Trang", "báo", "cổng", "trang"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// trimPunct cuts the punctuation around a word: "(Ảnh:" → "Ảnh", "“tăng”" → "tăng".
func asciiWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// runesUpTo counts the runes of s, up to max: a 100 KB line is not counted
// to the end to learn it is long.
func runesUpTo(s string, max int) int {
	if len(s) < 160 && len(s) < max {
		return len(s) // under 160 bytes is under 160 runes, which is all callers ask
	}
	if len(s) >= 4*max {
		return max // no rune is longer than four bytes
	}
	n := 0
	for i := 0; i < len(s) && n < max; i++ {
		if s[i]&0xC0 != 0x80 { // a rune starts at every byte but continuation bytes
			n++
		}
	}
	return n
}

func trimPunct(w string) string {
	if len(w) > 0 && asciiWordByte(w[0]) && asciiWordByte(w[len(w)-1]) {
		return w // the common case: a plain syllable
	}
	for len(w) > 0 {
		r, n := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := utf8.DecodeLastRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// titleCased counts the words written with a capital then small letters
// ("Thời", "Kinh"), as menu items are; a headline in capitals has none.
func titleCased(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		r, size := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && len(w) > size && strings.ToLower(w[size:]) == w[size:] {
			n++
		}
	}
	return n
}

// SentenceEnd: the line ends as a sentence does: ".", "!", "?", "…", ";" or ":" before closing quotes and brackets.
func SentenceEnd(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, " \"”’)"))
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ';' || r == ':'
}

func isSpam(t string) bool {
	return !prose(t) && linkFarm(t)
}

// isMenuRow: three or more short items split by "|", "·", "•" or "/":
// "Trang chủ | Thời sự | Kinh tế | Video", "Hà Nội | Hải Phòng | Quảng Ninh".
func isMenuRow(t string) bool {
	if strings.IndexByte(t, '|') < 0 && !strings.Contains(t, "·") && !strings.Contains(t, "•") {
		return false // IndexAny with non-ASCII runes decodes every rune of a long line
	}
	for _, sep := range []string{"|", "·", "•"} {
		parts := strings.Split(t, sep)
		if len(parts) < 3 {
			continue
		}
		short := 0
		for _, p := range parts {
			n := 0
			for _, w := range strings.Fields(p) {
				if w != "-" && w != "–" {
					n++ // "Tin tức - Sự kiện" is one item of four words
				}
			}
			if n >= 1 && n <= 5 { // "Công bố và cập nhật"
				short++
			}
		}
		if short*4 >= len(parts)*3 && !SentenceEnd(t) {
			return true
		}
	}
	return false
}

// spacedMenu: three or more short items set apart by two spaces or a tab,
// as a copied navigation bar comes out: "Tin tức  Thời sự  Kinh tế  Xã hội".
func spacedMenu(t string) bool {
	if SentenceEnd(t) {
		return false
	}
	items := strings.Split(strings.ReplaceAll(t, "\t", "  "), "  ")
	n := 0
	for _, it := range items {
		w := len(strings.Fields(it))
		if w == 0 {
			continue
		}
		if w > 5 {
			return false // "Quân sự - Quốc phòng" is one item
		}
		n++
	}
	return n >= 3
}

// doubled: the line is one text printed twice: "Toàn cảnh kinh tế 11 tháng
// Toàn cảnh kinh tế 11 tháng".
func doubled(t string) bool {
	h := len(t) / 2
	return len(t) >= 21 && len(t) <= 401 && len(t)%2 == 1 && t[h] == ' ' && t[:h] == t[h+1:] && !SentenceEnd(t)
}

// isBreadcrumb: items joined by ">" or "›": "Kinh tế > Vĩ mô"; or a trail
// from the home page whose separators the copy lost: "Trang chủ Kinh tế
// Sản phẩm dịch vụ".
// homeCrumbs open a breadcrumb trail.
var homeCrumbs = map[string]bool{"trang chủ": true, "home": true, "top": true, "trang nhất": true}

func isBreadcrumb(t string) bool {
	if SentenceEnd(t) {
		return false
	}
	if len(t) < 160 && (strings.HasPrefix(t, "Trang chủ ") || strings.HasPrefix(t, "TRANG CHỦ ")) && !hasDigit(t) {
		return true
	}
	if strings.IndexByte(t, '>') < 0 && !strings.Contains(t, "›") && !strings.Contains(t, "»") {
		return false
	}
	for _, sep := range []string{" » ", " › "} {
		// a trail from a home crumb, however long its sections: "Trang chủ » Tạp chí
		// Dân số và Phát triển » Số 6 (51)", "Top » Chỉ số giá tiêu dùng, chỉ số giá
		// vàng và chỉ số giá đô la Mỹ"
		if home, _, ok := strings.Cut(t, sep); ok && homeCrumbs[strings.ToLower(home)] && utf8.RuneCountInString(t) < 160 {
			return true
		}
	}
	for _, sep := range []string{" > ", " › ", " » ", "›", "»"} {
		parts := strings.Split(t, sep)
		// (three crumbs or more may run long, the last the story's own heading:
		// "Trung tâm Phân tích > Báo cáo Vĩ mô > Báo cáo Vĩ mô và Thị trường chứng
		// khoán tháng 10/2025")
		if n := utf8.RuneCountInString(t); len(parts) >= 2 && len(parts) <= 6 && (n < 90 || len(parts) >= 3 && n < 160) {
			ok := true
			for i, p := range parts {
				// the last crumb may be the section's long name: "Tin tức > Tổng hợp tin kinh tế tài chính tuần"
				if n := len(strings.Fields(p)); n < 1 || n > 5 && !(i == len(parts)-1 && (n <= 10 || len(parts) >= 3 && n <= 14)) {
					ok = false
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// teasers: a teaser label ("Tin liên quan", "Xem thêm") and the headline-like
// lines after it are furniture. Past the middle of the paste the label
// starts the page's foot — everything after it goes — unless prose of the
// article goes on after its links (a "Đọc thêm" box between two paragraphs).
func teasers(ls []Line) {
	prose := func(from, to int) int {
		n := 0
		for j := from; j < to && j < len(ls); j++ {
			if ls[j].Class == Good || ls[j].Class == NearGood {
				n += len(ls[j].Text)
			}
		}
		return n
	}
	isTeaserLabel := func(l Line) bool {
		return (l.Why == "furniture label" || l.Why == "teaser label") && teaserLabels[labelKey(l.Text)]
	}
	for k := range ls {
		if ls[k].Why != "furniture label" || !isTeaserLabel(ls[k]) {
			continue
		}
		ls[k].Why = "teaser label"
		j := k + 1
		// the run of links ends at the site's navigation: "Tin mới nhất" in a
		// top bar, then "Trang chủ › Chứng khoán", then the story's headline
		for ; j < len(ls) && (titleLike(strings.TrimLeft(ls[j].Text, "-•·* ")) && ls[j].Class != Good && !navWhy[ls[j].Why] || j > k+1 && leadMark.MatchString(ls[j].Text)); j++ {
			// a link's headline, and under it the linked story's own lead:
			// "Tháng 5, CPI tăng 0,54%" / "(eFinance Online) - CPI tháng 5 tăng …"
			if ls[j].Class != Bad {
				ls[j].Class, ls[j].Why = Bad, "teaser"
			}
		}
		next := len(ls)
		for m := j; m < len(ls); m++ {
			if isTeaserLabel(ls[m]) {
				next = m
				break
			}
		}
		before, after := prose(0, k), prose(j, next)
		pastMiddle := prose(k, len(ls))*2 < before+prose(k, len(ls))
		if pastMiddle && (!inlineLabels[labelKey(ls[k].Text)] || after*4 < before) {
			for m := j; m < len(ls); m++ {
				if ls[m].Class != Bad {
					ls[m].Class, ls[m].Why = Bad, "after a teaser label at the foot"
				}
			}
			return
		}
	}
}

// leadMark: a lead opens with its outlet's mark, "(eFinance Online) - …",
// "(Dân trí) - …".
var leadMark = regexp.MustCompile(`^\([^()]{2,30}\)\s*[-–]\s`)

// inlineLabels head a box of links set between two paragraphs as often as at
// the foot; the other teaser labels ("Có thể bạn quan tâm", "Tin cùng chuyên
// mục") start the foot of the page.
var inlineLabels = map[string]bool{"đọc thêm": true, "xem thêm": true, "đọc tiếp": true, "xem tiếp": true, "video đang hot": true, "video hot": true,
	"tin liên quan": true, "bài liên quan": true, "bài viết liên quan": true, "tin bài liên quan": true}

// headlineRuns: three or more headline-like lines in a row with no figure
// in them are a list of links (a menu, teasers of other stories), not body.
func headlineRuns(ls []Line) {
	// three headlines in a row inside the story, figures and all: links to
	// related stories ("Tháng 1/2025, chỉ số giá tiêu dùng của Hà Nội tăng
	// 3,09% so với cùng kỳ 2024" / "Quý I/2025: …") set between its paragraphs
	for k := 0; k < len(ls); {
		j := k
		for j < len(ls) && ls[j].Class != Bad && relatedLink(ls[j].Text) {
			j++
		}
		if j-k >= 3 {
			for m := k; m < j; m++ {
				ls[m].Class, ls[m].Why = Bad, "run of headlines"
			}
		}
		k = max(j, k+1)
	}
	for k := 0; k < len(ls); {
		j := k
		for j < len(ls) && ls[j].Class != Good && titleLike(strings.TrimLeft(ls[j].Text, "-•·* ")) && !hasDigit(ls[j].Text) {
			j++
		}
		if j-k >= 3 {
			for m := k; m < j; m++ {
				if ls[m].Class != Bad {
					ls[m].Class, ls[m].Why = Bad, "run of headlines"
				}
			}
		}
		if j == k {
			j++
		}
		k = j
	}
}

func hasDigit(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }

// wrapped: line next goes on with the sentence line prev broke off — prev a
// long run of words with no end, next starting in lower case:
//
//	"Chỉ số sản xuất công nghiệp tháng 01/2026 của tỉnh ước giảm 0,2%" /
//	"so với tháng trước và tăng 8,1% so với cùng kỳ năm trước."
func wrapped(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) || SentenceEnd(prev) || notContinued.MatchString(next) || strings.ContainsAny(prev, "|•»›") {
		return false
	}
	// prose: function words across the two, words (not a chart's row of
	// figures, "tỷ USD 4.028 3.236 …") in the line after
	pw, nw := strings.Fields(normalize.Lower(prev)), strings.Fields(next)
	if len(pw) >= 8 && len(nw) <= 6 && strings.HasSuffix(prev, ",") && SentenceEnd(next) {
		return true // the short end of a broken sentence: "… doanh thu du lịch ước đạt gần 692,5 tỷ đồng," / "tăng 18,2%."
	}
	if len(pw) < 8 || len(nw) < 3 {
		return false
	}
	function, figures := 0, 0
	for _, w := range pw {
		if functionWords[w] {
			function++
		}
	}
	for _, w := range nw {
		if hasDigit(w) {
			figures++
		}
		if functionWords[normalize.Lower(w)] {
			function++
		}
	}
	return function >= 2 && figures*3 < len(nw)
}

// notContinued: a lower-case line that starts anew under a headline: a
// byline, a dateline, a credit ("bởi Linh 6 Tháng 11, 2026", "cập nhật
// 08:03", "nguồn: …").
var notContinued = regexp.MustCompile(`^(bởi|theo|nguồn|ảnh|cập nhật|đăng|by)\b|\d{1,2}:\d{2}|\d{1,2}/\d{1,2}/\d{2,4}`)

// tables: the rows of a flattened data table or a list the article
// introduces ("… như sau:", "… gồm:") are body, its header row too; a table
// nothing introduces is furniture (a price box, a stock ticker).
//
//	"Năm địa phương có tỷ lệ giải ngân cao nhất gồm:" / "1. Thái Bình: 87,2%" /
//	"Quảng cáo" / "3. Ninh Bình: 83,9%"  → the list rows are body, the ad is not
func tables(ls []Line) {
	rows := make([]bool, len(ls)+1) // a row of a table or a list, each line tested once
	for k, l := range ls {
		rows[k] = tableRow(l.Text) || listItem(l.Text)
	}
	for k := 0; k < len(ls); k++ {
		row := rows[k]
		if !row && !(ls[k].Why == "menu row" && rows[k+1]) {
			continue
		}
		if ls[k].Class == Bad && ls[k].Why != "menu row" && ls[k].Why != "run of headlines" {
			continue // a hotline, a licence: furniture whatever its figures
		}
		switch {
		case introduced(ls, rows, k):
			ls[k].Class, ls[k].Why = Good, "table row"
		case row && ls[k].Class != Good && outline(ls[k].Text) && !outlineRun(ls, k):
			// "1.1. Những thành tựu ấn tượng", "1. Sản xuất nông, lâm, ngư nghiệp": a
			// numbered heading of the report, which its neighbours decide (three or
			// more in a row are the page's table of contents: "1. Tổng quan" /
			// "2. Trước sáp nhập" / "3. Điểm nhấn sau sáp nhập")
			ls[k].Class, ls[k].Why = Short, "numbered heading"
		case row && ls[k].Class != Good && loneHeading(ls, rows, k):
			ls[k].Class, ls[k].Why = Short, "a heading between body lines"
		case row && ls[k].Class != Good:
			ls[k].Class, ls[k].Why = Bad, "table"
		}
	}
}

// loneHeading: row k is a heading of the article's own, one marked or
// numbered line of words alone between two lines of its prose, not a row of
// a table:
//
//	"… lợi thế của tỉnh." / "- Về phát triển kinh tế" / "Nền kinh tế của tỉnh …"
//	"… bằng 92,42% dự toán." / "1.2 Tín dụng ngân hàng" / "Tính đến ngày 31 tháng 10, …"
func loneHeading(ls []Line, rows []bool, k int) bool {
	if k == 0 || k+1 >= len(ls) || rows[k-1] || rows[k+1] || ls[k-1].Class != Good || ls[k+1].Class != Good {
		return false
	}
	words := strings.Fields(strings.TrimLeft(ls[k].Text, "-•+*0123456789.) "))
	return len(words) >= 2 && len(words) <= 12 && !hasDigit(strings.Join(words, " "))
}

// factBoxes: lines that name a figure before a colon, set between two
// lines of the article's prose, are the article's own box of figures, not a
// price box or a ticker beside it:
//
//	"Vị trí: Đồng Tháp là một tỉnh …" / "Dân số: 1.667.100 người" / "GRDP
//	(2022): 120.784 tỉ đồng (5,11 tỉ USD)" / "Hạ tầng giao thông:" /
//	"Đường bộ: Các quốc lộ …"  → the three lines between are body
func factBoxes(ls []Line) {
	for k := 1; k < len(ls); k++ {
		if ls[k-1].Class != Good || !boxLine(ls[k]) {
			continue
		}
		j, figures := k, 0
		for j < len(ls) && boxLine(ls[j]) {
			if hasDigit(ls[j].Text) && labelledRow.MatchString(ls[j].Text) {
				figures++
			}
			j++
		}
		if figures > 0 && j < len(ls) && ls[j].Class == Good {
			for m := k; m < j; m++ {
				ls[m].Class, ls[m].Why = Good, "the article's box of figures"
			}
		}
		k = j
	}
}

// labelledRow is a line that names what its figure is before a colon:
// "Dân số: 1.667.100 người", "- GRDP: 319,878,839 triệu đồng (Xếp hạng 8/34)".
var labelledRow = regexp.MustCompile(`^(?:[-•+*]\s+)?\p{L}[^:|]{1,40}:\s*\S`)

// boxLine: a line that may stand in the article's box of figures: a short
// labelled figure, or a label over the next ones ("Hạ tầng giao thông:"),
// not already read as the article's prose nor as a known kind of furniture.
func boxLine(l Line) bool {
	if l.Class == Good || len(l.Text) > 120 {
		return false
	}
	switch l.Why {
	case "table", "run of headlines", "a short line next to furniture", "between furniture":
	default:
		if l.Class == Bad {
			return false
		}
	}
	return hasDigit(l.Text) && labelledRow.MatchString(l.Text) || strings.HasSuffix(l.Text, ":") && len(strings.Fields(l.Text)) <= 6
}

// outlineHeading: a report's numbered heading, words only after the number:
// "1.1. Những thành tựu ấn tượng", "2. Công tác đầu tư phát triển điện".
var outlineHeading = regexp.MustCompile(`^(\d{1,2}(\.\d{1,2})*|[IVX]{1,4}|[a-dđA-D])[.)]\s+[^\d:;|]{3,120}$`)

// outline: t is a report's numbered heading, whose words may name the
// period it covers: "1. Tình hình đăng ký doanh nghiệp tháng 07/2019",
// "2. Sản xuất công nghiệp quý I/2016", "3. Xuất khẩu 9 tháng đầu năm".
func outline(t string) bool {
	if outlineHeading.MatchString(t) {
		return true
	}
	i := strings.IndexAny(t, ".)")
	if i < 0 || !hasDigit(t[i:]) {
		return false
	}
	return outlineHeading.MatchString(t[:i+1] + headingPeriod.ReplaceAllString(t[i+1:], "kỳ"))
}

// headingPeriod is a period a heading names, its figures dropped to test
// the words around them: "tháng 07/2019", "quý I/2016", "9 tháng đầu năm", "năm 2023".
var headingPeriod = regexp.MustCompile(`(?i)(?:tháng|quý|năm)\s+(?:\d{1,2}|[IVX]{1,4})(?:\s*/\s*\d{4})?|\b\d{1,2}\s+tháng|năm\s+\d{4}`)

// outlineRun: line k is one of three or more numbered headings in a row.
func outlineRun(ls []Line, k int) bool {
	a, b := k, k
	for a > 0 && outline(ls[a-1].Text) {
		a--
	}
	for b+1 < len(ls) && outline(ls[b+1].Text) {
		b++
	}
	return b-a >= 2
}

// introduced: a line ending in ":" stands above row k, with only other rows,
// a header or a stray label between.
func introduced(ls []Line, rows []bool, k int) bool {
	for j := k - 1; j >= 0 && j >= k-30; j-- {
		t := ls[j].Text
		switch {
		case strings.HasSuffix(t, ":") && ls[j].Class != Bad, ls[j].Why == "table header":
			return true
		case ls[j].Why == "table row", rows[j], ls[j].Why == "advertisement", ls[j].Why == "menu row" && j == k-1:
			continue
		case len(strings.Fields(t)) <= 6 && ls[j].Class != Good && rows[j+1]:
			continue // a header row above the rows: "STT Địa phương Kim ngạch"
		case rows[j+1] && unitHeader.MatchString(t):
			// "TỈNH/THÀNH PHỐ – QUY MÔ GRDP (Tỷ đồng)": the header that names what
			// the rows hold, body with them
			ls[j].Class, ls[j].Why = Good, "table header"
			return true
		case rows[j+1] && j == k-1 && j > 0 && ls[j-1].Why == "table row" && ls[j].Class != Bad && titleLike(t):
			// the heading of the article's next table, right under the last row
			// of the one before: "… 20) Tiền Giang 100.315" / "20 TỈNH, TP CÓ
			// GRDP BÌNH QUÂN CAO NHẤT CẢ NƯỚC 2021" / "1. Bà Rịa Vũng Tàu …"
			ls[j].Class, ls[j].Why = Good, "table header"
			return true
		default:
			return false
		}
	}
	return false
}

// unitHeader is a table's header that names the unit of its figures in
// brackets at its end: "(Tỷ đồng)", "(triệu USD)", "(%)".
var unitHeader = regexp.MustCompile(`(?i)\((?:đơn vị:\s*)?(?:tỷ|tỉ|triệu|nghìn|ngàn)?\s*(?:đồng|usd|đô la mỹ)\)$|\(%\)$`)

// listItem: a numbered or bulleted line with a figure or a few words: "1.
// Bắc Giang: 19,6%", "- Hòa Bình: 85,6%".
func listItem(t string) bool {
	if len(t) < 3 {
		return false
	}
	rest := t
	switch {
	case t[0] >= '0' && t[0] <= '9':
		i := strings.IndexAny(t, ".)")
		if i < 1 || i > 3 || strings.TrimLeft(t[:i], "0123456789") != "" {
			return false
		}
		rest = t[i+1:]
	case strings.HasPrefix(t, "- "), strings.HasPrefix(t, "• "), strings.HasPrefix(t, "+ "), strings.HasPrefix(t, "* "):
		rest = t[2:]
	default:
		return false
	}
	return hasDigit(rest) || len(strings.Fields(rest)) <= 12
}

// tableRow: a short line that is mostly figures and names, like "2 Bắc Ninh
// 7,42 tỷ USD" or "Tốc độ tăng GRDP | % | 7,88".
func tableRow(t string) bool {
	if len(t) > 200 || !hasDigit(t) || SentenceEnd(t) {
		return false
	}
	fields := strings.Fields(t)
	if len(fields) < 2 || len(fields) > 16 || SentenceEnd(t) {
		return false
	}
	digits := 0
	for _, f := range fields {
		if hasDigit(f) {
			digits++
		}
		if functionWords[f] {
			return false // "IIP tháng 2/2024 giảm 18% so với tháng trước" is a subheading
		}
	}
	if strings.Contains(t, "|") {
		return digits >= 1
	}
	// mostly figures, with a value among them or a row number first: "2 Bắc
	// Ninh 7,42 tỷ USD"; not a headline with a period in it ("Vốn FDI thực
	// hiện 10 tháng năm 2023")
	values := 0
	for _, f := range fields {
		if isValue(f) {
			values++ // "7,42", "8,61%", "1.250,3" — not "2025," before a comma
		}
	}
	// a row number, not the count of a period or an amount: "9 tháng năm
	// 2025, GRDP Nghệ An ước tăng 8,61%" is a headline
	rowNumber := unicode.IsDigit([]rune(fields[0])[0]) && len(fields[0]) <= 3 && !countWords[strings.ToLower(fields[1])]
	return len(fields)-digits <= 2*digits+2 && (values >= 2 || rowNumber && values >= 1)
}

// countWords follow a number that counts something rather than a row.
var countWords = map[string]bool{"tháng": true, "quý": true, "năm": true, "ngày": true, "tuần": true, "tỷ": true, "triệu": true, "nghìn": true, "ngàn": true, "tỉnh": true, "địa": true, "doanh": true, "dự": true}

// smooth gives short and near-good lines the class of the nearest good or
// bad lines on either side (jusText's context pass): between body lines a
// subheading or a one-line sentence is body; between furniture it is
// furniture; on the edge a near-good line goes with the body.
func smooth(ls []Line) {
	// the nearest decided line on each side, found in one pass each way: a
	// paste of 30,000 short undecided lines is read twice, not 30,000 times
	before, after := make([]Class, len(ls)), make([]Class, len(ls))
	last := Bad
	for k, l := range ls {
		before[k] = last
		if l.Class == Good || l.Class == Bad {
			last = l.Class
		}
	}
	last = Bad
	for k := len(ls) - 1; k >= 0; k-- {
		after[k] = last
		if c := ls[k].Class; c == Good || c == Bad {
			last = c
		}
	}
	out := make([]Class, len(ls))
	why := make([]string, len(ls))
	for k, l := range ls {
		out[k], why[k] = l.Class, l.Why
		if l.Class == Good || l.Class == Bad {
			continue
		}
		before, after := before[k], after[k]
		switch {
		case before == Good && after == Good:
			out[k], why[k] = Good, "between body lines"
		case before == Bad && after == Bad:
			out[k], why[k] = Bad, "between furniture"
		case l.Class == NearGood:
			out[k], why[k] = Good, "a sentence next to the body"
		default:
			out[k], why[k] = Bad, "a short line next to furniture"
		}
		if l.Why == "numbered heading" {
			// a heading goes with the text it heads, and stays a heading, never a headline
			out[k], why[k] = after, l.Why
		}
	}
	for k := range ls {
		ls[k].Class, ls[k].Why = out[k], why[k]
	}
}

// region keeps the article to its body: runs of good lines split by more
// than three furniture lines are chunks, and a small chunk at the head or the
// foot (under a quarter of the largest) is furniture that looked like prose —
// a teaser sentence in the header, a reader's comment at the foot. A teaser
// label ends the story it stands after; a comment box's heading past half
// the prose ends it too, and what follows is readers' ("Ý kiến bạn
// đọc (1)" / "Nguyễn Thị Hoa - Văn Lâm" / "Giá thịt lợn ở chợ quê tôi …").
// aboveNav drops what stands above the site's navigation at the head of
// the page when the story comes after it: a ticker of the day's figures
// ("Chỉ số kinh tế: Ngày 19/12/2025, tỷ giá trung tâm … Tháng 11/2025, công
// nghiệp …"), a slogan. The menu and the breadcrumb open the story's part of
// the page.
func aboveNav(ls []Line) {
	nav := -1
	for k := range ls[:len(ls)/2] {
		if navWhy[ls[k].Why] && !shareRow(ls[k].Text) {
			nav = k
		}
	}
	if nav < 0 {
		return
	}
	before, after := 0, 0 // good lines above the navigation and below it
	for k, l := range ls {
		if l.Class == Good {
			if k < nav {
				before++
			} else {
				after++
			}
		}
	}
	if before != 1 || after < 2 {
		return // one line above (a ticker, a slogan), a story below
	}
	for k := range ls[:nav] {
		if ls[k].Class == Good {
			ls[k].Class, ls[k].Why = Bad, "above the site's menu"
		}
	}
}

// shareRow: a row of share buttons ("Facebook | Zalo | Copy link"), which
// stands inside a story, not above it.
func shareRow(t string) bool {
	low := normalize.Lower(t)
	for _, w := range []string{"facebook", "zalo", "copy link", "twitter", "chia sẻ", "in bài"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

var navWhy = map[string]bool{"menu row": true, "breadcrumb": true, "login bar": true}

var captionWhy = map[string]bool{"photo caption": true, "photo credit": true, "image file name": true, "chart caption": true}

func region(ls []Line) {
	type chunk struct{ from, to, size int }
	var cs []chunk
	total := 0
	for _, l := range ls {
		if l.Class == Good {
			total += len(l.Text)
		}
	}
	seen := 0
	for k, l := range ls {
		if l.Why == "comment prompt" && seen > 0 && seen*2 >= total {
			for m := k + 1; m < len(ls); m++ {
				if ls[m].Class == Good {
					ls[m].Class, ls[m].Why = Bad, "reader comment"
				}
			}
			break
		}
		if l.Class == Good {
			seen += len(l.Text)
		}
	}
	gap, prose := 0, 0
	for k, l := range ls {
		if l.Why == "teaser label" && (!inlineLabels[labelKey(l.Text)] || prose*2 >= total) {
			// a teaser label ends the story it stands after; but "Tin liên quan"
			// and its links between the sapo and the body, before half the
			// prose, is a box inside the story
			gap = 99
		}
		if l.Class == Good {
			prose += len(l.Text)
		}
		if l.Class != Good {
			if !captionWhy[l.Why] {
				gap++ // a photo's caption stands inside a story, not between two
			}
			continue
		}
		if len(cs) == 0 || gap > 3 {
			cs = append(cs, chunk{k, k, 0})
		}
		c := &cs[len(cs)-1]
		c.to, c.size, gap = k, c.size+len(l.Text), 0
	}
	if len(cs) < 2 {
		return
	}
	biggest := 0
	for _, c := range cs {
		biggest = max(biggest, c.size)
	}
	drop := func(c chunk) {
		for k := c.from; k <= c.to; k++ {
			if ls[k].Class == Good {
				ls[k].Class, ls[k].Why = Bad, "outside the article"
			}
		}
	}
	for len(cs) > 1 && cs[0].size*4 < biggest {
		drop(cs[0])
		cs = cs[1:]
	}
	for len(cs) > 1 && cs[len(cs)-1].size*4 < biggest {
		drop(cs[len(cs)-1])
		cs = cs[:len(cs)-1]
	}
}

// relatedLink: a line that reads as a story's headline — no sentence end, a
// headline's length, not a list item ("- …", "1. …") or a table row.
func relatedLink(t string) bool {
	if !titleLike(t) || SentenceEnd(t) || strings.ContainsAny(t, "|\t") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) && !listItem(t)
}

// Reprint gives back ls (classified from a repaired copy of the text, see
// normalize.Restorer) with each line's words as printed, so that the body
// keeps the article's own spelling while the readers read the repair:
//
//	classified: "Trong đó, công nghiệp chế biến … tăng 20,24%"
//	reprinted:  "Trong ??ó, công nghiệp chế biến … tăng 20,24%"
//
// A repair changes letters inside words only, so the two texts hold the
// same words in the same order, and Classify's lines are runs of those
// words joined by single spaces. ok is false, and ls comes back unchanged,
// when the word counts differ.
func Reprint(ls []Line, printed string) (out []Line, ok bool) {
	words := strings.Fields(unglue(printed))
	out = make([]Line, len(ls))
	k := 0
	for i, l := range ls {
		n := len(strings.Fields(l.Text))
		if k+n > len(words) {
			return ls, false
		}
		out[i] = l
		out[i].Text = strings.Join(words[k:k+n], " ")
		k += n
	}
	if k != len(words) {
		return ls, false
	}
	return out, true
}
