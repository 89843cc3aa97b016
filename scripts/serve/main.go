// Command serve serves the web app (web/) on localhost for `make serve`:
// the files as they are, wasm with its MIME type, and the headers of
// web/_headers — the file the Worker's static assets read, so both send the
// same Content-Security-Policy, nosniff and cache rules.
//
//	serve -addr 127.0.0.1:8080 -dir web
//
// A file with a gzipped copy beside it (app.js and app.js.gz, written by
// make web) is sent gzipped to a browser that accepts it, as the Worker's
// assets are; directories are never listed.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on (host:port)")
	dir := flag.String("dir", "web", "directory to serve")
	flag.Parse()
	if err := run(*addr, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "serve:", err)
		os.Exit(1)
	}
}

func run(addr, dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "chiso.wasm")); err != nil {
		return fmt.Errorf("%s is missing; run make serve (or make wasm)", filepath.Join(dir, "chiso.wasm"))
	}
	text, err := os.ReadFile(filepath.Join(dir, "_headers"))
	if err != nil {
		return fmt.Errorf("%v: the headers of every file are there", err)
	}
	rules, err := parseHeaders(string(text))
	if err != nil {
		return fmt.Errorf("%s: %v", filepath.Join(dir, "_headers"), err)
	}
	// listen before saying where: a busy port is an error, not an address
	// that answers with someone else's server
	ln, err := net.Listen("tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%s is already in use; stop what serves there or choose another port: make serve PORT=8081", addr)
	}
	if err != nil {
		return err
	}
	fmt.Printf("chiso: http://%s/\n", ln.Addr())
	return http.Serve(ln, handler(dir, rules))
}

// handler serves the files of dir with the headers of rules.
func handler(dir string, rules []rule) http.Handler {
	mime.AddExtensionType(".wasm", "application/wasm")
	mime.AddExtensionType(".mjs", "text/javascript")
	root := os.DirFS(dir)
	files := http.FileServerFS(noListing{root})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean(r.URL.Path)
		if p == "/_headers" { // as on Workers: read, never served
			http.NotFound(w, r)
			return
		}
		apply(rules, r.URL.Path, w.Header())
		if gz := strings.TrimPrefix(p, "/") + ".gz"; acceptsGzip(r) && !strings.HasSuffix(p, "/") && isFile(root, gz) {
			w.Header().Set("Vary", "Accept-Encoding")
			w.Header().Set("Content-Encoding", "gzip")
			if t := mime.TypeByExtension(path.Ext(p)); t != "" {
				w.Header().Set("Content-Type", t)
			}
			http.ServeFileFS(w, r, root, gz)
			return
		}
		files.ServeHTTP(w, r)
	})
}

// acceptsGzip: "gzip, deflate, br" yes; "gzip;q=0" and "identity" no.
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(name), "gzip") {
			return strings.ReplaceAll(strings.TrimSpace(params), " ", "") != "q=0"
		}
	}
	return false
}

func isFile(fsys fs.FS, name string) bool {
	st, err := fs.Stat(fsys, name)
	return err == nil && st.Mode().IsRegular()
}

// noListing opens a directory only for its index.html: "/" is the app,
// "/vendor/" is a 404 rather than a list of what is there.
type noListing struct{ fs.FS }

func (n noListing) Open(name string) (fs.File, error) {
	f, err := n.FS.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err == nil && st.IsDir() && !isFile(n.FS, path.Join(name, "index.html")) {
		f.Close()
		return nil, fs.ErrNotExist
	}
	return f, nil
}
