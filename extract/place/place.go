// Package place finds the provinces and centrally-run cities a text names,
// before and after the 2025-07-01 merger, and named groups of them ("28
// tỉnh, thành phố khu vực phía Bắc").
//
// Names match as written in the press: capitalised syllables (so "hòa bình",
// peace, is not Hòa Bình), any tone placement (Thanh Hoá = Thanh Hóa), the
// aliases of provinces.csv (TP.HCM, BR-VT, Sài Gòn), and names in capitals.
// Diacritic-free aliases ("Thai Nguyen") count only in text typed without
// diacritics, where they cannot be a person's name. Proper names that contain
// a province name are traps, not places: "Thái Bình Dương" (the Pacific),
// "Điện Biên Phủ", "Chủ tịch Hồ Chí Minh", "Bia Sài Gòn".
package place

import (
	_ "embed"
	"encoding/csv"
	"strings"
	"sync"
	"unicode/utf8"

	"chiso/extract/normalize"
	"chiso/extract/segment"
)

// provincesCSV is shared/data/provinces.csv (compiled 2026-11-22 from GSO lists
// and Resolution 202/2025/QH15; see shared/data/provinces.md), copied unchanged.
//
//go:embed provinces.csv
var provincesCSV string

// Province is one row of the table.
type Province struct {
	Code, Name, Type, Region string
	ValidFrom, ValidTo       string // ISO dates, "" when open
	Successor                string // the post-2025-07-01 unit it belongs to
	Aliases                  []string
}

// Match is one place named in a text.
type Match struct {
	Start, End int
	Name       string // canonical name of the unit named
	Region2025 string // the post-merger unit it belongs to
}

// Gazetteer matches province names in text.
type Gazetteer struct {
	byName map[string]*Province
	// forms maps a form's first token to the forms starting with it, longest first.
	forms       map[string][]form
	asciiForms  map[string][]form
	traps       map[string][][]string // a word → the traps that contain it
	foldOnce    sync.Once
	folded      map[string]*Province // folded name or alias → unit, for Mentioned
	squeezeOnce sync.Once
	squeeze     map[string]*Province // folded, spaces dropped → unit, for Domain
}

type form struct {
	toks []segment.Token
	prov *Province
}

// Default is the gazetteer of the embedded table.
var Default = MustNew(provincesCSV)

// MustNew builds a gazetteer from the CSV text of provinces.csv.
func MustNew(csvText string) *Gazetteer {
	rows, err := csv.NewReader(strings.NewReader(csvText)).ReadAll()
	if err != nil || len(rows) < 2 {
		panic("place: bad provinces table: " + errString(err))
	}
	col := map[string]int{}
	for k, h := range rows[0] {
		col[h] = k
	}
	g := &Gazetteer{byName: map[string]*Province{}, forms: map[string][]form{}, asciiForms: map[string][]form{}}
	for _, r := range rows[1:] {
		p := &Province{Code: r[col["code"]], Name: r[col["name"]], Type: r[col["type"]], Region: r[col["region"]],
			ValidFrom: r[col["valid_from"]], ValidTo: r[col["valid_to"]], Successor: r[col["successor"]]}
		for _, a := range strings.Split(r[col["aliases"]], ";") {
			if a = strings.TrimSpace(a); a != "" {
				p.Aliases = append(p.Aliases, a)
			}
		}
		p.Aliases = append(p.Aliases, pressNames[p.Name]...)
		g.byName[p.Name] = p
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			for _, v := range variants(name) {
				g.add(v, p)
			}
		}
	}
	g.traps = map[string][][]string{}
	for _, t := range traps {
		for _, v := range []string{normalize.Lower(t), normalize.OldTone(normalize.Lower(t))} {
			var words []string
			for _, tk := range segment.Tokens(v) {
				words = append(words, tk.Text)
			}
			seen := map[string]bool{}
			for _, w := range words {
				if !seen[w] {
					seen[w] = true
					g.traps[w] = append(g.traps[w], words)
				}
			}
		}
	}
	return g
}

func errString(err error) string {
	if err == nil {
		return "no rows"
	}
	return err.Error()
}

// variants are the spellings one name is printed in: as listed, with the
// other tone placement, and in capitals.
func variants(name string) []string {
	vs := []string{name, normalize.OldTone(name), strings.ToUpper(name)}
	if strings.Contains(name, " - ") {
		vs = append(vs, strings.ReplaceAll(name, " - ", " – "), strings.ReplaceAll(name, " - ", "-"), strings.ReplaceAll(name, " - ", "–"))
	}
	return vs
}

