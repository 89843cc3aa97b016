//go:build js && wasm

package main

import (
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
	settleSoon()
	return counts()
}

func counts() any {
	a, f := idx.Len()
	return map[string]int{"articles": a, "facts": f}
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
