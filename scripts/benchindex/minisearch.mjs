// MiniSearch on the same corpus and queries as benchindex, for comparison:
// node --expose-gc minisearch.mjs CORPUS N → one JSON line like benchindex's.
import fs from 'node:fs';
import MiniSearch from 'minisearch';

const [path, nArg] = process.argv.slice(2);
const corpus = JSON.parse(fs.readFileSync(path, 'utf8'));
const n = Math.min(Number(nArg), corpus.articles.length);
const docs = corpus.articles.slice(0, n).map((a, id) => ({ id, title: a.title || '', body: a.body }));
corpus.articles = null;
global.gc();
const before = process.memoryUsage().heapUsed;
const ms = new MiniSearch({ fields: ['title', 'body'] });
const t0 = performance.now();
ms.addAll(docs);
const secs = (performance.now() - t0) / 1000;
const lat = {}, hits = {};
for (const kind of ['match', 'phrase', 'prefix']) {
  const times = [];
  let total = 0;
  for (let round = 0; round < 4; round++) {
    for (const q of corpus.queries[kind]) {
      const s = performance.now();
      let res;
      if (kind === 'match') res = ms.search(q);
      else if (kind === 'prefix') res = ms.search(q, { prefix: true });
      else res = ms.search(q, { combineWith: 'AND' }).filter(r => docs[r.id].body.toLowerCase().includes(q));
      res.slice(0, 10);
      if (round > 0) { times.push(performance.now() - s); total += res.length; }
    }
  }
  times.sort((a, b) => a - b);
  const pct = p => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  lat[kind] = [Number(pct(0.5).toFixed(3)), Number(pct(0.95).toFixed(3))];
  hits[kind] = total / times.length;
}
global.gc();
const heap = (process.memoryUsage().heapUsed - before) / 1048576;
console.log(JSON.stringify({ label: 'minisearch', docs: n, docs_per_s: n / secs, heap_mb: heap, p50_p95_ms: lat, avg_hits: hits }));
