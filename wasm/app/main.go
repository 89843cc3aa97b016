//go:build js && wasm

// Command app is chiso's engine in the browser: extraction and the search
// index, compiled to WebAssembly and run in a Web Worker. It installs one
// global, chiso, whose functions take and return JSON strings (and bytes for
// files), so the JavaScript around it stays a thin shell:
//
//	chiso.extract([{name, data: Uint8Array}, …]) → {"articles": […], "errors": [{"file", "error"}]}
//	chiso.add(articlesJSON)       → {"articles": n, "facts": m}
//	chiso.remove(idsJSON)         → {"articles": n, "facts": m}
//	chiso.search(requestJSON)     → index.Result
//	chiso.csv(articlesJSON)       → {"csv": "…"} the facts as CSV (UTF-8 BOM), as chiso extract --format csv
//
// Errors come back as {"error": "..."}; nothing here panics the worker.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"syscall/js"

	"chiso/extract"
	"chiso/index"
)

var idx *index.Index

func main() {
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
	select {} // serve calls until the worker ends
}

// fn wraps a handler so that a panic becomes an error result.
func fn(h func(args []js.Value) (any, error)) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) (out any) {
		defer func() {
			if r := recover(); r != nil {
				out = errJSON(fmt.Errorf("internal error: %v", r))
			}
		}()
		v, err := h(args)
		if err != nil {
			return errJSON(err)
		}
		b, err := json.Marshal(v)
		if err != nil {
			return errJSON(err)
		}
		return string(b)
	})
}

func errJSON(err error) string {
	b, _ := json.Marshal(map[string]string{"error": err.Error()})
	return string(b)
}

func arg(args []js.Value, k int) (js.Value, error) {
	if k >= len(args) {
		return js.Undefined(), fmt.Errorf("missing argument %d", k+1)
	}
	return args[k], nil
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

// decode reads the first argument, a JSON string, into v.
func decode(args []js.Value, what string, v any) error {
	a, err := arg(args, 0)
	if err != nil {
		return err
	}
	if err := json.Unmarshal([]byte(a.String()), v); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
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
