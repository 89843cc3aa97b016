#!/usr/bin/env bash
# The Worker's size as `wrangler deploy --dry-run` counts it (offline), and
# the median time of POST /api/extract on a seed in local workerd, against
# GET /api/health, which does next to nothing: its time is what every request
# costs (HTTP through wrangler's proxy, workerd, the call into Go), so the
# difference is the extraction. worker.mjs runs Go once per isolate; with
# syumai/workers' own entry, which starts Go for every request, health took
# 83% of an extraction's time.
set -euo pipefail
cd "$(dirname "$0")/../wasm/worker"
# offline: no metrics, no Request.cf from workers.cloudflare.com, no update check
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_HIDE_BANNER=true
npx wrangler deploy --dry-run --outdir dist 2>&1 | grep -iE "total upload|gzip" || true
port=8796
# its own process group, so that stopping it stops workerd too
setsid npx wrangler dev --local --ip 127.0.0.1 --port $port --log-level warn >/tmp/chiso-bench-worker.log 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null' EXIT
for _ in $(seq 1 120); do curl -sf http://127.0.0.1:$port/api/health >/dev/null && break; sleep 0.5; done
seed=../../extract/testdata/golden/seed-000_35c4511818624cec.txt
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for _ in 1 2 3; do curl -s -o /dev/null http://127.0.0.1:$port/api/health; done # warm up
h=$(for _ in $(seq 1 40); do curl -s -o /dev/null -w '%{time_total}\n' http://127.0.0.1:$port/api/health; done | median)
e=$(for _ in $(seq 1 40); do curl -s -o /dev/null -w '%{time_total}\n' -X POST -H 'content-type: text/plain' --data-binary @$seed http://127.0.0.1:$port/api/extract; done | median)
awk -v h="$h" -v e="$e" 'BEGIN { printf "median of 40 in workerd: /api/extract on seed 000 %.1f ms, /api/health %.1f ms: the extraction itself about %.1f ms\n", e*1000, h*1000, (e-h)*1000 }'
