// The web app in headless Chromium (Debian's, via playwright-core; no browser
// is downloaded): paste, upload, search, reload, privacy and hostile input.
// make test-web serves web/ with scripts/serve and runs this.
import test from 'node:test';
import assert from 'node:assert';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.WEB_PORT || 8093);
const base = `http://127.0.0.1:${port}`;
const golden = path.join(root, 'extract/testdata/golden');
const shots = path.join(root, 'bin/screens');
const seeds = fs.readdirSync(golden).filter(f => f.startsWith('seed-') && f.endsWith('.txt')).map(f => path.join(golden, f));

let server, browser, page;
const requests = [];

test.before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  server = spawn(path.join(root, 'bin/serve'), ['-addr', `127.0.0.1:${port}`, '-dir', path.join(root, 'web')], { stdio: 'inherit' });
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(base)).ok) break; } catch {}
    await new Promise(r => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await (await browser.newContext()).newPage();
  page.on('request', r => requests.push(r.url()));
  await page.goto(base);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
});
test.after(async () => { await browser?.close(); server?.kill(); });

const rows = () => page.$$eval('#facts tbody tr', trs => trs.map(tr => [...tr.children].map(td => td.textContent)));

test('paste seed 000: the IIP fact and the ranking', async () => {
  await page.fill('#paste', fs.readFileSync(seeds[0], 'utf8'));
  await page.click('#analyze');
  await page.waitForSelector('#facts tbody tr');
  const facts = await rows();
  assert.ok(facts.some(r => r[0] === 'iip' && r[3] === '2024-01' && r[4] === 'change' && r[6] === '18,3'), JSON.stringify(facts.slice(0, 3)));
  const ranking = await page.textContent('#articles .ranking');
  assert.match(ranking, /cao nhất 2024-01: Trà Vinh, Quảng Ninh/);
  assert.strictEqual(ranking.split(',').length, 17);
  await page.screenshot({ path: path.join(shots, 'paste.png'), fullPage: true });
});

test('upload the five seeds: five articles, the near-duplicate pair grouped', async () => {
  await page.setInputFiles('#files', seeds);
  await page.waitForFunction(() => document.getElementById('count').textContent === '(5)', null, { timeout: 60000 });
  const dups = await page.$$eval('#articles .dup', ds => ds.map(d => d.textContent));
  assert.strictEqual(dups.length, 2, JSON.stringify(dups));
});

test('facts filter without diacritics, sort, and merge into 2025 provinces', async () => {
  await page.fill('#fact-filter', 'bac giang exports');
  let facts = await rows();
  assert.ok(facts.length > 0 && facts.every(r => r[0] === 'exports' && r[2] === 'Bắc Giang'), JSON.stringify(facts));
  await page.check('#merge-2025');
  facts = await rows();
  assert.ok(facts.length > 0 && facts.every(r => r[2] === 'Bắc Ninh'), JSON.stringify(facts)); // Bắc Giang is part of Bắc Ninh since 2025
  await page.uncheck('#merge-2025');
  await page.fill('#fact-filter', 'iip change');
  await page.click('#facts th:nth-child(7)'); // value, ascending
  facts = await rows();
  const values = facts.map(r => Number(r[6].replace(/\./g, '').replace(',', '.')));
  assert.deepStrictEqual(values, [...values].sort((a, b) => a - b));
  await page.fill('#fact-filter', '');
});

test('charts render with data points', async () => {
  const points = id => page.evaluate(id => {
    const c = Chart.getChart(document.getElementById(id));
    return c ? c.data.datasets.reduce((n, d) => n + d.data.filter(v => v != null).length, 0) : 0;
  }, id);
  assert.ok(await points('chart-time') > 0);
  await page.selectOption('#chart-indicator', 'exports');
  assert.ok(await points('chart-regions') > 0);
  await page.locator('#charts').screenshot({ path: path.join(shots, 'charts.png') });
});

test('search without diacritics, highlighted snippet', async () => {
  await page.fill('#search', 'thai nguyen');
  await page.waitForSelector('#results li');
  const first = await page.textContent('#results li:first-child a');
  assert.match(first, /Ngành Công Thương Thái Nguyên/);
  const marks = await page.$$eval('#results li:first-child mark', ms => ms.map(m => m.textContent));
  assert.ok(marks.includes('Thái Nguyên'), JSON.stringify(marks));
  await page.screenshot({ path: path.join(shots, 'search.png'), fullPage: true });
});

test('reload keeps everything', async () => {
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  assert.strictEqual(await page.textContent('#count'), '(5)');
  await page.fill('#search', 'xuat khau');
  await page.waitForSelector('#results li');
});

test('hostile HTML runs nothing', async () => {
  await page.fill('#paste', '<p>Kim ngạch xuất khẩu tháng 3/2024 đạt 5 tỷ USD.</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>');
  await page.click('#analyze');
  await page.waitForFunction(() => document.getElementById('count').textContent === '(6)');
  assert.strictEqual(await page.evaluate(() => window.__pwned), undefined);
});

test('no request leaves the page', () => {
  const foreign = requests.filter(u => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepStrictEqual(foreign, []);
});
