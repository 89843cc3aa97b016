package clean

import (
	"slices"
	"strings"
	"testing"
)

// page is a made-up article with the furniture copied pages carry.
const page = `Kinh tế

Xuất khẩu của Bắc Ninh tăng mạnh trong quý III

Thứ Hai, 07/10/2024 - 08:15
2.314 Lượt xem
Kim ngạch xuất khẩu của tỉnh quý III ước đạt 12,5 tỷ USD, tăng 15% so với cùng kỳ.
Rau quả đóng gói tại một kho lạnh ở Tiền Giang - Ảnh 1.
Hình ảnh: Giá lúa gạo xuất khẩu tháng 5 tăng 2,4% so với tháng trước số 2

Ảnh minh họa: Sản xuất linh kiện điện tử.

Ảnh minh họa: Sản xuất linh kiện điện tử.

Trong đó, khu vực có vốn đầu tư nước ngoài chiếm 96%. Các doanh nghiệp trong nước cũng phục hồi nhờ đơn hàng mới từ thị trường Hoa Kỳ và châu Âu, theo Sở Công Thương.

Xem thêm: Bắc Giang thu hút 1 tỷ USD vốn FDI

Sở Công Thương dự báo quý IV tiếp tục tăng trưởng khá nhờ mùa mua sắm cuối năm.
Xem báo cáo đầy đủ tại: https://tk.example.vn/bc-9.pdf

Minh Anh
Theo dõi chúng tôi trên Google News

Tin liên quan

Hà Nội: giá trị sản xuất công nghiệp tăng 8%

Đà Nẵng đón 1 triệu lượt khách quốc tế

SLOT88 GACOR77 MAXWIN138 https://a.example/ https://b.example/ https://c.example/
Hotline: 0912 345 678
• Zalo
• Back to top`

func TestSplit(t *testing.T) {
	body := Split(page).Body()
	for _, with := range []string{
		"Kim ngạch xuất khẩu của tỉnh quý III ước đạt 12,5 tỷ USD",
		"Trong đó, khu vực có vốn đầu tư nước ngoài chiếm 96%.",
		"Sở Công Thương dự báo quý IV tiếp tục tăng trưởng khá",
	} {
		if !strings.Contains(body, with) {
			t.Errorf("lost %q", with)
		}
	}
	// the metadata stage takes the title, dateline and byline; Split alone
	// leaves them out of the body only when they read as furniture
	for _, without := range []string{"Lượt xem", "Xem thêm", "Tin liên quan", "Hà Nội: giá trị", "Đà Nẵng đón",
		"SLOT88", "Hotline", "Zalo", "Back to top", "Ảnh minh họa"} {
		if strings.Contains(body, without) {
			t.Errorf("kept %q", without)
		}
	}
}

// expectClasses classifies page and checks the class and reason of each
// line in want ("bad: view counter").
func expectClasses(t *testing.T, page string, want map[string]string) {
	t.Helper()
	why := map[string]string{}
	for _, l := range Classify(page) {
		why[l.Text] = l.Class.String() + ": " + l.Why
	}
	for line, w := range want {
		if why[line] != w {
			t.Errorf("%q: got %q; want %q", line, why[line], w)
		}
	}
}

// Each line gets a class and the reason a user sees in --explain.
func TestClassify(t *testing.T) {
	expectClasses(t, page, map[string]string{
		"2.314 Lượt xem": "bad: view counter",
		"Kim ngạch xuất khẩu của tỉnh quý III ước đạt 12,5 tỷ USD, tăng 15% so với cùng kỳ.": "good: prose",
		"Ảnh minh họa: Sản xuất linh kiện điện tử.":                                          "bad: photo credit",
		"Tin liên quan": "bad: teaser label",
		"Đà Nẵng đón 1 triệu lượt khách quốc tế":                                    "bad: teaser",
		"Hotline: 0912 345 678":                                                     "bad: labelled footer",
		"Theo dõi chúng tôi trên Google News":                                       "bad: follow prompt",
		"Xem báo cáo đầy đủ tại: https://tk.example.vn/bc-9.pdf":                    "bad: link out",
		"Rau quả đóng gói tại một kho lạnh ở Tiền Giang - Ảnh 1.":                   "bad: photo caption",
		"Hình ảnh: Giá lúa gạo xuất khẩu tháng 5 tăng 2,4% so với tháng trước số 2": "bad: photo caption",
	})
}

// Minimal pairs: the same line among body lines and among furniture.
func TestContext(t *testing.T) {
	body := strings.Repeat("Đoạn thân bài với nhiều thông tin về sản xuất công nghiệp và thương mại của địa phương trong quý. ", 2)
	sub := "Xuất khẩu tăng mạnh"
	in := Classify(body + "\n" + sub + "\n" + body)
	if in[1].Class != Good {
		t.Errorf("a subheading between body lines: %v (%s)", in[1].Class, in[1].Why)
	}
	out := Classify("Trang chủ | Tin tức | Video\n" + sub + "\nĐăng nhập | Đăng ký | Tìm kiếm\n" + body)
	if out[1].Class != Bad {
		t.Errorf("the same line between furniture: %v (%s)", out[1].Class, out[1].Why)
	}
	// a flattened table the article introduces is body; the same rows alone are not
	table := "Năm địa phương có kim ngạch xuất khẩu lớn nhất như sau:\nSTT Địa phương Kim ngạch\n1 TP.HCM 8,95 tỷ USD\n2 Bắc Ninh 7,42 tỷ USD\n"
	rows := Classify(body + "\n" + table + body)
	if rows[3].Class != Good || rows[4].Class != Good {
		t.Errorf("introduced table rows: %+v", rows[3:5])
	}
	ticker := Classify("VN-Index 1.250,3 +0,8%\nHNX-Index 230,1 -0,2%\n" + body)
	if ticker[0].Class != Bad {
		t.Errorf("a ticker no sentence introduces: %+v", ticker[0])
	}
}

