//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall/js"
	"time"
	"unicode/utf8"

	"honnef.co/go/js/dom/v2"

	"chiso/extract"
	"chiso/extract/facts"
	"chiso/index"
	"chiso/wasm/app/view"
)

// The page's views drawn from Go: the facts table and the reader, behind
// the global chisoUI:
//
//	chisoUI.add(articlesJSON)   keep articles (drawn at the next render)
//	chisoUI.remove(idsJSON)     forget them
//	chisoUI.render()            draw the facts table → {"articles": n, "conflicts": m}
//	chisoUI.read(id[, fact[, q]]) show an article in the reader (at one of its facts; the words a search for q marks, marked)
//	chisoUI.closeReader()       hide the reader, the focus back where it was
//	chisoUI.names()             the contract's codes → their names in the page's language
//	chisoUI.periods(codesJSON)  periods → as the page's language says them ("2025-Q1" → "quý I/2025")
//	chisoUI.selected()          the facts the table's filters keep, in its order: [{"article", "fact"}]
//	chisoUI.scope(idsJSON)      show only these articles' figures (null: all)
//
// Text from articles only ever becomes text nodes, never markup.

// maxRows is how many rows the facts table draws at first, and how many
// more each "Hiện thêm" adds; a filter narrows the
// rest. They are drawn rowsPerSlice at a time, giving the page back its
// turn between slices, so a click or a key waits for one slice at most.
const (
	maxRows      = 300
	rowsPerSlice = 20
)

type ui struct {
	doc   dom.Document
	store *view.Store
	query view.Query
	drawn int // how many times the table was drawn; a newer drawing stops an older one
	limit int // how many rows the table draws now: maxRows, more when asked
	// opener is the element that had the focus when the reader opened
	opener js.Value
}

func runUI() {
	// The views run on the page's thread, where a garbage collection is a
	// frozen page; their heap is small (no bodies, quotes or reasons), so
	// they collect four times more rarely than Go's default.
	debug.SetGCPercent(400)
	u := &ui{doc: dom.GetWindow().Document(), store: view.NewStore(), query: view.Query{SortCol: -1}}
	api := js.Global().Get("Object").New()
	api.Set("add", fn(u.add))
	api.Set("remove", fn(u.remove))
	api.Set("read", fn(u.read))
	api.Set("closeReader", fn(func([]js.Value) (any, error) { u.closeReader(); return map[string]bool{"ok": true}, nil }))
	api.Set("names", fn(func(args []js.Value) (any, error) { return view.Names(u.lang()), nil }))
	api.Set("periods", fn(func(args []js.Value) (any, error) {
		var codes []string
		if err := decode(args, "periods", &codes); err != nil {
			return nil, err
		}
		out := make(map[string]string, len(codes))
		for _, c := range codes {
			out[c] = view.Period(u.lang(), c)
		}
		return out, nil
	}))
	api.Set("scope", fn(func(args []js.Value) (any, error) {
		var ids []string
		if err := decode(args, "scope", &ids); err != nil {
			return nil, err
		}
		u.query.Articles = nil
		if ids != nil {
			u.query.Articles = make(map[string]bool, len(ids))
			for _, id := range ids {
				u.query.Articles[id] = true
			}
		}
		u.requery()
		return u.counts(), nil
	}))
	api.Set("selected", fn(func([]js.Value) (any, error) {
		q := u.query
		q.Lang = u.lang()
		return u.store.Selected(q), nil
	}))
	api.Set("render", fn(func([]js.Value) (any, error) { u.renderFacts(); return u.counts(), nil }))
	api.Set("tidy", fn(func([]js.Value) (any, error) {
		// not while the table is drawn: its slices would run inside the
		// collection's task (runtime.GC lets waiting goroutines run)
		if t := u.el("facts"); t != nil && t.GetAttribute("data-state") == "drawing" {
			return map[string]bool{"collected": false}, nil
		}
		return map[string]bool{"collected": tidy()}, nil
	}))
	js.Global().Set("chisoUI", api)
	u.wire()
}

