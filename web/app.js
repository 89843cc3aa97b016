// chiso's page: a thin shell. chiso.wasm (Go) is compiled once and run
// twice: as the engine in a Web Worker (engine.js: extraction and search)
// and on the page as chisoUI, which draws the facts table and the reader
// with dom/v2. This file wires them to the page, keeps articles in
// IndexedDB and draws the article list, search results and charts. Text
// from articles is only ever set as textContent: nothing pasted becomes
// markup.

const $ = id => document.getElementById(id);

// ---- words of the interface ------------------------------------------------
const STRINGS = {
  vi: {
    lead: 'Dán hoặc tải lên bài báo kinh tế; chiso đọc ra số liệu. Mọi thứ chạy trong trình duyệt, không bài nào rời máy của bạn.',
    loading: 'Đang tải bộ máy…', ready: 'Sẵn sàng.', add: 'Thêm bài', paste: 'Dán nội dung bài báo (văn bản hoặc HTML) vào đây',
    analyze: 'Phân tích', choose: 'hoặc chọn tệp .txt/.html', drop: 'Có thể kéo thả nhiều tệp vào trang. Dán nhiều bài một lần: ngăn các bài bằng một dòng ---',
    pastedMany: n => `Đọc ${n} bài trong đoạn dán (ngăn bằng dòng ---)…`, cancel: 'Dừng', search: 'Tìm kiếm',
    searchHint: 'ví dụ: xuat khau bac giang, "kim ngạch xuất khẩu"', library: 'Bài đã đọc',
    exportJSON: 'Xuất JSON (sao lưu)', exportCSV: 'Xuất CSV', exportXLSX: 'Xuất Excel (.xlsx)',
    sheetFacts: 'Số liệu', sheetChart: 'Biểu đồ', sheetArticles: 'Bài',
    xlsxCols: ['Chỉ tiêu', 'Ngành', 'Địa phương', 'Địa phương (sau 1/7/2025)', 'Kỳ', 'Loại', 'So với', 'Giá trị', 'Đơn vị', 'Ước tính', 'Bài', 'Ngày đăng', 'Câu gốc', 'Mã kỳ'],
    articleCols: ['Tiêu đề', 'Ngày đăng', 'Tác giả', 'Nguồn', 'Số số liệu', 'Tệp'], import: 'Nhập bản sao lưu', deleteAll: 'Xóa tất cả',
    facts: 'Số liệu', filterHint: 'lọc: chỉ tiêu, địa phương, kỳ… (không dấu cũng được)',
    merge: 'Xếp tỉnh cũ theo tỉnh mới (sau 1/7/2025)', conflictsOnly: 'Chỉ số liệu vênh nhau',
    swipeHint: 'Vuốt bảng sang trái để xem giá trị →',
    colIndicator: 'Chỉ tiêu', colSector: 'Ngành', colRegion: 'Địa phương', colPeriod: 'Kỳ', colKind: 'Loại',
    colBasis: 'So sánh', colValue: 'Giá trị', colArticle: 'Bài', colOthers: 'Bài khác ghi',
    charts: 'Biểu đồ', chartIndicator: 'Chỉ tiêu', chartSector: 'Ngành', chartKind: 'Loại', chartPeriod: 'Kỳ (so sánh địa phương)',
    chartBasis: 'So với', chartGrain: 'Loại kỳ', chartRegion: 'Địa phương', topRegions: '8 nơi nhiều số liệu nhất', chartPng: 'Tải biểu đồ (PNG)', chartCsv: 'Tải số liệu biểu đồ (CSV)', pivot: 'Bảng địa phương × kỳ',
    grains: { month: 'tháng', quarter: 'quý', half: '6 tháng', ytd: 'lũy kế từ đầu năm', year: 'năm', other: 'kỳ khác' },
    noBasis: 'không ghi', disagree: 'Các bài ghi khác nhau (thấp nhất–cao nhất)',
    units: { trillion: 'nghìn tỷ', billion: 'tỷ', million: 'triệu', VND: 'đồng', USD: 'USD', pp: 'điểm %', x: 'lần', count: 'địa phương' },
    reading: 'Đang đọc', indexing: 'Đang dựng chỉ mục', building: n => `Đang dựng chỉ mục cho ${n} bài…`,
    added: (n, e, a) => `Đã thêm ${n} bài${a ? `, ${a} bài đã có từ trước` : ''}${e ? `, ${e} tệp lỗi` : ''}.`, stopped: (n, total) => `Đã dừng: ${n}/${total} tệp đã đọc và được giữ lại.`,
    noDate: 'không rõ ngày', nFacts: n => `${n} số liệu`, del: 'Xóa', highest: 'cao nhất', lowest: 'thấp nhất',
    dup: 'Gần trùng với: ', confirmAll: 'Xóa tất cả bài đã đọc?', more: n => `và ${n} bài nữa (tìm kiếm để thấy).`,
    hits: n => `${n} kết quả`, hitsShown: (n, total) => `${n} trong ${total} kết quả`, moreHits: n => `Xem thêm ${n} kết quả`,
    listAll: n => `Hiện cả ${n} bài`, listShort: 'Thu gọn danh sách',
    deleted: n => `Đã xóa ${n} bài.`, undo: 'Hoàn tác', restoredDeleted: n => `Đã khôi phục ${n} bài.`, badBackup: f => `${f}: không phải bản sao lưu JSON của chiso.`,
    restored: (n, a) => `Đã nhập ${n} bài từ bản sao lưu${a ? `, ${a} bài đã có từ trước` : ''}.`, empty: 'Ô dán đang trống.', error: 'Lỗi: ',
    split: n => `Đoạn dán dài hơn mọi bài báo: chia thành ${n} phần, đọc từng phần…`,
    conflicts: n => n ? ` · ${n} số liệu vênh giữa các bài` : '',
    scoped: n => `Bảng và biểu đồ chỉ gồm ${n} bài khớp bộ lọc tìm kiếm (bỏ chọn bộ lọc để xem tất cả).`,
    exported: n => `Đã xuất ${n} số liệu.`, exportedFiltered: n => `Đã xuất ${n} số liệu đang lọc trong bảng (bỏ lọc để xuất tất cả).`,
    facetNames: { province: 'Địa phương', indicator: 'Chỉ tiêu', year: 'Năm', source: 'Nguồn' },
    english: 'English',
  },
  en: {
    lead: 'Paste or upload economic news articles; chiso reads out the figures. Everything runs in your browser; no article leaves your machine.',
    loading: 'Loading the engine…', ready: 'Ready.', add: 'Add articles', paste: 'Paste an article (text or HTML) here',
    analyze: 'Analyze', choose: 'or choose .txt/.html files', drop: 'You can also drop many files onto the page. To paste several articles at once, put a line --- between them.',
    pastedMany: n => `Reading ${n} articles from the paste (split at --- lines)…`, cancel: 'Stop', search: 'Search',
    searchHint: 'e.g. xuat khau bac giang, "kim ngạch xuất khẩu"', library: 'Articles',
    exportJSON: 'Export JSON (backup)', exportCSV: 'Export CSV', exportXLSX: 'Export Excel (.xlsx)',
    sheetFacts: 'Figures', sheetChart: 'Chart', sheetArticles: 'Articles',
    xlsxCols: ['Indicator', 'Sector', 'Region', 'Region (since 2025-07-01)', 'Period', 'Kind', 'Basis', 'Value', 'Unit', 'Estimate', 'Article', 'Published', 'Sentence', 'Period code'],
    articleCols: ['Title', 'Published', 'Author', 'Source', 'Figures', 'File'], import: 'Import a backup', deleteAll: 'Delete all',
    facts: 'Figures', filterHint: 'filter: indicator, province, period… (diacritics optional)',
    merge: 'Show old provinces under their 2025 successors', conflictsOnly: 'Only figures articles disagree on',
    swipeHint: 'Swipe the table left to see the values →',
    colIndicator: 'Indicator', colSector: 'Sector', colRegion: 'Region', colPeriod: 'Period', colKind: 'Kind',
    colBasis: 'Basis', colValue: 'Value', colArticle: 'Article', colOthers: 'Other articles say',
    charts: 'Charts', chartIndicator: 'Indicator', chartSector: 'Sector', chartKind: 'Kind', chartPeriod: 'Period (regions compared)',
    chartBasis: 'Compared with', chartGrain: 'Period type', chartRegion: 'Region', topRegions: 'the 8 with most figures', chartPng: 'Download chart (PNG)', chartCsv: 'Download chart data (CSV)', pivot: 'Regions × periods table',
    grains: { month: 'month', quarter: 'quarter', half: 'half year', ytd: 'year to date', year: 'year', other: 'other' },
    noBasis: 'not stated', disagree: 'Articles disagree (lowest–highest)',
    units: { trillion: 'trillion', billion: 'billion', million: 'million', VND: 'VND', USD: 'USD', pp: 'pp', x: 'times', count: 'places' },
    reading: 'Reading', indexing: 'Indexing', building: n => `Indexing ${n} articles…`,
    added: (n, e, a) => `Added ${n} article${n === 1 ? '' : 's'}${a ? `, ${a} already there` : ''}${e ? `, ${e} files failed` : ''}.`, stopped: (n, total) => `Stopped: ${n}/${total} files read and kept.`,
    noDate: 'no date', nFacts: n => `${n} figure${n === 1 ? '' : 's'}`, del: 'Delete', highest: 'highest', lowest: 'lowest',
    dup: 'Near-duplicate of: ', confirmAll: 'Delete all articles?', more: n => `and ${n} more (search to find them).`,
    hits: n => `${n} results`, hitsShown: (n, total) => `${n} of ${total} results`, moreHits: n => `Show ${n} more results`,
    listAll: n => `Show all ${n} articles`, listShort: 'Show fewer',
    deleted: n => `Deleted ${n} article${n === 1 ? '' : 's'}.`, undo: 'Undo', restoredDeleted: n => `Restored ${n} article${n === 1 ? '' : 's'}.`, badBackup: f => `${f}: not a chiso JSON backup.`,
    restored: (n, a) => `Imported ${n} article${n === 1 ? '' : 's'} from the backup${a ? `, ${a} already there` : ''}.`, empty: 'The paste box is empty.', error: 'Error: ',
    split: n => `The paste is longer than any article: read in ${n} parts…`,
    conflicts: n => n ? ` · ${n} figures the articles disagree on` : '',
    scoped: n => `The table and the charts show only the ${n} article${n === 1 ? '' : 's'} the search's filters keep (clear them to see all).`,
    exported: n => `Exported ${n} figure${n === 1 ? '' : 's'}.`, exportedFiltered: n => `Exported the ${n} figure${n === 1 ? '' : 's'} the table's filters keep (clear them to export all).`,
    facetNames: { province: 'Region', indicator: 'Indicator', year: 'Year', source: 'Source' },
    english: 'Tiếng Việt',
  },
};
let lang = localStorage.getItem('chiso-lang') === 'en' ? 'en' : 'vi';
const t = (key, ...args) => { const s = STRINGS[lang][key]; return typeof s === 'function' ? s(...args) : s; };

