// chiso's Worker entry (wrangler.jsonc "main"). It runs the Go program once
// per isolate and hands it every request, where the entry that
// syumai/workers generates (build/worker.mjs) starts Go anew for each one:
// that start was four fifths of an extraction's time, over the free plan's
// 10 ms of CPU. env is the same for every request of an isolate; the Go side
// reads it once, and uses nothing else of the first request's context.
//
// One program serves every request, so one request that ends it (Go exits
// with "fatal error: out of memory": a 128 KB run-on sentence once made
// 176 MB of quotes) must not end the others. Each request races its answer
// against the program's end: if the program ends first, that request (and
// any other in flight in the same program) is answered 500 with a JSON
// error, and the next request starts a new program.
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

let running; // Promise of the running program: { binding, go, onExit }

// workerd runs the continuations of a promise in the request that created
// it, and drops them once that request is over ("A promise was resolved or
// rejected from a different request context…"): a promise of the program's
// end made by the request that started it would tell no later request. So
// the end is announced synchronously, from wasm_exec's exit call, to a
// callback each request in flight registers with onExit.
function start(env, ctx) {
  const started = (async () => {
    const go = new Go();
    const waiting = new Set();
    go.exit = (code) => { // wasm_exec calls it as the program ends
      if (running === started) running = undefined;
      for (const f of waiting) f(code);
      waiting.clear();
    };
    const onExit = (f) => {
      waiting.add(f);
      return () => waiting.delete(f);
    };
    const binding = {};
    let ready;
    const isReady = new Promise((resolve) => { ready = resolve; });
    const instance = new WebAssembly.Instance(await loadModule(), {
      ...go.importObject,
      workers: { ready: () => ready() },
    });
    let unready;
    const early = new Promise((resolve, reject) => {
      unready = onExit((code) => reject(new Error(`the Go program ended (exit code ${code}) before it could serve`)));
    });
    go.run(instance, createRuntimeContext({ env, ctx, binding })).catch(() => go.exit(-1)); // could not even start
    await Promise.race([isReady, early]);
    unready();
    return { binding, go, onExit };
  })();
  return started;
}

// failure is an error answer in the API's form ({"error", "status"}).
function failure(env, status, msg) {
  const headers = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  };
  if (env.CORS_ORIGIN) {
    headers['access-control-allow-origin'] = env.CORS_ORIGIN;
    headers.vary = 'Origin';
  }
  return new Response(JSON.stringify({ error: msg, status }) + '\n', { status, headers });
}

const died = (env, code) => failure(env, 500, `chiso stopped while answering: its Go program ended (exit code ${code}; ` +
  'out of memory, most likely, on a very large or unusual text). This request was not answered; the next one starts the program again.');

// guard passes a response's body on, and ends it with an error should the
// program end before the body does (another request's work can end it while
// this one's answer is still streaming), instead of leaving it hanging.
function guard(res, gone, done) {
  if (!res.body) {
    done();
    return res;
  }
  const reader = res.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      const r = await Promise.race([reader.read(), gone.then(() => ({ gone: true }))]);
      if (r.gone) controller.error(new Error('chiso: the Go program ended while answering'));
      else if (!r.done) return controller.enqueue(r.value);
      else controller.close();
      done();
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
  return new Response(body, res);
}

export default {
  async fetch(request, env, ctx) {
    const program = (running ??= start(env, ctx));
    let res;
    try {
      const { binding, go, onExit } = await program;
      if (go.exited) return this.fetch(request, env, ctx); // it ended as this request waited: start the next
      let done;
      // settles with the exit code if the program ends while this request is in it
      const gone = new Promise((resolve) => { done = onExit(resolve); });
      let err;
      res = await Promise.race([
        Promise.resolve().then(() => binding.handleRequest(request)),
        gone.then(() => undefined),
      ]).catch((e) => { err = e; });
      // no Response: the program ended, during this request's own work (the
      // call into Go then returns nothing, or throws) or during another's
      if (res instanceof Response) {
        res = guard(res, gone, done);
      } else {
        done();
        if (go.exited) res = died(env, await gone);
        else res = failure(env, 500, `chiso: no answer from the Go program${err ? `: ${err.message}` : ''}`);
      }
    } catch (e) {
      if (running === program) running = undefined;
      res = failure(env, 500, `chiso could not start: ${e.message}`);
    }
    // a body Go did not read (refused by its Content-Length): cancel it, or
    // workerd waits for all of it before it sends the answer
    if (request.body && !request.bodyUsed) request.body.cancel().catch(() => {});
    // workerd holds back the end of a streamed answer until the request's
    // body is all in, which a refused or stalled one never is: an error
    // answer is a few hundred bytes, so it goes whole, with its length
    if (res.status >= 400) res = new Response(await res.arrayBuffer(), res);
    return res;
  },
};
