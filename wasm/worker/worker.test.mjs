// chiso's Worker in real workerd (wrangler dev --local), driven over HTTP on
// 127.0.0.1: every route and error, the seeds against the command line's
// output, a burst of concurrent requests, and an oversized body.
// make test-worker builds the Worker and bin/chiso first.
import test from 'node:test';
import assert from 'node:assert';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '../..');
const port = Number(process.env.WORKER_PORT || 8797);
const base = `http://127.0.0.1:${port}`;
const golden = path.join(root, 'extract/testdata/golden');

let wrangler;
test.before(async () => {
  wrangler = spawn(path.join(here, 'node_modules/.bin/wrangler'),
    ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'],
    { cwd: here, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  wrangler.stdout.on('data', d => { log += d; });
  wrangler.stderr.on('data', d => { log += d; });
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {}
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error('wrangler dev did not start:\n' + log);
});
// wrangler runs workerd as a child: stop the whole process group
test.after(() => { try { process.kill(-wrangler.pid, 'SIGTERM'); } catch {} });

const post = (body, type, q = '') => fetch(`${base}/api/extract${q}`, { method: 'POST', headers: type ? { 'content-type': type } : {}, body });

test('health and static files', async () => {
  const r = await fetch(`${base}/api/health`);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.headers.get('cache-control'), 'no-store');
  const h = await r.json();
  assert.strictEqual(h.status, 'ok');
  assert.strictEqual(h.GOOS, 'js');
  // one Go program answers every request of the isolate (worker.mjs)
  const again = await (await fetch(`${base}/api/health`)).json();
  assert.ok(again.served > h.served, `served ${h.served} then ${again.served}`);
  const page = await fetch(`${base}/`);
  assert.strictEqual(page.status, 200);
  assert.match(await page.text(), /chiso/);
});

test('the seeds through the API equal chiso extract', async () => {
  const chiso = path.join(root, 'bin/chiso');
  for (const name of fs.readdirSync(golden).filter(f => f.startsWith('seed-'))) {
    const file = path.join(golden, name);
    const cli = JSON.parse(execFileSync(chiso, ['extract', file])).articles[0];
    const r = await post(fs.readFileSync(file), 'text/plain; charset=utf-8', `?name=${encodeURIComponent(name)}`);
    assert.strictEqual(r.status, 200, name);
    const api = (await r.json()).articles[0];
    assert.deepStrictEqual(api, cli, name);
  }
});

test('every content type', async () => {
  const text = 'Kim ngạch xuất khẩu tháng 1/2024 ước đạt 33,57 tỷ USD, tăng 42% so với cùng kỳ.';
  let r = await post(JSON.stringify({ text, url: 'https://bao.example/a.html' }), 'application/json');
  let out = await r.json();
  assert.strictEqual(out.articles[0].facts.length, 2);
  assert.strictEqual(out.articles[0].source_url, 'https://bao.example/a.html');
  r = await post(`<html><body><p>${text}</p><script>alert(1)</script></body></html>`, 'text/html');
  out = await r.json();
  assert.strictEqual(out.articles[0].facts.length, 2);
  assert.doesNotMatch(out.articles[0].body, /alert/);
  const form = new FormData();
  form.append('files', new Blob([text]), 'a.txt');
  form.append('files', new Blob([text.replace('33,57', '34,1')]), 'b.txt');
  r = await fetch(`${base}/api/extract`, { method: 'POST', body: form });
  out = await r.json();
  assert.deepStrictEqual(out.articles.map(a => a.file), ['a.txt', 'b.txt']);
  r = await post(text, 'text/plain', '?format=csv');
  assert.match(r.headers.get('content-type'), /text\/csv/);
  const csv = Buffer.from(await r.arrayBuffer());
  assert.deepStrictEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]); // UTF-8 BOM for spreadsheets
  assert.match(csv.subarray(3).toString('utf8'), /^file,article_id/);
});

test('errors are JSON with the right status', async () => {
  const cases = [
    [() => fetch(`${base}/api/extract`), 405],
    [() => post('', 'text/plain'), 400],
    [() => post('{', 'application/json'), 400],
    [() => post('x', 'image/png'), 415],
    [() => post('\u0000\u0001binary\u0000', 'text/plain'), 422],
    [() => post('The quick brown fox jumps over the lazy dog.', 'text/plain'), 422],
    [() => fetch(`${base}/api/nothing`), 404],
  ];
  for (const [req, status] of cases) {
    const r = await req();
    assert.strictEqual(r.status, status);
    const e = await r.json();
    assert.strictEqual(e.status, status);
    assert.ok(e.error.length > 0);
    assert.strictEqual(r.headers.get('cache-control'), 'no-store');
  }
});

test('an oversized body is refused and the next request is fine', async () => {
  const r = await post('a'.repeat(6_000_000), 'text/plain');
  assert.strictEqual(r.status, 413);
  assert.match((await r.json()).error, /5 MB/);
  const ok = await fetch(`${base}/api/health`);
  assert.strictEqual(ok.status, 200);
});

test('200 requests, 16 at a time, all answered correctly', async () => {
  const text = fs.readFileSync(path.join(golden, 'seed-002_926c634ea363779c.txt'));
  let next = 0, good = 0;
  async function lane() {
    while (next < 200) {
      const k = next++;
      const r = await post(text, 'text/plain', `?name=n${k}`);
      const out = await r.json();
      if (r.status === 200 && out.articles[0].file === `n${k}` && out.articles[0].facts.length === 21) good++;
    }
  }
  await Promise.all(Array.from({ length: 16 }, lane));
  assert.strictEqual(good, 200);
});