func TestNoHeader(t *testing.T) {
	// a paste from the middle of an article: nothing dropped
	text := "Trong đó, ngành khai khoáng giảm 3,5%.\n\nNgành chế biến, chế tạo tăng 5,9%."
	d := Split(text)
	if len(d.Paragraphs) != 2 || len(d.Dropped) != 0 {
		t.Fatalf("got %+v", d)
	}
}

// A label early in the page drops only the link titles after it.
func TestEarlyTeaser(t *testing.T) {
	text := "Đoạn mở đầu của bài viết với số liệu tăng 5% so với cùng kỳ năm trước, theo cơ quan thống kê của tỉnh.\n\nTin liên quan\n\nMột bài khác về xuất khẩu gạo\n\n" +
		strings.Repeat("Đoạn thân bài dài với nhiều thông tin về sản xuất công nghiệp và thương mại của địa phương. ", 6)
	d := Split(text)
	if strings.Contains(d.Body(), "Một bài khác") || !strings.Contains(d.Body(), "Đoạn thân bài dài") {
		t.Fatalf("body = %q", d.Body())
	}
}

// Furniture that only its shape gives away, on a page of its own.
func TestShapes(t *testing.T) {
	body := "Kim ngạch xuất khẩu của tỉnh 10 tháng ước đạt 4,2 tỷ USD, tăng 12% so với cùng kỳ năm trước, theo Sở Công Thương.\n"
	page := "Cơ quan của Đảng ủy, Bộ Tư lệnh Thủ đô Hà Nội\nThời sự  Quân sự - Quốc phòng  Kinh tế  Luận bàn\nTin tức > Tổng hợp tin kinh tế tài chính tuần\nKINH TẾ & ĐỜI SỐNG\nTHÁI NGUYÊN TV\nTin tức  Thời sự  Kinh tế  Xã hội  Video\nTrang chủ Kinh tế Sản phẩm dịch vụ\n9 tháng năm 2025, GRDP Nghệ An ước tăng 8,61%\n" + body +
		"h7.jpg\nHoạt động xuất nhập khẩu qua cửa khẩu Kim Thành.\n" + body +
		"Toàn cảnh kinh tế 11 tháng năm 2021 Toàn cảnh kinh tế 11 tháng năm 2021\n" +
		"Các tin khác\nVĩnh Phúc đẩy nhanh giải ngân vốn đầu tư công (03/11/2021)\n" +
		"Chi so san xuat cong nghiep tang 7% - Anh 1\n" +
		"Vốn FDI vào tỉnh trong các năm từ 2020 - 2024. (Nguồn: AM tổng hợp từ Bộ Kế hoạch và Đầu tư).\n" +
		"Việc sáp nhập tỉnh Long An và tỉnh Tây Ninh thành một đơn vị hành chính mới không chỉ là một sự thay đổi về địa giới hành chính mà còn mở ra một chương mới đầy tiềm năng cho cả vùng - Ảnh: TL\n" +
		"Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *\n" +
		"Ảnh tư liệu, chụp ngày 03/05/2020: Bốc dỡ hàng tại cảng Sài Gòn, Việt Nam. AP - Hau Dinh\n" + body +
		"Biểu 1: Chỉ số sản xuất công nghiệp tháng 9/2023 so tháng trước và tháng cùng kỳ (%)\n" + body +
		"Thanh Phương 12 phút\n" + body
	expectClasses(t, page, map[string]string{
		"Ảnh tư liệu, chụp ngày 03/05/2020: Bốc dỡ hàng tại cảng Sài Gòn, Việt Nam. AP - Hau Dinh": "bad: photo caption",
		"Biểu 1: Chỉ số sản xuất công nghiệp tháng 9/2023 so tháng trước và tháng cùng kỳ (%)":     "bad: chart caption",
		"Thanh Phương 12 phút": "bad: reading time",
		"KINH TẾ & ĐỜI SỐNG":   "bad: site name",
		"Cơ quan của Đảng ủy, Bộ Tư lệnh Thủ đô Hà Nội": "bad: site tagline",
		"Thời sự Quân sự - Quốc phòng Kinh tế Luận bàn": "bad: menu row",
		"Tin tức > Tổng hợp tin kinh tế tài chính tuần": "bad: breadcrumb",
		"THÁI NGUYÊN TV": "bad: site name",
		"Tin tức Thời sự Kinh tế Xã hội Video":                                                          "bad: menu row",                       // items set apart by two spaces
		"9 tháng năm 2025, GRDP Nghệ An ước tăng 8,61%":                                                 "bad: a short line next to furniture", // a headline (the title), not a table row
		"Trang chủ Kinh tế Sản phẩm dịch vụ":                                                            "bad: breadcrumb",
		"Hoạt động xuất nhập khẩu qua cửa khẩu Kim Thành.":                                              "bad: photo caption",
		"Toàn cảnh kinh tế 11 tháng năm 2021 Toàn cảnh kinh tế 11 tháng năm 2021":                       "bad: teaser printed twice",
		"Vĩnh Phúc đẩy nhanh giải ngân vốn đầu tư công (03/11/2021)":                                    "bad: teaser",
		"Vốn FDI vào tỉnh trong các năm từ 2020 - 2024. (Nguồn: AM tổng hợp từ Bộ Kế hoạch và Đầu tư).": "bad: chart caption",
		"Việc sáp nhập tỉnh Long An và tỉnh Tây Ninh thành một đơn vị hành chính mới không chỉ là một sự thay đổi về địa giới hành chính mà còn mở ra một chương mới đầy tiềm năng cho cả vùng - Ảnh: TL": "bad: photo caption",
		"Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *":                                                                                                             "bad: comment prompt",
		"Chi so san xuat cong nghiep tang 7% - Anh 1": "bad: photo caption",
	})
}

