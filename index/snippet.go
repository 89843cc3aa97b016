package index

import (
	"html"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"chiso/extract/normalize"
	"chiso/extract/place"
	"chiso/index/vi"
)

// marker tells which words of a text a snippet marks: the query's free
// words, as typed and in order (the last one perhaps the start of a word
// being typed), and sequences, folded, marked only where all their words
// stand together (phrases and province names).
//
// Free words are marked where they stand together as in the query, alone
// only in a text where they never do: "xuất khẩu" marks "xuất khẩu", not the
// "xuất" of "sản xuất" nor the "khẩu" of "nhập khẩu"; "26,35" (two words to
// the index) marks "26,35" whole. A word typed with its diacritics marks
// only itself in a text written with them: "số" is not "so".
type marker struct {
	words     []string // normalised as typed (vi.Term), in query order
	prefix    bool     // the last word is the start of a word being typed
	seqs      [][]string
	provinces []string // canonical names: marked wherever the text names them, by any alias ("TP.HCM")
}

// snippetBytes is about how long a snippet is, in bytes of text; 80..400.
const snippetBytes = 220

// span is a marked stretch of the original text.
type span struct{ start, end int }

// snippets returns up to n passages of text around what m marks, best first,
// as HTML: marked words in <mark>, everything else escaped, so pasted text
// never reaches the page as markup.
func snippets(text string, m marker, n int) []string {
	if strings.TrimSpace(text) == "" {
		return []string{}
	}
	marks := find(text, m)
	if len(marks) == 0 {
		return []string{render(text, nil, 0, cut(text, 0, snippetBytes))}
	}
	// windows start at each mark; the best hold the most marks
	type window struct{ start, end, score int }
	var wins []window
	for k, s := range marks {
		start := backTo(text, s.start-snippetBytes/4)
		end := cut(text, start, snippetBytes)
		score := 0
		for _, t := range marks[k:] {
			if t.end > end {
				break
			}
			score++
		}
		wins = append(wins, window{start, end, score})
	}
	sort.SliceStable(wins, func(i, j int) bool { return wins[i].score > wins[j].score })
	var out []string
	var used []window
	for _, w := range wins {
		if len(out) == n {
			break
		}
		overlap := false
		for _, u := range used {
			if w.start < u.end && u.start < w.end {
				overlap = true
			}
		}
		if !overlap {
			used = append(used, w)
			out = append(out, render(text, marks, w.start, w.end))
		}
	}
	return out
}

// find locates what m marks in the folded text, at word boundaries.
func find(text string, m marker) []span {
	scratch := foldScratch.Get().(*foldBuffers)
	defer foldScratch.Put(scratch)
	folded, origin := scratch.fold(text)
	var out []span
	// look calls found for each place needle stands in the folded text as a
	// word (or, with wholeEnd false, as the start of one, extended to its end)
	look := func(needle string, wholeEnd bool, found func(i, end int)) {
		for from := 0; needle != ""; {
			i := strings.Index(folded[from:], needle)
			if i < 0 {
				return
			}
			i += from
			j := i + len(needle)
			from = j
			if !boundary(folded, i) || wholeEnd && !boundary(folded, j) {
				continue
			}
			end := j
			for !wholeEnd && end < len(folded) && !boundary(folded, end) {
				end++
			}
			found(i, end)
		}
	}
	// every place of every free word, then the runs of them in query order
	type where struct{ i, end, word int }
	var places []where
	written := normalize.HasDiacritics(text)
	for k, w := range m.words {
		f := vi.FoldedTerm(w)
		typing := m.prefix && k == len(m.words)-1
		look(f, !typing, func(i, end int) {
			if written && f != w {
				got := vi.Term(text[origin[i]:origin[end]])
				if !typing && got != w || typing && !strings.HasPrefix(got, w) {
					return // "số" typed, "so" written; "dùng" being typed, "dựng" written
				}
			}
			places = append(places, where{i, end, k})
		})
	}
	sort.Slice(places, func(a, b int) bool { return places[a].i < places[b].i })
	inRun := make([]bool, len(m.words))
	for a := 0; a < len(places); {
		b := a
		for b+1 < len(places) && places[b+1].word == places[b].word+1 && separated(folded[places[b].end:places[b+1].i]) {
			b++
		}
		if b > a {
			out = append(out, span{int(origin[places[a].i]), int(origin[places[b].end])})
			for c := a; c <= b; c++ {
				inRun[places[c].word] = true
			}
		}
		a = b + 1
	}
	for _, p := range places {
		if !inRun[p.word] {
			out = append(out, span{int(origin[p.i]), int(origin[p.end])})
		}
	}
	for _, seq := range m.seqs {
		if len(seq) == 0 {
			continue
		}
		look(seq[0], true, func(i, end int) {
			// the rest of the sequence, each word after a short separator: "kim
			// ngach xuat khau", and "26,35" (its words joined by the comma)
			for _, w := range seq[1:] {
				j := end
				for j < len(folded) && j-end <= 4 && !isWordStart(folded, j) {
					j++
				}
				if j == end || !strings.HasPrefix(folded[j:], w) || !boundary(folded, j+len(w)) || !separated(folded[end:j]) {
					return
				}
				end = j + len(w)
			}
			out = append(out, span{int(origin[i]), int(origin[end])})
		})
	}
	if len(m.provinces) > 0 {
		for _, pm := range place.Default.FindAll(text, "") {
			if slices.Contains(m.provinces, pm.Name) {
				out = append(out, span{pm.Start, pm.End})
			}
		}
	}
	// sort and merge overlaps: a word found alone and in a sequence
	sort.Slice(out, func(i, j int) bool {
		return out[i].start < out[j].start || out[i].start == out[j].start && out[i].end > out[j].end
	})
	var merged []span
	for _, s := range out {
		if len(merged) > 0 && s.start < merged[len(merged)-1].end {
			if s.end > merged[len(merged)-1].end {
				merged[len(merged)-1].end = s.end
			}
			continue
		}
		merged = append(merged, s)
	}
	return merged
}

