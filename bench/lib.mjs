// Helpers of the browser tools in this folder (the benchmark, the trace
// and A/B tools), which the end-to-end tests do not use: a gzip server,
// a trace's main-thread time per input, slider inputs given in turns, the
// pages and sliders the tools drive. The server, Chromium and the page's
// readers are the tests' own (tests/e2e/lib.mjs).
import { createServer } from 'node:http';
import { readFile, stat, mkdtemp, cp, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sliderOf, DIST } from '../tests/e2e/lib.mjs';

/** The floor page: the miner panel's job done by hand, the least work a page can do. */
export const FLOOR_DIR = join(import.meta.dirname, 'floor');

/**
 * The floor page in ONE file (`one.html` beside the others in a copy of
 * the floor's folder): its stylesheet and script inline, under the same
 * policy with their hashes, the script at the end of the body. The physical
 * limit: one round trip for everything. Returns the folder.
 */
export async function floorOneFile() {
  const dir = await mkdtemp(join(tmpdir(), 'hashpivot-floor-'));
  await cp(FLOOR_DIR, dir, { recursive: true });
  const [html, css, js] = await Promise.all(['index.html', 'floor.css', 'floor.js'].map((f) => readFile(join(FLOOR_DIR, f), 'utf8')));
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const one = html
    .replace("script-src 'self'", `script-src ${hash(js)}`)
    .replace("style-src 'self'", `style-src ${hash(css)}`)
    .replace('<link rel="stylesheet" href="floor.css">', () => `<style>${css}</style>`)
    .replace('<script src="floor.js" defer></script>', '')
    .replace('</body>', () => `<script>${js}</script>\n</body>`);
  if (one.includes('src="floor.js"') || one.includes('href="floor.css"')) throw new Error('the floor page names files the one-file page would not have');
  await writeFile(join(dir, 'one.html'), one);
  return dir;
}

/**
 * Serves `dir` at http://127.0.0.1:<port>/ the way a real static host does:
 * gzip for text and wasm (the python server used by the tests sends every
 * byte raw, which on a throttled link measures the server, not the page).
 * For the benchmark's mobile profile.
 */
export async function serveCompressed(dir = DIST) {
  const types = {
    '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  };
  const cache = new Map();
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!cache.has(file)) cache.set(file, gzipSync(await readFile(file), { level: 9 }));
      const type = types[extname(file)] || 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
      res.end(cache.get(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/**
 * Main-thread busy time (ms) between consecutive `input` dispatches in a
 * trace: the sum of the renderer main thread's top-level tasks from the
 * task holding one input's dispatch to the task holding the next one's.
 * With `tasks`, returns per input { ms, tasks } (the top-level tasks too).
 */
export function busyPerInput(events, { tasks: keep = false } = {}) {
  const thread = (e) => `${e.pid}:${e.tid}`;
  const dispatches = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  const main = thread(dispatches[0]);
  const tasks = events.filter((e) => thread(e) === main && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Top-level tasks only: an event inside the previous one is part of it.
  const top = [];
  for (const e of tasks) if (!top.length || e.ts >= top.at(-1).ts + top.at(-1).dur) top.push(e);
  const holder = (d) => top.findLast((t) => t.ts <= d.ts);
  const starts = dispatches.sort((a, b) => a.ts - b.ts).map((d) => holder(d).ts);
  const busy = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const mine = top.filter((t) => t.ts >= starts[i] && t.ts < starts[i + 1]);
    const ms = mine.reduce((sum, t) => sum + t.dur, 0) / 1000;
    busy.push(keep ? { ms, tasks: mine } : ms);
  }
  return busy;
}

/**
 * Gives `count` inputs to the slider `selector` on `page`, each followed by
 * two frames. Input `i` (from `from`) sets the slider to `(i * 37) % 100`
 * percent of its range, so consecutive inputs jump (results change sign,
 * cards change width), the harder case for a page. The panel's first chart
 * is scrolled into view first, as a reader sees it. `settleMs`: a wait
 * after the last input (for work deferred to a pause).
 */
export function slide(page, selector, { from = 0, count, settleMs = 0 }) {
  return page.evaluate(async ({ selector, from, count, settleMs }) => {
    const slider = document.querySelector(selector);
    slider.closest('section').querySelector('canvas').scrollIntoView({ block: 'center' });
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    await frame(); await frame();
    const min = Number(slider.min), max = Number(slider.max), step = Number(slider.step);
    for (let i = from; i < from + count; i++) {
      const v = min + ((i * 37) % 100) / 100 * (max - min);
      slider.value = String(Math.round(v / step) * step);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await frame(); await frame();
    }
    await new Promise((r) => setTimeout(r, settleMs));
  }, { selector, from, count, settleMs });
}

/**
 * The sliders the benchmark and the trace tool drive, by input key (so in
 * any language): the floor's is the miner's BTC price without the panel.
 */
export const SLIDERS = {
  floor: 'input[type=range][data-for="btc_usd"]',
  miner: sliderOf('miner', 'btc_usd'),
  growth: sliderOf('outlook', 'btc_growth_pct'),
  lease: sliderOf('pivot', 'lease_usd_kw_month'),
};

/**
 * The pages the trace and A/B tools drive, by short name: the query that
 * opens them (without `?`) and the slider moved.
 */
export const PANEL_PAGES = {
  miner: ['', SLIDERS.miner],
  outlook: ['', SLIDERS.growth],
  mc: ['volatility_pct=60', SLIDERS.growth],
  mceq: ['volatility_pct=60&hashrate_mode=1', SLIDERS.growth],
  pivot: ['', SLIDERS.lease],
};

/** The `p` quantile (0-1) of `xs`: the value at that rank, no interpolation. */
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

/** Whether an address turns the Monte Carlo fan on. */
export const hasFan = (address) => address.includes('volatility_pct=');