// One line of prose above the site's menu, a story below it: a ticker of the
// day's figures, not the story's lead. A row of share buttons is no menu.
func TestAboveNav(t *testing.T) {
	body := "Sáng 25/3, Phó Thủ tướng chủ trì cuộc họp về giải ngân vốn đầu tư công của các bộ, cơ quan trung ương và địa phương.\n" +
		"Năm 2025, các địa phương thuộc Tổ công tác được giao tổng số vốn lớn, tỷ lệ giải ngân đến nay mới đạt một phần ba kế hoạch.\n"
	page := "THỜI BÁO MẪU\nChỉ số kinh tế:\nNgày 19/12/2025, tỷ giá trung tâm ở mức 25.148 đồng/USD; tháng 11/2025, công nghiệp tiếp tục tăng 2,3% so với tháng trước và xuất khẩu đạt 39 tỷ USD.\n" +
		"Trang chủ | Tin tức | Ngân hàng | Doanh nghiệp\nTin tức › Thời sự\nKiểm tra, đôn đốc giải ngân vốn đầu tư công tại 13 địa phương\n" + body
	expectClasses(t, page, map[string]string{
		"Ngày 19/12/2025, tỷ giá trung tâm ở mức 25.148 đồng/USD; tháng 11/2025, công nghiệp tiếp tục tăng 2,3% so với tháng trước và xuất khẩu đạt 39 tỷ USD.": "bad: above the site's menu",
	})
	shared := "Chỉ số giá tiêu dùng tháng 1 của thành phố tăng 0,25% so với tháng trước, theo Cục Thống kê thành phố.\nFacebook | Zalo | Copy link\n" + body
	expectClasses(t, shared, map[string]string{
		"Chỉ số giá tiêu dùng tháng 1 của thành phố tăng 0,25% so với tháng trước, theo Cục Thống kê thành phố.": "good: prose",
	})
}

// What a page says to its reader, not the story: a flipbook's and a player's
// notices, a rating widget, a photo credit with its source.
func TestPageNotices(t *testing.T) {
	body := "Chỉ số sản xuất công nghiệp tháng 10 của tỉnh ước tăng 8,2% so với cùng kỳ năm trước, theo Cục Thống kê tỉnh.\n"
	page := body + "Cuộn xuống để xem toàn bộ ấn phẩm\nẤn phẩm được thực hiện bằng hình ảnh; vui lòng bật JavaScript để hiển thị.\n0:00 / 0:00\nẢnh minh họa (Internet)\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\n" + body
	expectClasses(t, page, map[string]string{
		"Cuộn xuống để xem toàn bộ ấn phẩm":                                          "bad: page notice",
		"Ấn phẩm được thực hiện bằng hình ảnh; vui lòng bật JavaScript để hiển thị.": "bad: page notice",
		"0:00 / 0:00":             "bad: page notice",
		"Ảnh minh họa (Internet)": "bad: photo credit",
		"Tổng số điểm của bài viết là: 0 trong 0 đánh giá": "bad: page notice",
	})
	// a copy's leftovers around a photo, and a follow bar that starts on its icon
	photo := body + "![]() |\nẢnh minh họa - Nguồn: Internet |\n" + body + "Google News | Theo dõi Báo Nhà báo & Công luận\n"
	expectClasses(t, photo, map[string]string{
		"![]() |":                          "bad: image",
		"Ảnh minh họa - Nguồn: Internet |": "bad: photo credit",
		"Google News | Theo dõi Báo Nhà báo & Công luận": "bad: follow prompt",
	})
	prompt := body + body + "NGỌC ANH\n* Mời bạn đọc vào chuyên mục Kinh tế xem các tin, bài liên quan.\n"
	expectClasses(t, prompt, map[string]string{
		"* Mời bạn đọc vào chuyên mục Kinh tế xem các tin, bài liên quan.": "bad: reader prompt",
	})
	ticker := "Tin nóng: Hà Tĩnh đón hơn 5,4 triệu lượt khách du lịch trong 9 tháng | Giá lúa tăng nhẹ cuối vụ\n" + body + body
	expectClasses(t, ticker, map[string]string{
		"Tin nóng: Hà Tĩnh đón hơn 5,4 triệu lượt khách du lịch trong 9 tháng | Giá lúa tăng nhẹ cuối vụ": "bad: ticker",
	})
}