// isWordStart: a letter or digit starts at byte i of s.
func isWordStart(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWord(r)
}

// separated: s, between two words, holds no word and is short (a space, a
// line break, the comma of "26,35").
func separated(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if isWord(r) {
			return false
		}
	}
	return true
}

// foldBuffers are reused from one snippet to the next: a hit's folded text
// and its offsets are four times the size of its body.
type foldBuffers struct {
	b      []byte
	origin []int32
}

var foldScratch = sync.Pool{New: func() any { return new(foldBuffers) }}

// fold lower-cases and folds text letter by letter ("Thái" → "thai") and
// records, for every byte of the result, the offset it came from (plus one
// entry for the end). The offsets are valid until the next fold.
func (f *foldBuffers) fold(text string) (string, []int32) {
	b, origin := f.b[:0], f.origin[:0]
	for i, r := range text {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
			origin = append(origin, int32(i))
			continue
		}
		fr := normalize.FoldRune(r)
		if fr < 0 {
			continue
		}
		fr = unicode.ToLower(fr)
		n := len(b)
		b = utf8.AppendRune(b, fr)
		for range len(b) - n {
			origin = append(origin, int32(i))
		}
	}
	origin = append(origin, int32(len(text)))
	f.b, f.origin = b, origin
	return string(b), origin
}

// boundary: offset i of s (a rune start) is not inside a word.
func boundary(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return true
	}
	if !utf8.RuneStart(s[i]) {
		return false
	}
	r1, _ := utf8.DecodeLastRuneInString(s[:i])
	r2, _ := utf8.DecodeRuneInString(s[i:])
	return !(isWord(r1) && isWord(r2))
}

func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// backTo moves i back to the start of its word (and not below 0).
func backTo(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	for i > 0 && !boundary(s, i) {
		i--
	}
	return i
}

// cut returns where a passage of about n bytes from start ends, at a word end.
func cut(s string, start, n int) int {
	end := start + n
	if end >= len(s) {
		return len(s)
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	for end < len(s) && !boundary(s, end) {
		end++
	}
	return end
}

// render writes text[from:to] with marks, escaping everything, each run
// of white space as one space.
func render(text string, marks []span, from, to int) string {
	var b strings.Builder
	b.Grow(to - from + 64)
	space := false // a space is owed before the next text
	write := func(s string) {
		for len(s) > 0 {
			i := strings.IndexFunc(s, unicode.IsSpace)
			if i < 0 {
				i = len(s)
			}
			if i > 0 {
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				writeEscaped(&b, s[:i])
			}
			s = s[i:]
			for len(s) > 0 {
				r, size := utf8.DecodeRuneInString(s)
				if !unicode.IsSpace(r) {
					break
				}
				space = true
				s = s[size:]
			}
		}
	}
	if from > 0 {
		b.WriteString("…")
		space = true
	}
	pos := from
	for _, s := range marks {
		if s.start < from || s.end > to {
			continue
		}
		write(text[pos:s.start])
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString("<mark>")
		write(text[s.start:s.end])
		b.WriteString("</mark>")
		pos = s.end
	}
	write(text[pos:to])
	if to < len(text) {
		b.WriteString(" …")
	}
	return b.String()
}

// writeEscaped writes s escaped as html.EscapeString would, without a copy
// of s when nothing needs escaping.
func writeEscaped(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, `<>&'"`)
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		b.WriteString(html.EscapeString(s[i : i+1]))
		s = s[i+1:]
	}
}
