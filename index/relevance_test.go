package index

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"chiso/extract"
)

// relevance is testdata/relevance.json: queries over the real-page fixtures
// with the articles a reader wants first.
type relevance struct {
	Corpus  []string `json:"corpus"`
	Queries []struct {
		Kind  string   `json:"kind"`
		Query string   `json:"query"`
		First []string `json:"first"`
	} `json:"queries"`
}

// TestRelevance: every query of relevance.json puts one of its expected
// articles first. (It runs under wasm too: make test-wasm.)
func TestRelevance(t *testing.T) {
	b, err := os.ReadFile("testdata/relevance.json")
	if err != nil {
		t.Fatal(err)
	}
	var rel relevance
	if err := json.Unmarshal(b, &rel); err != nil {
		t.Fatal(err)
	}
	var ins []extract.Input
	for _, dir := range rel.Corpus {
		paths, _ := filepath.Glob(filepath.Join("../extract/testdata", dir, "*.txt"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			ins = append(ins, extract.Input{File: filepath.Base(p), Data: data})
		}
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	for _, r := range extract.ExtractAll(ins) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
		if err := x.Add(r.Article); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := x.Len(); n < 200 {
		t.Fatalf("corpus of %d articles", n)
	}
	passed := 0
	for _, q := range rel.Queries {
		res, err := x.Search(Request{Query: q.Query, NoFacets: true, Size: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !slices.Contains(q.First, res.Hits[0].File) {
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.File)
			}
			t.Errorf("%s %q: first %v, want one of %v", q.Kind, q.Query, got, q.First)
			continue
		}
		passed++
	}
	t.Logf("%d/%d queries put an expected article first", passed, len(rel.Queries))
}
