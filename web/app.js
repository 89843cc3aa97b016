// chiso's page: a thin shell. The engine (extraction and search, Go in
// WebAssembly) runs in a Web Worker (engine.js); articles are kept in
// IndexedDB and the search index is rebuilt from them at start-up. Text from
// articles is only ever set as textContent: nothing pasted becomes markup.

const $ = id => document.getElementById(id);

// ---- the engine, in its worker ------------------------------------------
const worker = new Worker('engine.js');
const pending = new Map();
let nextId = 0;
worker.onmessage = ({ data }) => {
  const p = pending.get(data.id);
  pending.delete(data.id);
  if (data.error) p.reject(new Error(data.error)); else p.resolve(data.result);
};
function call(op, arg) {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, op, arg });
  });
}

// ---- storage ---------------------------------------------------------------
const db = new Promise((resolve, reject) => {
  const req = indexedDB.open('chiso', 1);
  req.onupgradeneeded = () => req.result.createObjectStore('articles', { keyPath: 'id' });
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});
async function store(mode, fn) {
  const d = await db;
  return new Promise((resolve, reject) => {
    const tx = d.transaction('articles', mode);
    const r = fn(tx.objectStore('articles'));
    tx.oncomplete = () => resolve(r && r.result);
    tx.onerror = () => reject(tx.error);
  });
}
const loadAll = () => store('readonly', s => s.getAll());
const saveAll = arts => store('readwrite', s => arts.forEach(a => s.put(a)));
const removeIds = ids => store('readwrite', s => ids.forEach(id => s.delete(id)));

// ---- state -----------------------------------------------------------------
let articles = new Map();

function status(text) { $('status').textContent = text; }
function progress(done, total, label) {
  const bar = $('progress');
  bar.hidden = total === 0 || done >= total;
  bar.max = total || 1;
  bar.value = done;
  $('progress-text').textContent = total && done < total ? `${label} ${done}/${total}` : '';
}

// add extracts inputs in chunks (the page stays responsive between them),
// keeps the articles and indexes them.
async function add(inputs) {
  const chunk = 20;
  $('file-errors').replaceChildren();
  let done = 0;
  for (let k = 0; k < inputs.length; k += chunk) {
    const part = inputs.slice(k, k + chunk);
    const out = await call('extract', part);
    for (const e of out.errors) {
      const li = document.createElement('li');
      li.className = 'error';
      li.textContent = `${e.file}: ${e.error}`;
      $('file-errors').append(li);
    }
    // near-duplicates are found within one run; keep them across runs too
    await saveAll(out.articles);
    await call('add', out.articles);
    for (const a of out.articles) articles.set(a.id, a);
    done += part.length;
    progress(done, inputs.length, 'Đang đọc');
  }
  progress(0, 0);
  render();
}

// ---- rendering -------------------------------------------------------------
const fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

function render() {
  const list = $('articles');
  list.replaceChildren();
  const all = [...articles.values()].sort((a, b) => (b.published || '').localeCompare(a.published || ''));
  $('count').textContent = `(${all.length})`;
  for (const a of all) {
    const li = document.createElement('li');
    const open = document.createElement('a');
    open.href = '#';
    open.textContent = a.title || a.file || a.id;
    open.onclick = e => { e.preventDefault(); read(a); };
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ` — ${a.published ? a.published.slice(0, 10) : 'không rõ ngày'} · ${a.facts.length} số liệu`;
    const del = document.createElement('button');
    del.textContent = 'Xóa';
    del.onclick = () => remove([a.id]);
    li.append(open, meta, ' ', del);
    for (const r of a.rankings || []) {
      const d = document.createElement('div');
      d.className = 'meta ranking';
      d.textContent = `${r.indicator} ${r.order === 'highest' ? 'cao nhất' : 'thấp nhất'}${r.period ? ' ' + r.period : ''}: ${r.regions.join(', ')}`;
      li.append(d);
    }
    const dups = (a.near_duplicates || []).filter(d => articles.has(d.id));
    if (dups.length) {
      const d = document.createElement('div');
      d.className = 'dup';
      d.textContent = 'Gần trùng với: ' + dups.map(x => {
        const o = articles.get(x.id);
        return `${o.title || o.file} (${Math.round(x.similarity * 100)}%)`;
      }).join('; ');
      li.append(d);
    }
    list.append(li);
  }
  renderFacts(all);
  renderCharts(all);
}

