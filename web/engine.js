// The engine's Web Worker: Go compiled to WebAssembly (chiso.wasm, compiled
// once by the page and handed over as a module) does the extraction and the
// search index here, off the page's thread, so the page answers clicks and
// keys while articles are read. Messages in: {op: 'init', module} first,
// then {id, op, arg}; out: {id, result} (a parsed JSON value) or {id, error},
// and {event: 'saved', bytes, articles} each time the index has been saved.
//
// The index is saved here too, as one image in IndexedDB (database
// 'chiso-index'), two seconds after the last change, so that a reload opens
// it (op 'restore') instead of indexing every stored article again. The
// page's thread never holds the image.
importScripts('wasm_exec.js', 'store.js');

let started;
const ready = new Promise(resolve => { started = resolve; });

self.onmessage = async ({ data: { id, op, arg, module } }) => {
  if (op === 'init') {
    const go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    go.run(instance);
    started(self.chiso);
    return;
  }
  try {
    const chiso = await ready;
    let out;
    if (op === 'extract') {
      out = chiso.extract(arg.map(f => ({ name: f.name, data: new Uint8Array(f.data) })));
    } else if (op === 'restore') {
      out = await restore(chiso, arg);
    } else {
      out = chiso[op](JSON.stringify(arg));
      saveSoon(); // a change, or a search that built the facts' part
    }
    const result = JSON.parse(out);
    if (result && result.error) self.postMessage({ id, error: result.error });
    else self.postMessage({ id, result });
  } catch (e) {
    self.postMessage({ id, error: String(e) });
  }
};

// ---- the saved index -----------------------------------------------------------
const image = objectStore('chiso-index', 'images'); // store.js

// The saved image is read as soon as the worker starts, while the page
// reads its articles and the engine's module is compiled; restore waits
// for it only then.
let saved = image('readonly', s => s.get('index')).then(blob => blob && blob.arrayBuffer());
saved.catch(() => {}); // said by restore, which the page always asks for

// restore opens the saved image over the page's stored articles (held:
// {id: number of facts}): {opened: true, missing: [ids the page must add
// again]}, or {opened: false, why} when there is none, it is stale or it
// cannot be read, and the page indexes all its articles again.
async function restore(chiso, held) {
  let bytes;
  try {
    bytes = await saved;
    saved = Promise.resolve(null); // the bytes are Go's now: let them go
  } catch (e) {
    return JSON.stringify({ opened: false, why: `the saved index cannot be read: ${e}` });
  }
  if (!bytes) return JSON.stringify({ opened: false, why: 'no saved index' });
  return chiso.open(new Uint8Array(bytes), JSON.stringify(held));
}

let saveTimer = null;
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 2000);
}
async function save() {
  const chiso = await ready;
  const out = chiso.save(); // null when nothing changed since the last save
  if (out === null) return;
  if (typeof out === 'string') { // an error: the next reload rebuilds
    console.warn('chiso: the index was not saved:', JSON.parse(out).error);
    return;
  }
  const blob = new Blob(out.chunks);
  try {
    await image('readwrite', s => s.put(blob, 'index'));
    self.postMessage({ event: 'saved', bytes: blob.size, articles: out.articles });
  } catch (e) {
    console.warn('chiso: the index was not saved:', e); // full disk: the next reload rebuilds
  }
}
