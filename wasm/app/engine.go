//go:build js && wasm

package main

import (
	"fmt"
	"runtime"
	"strings"
	"syscall/js"
	"time"

	"chiso/extract"
	"chiso/index"
)

var idx *index.Index

func runEngine() {
	var err error
	if idx, err = index.New(); err != nil {
		panic(err)
	}
	api := js.Global().Get("Object").New()
	api.Set("extract", fn(extractFiles))
	api.Set("add", fn(add))
	api.Set("remove", fn(remove))
	api.Set("search", fn(search))
	api.Set("csv", fn(toCSV))
	api.Set("save", js.FuncOf(saveImage))
	api.Set("open", fn(openImage))
	js.Global().Set("chiso", api)
}

type fileError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func extractFiles(args []js.Value) (any, error) {
	list, err := arg(args, 0)
	if err != nil {
		return nil, err
	}
	var ins []extract.Input
	for k := 0; k < list.Length(); k++ {
		f := list.Index(k)
		data := f.Get("data")
		b := make([]byte, data.Get("length").Int())
		js.CopyBytesToGo(b, data)
		// with Explain, so the reader can say on click which words gave each field
		ins = append(ins, extract.Input{File: f.Get("name").String(), Data: b, Explain: true})
	}
	out := struct {
		Articles []extract.Article `json:"articles"`
		Errors   []fileError       `json:"errors"`
	}{[]extract.Article{}, []fileError{}}
	for _, r := range extract.ExtractAll(ins) {
		if r.Err != nil {
			out.Errors = append(out.Errors, fileError{r.Input.File, r.Err.Error()})
			continue
		}
		out.Articles = append(out.Articles, r.Article)
	}
	return out, nil
}

// changed answers a change to the index with its counts, and settles it
// once changes stop coming.
func changed() any {
	version++
	settleSoon()
	return counts()
}

func counts() any {
	a, f := idx.Len()
	return map[string]int{"articles": a, "facts": f}
}

// ---- the saved index ----------------------------------------------------------
//
// The index is saved as an image (index.Save) after changes settle, and a
// reload opens it instead of indexing every stored article again (10,000
// articles: seconds of indexing against a few hundred milliseconds; make
// bench-index, reload_ms against rebuild_ms). engine.js keeps the image in
// IndexedDB; the articles stay the source of truth: an image that does not
// hold exactly the page's stored articles is stale, and the page rebuilds.

// version counts the index's changes; savedAt is the version last saved,
// and savedFacts whether the facts' part was in it.
var (
	version    uint64 = 1
	savedAt    uint64
	savedFacts bool
)

// saveImage returns the index as an image, {chunks: [Uint8Array, …]
// (about 1 MiB each, for a Blob), articles: n}, or null when nothing has
// changed since the last save; an error as {"error": …}.
func saveImage(js.Value, []js.Value) (out any) {
	defer func() {
		if r := recover(); r != nil {
			out = errJSON(fmt.Errorf("internal error: %v", r))
		}
	}()
	facts := idx.FactsBuilt()
	if savedAt == version && savedFacts == facts {
		return js.Null()
	}
	chunks := js.Global().Get("Array").New()
	if err := idx.Save(jsChunks{chunks}); err != nil {
		return errJSON(err)
	}
	savedAt, savedFacts = version, facts
	n, _ := idx.Len()
	return map[string]any{"chunks": chunks, "articles": n}
}

// jsChunks writes each Write as a Uint8Array pushed on a JS array.
type jsChunks struct{ list js.Value }

func (w jsChunks) Write(b []byte) (int, error) {
	a := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(a, b)
	w.list.Call("push", a)
	return len(b), nil
}

// openImage replaces the (empty) index by the one saved in an image: the
// first argument the image's bytes (a Uint8Array), the second the articles
// the page stores, as JSON {id: number of facts}. The image may lag behind
// them (the page was closed before the last changes were saved): articles
// it holds that the page does not, or holds with other facts, are deleted,
// and the answer lists the ids the page must add again:
// {"opened": true, "articles": n, "facts": m, "missing": […]}. An image of
// another build, a damaged one, or an index that already holds articles
// (something was added while the image was read) gives {"opened": false,
// "why": …}, and the page adds all its articles.
func openImage(args []js.Value) (any, error) {
	data, err := arg(args, 0)
	if err != nil {
		return nil, err
	}
	var held map[string]int
	if err := decode(args[1:], "open", &held); err != nil {
		return nil, err
	}
	if n, _ := idx.Len(); n > 0 {
		return map[string]any{"opened": false, "why": "the index already holds articles"}, nil
	}
	image := make([]byte, data.Get("length").Int())
	js.CopyBytesToGo(image, data)
	x, err := index.Open(image)
	if err != nil {
		return map[string]any{"opened": false, "why": err.Error()}, nil
	}
	has := x.Holds()
	var extra []string
	for id, n := range has {
		if want, ok := held[id]; !ok || want != n {
			extra = append(extra, id)
		}
	}
	missing := []string{}
	for id, n := range held {
		if got, ok := has[id]; !ok || got != n {
			missing = append(missing, id)
		}
	}
	if err := x.Delete(extra...); err != nil {
		x.Close()
		return map[string]any{"opened": false, "why": err.Error()}, nil
	}
	idx.Close()
	idx = x
	savedAt, savedFacts = version, idx.FactsBuilt()
	if len(extra) > 0 {
		changed()
	}
	a, f := idx.Len()
	return map[string]any{"opened": true, "articles": a, "facts": f, "missing": missing}, nil
}

func add(args []js.Value) (any, error) {
	var arts []extract.Article
	if err := decode(args, "add", &arts); err != nil {
		return nil, err
	}
	if err := idx.Add(arts...); err != nil {
		return nil, err
	}
	return changed(), nil
}

func remove(args []js.Value) (any, error) {
	var ids []string
	if err := decode(args, "remove", &ids); err != nil {
		return nil, err
	}
	if err := idx.Delete(ids...); err != nil {
		return nil, err
	}
	return changed(), nil
}

// settleSoon applies what changes left buffered and collects the garbage
// of indexing once no change has come for a second (an import is over), so
// the next search neither builds a segment nor lands in a collection. In
// js/wasm a collection has the only thread: about 0.2 s with 10,000
// articles (make bench-index, gc_ms), better spent while nobody waits.
func settleSoon() {
	if settle != nil {
		settle.Stop()
	}
	settle = time.AfterFunc(time.Second, func() {
		if idx.Flush() == nil {
			runtime.GC()
		}
	})
}

var settle *time.Timer

func search(args []js.Value) (any, error) {
	var req index.Request
	if err := decode(args, "search", &req); err != nil {
		return nil, err
	}
	return idx.Search(req)
}

func toCSV(args []js.Value) (any, error) {
	var arts []extract.Article
	if err := decode(args, "csv", &arts); err != nil {
		return nil, err
	}
	var b strings.Builder
	if err := extract.WriteCSV(&b, arts); err != nil {
		return nil, err
	}
	return map[string]string{"csv": b.String()}, nil
}
