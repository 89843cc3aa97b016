package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// site writes a small app: a page, a script with its gzipped copy, a
// vendor directory without an index.
func site(t *testing.T) string {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("console.log('app')"))
	zw.Close()
	write("index.html", []byte("<!doctype html><title>chiso</title>"))
	write("app.js", []byte("console.log('app')"))
	write("app.js.gz", gz.Bytes())
	write("vendor/chart.js", []byte("chart"))
	write("chiso.wasm", []byte("\x00asm"))
	write("_headers", []byte("/*\n  X-Content-Type-Options: nosniff\n"))
	return dir
}

func get(t *testing.T, dir, target, accept string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	r := httptest.NewRequest("GET", target, nil)
	if accept != "" {
		r.Header.Set("Accept-Encoding", accept)
	}
	handler(dir, nil).ServeHTTP(w, r)
	return w
}

// A browser that accepts gzip gets the precompressed copy, with the
// original's type; one that does not gets the file as it is.
func TestGzipByAcceptEncoding(t *testing.T) {
	dir := site(t)
	for _, c := range []struct {
		accept string
		gz     bool
	}{{"gzip, deflate, br", true}, {"br;q=1, gzip;q=0.8", true}, {"gzip;q=0", false}, {"identity", false}, {"", false}} {
		w := get(t, dir, "/app.js", c.accept)
		if w.Code != 200 || (w.Header().Get("Content-Encoding") == "gzip") != c.gz {
			t.Errorf("Accept-Encoding %q: %d, Content-Encoding %q", c.accept, w.Code, w.Header().Get("Content-Encoding"))
			continue
		}
		if !strings.HasPrefix(w.Header().Get("Content-Type"), "text/javascript") {
			t.Errorf("Accept-Encoding %q: Content-Type %q", c.accept, w.Header().Get("Content-Type"))
		}
		body := w.Body.Bytes()
		if c.gz {
			zr, err := gzip.NewReader(w.Body)
			if err != nil {
				t.Fatal(err)
			}
			body, _ = io.ReadAll(zr)
		}
		if string(body) != "console.log('app')" {
			t.Errorf("Accept-Encoding %q: body %q", c.accept, body)
		}
	}
	// a file without a gzipped copy is sent as it is
	if w := get(t, dir, "/vendor/chart.js", "gzip"); w.Header().Get("Content-Encoding") != "" || w.Body.String() != "chart" {
		t.Errorf("vendor/chart.js: %v %q", w.Header(), w.Body.String())
	}
}

// A directory is never listed; the app's own index is served at "/".
func TestNoDirectoryListing(t *testing.T) {
	dir := site(t)
	for _, p := range []string{"/vendor/", "/vendor"} {
		if w := get(t, dir, p, ""); w.Code == 200 || strings.Contains(w.Body.String(), "chart.js") {
			t.Errorf("GET %s: %d %q", p, w.Code, w.Body.String())
		}
	}
	if w := get(t, dir, "/", "gzip"); w.Code != 200 || !strings.Contains(w.Body.String(), "<title>chiso") {
		t.Errorf("GET /: %d %q", w.Code, w.Body.String())
	}
}

// A busy port is refused with what to do, before any address is printed.
func TestBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	err = run(ln.Addr().String(), site(t))
	if err == nil || !strings.Contains(err.Error(), "already in use") || !strings.Contains(err.Error(), "PORT=") {
		t.Fatalf("got %v", err)
	}
}
