package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps every precomposed Latin letter Vietnamese uses (Latin-1,
// Latin Extended-A/B, Latin Extended Additional) to its base letter, built
// once from the Unicode decompositions: 'ệ' → 'e', 'Đ' → 'D'.
var foldTable = func() map[rune]rune {
	m := map[rune]rune{'đ': 'd', 'Đ': 'D'}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFD.String(string(r))
			if b, size := utf8.DecodeRuneInString(d); size < len(d) && b < utf8.RuneSelf {
				m[r] = b
			}
		}
	}
	add(0xC0, 0x24F)
	add(0x1E00, 0x1EFF)
	return m
}()

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
	var b strings.Builder
	b.Grow(len(w))
	b.WriteString(w[:i])
	for _, r := range w[i:] {
		if f, ok := foldTable[r]; ok {
			r = f
		} else if r >= 0x300 && r <= 0x36F {
			continue // a stray combining mark
		}
		b.WriteRune(r)
	}
	return b.String()
}

// KeyWord is Key for one word of NFC text: lower case and one tone placement,
// without the NFC pass and the splitting Key does for phrases.
func KeyWord(w string) string {
	w = Lower(w)
	if strings.IndexByte(w, 'o') >= 0 || strings.IndexByte(w, 'u') >= 0 {
		w = toneMoves.Replace(w)
	}
	return w
}
