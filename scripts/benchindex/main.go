// Command benchindex measures the search index. It runs natively and, built
// for js/wasm, under Node, so `make bench-index` compares both on the same
// documents and queries in one run (scripts/bench-index.sh):
//
//	benchindex -generate -n 10000 -out corpus.json   articles of the seeds' kind, and queries
//	           [-texts DIR]                           and the articles as .txt files (scripts/webtest/measure.mjs)
//	benchindex -corpus corpus.json -n 1000           index the first n, query, print one JSON line
//
// The corpus is made, deterministically, from the golden articles: each
// document has a templated headline, four to seven sentences of figures
// (random province, indicator, period and values, run through the real
// extractor so facts are indexed too) and filler sentences drawn from the
// golden bodies, about 3.3 KB in all.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"chiso/extract"
	"chiso/extract/place"
	"chiso/extract/segment"
	"chiso/index"
)

// Corpus is what -generate writes: articles already extracted, and queries.
type Corpus struct {
	Articles []extract.Article   `json:"articles"`
	Queries  map[string][]string `json:"queries"` // match, phrase, prefix
}

func main() {
	generate := flag.Bool("generate", false, "write a corpus")
	n := flag.Int("n", 1000, "documents")
	out := flag.String("out", "corpus.json", "with -generate: where to write")
	texts := flag.String("texts", "", "with -generate: also write the articles as .txt files into this directory")
	corpus := flag.String("corpus", "corpus.json", "the corpus to index")
	golden := flag.String("golden", "extract/testdata/golden", "golden articles to draw text from")
	label := flag.String("label", runtime.GOOS+"/"+runtime.GOARCH, "name of this run")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of indexing and queries here")
	withFacts := flag.Bool("facts", true, "with -corpus: also build the facts' index and search it")
	kinds := flag.String("kinds", "match,phrase,prefix", "with -corpus: the kinds of article query to run")
	queryprofile := flag.String("queryprofile", "", "write a CPU profile of the article queries alone here")
	flag.Parse()
	if *cpuprofile != "" {
		if err := startProfile(*cpuprofile); err != nil {
			fmt.Fprintln(os.Stderr, "benchindex:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if *generate {
		if err := write(*golden, *n, *out, *texts); err != nil {
			fmt.Fprintln(os.Stderr, "benchindex:", err)
			os.Exit(1)
		}
		return
	}
	if err := measure(*corpus, *n, *label, strings.Split(*kinds, ","), *withFacts, *queryprofile); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "benchindex:", err)
		os.Exit(1)
	}
}

// Result is one run's figures.
type Result struct {
	Label    string  `json:"label"`
	Docs     int     `json:"docs"`
	Facts    int     `json:"facts"`
	DocsPerS float64 `json:"docs_per_s"`
	HeapMB   float64 `json:"heap_mb"`
	SysMB    float64 `json:"sys_mb"` // memory taken from the system, before facts are indexed
	// FactsBuildMS is the first search for facts, which indexes them all,
	// and HeapFactsMB the heap with both indexes.
	FactsBuildMS float64               `json:"facts_build_ms"`
	HeapFactsMB  float64               `json:"heap_facts_mb"`
	Latencies    map[string][2]float64 `json:"p50_p95_ms"`
	Hits         map[string]float64    `json:"avg_hits"`
	// QueryGCs is how many garbage collections ran during the article
	// queries, and GCMS how long the one after indexing took: in js/wasm a
	// collection has the only thread, so it lands in the latency of
	// whichever query it interrupts (the web app collects when an import
	// is over).
	QueryGCs     uint32  `json:"query_gcs"`
	GCMS         float64 `json:"gc_ms"`
	QueryAllocKB float64 `json:"query_alloc_kb"` // allocated per article query
	// ReloadMS is a reload with a saved index: the image opened over the
	// stored articles' ids (the page has them at hand) and the first
	// article query answered; the articles are decoded from the image as
	// results show them. RebuildMS is the same reload without an image:
	// the stored articles decoded from JSON (DecodeMS of it), indexed
	// again, first query answered. ImageMB is the image's size (the
	// articles' JSON and both parts with -facts, else the articles' part
	// alone) and SaveMS the time to write it.
	ReloadMS  float64 `json:"reload_ms"`
	RebuildMS float64 `json:"rebuild_ms"`
	DecodeMS  float64 `json:"decode_ms"`
	ImageMB   float64 `json:"image_mb"`
	SaveMS    float64 `json:"save_ms"`
}

