// chiso's Worker entry (wrangler.jsonc "main"). It runs the Go program once
// per isolate and hands it every request, where the entry that
// syumai/workers generates (build/worker.mjs) starts Go anew for each one:
// that start was four fifths of an extraction's time, over the free plan's
// 10 ms of CPU. env is the same for every request of an isolate; the Go side
// reads it once, and uses nothing else of the first request's context.
import './build/wasm_exec.js';
import { createRuntimeContext, loadModule } from './build/runtime.mjs';

// wasm_exec asks for this helper by name
globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

let running; // Promise of the binding of the running Go program

function start(env, ctx) {
  const started = (async () => {
    const go = new Go();
    const binding = {};
    let ready;
    const isReady = new Promise((resolve) => { ready = resolve; });
    const instance = new WebAssembly.Instance(await loadModule(), {
      ...go.importObject,
      workers: { ready: () => ready() },
    });
    // should the program ever end (it does not), the next request starts it again
    const ended = go.run(instance, createRuntimeContext({ env, ctx, binding })).finally(() => {
      if (running === started) running = undefined;
    });
    await Promise.race([isReady, ended.then(() => {
      throw new Error('chiso: the Go program ended before it could serve');
    })]);
    return binding;
  })();
  return started;
}

export default {
  async fetch(request, env, ctx) {
    running ??= start(env, ctx);
    const binding = await running;
    return binding.handleRequest(request);
  },
};
