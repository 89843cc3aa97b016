package facts

// Why says, for each field of a fact, which words of the body gave it and
// how they reached the figure, so a reader can see why a value was read as it
// was (`chiso scan --explain`, the reader in the web app). Filled only when
// Input.Explain is set.
//
//	"Tính chung 8 tháng, IIP của tỉnh tăng 5,2%" in an article on Bắc Ninh:
//	  period   "Tính chung 8 tháng"  sentence
//	  region   "của tỉnh"            the article's province
//	  indicator "IIP"                clause
//	  kind     "tăng"                verb
type Why struct {
	Indicator *Origin `json:"indicator,omitempty"`
	Sector    *Origin `json:"sector,omitempty"`
	Region    *Origin `json:"region,omitempty"`
	Period    *Origin `json:"period,omitempty"`
	Basis     *Origin `json:"basis,omitempty"`
	Kind      *Origin `json:"kind,omitempty"`
}

// Slot is one field of a fact and where it came from.
type Slot struct {
	Name   string // "indicator", "sector", "region", "period", "basis", "kind"
	Origin *Origin
}

// Slots lists the fields that have an origin, in the order a reader checks
// them: what, which part, where, when, against what, how.
func (w *Why) Slots() []Slot {
	all := []Slot{{"indicator", w.Indicator}, {"sector", w.Sector}, {"region", w.Region}, {"period", w.Period}, {"basis", w.Basis}, {"kind", w.Kind}}
	out := all[:0]
	for _, s := range all {
		if s.Origin != nil {
			out = append(out, s)
		}
	}
	return out
}

// Origin is where one field came from: the words (byte offsets into the
// body, Start == End when no words of the body gave it) and how they reached
// the figure.
type Origin struct {
	Text  string `json:"text,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	From  string `json:"from"`
}

// How a field reached its figure.
const (
	FromClause     = "clause"            // named in the figure's own clause
	FromSentence   = "sentence"          // named earlier in the sentence
	FromCarried    = "previous sentence" // carried from the sentence before
	FromHeadline   = "headline"          // the headline's period
	FromHome       = "article province"  // the province the article reports on
	FromDefault    = "whole country"     // no place named: the country, by default
	FromDominant   = "article topic"     // the indicator the article talks about most
	FromAfter      = "after the figure"  // named right after the number
	FromList       = "list"              // "lần lượt", or a list item's verb
	FromOwner      = "owner"             // "… của cả nước" after the number
	FromParen      = "parenthesis"       // what a parenthesis follows
	FromComparison = "comparison"        // "cùng kỳ năm trước": last year's figure
)

// origin of words s.text[a:b] of a sentence, as body offsets; nil unless
// the article is read with Explain (no allocation on the common path).
func (s *sentence) origin(a, b int, from string) *Origin {
	if !s.explain {
		return nil
	}
	if a < 0 || b > len(s.text) || a > b {
		return &Origin{From: from}
	}
	return &Origin{Text: s.text[a:b], Start: s.start + a, End: s.start + b, From: from}
}

// carried marks an origin of an earlier sentence as carried over.
func carried(o *Origin, from string) *Origin {
	if o == nil {
		return nil
	}
	c := *o
	c.From = from
	return &c
}

// note is an origin that no words of the body gave, with Explain only.
func (s *sentence) note(text, from string) *Origin {
	if !s.explain {
		return nil
	}
	return &Origin{Text: text, From: from}
}