function applyLang() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
    el.setAttribute('aria-label', el.placeholder); // a placeholder is no label once text is typed
  }
  const other = lang === 'vi' ? 'en' : 'vi';
  $('lang').textContent = STRINGS[lang].english;
  $('lang').lang = other;
  $('charts').setAttribute('aria-label', t('charts'));
}

// ---- the engine (worker) and the views (page), one compiled module ---------
// chiso.wasm.gz, inflated as it arrives: 25 MB of wasm is 6 MB gzipped, and a
// Worker cannot serve a file over 25 MiB; chiso.wasm itself where the browser
// cannot inflate (no DecompressionStream) or the page is served without the .gz
async function wasmResponse() {
  if (typeof DecompressionStream === 'function') {
    const r = await fetch('chiso.wasm.gz');
    if (r.ok) {
      return new Response(r.body.pipeThrough(new DecompressionStream('gzip')), { headers: { 'Content-Type': 'application/wasm' } });
    }
  }
  return fetch('chiso.wasm');
}
const compiled = WebAssembly.compileStreaming(wasmResponse());
const worker = new Worker('engine.js');
compiled.then(module => worker.postMessage({ op: 'init', module }));
const pending = new Map();
let nextId = 0;
worker.onmessage = ({ data }) => {
  if (data.event === 'saved') { // the engine saved its index (engine.js); tests and measures wait for it
    document.body.dataset.indexSaved = (+document.body.dataset.indexSaved || 0) + 1;
    document.body.dataset.indexSavedArticles = data.articles;
    return;
  }
  const p = pending.get(data.id);
  pending.delete(data.id);
  if (data.error) p.reject(new Error(data.error)); else p.resolve(data.result);
};
function call(op, arg, transfer = []) {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, arg }, transfer);
  });
}
const views = compiled.then(async module => {
  const go = new Go();
  go.run(await WebAssembly.instantiate(module, go.importObject));
  return globalThis.chisoUI;
});
// forViews is what the views keep of articles: all but their bodies and
// the facts' quotes and reasons, which stay in the page's map and are handed
// over whole when the reader opens one (chisoArticle). The views' heap was
// most of the page's, and each of its garbage collections a long task:
// 218 ms at 1,000 articles.
function forViews(arts) {
  return JSON.stringify(arts, (k, v) => k === 'body' || k === 'quote' || k === 'why' ? undefined : v);
}
globalThis.chisoArticle = id => { const a = articles.get(id); return a ? JSON.stringify(a) : ''; };

// addToViews hands the views a few articles per turn of the page: ten at
// once (their JSON read in Go, the conflicts updated, now and then a garbage
// collection) made tasks of up to 218 ms during a 1,000-file import.
async function addToViews(arts) {
  await namePeriods(arts); // their periods' words, asked for as they come, not at every drawing
  for (let k = 0; k < arts.length; k += 3) {
    if (k > 0) await pageTurn();
    await timed('ingest:views', () => ui('add', forViews(arts.slice(k, k + 3))));
  }
}

async function ui(op, ...args) {
  const out = JSON.parse((await views)[op](...args));
  if (out.error) throw new Error(out.error);
  return out;
}

// ---- storage ---------------------------------------------------------------
const store = objectStore('chiso', 'articles', { keyPath: 'id' }); // store.js
const loadAll = () => store('readonly', s => s.getAll());
const saveAll = arts => store('readwrite', s => arts.forEach(a => s.put(a)));
const removeIds = ids => store('readwrite', s => ids.forEach(id => s.delete(id)));

// ---- state -----------------------------------------------------------------
const articles = new Map();

function status(text) { $('status').textContent = text; }
function progress(done, total, label) {
  const bar = $('progress');
  bar.hidden = total === 0 || done >= total;
  bar.max = total || 1;
  bar.value = done;
  $('progress-text').textContent = total && done < total ? `${label} ${done}/${total}` : '';
}

