#!/usr/bin/env bash
# Prints a file's size raw, gzip -9 and brotli (quality 11, Node's zlib):
# what a browser downloads depends on which the server sends.
set -euo pipefail
f=$1
raw=$(stat -c %s "$f")
gz=$(gzip -9 -c "$f" | wc -c)
br=$(node -e "const z=require('zlib'),b=require('fs').readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11,[z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}).length))" "$f")
awk -v f="$f" -v r="$raw" -v g="$gz" -v b="$br" 'BEGIN { printf "%s: %d bytes (%.2f MiB) raw, %.2f MiB gzip, %.2f MiB brotli\n", f, r, r/1048576, g/1048576, b/1048576 }'