func (u *ui) counts() any {
	return map[string]int{"articles": u.store.Len(), "conflicts": u.store.Conflicts()}
}

func (u *ui) add(args []js.Value) (any, error) {
	var arts []extract.Article
	if err := decode(args, "add", &arts); err != nil {
		return nil, err
	}
	u.store.Add(arts...) // drawn at the page's next chisoUI.render()
	return u.counts(), nil
}

func (u *ui) remove(args []js.Value) (any, error) {
	var ids []string
	if err := decode(args, "remove", &ids); err != nil {
		return nil, err
	}
	u.store.Remove(ids...)
	if r := u.el("reader"); r != nil && slices.Contains(ids, r.GetAttribute("data-article")) {
		u.closeReader()
	}
	return u.counts(), nil
}

func (u *ui) el(id string) dom.Element { return u.doc.GetElementByID(id) }

// element and text make nodes without dom/v2's wrapping, which finds an
// element's Go type by asking the page for one HTML constructor after
// another: some hundred calls for a <td>, 3 ms for a table row, where
// these take a tenth of that. They are plain elements; that is all the
// views need.
func (u *ui) element(tag string) *dom.BasicHTMLElement {
	return &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: u.doc.Underlying().Call("createElement", tag)}}}
}

func (u *ui) text(s string) *dom.BasicNode {
	return &dom.BasicNode{Value: u.doc.Underlying().Call("createTextNode", s)}
}

func (u *ui) lang() view.Lang {
	if u.doc.DocumentElement().GetAttribute("lang") == "en" {
		return "en"
	}
	return "vi"
}

// wire listens to the table's controls.
func (u *ui) wire() {
	input := func(id string) *dom.HTMLInputElement {
		e, _ := u.el(id).(*dom.HTMLInputElement)
		return e
	}
	if f := input("fact-filter"); f != nil {
		f.AddEventListener("input", false, func(dom.Event) { u.query.Filter = f.Value(); u.requery() })
	}
	if m := input("merge-2025"); m != nil {
		m.AddEventListener("change", false, func(dom.Event) { u.query.Merge2025 = m.Checked(); u.requery() })
	}
	if c := input("conflicts-only"); c != nil {
		c.AddEventListener("change", false, func(dom.Event) { u.query.ConflictsOnly = c.Checked(); u.requery() })
	}
	table := u.el("facts")
	if table == nil {
		return
	}
	u.columnMenus(table)
	for k, th := range table.QuerySelectorAll("thead tr:first-child th") {
		if k >= view.NumCols { // the other articles' values are not a sort key
			th.Class().Add("unsorted")
			continue
		}
		sortBy := func() {
			u.query.Descending = u.query.SortCol == k && !u.query.Descending
			u.query.SortCol = k
			u.requery()
		}
		// a header sorts by click and by keyboard (Enter or Space once focused)
		th.SetAttribute("tabindex", "0")
		th.SetAttribute("aria-sort", "none")
		th.AddEventListener("click", false, func(dom.Event) { sortBy() })
		th.AddEventListener("keydown", false, func(e dom.Event) {
			if key := e.Underlying().Get("key").String(); key == "Enter" || key == " " {
				e.PreventDefault()
				sortBy()
			}
		})
	}
	// a click on an article or on another article's value opens it
	table.AddEventListener("click", false, func(e dom.Event) {
		t := e.Target().Closest("[data-article]")
		if t == nil {
			return
		}
		e.PreventDefault()
		k, _ := strconv.Atoi(t.GetAttribute("data-fact"))
		u.show(t.GetAttribute("data-article"), k, "")
	})
}

// columnMenus adds a row under the table's header with a menu per filter
// column, as a spreadsheet's column filter: "Xuất khẩu (12)".
func (u *ui) columnMenus(table dom.Element) {
	head := table.QuerySelector("thead")
	tr := u.element("tr")
	tr.Class().Add("col-filters")
	for k := 0; k <= view.NumCols; k++ {
		td := u.element("td")
		if slices.Contains(view.FilterCols, k) {
			sel := u.element("select")
			sel.SetID("col-filter-" + strconv.Itoa(k))
			sel.SetAttribute("data-col", strconv.Itoa(k))
			sel.AddEventListener("change", false, func(dom.Event) {
				if u.query.Columns == nil {
					u.query.Columns = map[int]string{}
				}
				u.query.Columns[k] = sel.Underlying().Get("value").String()
				u.requery()
			})
			td.AppendChild(sel)
		}
		tr.AppendChild(td)
	}
	head.AppendChild(tr)
}

