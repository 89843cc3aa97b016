package normalize

import "testing"

// Letters a copy lost to "?" come back where the phrase around them
// decides; a question mark stays, and a word two phrases fit equally stays.
func TestRestore(t *testing.T) {
	r := NewRestorer([]string{"so với cùng kỳ năm trước", "so với cùng kỳ", "nhà đầu tư nước ngoài", "tăng", "cùng", "cộng", "được"})
	for in, want := range map[string]string{
		"tăng 2% so v???i c??ng kỳ năm 2023":    "tăng 2% so với cùng kỳ năm 2023",
		"vốn của nhà ??ầu tư nước ngoài":        "vốn của nhà đầu tư nước ngoài",
		"T??ng 27,5% so với cùng k??":           "Tăng 27,5% so với cùng kỳ",
		"giải ngân đư??c 8,25 tỷ USD":           "giải ngân được 8,25 tỷ USD",
		"Tăng trưởng do đâu? Vì sao?":           "Tăng trưởng do đâu? Vì sao?",
		"c??ng lại":                             "c??ng lại", // "cùng" or "cộng": left as it is
		"mã ??? không rõ":                       "mã ??? không rõ",
		"không có dấu hỏi nào trong câu này cả": "không có dấu hỏi nào trong câu này cả",
	} {
		if got := r.Restore(in); got != want {
			t.Errorf("Restore(%q) = %q, want %q", in, got, want)
		}
	}
}
