#!/usr/bin/env bash
# Streams N and 10×N generated articles (default 1,000 and 10,000) through
# `chiso extract --format ndjson` and --format parquet, and reports for each
# the time, the facts written and the peak resident memory (GNU time), with
# the 10×N/N ratio of peak memory: near 1 when memory does not grow with the
# number of files (the formats write each batch of 64 as it is read).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
go build -o bin/chiso ./scripts/chiso
dir=bin/stream-texts
for n in "$N" "$((N * 10))"; do
  rm -rf "$dir"
  go run ./scripts/benchindex -generate -n "$n" -out bin/stream-corpus.json -texts "$dir" >/dev/null
  for format in ndjson parquet; do
    out=bin/stream.$format
    # the names through --files-from, as 100,000 files must come (no command line holds them)
    find "$dir" -name '*.txt' | sort > bin/stream.names
    /usr/bin/time -f '%e %M' -o bin/stream.time bin/chiso extract --format "$format" --files-from bin/stream.names > "$out"
    read -r secs kib < bin/stream.time
    rows=$([ "$format" = ndjson ] && wc -l < "$out" || echo "-")
    printf '%-7s %6d files  %6.1f s  %8s rows  peak %6.1f MiB  %s\n' "$format" "$n" "$secs" "$rows" "$(echo "$kib/1024" | bc -l)" "$(du -h "$out" | cut -f1)"
    echo "$format $n $kib" >> bin/stream.peaks
  done
done
awk -v n="$N" '{ peak[$1" "$2] = $3 } END {
  printf "peak memory 10x/1x: ndjson %.2f, parquet %.2f\n", peak["ndjson " n*10]/peak["ndjson " n], peak["parquet " n*10]/peak["parquet " n] }' bin/stream.peaks
rm -f bin/stream.peaks