// fillMenus writes each column menu's values with their counts, keeping
// the reader's choice; the first entry takes the filter off.
func (u *ui) fillMenus(lang view.Lang, counts map[int][]view.Count) {
	for _, k := range view.FilterCols {
		sel := u.el("col-filter-" + strconv.Itoa(k))
		if sel == nil {
			continue
		}
		chosen := u.query.Columns[k]
		sel.SetTextContent("")
		all := u.element("option")
		all.SetAttribute("value", "")
		all.SetTextContent(view.Text(lang, "any"))
		sel.AppendChild(all)
		for _, c := range counts[k] {
			o := u.element("option")
			o.SetAttribute("value", c.Value)
			label := c.Value
			if label == "" {
				label = "—"
			}
			o.SetTextContent(label + " (" + strconv.Itoa(c.N) + ")")
			if c.Value == chosen {
				o.SetAttribute("selected", "")
			}
			sel.AppendChild(o)
		}
		sel.SetAttribute("aria-label", view.Text(lang, "filterBy")+" "+view.Text(lang, "col"+strconv.Itoa(k)))
		sel.Underlying().Set("value", chosen)
	}
}

// requery draws the table for a query the reader changed, from its first
// rows again.
func (u *ui) requery() {
	u.limit = 0
	u.renderFacts()
}

// renderFacts draws the facts table for the current query. The rows are
// worked out a few thousand facts at a time, then drawn a slice at a time,
// with a turn of the page's event loop between every two pieces: at 1,000
// articles (22,000 facts) the rows took 92 ms in one piece and the whole
// redraw 272 ms, a frozen page. The old rows stay until the new are ready;
// a newer query stops the older one. The table's data-state is "drawing"
// until the last row is in, then "done".
func (u *ui) renderFacts() {
	table := u.el("facts")
	if table == nil {
		return
	}
	lang := u.lang()
	u.query.Lang = lang
	q := u.query
	q.Columns = maps.Clone(u.query.Columns) // the menus may change while this works
	u.drawn++
	drawing := u.drawn
	table.SetAttribute("data-state", "drawing")
	go func() {
		t0 := now()
		rows, total, counts, ok := u.store.RowsAndCountsPaced(q, max(u.limit, maxRows), func() bool {
			measure("facts:rows", t0)
			time.Sleep(time.Millisecond) // the page's turn
			t0 = now()
			return u.drawn == drawing
		})
		if !ok {
			return
		}
		measure("facts:rows", t0)
		tm := now()
		u.fillMenus(lang, counts)
		u.drawHead(table, q, lang, total, len(rows))
		measure("facts:menus", tm)
		body := table.QuerySelector("tbody")
		// the keyboard's place in the old rows, found again in the new: a
		// redraw (an import finishing, a filter) must not drop the focus
		focused := ""
		if a := js.Global().Get("document").Get("activeElement"); a.Truthy() && body.Underlying().Call("contains", a).Bool() && a.Call("hasAttribute", "data-article").Bool() {
			focused = sameLink(a)
		}
		body.SetTextContent("")
		for start := 0; start < len(rows); start += rowsPerSlice {
			if start > 0 {
				time.Sleep(time.Millisecond) // the page's turn
			}
			if u.drawn != drawing {
				return
			}
			t1 := now()
			frag := u.doc.CreateDocumentFragment()
			for _, r := range rows[start:min(len(rows), start+rowsPerSlice)] {
				frag.AppendChild(u.row(lang, r))
			}
			body.AppendChild(frag)
			if focused != "" {
				if el := body.Underlying().Call("querySelector", focused); el.Truthy() {
					el.Call("focus", map[string]any{"preventScroll": true})
					focused = ""
				}
			}
			measure("facts:slice", t1)
		}
		if u.drawn == drawing {
			table.SetAttribute("data-state", "done")
		}
	}()
}

