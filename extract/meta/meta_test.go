package meta

import (
	"strings"
	"testing"

	"chiso/extract/clean"
)

func read(text string) Meta { return Read(clean.Classify(text)) }

const lead = "Kim ngạch xuất khẩu của tỉnh quý III ước đạt 12,5 tỷ USD, tăng 15% so với cùng kỳ năm trước, theo Sở Công Thương.\n" +
	"Trong đó, khu vực có vốn đầu tư nước ngoài chiếm 96% tổng kim ngạch xuất khẩu của tỉnh trong quý.\n"

// Each case is one way a site lays out its header and foot; the same lead
// stands under each.
func TestLayouts(t *testing.T) {
	for _, c := range []struct {
		name, page string
		want       Meta
	}{
		{"menu, date bar, headline, dateline under it",
			"Đăng nhập | Đăng ký | Tìm kiếm\nThứ Hai, 30/11/2026\nTrang chủ | Thời sự | Kinh tế | Video\nKinh tế > Vĩ mô\n" +
				"Xuất khẩu quý III của tỉnh tăng 15%\n06/11/2026 09:15\n" + lead + "Hải Yến\nTin cùng chuyên mục\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "06/11/2026 09:15", Author: "Hải Yến"}},
		{"dateline above the headline, byline under it",
			"Trang chủ | Kinh tế | Doanh nghiệp\nThứ Sáu, 22/05/2020 - 08:03\nXuất khẩu quý III của tỉnh tăng 15%\nQuốc Việt\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "Thứ Sáu, 22/05/2020 - 08:03", Author: "Quốc Việt"}},
		{"the headline over the byline in capitals, the story's first heading under it",
			"Giới thiệu | Đào tạo | Tin tức - Sự kiện | Liên hệ\nXU HƯỚNG XUẤT KHẨU 2025 - SO SÁNH VỚI MỘT SỐ NƯỚC TRONG KHU VỰC\nĐỖ VĂN TÍNH\nXuất khẩu của tỉnh quý III\n" + lead,
			Meta{Title: "XU HƯỚNG XUẤT KHẨU 2025 - SO SÁNH VỚI MỘT SỐ NƯỚC TRONG KHU VỰC", Author: "ĐỖ VĂN TÍNH"}},
		{"the headline on its dateline, a label and a kicker further down",
			"ỦY BAN MẪU\nCẢI CÁCH HÀNH CHÍNH\nTrang chủ\nTin tức - Sự kiện\nThông tin thị trường giá cả\nThông tin giá cả thị trường số 24/2025\n09:32 PM 15/06/2025 | Lượt xem: 4970 | In bài viết |\nTIÊU ĐIỂM\nXuất khẩu tăng:\nDoanh nghiệp xuất khẩu vừa mừng vừa lo\n" + lead,
			Meta{Title: "Thông tin giá cả thị trường số 24/2025", Dateline: "09:32 PM 15/06/2025 | Lượt xem: 4970 | In bài viết |"}},
		{"a labelled byline with the author's post after the name",
			"Trang chủ / Hội thảo\nXuất khẩu quý III của tỉnh tăng 15%\nTác giả: Trần Hữu Ái - Giảng viên Khoa Kinh tế - Quản trị\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Author: "Trần Hữu Ái"}},
		{"a byline of a story put together from others",
			"Trang chủ | Kinh tế | Doanh nghiệp\nXuất khẩu quý III của tỉnh tăng 15%\n18-04-2021\n" + lead + "NGUYÊN ĐẠT (tổng hợp)\nTin cùng chuyên mục\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021", Author: "NGUYÊN ĐẠT"}},
		{"the article's address labelled at the foot",
			"Trang chủ | Kinh tế | Doanh nghiệp\nXuất khẩu quý III của tỉnh tăng 15%\n18-04-2021\n" + lead + "Địa chỉ URL: http://bao.example.vn/kinh-te/xuat-khau-275312.html",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021", SourceURL: "http://bao.example.vn/kinh-te/xuat-khau-275312.html"}},
		{"the day spelt out, with no \"Ngày\", above the headline",
			"Trang chủ / Hội nghị - Hội thảo\n20 tháng 07 năm 2022\nXuất khẩu quý III của tỉnh tăng 15%\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20 tháng 07 năm 2022"}},
		{"a dateline that opens on the weekday with no comma after it",
			"Trang chủ | Kinh tế | Doanh nghiệp\nXuất khẩu quý III của tỉnh tăng 15%\nThứ Sáu 02/07/2021 , 15:40 (GMT+7)\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "Thứ Sáu 02/07/2021 , 15:40 (GMT+7)"}},
		{"the site's name over its address, the headline on the body",
			"Khuyến công và xúc tiến thương mại tỉnh Mẫu\nhttps://khuyencong.mau.gov.vn\nKim ngạch xuất khẩu của tỉnh quý III tăng 15%\n" + lead,
			Meta{Title: "Kim ngạch xuất khẩu của tỉnh quý III tăng 15%"}},
		{"under the menu, the headline over a tool bar, its summary on the body",
			"Trang chủ | Thời sự | Kinh tế\nTrang chủ > Kinh tế > Địa phương\nTỉnh Mẫu sau sáp nhập: bệ phóng từ tăng trưởng cao, hướng tới mục tiêu bứt phá\nCỡ chữ: A- A A+ | In bài | Lưu\nKim ngạch xuất khẩu của tỉnh quý III tăng 15%\n" + lead,
			Meta{Title: "Tỉnh Mẫu sau sáp nhập: bệ phóng từ tăng trưởng cao, hướng tới mục tiêu bứt phá"}},
		{"a statistics office's page: spaced date separators under the headline",
			"CỤC THỐNG KÊ TỈNH MẪU\nTrang chủ > Tình hình kinh tế - xã hội\nTình hình kinh tế - xã hội quý I năm 2016\nĐăng ngày 22 - 03 - 2016\n" + lead,
			Meta{Title: "Tình hình kinh tế - xã hội quý I năm 2016", Dateline: "Đăng ngày 22 - 03 - 2016"}},
		{"a headline over the dateline, a picture's title under it",
			"SỞ TÀI CHÍNH TỈNH MẪU\nTrang chủ > Tin tức - Sự kiện\nTình hình kinh tế - xã hội quý I trên địa bàn tỉnh Mẫu\nBài đăng vào lúc: 16:37:00, ngày: 16/04/2025 GMT +7\nXếp hạng tăng trưởng của các tỉnh trong vùng duyên hải miền Trung\n" + lead,
			Meta{Title: "Tình hình kinh tế - xã hội quý I trên địa bàn tỉnh Mẫu", Dateline: "Bài đăng vào lúc: 16:37:00, ngày: 16/04/2025 GMT +7"}},
		{"a photo's date under the headline is no dateline",
			"Trang chủ | Kinh tế | Doanh nghiệp\nXuất khẩu quý III của tỉnh tăng 15%\nẢnh tư liệu, chụp ngày 03/05/2020: Bốc dỡ hàng tại cảng\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%"}},
		{"labelled byline and date, headline in capitals",
			"Trang chủ › Kinh tế › Thương mại\nXUẤT KHẨU QUÝ III CỦA TỈNH TĂNG 15%\nNgày đăng: 15/07/2025\nTác giả: Trúc Quỳnh\n" + lead,
			Meta{Title: "XUẤT KHẨU QUÝ III CỦA TỈNH TĂNG 15%", Dateline: "Ngày đăng: 15/07/2025", Author: "Trúc Quỳnh"}},
		{"page title with the outlet, credit with an agency, source at the foot",
			"Xuất khẩu quý III của tỉnh tăng 15% - Báo Kinh tế Mẫu\n18-04-2021\n" + lead + "Theo Minh Anh (Báo Phố Thị)\nNguồn: https://bao.example.vn/xuat-khau-a123.html",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021", Author: "Minh Anh", SourceURL: "https://bao.example.vn/xuat-khau-a123.html"}},
		{"masthead and licence lines, initials",
			"BÁO BẮC NINH ĐIỆN TỬ\nXuất khẩu quý III của tỉnh tăng 15%\nThứ Ba, 17/10/2023 | 07:45\n" + lead + "T.L\nGiấy phép số 123/GP-BTTTT ngày 01/02/2020",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "Thứ Ba, 17/10/2023 | 07:45", Author: "T.L"}},
		{"a question headline, a lead above the photo, the byline and date under it",
			"Vĩ mô\nTỉnh nào dẫn đầu về xuất khẩu quý III?\nQuý III/2026, xuất khẩu của tỉnh tăng 15% so với cùng kỳ. Ngành nào dẫn dắt?\nHình ảnh: Minh Quân\nTác giả: Khánh Vy\n06 tháng 11, 2026 lúc 9:15 AM\n" + lead,
			Meta{Title: "Tỉnh nào dẫn đầu về xuất khẩu quý III?", Dateline: "06 tháng 11, 2026 lúc 9:15 AM", Author: "Khánh Vy"}},
		{"the site's tagline above its menu is no headline; the headline opens the body",
			"VIETNAM FDI\nChuyên trang thông tin đầu tư nước ngoài\nTin tức | Địa phương | Khu công nghiệp | Chính sách\nTỉnh nào xuất khẩu nhiều nhất quý III?\n" + lead + "Bài viết cùng chủ đề\nXuất khẩu tháng 9 đạt 40 tỷ USD",
			Meta{Title: "Tỉnh nào xuất khẩu nhiều nhất quý III?"}},
		{"a name over the dateline over the headline; a name with its agency at the foot",
			"Tin tức\nTHỦY NGUYÊN\nThứ Hai, 06-01-2025, 14:20\nXuất khẩu quý III của tỉnh tăng 15%\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "Thứ Hai, 06-01-2025, 14:20", Author: "THỦY NGUYÊN"}},
		{"a byline with its agency and desk, over the comment box",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Minh Phương - Quang Minh/VTV24\nÝ kiến bạn đọc",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "Minh Phương - Quang Minh/VTV24"}},
		{"initials on the dateline's line, no separator",
			"Xuất khẩu quý III của tỉnh tăng 15%\nX.H 10:55, 30/03/2023\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "X.H 10:55, 30/03/2023", Author: "X.H"}},
		{"a headline full of figures, under a top bar's 'Tin mới nhất' and a breadcrumb, on its dateline",
			"HOT\nTin mới nhất\nTrang chủ › Chứng khoán\n11 tháng năm 2026: CPI tăng 3,29%, lạm phát cơ bản tăng 3,21%\n06/12/2026 - 11:08 · 3 phút đọc · Google News\n" + lead,
			Meta{Title: "11 tháng năm 2026: CPI tăng 3,29%, lạm phát cơ bản tăng 3,21%", Dateline: "06/12/2026 - 11:08 · 3 phút đọc · Google News"}},
		{"initials before the dateline's bar",
			"Trang chủ > Thời sự trong nước\nXuất khẩu quý III của tỉnh tăng 15%\nHT| 17/02/2021 02:09\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "HT| 17/02/2021 02:09", Author: "HT"}},
		{"the page's headline on its dateline, the report's heading in capitals under it, a numbered part after",
			"Trang chủ » Thông tin kinh tế - xã hội\nTình hình xuất khẩu quý III năm 2026 của tỉnh\nThứ tư - 06/11/2026 10:58\nTÌNH HÌNH XUẤT KHẨU QUÝ III NĂM 2026\nI. PHÁT TRIỂN KINH TẾ\n" + lead,
			Meta{Title: "Tình hình xuất khẩu quý III năm 2026 của tỉnh", Dateline: "Thứ tư - 06/11/2026 10:58"}},
		{"a breadcrumb from the home crumb however long its sections; a heading in capitals with figures is no byline; a lettered part is no headline",
			"Trang chủ » Tạp chí Kinh tế và Phát triển » Số 6 (51)\nXUẤT KHẨU QUÝ III NĂM 2026 CỦA TỈNH\nA. Tình hình xuất khẩu\n" + lead,
			Meta{Title: "XUẤT KHẨU QUÝ III NĂM 2026 CỦA TỈNH"}},
		{"a dateline glued to the headline under it",
			"Kinh tế\n06/11/2026 09:56Xuất khẩu quý III của tỉnh tăng 15%\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "06/11/2026 09:56"}},
		{"a byline with a label in capitals glued on, and one with the contributor's role",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n06/11/2026 09:15\n" + lead + "T/h: Lệ MinhÝ KIẾN BẠN ĐỌC\nGửi bình luận\n",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "06/11/2026 09:15", Author: "Lệ Minh"}},
		{"a contributor's role before the name",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n06/11/2026 09:15\n" + lead + "CTV. Linh An\nTin cùng chuyên mục\n",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "06/11/2026 09:15", Author: "Linh An"}},
		{"no headline: the masthead in capitals above the dateline is no byline",
			"KIỂM TOÁN NHÀ NƯỚC\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Hoạt động kiểm toán\n06/11/2026\nĐọc bài viết\n" + lead,
			Meta{Dateline: "06/11/2026"}},
		{"a labelled byline on the dateline's row, a view counter after it",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n06/11/2026 | Tác giả: Nguyễn Khánh Lượt xem: 126\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "06/11/2026 | Tác giả: Nguyễn Khánh Lượt xem: 126", Author: "Nguyễn Khánh"}},
		{"the reporter's name after the section, the time and the date",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\nXuất nhập khẩu 09:48 06/11/2026 Bảo Ngọc\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "Xuất nhập khẩu 09:48 06/11/2026 Bảo Ngọc", Author: "Bảo Ngọc"}},
		{"an initial and a name run together at the foot, over the share bar",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n06/11/2026 09:15\n" + lead + "L.Anh\nShare: Facebook | Twitter | LinkedIn\n",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "06/11/2026 09:15", Author: "L.Anh"}},
		{"a relayed story's reporter with the site it ran on, and a 'bởi' byline with its date",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n06/11/2026 09:15\n" + lead + "Theo Đức Sỹ/hungyentv.vn\nTin liên quan\n",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "06/11/2026 09:15", Author: "Đức Sỹ/hungyentv.vn"}},
		{"a WordPress byline with its date under the headline",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\nbởi Linh 6 Tháng 11, 2026\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "bởi Linh 6 Tháng 11, 2026", Author: "Linh"}},
		{"a player's label printed twice and a byline with its reading time are no headline",
			"Việt Nam | Châu Á | Quốc tế | Podcast\nTạp chí Việt Nam\nTăng trưởng kinh tế: Việt Nam hưởng lợi nhờ Trung Quốc\nPhần âm thanh 09:06 Phần âm thanh 09:06\nThanh Phương 12 phút\n" + lead,
			Meta{Title: "Tăng trưởng kinh tế: Việt Nam hưởng lợi nhờ Trung Quốc", Author: "Thanh Phương"}},
		{"a section's name and the time glued to the headline",
			"Trang chủ | Kinh tế | Phát triển bền vững\nXuất khẩu quý III của tỉnh tăng 15% so với cùng kỳ năm 2024Phát triển bền vững - 05/06 11:00\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15% so với cùng kỳ năm 2024"}},
		{"a page's metadata printed as text: the timestamp in ISO 8601",
			"Xuất khẩu quý III của tỉnh tăng 15%\n2026-11-06T20:11:45-05:00\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "2026-11-06T20:11:45-05:00"}},
		{"a headline full of figures on the lead that repeats it, under the menu; a hotline is no headline",
			"Thông tin phòng, chống buôn lậu và hàng giả\nHotline tư vấn: 1900 1234\nTrang chủ | Thời sự | Kinh tế | Thị trường\nQuý III/2026: xuất khẩu của tỉnh ước đạt 12,5 tỷ USD, tăng 15%\n" + lead,
			Meta{Title: "Quý III/2026: xuất khẩu của tỉnh ước đạt 12,5 tỷ USD, tăng 15%"}},
		{"a listing's headline cut short, in Title Case",
			"Top » Xuất khẩu của tỉnh\nXuất Khẩu Quý III Của Tỉnh Tăng 15% Nhờ ...\n" + lead,
			Meta{Title: "Xuất Khẩu Quý III Của Tỉnh Tăng 15% Nhờ ..."}},
		{"an author labelled at the foot, over the rating box",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Tác giả bài viết: Hải Thanh\nTổng số điểm của bài viết là: 0 trong 0 đánh giá\nÝ kiến bạn đọc",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "Hải Thanh"}},
		{"a relayed story: the reporter before the slash, not the paper; an agency alone is no author",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Theo Diệp Diệp/Kinh tế Môi trường\nTin cùng chuyên mục",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "Diệp Diệp"}},
		{"a relayed story's reporter with the desk's code",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Theo LÊ HẢO/PYO\nTin mới",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "LÊ HẢO/PYO"}},
		{"an agency alone is no author",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Theo TTXVN/Vietnam+\nTin cùng chuyên mục",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00"}},
		{"a portal: the reading day's bar, the district's masthead, a section's label over a long headline; byline and date at the foot",
			"CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM SƠN\nTỈNH NINH BÌNH\nHôm nay, Thứ hai ngày 10/08/2020\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản\nTin tức trong Huyện\n" +
				"Xuất khẩu quý III của tỉnh tăng 15% so với cùng kỳ năm trước nhờ khu vực có vốn đầu tư nước ngoài\n" + lead + "Minh Đức\nNgày đăng: 07/06/2019\nLượt xem: 1.086",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15% so với cùng kỳ năm trước nhờ khu vực có vốn đầu tư nước ngoài", Dateline: "Ngày đăng: 07/06/2019", Author: "Minh Đức"}},
		{"the page's title with its outlet atop, the headline again by 'Viết bởi' and a spelled date",
			"Xuất khẩu quý III của tỉnh tăng 15% - Kinh Doanh & Tiếp Thị\nKINH DOANH & TIẾP THỊ\nThứ hai, 16 Tháng 7 2018\nTrang chủ  Kinh tế  Doanh nghiệp  Tài chính\n" +
				"Xuất khẩu quý III của tỉnh tăng 15%\nViết bởi Thanh Tùng\nThứ hai, 25 Tháng 6 2012 10:05\nLượt xem: 1.412\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "Thứ hai, 25 Tháng 6 2012 10:05", Author: "Thanh Tùng"}},
		{"a name right under the lead, over its photo's credit",
			"Kinh tế vĩ mô\nXuất khẩu quý III của tỉnh tăng 15%\n29/06/2016 15:20\n(eFinance Online) - Kim ngạch xuất khẩu của tỉnh quý III ước đạt 12,5 tỷ USD, tăng 15% so với cùng kỳ năm trước.\n" +
				"Hương Giang\nẢnh minh họa. Nguồn: Internet.\nTrong đó, khu vực có vốn đầu tư nước ngoài chiếm 96% tổng kim ngạch xuất khẩu của tỉnh trong quý.\nSở Công Thương dự báo quý IV tiếp tục tăng trưởng khá nhờ mùa mua sắm cuối năm.\n",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "29/06/2016 15:20", Author: "Hương Giang"}},
		{"a section's name from the site's menu over the headline, which the body opens on",
			"SỞ CÔNG THƯƠNG TỈNH MẪU\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Hoạt động ngành Công Thương | Văn bản\nHoạt động ngành Công Thương\nLượt xem: 245\n" +
				"Tình hình xuất khẩu quý III của tỉnh tăng 15% so với cùng kỳ\n" + lead,
			Meta{Title: "Tình hình xuất khẩu quý III của tỉnh tăng 15% so với cùng kỳ"}},
		{"the reporter and the date on one line, above the follow button's lines",
			"Vĩ mô\nTrần Thu Hiền Thứ Ba, 6/1/2026, 16:53 (GMT+7)\nNgười theo dõi\n+ Theo dõi\nXuất khẩu quý III của tỉnh tăng 15%\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "Trần Thu Hiền Thứ Ba, 6/1/2026, 16:53 (GMT+7)", Author: "Trần Thu Hiền"}},
		{"the reading day above the menu and a section's label is the site's date, not the story's",
			"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH MẪU\nThứ sáu, Ngày 22/11/2024 -\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản\nTin tức - Sự kiện > Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%"}},
		{"a forum thread: the title after its label, the first post's date and number",
			"Trang chủ > Kinh tế vĩ mô\nĐề tài: Xuất khẩu quý III của tỉnh tăng 15%\n05-01-2015, 08:47 AM #1\n" + lead + "05-01-2015, 09:31 AM #2\ncophieu_xanh\nXuất khẩu tăng là nhờ khối FDI cả thôi các bác, doanh nghiệp trong nước vẫn khó.",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "05-01-2015, 08:47 AM #1"}},
		{"the headline printed twice, as written and in capitals",
			"Trang chủ » Tin tức\nXuất khẩu quý III của tỉnh tăng 15%\nXUẤT KHẨU QUÝ III CỦA TỈNH TĂNG 15%\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%"}},
		{"a commenter is no author",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Bình luận (2)\nNguyễn Văn A\n2 giờ trước\nBài viết hay quá",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00"}},
		{"a byline over the comment box is the author; a category label closes the story",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Hải Yến\nBài viết này thuộc danh mục: Xuất khẩu\nÝ kiến bạn đọc (2)\nMinh Tuấn: Bài viết hay.\nTrả lời | Thích",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "Hải Yến"}},
		{"two reporters, the page's address labelled",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Thu Hà - Mạnh Hùng\nĐịa chỉ bài viết: http://bao.example.vn/node/153408",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "Thu Hà - Mạnh Hùng", SourceURL: "http://bao.example.vn/node/153408"}},
		{"the editors' initials", "Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "BBT\nIn bài viết | Gửi email | Về đầu trang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "BBT"}},
		{"a tag label glued to the byline", "Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Hồng NhậtTAG: xuất khẩu",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00", Author: "Hồng Nhật"}},
		{"a menu that lost its separators is no headline when the body's first line is one",
			"Thời sự Quân sự Quốc phòng Kinh tế Văn hóa Xã hội Luận bàn Multimedia\nXuất khẩu quý III của tỉnh tăng mạnh\n" + lead,
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng mạnh"}},
		{"Theo an outlet is a credit, not a byline",
			"Xuất khẩu quý III của tỉnh tăng 15%\n20/10/2023 10:00\n" + lead + "Theo VnExpress",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "20/10/2023 10:00"}},
		{"the story's tool row under the headline is no site menu; a photo line under it is no headline",
			"ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH MẪU\nTrang chủ | Thời sự | Kinh tế | Xã hội\nTin tức » Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\nCỡ chữ: A | A | A | In bài\n" +
				"Lãnh đạo Sở Công Thương thăm một doanh nghiệp xuất khẩu\n" + lead + "T/h: Minh Trí - Xuân Trí\nChia sẻ: Facebook | Zalo",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Author: "Minh Trí - Xuân Trí"}},
		{"a wire agency after the date, on the dateline",
			"Trang chủ | Thị trường | Tin tức\nXuất khẩu quý III của tỉnh tăng 15%\n28/11/2020 | Reuters\n" + lead + "Tin mới nhất\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "28/11/2020 | Reuters", Author: "Reuters"}},
		{"a wire agency credited at the foot",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n18-04-2021\n" + lead + "Nguồn: TTXVN\nBài viết liên quan\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021", Author: "TTXVN"}},
		{"a paper relaying a wire story credits it; the credit is no byline",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n18-04-2021\n" + lead + "Theo TTXVN\nBài viết liên quan\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021"}},
		{"bare capitals under the last paragraph, over a credit; a site's poster over the dateline",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\nAdmin\n18-04-2021\n" + lead + "HNV\nNguồn: dangcongsan.vn\nTin khác\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021", Author: "Admin"}},
		{"bare capitals under the last paragraph, over a credit",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n18-04-2021\n" + lead + "HNV\nNguồn: dangcongsan.vn\nTin khác\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021", Author: "HNV"}},
		{"an acronym alone under the last paragraph is no byline",
			"Trang chủ | Kinh tế\nXuất khẩu quý III của tỉnh tăng 15%\n18-04-2021\n" + lead + "CPI\nTin khác\n- Giá vàng đi ngang",
			Meta{Title: "Xuất khẩu quý III của tỉnh tăng 15%", Dateline: "18-04-2021"}},
		{"the dates of other stories under 'Các tin khác' date nothing here",
			"CỤC THỐNG KÊ TỈNH MẪU\nTrang chủ | Giới thiệu | Tin tức | Liên hệ\n" + lead + "Các tin khác\nChỉ số giá tiêu dùng tháng 6 tăng 0,21% (29.06.2021)\nBản quyền thuộc Cục Thống kê tỉnh Mẫu",
			Meta{}},
	} {
		if got := read(c.page); got != c.want {
			t.Errorf("%s:\n got  %+v\n want %+v", c.name, got, c.want)
		}
	}
}

// TestHeadingUnderHeader: a headline-like line between the header's own
// lines (headline, dateline) and the body is the story's first heading.
func TestHeadingUnderHeader(t *testing.T) {
	page := "Tạp chí điện tử Thông tin Mẫu\nXuất khẩu quý III của tỉnh tăng 15%\nTạp chí online - Ngày đăng : 21:17, 31/08/2021\nChuyển đổi số - bệ phóng cho tăng trưởng xuất khẩu của tỉnh\n" + lead
	ls := clean.Classify(page)
	m := Read(ls)
	if m.Title != "Xuất khẩu quý III của tỉnh tăng 15%" {
		t.Fatalf("title %q", m.Title)
	}
	for _, l := range ls {
		if strings.HasPrefix(l.Text, "Chuyển đổi số") && l.Class != clean.Good {
			t.Fatalf("heading dropped: %+v", l)
		}
	}
}
