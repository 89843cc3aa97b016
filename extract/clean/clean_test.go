package clean

import (
	"strings"
	"testing"
)

// page is a made-up article with the furniture copied pages carry.
const page = `Kinh tế

Xuất khẩu của Bắc Ninh tăng mạnh trong quý III

Thứ Hai, 07/10/2024 - 08:15
2.314 Lượt xem
Kim ngạch xuất khẩu của tỉnh quý III ước đạt 12,5 tỷ USD, tăng 15% so với cùng kỳ.

Ảnh minh họa: Sản xuất linh kiện điện tử.

Ảnh minh họa: Sản xuất linh kiện điện tử.

Trong đó, khu vực có vốn đầu tư nước ngoài chiếm 96%. Các doanh nghiệp trong nước cũng phục hồi nhờ đơn hàng mới từ thị trường Hoa Kỳ và châu Âu, theo Sở Công Thương.

Xem thêm: Bắc Giang thu hút 1 tỷ USD vốn FDI

Sở Công Thương dự báo quý IV tiếp tục tăng trưởng khá nhờ mùa mua sắm cuối năm.

Minh Anh

Tin liên quan

Hà Nội: giá trị sản xuất công nghiệp tăng 8%

Đà Nẵng đón 1 triệu lượt khách quốc tế

SLOT88 GACOR77 MAXWIN138 https://a.example/ https://b.example/ https://c.example/
Hotline: 0912 345 678
• Zalo
• Back to top`

func TestSplit(t *testing.T) {
	d := Split(page)
	if d.Title != "Xuất khẩu của Bắc Ninh tăng mạnh trong quý III" {
		t.Errorf("title = %q", d.Title)
	}
	if d.Dateline != "Thứ Hai, 07/10/2024 - 08:15" {
		t.Errorf("dateline = %q", d.Dateline)
	}
	if d.Author != "Minh Anh" {
		t.Errorf("author = %q", d.Author)
	}
	body := d.Body()
	for _, with := range []string{
		"Kim ngạch xuất khẩu của tỉnh quý III ước đạt 12,5 tỷ USD",
		"Trong đó, khu vực có vốn đầu tư nước ngoài chiếm 96%.",
		"Sở Công Thương dự báo quý IV tiếp tục tăng trưởng khá",
		"Ảnh minh họa: Sản xuất linh kiện điện tử.",
	} {
		if !strings.Contains(body, with) {
			t.Errorf("lost %q", with)
		}
	}
	for _, without := range []string{"Kinh tế", "Lượt xem", "Xem thêm", "Tin liên quan", "Hà Nội: giá trị", "Đà Nẵng đón",
		"SLOT88", "Hotline", "Zalo", "Back to top", "Minh Anh", "07/10/2024"} {
		if strings.Contains(body, without) {
			t.Errorf("kept %q", without)
		}
	}
	if strings.Count(body, "Ảnh minh họa") != 1 {
		t.Errorf("the caption printed twice is kept twice")
	}
}

func TestNoHeader(t *testing.T) {
	// a paste from the middle of an article: no title, nothing dropped
	text := "Trong đó, ngành khai khoáng giảm 3,5%.\n\nNgành chế biến, chế tạo tăng 5,9%."
	d := Split(text)
	if d.Title != "" || len(d.Paragraphs) != 2 || len(d.Dropped) != 0 {
		t.Fatalf("got %+v", d)
	}
}

func TestSource(t *testing.T) {
	d := Split("Tiêu đề bài báo về công nghiệp\n\nNội dung bài báo có số liệu tăng 5%.\n\nNam Giang/TTXVN\n\nNguồn Bnews: https://bnews.vn/bai-viet/333457.html")
	if d.SourceURL != "https://bnews.vn/bai-viet/333457.html" || d.Author != "Nam Giang/TTXVN" {
		t.Fatalf("source %q author %q", d.SourceURL, d.Author)
	}
}

// A label early in the page drops only the link titles after it.
func TestEarlyTeaser(t *testing.T) {
	text := "Đoạn mở đầu của bài viết với số liệu tăng 5% so với cùng kỳ.\n\nTin liên quan\n\nMột bài khác về xuất khẩu gạo\n\n" +
		strings.Repeat("Đoạn thân bài dài với nhiều thông tin về sản xuất công nghiệp và thương mại của địa phương. ", 6)
	d := Split(text)
	if strings.Contains(d.Body(), "Một bài khác") || !strings.Contains(d.Body(), "Đoạn thân bài dài") {
		t.Fatalf("body = %q", d.Body())
	}
}