func (g *Gazetteer) add(name string, p *Province) {
	toks := segment.Tokens(name)
	if len(toks) == 0 {
		return
	}
	f := form{toks, p}
	target := g.forms
	if !normalize.HasDiacritics(name) && normalize.Fold(p.Name) != p.Name && !isAbbreviation(name) {
		target = g.asciiForms // "Thai Nguyen": only in text without diacritics
	}
	key := toks[0].Text
	for _, have := range target[key] {
		if sameForm(have.toks, toks) {
			return
		}
	}
	list := append(target[key], f)
	// longest first, so "Bà Rịa - Vũng Tàu" wins over a shorter form
	for k := len(list) - 1; k > 0 && len(list[k].toks) > len(list[k-1].toks); k-- {
		list[k], list[k-1] = list[k-1], list[k]
	}
	target[key] = list
}

func sameForm(a, b []segment.Token) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].Text != b[k].Text || k > 0 && a[k].Gap != b[k].Gap {
			return false
		}
	}
	return true
}

// isAbbreviation: "TP.HCM", "BR-VT", "HCMC" are written the same with or without diacritics.
func isAbbreviation(s string) bool {
	up := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			up++
		}
	}
	return up >= 2 && up*2 >= len(strings.ReplaceAll(s, " ", ""))
}

// Lookup finds a province by its canonical name or any alias (any case, any tone placement).
func (g *Gazetteer) Lookup(name string) (*Province, bool) {
	if p, ok := g.byName[name]; ok {
		return p, true
	}
	k := normalize.Key(name)
	for _, p := range g.byName {
		if normalize.Key(p.Name) == k {
			return p, true
		}
		for _, a := range p.Aliases {
			if normalize.Key(a) == k {
				return p, true
			}
		}
	}
	return nil, false
}

// Canonical returns the name a mention reports, given the article's date
// (YYYY-MM-DD or ""): a bare "Huế" before 2025 is Thừa Thiên Huế.
func (g *Gazetteer) canonical(p *Province, date string) *Province {
	if strings.HasSuffix(date, "-00-00") {
		// a year with no day ("2025-00-00", a dateless page's year): its first
		// day, so a unit in force from 1 January ("Huế", 2025) is that year's
		date = date[:4] + "-01-01"
	}
	if p.ValidFrom != "" && date != "" && date < p.ValidFrom {
		for _, q := range g.byName {
			if q.Successor == p.Name && q.Code == p.Code && q != p {
				return q
			}
		}
	}
	return p
}

// Successor2025 returns the post-merger unit of a canonical name, or "".
func (g *Gazetteer) Successor2025(name string) string {
	if p, ok := g.byName[name]; ok {
		return p.Successor
	}
	return ""
}

// FindAll returns the provinces named in s, in text order. date
// (YYYY-MM-DD or "") picks between names in force at different times.
func (g *Gazetteer) FindAll(s string, date string) []Match {
	return g.FindTokens(s, segment.Tokens(normalize.Lower(s)), date)
}

// FindTokens is FindAll over low, the tokens of normalize.Lower(s).
func (g *Gazetteer) FindTokens(s string, low []segment.Token, date string) []Match {
	ascii := !normalize.HasDiacritics(s)
	var out []Match
	for i := 0; i < len(low); i++ {
		if low[i].Kind == segment.Digit {
			continue
		}
		orig := s[low[i].Start:low[i].End]
		if c := orig[0]; c >= 'a' && c <= 'z' || c < utf8.RuneSelf && low[i].Kind == segment.Word && c > 'Z' {
			continue // every name and alias starts with a capital
		}
		cands := g.forms[orig]
		if ascii {
			cands = append(cands[:len(cands):len(cands)], g.asciiForms[orig]...)
		}
		for _, f := range cands {
			if !matchAt(s, low, i, f.toks) {
				continue
			}
			end := i + len(f.toks)
			if g.trapped(low, i, end) {
				break
			}
			p := g.canonical(f.prov, date)
			out = append(out, Match{Start: low[i].Start, End: low[end-1].End, Name: p.Name, Region2025: p.Successor})
			i = end - 1
			break
		}
	}
	return out
}

// matchAt compares the original text of toks from i with a form, case and all.
func matchAt(s string, toks []segment.Token, i int, form []segment.Token) bool {
	if i+len(form) > len(toks) {
		return false
	}
	for k, ft := range form {
		t := toks[i+k]
		if s[t.Start:t.End] != ft.Text || k > 0 && t.Gap != ft.Gap && ft.Kind != segment.Word {
			return false
		}
		if k > 0 && t.Line {
			return false
		}
	}
	// the name must end where a word ends: "Hà Nam" is not the start of "Hà Namxyz"
	if n := i + len(form); n < len(toks) && !toks[n].Gap && toks[n].Kind == segment.Word {
		return false
	}
	return true
}

