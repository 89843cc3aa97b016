// Command serve serves the web app (web/) on localhost for `make serve`:
// the files as they are, wasm with its MIME type, and the headers of
// web/_headers — the file the Worker's static assets read, so both send the
// same Content-Security-Policy, nosniff and cache rules.
package main

import (
	"flag"
	"fmt"
	"log"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := flag.String("dir", "web", "directory to serve")
	flag.Parse()
	if _, err := os.Stat(*dir + "/chiso.wasm"); err != nil {
		fmt.Fprintf(os.Stderr, "serve: %s/chiso.wasm is missing; run make serve (or make wasm)\n", *dir)
		os.Exit(1)
	}
	text, err := os.ReadFile(filepath.Join(*dir, "_headers"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "serve: %v: the headers of every file are there\n", err)
		os.Exit(1)
	}
	rules, err := parseHeaders(string(text))
	if err != nil {
		fmt.Fprintf(os.Stderr, "serve: %s/_headers: %v\n", *dir, err)
		os.Exit(1)
	}
	fmt.Printf("chiso: http://%s/\n", *addr)
	log.Fatal(http.ListenAndServe(*addr, handler(*dir, rules)))
}

// handler serves the files of dir with the headers of rules.
func handler(dir string, rules []rule) http.Handler {
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".mjs", "text/javascript")
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if path.Clean(r.URL.Path) == "/_headers" { // as on Workers: read, never served
			http.NotFound(w, r)
			return
		}
		apply(rules, r.URL.Path, w.Header())
		files.ServeHTTP(w, r)
	})
}
