// A/B of two builds or two stylesheets on one panel (a tool, not a test).
//   node bench/ab.mjs <miner|outlook|mc|mceq|pivot> [blocks] [inputs per block]
//   DIST_A=<dir> DIST_B=<dir> (default: dist/ for both), CSS_A='<rules>' CSS_B='<rules>',
//   INIT_A='<js>' INIT_B='<js>' (run before the page's own scripts, e.g.
//   `delete HTMLCanvasElement.prototype.transferControlToOffscreen`: no chart worker),
//   ADDRESS_A=<path?query> ADDRESS_B=... (another view of the same panel, e.g.
//   e/pivot/defaults/ for the embedded one; default: the page's query)
// Opens A and B side by side, gives each 20 warm-up inputs, then traces
// blocks of inputs taken in turns (A, B, B, A, ...) and prints the median,
// p95 and mean main-thread busy time per input of each, and B/A. The two
// pages differ by a few percent even when identical (which was opened
// first): run it again with A and B swapped, and keep a change only if it
// wins both ways.
import { serve, launch, DIST } from '../tests/e2e/lib.mjs';
import { busyPerInput, slide, pct, PANEL_PAGES } from './lib.mjs';

const [name = 'outlook', blocksArg = '8', sizeArg = '30'] = process.argv.slice(2);
const [query, selector] = PANEL_PAGES[name];
const BLOCKS = Number(blocksArg);
const SIZE = Number(sizeArg);
/** Inputs at the start of each block's trace, not counted (a trace's start-up). */
const SETTLE = 5;

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;

const servers = [await serve('/', process.env.DIST_A || DIST), await serve('/', process.env.DIST_B || DIST)];
const browser = await launch();
try {
  const pages = [];
  const views = ['A', 'B'].map((x) => [process.env[`CSS_${x}`], process.env[`INIT_${x}`], process.env[`ADDRESS_${x}`]]);
  for (const [i, [css, init, address = `?${query}`]] of views.entries()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: Boolean(css) });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    await page.goto(`${servers[i].url}${address}`);
    await page.waitForFunction(() => document.querySelector('[data-output]') && !document.querySelector('.prerendered'));
    if (css) {
      await page.addStyleTag({ content: css });
      await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    }
    await slide(page, selector, { count: 20 });
    pages.push({ page, given: 20, busy: [] });
  }
  for (let block = 0; block < BLOCKS; block++) {
    for (const p of block % 2 ? [pages[1], pages[0]] : pages) {
      await browser.startTracing(p.page, { categories: ['toplevel', 'devtools.timeline'] });
      // One input more than counted: the last one only closes the interval.
      await slide(p.page, selector, { from: p.given, count: SETTLE + SIZE + 1 });
      p.given += SETTLE + SIZE + 1;
      p.busy.push(...busyPerInput(JSON.parse(await browser.stopTracing()).traceEvents).slice(SETTLE, SETTLE + SIZE));
    }
  }
  const [a, b] = pages.map(({ busy }) => [pct(busy, 0.5), pct(busy, 0.95), mean(busy)]);
  const f = (x) => x.toFixed(2);
  const ratios = b.map((x, i) => (x / a[i]).toFixed(3));
  console.log(`[${name}] ms per input, median / p95 / mean over ${BLOCKS * SIZE} inputs each: `
    + `A ${a.map(f).join(' / ')}; B ${b.map(f).join(' / ')}; B/A ${ratios.join(' / ')}`);
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