// drawHead marks the sorted column (aria-sort for screen readers) and says
// how many rows the table leaves out.
func (u *ui) drawHead(table dom.Element, q view.Query, lang view.Lang, total, shown int) {
	table.SetAttribute("data-rows", strconv.Itoa(total))
	for k, th := range table.QuerySelectorAll("thead tr:first-child th") {
		th.Class().Remove("sorted")
		th.Class().Remove("up")
		if k < view.NumCols {
			th.SetAttribute("aria-sort", "none")
		}
		if k == q.SortCol {
			th.Class().Add("sorted")
			th.SetAttribute("aria-sort", "descending")
			if !q.Descending {
				th.Class().Add("up")
				th.SetAttribute("aria-sort", "ascending")
			}
		}
	}
	if note := u.el("facts-note"); note != nil {
		switch {
		case total == 0:
			note.SetTextContent(view.Text(lang, "none"))
		case total > shown:
			note.SetTextContent(fmt.Sprintf(view.Text(lang, "more"), total-shown) + " ")
			more := u.element("button")
			more.SetAttribute("type", "button")
			more.SetID("more-rows")
			more.SetTextContent(fmt.Sprintf(view.Text(lang, "showMore"), min(maxRows, total-shown)))
			more.AddEventListener("click", false, func(dom.Event) {
				u.limit = max(u.limit, maxRows) + maxRows
				u.renderFacts()
			})
			note.AppendChild(more)
		default:
			note.SetTextContent("")
		}
	}
}

// row is one fact's table row, with the values other articles give for
// the same measure, when they differ, in its last cell.
func (u *ui) row(lang view.Lang, r view.Row) dom.Element {
	tr := u.element("tr")
	for k, text := range r.Cells {
		td := u.element("td")
		switch k {
		case view.ColValue:
			td.Class().SetString("num")
			td.SetTextContent(text)
			if r.Fact.Estimate {
				// an estimate says so where it is read, not only on hover; as
				// the stylesheet's words (td[data-est]::after), so that the
				// cell copied into a spreadsheet is still its number
				td.SetAttribute("data-est", view.Text(lang, "est"))
				td.SetAttribute("title", view.Text(lang, "estimate"))
			}
		case view.ColArticle:
			td.AppendChild(u.link(text, r.Article, r.Index))
			td.SetAttribute("title", text) // whole, where a phone cuts it to one line
		default:
			td.SetTextContent(text)
		}
		tr.AppendChild(td)
	}
	td := u.element("td")
	if len(r.Others) > 0 {
		tr.Class().Add("conflict")
		td.SetAttribute("title", view.Text(lang, "conflict"))
		td.AppendChild(u.text("⚠ "))
		for k, o := range r.Others {
			if k > 0 {
				td.AppendChild(u.text("; "))
			}
			where := o.Source
			if o.Count > 1 {
				where += fmt.Sprintf(view.Text(lang, "andMore"), o.Count-1)
			}
			td.AppendChild(u.link(o.Value+" ("+where+")", o.Article, o.Fact))
		}
	}
	tr.AppendChild(td)
	return tr
}

// now and measure record how long the page's work takes as performance
// measures, which make measure-web reads.
var performance = js.Global().Get("performance")

func now() js.Value { return performance.Call("now") }

func measure(name string, start js.Value) {
	performance.Call("measure", name, map[string]any{"start": start, "end": now()})
}

// link is an anchor that opens an article (at one of its facts, k ≥ 0).
func (u *ui) link(text, article string, k int) dom.Element {
	a := u.element("a")
	a.SetAttribute("href", "#")
	a.SetAttribute("data-article", article)
	a.SetAttribute("data-fact", strconv.Itoa(k))
	a.SetTextContent(text)
	return a
}

