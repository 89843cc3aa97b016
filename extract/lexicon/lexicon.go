// Package lexicon holds the cue phrases that tell what a number in an
// economic report is about (indicator, sector, basis, kind, estimate), and a
// matcher that finds them in a sentence: longest phrase first, left to right,
// whole words only, any case and either tone placement.
package lexicon

import (
	"slices"
	"sort"
	"strings"

	"chiso/extract/normalize"
	"chiso/extract/segment"
)

// Category says what a cue phrase tells.
type Category uint8

const (
	Indicator Category = iota + 1
	Sector
	Basis
	Estimate
	Verb      // Value is one of the Verb* constants
	Target    // the numbers after it are planned, not achieved
	PlanWord  // "kế hoạch" right after a percentage: plan progress
	Rank      // Value is "highest" or "lowest"
	Nation    // the whole country
	Area      // "khu vực", "vùng": the article's named group
	CountNoun // what a count counts: "địa phương", "tỉnh, thành phố"
	Threshold // "trở lên": the number is a bound, not a value
	Venue     // "tại", "ở": a place after it is where something happened
	Anaphor   // "của tỉnh", "toàn tỉnh": the province the article is about
)

// Verbs: how the number after them relates to the indicator.
const (
	VerbUp           = "up"           // tăng: a positive change
	VerbDown         = "down"         // giảm: a negative change
	VerbShare        = "share"        // chiếm: a share of a total
	VerbLevel        = "level"        // đạt: an amount
	VerbContribUp    = "contrib_up"   // đóng góp: percentage points added
	VerbContribDown  = "contrib_down" // làm giảm: percentage points taken away
	VerbCountUp      = "count_up"     // tăng ở N địa phương
	VerbCountDown    = "count_down"   // giảm ở N địa phương
	VerbGrowPositive = "grow_pos"     // N tỉnh … tăng trưởng dương
	VerbGrowNegative = "grow_neg"     // N tỉnh … tăng trưởng âm
	VerbIndex        = "index"        // bằng: a percentage of what it is compared with
	VerbRatio        = "ratio"        // gấp: a multiple
	VerbExceed       = "exceed"       // vượt: over a plan, or a bound
	VerbRevise       = "revise"       // điều chỉnh: a revision of an earlier estimate, no figure of its own
)

// Cue is one phrase found in a text.
type Cue struct {
	Start, End  int // byte offsets
	First, Last int // token indexes, inclusive
	Cat         Category
	Value       string
}

// Matcher finds the phrases of a table in token streams.
type Matcher struct {
	root *node
}

type node struct {
	next  map[string]*node
	entry *entry
}

type entry struct {
	cat   Category
	value string
}

// New builds a matcher from rows of the tables; every phrase is also entered
// with the other tone placement and without diacritics (for text typed
// without them, where the folded forms are what is printed).
func New(rows []Row) *Matcher {
	m := &Matcher{root: &node{}}
	for _, r := range rows {
		for _, v := range []string{r.Phrase, normalize.OldTone(r.Phrase), normalize.FoldWord(r.Phrase), spellingI(r.Phrase)} {
			m.add(v, entry{r.Cat, r.Value})
		}
	}
	return m
}

// spellingI writes a phrase with "i" where the other spelling has "y" after
// a consonant, as many papers print it: "cùng kì", "tỉ đồng", "kế hoạch kì".
func spellingI(p string) string { return yToI.Replace(p) }

// yToI is built once: New spells every row of the tables with it.
var yToI = strings.NewReplacer("kỳ", "kì", "tỷ", "tỉ", "lý", "lí", "quý", "quí")

// Row is one cue phrase of a table.
type Row struct {
	Phrase string
	Cat    Category
	Value  string
}

func (m *Matcher) add(phrase string, e entry) {
	n := m.root
	for _, t := range segment.Tokens(normalize.Lower(phrase)) {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[t.Text]
		if c == nil {
			c = &node{}
			n.next[t.Text] = c
		}
		n = c
	}
	if n.entry == nil {
		n.entry = &e
	}
}