func measure(path string, n int, label string, kinds []string, withFacts bool, queryprofile string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var c Corpus
	if err := json.Unmarshal(b, &c); err != nil {
		return err
	}
	b = nil
	if n > len(c.Articles) {
		n = len(c.Articles)
	}
	arts := append([]extract.Article(nil), c.Articles[:n]...) // let the rest go
	c.Articles = nil
	collect()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	x, err := index.New()
	if err != nil {
		return err
	}
	start := time.Now()
	for k := 0; k < len(arts); k += index.BatchSize {
		if err := x.Add(arts[k:min(len(arts), k+index.BatchSize)]...); err != nil {
			return err
		}
	}
	if err := x.Flush(); err != nil {
		return err
	}
	took := time.Since(start)
	// the web app's engine flushes and collects once an import is over
	// (wasm/app settleSoon); so does this, and times the collection. (arts
	// is kept for the reload at the end: its texts are the index's own.)
	t0 := time.Now()
	runtime.GC()
	gcTook := time.Since(t0)
	_, facts := x.Len()
	r := Result{Label: label, Docs: n, Facts: facts, DocsPerS: float64(n) / took.Seconds(),
		Latencies: map[string][2]float64{}, Hits: map[string]float64{}}
	if queryprofile != "" {
		if err := startProfile(queryprofile); err != nil {
			return err
		}
	}
	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)
	run := 0 // queries, warm-up included
	for _, kind := range kinds {
		var ms []float64
		hits := 0
		for round := 0; round < 4; round++ { // one warm-up round, three measured
			for _, q := range c.Queries[kind] {
				req := index.Request{Query: q, Size: 10, NoFacets: true}
				switch kind {
				case "phrase":
					req.Query = `"` + q + `"`
				case "prefix":
					req.Prefix = true
				}
				t0 := time.Now()
				run++
				res, err := x.Search(req)
				if err != nil {
					return err
				}
				if round > 0 {
					ms = append(ms, float64(time.Since(t0).Microseconds())/1000)
					hits += int(res.Total)
				}
			}
		}
		sort.Float64s(ms)
		r.Latencies[kind] = [2]float64{pct(ms, 0.5), pct(ms, 0.95)}
		r.Hits[kind] = float64(hits) / float64(len(ms))
	}
	if queryprofile != "" {
		pprof.StopCPUProfile()
	}
	var m1 runtime.MemStats
	runtime.ReadMemStats(&m1)
	r.QueryGCs = m1.NumGC - m0.NumGC
	r.GCMS = float64(gcTook.Microseconds()) / 1000
	if run > 0 {
		r.QueryAllocKB = float64(m1.TotalAlloc-m0.TotalAlloc) / 1024 / float64(run)
	}

	heap := func() float64 {
		collect()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc-min(m.HeapAlloc, before.HeapAlloc)) / (1 << 20)
	}
	r.HeapMB = heap()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	r.SysMB = float64(m.Sys) / (1 << 20)
	if !withFacts {
		if err := reload(x, arts, c.Queries["match"][0], &r); err != nil {
			return err
		}
		return json.NewEncoder(os.Stdout).Encode(r)
	}
	t0 = time.Now()
	if _, err := x.Search(index.Request{Query: "+indicator:exports", Type: "fact", NoFacets: true}); err != nil {
		return err
	}
	r.FactsBuildMS = float64(time.Since(t0).Microseconds()) / 1000
	var ms []float64
	for round := 0; round < 4; round++ {
		for _, q := range c.Queries["fact"] {
			t0 := time.Now()
			if _, err := x.Search(index.Request{Query: q, Type: "fact", Size: 10}); err != nil {
				return err
			}
			if round > 0 {
				ms = append(ms, float64(time.Since(t0).Microseconds())/1000)
			}
		}
	}
	sort.Float64s(ms)
	r.Latencies["fact"] = [2]float64{pct(ms, 0.5), pct(ms, 0.95)}
	r.HeapFactsMB = heap()
	if err := reload(x, arts, c.Queries["match"][0], &r); err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(r)
}