// ingest keeps articles in IndexedDB, the engine's index and the views,
// all three at once; the next chunk waits until all three have them.
async function ingest(arts) {
  // the Go views parse what they are given in one go on the page's thread:
  // give them at most ten articles or ~128 KB at a time, the page's turn between
  // (a 5 MB paste read in twenty parts was one 350 ms task)
  for (let k = 0; k < arts.length;) {
    let size = 0, n = 0;
    while (k + n < arts.length && (n === 0 || n < 10 && size + arts[k + n].body.length < 128 << 10)) size += arts[k + n++].body.length;
    const part = arts.slice(k, k + n);
    await Promise.all([
      timed('ingest:store', () => saveAll(part)),
      call('add', part),
      addToViews(part),
    ]);
    for (const a of part) articles.set(a.id, a);
    k += n;
    await pageTurn();
    // the views' garbage collected now, in a turn of its own, not in the
    // middle of a redraw (see tidy in wasm/app/ui.go)
    await timed('views:tidy', () => ui('tidy'));
    if (k < arts.length) await pageTurn();
  }
  scheduleRender();
}

// importFiles reads files (File objects, or {name, data: ArrayBuffer}) a
// chunk at a time: a chunk's files are read only when its turn comes, the
// engine extracts the next chunk while this one is stored, the page stays
// responsive, and a cancel stops between chunks; what was read is kept.
let cancelled = false;
// errorText says the engine's refusals in the page's language (the engine
// writes them in English, for the command line and the Worker).
const refusals = [
  [/^larger than (\d+) MiB/, m => `lớn hơn ${m[1]} MiB: không phải một bài báo (hãy tách tệp)`],
  [/^no article text/, () => 'không có nội dung bài: mọi dòng đều là khung trang (menu, quảng cáo…)'],
  [/^empty input/, () => 'tệp trống: không có chữ để đọc'],
  [/^binary data/, () => 'dữ liệu nhị phân, không phải văn bản (ảnh, PDF hay tệp nén?)'],
];
function errorText(msg) {
  if (lang !== 'vi') return msg;
  for (const [re, say] of refusals) {
    const m = re.exec(msg);
    if (m) return say(m);
  }
  return msg;
}

async function importFiles(files) {
  const chunk = 20;
  const read = k => Promise.all(files.slice(k, k + chunk).map(async f => ({ name: f.name, data: f.data || await f.arrayBuffer() })));
  const extract = async k => { const part = await read(k); return call('extract', part, part.map(f => f.data)); };
  cancelled = false;
  $('analyze').disabled = true; // one reading at a time; Stop ends it
  $('cancel').hidden = files.length <= chunk;
  $('file-errors').replaceChildren();
  let done = 0, added = 0, failed = 0, again = 0;
  try {
    let next = extract(0);
    for (let k = 0; k < files.length && !cancelled; k += chunk) {
      const out = await next;
      next = k + chunk < files.length ? extract(k + chunk) : null;
      for (const e of out.errors) {
        const li = document.createElement('li');
        li.className = 'error';
        li.textContent = `${e.file}: ${errorText(e.error)}`;
        $('file-errors').append(li);
      }
      failed += out.errors.length;
      // an article already stored (the same text again) is kept once: say so
      const fresh = new Set(out.articles.filter(a => !articles.has(a.id)).map(a => a.id));
      if (k === 0) recent = new Set();
      for (const id of fresh) recent.add(id);
      again += out.articles.length - fresh.size;
      await ingest(out.articles);
      added += fresh.size;
      done = Math.min(files.length, k + chunk);
      progress(done, files.length, t('reading'));
    }
    await next?.catch(() => {}); // a chunk read ahead of a cancel is dropped
  } finally {
    $('analyze').disabled = false;
    $('cancel').hidden = true;
    progress(0, 0);
    // what happened is said at once; the table and charts catch up after
    status(cancelled ? t('stopped', done, files.length) : t('added', added, failed, again));
    await render();
  }
}

// pageTurn lets the page handle what waits (a click, a key) before going on.
const pageTurn = () => new Promise(resolve => setTimeout(resolve));

// timed runs fn and records how long it took as a performance measure
// (make measure-web reads them to say where the page's time goes): until
// its promise settles when fn returns one, else at once.
function timed(name, fn) {
  const start = performance.now();
  const done = () => performance.measure(name, { start, end: performance.now() });
  let out;
  try { out = fn(); } catch (e) { done(); throw e; }
  if (out instanceof Promise) return out.finally(done);
  done();
  return out;
}

// ---- rendering -------------------------------------------------------------
// While articles pour in, the list and the table are redrawn at most every
// 400 ms (the table a slice at a time), the charts once at the end.
let renderTimer = null;
function scheduleRender() {
  if (renderTimer) return;
  renderTimer = setTimeout(() => { renderTimer = null; render({ charts: false }); }, 400);
}

const maxListed = 300;
// the list shows a dozen articles until asked for all: with a hundred stored
// it pushed the charts and the table thousands of pixels down the page
const shortList = 12;
let listAll = false;

// renderList draws the article list, newest first (JavaScript alone: it
// needs no engine, so stored articles show while the engine loads).
// recent: the articles the last reading added, listed first and marked, so
// that what was just pasted is in sight however the rest are dated
let recent = new Set();
async function renderList() {
  const all = [...articles.values()].sort((a, b) => (recent.has(b.id) - recent.has(a.id)) || (b.published || '').localeCompare(a.published || ''));
  $('count').textContent = `(${all.length})`;
  const shown = listAll ? maxListed : shortList;
  await timed('render:list', () => $('articles').replaceChildren(...all.slice(0, shown).map(item)));
  const note = $('articles-note');
  note.replaceChildren(all.length > maxListed && listAll ? t('more', all.length - maxListed) : '');
  if (all.length > shortList) {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = 'list-toggle';
    b.textContent = listAll ? t('listShort') : t('listAll', all.length);
    b.onclick = guard(async () => { listAll = !listAll; await renderList(); });
    note.append(' ', b);
  }
  return all;
}

async function render({ charts = true } = {}) {
  const all = await renderList();
  await pageTurn();
  const { conflicts } = await timed('render:facts', () => ui('render'));
  $('conflicts-count').textContent = t('conflicts', conflicts);
  if (charts) {
    await pageTurn();
    await timed('render:charts', () => renderCharts(inScope(all)));
  }
}

// dayOf is the day of an ISO 8601 date as the page's language writes it:
// "29/09/2025", or "2025-09-29" in English (the reader adds the time).
const dayOf = iso => lang === 'vi' && /^\d{4}-\d{2}-\d{2}/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso.slice(0, 10);

function item(a) {
  const li = document.createElement('li');
  if (recent.has(a.id)) li.className = 'new';
  const open = document.createElement('a');
  open.href = '#';
  open.textContent = a.title || a.file || a.id;
  open.onclick = e => { e.preventDefault(); ui('read', a.id); };
  const meta = document.createElement('span');
  meta.className = 'meta';
  const site = siteOf(a);
  meta.textContent = ` — ${a.published ? dayOf(a.published) : t('noDate')}${site ? ' · ' + site : ''} · ${t('nFacts', a.facts.length)}`;
  const del = document.createElement('button');
  del.textContent = t('del');
  del.setAttribute('aria-label', `${t('del')}: ${open.textContent}`); // thirteen "Xóa" say which one
  del.onclick = () => remove([a.id]);
  li.append(open, meta, ' ', del);
  for (const r of a.rankings || []) {
    const d = document.createElement('div');
    d.className = 'meta ranking';
    d.textContent = `${nameOf(r.indicator)} ${r.order === 'highest' ? t('highest') : t('lowest')}${r.period ? ' ' + periodOf(r.period) : ''}: ${r.regions.join(', ')}`;
    li.append(d);
  }
  const dups = (a.near_duplicates || []).filter(d => articles.has(d.id));
  if (dups.length) {
    const d = document.createElement('div');
    d.className = 'dup';
    d.textContent = t('dup') + dups.map(x => {
      const o = articles.get(x.id);
      return `${o.title || o.file} (${Math.round(x.similarity * 100)}%)`;
    }).join('; ');
    li.append(d);
  }
  return li;
}

