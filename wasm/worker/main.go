//go:build js && wasm

// Command worker is chiso on Cloudflare Workers: the extraction API of
// wasm/api (static files of the web app are served by Workers' assets, see
// wrangler.jsonc). It links extract/ but not the search index, which would
// push the Worker past the free plan and add start-up time to every request.
//
// Variables (wrangler.jsonc "vars"): CORS_ORIGIN lets other origins call the
// API ("*" or an origin; empty: none), CHISO_VERSION names the build.
package main

import (
	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare"

	"chiso/wasm/api"
)

func main() {
	workers.Serve(api.Routes(api.Options{
		AllowOrigin: cloudflare.Getenv("CORS_ORIGIN"),
		Version:     cloudflare.Getenv("CHISO_VERSION"),
	}))
}