// reload saves x, then times two reloads of the stored articles: opening
// the image, and rebuilding the index, each until a first query answers.
func reload(x *index.Index, arts []extract.Article, query string, r *Result) error {
	// what a reload reads back: the articles as stored, and which they are
	stored, err := json.Marshal(arts)
	if err != nil {
		return err
	}
	held := index.Held(arts)
	arts = nil
	t0 := time.Now()
	var image bytes.Buffer
	if err := x.Save(&image); err != nil {
		return err
	}
	r.SaveMS = ms(time.Since(t0))
	r.ImageMB = float64(image.Len()) / (1 << 20)
	x.Close()
	collect()
	first := index.Request{Query: query, Size: 10}
	t0 = time.Now()
	y, err := index.Open(image.Bytes())
	if err != nil {
		return err
	}
	if has := y.Holds(); len(has) != len(held) { // as the page checks it
		return fmt.Errorf("the image holds %d articles, not %d", len(has), len(held))
	}
	if _, err := y.Search(first); err != nil {
		return err
	}
	r.ReloadMS = ms(time.Since(t0))
	y.Close()
	y = nil
	image.Reset()
	collect()
	t0 = time.Now()
	if err := json.Unmarshal(stored, &arts); err != nil {
		return err
	}
	r.DecodeMS = ms(time.Since(t0))
	stored = nil
	z, err := index.New()
	if err != nil {
		return err
	}
	for k := 0; k < len(arts); k += index.BatchSize {
		if err := z.Add(arts[k:min(len(arts), k+index.BatchSize)]...); err != nil {
			return err
		}
	}
	if _, err := z.Search(first); err != nil {
		return err
	}
	r.RebuildMS = ms(time.Since(t0))
	return z.Close()
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// collect collects twice: what sync.Pools hold (zap keeps its last
// segment's buffers in one) survives one collection and goes at the next.
func collect() {
	runtime.GC()
	runtime.GC()
}

// startProfile starts a CPU profile written to path.
func startProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	return pprof.StartCPUProfile(f)
}

func pct(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}

// write generates n articles and the queries.
func write(golden string, n int, out, texts string) error {
	pool, err := sentences(golden)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewSource(2024))
	var provinces []string
	for _, p := range place.Default.Provinces() {
		provinces = append(provinces, p.Name)
	}
	sort.Strings(provinces)
	var ins []extract.Input
	for k := 0; k < n; k++ {
		ins = append(ins, extract.Input{File: fmt.Sprintf("gen-%05d.txt", k), Data: []byte(article(rng, pool, provinces))})
	}
	if texts != "" {
		if err := os.MkdirAll(texts, 0o755); err != nil {
			return err
		}
		for _, in := range ins {
			if err := os.WriteFile(filepath.Join(texts, in.File), in.Data, 0o644); err != nil {
				return err
			}
		}
	}
	c := Corpus{Queries: map[string][]string{}}
	for _, r := range extract.ExtractAll(ins) {
		if r.Err != nil {
			return r.Err
		}
		r.Article.NearDuplicates = nil
		c.Articles = append(c.Articles, r.Article)
	}
	c.Queries = queries(rng, c.Articles, provinces)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewEncoder(f).Encode(c)
}

// sentences are the golden bodies' sentences, to fill articles with.
func sentences(dir string) ([]string, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		return nil, fmt.Errorf("no golden articles in %s", dir)
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		a, err := extract.Extract(extract.Input{Data: b})
		if err != nil {
			return nil, err
		}
		for _, sp := range segment.Sentences(a.Body) {
			if s := a.Body[sp.Start:sp.End]; len(s) > 60 {
				out = append(out, s)
			}
		}
	}
	return out, nil
}