function siteOf(a) {
  try { return a.source_url ? new URL(a.source_url).host.replace(/^www\./, '') : ''; } catch { return ''; }
}

// ---- charts (Chart.js, bundled from npm by make web) ------------------------
// A chart is one measure as an analyst would draw it: one indicator, sector,
// kind, basis and period grain, on a time axis in period order. Where
// articles disagree on a point the chart shows the spread, never a silent
// first-wins. Names come from the Go views (view.Names), so the charts say
// what the table says.
let names = {};
const nameOf = code => names[code] || code;
// periods as the page's language says them, from the Go views
// (view.Period: "2025-01..2025-09" is "9 tháng 2025"), asked for once each
const periodNames = new Map();
const periodOf = code => periodNames.get(code) || code;
async function namePeriods(arts) {
  const codes = [];
  for (const a of arts) {
    for (const f of a.facts) if (f.period) codes.push(f.period);
    for (const r of a.rankings || []) if (r.period) codes.push(r.period);
  }
  await nameCodes(codes);
}
async function nameCodes(codes) {
  const missing = [...new Set(codes.filter(c => !periodNames.has(c)))];
  if (!missing.length) return;
  for (const [code, words] of Object.entries(await ui('periods', JSON.stringify(missing)))) periodNames.set(code, words);
}

function options(select, values, label = v => v) {
  const old = select.value;
  select.replaceChildren(...values.map(v => { const o = document.createElement('option'); o.value = v; o.textContent = label(v); return o; }));
  if (values.includes(old)) select.value = old;
}

function byCount(list) {
  const n = new Map();
  for (const v of list) n.set(v, (n.get(v) || 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1]).map(e => e[0]);
}

// grain names the kind of period: "2024-03" a month, "2024-Q1" a quarter,
// "2024-H1" a half, "2024-01..2024-08" a run from January, "2024" a year.
function grain(p) {
  if (/^\d{4}-\d{2}$/.test(p)) return 'month';
  if (/^\d{4}-Q[1-4]$/.test(p)) return 'quarter';
  if (/^\d{4}-H[12]$/.test(p)) return 'half';
  if (/^\d{4}-01\.\.\d{4}-\d{2}$/.test(p)) return 'ytd';
  if (/^\d{4}$/.test(p)) return 'year';
  return 'other';
}

// periodOrder sorts periods in time by the last month they cover:
// 2024-06 < 2024-H1 (June too, and longer) < 2024-01..2024-08 < 2024-09.
function periodOrder(p) {
  let m;
  if ((m = /\.\.(\d{4})-(\d{2})$/.exec(p))) return +m[1] * 1000 + +m[2] * 10 + 2;
  const y = +p.slice(0, 4);
  if ((m = /^\d{4}-(\d{2})$/.exec(p))) return y * 1000 + +m[1] * 10;
  if ((m = /-Q([1-4])$/.exec(p))) return y * 1000 + 3 * m[1] * 10 + 1;
  if ((m = /-H([12])$/.exec(p))) return y * 1000 + 6 * m[1] * 10 + 1;
  return y * 1000 + 120 + 3;
}
const byPeriod = (a, b) => periodOrder(a) - periodOrder(b);

// timeline is every period of one grain from the first to the last of
// periods, so that the chart's axis is time: a month no article gave is a
// gap at its place, not a neighbour drawn one step away. "2025-03" and
// "2025-06" give 2025-03, 2025-04, 2025-05, 2025-06; runs from January
// give one run per month they may end in. A grain without steps, or a span
// of more than 240 steps, keeps the periods as they are.
function timeline(periods, g) {
  if (periods.length < 2) return periods;
  const step = { month: 1, quarter: 3, half: 6, year: 12, ytd: 1 }[g];
  if (!step) return periods;
  const end = p => { const o = periodOrder(p); return Math.floor(o / 1000) * 12 + Math.floor(o % 1000 / 10) - 1; }; // months since year 0
  const code = m => {
    const y = Math.floor(m / 12), mm = m % 12 + 1, two = String(mm).padStart(2, '0');
    return { month: `${y}-${two}`, quarter: `${y}-Q${mm / 3}`, half: `${y}-H${mm / 6}`, year: `${y}`, ytd: `${y}-01..${y}-${two}` }[g];
  };
  const first = end(periods[0]), last = end(periods[periods.length - 1]);
  if ((last - first) / step > 240) return periods;
  const out = [];
  for (let m = first; m <= last; m += step) out.push(code(m));
  return out.length >= periods.length && periods.every(p => out.includes(p)) ? out : periods;
}

// unitScale: how a series of one unit is written: money in the largest
// scale its values reach ("tỷ USD", "nghìn tỷ đồng"), points as "điểm %".
function unitScale(unit, values) {
  const u = STRINGS[lang].units;
  if (unit === 'VND' || unit === 'USD') {
    const max = Math.max(0, ...values.map(Math.abs));
    for (const [size, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']]) {
      if (max >= size) return { div: size, label: `${u[word]} ${u[unit]}` };
    }
    return { div: 1, label: u[unit] };
  }
  return { div: 1, label: u[unit] || unit };
}
const numberFormat = () => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 });

// chart draws on a canvas, updating the chart already there (much cheaper
// than a new one).
function chart(id, config) {
  const canvas = $(id);
  const old = Chart.getChart(canvas);
  if (old && old.config.type === config.type) {
    old.data = config.data;
    old.options = config.options;
    old.update('none');
    return old;
  }
  old?.destroy();
  return new Chart(canvas, config);
}

// valueLabels writes each bar's value at its end.
const valueLabels = {
  id: 'valueLabels',
  afterDatasetsDraw(c) {
    const fmt = numberFormat();
    const { ctx } = c;
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#1d232a';
    ctx.textBaseline = 'middle';
    c.data.datasets.forEach((ds, i) => {
      if (ds.type === 'line') return;
      c.getDatasetMeta(i).data.forEach((bar, k) => {
        const v = ds.data[k];
        if (v == null || Array.isArray(v)) return;
        ctx.textAlign = v < 0 ? 'right' : 'left';
        ctx.fillText(fmt.format(v), bar.x + (v < 0 ? -4 : 4), bar.y);
      });
    });
    ctx.restore();
  },
};

// pick chooses a select's values (named) and keeps the user's choice when
// it is still there; first is the default when it is offered.
function pick(id, values, first, label) {
  const sorted = values.includes(first) ? [first, ...values.filter(v => v !== first)] : values;
  options($(id), sorted, label);
  if (!$(id).dataset.chosen && id in kept.charts && sorted.includes(kept.charts[id])) {
    // the choice made before the page was reloaded, once it is offered again
    $(id).value = kept.charts[id];
    $(id).dataset.chosen = '1';
  }
  if (!$(id).dataset.chosen && sorted.length) $(id).value = sorted[0];
  return $(id).value;
}

