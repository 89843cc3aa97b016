// Package number finds the quantities a Vietnamese text states and reads
// their values: "18,3%", "1.055.400 tỷ đồng", "64,22 tỷ USD", "524,1 nghìn
// tỷ đồng", "0,6 điểm phần trăm", "hai mươi lăm", "một nửa", "1tr5", "$10".
//
// Vietnamese prints a decimal comma and a thousands dot: "18,3" is 18.3 and
// "1.404" is 1404. Text in the English style is read too where it cannot be
// Vietnamese: "1,234,567" (two commas) is 1234567 and "1.25" (a dot not
// followed by three digits) is 1.25.
//
// Values are built as a decimal string with an exponent and parsed once, so
// "4,35 nghìn tỷ" is exactly 4350000000000 (4.35*1e12 in floating point is not).
package number