// Three headlines in a row between the story's paragraphs, figures and all,
// are links to other stories.
func TestRelatedLinksInBody(t *testing.T) {
	body := "Tháng 9/2025, chỉ số giá tiêu dùng của thành phố tăng 0,3% so với tháng trước, theo Chi cục Thống kê.\n"
	page := body + "CPI thành phố tháng 11 tăng so với cùng kỳ\nTháng 1/2025, chỉ số giá tiêu dùng tăng 3,09% so với cùng kỳ 2024\nQuý I/2025: Chỉ số giá tiêu dùng tăng 3,22% so với cùng kỳ năm 2024\n" + body
	expectClasses(t, page, map[string]string{
		"Tháng 1/2025, chỉ số giá tiêu dùng tăng 3,09% so với cùng kỳ 2024":   "bad: run of headlines",
		"Quý I/2025: Chỉ số giá tiêu dùng tăng 3,22% so với cùng kỳ năm 2024": "bad: run of headlines",
	})
}

// The foot of a story, as sites lay it out: a comment box past the story's
// prose holds readers' words, whatever they look like; a link's headline
// carries the linked story's lead under it; "Tin mới hơn:" heads links, not
// a list the story introduces.
func TestFootOfStory(t *testing.T) {
	story := "Theo Cục Thống kê, tháng 4 chỉ số giá tiêu dùng của tỉnh tăng 0,13% so với tháng trước, chủ yếu do giá thực phẩm.\n" +
		"So với cùng kỳ năm trước, chỉ số giá tiêu dùng tháng này của tỉnh tăng 3,61%, thấp hơn mức tăng của tháng trước.\n" +
		"Tính bình quân 4 tháng đầu năm nay, chỉ số giá tiêu dùng toàn tỉnh tăng 4,66% so với cùng kỳ năm trước.\n"
	expectClasses(t, story+"Minh Huấn\nÝ kiến bạn đọc (1)\nNguyễn Thị Hoa - Văn Lâm\nGiá thịt lợn ở chợ quê tôi tháng này lại nhích lên, mong tỉnh kiểm tra giá dịp hè.\nGửi ý kiến của bạn\n",
		map[string]string{
			"Giá thịt lợn ở chợ quê tôi tháng này lại nhích lên, mong tỉnh kiểm tra giá dịp hè.": "bad: reader comment",
		})
	expectClasses(t, story+"Tin liên quan\nTháng 3, CPI tăng 0,54%\n(eFinance Online) - CPI tháng 3 tăng 0,54% so với tháng trước và tăng 2,28% so với cùng kỳ năm trước, theo số liệu vừa công bố.\nBình luận\nBạn đọc gửi bình luận về bài viết (vui lòng gõ tiếng Việt có dấu)\n",
		map[string]string{
			"(eFinance Online) - CPI tháng 3 tăng 0,54% so với tháng trước và tăng 2,28% so với cùng kỳ năm trước, theo số liệu vừa công bố.": "bad: teaser",
			"Bạn đọc gửi bình luận về bài viết (vui lòng gõ tiếng Việt có dấu)":                                                               "bad: comment prompt",
		})
	expectClasses(t, story+"Tin mới hơn:\n- Giá vàng giảm 300.000 đồng/lượng sau hai phiên\n- Xuất khẩu gạo 6 tháng đạt 3,6 triệu tấn\n",
		map[string]string{"- Xuất khẩu gạo 6 tháng đạt 3,6 triệu tấn": "bad: teaser"})
	// a forum's reply header and a blog's "2 nhận xét:" start the readers' part;
	// a report's numbered heading goes with the text it heads
	expectClasses(t, story+"05-01-2015, 09:31 AM #2\ncophieu_xanh\nXăng giảm giá liên tục thì CPI thấp là đương nhiên, chưa hẳn đã là giảm phát đâu các bác.\n",
		map[string]string{"Xăng giảm giá liên tục thì CPI thấp là đương nhiên, chưa hẳn đã là giảm phát đâu các bác.": "bad: reader comment"})
	expectClasses(t, story+"2 nhận xét:\nẨn danh 11 tháng 7, 2025 lúc 09:14\nNhà máy 1 tỉ lít mỗi năm thì nước ngọt có giảm giá không các bác, hay vẫn giữ giá như cũ?\n",
		map[string]string{"Nhà máy 1 tỉ lít mỗi năm thì nước ngọt có giảm giá không các bác, hay vẫn giữ giá như cũ?": "bad: reader comment"})
	expectClasses(t, "Ngày cập nhật: 29/05/2017\n1. Sản xuất nông nghiệp\n"+story, map[string]string{"1. Sản xuất nông nghiệp": "good: numbered heading"})
	// a table of contents (numbered headings three in a row) is the page's; a
	// login bar with "Mở tài khoản", a follow button's tally, "Bài viết cùng tác giả"
	expectClasses(t, "1. Tổng quan\n2. Trước sáp nhập\n3. Điểm nhấn sau sáp nhập\n"+story+"Bài viết cùng tác giả\nXuất khẩu nông sản tăng mạnh trong quý III\n",
		map[string]string{"2. Trước sáp nhập": "bad: table", "Xuất khẩu nông sản tăng mạnh trong quý III": "bad: teaser"})
	expectClasses(t, "Đăng nhập | Mở tài khoản\nTheo dõi | 1.248 người theo dõi\n"+story,
		map[string]string{"Đăng nhập | Mở tài khoản": "bad: login bar", "Theo dõi | 1.248 người theo dõi": "bad: follow prompt"})
	// a forum thread: its section label, its reply numbers, its reply prompt; a
	// headline may open on "Nóng:" (a ticker sets its items apart by "|")
	expectClasses(t, "Nóng: GDP Việt Nam tăng trưởng cao nhất 14 năm qua\nThảo luận trong 'Thời sự - Kinh tế'\n#1\n"+story+"#2\nquý 3 mà giữ được trên 8% thì cả năm chắc về đích 8% các bác nhỉ\nBạn phải đăng nhập hoặc đăng ký để trả lời bài viết.\n",
		map[string]string{
			"Thảo luận trong 'Thời sự - Kinh tế'":                              "bad: forum label",
			"quý 3 mà giữ được trên 8% thì cả năm chắc về đích 8% các bác nhỉ": "bad: reader comment",
		})
	// a comment tally in brackets; a caption that runs long
	expectClasses(t, "(0) bình luận\n"+story+"Ảnh: Lãnh đạo tỉnh làm việc với các sở, ngành về tình hình giá cả thị trường và công tác bình ổn giá dịp cuối năm tại trụ sở Ủy ban nhân dân tỉnh (Nguồn: Báo Mẫu)\n"+story,
		map[string]string{
			"(0) bình luận": "bad: view counter",
			"Ảnh: Lãnh đạo tỉnh làm việc với các sở, ngành về tình hình giá cả thị trường và công tác bình ổn giá dịp cuối năm tại trụ sở Ủy ban nhân dân tỉnh (Nguồn: Báo Mẫu)": "bad: photo credit",
		})
	// "Tin liên quan" and its links between the sapo and the story is a box inside it
	sapo := "6 tháng đầu năm 2023, GRDP của Bạc Liêu ước tăng 6,93% so với cùng kỳ, xếp thứ 3/13 tỉnh, thành khu vực Đồng bằng sông Cửu Long.\n"
	expectClasses(t, sapo+"Tin liên quan\nSóc Trăng: Kim ngạch xuất khẩu 6 tháng ước đạt 520 triệu USD\nHậu Giang dẫn đầu cả nước về tăng trưởng GRDP nửa đầu năm\n"+story+story,
		map[string]string{strings.TrimSuffix(sapo, "\n"): "good: prose"})
	// a comment box's heading at the top of the story, by the share bar, ends nothing
	expectClasses(t, "Bình luận (0)\n"+story, map[string]string{
		"Tính bình quân 4 tháng đầu năm nay, chỉ số giá tiêu dùng toàn tỉnh tăng 4,66% so với cùng kỳ năm trước.": "good: prose",
	})
}

