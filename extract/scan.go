package extract

import (
	"sort"

	"chiso/extract/normalize"
	"chiso/extract/number"
	"chiso/extract/period"
	"chiso/extract/segment"
)

// Mention is one quantity, date or period the parsers recognise, as
// `chiso scan` prints it (see shared/CONTRACT.md).
type Mention struct {
	Line   int      `json:"line,omitempty"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Text   string   `json:"text"`
	Type   string   `json:"type"` // number, money, percent, pp, date, period
	Value  *float64 `json:"value,omitempty"`
	Unit   string   `json:"unit,omitempty"`
	Date   string   `json:"date,omitempty"`
	Period string   `json:"period,omitempty"`
	Of     float64  `json:"of,omitempty"`
	Approx string   `json:"approx,omitempty"`
}

// Scan lists what the parsers see in text, in text order: periods and dates
// first claim their spans, then numbers are read in what is left. Offsets
// are bytes of normalize.Text(text), which Scan returns too.
func Scan(text string, refYear int) (string, []Mention) {
	text = normalize.Text(text)
	toks := segment.Tokens(normalize.Lower(text))
	if !normalize.HasDiacritics(text) {
		segment.Unfold(toks)
	}
	var out []Mention
	var avoid []number.Span
	for _, m := range period.FindTokens(toks, refYear) {
		avoid = append(avoid, number.Span{Start: m.Start, End: m.End})
		mt := Mention{Start: m.Start, End: m.End, Text: text[m.Start:m.End]}
		switch m.Kind {
		case period.Date:
			mt.Type, mt.Date = "date", m.Date
		case period.Period, period.SameTime:
			mt.Type, mt.Period = "period", m.Period
		default:
			continue
		}
		out = append(out, mt)
	}
	for _, q := range number.FindTokens(text, toks, avoid) {
		v := q.Value
		out = append(out, Mention{Start: q.Start, End: q.End, Text: text[q.Start:q.End], Type: string(q.Kind),
			Value: &v, Unit: q.Unit, Of: q.Of, Approx: q.Approx})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return text, out
}