// ---- charts (Chart.js, bundled from npm by make web) ------------------------
function options(select, values, keep) {
  const old = select.value;
  select.replaceChildren(...values.map(v => { const o = document.createElement('option'); o.value = o.textContent = v; return o; }));
  if (keep && values.includes(old)) select.value = old;
}

function byCount(list) {
  const n = new Map();
  for (const v of list) n.set(v, (n.get(v) || 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1]).map(e => e[0]);
}

function chart(id, config) {
  const canvas = $(id);
  Chart.getChart(canvas)?.destroy();
  return new Chart(canvas, config);
}

function renderCharts(all) {
  if (typeof Chart === 'undefined') return;
  const facts = all.flatMap(a => a.facts);
  options($('chart-indicator'), byCount(facts.map(f => f.indicator)), true);
  const ind = $('chart-indicator').value;
  const ofInd = facts.filter(f => f.indicator === ind && f.sector === 'all' && f.period);
  const kinds = byCount(ofInd.map(f => f.kind));
  options($('chart-kind'), kinds.includes('change') ? ['change', ...kinds.filter(k => k !== 'change')] : kinds, true);
  const kind = $('chart-kind').value;
  const series = ofInd.filter(f => f.kind === kind && f.unit === (ofInd.find(g => g.kind === kind) || {}).unit);
  // an indicator over time: one line per region
  const periods = [...new Set(series.map(f => f.period))].sort();
  const regions = byCount(series.map(f => f.region)).slice(0, 8);
  chart('chart-time', {
    type: 'line',
    data: {
      labels: periods,
      datasets: regions.map(r => ({
        label: r,
        data: periods.map(p => { const f = series.find(g => g.region === r && g.period === p); return f ? f.value : null; }),
        spanGaps: true,
      })),
    },
    options: { maintainAspectRatio: false, animation: false, plugins: { title: { display: true, text: `${ind} · ${kind}` } } },
  });
  // provinces side by side on one period: sorted bars
  options($('chart-period'), byCount(series.map(f => f.period)), true);
  const period = $('chart-period').value;
  // one bar per region: the same figure often comes from several articles
  const one = new Map();
  for (const f of series) if (f.period === period && !one.has(f.region)) one.set(f.region, f);
  const bars = [...one.values()].sort((a, b) => b.value - a.value);
  chart('chart-regions', {
    type: 'bar',
    data: { labels: bars.map(f => f.region), datasets: [{ label: `${ind} · ${kind} · ${period}`, data: bars.map(f => f.value) }] },
    options: { maintainAspectRatio: false, animation: false, indexAxis: 'y' },
  });
}

// fold drops diacritics for matching what a user types: "thai nguyen" finds "Thái Nguyên".
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
let sortCol = -1, sortUp = false;

function renderFacts(all) {
  const merge = $('merge-2025').checked;
  const words = fold($('fact-filter').value).split(/\s+/).filter(Boolean);
  const rows = [];
  for (const a of all) {
    for (const f of a.facts) {
      // merged, a pre-2025 province counts under the unit it belongs to now
      const region = merge && f.region_2025 ? f.region_2025 : f.region;
      const cells = [f.indicator, f.sector, region, f.period || '', f.kind, f.basis || '', f.value, f.unit, a.title || a.file];
      const hay = fold(cells.join(' ') + ' ' + f.region); // the old name finds a merged fact too
      if (words.every(w => hay.includes(w))) rows.push(cells);
    }
  }
  if (sortCol >= 0) {
    rows.sort((x, y) => {
      const a = x[sortCol], b = y[sortCol];
      const c = typeof a === 'number' ? a - b : String(a).localeCompare(String(b), 'vi');
      return sortUp ? -c : c;
    });
  }
  const body = $('facts').tBodies[0];
  body.replaceChildren(...rows.map(cells => {
    const tr = document.createElement('tr');
    cells.forEach((v, k) => {
      const td = document.createElement('td');
      td.textContent = k === 6 ? fmt.format(v) : v;
      if (k === 6) td.className = 'num';
      tr.append(td);
    });
    return tr;
  }));
  [...$('facts').tHead.rows[0].cells].forEach((th, k) => {
    th.classList.toggle('sorted', k === sortCol);
    th.classList.toggle('up', k === sortCol && sortUp);
  });
}