// A box of stories on the same running event, under "Sự kiện", is teasers,
// even where its headlines carry figures.
func TestEventBox(t *testing.T) {
	page := "Sản xuất công nghiệp Đà Nẵng tăng trở lại\n" +
		"Tháng 5, chỉ số sản xuất công nghiệp (IIP) của Đà Nẵng tăng 2,4% so với tháng 4 và tăng 6,1% so với cùng kỳ năm trước. Tính chung 5 tháng, IIP tăng 3,9%.\n" +
		"Sự kiện\n" +
		"Đà Nẵng: Thu hút FDI 5 tháng đạt gần 120 triệu USD\n" +
		"Xuất khẩu của thành phố tháng 5 giảm nhẹ so với tháng trước\n" +
		"Xem thêm\n"
	expectClasses(t, page, map[string]string{
		"Sự kiện": "bad: teaser label",
		"Đà Nẵng: Thu hút FDI 5 tháng đạt gần 120 triệu USD":          "bad: teaser",
		"Xuất khẩu của thành phố tháng 5 giảm nhẹ so với tháng trước": "bad: teaser",
	})
}

// The story's own buttons are furniture, whatever their order.
func TestArticleTools(t *testing.T) {
	page := "Trang chủ > Tin tức - Sự kiện > Kinh tế\n07/07/2022\nTăng cỡ chữ Giảm cỡ chữ\n" +
		"Chỉ số giá tiêu dùng trên địa bàn tỉnh tháng 6 tăng ở mức thấp\n" +
		"Chỉ số giá tiêu dùng trên địa bàn tỉnh tháng 6/2022 tăng 0,35% so với tháng trước và tăng 2,9% so với cùng kỳ năm trước.\n" +
		"Cỡ chữ: A- A+ | In bài\n"
	expectClasses(t, page, map[string]string{
		"Tăng cỡ chữ Giảm cỡ chữ": "bad: article tools",
		"Cỡ chữ: A- A+ | In bài":  "bad: article tools",
	})
}

