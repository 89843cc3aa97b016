package normalize

import (
	"unicode/utf8"
)

// foldLatin and foldExtended map every precomposed Latin letter Vietnamese
// uses (Latin-1 and Latin Extended-A/B from U+0080, Latin Extended
// Additional from U+1E00) to its base letter: 'ệ' → 'e', 'Đ' → 'D'; 0
// leaves a rune as it is. They are filled from the generated foldPairs
// rather than computed from Unicode at start-up, which every request of the
// Worker would pay for, and are arrays, not a map: folding is on the path
// of every indexed word and every search snippet.
var foldLatin, foldExtended = func() (latin [0x250 - 0x80]rune, extended [0x100]rune) {
	rs := []rune(foldPairs)
	for k := 0; k+1 < len(rs); k += 2 {
		switch r := rs[k]; {
		case r >= 0x80 && r < 0x250:
			latin[r-0x80] = rs[k+1]
		case r >= 0x1E00 && r < 0x1F00:
			extended[r-0x1E00] = rs[k+1]
		default:
			panic("normalize: a fold pair outside the tables: " + string(r))
		}
	}
	return
}()

// FoldRune is FoldWord for one rune: its letter without marks, or -1 for
// a stray combining mark, which folding drops.
func FoldRune(r rune) rune {
	var f rune
	switch {
	case r < utf8.RuneSelf:
		return r
	case r < 0x250:
		f = foldLatin[r-0x80]
	case r >= 0x300 && r <= 0x36F:
		return -1
	case r >= 0x1E00 && r < 0x1F00:
		f = foldExtended[r-0x1E00]
	}
	if f != 0 {
		return f
	}
	return r
}

// FoldWord is Fold for one word of NFC text, without the NFD round trip:
// the per-token path of the search index. FoldWord("Nguyễn") == "Nguyen".
func FoldWord(w string) string {
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf {
		i++
	}
	if i == len(w) {
		return w
	}
	return string(AppendFold(make([]byte, 0, len(w)), w))
}

// AppendFold appends FoldWord(w) to dst: the search index folds every word
// of a text into one buffer.
func AppendFold(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		if w[i] < utf8.RuneSelf {
			dst = append(dst, w[i])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r = FoldRune(r); r >= 0 { // -1: a stray combining mark
			dst = utf8.AppendRune(dst, r)
		}
		i += size
	}
	return dst
}

// KeyWord is Key for one word of NFC text: lower case and one tone placement,
// without the NFC pass and the splitting Key does for phrases.
func KeyWord(w string) string { return TonePlace(Lower(w)) }

// TonePlace is KeyWord for a word already in lower case: the search index
// calls it on every word of a lower-cased text.
func TonePlace(w string) string {
	if oldTonePlace(w) {
		w = toneMoves.Replace(w)
	}
	return w
}

// oldTonePlace: w may carry its tone on the first vowel of oa, oe or uy
// (an o or u followed by a marked letter), which toneMoves rewrites.
func oldTonePlace(w string) bool {
	for i := 0; i+1 < len(w); i++ {
		if c := w[i] | 0x20; (c == 'o' || c == 'u') && w[i+1] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
