package index

import (
	"bytes"
	"errors"
	"hash/fnv"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/document"

	"chiso/extract"
)

// imageQueries are the requests of testdata/searches.json plus a few of each
// type, with and without facets.
func imageQueries(t *testing.T) []Request {
	out := []Request{
		{Query: ""}, {Query: "xuat khau"}, {Query: "TP.HCM", Type: "fact"},
		{Query: "+indicator:exports", Type: "fact", Size: 50}, {Query: "công nghiệp", Sort: "date", Size: 30},
		{Query: "san xu", Prefix: true},
	}
	for _, c := range searchCases(t) {
		out = append(out, c.Request)
	}
	return out
}

// sameAnswers fails unless a and b answer every request alike: the same
// hits in the same order with the same scores, snippets and facets.
func sameAnswers(t *testing.T, a, b *Index, reqs []Request) {
	t.Helper()
	if na, fa := a.Len(); true {
		if nb, fb := b.Len(); na != nb || fa != fb {
			t.Fatalf("sizes %d/%d and %d/%d", na, fa, nb, fb)
		}
	}
	for _, r := range reqs {
		ra, err := a.Search(r)
		if err != nil {
			t.Fatal(err)
		}
		rb, err := b.Search(r)
		if err != nil {
			t.Fatal(err)
		}
		ra.Took, rb.Took = 0, 0
		tied(ra)
		tied(rb)
		if !reflect.DeepEqual(ra, rb) {
			t.Fatalf("%+v: answers differ:\n%s\n%s", r, brief(ra), brief(rb))
		}
	}
}

// tied puts hits of equal score in the order of their ids: bleve breaks
// ties by the order documents reached a segment, which its batches do not
// keep (two builds from the same articles can differ there).
func tied(r *Result) {
	sort.SliceStable(r.Hits, func(i, j int) bool {
		a, b := r.Hits[i], r.Hits[j]
		return a.Score > b.Score || a.Score == b.Score && a.ID < b.ID
	})
}

func brief(r *Result) string {
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.ID)
	}
	return strings.Join(ids, " ")
}

func saved(t *testing.T, x *Index) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := x.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestImageRoundTrip: an index saved and opened again answers as before,
// across several segments, replaced and deleted articles, and both parts;
// and it goes on taking changes as the original does.
func TestImageRoundTrip(t *testing.T) {
	arts := corpus(t)
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	third := len(arts) / 3
	for _, part := range [][]extract.Article{arts[:third], arts[third : 2*third], arts[2*third:]} {
		if err := x.Add(part...); err != nil {
			t.Fatal(err)
		}
		x.Flush() // a segment each
	}
	if _, err := x.Search(Request{Query: "xuat khau", Type: "fact"}); err != nil { // builds the facts' part
		t.Fatal(err)
	}
	// an article read again with one fact fewer (its older copy and its last
	// fact are deleted in older segments), and two deleted outright
	changed := arts[1]
	changed.Facts = changed.Facts[:len(changed.Facts)-1]
	changed.Body += "\nMột dòng thêm vào sau."
	if err := x.Add(changed); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(arts[2].ID, arts[third+1].ID); err != nil {
		t.Fatal(err)
	}
	now := append([]extract.Article{arts[0], changed}, arts[3:]...)
	for k, a := range now {
		if a.ID == arts[third+1].ID {
			now = append(now[:k:k], now[k+1:]...)
			break
		}
	}
	if a, _ := x.Article(changed.ID); !strings.Contains(a.Body, "Một dòng thêm") {
		t.Fatal("the changed article was not stored")
	}

	image := saved(t, x)
	y, err := Open(image)
	if err != nil {
		t.Fatal(err)
	}
	reqs := imageQueries(t)
	sameAnswers(t, x, y, reqs)
	if r, _ := y.Search(Request{Query: `"Một dòng thêm vào sau"`}); r.Total != 1 {
		t.Fatalf("the replaced article's new text: %d hits", r.Total)
	}
	if r, _ := y.Search(Request{Query: "article:" + arts[2].ID, Type: "fact"}); r.Total != 0 {
		t.Fatalf("a deleted article's facts: %d hits", r.Total)
	}

	// the same changes after the reopening
	for _, z := range []*Index{x, y} {
		if err := z.Add(arts[2]); err != nil {
			t.Fatal(err)
		}
		if err := z.Delete(arts[5].ID); err != nil {
			t.Fatal(err)
		}
	}
	sameAnswers(t, x, y, reqs)
}

// TestImageWithoutFacts: an index saved before any search for facts
// builds that part on the first one, as a new index does.
func TestImageWithoutFacts(t *testing.T) {
	x, _ := newIndex(t)
	y, err := Open(saved(t, x))
	if err != nil {
		t.Fatal(err)
	}
	if y.facts != nil {
		t.Fatal("a facts' part came back that was never built")
	}
	sameAnswers(t, x, y, imageQueries(t))
}

// TestImageRefused: a damaged image is an error, never a panic or a wrong
// index; an image of other articles opens, and says what it holds.
func TestImageRefused(t *testing.T) {
	x, arts := newIndex(t)
	image := saved(t, x)
	y, err := Open(image)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(y.Holds(), Held(arts)) {
		t.Error("an opened image does not say what it holds")
	}
	if _, err := Open([]byte("not an index")); err == nil || errors.Is(err, ErrStale) {
		t.Errorf("not an image: %v", err)
	}
	for _, cut := range []int{5, 20, 40, len(image) / 2, len(image) - 1} {
		if _, err := Open(image[:cut]); err == nil || errors.Is(err, ErrStale) {
			t.Errorf("cut at %d of %d: %v", cut, len(image), err)
		}
	}
	bad := append([]byte{}, image...)
	bad[len(bad)-100] ^= 0x40 // inside the one segment's data
	if _, err := Open(bad); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("a flipped bit: %v", err)
	}
	if _, err := Open(append(append([]byte{}, image...), 0)); err == nil {
		t.Error("a byte too many was taken")
	}
	other := append([]byte{}, image...)
	other[len(imageMagic)] ^= 1 // the build stamp
	if _, err := Open(other); !errors.Is(err, ErrStale) {
		t.Errorf("another build's image: %v", err)
	}
}

// TestStampIgnoresFieldOrder: a mapped document's fields come in map
// order, which changes from run to run; the build stamp must not (it did,
// and every reload found its image "saved by another build").
func TestStampIgnoresFieldOrder(t *testing.T) {
	data := map[string]interface{}{"indicator": "exports", "region": "Hà Nội", "kind": "level", "unit": "USD", "value": 5.0, "body": "xuất khẩu"}
	hashes := map[uint64]bool{}
	for k := 0; k < 20; k++ {
		doc := document.NewDocument("x")
		if err := factMapping().MapDocument(doc, data); err != nil {
			t.Fatal(err)
		}
		h := fnv.New64a()
		hashDoc(h, doc)
		hashes[h.Sum64()] = true
	}
	if len(hashes) != 1 {
		t.Fatalf("%d different hashes of one document", len(hashes))
	}
}