// kept is how the reader left the views (the table's filter and boxes, the
// charts' menus), saved on each change and set again after a reload.
const kept = (() => {
  try { return { filter: '', merge: false, conflicts: false, charts: {}, ...JSON.parse(localStorage.getItem('chiso-view') || '{}') }; } catch { return { filter: '', merge: false, conflicts: false, charts: {} }; }
})();
// (each part saved by its own controls: the table's restored at load must
// not wipe the charts' choices, which apply only once their menus fill)
function keepTable() {
  kept.filter = $('fact-filter').value;
  kept.merge = $('merge-2025').checked;
  kept.conflicts = $('conflicts-only').checked;
  localStorage.setItem('chiso-view', JSON.stringify(kept));
}
function keepCharts() {
  kept.charts = Object.fromEntries(chartMenus.filter(id => $(id).dataset.chosen).map(id => [id, $(id).value]));
  localStorage.setItem('chiso-view', JSON.stringify(kept));
}
// restoreView sets the table's controls as they were left; the views read
// them through their own listeners
function restoreView() {
  const set = (id, prop, value, event) => {
    if ($(id)[prop] === value) return;
    $(id)[prop] = value;
    $(id).dispatchEvent(new Event(event));
  };
  set('fact-filter', 'value', kept.filter, 'input');
  set('merge-2025', 'checked', kept.merge, 'change');
  set('conflicts-only', 'checked', kept.conflicts, 'change');
}

// The chart's menus, in the order each narrows the next. A menu the user
// set keeps its value while it is offered; changing a measure's menu lets
// the menus after it (but the region) fall back to their defaults.
const chartMenus = ['chart-indicator', 'chart-sector', 'chart-kind', 'chart-basis', 'chart-grain', 'chart-region', 'chart-period'];
function chartMenuChosen(id) {
  $(id).dataset.chosen = '1';
  for (const later of chartMenus.slice(chartMenus.indexOf(id) + 1)) {
    if (later !== 'chart-region') delete $(later).dataset.chosen;
  }
}

// richestMeasure: of the measures (indicator, sector, kind, basis, grain,
// unit) that start with chosen, the one with most points to draw, as
// [indicator, sector, kind, basis, grain, unit]. With the five seeds the
// default chart is the IIP's change by province and month (17 points), not
// a province's output value, whose one quarter has more figures but draws one
// point.
function richestMeasure(measures, ...chosen) {
  let best = [], size = -1;
  for (const [key, { points, periods }] of measures) {
    const parts = key.split('\u0001');
    // a measure of one period draws no line: fourteen provinces' GRDP for nine
    // months is a column of dots on a time chart
    const score = periods.size > 1 ? points.size + 1e6 : points.size;
    if (score > size && chosen.every((v, k) => parts[k] === v)) { best = parts; size = score; }
  }
  return best;
}

let chartSeries = null; // what the charts show, for the downloads and the tests
const asRead = Symbol('asRead'); // a figure drawn under its 2025 province: the article's own
// eight colours told apart in print and by most colour-blind readers (Okabe–Ito)
const palette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

// charts' data-state is "drawing" until the newest drawing is in (a test,
// or a script reading the charts, waits for "done")
let chartsDrawn = 0;
async function renderCharts(all) {
  if (typeof Chart === 'undefined') return;
  const mine = ++chartsDrawn;
  $('charts').dataset.state = 'drawing';
  try {
    await drawCharts(all);
  } finally {
    if (mine === chartsDrawn) $('charts').dataset.state = 'done';
  }
}

