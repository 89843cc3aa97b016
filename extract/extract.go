package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"chiso/extract/clean"
	"chiso/extract/dedup"
	"chiso/extract/facts"
	"chiso/extract/lexicon"
	"chiso/extract/markup"
	"chiso/extract/meta"
	"chiso/extract/normalize"
	"chiso/extract/period"
	"chiso/extract/place"
)

// MaxBytes is the largest input one article may be: 16 MiB is hundreds of
// times a long article, and keeps a paste of a whole site from eating the
// memory of a browser tab.
const MaxBytes = 16 << 20

// ErrTooLarge is returned for inputs over MaxBytes.
var ErrTooLarge = fmt.Errorf("larger than %d MiB: not one article (split the file)", MaxBytes>>20)

// Input is one article as received.
type Input struct {
	File string // file name, if any, reported back as is
	Data []byte // the bytes: plain text or HTML, UTF-8 or a Vietnamese legacy encoding
	// Explain adds to each fact the words that gave each of its fields (Fact.Why).
	Explain bool
}

// Extract reads one article. It fails only on input that is not text:
// empty, binary, too large, or in an encoding it cannot read.
func Extract(in Input) (Article, error) {
	if len(in.Data) > MaxBytes {
		return Article{}, ErrTooLarge
	}
	text, enc, err := normalize.Decode(in.Data)
	if err != nil {
		return Article{}, err
	}
	a := Article{File: in.File}
	if enc != normalize.UTF8 {
		a.Encoding = string(enc)
	}
	var page markup.Page
	if markup.IsHTML(text) {
		page = markup.Read(text)
		text = normalize.Printed(page.Text)
	}
	// the body and the quotes show the text as printed; the readers read it
	// with the signs they know ("11⁄2013" as "11/2013") and the letters a
	// copy lost to "?" put back ("m??c tăng" as "mức tăng")
	printed := text
	text = normalize.Text(text)
	if strings.Contains(text, "?") {
		text = restorer().Restore(text)
	}
	lines := clean.Classify(text)
	m := meta.Read(lines) // marks the title, dateline, byline and source lines
	doc := clean.Assemble(lines)
	a.Body = doc.Body()
	read := a.Body // what the fact reader reads
	var shown *wordMap
	if printed != text {
		if pl, ok := clean.Reprint(lines, printed); ok {
			if wm, ok := newWordMap(read, clean.Assemble(pl).Body()); ok {
				a.Body, shown = wm.printed, &wm
			}
		}
	}
	if strings.TrimSpace(a.Body) == "" {
		return Article{}, errors.New("no article text: everything in it reads as page furniture")
	}
	if in.Explain {
		a.Lines = lines
	}
	a.Title = nonEmpty(firstOf(meta.CutOutlet(normalize.Text(page.Title)), m.Title))
	a.Author = nonEmpty(firstOf(normalize.Text(page.Author), m.Author))
	a.SourceURL = nonEmpty(firstOf(page.URL, m.SourceURL))
	a.Published = nonEmpty(published(page.Published, m.Dateline))
	date := ""
	if a.Published != nil {
		date = (*a.Published)[:10]
	}
	title := ""
	if a.Title != nil {
		title = *a.Title
	}
	res := facts.Build(facts.Input{Body: read, Title: title, Date: date, Explain: in.Explain, Masthead: masthead(lines), Captions: captions(lines, title)})
	if shown != nil {
		shown.reprint(res.Facts, res.Rankings)
	}
	a.Facts = nonNil(res.Facts)
	a.Rankings = nonNil(res.Rankings)
	seen := map[string]bool{}
	a.Provinces = []string{}
	for _, m := range res.Provinces {
		if !seen[m.Name] {
			seen[m.Name] = true
			a.Provinces = append(a.Provinces, m.Name)
		}
	}
	a.NearDuplicates = []Duplicate{}
	// the id names the article, not its bytes: the same story pasted from a
	// page and saved as a file (other whitespace, other furniture) is one article
	sum := sha256.Sum256([]byte(title + "\n" + a.Body))
	a.ID = hex.EncodeToString(sum[:8])
	return a, nil
}

