package index

import (
	"html"
	"sort"
	"strings"

	"chiso/extract/normalize"
	"chiso/extract/segment"
	"chiso/index/vi"
)

// marker tells which words of a text a snippet marks: single words (as
// typed or folded), the start of a word being typed, and sequences (phrases
// and province names) marked only where all their words stand together.
type marker struct {
	exact, folded map[string]bool
	prefix        string     // folded start of a word being typed, or ""
	seqs          [][]string // folded words of each phrase and province
}

func (m marker) match(word string) bool {
	f := vi.FoldedTerm(word)
	return m.exact[vi.Term(word)] || m.folded[f] || m.prefix != "" && strings.HasPrefix(f, m.prefix)
}

// snippetWords is how many words a snippet shows; 10..60.
const snippetWords = 28

// snippets returns up to n passages of text around the words m marks, best
// first, as HTML: marked words in <mark>, everything else escaped. Pasted
// text never reaches the page as markup.
func snippets(text string, m marker, n int) []string {
	toks := segment.Tokens(normalize.Lower(text))
	var words []segment.Token
	for _, t := range toks {
		if t.Kind != segment.Punct {
			words = append(words, t)
		}
	}
	if len(words) == 0 {
		return []string{}
	}
	hit := make([]bool, len(words))
	folded := make([]string, len(words))
	for k, t := range words {
		hit[k] = m.match(text[t.Start:t.End])
		folded[k] = vi.FoldedTerm(text[t.Start:t.End])
	}
	for _, seq := range m.seqs {
		for k := 0; k+len(seq) <= len(words); k++ {
			all := true
			for j, w := range seq {
				if folded[k+j] != w {
					all = false
					break
				}
			}
			if all {
				for j := range seq {
					hit[k+j] = true
				}
			}
		}
	}
	// score every window by the marked words it holds
	type window struct{ start, score int }
	var wins []window
	for s := 0; s < len(words); s += snippetWords / 2 {
		c := 0
		for k := s; k < len(words) && k < s+snippetWords; k++ {
			if hit[k] {
				c++
			}
		}
		wins = append(wins, window{s, c})
	}
	sort.SliceStable(wins, func(i, j int) bool { return wins[i].score > wins[j].score })
	var out []string
	var used []int
	for _, w := range wins {
		if len(out) == n || w.score == 0 && len(out) > 0 {
			break
		}
		overlap := false
		for _, u := range used {
			if w.start < u+snippetWords && u < w.start+snippetWords {
				overlap = true
			}
		}
		if overlap {
			continue
		}
		used = append(used, w.start)
		out = append(out, render(text, words, hit, w.start, min(len(words), w.start+snippetWords)))
	}
	return out
}

// render writes words[from:to] of text with marks, escaping all text.
func render(text string, words []segment.Token, hit []bool, from, to int) string {
	var b strings.Builder
	start, end := words[from].Start, words[to-1].End
	if from > 0 {
		b.WriteString("… ")
	}
	pos := start
	for k := from; k < to; k++ {
		if !hit[k] {
			continue
		}
		t := words[k]
		b.WriteString(html.EscapeString(text[pos:t.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[t.Start:t.End]))
		b.WriteString("</mark>")
		pos = t.End
	}
	b.WriteString(html.EscapeString(text[pos:end]))
	if to < len(words) {
		b.WriteString(" …")
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