// read shows an article's text with its figures marked in place.
function read(a) {
  const r = $('reader');
  r.hidden = false;
  r.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = a.title || a.file;
  r.append(h);
  // facts carry byte offsets into the body; map them to string indexes
  const bytes = new TextEncoder().encode(a.body);
  const dec = new TextDecoder();
  const spans = [...a.facts].sort((x, y) => x.start - y.start);
  let pos = 0;
  for (const f of spans) {
    if (f.start < pos) continue;
    r.append(dec.decode(bytes.subarray(pos, f.start)));
    const m = document.createElement('mark');
    m.className = 'fact';
    m.textContent = dec.decode(bytes.subarray(f.start, f.end));
    m.title = [f.indicator, f.sector, f.region, f.period, f.kind, f.basis, f.value, f.unit].filter(Boolean).join(' · ');
    r.append(m);
    pos = f.end;
  }
  r.append(dec.decode(bytes.subarray(pos)));
  r.scrollIntoView({ behavior: 'smooth' });
}

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

let searchSeq = 0;
async function search() {
  const q = $('search').value;
  const seq = ++searchSeq;
  const res = await call('search', { query: q, prefix: true, size: 20 });
  if (seq !== searchSeq) return; // a newer keystroke won
  const list = $('results');
  list.replaceChildren();
  for (const h of res.hits) {
    const li = document.createElement('li');
    const a = articles.get(h.article);
    const t = document.createElement('a');
    t.href = '#';
    t.textContent = h.title || h.file;
    t.onclick = e => { e.preventDefault(); if (a) read(a); };
    li.append(t, ...h.snippets.map(snippet));
    list.append(li);
  }
  const facets = $('facets');
  facets.replaceChildren();
  for (const [name, counts] of Object.entries(res.facets || {})) {
    for (const c of (counts || []).slice(0, 8)) {
      const s = document.createElement('span');
      s.className = 'facet';
      s.textContent = `${c.value} (${c.count})`;
      s.dataset.field = name;
      facets.append(s);
    }
  }
}

async function remove(ids) {
  await removeIds(ids);
  await call('remove', ids);
  for (const id of ids) articles.delete(id);
  $('reader').hidden = true;
  render();
}

function download(name, type, text) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- wiring ----------------------------------------------------------------
$('analyze').onclick = async () => {
  const text = $('paste').value;
  if (!text.trim()) return;
  await add([{ name: `dan-${new Date().toISOString().slice(0, 19)}.txt`, data: new TextEncoder().encode(text).buffer }]);
  $('paste').value = '';
};
$('files').onchange = async e => {
  const files = [...e.target.files];
  const inputs = await Promise.all(files.map(async f => ({ name: f.name, data: await f.arrayBuffer() })));
  await add(inputs);
  e.target.value = '';
};
$('fact-filter').oninput = () => renderFacts([...articles.values()]);
$('merge-2025').onchange = () => renderFacts([...articles.values()]);
[...$('facts').tHead.rows[0].cells].forEach((th, k) => {
  th.onclick = () => { sortUp = sortCol === k ? !sortUp : false; sortCol = k; renderFacts([...articles.values()]); };
});
for (const id of ['chart-indicator', 'chart-kind', 'chart-period']) $(id).onchange = () => renderCharts([...articles.values()]);
let timer;
$('search').oninput = () => { clearTimeout(timer); timer = setTimeout(search, 120); };
$('export-json').onclick = () => download('chiso.json', 'application/json', JSON.stringify({ articles: [...articles.values()] }, null, 1));
$('export-csv').onclick = async () => download('chiso-facts.csv', 'text/csv', (await call('csv', [...articles.values()])).csv);
$('delete-all').onclick = () => { if (confirm('Xóa tất cả bài đã đọc?')) remove([...articles.keys()]); };

(async () => {
  const saved = await loadAll();
  for (const a of saved) articles.set(a.id, a);
  render();
  status(saved.length ? `Đang dựng chỉ mục cho ${saved.length} bài…` : 'Sẵn sàng.');
  for (let k = 0; k < saved.length; k += 100) {
    await call('add', saved.slice(k, k + 100));
    progress(Math.min(k + 100, saved.length), saved.length, 'Đang dựng chỉ mục');
  }
  if (!saved.length) await call('search', { query: '' }); // wait for the engine to load
  status('Sẵn sàng.');
  document.body.dataset.ready = '1';
})().catch(e => status('Lỗi: ' + e.message));