// Find returns the cues in toks (tokens of lower-cased text), left to right,
// longest first and never overlapping. Tokens inside a phrase must not be
// broken by a line end. When folded is true the text has no diacritics and
// the folded phrases match too.
func (m *Matcher) Find(toks []segment.Token) []Cue {
	var out []Cue
	for i := 0; i < len(toks); {
		if toks[i].Kind == segment.Digit {
			i++
			continue
		}
		n := m.root
		best, bestEnd := (*entry)(nil), -1
		for j := i; j < len(toks) && n.next != nil; j++ {
			if j > i && toks[j].Line {
				break
			}
			c := n.next[dash(toks[j].Text)]
			if c == nil {
				break
			}
			n = c
			if n.entry != nil && wordEnds(toks, j) {
				best, bestEnd = n.entry, j
			}
		}
		if best == nil {
			i++
			continue
		}
		out = append(out, Cue{Start: toks[i].Start, End: toks[bestEnd].End, First: i, Last: bestEnd, Cat: best.cat, Value: best.value})
		i = bestEnd + 1
	}
	return out
}

// dash reads an en or em dash as the hyphen the tables spell: "chế biến –
// chế tạo" is "chế biến - chế tạo".
func dash(w string) string {
	if w == "–" || w == "—" {
		return "-"
	}
	return w
}

// wordEnds: the phrase ending at token j is not the start of a longer word
// ("tăng" must not match in "tăngx").
func wordEnds(toks []segment.Token, j int) bool {
	return j+1 >= len(toks) || toks[j+1].Gap || toks[j+1].Kind != segment.Word || toks[j].Kind != segment.Word
}

// Default is the matcher over every table in tables.go.
var Default = New(allRows())

// Codes returns every indicator and sector code the lexicon can name, and
// the ones the fact reader derives from them ("retail_sales_real",
// "industry_value_added", …), sorted: what a view must have a name for.
func Codes() []string {
	seen := map[string]bool{}
	for _, table := range []map[string]string{indicators, sectors, markets} {
		for _, v := range table {
			if v != "" {
				seen[v] = true
			}
		}
	}
	for _, v := range derived {
		seen[v] = true
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

// derived are the codes the fact reader gives that no phrase of the tables
// names: a measure read from its context ("Nếu loại trừ yếu tố giá, tổng mức
// bán lẻ …" → retail_sales_real).
var derived = []string{"retail_sales_real", "industry_value_added", "industrial_production", "electricity_output",
	"domestic_investment", "enterprise_capital", "grdp_per_capita", "gdp_per_capita", "budget_expenditure"}

func allRows() []Row {
	var rows []Row
	add := func(cat Category, table map[string]string) {
		for phrase, v := range table {
			rows = append(rows, Row{phrase, cat, v})
		}
	}
	add(Indicator, indicators)
	add(Sector, sectors)
	add(Basis, bases)
	add(Verb, verbs)
	add(Rank, ranks)
	for _, p := range thisGroup {
		rows = append(rows, Row{p, Anaphor, "this group"})
	}
	for _, p := range thisFigure {
		rows = append(rows, Row{p, Anaphor, "this figure"})
	}
	for _, p := range thisPlace {
		rows = append(rows, Row{p, Anaphor, "this"})
	}
	for _, p := range partners {
		rows = append(rows, Row{p, Sector, markets[p]})
	}
	for _, p := range fdiTotals() {
		rows = append(rows, Row{p, Indicator, "fdi_registered"})
	}
	for country, sector := range markets {
		for _, lead := range []string{"sang", "sang thị trường", "thị trường", "vào thị trường", "từ", "từ thị trường", "với"} {
			rows = append(rows, Row{lead + " " + country, Sector, sector})
		}
	}
	for _, list := range []struct {
		cat     Category
		phrases []string
	}{{Estimate, estimates}, {Target, targets}, {PlanWord, planWords}, {Nation, nation}, {Area, areas}, {CountNoun, countNouns}, {Threshold, thresholds}, {Venue, venues}, {Anaphor, anaphors}} {
		for _, p := range list.phrases {
			rows = append(rows, Row{p, list.cat, ""})
		}
	}
	// map order is random; sort so that the first entry for a phrase is stable
	sortRows(rows)
	return rows
}

func sortRows(rows []Row) {
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Phrase != rows[j].Phrase {
			return rows[i].Phrase < rows[j].Phrase
		}
		return rows[i].Cat < rows[j].Cat
	})
}

