//go:build js && wasm

package main

import (
	"crypto/sha256"
	"net"
	"net/http"
	"strconv"
)

// withTestHooks adds what worker.test.mjs needs to end the Go program on
// purpose, as out of memory once did ("fatal error: out of memory" after
// a 128 KB run-on sentence whose quotes grew to 176 MB): a request that
// kills the program, so the test can check that only that request fails and
// the next one is answered by a new program.
//
//	POST /api/test/exit?work=N   hash 1 MB N times (a heavy request), then panic
//	                             outside any handler: the program ends, exit code 2
//
// It exists only when CHISO_TEST_HOOKS is "1", which only the test sets
// (wrangler dev --var CHISO_TEST_HOOKS:1; wrangler.jsonc does not), and it
// answers only requests to a loopback address, which no request to a
// deployed Worker is.
func withTestHooks(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip := net.ParseIP(r.URL.Hostname())
		if r.URL.Path != "/api/test/exit" || r.Method != http.MethodPost || ip == nil || !ip.IsLoopback() {
			h.ServeHTTP(w, r)
			return
		}
		work, _ := strconv.Atoi(r.URL.Query().Get("work"))
		mb := make([]byte, 1<<20)
		for range work {
			sum := sha256.Sum256(mb)
			mb[0] = sum[0]
		}
		go func() { panic("chiso test hook: the Go program ends here, as on out of memory") }()
		select {} // never answered by Go
	})
}
