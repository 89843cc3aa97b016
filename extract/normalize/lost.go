package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Restorer puts back the letters a copy lost to question marks. A page
// saved or pasted through the wrong code page keeps its ASCII letters and
// turns the others into "?", one per byte or one per letter:
//
//	"so v???i c??ng kỳ năm 2023" → "so với cùng kỳ năm 2023"
//	"nhà ??ầu tư nước ngoài"      → "nhà đầu tư nước ngoài"
//
// A damaged word is matched against the words and phrases the text is
// expected to use: each run of "?" stands for one letter outside ASCII, every
// other letter must agree. The longest phrase that fits wins, so "c??ng"
// after "so v???i" is "cùng" and not "cộng"; a word that fits several
// phrases equally well is left as it is. A lone "?" after a whole word is a
// question mark and stays.
type Restorer struct {
	phrases [][]string        // each phrase's words, lower case
	index   map[string][]spot // a word's ASCII letters → where it stands in the phrases
}

type spot struct{ phrase, word int }

// NewRestorer indexes phrases ("so với cùng kỳ", "tăng", "đầu tư").
func NewRestorer(phrases []string) *Restorer {
	r := &Restorer{index: map[string][]spot{}}
	for _, p := range phrases {
		ws := strings.Fields(Lower(p))
		ok := len(ws) > 0
		for _, w := range ws {
			ok = ok && isWord(w)
		}
		if !ok {
			continue
		}
		for k, w := range ws {
			key := asciiLetters(w)
			r.index[key] = append(r.index[key], spot{len(r.phrases), k})
		}
		r.phrases = append(r.phrases, ws)
	}
	return r
}

// isWord: w is letters only (a phrase with figures or signs cannot be matched word for word).
func isWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// asciiLetters is w with every letter outside ASCII and every "?" left out:
// "với" and "v???i" both give "vi".
func asciiLetters(w string) string {
	var b strings.Builder
	for _, c := range w {
		if c < utf8.RuneSelf && c != '?' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// word is one run of letters and question marks in the text.
type word struct {
	start, end int
	low        string
	damaged    bool
}

// Restore returns s with the damaged words it can place put back; s itself
// when none is damaged.
func (r *Restorer) Restore(s string) string {
	if !strings.Contains(s, "?") {
		return s
	}
	ws := words(s)
	type fix struct {
		start, end int
		to         string
	}
	var fixes []fix
	for i, w := range ws {
		if !w.damaged {
			continue
		}
		best, n, same := "", 0, true
		for _, sp := range r.index[asciiLetters(w.low)] {
			ph := r.phrases[sp.phrase]
			first := i - sp.word
			if first < 0 || first+len(ph) > len(ws) || len(ph) < n {
				continue
			}
			fits := true
			for k, pw := range ph {
				if !fitsWord(ws[first+k].low, pw) {
					fits = false
					break
				}
			}
			if !fits {
				continue
			}
			if len(ph) > n {
				best, n, same = ph[sp.word], len(ph), true
			} else if ph[sp.word] != best {
				same = false
			}
		}
		if n > 0 && same {
			to := best
			if c, _ := utf8.DecodeRuneInString(s[w.start:]); unicode.IsUpper(c) {
				f, size := utf8.DecodeRuneInString(to)
				to = string(unicode.ToUpper(f)) + to[size:]
			}
			fixes = append(fixes, fix{w.start, w.end, to})
		}
	}
	if len(fixes) == 0 {
		return s
	}
	var b strings.Builder
	at := 0
	for _, f := range fixes {
		b.WriteString(s[at:f.start])
		b.WriteString(f.to)
		at = f.end
	}
	b.WriteString(s[at:])
	return b.String()
}

// words splits s into runs of letters and "?"; a run is damaged when a "?"
// stands inside it or two close it ("k??"), not when one ends it ("đâu?").
func words(s string) []word {
	var out []word
	start := -1
	for i, c := range s + " " {
		if unicode.IsLetter(c) || c == '?' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			t := s[start:i]
			core := strings.TrimRight(t, "?")
			inner := strings.Contains(core, "?")
			trailing := len(t) - len(core)
			if core == "" {
				start = -1
				continue // "???" alone: no letters to go on
			}
			if trailing == 1 && !inner {
				t = core // a question mark after the word
			}
			out = append(out, word{start, start + len(t), Lower(t), inner || trailing >= 2})
			start = -1
		}
	}
	return out
}

// fitsWord: text word t (lower case, maybe with "?") can be phrase word w:
// each run of "?" stands for one letter outside ASCII.
func fitsWord(t, w string) bool {
	for t != "" {
		if t[0] == '?' {
			t = strings.TrimLeft(t, "?")
			c, size := utf8.DecodeRuneInString(w)
			if size == 0 || c < utf8.RuneSelf {
				return false
			}
			w = w[size:]
			continue
		}
		c, size := utf8.DecodeRuneInString(t)
		d, dsize := utf8.DecodeRuneInString(w)
		if dsize == 0 || c != d {
			return false
		}
		t, w = t[size:], w[dsize:]
	}
	return w == ""
}
