//go:build js && wasm

// Command worker is chiso on Cloudflare Workers: the extraction API of
// wasm/api (static files of the web app are served by Workers' assets, see
// wrangler.jsonc). It links extract/ but not the search index, which would
// push the Worker past the free plan and add start-up time to every request.
//
// Variables (wrangler.jsonc "vars"): CORS_ORIGIN lets other origins call the
// API ("*" or an origin; empty: none), CHISO_VERSION names the build.
//
// The program serves every request of its isolate and never ends: the
// entry worker.mjs starts it once, where syumai/workers' own entry starts Go
// for each request (four fifths of an extraction's time was that start).
package main

import (
	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"

	"chiso/wasm/api"
)

func main() {
	workers.ServeNonBlock(api.Routes(api.Options{
		AllowOrigin: cloudflare.Getenv("CORS_ORIGIN"),
		Version:     cloudflare.Getenv("CHISO_VERSION"),
	}))
	workers.Ready()
	select {} // requests arrive as calls from worker.mjs
}
