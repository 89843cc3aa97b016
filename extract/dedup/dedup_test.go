package dedup

import (
	"strings"
	"testing"
)

const release = `Chỉ số sản xuất công nghiệp tháng 1/2024 ước tăng 18,3% so với cùng kỳ, trong đó công nghiệp chế biến, chế tạo tăng 19,3%. Chỉ số sản xuất công nghiệp tăng ở 60 địa phương và giảm ở 3 địa phương trên cả nước. Kim ngạch xuất, nhập khẩu tháng 1/2024 ước đạt 64,22 tỷ USD, tăng 37,7% so với cùng kỳ; trong đó xuất khẩu ước đạt 33,57 tỷ USD, tăng 42%, nhập khẩu ước đạt 30,65 tỷ USD, tăng 33,3%; xuất siêu ước đạt 2,92 tỷ USD.`

func TestNear(t *testing.T) {
	rewrite := "Theo Bộ Công Thương, " + strings.ToLower(release[:1]) + release[1:] + " Các địa phương cần tiếp tục theo dõi sát tình hình thị trường và hỗ trợ doanh nghiệp."
	other := "Giá lúa gạo tại Đồng bằng sông Cửu Long tuần qua biến động nhẹ, thương lái thu mua chậm do nhu cầu xuất khẩu chững lại sau kỳ nghỉ lễ, trong khi nông dân chờ giá tăng trở lại."
	sigs := []Signature{Sign(release), Sign(rewrite), Sign(other)}
	pairs := Near(sigs)
	if len(pairs) != 1 || pairs[0].A != 0 || pairs[0].B != 1 || pairs[0].Similarity < 0.8 {
		t.Fatalf("got %+v; want only the release and its rewrite", pairs)
	}
	if s := Similarity(sigs[0], sigs[0]); s != 1 {
		t.Fatalf("self-similarity %v", s)
	}
	if s := Similarity(Sign("quá ngắn"), sigs[0]); s != 0 {
		t.Fatalf("short text similarity %v", s)
	}
}