async function drawCharts(all) {
  // with the 2025 merge on, a figure is drawn where the table shows it:
  // "Bắc Ninh ← Bắc Giang", its own line beside the new province's
  const merge = $('merge-2025').checked;
  const facts = all.flatMap(a => a.facts).filter(f => f.period && f.indicator)
    .map(f => merge && f.region_2025 && f.region_2025 !== f.region ? { ...f, region: `${f.region_2025} ← ${f.region}`, [asRead]: f } : f);
  $('charts').classList.toggle('empty', facts.length === 0);
  const basisOf = f => f.basis || '';
  const measures = new Map(); // measure → its region|period points and its periods
  for (const f of facts) {
    const key = [f.indicator, f.sector, f.kind, basisOf(f), grain(f.period), f.unit].join('\u0001');
    if (!measures.has(key)) measures.set(key, { points: new Set(), periods: new Set() });
    const m = measures.get(key);
    m.points.add(f.region + '|' + f.period);
    m.periods.add(f.period);
  }
  await pageTurn(); // the measures of 20,000 figures are one piece of work, the menus and the drawing another
  const ind = pick('chart-indicator', byCount(facts.map(f => f.indicator)), richestMeasure(measures)[0], nameOf);
  const ofInd = facts.filter(f => f.indicator === ind);
  const sector = pick('chart-sector', byCount(ofInd.map(f => f.sector)), richestMeasure(measures, ind)[1], nameOf);
  const ofSector = ofInd.filter(f => f.sector === sector);
  const kind = pick('chart-kind', byCount(ofSector.map(f => f.kind)), richestMeasure(measures, ind, sector)[2], nameOf);
  const ofKind = ofSector.filter(f => f.kind === kind);
  const basis = pick('chart-basis', byCount(ofKind.map(basisOf)), richestMeasure(measures, ind, sector, kind)[3], b => b ? nameOf(b) : t('noBasis'));
  const ofBasis = ofKind.filter(f => basisOf(f) === basis);
  const g = pick('chart-grain', byCount(ofBasis.map(f => grain(f.period))), richestMeasure(measures, ind, sector, kind, basis)[4], v => STRINGS[lang].grains[v]);
  // one unit too: a level is never drawn in VND beside USD
  const unit = byCount(ofBasis.filter(f => grain(f.period) === g).map(f => f.unit))[0];
  const series = ofBasis.filter(f => grain(f.period) === g && f.unit === unit);
  const sc = unitScale(unit, series.map(f => f.value));
  const scaled = v => Math.round(v / sc.div * 1000) / 1000;
  const every = byCount(series.map(f => f.region));
  const one = pick('chart-region', ['', ...[...every].sort((a, b) => a.localeCompare(b, 'vi'))], '', r => r || t('topRegions'));
  // an amount of the whole country dwarfs any province's: beside provinces it
  // is drawn only when chosen (a rate, the country's, is their yardstick)
  const apart = (unit === 'VND' || unit === 'USD') && every.filter(r => r !== 'Việt Nam').length >= 2;
  const shown = apart ? every.filter(r => r !== 'Việt Nam') : every;
  const regions = one ? [one] : shown.slice(0, 8);
  // the axis spans the periods of the regions drawn, not of the hidden ones
  // (the country's figures from 2020 squeezed 2025's provinces to the edge)
  const periods = timeline([...new Set(series.filter(f => regions.includes(f.region)).map(f => f.period))].sort(byPeriod), g);
  await nameCodes(periods);
  // each region and period: what the articles say, the most said value drawn
  const at = new Map();
  for (const f of series) {
    const key = f.region + '|' + f.period;
    if (!at.has(key)) at.set(key, []);
    at.get(key).push(f);
  }
  // where articles disagree the point is the middle of what they say (the
  // spread is drawn beside it), never the first one read
  const middles = new Map(); // each point worked out once: the charts, the pivot and the bars ask again
  const point = key => {
    if (middles.has(key)) return middles.get(key);
    const fs = at.get(key);
    let v = null;
    if (fs) {
      const vs = fs.map(f => f.value).sort((a, b) => a - b);
      const mid = vs.length >> 1;
      v = scaled(vs.length % 2 ? vs[mid] : (vs[mid - 1] + vs[mid]) / 2);
    }
    middles.set(key, v);
    return v;
  };
  const spread = key => {
    const vs = (at.get(key) || []).map(f => f.value);
    return vs.length && Math.min(...vs) !== Math.max(...vs) ? [scaled(Math.min(...vs)), scaled(Math.max(...vs))] : null;
  };
  const conflicts = [...at.keys()].filter(k => spread(k));
  const title = [nameOf(ind), nameOf(sector), nameOf(kind), basis ? nameOf(basis) : '', STRINGS[lang].grains[g]].filter(Boolean).join(' · ');
  const fmt = numberFormat();
  const axis = { title: { display: true, text: sc.label }, ticks: { callback: v => fmt.format(v) } };
  const datasets = regions.map((r, k) => ({
    type: 'line', label: r, data: periods.map(p => point(r + '|' + p)), spanGaps: true,
    borderColor: palette[k % palette.length], backgroundColor: palette[k % palette.length], pointRadius: 4,
  }));
  if (conflicts.length) {
    // the spread between articles, as a floating bar on each point they disagree on
    datasets.push({
      type: 'bar', label: t('disagree'), backgroundColor: 'rgba(234, 88, 12, .35)', borderColor: '#c2410c', borderWidth: 1,
      data: periods.map(p => regions.map(r => spread(r + '|' + p)).find(Boolean) || null),
    });
  }
  const time = timed('charts:time', () => chart('chart-time', {
    type: 'line',
    data: { labels: periods.map(periodOf), datasets },
    options: {
      maintainAspectRatio: false, animation: false,
      scales: { y: axis },
      plugins: {
        title: { display: true, text: title },
        tooltip: { callbacks: { label: c => `${c.dataset.label}: ${Array.isArray(c.raw) ? c.raw.map(v => fmt.format(v)).join('–') : fmt.format(c.raw)} ${sc.label}` } },
      },
    },
  }));
  $('chart-time').setAttribute('aria-label', title);
  await pageTurn(); // two charts, two turns: a click waits for one at most
  // provinces side by side on one period: sorted bars, from zero
  const inSeries = new Set(series.map(f => f.period));
  const given = periods.filter(p => inSeries.has(p)); // (the axis has the gaps between them too)
  const latestFirst = [...given].reverse();
  const period = pick('chart-period', latestFirst, latestFirst.find(p => regions.filter(r => at.has(r + '|' + p)).length > 1), periodOf);
  const bars = byCount(series.filter(f => f.period === period && !(apart && f.region === 'Việt Nam')).map(f => f.region))
    .map(r => ({ region: r, value: point(r + '|' + period), split: spread(r + '|' + period) }))
    .sort((a, b) => b.value - a.value);
  // every bar named (a name a bar; the box grows with them), a "⚠" where the
  // articles disagree, the range in its tooltip
  $('chart-regions').parentElement.style.height = `${Math.max(320, 60 + bars.length * 24)}px`;
  chart('chart-regions', {
    type: 'bar',
    data: { labels: bars.map(b => b.split ? `${b.region} ⚠` : b.region), datasets: [{ type: 'bar', label: `${title} · ${periodOf(period || '')}`, data: bars.map(b => b.value), backgroundColor: bars.map(b => b.split ? '#c2410c' : palette[0]) }] },
    options: {
      maintainAspectRatio: false, animation: false, indexAxis: 'y',
      // (grace: room past the longest bar for its value)
      scales: { x: { ...axis, beginAtZero: true, grace: '12%' }, y: { ticks: { autoSkip: false } } },
      plugins: {
        legend: { display: false }, title: { display: true, text: `${title} · ${periodOf(period || '')}` },
        tooltip: { callbacks: { afterLabel: c => bars[c.dataIndex]?.split ? `${t('disagree')}: ${bars[c.dataIndex].split.map(v => fmt.format(v)).join('–')}` : '' } },
      },
    },
    plugins: [valueLabels],
  });
  $('chart-regions').setAttribute('aria-label', `${title} · ${periodOf(period || '')}`);
  chartSeries = { indicator: ind, sector, kind, basis: basis || null, grain: g, unit, scale: sc.label, periods, given, regions, facts: series, conflicts };
  time.$chiso = chartSeries;
  pivot(chartSeries, point);
}

// pivot writes the chart's measure as a table, regions down and periods
// across: the chart's data for a screen reader, and a sheet to read from.
function pivot(s, point) {
  const table = $('chart-pivot');
  const head = document.createElement('tr');
  const periods = s.given;
  for (const text of [s.scale, ...periods.map(periodOf)]) { const th = document.createElement('th'); th.textContent = text; head.append(th); }
  const fmt = numberFormat();
  const rows = s.regions.map(r => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = r;
    tr.append(th);
    for (const p of periods) {
      const td = document.createElement('td');
      td.className = 'num';
      const v = point(r + '|' + p);
      td.textContent = v == null ? '' : fmt.format(v);
      if (s.conflicts.includes(r + '|' + p)) td.classList.add('conflict');
      tr.append(td);
    }
    return tr;
  });
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  tbody.append(...rows);
  table.replaceChildren(thead, tbody);
}

// ---- search ----------------------------------------------------------------
// snippet turns the engine's escaped snippet ("… <mark>Thái Nguyên</mark> …")
// into nodes without ever parsing it as HTML.
function snippet(html) {
  const unescape = s => s.replace(/&(lt|gt|amp|quot|#34|#39);/g, (_, e) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#34': '"', '#39': "'" })[e]);
  const p = document.createElement('p');
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    const text = document.createTextNode(unescape(part));
    if (marked) { const m = document.createElement('mark'); m.append(text); p.append(m); } else p.append(text);
  }
  return p;
}

const filters = {}; // facet field → chosen values
let searchSeq = 0;
// results come a page at a time; "more" asks for the next page of the same search
const pageSize = 20;
let shown = pageSize, shownFor = '';
// scope is the articles a search's chosen facets keep, whose figures alone
// the table and the charts show (null: every article's): a click on
// "Bắc Giang (12)" narrows the table and the charts to those twelve.
let scope = null;
const inScope = arts => scope ? arts.filter(a => scope.has(a.id)) : arts;
async function scopeTo(q, active) {
  let ids = null;
  if (active) {
    const all = await call('search', { query: q, prefix: true, size: 10000, filters, no_facets: true });
    ids = all.hits.map(h => h.article);
  }
  if (JSON.stringify(ids) === JSON.stringify(scope && [...scope])) return;
  scope = ids && new Set(ids);
  await ui('scope', JSON.stringify(ids));
  $('scope-note').textContent = scope ? t('scoped', scope.size) : '';
  await renderCharts(inScope([...articles.values()]));
}

async function search() {
  const q = $('search').value;
  const active = Object.values(filters).some(v => v.length);
  await scopeTo(q, active);
  if (!q.trim() && !active) {
    $('results').replaceChildren();
    $('facets').replaceChildren();
    $('search-note').textContent = '';
    $('more-results').hidden = true;
    return;
  }
  const seq = ++searchSeq;
  const key = JSON.stringify([q, filters]);
  if (key !== shownFor) { shownFor = key; shown = pageSize; } // a new search starts at one page
  const res = await call('search', { query: q, prefix: true, size: shown, filters });
  if (seq !== searchSeq) return; // a newer keystroke won
  $('search-note').textContent = res.total > res.hits.length ? t('hitsShown', res.hits.length, res.total) : t('hits', res.total);
  const more = $('more-results');
  more.hidden = res.total <= res.hits.length;
  more.textContent = t('moreHits', Math.min(pageSize, res.total - res.hits.length));
  $('results').replaceChildren(...res.hits.map(h => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = h.title || h.file;
    // the reader marks the words searched for, as the snippets do
    a.onclick = e => { e.preventDefault(); ui('read', h.article, -1, q); };
    li.append(a, ...h.snippets.map(snippet));
    return li;
  }));
  // facet counts; a click keeps only hits with that value (again: all)
  const facets = $('facets');
  facets.replaceChildren();
  for (const [name, counts] of Object.entries(res.facets || {})) {
    if (!counts || !counts.length) continue;
    const group = document.createElement('div');
    group.className = 'facet-group';
    const label = document.createElement('span');
    label.className = 'meta';
    label.textContent = (STRINGS[lang].facetNames[name] || name) + ':';
    group.append(label);
    for (const c of counts.slice(0, 8)) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'facet';
      b.textContent = `${name === 'indicator' ? nameOf(c.value) : c.value} (${c.count})`;
      b.dataset.field = name;
      b.dataset.value = c.value;
      const on = (filters[name] || []).includes(c.value);
      b.classList.toggle('on', on);
      b.setAttribute('aria-pressed', on);
      b.onclick = async () => {
        filters[name] = on ? [] : [c.value];
        await search();
        // the chips are drawn anew: the keyboard stays on the one pressed
        [...$('facets').querySelectorAll('button.facet')].find(x => x.dataset.field === name && x.dataset.value === c.value)?.focus();
      };
      group.append(b);
    }
    facets.append(group);
  }
}

