// The engine's Web Worker: Go compiled to WebAssembly (chiso.wasm) does the
// extraction and the search index here, off the page's thread, so the page
// answers clicks and keys while articles are read. Messages in:
// {id, op, arg}; out: {id, result} (a parsed JSON value) or {id, error}.
importScripts('wasm_exec.js');

const ready = (async () => {
  const go = new Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch('chiso.wasm'), go.importObject);
  go.run(instance);
  return self.chiso;
})();

self.onmessage = async ({ data: { id, op, arg } }) => {
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