// trapped: the match at toks[i:end] lies inside a proper name that is not a
// place ("Thái Bình Dương", "Chủ tịch Hồ Chí Minh").
func (g *Gazetteer) trapped(low []segment.Token, i, end int) bool {
	for _, trap := range g.traps[low[i].Text] {
		for s := i - len(trap) + (end - i); s <= i; s++ {
			if s < 0 || s+len(trap) > len(low) || s+len(trap) < end {
				continue
			}
			ok := true
			for k, w := range trap {
				if low[s+k].Text != w {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// traps are proper names and phrases that contain a province name but do not
// name the province. Before: "xuyên Thái Bình Dương"  After: no Thái Bình, no Bình Dương.
// pressNames are what the press calls a unit besides the names in
// provinces.csv: "GRDP Thủ đô ước tính tăng 6%" is Hà Nội's.
var pressNames = map[string][]string{"Hà Nội": {"Thủ đô"}}

var traps = []string{
	"Thái Bình Dương", "Điện Biên Phủ", "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh", "Bác Hồ Chí Minh",
	"đường Hồ Chí Minh", "đường mòn Hồ Chí Minh", "Thành phố mang tên Bác", "Hồ Chí Minh vĩ đại",
	"Sài Gòn Thương Tín", "Bia Sài Gòn", "Tân Cảng Sài Gòn", "Saigon Co", "Sài Gòn Co",
	"Bia Hà Nội", "Hải Dương học", "Đài Tiếng nói Việt Nam", "Sài Gòn Giải Phóng", "Hà Nội Mới",
	"Đội Thiếu niên Tiền phong Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hồ Chí Minh toàn tập",
	"Học viện Chính trị quốc gia Hồ Chí Minh", "Bảo tàng Hồ Chí Minh", "Lăng Chủ tịch",
}

// Provinces lists every unit in the table.
func (g *Gazetteer) Provinces() []*Province {
	out := make([]*Province, 0, len(g.byName))
	for _, p := range g.byName {
		out = append(out, p)
	}
	return out
}

// Mentioned finds provinces in what a user types into a search box: any
// case, with or without diacritics, any listed alias ("thai nguyen",
// "tp.hcm", "br-vt", "sai gon"). Unlike FindAll it trusts every form, since
// a query has no sentence around it to tell a name from a word.
func (g *Gazetteer) Mentioned(q string) []Match {
	low := segment.Tokens(normalize.Lower(q))
	g.foldOnce.Do(g.buildFolded)
	var out []Match
	for i := 0; i < len(low); i++ {
		for n := min(6, len(low)-i); n >= 1; n-- {
			key := foldedKey(q, low[i:i+n])
			if p, ok := g.folded[key]; ok {
				out = append(out, Match{Start: low[i].Start, End: low[i+n-1].End, Name: p.Name, Region2025: p.Successor})
				i += n - 1
				break
			}
		}
	}
	return out
}

// foldedKey joins tokens' folded text, punctuation dropped: "TP.HCM" and
// "tp hcm" both give "tp hcm".
func foldedKey(q string, toks []segment.Token) string {
	var b strings.Builder
	for _, t := range toks {
		if t.Kind == segment.Punct {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(normalize.Fold(normalize.Key(q[t.Start:t.End])))
	}
	return b.String()
}

func (g *Gazetteer) buildFolded() {
	g.folded = map[string]*Province{}
	for _, p := range g.byName {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			toks := segment.Tokens(normalize.Lower(name))
			k := foldedKey(strings.ToLower(name), toks)
			if have, ok := g.folded[k]; !ok || p.ValidFrom == "" && have.ValidFrom != "" {
				g.folded[k] = p
			}
		}
	}
}

// Domain finds the province a Vietnamese site's host is named for: its
// portal ("thuathienhue.gov.vn", "sct.bacninh.gov.vn", "tphcm.gov.vn") or
// its paper ("baobacninh.vn", "baoquangninh.com.vn"). It gives the unit's
// name as the table spells it, or false for any other host ("gso.gov.vn",
// "vnexpress.net", "baochinhphu.vn").
func (g *Gazetteer) Domain(host string) (string, bool) {
	g.foldOnce.Do(g.buildFolded)
	labels := strings.Split(strings.ToLower(strings.TrimPrefix(strings.ToLower(host), "www.")), ".")
	var keys []string
	for k, l := range labels {
		if l == "gov" && k > 0 {
			keys = append(keys, labels[k-1]) // the portal: "….bacninh.gov.vn"
		}
	}
	if len(labels) > 1 && strings.HasPrefix(labels[0], "bao") {
		keys = append(keys, strings.TrimPrefix(labels[0], "bao")) // the paper: "baobacninh.vn"
	}
	for _, k := range keys {
		if p, ok := g.squeezed()[k]; ok && len(k) >= 4 {
			return p.Name, true
		}
	}
	return "", false
}

// squeezed maps each name and alias folded with its spaces dropped, as a
// host spells it ("thuathienhue", "tphcm"), to its unit.
func (g *Gazetteer) squeezed() map[string]*Province {
	g.squeezeOnce.Do(func() {
		g.squeeze = map[string]*Province{}
		for k, p := range g.folded {
			g.squeeze[strings.ReplaceAll(k, " ", "")] = p
		}
	})
	return g.squeeze
}
