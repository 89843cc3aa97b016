//go:build js && wasm

// Command app is chiso in the browser, compiled to WebAssembly. The page
// compiles chiso.wasm once and runs it twice:
//
// In the page's Web Worker (engine.js) it is the engine: extraction and the
// search index, off the page's thread, behind one global, chiso, whose
// functions take and return JSON strings (and bytes for files):
//
//	chiso.extract([{name, data: Uint8Array}, …]) → {"articles": […], "errors": [{"file", "error"}]}
//	chiso.add(articlesJSON)       → {"articles": n, "facts": m}
//	chiso.remove(idsJSON)         → {"articles": n, "facts": m}
//	chiso.search(requestJSON)     → index.Result
//	chiso.csv(articlesJSON)       → {"csv": "…"} the facts as CSV (UTF-8 BOM), as chiso extract --format csv
//	chiso.save()                  → {chunks: [Uint8Array, …], articles: n} the index as an image, or null if unchanged
//	chiso.open(image, heldJSON)   → {"opened": true, "articles": n, "facts": m, "missing": [ids]} or {"opened": false, "why": "…"}
//
// On the page it draws the views that are made of the facts, with
// honnef.co/go/js/dom/v2: the facts table (filter, sort, the 2025 merge,
// conflicting values side by side) and the reader with its figures marked
// (see ui.go), behind the global chisoUI.
//
// Errors come back as {"error": "..."}; nothing here panics the worker.
package main

import (
	"encoding/json"
	"fmt"
	"syscall/js"
)

func main() {
	if js.Global().Get("document").Truthy() {
		runUI()
	} else {
		runEngine()
	}
	select {} // serve calls until the page or the worker ends
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
