# chiso: every task a developer or CI runs. `make test` is what CI runs.
GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_EXEC := $(GOROOT)/lib/wasm/go_js_wasm_exec
# js/wasm builds use wasm.work, which swaps bbolt (no js port) for a stub
WASM_ENV  := GOWORK=$(CURDIR)/wasm.work GOOS=js GOARCH=wasm
WASMFLAGS := -trimpath -ldflags='-s -w -buildid='
SHARED    ?= ../shared
PKGS      := ./extract/... ./index/... ./scripts/... ./wasm/api/...

.PHONY: worker worker-dev deploy test-worker bench-worker
.PHONY: web serve test-web
.PHONY: bench-growth bench-stream readme-check
.PHONY: all build chiso wasm test test-go test-wasm test-engine vet fmt-check lint wasm-build bench bench-index measure-web fuzz eval serve clean

all: build

build: chiso wasm

## wasm: the browser engine (extraction + index) as web/chiso.wasm, sizes printed
wasm: web/chiso.wasm
# the page loads chiso.wasm.gz and inflates it itself: a tenth of the bytes, and
# under the 25 MiB a Worker's static asset may weigh (web/.assetsignore keeps
# chiso.wasm itself, for Node and make serve, out of the Worker's assets)
web/chiso.wasm: $(shell find extract index wasm -name '*.go') go.mod go.sum wasm.work
	$(WASM_ENV) $(GO) build $(WASMFLAGS) -o $@ ./wasm/app
	gzip -9 -n -c $@ > $@.gz
	@./scripts/size.sh $@

## chiso: the command line, as bin/chiso
chiso:
	$(GO) build -trimpath -o bin/chiso ./scripts/chiso

## test: everything CI checks
test: fmt-check vet lint test-go wasm-build test-wasm test-engine test-worker test-web readme-check
	@echo "make test: all checks passed"

test-go:
	$(GO) test -count=1 $(PKGS)

# the same tests again, compiled to WebAssembly and run under Node
test-wasm:
	@command -v node >/dev/null || { echo "make test-wasm needs node (apt-get install -y nodejs)"; exit 1; }
	$(WASM_ENV) $(GO) test -count=1 -exec="$(WASM_EXEC)" ./extract/... ./index/...

# the built engine, driven from JavaScript as the Web Worker drives it
test-engine: web/chiso.wasm
	WASM=$(CURDIR)/web/chiso.wasm GOROOT_LIB=$(GOROOT)/lib/wasm node --test wasm/app/

# extract/ must also build for the Worker, which has no bleve
wasm-build:
	GOOS=js GOARCH=wasm $(GO) build ./extract/...

vet:
	$(GO) vet $(PKGS)
	$(WASM_ENV) $(GO) vet ./wasm/app
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/worker

fmt-check:
	@out=$$(gofmt -l extract index scripts wasm); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# extract/ and index/ are pure: no JS, no printing, no I/O
lint:
	@! grep -rln --include='*.go' '"syscall/js"' extract index scripts || { echo "syscall/js outside wasm/"; exit 1; }
	@! grep -rn --include='*.go' --exclude='*_test.go' -E 'fmt\.Print|log\.Print|os\.(Open|ReadFile|Create|WriteFile)' extract index || { echo "I/O or printing in extract/ or index/"; exit 1; }

## bench: throughput natively and under js/wasm, as ratios to a baseline in the same run
bench:
	@mkdir -p bin
	./scripts/bench.sh > bin/bench.out
	./scripts/bench-page.sh throughput < bin/bench.out

## bench-stream: 1,000 and 10,000 generated articles through --format ndjson and parquet: time and peak memory (N=1000)
bench-stream:
	@mkdir -p bin
	N=$(N) ./scripts/bench-stream.sh > bin/bench-stream.out
	./scripts/bench-page.sh stream < bin/bench-stream.out

## readme-check: the README's first screen, run in a fresh clone of HEAD (part of make test)
readme-check:
	./scripts/readme-check.sh

## bench-growth: extract time and peak memory at N and 8N for each hostile shape; fails past 8N/N = 10
bench-growth:
	$(GO) build -o bin/benchgrowth ./scripts/benchgrowth
	bin/benchgrowth