// TestUnitHeader: a table whose header names its unit in brackets, with no
// prose around it, is the article (the rows and the header), and a brand
// with its tagline is the site's name.
func TestUnitHeader(t *testing.T) {
	page := "HomeHere - Kênh thông tin nhà đất, dự án và thị trường\nTrang chủ | Mua bán | Cho thuê | Tin tức\n" +
		"TOP 3 TỈNH CÓ QUY MÔ KINH TẾ LỚN NHẤT 2021\nTỈNH/THÀNH PHỐ – QUY MÔ GRDP (Tỷ đồng)\n" +
		"1) TP. Hồ Chí Minh 1.298.791\n2) Hà Nội 1.067.593\n3) Bình Dương 408.861\nBài viết liên quan\n- Giá đất nền tăng 18%"
	expectClasses(t, page, map[string]string{
		"HomeHere - Kênh thông tin nhà đất, dự án và thị trường": "bad: site name",
		"TỈNH/THÀNH PHỐ – QUY MÔ GRDP (Tỷ đồng)":                 "good: table header",
		"2) Hà Nội 1.067.593": "good: table row",
	})
}

// TestLongMenuItems: a menu whose items run to five words ("Công bố và cập
// nhật", "Tin tức - Sự kiện") is still a menu.
func TestLongMenuItems(t *testing.T) {
	expectClasses(t, "Giới thiệu | Tin tức - Sự kiện | Dữ liệu và số liệu thống kê | Phương pháp thống kê | Công bố và cập nhật | Văn bản pháp luật | Hỏi đáp\n"+
		"Chỉ số giá tiêu dùng tháng 02/2016 tăng 0,42% so với tháng trước, theo Tổng cục Thống kê.\n", map[string]string{
		"Giới thiệu | Tin tức - Sự kiện | Dữ liệu và số liệu thống kê | Phương pháp thống kê | Công bố và cập nhật | Văn bản pháp luật | Hỏi đáp": "bad: menu row",
	})
}

// TestMoreFurniture: pagers, rating boxes, disclaimers, app prompts and
// attachments are furniture, whatever site prints them.
func TestMoreFurniture(t *testing.T) {
	body := "Chỉ số giá tiêu dùng tháng 02/2016 tăng 0,42% so với tháng trước, theo Tổng cục Thống kê công bố sáng nay.\n" +
		"Lạm phát cơ bản tháng 02/2016 tăng 0,56% so với tháng trước và tăng 1,93% so với cùng kỳ năm trước.\n"
	expectClasses(t, body+"Tải về: Bảng chỉ số giá tháng 02/2016 (Excel)\n1 2 3 ... Trang sau »\n"+
		"Đánh giá bài viết này: ★★★★★ (4.6/5 - 27 bình chọn)\nNghe bản tin đầy đủ trên ứng dụng VOV Giao thông\n"+
		"Tuyên bố miễn trừ trách nhiệm: Nội dung chỉ nhằm mục đích cung cấp thông tin, không phải là lời khuyên đầu tư.\n", map[string]string{
		"Tải về: Bảng chỉ số giá tháng 02/2016 (Excel)":       "bad: download link",
		"1 2 3 ... Trang sau »":                               "bad: pager",
		"Đánh giá bài viết này: ★★★★★ (4.6/5 - 27 bình chọn)": "bad: rating",
		"Nghe bản tin đầy đủ trên ứng dụng VOV Giao thông":    "bad: app prompt",
		"Tuyên bố miễn trừ trách nhiệm: Nội dung chỉ nhằm mục đích cung cấp thông tin, không phải là lời khuyên đầu tư.": "bad: disclaimer",
	})
}

// TestCutShortRuns: a run of short lines each cut off with an ellipsis is a
// list of other stories; a long body line ending on one is not.
func TestCutShortRuns(t *testing.T) {
	body := "Chỉ số sản xuất công nghiệp tháng 10 của thành phố tăng 4,22% so với tháng trước và tăng 29,34% so với cùng kỳ năm trước, cao nhất nhiều năm.\n" +
		"Ở chiều ngược lại, 25 ngành có chỉ số giảm, trong đó ngành đóng tàu và cấu kiện nổi giảm 51,57%; sản xuất đồ chơi giảm 36,61%; sản xuất thức ăn gia súc giảm 16,59%…\n"
	expectClasses(t, body+"Sau 10 ngày diễn tập nghiêm túc, trách nhiệm, chiều 27/12,…\nThu ngân sách 11 tháng trên địa bàn thành phố đạt 58.300 tỷ đồng, vượt…\n", map[string]string{
		"Thu ngân sách 11 tháng trên địa bàn thành phố đạt 58.300 tỷ đồng, vượt…":                                                                                              "bad: teaser",
		"Ở chiều ngược lại, 25 ngành có chỉ số giảm, trong đó ngành đóng tàu và cấu kiện nổi giảm 51,57%; sản xuất đồ chơi giảm 36,61%; sản xuất thức ăn gia súc giảm 16,59%…": "good: prose",
	})
}

// TestFactBox: labelled figures set between two lines of the article's
// prose are its own box of figures; the same rows beside the story, with no
// prose below them, stay furniture.
func TestFactBox(t *testing.T) {
	lead := "Vị trí: Đồng Tháp là một tỉnh thuộc vùng Đồng bằng sông Cửu Long, Việt Nam, có vị trí thuận lợi cho giao thương.\n"
	box := "Dân số: 1.667.100 người\nGRDP (2022): 120.784 tỉ đồng (5,11 tỉ USD)\nHạ tầng giao thông:\n"
	expectClasses(t, "Hồ sơ tỉnh Đồng Tháp\n"+lead+box+"Đường bộ: Các quốc lộ QL-30, QL-50 và QL-80 nối Đồng Tháp với các tỉnh lân cận và TP.HCM.\n", map[string]string{
		"Dân số: 1.667.100 người":                    "good: the article's box of figures",
		"GRDP (2022): 120.784 tỉ đồng (5,11 tỉ USD)": "good: the article's box of figures",
	})
	expectClasses(t, "Hồ sơ tỉnh Đồng Tháp\n"+lead+box+"© 2025 IPHUB. All rights reserved.\n", map[string]string{
		"GRDP (2022): 120.784 tỉ đồng (5,11 tỉ USD)": "bad: table",
	})
}

