// The browser engine, compiled to WebAssembly, driven from JavaScript under
// Node exactly as the Web Worker drives it: make test builds chiso.wasm and
// runs this with `node --test`. WASM is the path of the built engine.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const wasmPath = process.env.WASM;
const goroot = process.env.GOROOT_LIB;
require(path.join(goroot, 'wasm_exec.js'));

async function engine() {
  const go = new Go();
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), go.importObject);
  go.run(instance);
  return globalThis.chiso;
}

const seeds = path.join(__dirname, '../../extract/testdata/golden');

test('extract, index and search in WebAssembly', async () => {
  const chiso = await engine();
  const files = fs.readdirSync(seeds).filter(f => f.endsWith('.txt')).map(name => ({
    name, data: new Uint8Array(fs.readFileSync(path.join(seeds, name))),
  }));
  files.push({ name: 'empty.txt', data: new Uint8Array(0) });
  const out = JSON.parse(chiso.extract(files));
  assert.strictEqual(out.articles.length, files.length - 1);
  assert.deepStrictEqual(out.errors.map(e => e.file), ['empty.txt']);
  const seed0 = out.articles.find(a => a.file.startsWith('seed-000'));
  assert.ok(seed0.facts.some(f => f.indicator === 'iip' && f.value === 18.3 && f.period === '2024-01'));
  assert.strictEqual(seed0.near_duplicates.length, 1);

  const n = JSON.parse(chiso.add(JSON.stringify(out.articles)));
  assert.strictEqual(n.articles, out.articles.length);
  const res = JSON.parse(chiso.search(JSON.stringify({ query: 'thai nguyen' })));
  assert.strictEqual(res.hits[0].file, 'seed-002_926c634ea363779c.txt');
  assert.match(res.hits[0].snippets[0], /<mark>Thái Nguyên<\/mark>/);
  assert.ok(res.facets.province.some(f => f.value === 'Thái Nguyên'));

  const bad = JSON.parse(chiso.search('{not json'));
  assert.match(bad.error, /search/);
  const after = JSON.parse(chiso.remove(JSON.stringify([res.hits[0].article])));
  assert.strictEqual(after.articles, out.articles.length - 1);
});
