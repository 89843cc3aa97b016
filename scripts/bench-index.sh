#!/usr/bin/env bash
# make bench-index: one corpus, one set of queries, three engines in one run —
# chiso's bleve index natively and compiled to js/wasm under Node, and
# MiniSearch under Node — at each size given (default 1000 and 10000).
# Prints a line per run and the ratios the issue asks about.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-"1000 10000"}
max=0; for n in $sizes; do [ "$n" -gt "$max" ] && max=$n; done
mkdir -p bin
goroot=$(go env GOROOT)
echo "corpus: $max generated articles (scripts/benchindex) …"
go run ./scripts/benchindex -generate -n "$max" -out bin/bench-corpus.json
go build -o bin/benchindex ./scripts/benchindex
GOWORK=$PWD/wasm.work GOOS=js GOARCH=wasm go build -trimpath -ldflags='-s -w' -o bin/benchindex.wasm ./scripts/benchindex
(cd scripts/benchindex && npm ci --no-audit --no-fund --silent)
for n in $sizes; do
  echo "== $n articles"
  bin/benchindex -corpus bin/bench-corpus.json -n "$n" -label native | tee "bin/bench-native-$n.json"
  node --max-old-space-size=8192 "$goroot/lib/wasm/wasm_exec_node.js" bin/benchindex.wasm -corpus bin/bench-corpus.json -n "$n" -label wasm | tee "bin/bench-wasm-$n.json"
  node --expose-gc scripts/benchindex/minisearch.mjs bin/bench-corpus.json "$n" | tee "bin/bench-minisearch-$n.json"
  node -e '
    const [nat, wasm, mini] = process.argv.slice(1).map(f => JSON.parse(require("fs").readFileSync(f, "utf8")));
    const r = (a, b) => (a / b).toFixed(2);
    console.log(`ratios at ${wasm.docs}: wasm/native indexing ${r(wasm.docs_per_s, nat.docs_per_s)}, wasm/MiniSearch indexing ${r(wasm.docs_per_s, mini.docs_per_s)}, heap wasm/MiniSearch ${r(wasm.heap_mb, mini.heap_mb)}`);
    for (const k of ["match", "phrase", "prefix"])
      console.log(`  ${k}: p95 wasm ${wasm.p50_p95_ms[k][1]} ms, MiniSearch ${mini.p50_p95_ms[k][1]} ms, native ${nat.p50_p95_ms[k][1]} ms (wasm/MiniSearch ${r(wasm.p50_p95_ms[k][1], mini.p50_p95_ms[k][1])})`);
  ' "bin/bench-native-$n.json" "bin/bench-wasm-$n.json" "bin/bench-minisearch-$n.json"
done
./scripts/size.sh web/chiso.wasm 2>/dev/null || true