// TestLongTrailAndReadButton: a trail of three crumbs whose last is the
// story's long heading is a breadcrumb; "Đọc bài viết" is a button.
func TestLongTrailAndReadButton(t *testing.T) {
	page := "Trang chủ | Về BVSC | Trung tâm Phân tích\nTrung tâm Phân tích > Báo cáo Vĩ mô > Báo cáo Vĩ mô và Thị trường chứng khoán tháng 10/2025\nBáo cáo Vĩ mô và Thị trường chứng khoán tháng 10/2025\nĐọc bài viết\n" +
		"Chỉ số sản xuất công nghiệp tháng 10/2025 tăng 10,8% so với cùng kỳ năm trước, nhờ chế biến, chế tạo và điện.\n"
	expectClasses(t, page, map[string]string{
		"Trung tâm Phân tích > Báo cáo Vĩ mô > Báo cáo Vĩ mô và Thị trường chứng khoán tháng 10/2025": "bad: breadcrumb",
		"Đọc bài viết": "bad: page notice",
	})
}

// TestWrappedSentence: a sentence a copy broke across two lines is one
// line again; a chart's row of figures, a byline or a new paragraph is not
// joined to the line above.
func TestWrappedSentence(t *testing.T) {
	ls := Classify("Chỉ số sản xuất công nghiệp tháng 01/2026 của tỉnh Nghệ An ước giảm 0,2%\nso với tháng trước và tăng 8,1% so với cùng kỳ năm trước.\n" +
		"Biểu đồ thu hút vốn FDI của các địa phương trong bảy tháng đầu năm nay\ntỷ USD 4.028 3.236 3.087 1.856\n" +
		"Giá trị sản xuất công nghiệp của tỉnh trong tháng tăng khá so với tháng trước\n\nnhưng vẫn thấp hơn cùng kỳ năm trước do thiếu đơn hàng.\n" +
		"Tổng số khách đến các điểm du lịch trong 10 tháng ước đạt 3.475 nghìn lượt khách, doanh thu du lịch ước đạt gần 692,5 tỷ đồng,\ntăng 18,2%.\n")
	var texts []string
	for _, l := range ls {
		texts = append(texts, l.Text)
	}
	want := []string{
		"Chỉ số sản xuất công nghiệp tháng 01/2026 của tỉnh Nghệ An ước giảm 0,2% so với tháng trước và tăng 8,1% so với cùng kỳ năm trước.",
		"Biểu đồ thu hút vốn FDI của các địa phương trong bảy tháng đầu năm nay", "tỷ USD 4.028 3.236 3.087 1.856",
		"Giá trị sản xuất công nghiệp của tỉnh trong tháng tăng khá so với tháng trước", "nhưng vẫn thấp hơn cùng kỳ năm trước do thiếu đơn hàng.",
		"Tổng số khách đến các điểm du lịch trong 10 tháng ước đạt 3.475 nghìn lượt khách, doanh thu du lịch ước đạt gần 692,5 tỷ đồng, tăng 18,2%.",
	}
	if !slices.Equal(texts, want) {
		t.Errorf("lines:\n got %q\nwant %q", texts, want)
	}
}

// TestLoneHeading: a marked or numbered heading of words alone between two
// lines of the article's prose heads the next part (it was dropped as a
// table row nothing introduced).
func TestLoneHeading(t *testing.T) {
	p1 := "Từ khi tái lập đến nay, nhân dân các dân tộc trong tỉnh cùng cộng đồng doanh nghiệp luôn đoàn kết, đồng lòng, phát huy lợi thế của tỉnh.\n"
	p2 := "Nền kinh tế của tỉnh chuyển biến mạnh mẽ, có năm đạt mức tăng trưởng trên 20%, trong đó công nghiệp tăng nhanh nhất.\n"
	expectClasses(t, "Trang chủ | Tin tức | Kinh tế\n"+p1+"- Về phát triển kinh tế\n"+p2, map[string]string{
		"- Về phát triển kinh tế": "good: between body lines",
	})
	expectClasses(t, "Trang chủ | Tin tức | Kinh tế\n"+p1+"1.2 Tín dụng ngân hàng\n"+p2, map[string]string{
		"1.2 Tín dụng ngân hàng": "good: between body lines",
	})
}

