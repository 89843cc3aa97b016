#!/usr/bin/env bash
# Runs the README's first screen as a newcomer would, in a fresh clone of
# this repository's HEAD: every command of the block after
# "<!-- readme-check -->" must succeed and print something (or, redirected
# to a file, fill it); then `make serve PORT=…` must serve the app. Run from
# `make test` (target readme-check).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'kill "${serve_pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
if git -C "$root" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  git clone -q "$root" "$tmp/chiso"
else # a checkout without its history: a copy without what builds make
  mkdir "$tmp/chiso"
  tar -C "$root" --exclude=./bin --exclude=node_modules --exclude=./web/vendor --exclude='./web/*.wasm*' --exclude=./web/wasm_exec.js -cf - . | tar -C "$tmp/chiso" -xf -
fi
[ -d "$root/../shared" ] && ln -s "$root/../shared" "$tmp/shared"
cd "$tmp/chiso"
if [ -n "$(git -C "$root" status --porcelain -- README.md 2>/dev/null)" ]; then
  echo "readme-check: README.md has uncommitted changes; checking the committed one"
fi
# the commands: lines of the first fenced block after the marker
awk '/<!-- readme-check -->/ { on = 1; next } on && /^```/ { if (inside) exit; inside = 1; next } inside { print }' README.md |
  sed 's/[[:space:]]\{2,\}#.*$//' > "$tmp/commands"
n=$(grep -c . "$tmp/commands" || true)
[ "$n" -ge 3 ] || { echo "readme-check: found $n commands after <!-- readme-check -->"; exit 1; }
k=0
while IFS= read -r cmd; do
  [ -n "$cmd" ] || continue
  k=$((k + 1))
  out="$tmp/out.$k"
  if ! bash -c "set -o pipefail; $cmd" > "$out" 2> "$tmp/err.$k" < /dev/null; then
    echo "readme-check: failed: $cmd"; cat "$tmp/err.$k"; exit 1
  fi
  target=$(printf '%s' "$cmd" | sed -n 's/.*>[[:space:]]*\([^[:space:]]*\)[[:space:]]*$/\1/p')
  if [ -n "$target" ]; then out="$target"; fi
  if [ ! -s "$out" ] && ! [[ "$cmd" == make\ * ]]; then
    echo "readme-check: printed nothing: $cmd"; cat "$tmp/err.$k"; exit 1
  fi
  echo "ok  $cmd"
done < "$tmp/commands"
# and the app, on a port of its own
port=$((20000 + RANDOM % 20000))
make serve PORT=$port > "$tmp/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 600); do
  if curl -sf "http://127.0.0.1:$port/" -o "$tmp/index.html"; then break; fi
  kill -0 "$serve_pid" 2>/dev/null || { echo "readme-check: make serve ended"; cat "$tmp/serve.log"; exit 1; }
  sleep 1
done
grep -q '<title>chiso' "$tmp/index.html" || { echo "readme-check: make serve PORT=$port did not serve the app"; cat "$tmp/serve.log"; exit 1; }
echo "ok  make serve PORT=$port (the app answered)"
pkill -P "$serve_pid" 2>/dev/null || true