// Result is the outcome for one input of a run: an article or an error.
type Result struct {
	Input   Input
	Article Article
	Err     error
}

// ExtractAll reads every input and links the near-duplicates among the
// articles it could read. One bad input never stops the others.
func ExtractAll(ins []Input) []Result {
	out := make([]Result, len(ins))
	var sigs []dedup.Signature
	var idx []int
	for k, in := range ins {
		a, err := Extract(in)
		out[k] = Result{Input: in, Article: a, Err: err}
		if err == nil {
			sigs = append(sigs, dedup.Sign(a.Body))
			idx = append(idx, k)
		}
	}
	for _, p := range dedup.Near(sigs) {
		a, b := &out[idx[p.A]].Article, &out[idx[p.B]].Article
		if a.ID == b.ID {
			continue // the same text twice
		}
		sim := math.Round(p.Similarity*1000) / 1000
		a.NearDuplicates = append(a.NearDuplicates, Duplicate{b.ID, sim})
		b.NearDuplicates = append(b.NearDuplicates, Duplicate{a.ID, sim})
	}
	return out
}

// restorer puts back letters a copy lost to "?" ("so v???i c??ng kỳ"), from
// the lexicon's phrases and the words around figures that no cue holds. It
// is built the first time a text holds a "?", not at start-up.
var restorer = sync.OnceValue(newRestorer)

func newRestorer() *normalize.Restorer {
	return normalize.NewRestorer(append(lexicon.Phrases(),
		"so với cùng kỳ năm", "so với cùng kỳ năm trước", "so với tháng trước", "so với cùng kỳ", "nhà đầu tư nước ngoài", "đầu tư",
		"được", "được cấp", "dự án", "vốn", "tổng vốn", "của", "và", "với", "trong", "đó", "trong đó", "tháng", "năm", "quý", "đầu năm",
		"tính đến", "ước", "ước đạt", "ước tính", "khoảng", "đạt", "tăng", "giảm", "tỷ", "triệu", "nghìn", "đồng", "điều chỉnh", "góp vốn",
		"mua cổ phần", "giải ngân", "thực hiện", "cấp mới", "giấy chứng nhận", "đăng ký", "so", "cùng", "kỳ", "trước", "sau", "địa phương",
		"tỉnh", "thành phố", "cả nước", "người", "đạt được", "lần", "chiếm", "tỷ trọng", "xuất khẩu", "nhập khẩu", "hàng hóa", "dịch vụ"))
}

// nationalCredit is a line crediting a national outlet or agency with the
// story: "Nguồn:https://www.vietnamplus.vn", "Theo TTXVN", "Nguồn: Báo Chính phủ".
var nationalCredit = regexp.MustCompile(`(?i)^\s*(nguồn|theo)\s*:?\s*(https?://)?(www\.)?(vietnamplus|ttxvn|thông tấn xã việt nam|baochinhphu|báo chính phủ|chinhphu\.vn|cổng thông tin điện tử chính phủ|vnexpress|tuoitre|tuổi trẻ|thanhnien|thanh niên|dantri|dân trí|vietnamnet|vneconomy|nhandan|nhân dân|gso\.gov|nso\.gov|tổng cục thống kê|cục thống kê quốc gia)\b[^\n]{0,60}$`)

