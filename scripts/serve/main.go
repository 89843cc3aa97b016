// Command serve serves the web app (web/) on localhost for `make serve`:
// the files as they are, wasm with its MIME type, and a Content-Security-Policy
// that lets the page load only its own files and talk to nothing else.
package main

import (
	"flag"
	"fmt"
	"log"
	"mime"
	"net/http"
	"os"
)

// csp: the page's own scripts and the wasm they instantiate; no other host.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'; " +
	"img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := flag.String("dir", "web", "directory to serve")
	flag.Parse()
	if _, err := os.Stat(*dir + "/chiso.wasm"); err != nil {
		fmt.Fprintf(os.Stderr, "serve: %s/chiso.wasm is missing; run make serve (or make wasm)\n", *dir)
		os.Exit(1)
	}
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".mjs", "text/javascript")
	files := http.FileServer(http.Dir(*dir))
	http.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	}))
	fmt.Printf("chiso: http://%s/\n", *addr)
	log.Fatal(http.ListenAndServe(*addr, nil))
}
