package extract

import (
	"sort"
	"strings"

	"chiso/extract/facts"
)

// wordMap maps byte offsets in a repaired body to the body as printed. The
// two hold the same words in the same order with the same spaces between,
// and differ only inside the words a repair put letters back into ("m??c"
// printed, "mức" read), so an offset moves with its word.
type wordMap struct {
	read, printed  string
	rs, re, ps, pe []int // each word's start and end in read and in printed
}

// newWordMap pairs the words of read and printed; ok is false when their
// counts differ (then offsets cannot be carried over).
func newWordMap(read, printed string) (m wordMap, ok bool) {
	m.read, m.printed = read, printed
	m.rs, m.re = spans(read)
	m.ps, m.pe = spans(printed)
	return m, len(m.rs) == len(m.ps)
}

// spans gives the start and end of each run of non-space bytes.
func spans(s string) (starts, ends []int) {
	in := false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\n'
		if !space && !in {
			starts = append(starts, i)
		} else if space && in {
			ends = append(ends, i)
		}
		in = !space
	}
	if in {
		ends = append(ends, len(s))
	}
	return starts, ends
}

// at is the printed offset of read offset o: the same place in an unchanged
// word or in the spaces after it, the start or end of a repaired one.
func (m wordMap) at(o int) int {
	// k: the last word starting at or before o
	k := sort.SearchInts(m.rs, o+1) - 1
	switch {
	case k < 0:
		return o
	case o >= m.re[k]: // in the spaces after word k
		return m.pe[k] + o - m.re[k]
	case m.read[m.rs[k]:m.re[k]] == m.printed[m.ps[k]:m.pe[k]]:
		return m.ps[k] + o - m.rs[k]
	case o == m.rs[k]:
		return m.ps[k]
	default:
		return m.pe[k]
	}
}

// reprint moves what was read from the repaired body onto the printed one:
// the facts' offsets, and quotes as printed where they stand in the body as
// one piece.
func (m wordMap) reprint(fs []facts.Fact, rs []facts.Ranking) {
	for i := range fs {
		fs[i].Quote = m.quote(fs[i].Quote)
		fs[i].Start, fs[i].End = m.at(fs[i].Start), m.at(fs[i].End)
	}
	for i := range rs {
		rs[i].Quote = m.quote(rs[i].Quote)
	}
}

func (m wordMap) quote(q string) string {
	if i := strings.Index(m.read, q); q != "" && i >= 0 {
		return m.printed[m.at(i):m.at(i+len(q))]
	}
	return q
}