// captions are the photo captions among the furniture, one per line.
func captions(lines []clean.Line, title string) string {
	var b strings.Builder
	for _, l := range lines {
		if l.Class == clean.Bad && (l.Why == "photo caption" || l.Why == "repeated in the paste" && twin(l.Text, title)) {
			// (and the headline printed again under a photo, fuller: "Bắc Ninh dẫn
			// đầu về thu hút đầu tư FDI 2 tháng đầu năm 2019" under "… 2 tháng đầu năm")
			b.WriteString(l.Text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// twin: line t repeats most of the words of the headline.
func twin(t, title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	if len(ws) < 4 {
		return false
	}
	low := strings.ToLower(t)
	n := 0
	for _, w := range ws {
		if strings.Contains(low, w) {
			n++
		}
	}
	return n*5 >= len(ws)*4
}

// masthead is the site's name as the furniture at the top of a paste prints
// it ("BÁO HÀ GIANG", "Báo Bắc Giang điện tử", "BHG - "), or "".
//
// A provincial portal reposting a national agency's story ("Nguồn:
// https://www.vietnamplus.vn" under "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH
// HƯNG YÊN") has no masthead for the facts: "chỉ số sản xuất của toàn ngành
// công nghiệp 4 tháng năm 2024 tăng 6%" there is the country's.
func masthead(lines []clean.Line) string {
	for _, l := range lines {
		if nationalCredit.MatchString(l.Text) {
			return ""
		}
	}
	// (a logo's address glued to the name, "Sở Công thương tỉnh Tây
	// Ninhhttps://…/logoportal.png", is no part of it)
	top := gluedURL.ReplaceAllString(siteName(lines), " ")
	if len(place.Default.FindAll(top, "")) > 0 {
		return top
	}
	for _, l := range lines {
		// a repost credited to a province's portal or paper: "Theo
		// thuathienhue.gov.vn" under a Huế magazine's story of "sở Công Thương"
		if m := creditDomain.FindStringSubmatch(l.Text); m != nil && l.Class == clean.Bad {
			if p, ok := place.Default.Domain(m[1]); ok {
				return p
			}
		}
	}
	return top
}

// siteName is the furniture at the top of the page that names the site or
// the office that publishes it, or "".
func siteName(lines []clean.Line) string {
	site := ""
	for k, l := range lines {
		if k >= 8 || l.Class == clean.Good || l.Role == "title" {
			break
		}
		if l.Why == "site tagline" && site != "" {
			// the name and whose organ it is: "TẠP CHÍ SÔNG HƯƠNG" over "Cơ quan
			// của Hội Liên hiệp Văn học nghệ thuật Thừa Thiên Huế"
			return site + "\n" + l.Text
		}
		if site != "" {
			return site
		}
		// a site's name, or a province's office in capitals over the
		// headline: "TRUNG TÂM XÚC TIẾN ĐẦU TƯ TỈNH KON TUM" (a broadcaster
		// named for its province, "ĐÀI … NINH BÌNH", reports on the country too)
		if l.Why == "site name" {
			site = l.Text
			continue
		}
		if l.Role == "" && l.Class == clean.Bad && capitals(l.Text) && (strings.Contains(l.Text, " TỈNH ") || strings.Contains(l.Text, " THÀNH PHỐ ")) {
			return l.Text
		}
		if l.Role == "" && l.Class == clean.Bad && len(l.Text) < 200 && provincialOffice.MatchString(l.Text) {
			// "Page 9 - Niên giám Cục Thống kê tỉnh Hà Nam năm 2018": a province's
			// own office publishes the page
			return l.Text
		}
	}
	return site
}

// gluedURL is a web address, glued to the word before it or not.
var gluedURL = regexp.MustCompile(`https?://\S*`)

// creditDomain is a credit line naming a site by its address: "Theo
// thuathienhue.gov.vn", "Nguồn: https://baobacninh.vn/…"; the group is the
// host.
var creditDomain = regexp.MustCompile(`(?i)^\s*(?:nguồn|theo)\s*:?\s*(?:https?://)?(?:www\.)?([a-z0-9.-]+\.vn)\b[^\s]*\s*$`)

// provincialOffice names a province's office or its yearbook: "Cục Thống kê
// tỉnh Hà Nam", "Niên giám thống kê tỉnh …", "Sở Công Thương tỉnh …", "UBND
// thành phố …".
var provincialOffice = regexp.MustCompile(`(?i)(cục thống kê|chi cục thống kê|niên giám|sở [\p{L}]+(?: [\p{L}]+){0,3}|ubnd|ủy ban nhân dân|uỷ ban nhân dân) (tỉnh|thành phố) \p{Lu}|(?i)ban quản lý các khu (công nghiệp|kinh tế)( tỉnh| thành phố)? \p{Lu}`)

// capitals: t has letters and none of them lower case.
func capitals(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 4
}

// clockTime is the hour a dateline gives: "lúc 19:38", "lúc 8:00 AM".
var clockTime = regexp.MustCompile(`\b(\d{1,2}):(\d{2})(?:\s*(AM|PM|am|pm))?\b`)

// published turns what the page says into ISO 8601: a full timestamp when
// the time is known (Vietnam's offset, +07:00, when none is given), else a date.
func published(pageDate, dateline string) string {
	if len(pageDate) >= 10 && pageDate[4] == '-' && pageDate[7] == '-' {
		return pageDate
	}
	if meta.IsISODate(dateline) {
		return dateline // as the page's metadata gives it, offset and all
	}
	if d, mo, y, ok := meta.SpelledDate(dateline); ok && d >= 1 && d <= 31 && mo >= 1 && mo <= 12 {
		date := fmt.Sprintf("%s-%02d-%02d", y, mo, d)
		if t := clockTime.FindStringSubmatch(dateline); t != nil {
			h, _ := strconv.Atoi(t[1])
			if t[3] != "" && strings.EqualFold(t[3], "PM") && h < 12 {
				h += 12 // "lúc 8:00 PM"
			}
			if h < 24 {
				return fmt.Sprintf("%sT%02d:%s:00+07:00", date, h, t[2]) // "3 Tháng 3, 2020 lúc 19:38"
			}
		}
		return date
	}
	if d, mo, y, ok := meta.EnglishDate(dateline); ok && !strings.ContainsAny(dateline, "/") {
		return fmt.Sprintf("%d-%02d-%02d", y, mo, d) // "July 04, 2025", an English-language page's
	}
	// a page that spaces its date's separators: "Đăng ngày 22 - 03 - 2016"
	dateline = spacedDate.ReplaceAllString(dateline, "$1/$2/$3")
	for _, s := range []string{pageDate, dateline} {
		for _, m := range period.FindAll(s, 0) {
			if m.Kind != period.Date {
				continue
			}
			if len(m.Date) > 10 {
				return m.Date + ":00+07:00"
			}
			if t := clockTime.FindAllStringSubmatch(s, -1); len(t) == 1 && s == dateline {
				// the hour before the day: "21:17, 31/08/2021", "16:18 - 29/08/2023", "09:32 PM 15/06/2018"
				h, _ := strconv.Atoi(t[0][1])
				if strings.EqualFold(t[0][3], "PM") && h < 12 {
					h += 12
				}
				if h < 24 {
					return fmt.Sprintf("%sT%02d:%s:00+07:00", m.Date, h, t[0][2])
				}
			}
			return m.Date
		}
	}
	// an English-language CMS prints month first: "7/30/2021" (a day of 30 is
	// no month, so the order is not in doubt)
	if m := usDate.FindStringSubmatch(dateline); m != nil {
		mo, _ := strconv.Atoi(m[1])
		d, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 && d > 12 && d <= 31 {
			return fmt.Sprintf("%s-%02d-%02d", m[3], mo, d)
		}
	}
	return ""
}

// spacedDate is a day, month and year with spaced separators, "22 - 03 - 2016".
var spacedDate = regexp.MustCompile(`\b(\d{1,2}) [-/.] (\d{1,2}) [-/.] (\d{4})\b`)

// usDate is a date printed month first, "7/30/2021".
var usDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