// read shows an article: chisoUI.read(id[, factIndex[, query]]), with the
// words a search for query marks in its snippets marked in the text too.
func (u *ui) read(args []js.Value) (any, error) {
	id, err := arg(args, 0)
	if err != nil {
		return nil, err
	}
	k := -1
	if len(args) > 1 && args[1].Type() == js.TypeNumber {
		k = args[1].Int()
	}
	query := ""
	if len(args) > 2 && args[2].Type() == js.TypeString {
		query = args[2].String()
	}
	if !u.show(id.String(), k, query) {
		return nil, fmt.Errorf("no article %q", id.String())
	}
	return map[string]bool{"ok": true}, nil
}

// show draws an article's text in the reader with its figures marked in
// place, and what a search for query marks (as the search box reads it, the
// last word perhaps unfinished); a click (or Enter) on a figure shows the
// fact's fields.
func (u *ui) show(id string, focus int, query string) bool {
	a, ok := u.store.Article(id)
	r := u.el("reader")
	if !ok || r == nil {
		return false
	}
	if a.Body == "" {
		// the views keep no bodies or quotes (app.js forViews): the page hands
		// the article over whole
		if get := js.Global().Get("chisoArticle"); get.Type() == js.TypeFunction {
			var full extract.Article
			if text := get.Invoke(id).String(); text != "" && json.Unmarshal([]byte(text), &full) == nil {
				a = full
			}
		}
	}
	lang := u.lang()
	if active := js.Global().Get("document").Get("activeElement"); active.Truthy() && !r.Underlying().Call("contains", active).Bool() {
		// where the reader came from, to go back to when it closes: a row of
		// the table stays where it was, not a page's height away
		u.opener = active
	}
	r.SetTextContent("")
	r.RemoveAttribute("hidden")
	r.SetAttribute("data-article", id)
	u.doc.Underlying().Get("body").Get("classList").Call("add", "reading")
	bar := u.element("div")
	bar.Class().SetString("reader-bar")
	closeReader := u.element("button")
	closeReader.SetID("reader-close")
	closeReader.SetAttribute("type", "button")
	closeReader.SetTextContent(view.Text(lang, "closeReader"))
	closeReader.AddEventListener("click", false, func(dom.Event) { u.closeReader() })
	bar.AppendChild(closeReader)
	r.AppendChild(bar)
	h := u.element("h3")
	h.SetID("reader-title")
	h.SetAttribute("tabindex", "-1")
	h.SetTextContent(view.Title(a))
	r.AppendChild(h)
	r.SetAttribute("aria-labelledby", "reader-title")
	var meta []string
	if a.Published != nil && *a.Published != "" {
		meta = append(meta, view.Published(lang, *a.Published))
	}
	if a.Author != nil && *a.Author != "" {
		meta = append(meta, *a.Author)
	}
	if site := a.Site(); site != "" {
		meta = append(meta, site)
	}
	if len(meta) > 0 {
		m := u.element("p")
		m.Class().SetString("meta")
		m.SetTextContent(strings.Join(meta, " · "))
		r.AppendChild(m)
	}
	detail := u.element("aside")
	detail.SetID("fact-detail")
	detail.SetAttribute("hidden", "")
	r.AppendChild(detail)
	text := u.element("div")
	text.Class().SetString("text")
	var focused dom.Element
	var hits [][2]int
	if strings.TrimSpace(query) != "" {
		hits = index.Spans(query, a.Body, true)
	}
	pos := 0
	for _, k := range order(a) {
		f := a.Facts[k]
		u.searched(text, a.Body, pos, f.Start, hits)
		m := u.element("mark")
		m.Class().SetString("fact")
		if overlaps(hits, f.Start, f.End) {
			m.Class().Add("hit") // "26,35" searched for: the figure itself
		}
		m.SetAttribute("tabindex", "0")
		m.SetAttribute("data-fact", strconv.Itoa(k))
		m.SetAttribute("title", summary(lang, f))
		m.SetTextContent(a.Body[f.Start:f.End])
		text.AppendChild(m)
		if k == focus {
			focused = m
		}
		pos = f.End
	}
	u.searched(text, a.Body, pos, len(a.Body), hits)
	r.AppendChild(text)
	open := func(e dom.Event) {
		t := e.Target().Closest("mark.fact")
		if t == nil {
			return
		}
		if ke, ok := e.(*dom.KeyboardEvent); ok && ke.Key() != "Enter" {
			return
		}
		k, _ := strconv.Atoi(t.GetAttribute("data-fact"))
		u.detail(detail, a, k)
	}
	text.AddEventListener("click", false, open)
	text.AddEventListener("keydown", false, open)
	if focused != nil {
		u.detail(detail, a, focus)
		focused.Class().Add("focus")
		focused.Underlying().Call("focus", map[string]any{"preventScroll": true})
		focused.Underlying().Call("scrollIntoView", map[string]any{"block": "center"})
	} else {
		r.Underlying().Set("scrollTop", 0)
		h.Underlying().Call("focus", map[string]any{"preventScroll": true})
	}
	return true
}

