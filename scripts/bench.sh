#!/usr/bin/env bash
# Measures extraction throughput natively and under js/wasm (Node), each as
# MB/s and as a ratio to strings.ToLower over the same bytes in the same run,
# so the figures mean the same on a fast or a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."
exec_wasm="$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
bench='^(BenchmarkExtract|BenchmarkBaseline)$'
report() { # $1 label, stdin: go test -bench output
  awk -v label="$1" '
    /^BenchmarkExtract/  { for (i=1;i<=NF;i++) if ($(i+1)=="MB/s") e=$i }
    /^BenchmarkBaseline/ { for (i=1;i<=NF;i++) if ($(i+1)=="MB/s") b=$i }
    END { if (e=="" || b=="") { print label ": no result"; exit 1 }
          printf "%-8s extract %7.2f MB/s   strings.ToLower %8.2f MB/s   ratio %.4f\n", label, e, b, e/b }'
}
echo "chiso extract over the golden articles (testdata/golden), $(go version | cut -d' ' -f3), $(nproc) cores"
go test -run '^$' -bench "$bench" -benchtime 2s ./extract | tee /tmp/chiso-bench-native.txt | report native
GOOS=js GOARCH=wasm go test -exec="$exec_wasm" -run '^$' -bench "$bench" -benchtime 2s ./extract | tee /tmp/chiso-bench-wasm.txt | report wasm
paste <(grep -o '[0-9.]* MB/s' /tmp/chiso-bench-wasm.txt | head -1) <(grep -o '[0-9.]* MB/s' /tmp/chiso-bench-native.txt | head -1) |
  awk '{ printf "wasm/native throughput ratio %.3f\n", $1/$3 }'