// ---- changes ---------------------------------------------------------------
// remove deletes articles everywhere, and offers to take it back: the
// articles stay in memory until the next removal, so "Hoàn tác" restores
// them without reading anything again.
async function remove(ids) {
  const gone = ids.map(id => articles.get(id)).filter(Boolean);
  await removeIds(ids);
  await call('remove', ids);
  await ui('remove', JSON.stringify(ids));
  for (const id of ids) articles.delete(id);
  await render();
  search();
  if (!gone.length) return;
  const undo = document.createElement('button');
  undo.type = 'button';
  undo.textContent = t('undo');
  undo.onclick = guard(async () => {
    undo.disabled = true;
    await ingest(gone);
    await render();
    search();
    status(t('restoredDeleted', gone.length));
  });
  $('status').replaceChildren(t('deleted', gone.length) + ' ', undo);
}

function download(name, type, data) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([data], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- spreadsheet (ExcelJS, fetched from vendor/ on first use) ----------------
let excel;
function loadExcel() {
  excel ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = 'vendor/exceljs.min.js';
    s.onload = () => resolve(globalThis.ExcelJS);
    s.onerror = () => { excel = null; reject(new Error('vendor/exceljs.min.js')); };
    document.head.append(s);
  });
  return excel;
}

// exportXLSX writes a workbook a spreadsheet opens as it is, in any locale:
// every figure with its value a number and its unit in a column of its own,
// the chart's measure as regions × periods, and the articles.
async function exportXLSX() {
  const { arts, filtered } = await tableFacts();
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chiso';
  const bold = row => { row.font = { bold: true }; };
  const facts = wb.addWorksheet(t('sheetFacts'), { views: [{ state: 'frozen', ySplit: 1 }] });
  bold(facts.addRow(t('xlsxCols')));
  for (const a of arts) {
    for (const f of a.facts) {
      facts.addRow([nameOf(f.indicator), nameOf(f.sector), f.region, f.region_2025 || '', periodOf(f.period || ''), nameOf(f.kind),
        f.basis ? nameOf(f.basis) : '', f.value, unitName(f.unit), f.estimate ? '✓' : '', a.title || a.file || a.id, dayCell(a.published), f.quote, f.period || '']);
    }
  }
  facts.getColumn(8).numFmt = '#,##0.###';
  facts.getColumn(12).numFmt = 'dd/mm/yyyy';
  facts.columns.forEach((c, k) => { c.width = [24, 18, 16, 16, 18, 12, 16, 16, 8, 8, 40, 12, 60, 18][k]; });
  if (chartSeries && chartSeries.periods.length && !filtered) {
    const s = chartSeries;
    const sheet = wb.addWorksheet(t('sheetChart'));
    sheet.addRow([[nameOf(s.indicator), nameOf(s.sector), nameOf(s.kind), s.basis ? nameOf(s.basis) : '', STRINGS[lang].grains[s.grain]].filter(Boolean).join(' · ')]);
    const periods = s.given;
    bold(sheet.addRow([s.unit, ...periods.map(periodOf)]));
    for (const r of s.regions) {
      sheet.addRow([r, ...periods.map(p => {
        const fs = s.facts.filter(f => f.region === r && f.period === p);
        return fs.length ? +byCount(fs.map(f => String(f.value)))[0] : null;
      })]);
    }
  }
  const list = wb.addWorksheet(t('sheetArticles'));
  bold(list.addRow(t('articleCols')));
  for (const a of arts) list.addRow([a.title || '', dayCell(a.published), a.author || '', a.source_url || '', a.facts.length, a.file || '']);
  list.getColumn(2).numFmt = 'dd/mm/yyyy';
  download('chiso.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await wb.xlsx.writeBuffer());
  exported(arts, filtered);
}

// dayCell is a published date as a spreadsheet's date (the day, at UTC
// midnight, so no time zone moves it), or '' when the page gave none.
const dayCell = iso => /^\d{4}-\d{2}-\d{2}/.test(iso || '') ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : '';
// unitName is a unit as the page's language writes it: "%", "USD", "điểm %".
const unitName = u => (u === '%' || u === 'USD' || u === 'VND') ? u : (STRINGS[lang].units[u] || u);

// tableFacts are the articles with the figures the table shows: those its
// filters keep, in its order, or every figure when nothing is filtered
// (filtered then false). An export writes what the reader narrowed the
// table to, and says so.
async function tableFacts() {
  const all = [...articles.values()];
  const total = all.reduce((n, a) => n + a.facts.length, 0);
  const picks = await ui('selected');
  if (picks.length === total) return { arts: all, filtered: false };
  const byArticle = new Map();
  for (const { article, fact } of picks) {
    const a = articles.get(article);
    if (!a) continue;
    if (!byArticle.has(article)) byArticle.set(article, { ...a, facts: [] });
    byArticle.get(article).facts.push(a.facts[fact]);
  }
  return { arts: [...byArticle.values()], filtered: true };
}
const exported = (arts, filtered) => status(t(filtered ? 'exportedFiltered' : 'exported', arts.reduce((n, a) => n + a.facts.length, 0)));

// restore reads a backup: the JSON export (the contract's {"articles": […]}).
// It adds to what is there; a bad file changes nothing.
async function restore(file) {
  let data;
  try { data = JSON.parse(await file.text()); } catch { data = null; }
  const arts = data && Array.isArray(data.articles) ? data.articles : null;
  const valid = a => a && typeof a.id === 'string' && a.id && typeof a.body === 'string' && Array.isArray(a.facts);
  if (!arts || !arts.every(valid)) throw new Error(t('badBackup', file.name));
  const again = arts.filter(a => articles.has(a.id)).length;
  for (let k = 0; k < arts.length; k += 100) {
    await ingest(arts.slice(k, k + 100));
    progress(Math.min(k + 100, arts.length), arts.length, t('indexing'));
  }
  progress(0, 0);
  await render();
  status(t('restored', arts.length - again, again));
}

// ---- wiring ----------------------------------------------------------------
const guard = fn => async (...args) => { try { await fn(...args); } catch (e) { status(t('error') + e.message); } };

// pastedArticles cuts a paste at the lines that separate articles (a line of
// dashes, stars, equals signs or underscores alone, "---"): several articles
// pasted at once are read as several, each with its own title, date and
// province, not as one with another's periods.
function pastedArticles(text) {
  return text.split(/\n[ \t]*(?:-{3,}|\*{3,}|={3,}|_{3,})[ \t]*(?=\n|$)/).filter(p => p.trim());
}

// splitPaste cuts a paste far longer than any article (a whole folder of
// pages pasted at once) at paragraph breaks into parts of at most
// maxPart characters, read as separate texts with progress and Stop: no
// one part holds the page for long.
const maxPart = 128 << 10;
function splitPaste(text) {
  if (text.length <= maxPart) return [text];
  const parts = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxPart);
    if (end < text.length) {
      const cut = Math.max(text.lastIndexOf('\n\n', end), text.lastIndexOf('\n', end));
      if (cut > start + maxPart / 2) end = cut + 1;
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

$('analyze').onclick = guard(async () => {
  const text = $('paste').value;
  if (!text.trim()) { status(t('empty')); return; }
  const stamp = new Date().toISOString().slice(0, 19);
  const pieces = pastedArticles(text);
  const parts = pieces.length > 1 ? pieces.flatMap(splitPaste) : splitPaste(text);
  timed('paste:clear', () => {
    // out of the layout while its megabytes go: emptying a shown box of 5 MB lays it out once more
    const box = $('paste');
    box.hidden = true;
    box.value = '';
    requestAnimationFrame(() => { box.hidden = false; });
  });
  if (pieces.length > 1) status(t('pastedMany', pieces.length));
  else if (parts.length > 1) status(t('split', parts.length));
  await pageTurn();
  // each part is encoded when its chunk's turn comes, like a file is read
  const enc = new TextEncoder();
  await importFiles(parts.map((p, k) => ({ name: parts.length > 1 ? `dan-${stamp}-${k + 1}.txt` : `dan-${stamp}.txt`, arrayBuffer: async () => enc.encode(p).buffer })));
});
$('files').onchange = guard(async e => {
  const files = [...e.target.files];
  e.target.value = '';
  await importFiles(files);
});
$('cancel').onclick = () => { cancelled = true; };
// Escape closes a figure's detail; focus goes back to the figure
// (Escape again closes the reader, the focus back where it was opened)
document.addEventListener('keydown', e => {
  if (e.key !== 'Escape') return;
  const d = $('fact-detail');
  if (d && !d.hidden) {
    d.hidden = true;
    document.querySelector('#reader mark.fact.focus')?.focus();
  } else if (!$('reader').hidden) ui('closeReader');
});
// files dropped anywhere on the page are read like chosen ones
document.addEventListener('dragover', e => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); document.body.classList.add('dropping'); } });
document.addEventListener('dragleave', e => { if (!e.relatedTarget) document.body.classList.remove('dropping'); });
document.addEventListener('drop', guard(async e => {
  if (!e.dataTransfer.files.length) return;
  e.preventDefault();
  document.body.classList.remove('dropping');
  await importFiles([...e.dataTransfer.files]);
}));
$('import').onchange = guard(async e => { const f = e.target.files[0]; e.target.value = ''; if (f) await restore(f); });
for (const id of chartMenus) $(id).onchange = () => { chartMenuChosen(id); keepCharts(); renderCharts(inScope([...articles.values()])); };
for (const id of ['fact-filter', 'merge-2025', 'conflicts-only']) $(id).addEventListener(id === 'fact-filter' ? 'input' : 'change', keepTable);
$('chart-png').onclick = () => {
  const a = document.createElement('a');
  a.href = $('chart-time').toDataURL('image/png');
  a.download = 'chiso-chart.png';
  a.click();
};
// the chart's figures as the CSV export writes them (the engine's CSV:
// spreadsheet-safe cells, values unscaled), only those the chart shows
$('chart-csv').onclick = guard(async () => {
  if (!chartSeries) return;
  const shown = new Set(chartSeries.facts.map(f => f[asRead] || f));
  const arts = [...articles.values()].map(a => ({ ...a, facts: a.facts.filter(f => shown.has(f)) })).filter(a => a.facts.length);
  download('chiso-chart.csv', 'text/csv', (await call('csv', arts)).csv);
});
let timer;
$('more-results').onclick = guard(async () => { shown += pageSize; await search(); });
$('search').oninput = () => { clearTimeout(timer); timer = setTimeout(guard(search), 120); };
$('export-json').onclick = () => download('chiso.json', 'application/json', JSON.stringify({ articles: [...articles.values()] }, null, 1));
$('export-xlsx').onclick = guard(exportXLSX);
$('export-csv').onclick = guard(async () => {
  const { arts, filtered } = await tableFacts();
  download('chiso-facts.csv', 'text/csv', (await call('csv', arts)).csv);
  exported(arts, filtered);
});
$('merge-2025').addEventListener('change', guard(() => renderCharts(inScope([...articles.values()]))));
$('delete-all').onclick = guard(async () => { if (confirm(t('confirmAll'))) await remove([...articles.keys()]); });
$('lang').onclick = guard(async () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  localStorage.setItem('chiso-lang', lang);
  applyLang();
  status(t(document.body.dataset.ready ? 'ready' : 'loading'));
  names = await ui('names');
  periodNames.clear();
  await namePeriods([...articles.values()]);
  await render();
  await search();
});