// sameLink is a selector for the link to the figure link a opens, wherever
// a redraw of the table put it.
func sameLink(a js.Value) string {
	return fmt.Sprintf("a[data-article=%q][data-fact=%q]", a.Call("getAttribute", "data-article").String(), a.Call("getAttribute", "data-fact").String())
}

// closeReader hides the reader and gives the focus back to what opened it.
func (u *ui) closeReader() {
	r := u.el("reader")
	if r == nil {
		return
	}
	r.SetAttribute("hidden", "")
	u.doc.Underlying().Get("body").Get("classList").Call("remove", "reading")
	opener := u.opener
	if opener.Truthy() && !opener.Get("isConnected").Truthy() && opener.Call("hasAttribute", "data-article").Bool() {
		// the table was drawn again meanwhile: the same figure's link in the new rows
		opener = u.doc.Underlying().Call("querySelector", "#facts "+sameLink(opener))
	}
	if opener.Truthy() && opener.Get("isConnected").Truthy() {
		opener.Call("focus", map[string]any{"preventScroll": true})
	}
	u.opener = js.Undefined()
}

// searched appends body[from:to] to parent as text, the parts a search
// marked (hits, byte offsets into body) in <mark class="hit">.
func (u *ui) searched(parent dom.Element, body string, from, to int, hits [][2]int) {
	for _, h := range hits {
		s, e := max(h[0], from), min(h[1], to)
		if s >= e {
			continue
		}
		parent.AppendChild(u.text(body[from:s]))
		m := u.element("mark")
		m.Class().SetString("hit")
		m.SetTextContent(body[s:e])
		parent.AppendChild(m)
		from = e
	}
	parent.AppendChild(u.text(body[from:to]))
}

// overlaps: some hit shares a byte with [start, end).
func overlaps(hits [][2]int, start, end int) bool {
	for _, h := range hits {
		if h[0] < end && start < h[1] {
			return true
		}
	}
	return false
}

// order is the article's facts that can be marked, by position: each
// within the body, on letter boundaries, not overlapping the one before.
func order(a extract.Article) []int {
	var ks []int
	for k, f := range a.Facts {
		if 0 <= f.Start && f.Start < f.End && f.End <= len(a.Body) &&
			utf8.RuneStart(a.Body[f.Start]) && (f.End == len(a.Body) || utf8.RuneStart(a.Body[f.End])) {
			ks = append(ks, k)
		}
	}
	sort.SliceStable(ks, func(i, j int) bool { return a.Facts[ks[i]].Start < a.Facts[ks[j]].Start })
	out := ks[:0]
	end := 0
	for _, k := range ks {
		if a.Facts[k].Start >= end {
			out = append(out, k)
			end = a.Facts[k].End
		}
	}
	return out
}

func summary(lang view.Lang, f facts.Fact) string {
	parts := []string{view.Name(lang, f.Indicator), view.Name(lang, f.Sector), f.Region}
	if f.Period != nil {
		parts = append(parts, view.Period(lang, *f.Period))
	}
	parts = append(parts, view.Name(lang, f.Kind))
	if f.Basis != nil {
		parts = append(parts, view.Name(lang, *f.Basis))
	}
	return strings.Join(append(parts, view.Value(lang, f.Value, f.Unit)), " · ")
}

