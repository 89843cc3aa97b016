package facts

import (
	"math"
	"sort"
	"strings"
)

// Key names what a fact measures: indicator, sector, region, period, kind,
// basis and unit. Two articles giving facts with one key should agree.
func (f Fact) Key() string {
	return strings.Join([]string{f.Indicator, f.Sector, f.Region, deref(f.Period), f.Kind, deref(f.Basis), f.Unit}, "|")
}

// Sourced is a fact, the article it came from and its place there.
type Sourced struct {
	Fact
	Article string `json:"article"`
	Index   int    `json:"index"`
}

// Conflict is one measure that articles give different values for.
type Conflict struct {
	Key    string    `json:"key"`
	Values []Sourced `json:"values"` // one per article, largest value first
}

// Agree: values that differ by less than half a percent are the same
// figure rounded differently ("203 nghìn tỷ" and "203,2 nghìn tỷ").
func Agree(a, b float64) bool {
	return math.Abs(a-b) <= 0.005*math.Max(math.Abs(a), math.Abs(b))
}

// Conflicts finds the measures that different articles disagree on. An
// article that repeats a figure counts once; a figure the others agree
// with is not a conflict however many articles give it.
func Conflicts(all []Sourced) []Conflict {
	byKey := map[string][]Sourced{}
	var keys []string
	for _, s := range all {
		if s.Period == nil { // a figure without a period cannot be compared
			continue
		}
		k := s.Key()
		list := byKey[k]
		if len(list) == 0 {
			keys = append(keys, k)
		}
		dup := false
		for _, o := range list {
			if o.Article == s.Article && Agree(o.Value, s.Value) {
				dup = true
			}
		}
		if !dup {
			byKey[k] = append(list, s)
		}
	}
	sort.Strings(keys)
	var out []Conflict
	for _, k := range keys {
		list := byKey[k]
		differ := false
		for i := range list {
			for j := i + 1; j < len(list); j++ {
				if list[i].Article != list[j].Article && !Agree(list[i].Value, list[j].Value) {
					differ = true
				}
			}
		}
		if differ {
			sort.SliceStable(list, func(i, j int) bool { return list[i].Value > list[j].Value })
			out = append(out, Conflict{Key: k, Values: list})
		}
	}
	return out
}
