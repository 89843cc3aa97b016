// What the browser tests and the page measurements share: the app served by
// scripts/serve from web/, and Debian's Chromium driven by playwright-core
// (no browser is ever downloaded).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');

// serve starts scripts/serve on port and waits until it answers.
export async function serve(port) {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(path.join(root, 'bin/serve'), ['-addr', `127.0.0.1:${port}`, '-dir', path.join(root, 'web')], { stdio: 'inherit' });
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(base)).ok) break; } catch {}
    await new Promise(r => setTimeout(r, 100));
  }
  return { base, server };
}

// launch starts Chromium, once more if it dies while starting: on this
// project's VM it has crashed at start-up (SIGSEGV before any page) once in
// many runs, which says nothing about the app.
export async function launch() {
  const start = () => chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    return await start();
  } catch (e) {
    console.error(`# Chromium did not start (${String(e.message).split('\n')[0]}); trying once more`);
    return start();
  }
}

// open loads the app in a fresh context (its own IndexedDB) and waits until
// it is ready; it returns the page and the milliseconds that took.
export async function open(browser, base, options = {}) {
  const page = await (await browser.newContext(options)).newPage();
  const start = Date.now();
  await page.goto(base);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 120000 });
  return { page, ms: Date.now() - start };
}
