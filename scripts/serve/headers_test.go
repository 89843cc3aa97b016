package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// web/_headers gives every file the page loads the same policy.
func TestAppHeaders(t *testing.T) {
	text, err := os.ReadFile("../../web/_headers")
	if err != nil {
		t.Fatal(err)
	}
	rules, err := parseHeaders(string(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/", "/index.html", "/app.js", "/engine.js", "/store.js", "/app.css", "/chiso.wasm", "/wasm_exec.js", "/vendor/chart.umd.min.js"} {
		t.Run(p, func(t *testing.T) {
			h := http.Header{}
			apply(rules, p, h)
			if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "default-src 'self'") {
				t.Errorf("Content-Security-Policy %q", csp)
			}
			if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Cache-Control") != "no-cache" {
				t.Errorf("got %v; want nosniff and no-cache", h)
			}
		})
	}
}

// The parts of the _headers format serve reads, and what it refuses.
func TestParseHeaders(t *testing.T) {
	rules, err := parseHeaders("# comment\n/*\n  X-A: 1\n  Cache-Control: no-cache\n\n/vendor/*\n\tX-A: 2\n\t! Cache-Control\n/index.html\n  X-B: yes\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, a, b, cache string }{
		{"/", "1", "", "no-cache"},
		{"/index.html", "1", "yes", "no-cache"},
		{"/vendor/chart.js", "1, 2", "", ""},
		{"/vendorx", "1", "", "no-cache"},
	} {
		h := http.Header{}
		apply(rules, c.path, h)
		if h.Get("X-A") != c.a || h.Get("X-B") != c.b || h.Get("Cache-Control") != c.cache {
			t.Errorf("%s: got %v; want X-A %q, X-B %q, Cache-Control %q", c.path, h, c.a, c.b, c.cache)
		}
	}
	for _, bad := range []string{"X-A: 1\n/*\n", "/*\n  no colon here\n", "/movies/:title\n  X-A: 1\n", "/*/*\n  X-A: 1\n"} {
		if _, err := parseHeaders(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// _headers is read, not served.
func TestHeadersFileNotServed(t *testing.T) {
	w := httptest.NewRecorder()
	rules, _ := parseHeaders("/*\n  X-A: 1\n")
	h := handler("../../web", rules)
	h.ServeHTTP(w, httptest.NewRequest("GET", "/_headers", nil))
	if w.Code != 404 {
		t.Fatalf("GET /_headers: %d", w.Code)
	}
}
