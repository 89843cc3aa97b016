//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"

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
		ins = append(ins, extract.Input{File: f.Get("name").String(), Data: b})
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
	return counts(), nil
}

func remove(args []js.Value) (any, error) {
	var ids []string
	if err := decode(args, "remove", &ids); err != nil {
		return nil, err
	}
	if err := idx.Delete(ids...); err != nil {
		return nil, err
	}
	return counts(), nil
}

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
