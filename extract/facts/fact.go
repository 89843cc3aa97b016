// Package facts turns the sentences of an article body into facts and
// rankings: each number that states an indicator's level, change, share,
// contribution, plan progress, index, ratio, target or count, with the
// indicator, sector, region, period and basis a reader would give it.
//
// It reads with scope, the way a reader does, not "the last mention wins":
//
//   - the document (build.go) sets defaults from the dateline and the
//     headline: the year and month bare periods are anchored to, the
//     headline's period, the article's province;
//
//   - a sentence (sentence.go) is read left to right as a stream of events —
//     cue phrases (lexicon), places, periods, quantities — into a state whose
//     slots each have a scope: a clause (";", ", trong khi", ", còn", an
//     industry after a comma) names its own subject and sector, a parenthesis
//     is about what it follows and gives nothing back, a comparison's period
//     never becomes a figure's own (scope.go);
//
//   - a figure takes what is in force, overridden by what names it alone:
//     "của cả nước" after it, the period right after it, its place in a
//     "lần lượt" list, the verb of the list it is an item of.
//
//     Kim ngạch xuất, nhập khẩu tháng 1/2024 ước đạt 64,22 tỷ USD, tăng 37,7% so với
//     cùng kỳ; trong đó xuất khẩu ước đạt 33,57 tỷ USD, tăng 42%…
//
// gives trade_turnover 2024-01 level and change (yoy), then exports 2024-01
// level and change, the period, basis and estimate flag carried over. With
// Input.Explain each fact says which words gave each of its fields (Why).
package facts

// Fact is one number an article states about one indicator, for one place
// and one period. JSON names follow shared/CONTRACT.md.
type Fact struct {
	Indicator  string  `json:"indicator"`
	Sector     string  `json:"sector"`
	Region     string  `json:"region"`
	Region2025 *string `json:"region_2025"`
	Period     *string `json:"period"`
	Kind       string  `json:"kind"`
	Basis      *string `json:"basis"`
	Value      float64 `json:"value"`
	Unit       string  `json:"unit"`
	Estimate   bool    `json:"estimate"`
	Quote      string  `json:"quote"`
	// Start and End locate the number in the body (byte offsets), so a reader
	// can highlight it in place.
	Start int `json:"start"`
	End   int `json:"end"`
	// Approx is the hedge printed before the number ("gần", "hơn", "khoảng").
	Approx string `json:"approx,omitempty"`
	// Why says which words gave each field; only with Input.Explain.
	Why *Why `json:"why,omitempty"`
}

// Ranking is a list of places the article gives in order.
type Ranking struct {
	Indicator string   `json:"indicator"`
	Period    *string  `json:"period"`
	Order     string   `json:"order"`
	Regions   []string `json:"regions"`
	Quote     string   `json:"quote"`
}

// Kinds of facts, as the contract spells them.
const (
	Level        = "level"
	Change       = "change"
	Share        = "share"
	Contribution = "contribution"
	PlanProgress = "plan_progress"
	Target       = "target"
	CountUp      = "count_up"
	CountDown    = "count_down"
	Index        = "index" // "bằng 102,3% so với cùng kỳ": a percentage of the comparison period
	Ratio        = "ratio" // "gấp 2,2 lần": a multiple, unit "x"
)

// Nation is the region of a figure for the whole country.
const Nation = "Việt Nam"

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// key identifies a fact for removing repeats within one article.
// Period and basis are left out: statements that differ only in one of them
// left unsaid are one fact (seenFacts).
func (f Fact) key() factKey {
	return factKey{f.Indicator, f.Sector, f.Region, f.Kind, f.Unit, f.Value}
}

type factKey struct {
	indicator, sector, region, kind, unit string
	value                                 float64
}