// detail fills the reader's fact box with every field of a fact.
func (u *ui) detail(box dom.Element, a extract.Article, k int) {
	if k < 0 || k >= len(a.Facts) {
		return
	}
	f := a.Facts[k]
	lang := u.lang()
	box.SetTextContent("")
	box.RemoveAttribute("hidden")
	box.SetAttribute("data-fact", strconv.Itoa(k))
	dl := u.element("dl")
	field := func(name, value string) {
		if value == "" {
			return
		}
		dt, dd := u.element("dt"), u.element("dd")
		dt.SetTextContent(name)
		dd.SetTextContent(value)
		dl.AppendChild(dt)
		dl.AppendChild(dd)
	}
	deref := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	field(view.Text(lang, "indicator"), view.Name(lang, f.Indicator))
	field(view.Text(lang, "sector"), view.Name(lang, f.Sector))
	field(view.Text(lang, "region"), f.Region)
	if r := deref(f.Region2025); r != "" && r != f.Region {
		field(view.Text(lang, "region_2025"), r)
	}
	field(view.Text(lang, "period"), view.Period(lang, deref(f.Period)))
	field(view.Text(lang, "kind"), view.Name(lang, f.Kind))
	if b := deref(f.Basis); b != "" {
		field(view.Text(lang, "basis"), view.Name(lang, b))
	}
	// the value as a reader says it, and whole where that says more ("980 triệu
	// USD (980.000.000 USD)", but "7,23%" once)
	value := view.Value(lang, f.Value, f.Unit)
	if f.Unit == "VND" || f.Unit == "USD" {
		value += " (" + view.Exact(lang, f.Value) + " " + f.Unit + ")"
	}
	field(view.Text(lang, "value"), value)
	if f.Estimate {
		field(view.Text(lang, "estimateField"), view.Text(lang, "estimate"))
	}
	field(view.Text(lang, "quote"), f.Quote)
	box.AppendChild(dl)
	if f.Why != nil {
		// which words gave each field: "kỳ ← «Tính chung 8 tháng» (trong câu)"
		why := u.element("dl")
		why.SetAttribute("class", "why")
		h := u.element("h4")
		h.SetTextContent(view.Text(lang, "why"))
		box.AppendChild(h)
		for _, s := range f.Why.Slots() {
			dt, dd := u.element("dt"), u.element("dd")
			dt.SetTextContent(view.Text(lang, s.Name+".why"))
			words := s.Origin.Text
			if words != "" {
				words = "«" + words + "» "
			}
			dd.SetTextContent(words + "(" + view.Text(lang, s.Origin.From) + ")")
			why.AppendChild(dt)
			why.AppendChild(dd)
		}
		box.AppendChild(why)
	}
	close := u.element("button")
	close.SetAttribute("type", "button")
	close.SetTextContent(view.Text(lang, "close"))
	close.AddEventListener("click", false, func(dom.Event) { box.SetAttribute("hidden", "") })
	box.AppendChild(close)
}

// tidy collects the views' garbage now, when their heap has come half way
// to the size at which Go would start a collection by itself, and says
// whether it did. The page calls it between the chunks of an import, in a
// task of its own. Why: in wasm a collection that starts by itself marks in
// whichever task allocated, and until the marking ends the runtime keeps the
// page's thread, sleeping goroutines' turns included. During a 1,000-file
// import two such collections (gctrace: "gc 6 @6.6s: 59 ms clock, 36->37->14
// MB") made a redraw of the table one task of 105–115 ms; collected here,
// with nothing else in the task, the same heap takes 20–40 ms.
func tidy() bool {
	s := []metrics.Sample{
		{Name: "/gc/heap/goal:bytes"},
		{Name: "/gc/heap/live:bytes"},
		{Name: "/memory/classes/heap/objects:bytes"},
	}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() != metrics.KindUint64 {
			return false // a runtime without these metrics: leave it to the pacer
		}
	}
	goal, live, heap := s[0].Value.Uint64(), s[1].Value.Uint64(), s[2].Value.Uint64()
	if goal <= live || heap < live+(goal-live)/2 {
		return false
	}
	runtime.GC()
	return true
}
