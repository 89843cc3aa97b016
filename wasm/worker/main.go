//go:build js && wasm

// Command worker is chiso on Cloudflare Workers: the extraction API of
// wasm/api (static files of the web app are served by Workers' assets, see
// wrangler.jsonc). It links extract/ but not the search index, which would
// push the Worker past the free plan and add start-up time to every request.
//
// Variables (wrangler.jsonc "vars"): CORS_ORIGIN lets other origins call the
// API ("*" or an origin; empty: none), CHISO_VERSION names the build.
// CHISO_TEST_HOOKS=1, set only by worker.test.mjs, adds testhook.go's route.
//
// The program serves every request of its isolate and never ends: the
// entry worker.mjs starts it once, where syumai/workers' own entry starts Go
// for each request (four fifths of an extraction's time was that start).
package main

import (
	"net/http"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"

	"chiso/wasm/api"
)

func main() {
	var h http.Handler = api.Routes(api.Options{
		AllowOrigin: cloudflare.Getenv("CORS_ORIGIN"),
		Version:     cloudflare.Getenv("CHISO_VERSION"),
	})
	if cloudflare.Getenv("CHISO_TEST_HOOKS") == "1" {
		h = withTestHooks(h)
	}
	workers.ServeNonBlock(h)
	workers.Ready()
	select {} // requests arrive as calls from worker.mjs
}
