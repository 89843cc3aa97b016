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

test('the index saved as an image and opened by another engine answers alike', async () => {
  const a = await engine();
  const files = fs.readdirSync(seeds).filter(f => f.endsWith('.txt')).map(name => ({
    name, data: new Uint8Array(fs.readFileSync(path.join(seeds, name))),
  }));
  const { articles } = JSON.parse(a.extract(files));
  a.add(JSON.stringify(articles));
  const saved = a.save();
  assert.strictEqual(saved.articles, articles.length);
  assert.ok(saved.chunks.length > 0 && saved.chunks.every(c => c instanceof Uint8Array));
  assert.strictEqual(a.save(), null, 'nothing changed since the last save');
  const image = Buffer.concat(saved.chunks);
  const heldOf = list => JSON.stringify(Object.fromEntries(list.map(x => [x.id, x.facts.length])));
  const facts = list => list.reduce((n, x) => n + x.facts.length, 0);

  const b = await engine();
  const notImage = JSON.parse(b.open(new Uint8Array(100), heldOf(articles)));
  assert.strictEqual(notImage.opened, false);
  assert.match(notImage.why, /not a saved chiso index/);
  const opened = JSON.parse(b.open(new Uint8Array(image), heldOf(articles)));
  assert.deepStrictEqual(opened, { opened: true, articles: articles.length, facts: facts(articles), missing: [] });
  assert.strictEqual(b.save(), null, 'an image just opened is saved already');
  for (const q of ['thai nguyen', 'xuat khau', '"chỉ số sản xuất"', 'TP.HCM']) {
    const ra = JSON.parse(a.search(JSON.stringify({ query: q }))), rb = JSON.parse(b.search(JSON.stringify({ query: q })));
    delete ra.took_ns; delete rb.took_ns;
    assert.deepStrictEqual(rb, ra, q);
  }
  const again = JSON.parse(b.open(new Uint8Array(image), heldOf(articles)));
  assert.strictEqual(again.opened, false, 'an index that holds articles is kept');

  // an image behind the page: one article deleted since, one added since
  const gone = articles.find(x => x.file.startsWith('seed-002'));
  const stored = articles.filter(x => x !== gone).concat([{ id: 'added-since', facts: [{}, {}] }]);
  const c = await engine();
  const behind = JSON.parse(c.open(new Uint8Array(image), heldOf(stored)));
  assert.deepStrictEqual(behind, { opened: true, articles: articles.length - 1, facts: facts(articles) - gone.facts.length, missing: ['added-since'] });
  assert.strictEqual(JSON.parse(c.search(JSON.stringify({ query: 'thai nguyen' }))).hits.some(h => h.article === gone.id), false);
  assert.notStrictEqual(c.save(), null, 'what the page deleted is saved');
});