## worker: the Cloudflare Worker (extraction API + static app) in wasm/worker/build
WORKER := wasm/worker
# wrangler offline: no usage metrics, no Request.cf fetched from
# workers.cloudflare.com, no banner (its update check asks registry.npmjs.org)
WRANGLER_ENV := WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_HIDE_BANNER=true
worker: $(WORKER)/build/app.wasm
$(WORKER)/build/app.wasm: $(shell find extract wasm/api wasm/worker -name '*.go') go.mod go.sum
	$(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o $(WORKER)/build
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o $@ ./wasm/worker
	@./scripts/size.sh $@

$(WORKER)/node_modules: $(WORKER)/package.json $(WORKER)/package-lock.json
	cd $(WORKER) && npm ci --no-audit --no-fund
	@touch $@

## worker-dev: the Worker and the app it serves (web/) in local workerd on http://127.0.0.1:8787 (nothing fetched, no telemetry)
worker-dev: worker web $(WORKER)/node_modules
	cd $(WORKER) && $(WRANGLER_ENV) npx wrangler dev --local --ip 127.0.0.1 --port 8787

# the Worker in real workerd, over HTTP on 127.0.0.1 (its static files against bin/serve's)
test-worker: worker chiso web bin/serve $(WORKER)/node_modules
	cd $(WORKER) && $(WRANGLER_ENV) node --test worker.test.mjs

## bench-worker: Worker size as wrangler counts it, and /api/extract timing in workerd
bench-worker: worker $(WORKER)/node_modules
	./scripts/bench-worker.sh

## deploy: the real deployment of the Worker and web/; needs `npx wrangler login` with your Cloudflare account (not possible here)
deploy: worker web $(WORKER)/node_modules
	cd $(WORKER) && WRANGLER_SEND_METRICS=false npx wrangler deploy

## bench-index: bleve natively, in wasm under Node, and MiniSearch, on one corpus (SIZES="1000 10000")
bench-index: web/chiso.wasm
	./scripts/bench-index.sh > bin/bench-index.out
	grep -v '^{' bin/bench-index.out | ./scripts/bench-page.sh search

## measure-web: page weight, time to ready and to the seeds' facts, a 1,000-article import (N=1000) in Chromium
N ?= 1000
measure-web: web bin/serve scripts/webtest/node_modules
	rm -rf bin/measure-texts
	$(GO) run ./scripts/benchindex -generate -n $(N) -out bin/measure-corpus.json -texts bin/measure-texts
	node scripts/webtest/measure.mjs bin/measure-texts > bin/measure-web.out
	grep -v '^{' bin/measure-web.out | ./scripts/bench-page.sh measure-web

## fuzz: a short run of every fuzz target (FUZZTIME=1m for longer)
FUZZTIME ?= 20s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./extract
	$(GO) test -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./extract/normalize
	$(GO) test -run '^$$' -fuzz '^FuzzFindAll$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./extract/number
	$(GO) test -run '^$$' -fuzz '^FuzzFindAll$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./extract/period
	$(GO) test -run '^$$' -fuzz '^FuzzRead$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./extract/markup
	$(GO) test -run '^$$' -fuzz '^FuzzText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./index/vi
	$(GO) test -run '^$$' -fuzz '^FuzzSnippets$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 2s ./index

## eval: scores on the seeds, shared cases and the dev corpus, per family, and the peer number suites (needs ../shared); fails below the floors
eval: chiso
	python3 scripts/eval.py bin/chiso $(SHARED) --floors > bin/eval.out || { cat bin/eval.out; exit 1; }
	python3 $(SHARED)/eval/peer_numbers.py bin/chiso $(SHARED)/peer | tail -1 >> bin/eval.out
	./scripts/bench-page.sh eval < bin/eval.out

## serve: build the web app and serve it on http://localhost:8080 (another port: make serve PORT=8081)
PORT ?= 8080
serve: web
	$(GO) run ./scripts/serve -addr 127.0.0.1:$(PORT) -dir web

bin/serve: $(wildcard scripts/serve/*.go)
	$(GO) build -o $@ ./scripts/serve

scripts/webtest/node_modules: scripts/webtest/package.json scripts/webtest/package-lock.json
	cd scripts/webtest && npm ci --no-audit --no-fund
	@touch $@

# the page in Debian's headless Chromium (apt-get install -y chromium); screenshots in bin/screens
test-web: web bin/serve scripts/webtest/node_modules
	@test -x /usr/bin/chromium || { echo "make test-web needs /usr/bin/chromium (apt-get install -y chromium)"; exit 1; }
	node --test scripts/webtest/

## web: everything the page loads: chiso.wasm, Go's wasm_exec.js, Chart.js from npm
web: web/chiso.wasm web/wasm_exec.js web/vendor/chart.umd.min.js.gz web/vendor/exceljs.min.js.gz
# (make serve sends the .gz copies to a browser that accepts gzip)
web/vendor/%.js.gz: web/vendor/%.js
	gzip -9 -n -c $< > $@
scripts/webdeps/node_modules: scripts/webdeps/package.json scripts/webdeps/package-lock.json
	cd scripts/webdeps && npm ci --no-audit --no-fund
	@touch $@
web/vendor/chart.umd.min.js: scripts/webdeps/node_modules
	mkdir -p web/vendor && cp scripts/webdeps/node_modules/chart.js/dist/chart.umd.min.js $@
web/vendor/exceljs.min.js: scripts/webdeps/node_modules
	mkdir -p web/vendor && cp scripts/webdeps/node_modules/exceljs/dist/exceljs.min.js $@
web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

clean:
	rm -rf bin web/chiso.wasm $(WORKER)/build $(WORKER)/dist
