package normalize

import (
	"strings"
	"unicode/utf8"
)

// foldTable maps every precomposed Latin letter Vietnamese uses (Latin-1,
// Latin Extended-A/B, Latin Extended Additional) to its base letter:
// 'ệ' → 'e', 'Đ' → 'D'. It is read from the generated foldPairs rather than
// computed at start-up, which every request of the Worker would pay for.
var foldTable = func() map[rune]rune {
	m := make(map[rune]rune, len(foldPairs)/3)
	rs := []rune(foldPairs)
	for k := 0; k+1 < len(rs); k += 2 {
		m[rs[k]] = rs[k+1]
	}
	return m
}()

// FoldRune is FoldWord for one rune: its letter without marks, or -1 for
// a stray combining mark, which folding drops.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	if r >= 0x300 && r <= 0x36F {
		return -1
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