var indicators = []struct{ name, unit string }{
	{"chỉ số sản xuất công nghiệp (IIP)", ""}, {"giá trị sản xuất công nghiệp", "nghìn tỷ đồng"},
	{"kim ngạch xuất khẩu", "tỷ USD"}, {"kim ngạch nhập khẩu", "tỷ USD"},
	{"tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "nghìn tỷ đồng"}, {"thu ngân sách nhà nước", "nghìn tỷ đồng"},
	{"vốn đầu tư trực tiếp nước ngoài đăng ký", "triệu USD"}, {"doanh thu du lịch lữ hành", "tỷ đồng"},
}

var periods = []string{"tháng %d/%d", "quý %s/%d", "%d tháng đầu năm %d", "năm %d"}

func period(rng *rand.Rand) string {
	y := 2022 + rng.Intn(4)
	switch rng.Intn(4) {
	case 0:
		return fmt.Sprintf(periods[0], 1+rng.Intn(12), y)
	case 1:
		return fmt.Sprintf(periods[1], []string{"I", "II", "III", "IV"}[rng.Intn(4)], y)
	case 2:
		return fmt.Sprintf(periods[2], 2+rng.Intn(10), y)
	}
	return fmt.Sprintf(periods[3], y)
}

func number(rng *rand.Rand, max int) string {
	return strings.Replace(fmt.Sprintf("%d,%d", 1+rng.Intn(max), rng.Intn(10)), ",0", "", 1)
}

func article(rng *rand.Rand, pool, provinces []string) string {
	prov := provinces[rng.Intn(len(provinces))]
	ind := indicators[rng.Intn(len(indicators))]
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s %s tăng %s%%\n\n", prov, strings.ToUpper(ind.name[:1])+ind.name[1:], period(rng), number(rng, 30))
	var parts []string
	for k := 0; k < 4+rng.Intn(4); k++ {
		ind := indicators[rng.Intn(len(indicators))]
		p := provinces[rng.Intn(len(provinces))]
		if k == 0 {
			p = prov
		}
		verb := "tăng"
		if rng.Intn(4) == 0 {
			verb = "giảm"
		}
		if ind.unit == "" {
			parts = append(parts, fmt.Sprintf("%s %s của tỉnh %s ước %s %s%% so với cùng kỳ năm trước.", strings.ToUpper(ind.name[:1])+ind.name[1:], period(rng), p, verb, number(rng, 25)))
		} else {
			parts = append(parts, fmt.Sprintf("Trên địa bàn %s, %s %s ước đạt %s %s, %s %s%% so với cùng kỳ.", p, ind.name, period(rng), number(rng, 900), ind.unit, verb, number(rng, 25)))
		}
	}
	for b.Len()+len(strings.Join(parts, " ")) < 3300 {
		parts = append(parts, pool[rng.Intn(len(pool))])
	}
	rng.Shuffle(len(parts)-1, func(i, j int) { parts[i+1], parts[j+1] = parts[j+1], parts[i+1] })
	for k, p := range parts {
		b.WriteString(p)
		if k%3 == 2 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return b.String()
}

// queries samples 50 of each kind from the corpus: a word and a province
// (match), three consecutive words (phrase), a word without its last letter
// (prefix), and searches for facts.
func queries(rng *rand.Rand, arts []extract.Article, provinces []string) map[string][]string {
	q := map[string][]string{}
	for len(q["match"]) < 50 || len(q["phrase"]) < 50 || len(q["prefix"]) < 50 {
		a := arts[rng.Intn(len(arts))]
		words := strings.Fields(strings.Map(func(r rune) rune {
			if strings.ContainsRune(".,;:()%\"", r) {
				return ' '
			}
			return r
		}, a.Body))
		if len(words) < 10 {
			continue
		}
		k := rng.Intn(len(words) - 3)
		w := strings.ToLower(words[k])
		if len(q["match"]) < 50 && len([]rune(w)) > 2 {
			q["match"] = append(q["match"], w+" "+provinces[rng.Intn(len(provinces))])
		}
		if len(q["phrase"]) < 50 {
			q["phrase"] = append(q["phrase"], strings.ToLower(strings.Join(words[k:k+3], " ")))
		}
		if r := []rune(w); len(q["prefix"]) < 50 && len(r) > 3 {
			q["prefix"] = append(q["prefix"], string(r[:len(r)-1]))
		}
	}
	// fact searches: an indicator over a value, or a province's facts
	inds := []string{"iip", "industrial_output", "exports", "imports", "retail_sales", "budget_revenue"}
	for len(q["fact"]) < 50 {
		if len(q["fact"])%2 == 0 {
			q["fact"] = append(q["fact"], fmt.Sprintf("+indicator:%s +value:>%d", inds[rng.Intn(len(inds))], rng.Intn(100)))
		} else {
			q["fact"] = append(q["fact"], "xuất khẩu "+provinces[rng.Intn(len(provinces))])
		}
	}
	return q
}
