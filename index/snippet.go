package index

import (
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"chiso/extract/normalize"
)

// marker tells which words of a text a snippet marks: single words (as
// typed, or folded), the start of a word being typed, and sequences
// (phrases and province names) marked only where all their words stand together.
type marker struct {
	exact, folded map[string]bool
	prefix        string     // folded start of a word being typed, or ""
	seqs          [][]string // folded words of each phrase and province
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

// find locates what m marks: exact keys in the lower-cased text, folded
// keys and sequences in the folded text, each at word boundaries.
func find(text string, m marker) []span {
	low := normalize.Lower(text) // same offsets as text
	folded, origin := foldMap(low)
	var out []span
	look := func(hay, needle string, toOrig func(int) int, wholeEnd bool) {
		for from := 0; needle != ""; {
			i := strings.Index(hay[from:], needle)
			if i < 0 {
				return
			}
			i += from
			j := i + len(needle)
			from = j
			if !boundary(hay, i) || wholeEnd && !boundary(hay, j) {
				continue
			}
			end := j
			if !wholeEnd { // a prefix marks the whole word
				for end < len(hay) && !boundary(hay, end) {
					end++
				}
			}
			out = append(out, span{toOrig(i), toOrig(end)})
		}
	}
	same := func(i int) int { return i }
	back := func(i int) int { return int(origin[i]) }
	for k := range m.exact {
		look(low, k, same, true)
	}
	for k := range m.folded {
		look(folded, k, back, true)
	}
	for _, seq := range m.seqs {
		look(folded, strings.Join(seq, " "), back, true)
	}
	if m.prefix != "" {
		look(folded, m.prefix, back, false)
	}
	// sort and merge overlaps: the same word found as exact and as folded
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

// foldMap folds lower-cased text letter by letter ("thái" → "thai") and
// records, for every byte of the result, the offset it came from (plus one
// entry for the end).
func foldMap(low string) (string, []int32) {
	b := make([]byte, 0, len(low))
	origin := make([]int32, 0, len(low)+1)
	for i, r := range low {
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
			origin = append(origin, int32(i))
			continue
		}
		f := normalize.FoldRune(r)
		if f < 0 {
			continue
		}
		n := len(b)
		b = utf8.AppendRune(b, f)
		for range len(b) - n {
			origin = append(origin, int32(i))
		}
	}
	origin = append(origin, int32(len(low)))
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

// render writes text[from:to] with marks, escaping everything.
func render(text string, marks []span, from, to int) string {
	var b strings.Builder
	if from > 0 {
		b.WriteString("… ")
	}
	pos := from
	for _, s := range marks {
		if s.start < from || s.end > to {
			continue
		}
		b.WriteString(html.EscapeString(text[pos:s.start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[s.start:s.end]))
		b.WriteString("</mark>")
		pos = s.end
	}
	b.WriteString(html.EscapeString(text[pos:to]))
	if to < len(text) {
		b.WriteString(" …")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
