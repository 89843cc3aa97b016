#!/usr/bin/env bash
# Writes standard input into BENCHMARKS.md as the body of one section,
# between "<!-- bench:NAME -->" and "<!-- /bench:NAME -->" (added at the end
# if the page has none), with the date and commit of the run, and echoes it:
#   ./scripts/bench.sh | ./scripts/bench-page.sh throughput
set -euo pipefail
name=$1
page="$(dirname "$0")/../BENCHMARKS.md"
body=$(cat)
printf '%s\n' "$body"
root="$(dirname "$0")/.."
stamp="$(date -u +%Y-%m-%d), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
# an if, not "[ … ] && echo": under set -e a clean tree made that substitution,
# and so the whole assignment, fail — and CI runs on a clean checkout
if [ -n "$(git -C "$root" status --porcelain 2>/dev/null || true)" ]; then
  stamp="$stamp (with uncommitted changes)"
fi
python3 - "$page" "$name" "$stamp" "$body" <<'PY'
import sys, re
page, name, stamp, body = sys.argv[1:]
text = open(page, encoding="utf-8").read()
block = f"<!-- bench:{name} -->\n_{stamp}_\n\n```\n{body}\n```\n<!-- /bench:{name} -->"
pat = re.compile(rf"<!-- bench:{re.escape(name)} -->.*?<!-- /bench:{re.escape(name)} -->", re.S)
text = pat.sub(lambda m: block, text) if pat.search(text) else text.rstrip("\n") + "\n\n" + block + "\n"
open(page, "w", encoding="utf-8").write(text)
PY
