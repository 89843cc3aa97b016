// The engine's Web Worker: Go compiled to WebAssembly (chiso.wasm, compiled
// once by the page and handed over as a module) does the extraction and the
// search index here, off the page's thread, so the page answers clicks and
// keys while articles are read. Messages in: {op: 'init', module} first,
// then {id, op, arg}; out: {id, result} (a parsed JSON value) or {id, error}.
importScripts('wasm_exec.js');

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
    } else {
      out = chiso[op](JSON.stringify(arg));
    }
    const result = JSON.parse(out);
    if (result && result.error) self.postMessage({ id, error: result.error });
    else self.postMessage({ id, result });
  } catch (e) {
    self.postMessage({ id, error: String(e) });
  }
};