// searchReady marks the moment the engine's index answers (make
// measure-web: reload → search ready), which may come before the table and
// the charts are drawn.
function searchReady() {
  if (!document.body.dataset.searchReady) performance.mark('search-ready');
  document.body.dataset.searchReady = '1';
}

applyLang();
status(t('loading'));
(async () => {
  const saved = await loadAll();
  for (const a of saved) articles.set(a.id, a);
  await renderList(); // what is stored shows before the engine is ready
  // the engine opens its saved index meanwhile, in its worker: an image
  // that holds exactly the stored articles (see engine.js)
  const held = Object.fromEntries(saved.map(a => [a.id, (a.facts || []).length]));
  const restored = call('restore', held);
  names = await ui('names');
  restoreView();
  const opened = await restored;
  if (opened.opened) {
    // an image saved before the last changes lacks their articles
    const missing = opened.missing.map(id => articles.get(id));
    for (let k = 0; k < missing.length; k += 500) await call('add', missing.slice(k, k + 500));
    searchReady();
  }
  await addToViews(saved); // a few at a time, the page's turn between
  await render(); // the list, the table and the charts need no index
  if (!opened.opened) {
    // no saved index, or a stale one: index the stored articles again
    status(saved.length ? t('building', saved.length) : t('loading'));
    for (let k = 0; k < saved.length; k += 500) {
      await call('add', saved.slice(k, k + 500));
      progress(Math.min(k + 500, saved.length), saved.length, t('indexing'));
    }
    await call('search', { query: '', size: 1, no_facets: true }); // the index is built before the first search
    searchReady();
  }
  document.body.dataset.index = opened.opened ? 'opened' : 'rebuilt';
  if (!opened.opened) console.info('chiso: the index was built anew:', opened.why);
  progress(0, 0);
  status(t('ready'));
  document.body.dataset.ready = '1';
})().catch(e => status(t('error') + e.message));