// TestNextTable: a heading right under the last row of the article's table
// introduces the next table, whose rows are body too.
func TestNextTable(t *testing.T) {
	in := "Trang chủ | Tin tức | Kinh tế\nTOP 3 TỈNH CÓ QUY MÔ KINH TẾ LỚN NHẤT 2021\nTỈNH/THÀNH PHỐ – QUY MÔ GRDP (Tỷ đồng)\n1) TP. Hồ Chí Minh 1.298.791\n2) Hà Nội 1.067.593\n3) Bình Dương 408.861\n" +
		"3 TỈNH, TP CÓ GRDP BÌNH QUÂN CAO NHẤT CẢ NƯỚC 2021\n1. Bà Rịa Vũng Tàu 281,235 triệu đồng\n2. Quảng Ninh 176 triệu đồng\n3. Bình Dương 157,449 triệu đồng\nChia sẻ: Facebook | Twitter | Email\n"
	expectClasses(t, in, map[string]string{
		"3 TỈNH, TP CÓ GRDP BÌNH QUÂN CAO NHẤT CẢ NƯỚC 2021": "good: table header",
		"2. Quảng Ninh 176 triệu đồng":                       "good: table row",
	})
}

// TestNumberedHeadingWithPeriod: a report's numbered heading may name the
// period it covers; it heads its part, no table row.
func TestNumberedHeadingWithPeriod(t *testing.T) {
	p1 := "Theo Cục Quản lý đăng ký kinh doanh, tình hình đăng ký doanh nghiệp trong tháng có nhiều chuyển biến tích cực so với tháng trước.\n"
	p2 := "Trong tháng 7/2019, cả nước có 11.163 doanh nghiệp thành lập mới với tổng vốn đăng ký là 181.836 tỷ đồng, tăng 14,5% về số doanh nghiệp.\n"
	for _, h := range []string{"1. Tình hình đăng ký doanh nghiệp tháng 07/2019", "2. Sản xuất công nghiệp quý I/2016", "3. Xuất khẩu 9 tháng đầu năm"} {
		expectClasses(t, "Trang chủ | Tin tức | Doanh nghiệp\n"+p1+h+"\n"+p2, map[string]string{h: "good: numbered heading"})
	}
}

// TestBlogAndMagazineFoot: a blog's share row and its "no comments" prompt,
// and a magazine's "you are reading … in section …" reminder, are furniture
// however long.
func TestBlogAndMagazineFoot(t *testing.T) {
	body := "Chỉ số giá tiêu dùng tháng 6 của tỉnh tăng 0,3% so với tháng trước, chủ yếu do giá thực phẩm và xăng dầu tăng theo thị trường thế giới.\nSo với cùng kỳ năm trước, chỉ số giá tiêu dùng bình quân sáu tháng tăng 3,1%, thấp hơn mục tiêu kiểm soát lạm phát đề ra.\n"
	notice := "Bạn đang đọc bài viết Giá tiêu dùng tháng 6 tăng nhẹ do thực phẩm và xăng dầu tại chuyên mục Kinh tế của Tạp chí Thị trường Mẫu. Liên hệ cung cấp thông tin và gửi bài cộng tác: Email: toasoan@example.vn"
	expectClasses(t, "Trang chủ | Kinh tế | Thị trường\n"+body+"Gửi email bài đăng nàyBlogThis!Chia sẻ lên TwitterChia sẻ lên Facebook\nKhông có nhận xét nào:\n"+notice+"\n", map[string]string{
		"Gửi email bài đăng nàyBlogThis!Chia sẻ lên TwitterChia sẻ lên Facebook": "bad: share bar",
		"Không có nhận xét nào:": "bad: comment prompt",
		notice:                   "bad: page notice",
	})
}

// TestChartCredit: a chart's caption that ends with its credit, "Biểu đồ:
// T.Bình.", is no body line.
func TestChartCredit(t *testing.T) {
	body := "Kim ngạch xuất nhập khẩu của các tỉnh phía Bắc trong 9 tháng đạt 185 tỷ USD, tăng 12% so với cùng kỳ năm trước.\nCác tỉnh Đông Nam Bộ đạt 210 tỷ USD, tăng 9,5%, trong đó Bình Dương dẫn đầu khu vực về xuất khẩu.\n"
	caption := "Biểu đồ trị giá kim ngạch xuất nhập khẩu các tỉnh phía Bắc (đơn vị tính tỷ USD). Biểu đồ: T.Bình."
	expectClasses(t, "Trang chủ | Hải quan\n"+body+caption+"\n"+body, map[string]string{caption: "bad: photo caption"})
}

// TestGluedHeader: a headline, its credit, time and date run into the lead
// on one line are three lines.
func TestGluedHeader(t *testing.T) {
	ls := Classify("Trang chủ | Kinh tế\n[Infographics] Xuất khẩu của tỉnh trong tháng 1 tăng 12,5% Theo TTXVN 09:02 03/02/2021 Kim ngạch xuất khẩu của tỉnh tháng 1/2021 ước đạt 1,2 tỷ USD, tăng 12,5% so với cùng kỳ năm trước.\n")
	var texts []string
	for _, l := range ls {
		texts = append(texts, l.Text)
	}
	want := []string{"Trang chủ | Kinh tế", "[Infographics] Xuất khẩu của tỉnh trong tháng 1 tăng 12,5%", "Theo TTXVN 09:02 03/02/2021",
		"Kim ngạch xuất khẩu của tỉnh tháng 1/2021 ước đạt 1,2 tỷ USD, tăng 12,5% so với cùng kỳ năm trước."}
	if !slices.Equal(texts, want) {
		t.Errorf("lines:\n got %q\nwant %q", texts, want)
	}
}