// IsMoney reports whether an indicator is measured in money.
func IsMoney(ind string) bool { return moneyIndicators[ind] }

// IsTrade reports whether an indicator is reported in US dollars by default.
func IsTrade(ind string) bool {
	return ind == "exports" || ind == "imports" || ind == "trade_turnover" || ind == "trade_balance" || strings.HasPrefix(ind, "fdi")
}

// wholes: the indicator a part belongs to, when the indicator in force is
// not one it can be a part of. "Doanh thu du lịch lữ hành tăng 47%" in a
// trade paragraph is a part of retail sales (in a GRDP paragraph "lưu trú,
// ăn uống" is the economy's own service industry); "nhóm giao thông giảm
// 1,12%" a part of the CPI.
var wholes = map[string][]string{
	"goods": {"retail_sales"}, "accommodation_food": {"retail_sales", "gdp", "grdp"}, "travel": {"retail_sales"}, "other_services": {"retail_sales"},
	"new_projects": {"fdi_registered"}, "capital_adjustment": {"fdi_registered"}, "share_purchase": {"fdi_registered"},
	"share_purchase_capital_increase": {"fdi_registered"}, "share_purchase_no_capital_increase": {"fdi_registered"},
	"cereals": {"cpi"}, "foodstuff": {"cpi"}, "eating_out": {"cpi"}, "food": {"cpi", "retail_sales"},
	"central_agencies": {"public_investment_disbursed"}, "carried_over": {"public_investment_disbursed"},
	"industrial_zones": {"fdi_registered", "fdi_disbursed", "exports", "imports"},
}

func init() {
	for _, g := range []string{"food_catering", "beverages_tobacco", "clothing_footwear", "housing_construction_materials",
		"household_equipment", "medicine_health", "transport", "information_communication", "education",
		"culture_entertainment_tourism", "other_goods_services"} {
		wholes[g] = []string{"cpi"}
	}
}

// groups: the sector a finer part belongs to within one indicator: the CPI's
// "lương thực" (cereals) and "thực phẩm" (foodstuff) are parts of its food
// and catering group.
var groups = map[string]string{"cereals": "food_catering", "foodstuff": "food_catering", "eating_out": "food_catering", "food": "food_catering"}

// GroupOf returns the sector part is a finer part of, or "".
func GroupOf(part string) string { return groups[part] }

// WholeOf returns the indicator the part sector belongs to when current is
// not one of its wholes, or "" when current will do (or the part has no
// single whole).
func WholeOf(sector, current string) string {
	ws := wholes[sector]
	if len(ws) == 0 || PartOf(sector, current) {
		return ""
	}
	return ws[0]
}

// PartOf reports whether sector is a part of indicator: "new_projects" of
// "fdi_registered", "goods" of "retail_sales".
func PartOf(sector, indicator string) bool {
	return slices.Contains(wholes[sector], indicator)
}

// fdiTotals spells the official name of total registered FDI the ways papers
// print it, "tổng vốn (đầu tư) đăng ký (cấp) mới, (vốn) điều chỉnh và (giá trị)
// góp vốn(,) mua cổ phần(, mua phần vốn góp)": a commas-long name that is one
// subject, not four.
func fdiTotals() []string {
	var out []string
	for _, head := range []string{"tổng vốn đăng ký", "tổng vốn đầu tư đăng ký", "tổng vốn đầu tư nước ngoài đăng ký", "tổng vốn fdi đăng ký"} {
		for _, fresh := range []string{" mới", " cấp mới"} {
			for _, adjust := range []string{", điều chỉnh và ", ", vốn điều chỉnh và ", ", vốn đăng ký điều chỉnh và ", ", tăng thêm và "} {
				for _, buy := range []string{"góp vốn mua cổ phần", "góp vốn, mua cổ phần", "giá trị góp vốn, mua cổ phần", "giá trị góp vốn mua cổ phần", "góp vốn"} {
					for _, tail := range []string{"", ", mua phần vốn góp"} {
						out = append(out, head+fresh+adjust+buy+tail)
					}
				}
			}
		}
	}
	return out
}

// Phrases is every phrase the lexicon knows, in no set order: the words a
// damaged copy is matched against (normalize.Restorer).
func Phrases() []string {
	rows := allRows()
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.Phrase)
	}
	return out
}
