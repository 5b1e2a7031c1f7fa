// Browser benchmark (not a test: it prints figures, it asserts nothing).
//   node tests/e2e/bench.mjs [steps]
// Prints: time from navigation to the first result and to the first chart,
// main-thread time per slider input (dispatch -> model, render and chart
// drawn), input-to-next-frame latency, and the gzipped bytes of every file
// the page loads.
import { serve, launch, pageBytes, PAGE_BUDGET_GZIP_BYTES } from './lib.mjs';

const STEPS = Number(process.argv[2] || 200);
const WARM_UP = 20;
const PAGES = [
  // [name, query, slider selector]
  ['miner', '', '#panel-miner input[type=range][aria-label="Bitcoin price (slider)"]'],
  ['outlook', '', '#panel-outlook input[type=range][aria-label="Bitcoin price growth (slider)"]'],
  ['outlook, Monte Carlo 2,000 paths', 'volatility_pct=60', '#panel-outlook input[type=range][aria-label="Bitcoin price growth (slider)"]'],
  ['pivot (NPVs, both breakevens, tornado)', '', 'input[type=range][aria-label="Lease rate (slider)"]'],
  ['outlook, Monte Carlo + equilibrium', 'volatility_pct=60&hashrate_mode=1', '#panel-outlook input[type=range][aria-label="Bitcoin price growth (slider)"]'],
];

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const f = (x) => x.toFixed(2);

const server = await serve('/');
const browser = await launch();
try {
  for (const [name, query, selector] of PAGES) {
    const loads = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        const mark = () => {
          if (!window.__firstResult && document.querySelector('[data-output]')) window.__firstResult = performance.now();
          const c = document.querySelector('canvas');
          if (!window.__firstChart && c && c.width > 300) window.__firstChart = performance.now();
        };
        new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true });
      });
      await page.goto(`${server.url}?${query}`);
      await page.waitForFunction(() => window.__firstResult && window.__firstChart);
      loads.push(await page.evaluate(() => [window.__firstResult, window.__firstChart]));
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}?${query}`);
    await page.waitForSelector('[data-output]');
    const { work, frame } = await page.evaluate(async ({ selector, steps }) => {
      const slider = document.querySelector(selector);
      // Measure with the panel's first chart on screen, as a reader would.
      slider.closest('section').querySelector('canvas').scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const min = Number(slider.min), max = Number(slider.max), step = Number(slider.step);
      const tick = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); });
      const nextFrame = () => new Promise((r) => requestAnimationFrame(() => tick().then(r)));
      const work = [], frame = [];
      for (let i = 0; i < steps; i++) {
        const v = min + ((i * 37) % 100) / 100 * (max - min);
        slider.value = String(Math.round(v / step) * step);
        const t0 = performance.now();
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await tick();
        work.push(performance.now() - t0);
        await nextFrame();
        frame.push(performance.now() - t0);
      }
      return { work, frame };
    }, { selector, steps: WARM_UP + STEPS });
    await page.close();
    const first = loads.map((l) => l[0]);
    const chart = loads.map((l) => l[1]);
    console.log(`[${name}] first result after navigation: median ${f(pct(first, 0.5))} ms (max ${f(Math.max(...first))}); first chart: median ${f(pct(chart, 0.5))} ms`);
    // The first inputs also pay for the engine warming up (wasm tier-up, first
    // allocations): reported on their own, not mixed into the steady state.
    const cold = work.slice(0, WARM_UP);
    const [steady, steadyFrame] = [work.slice(WARM_UP), frame.slice(WARM_UP)];
    console.log(`[${name}] first slider inputs (cold): first ${f(cold[0])} ms, max of the first ${WARM_UP} ${f(Math.max(...cold))} ms`);
    console.log(`[${name}] main-thread time per slider input (model + render + chart): median ${f(pct(steady, 0.5))} ms, p95 ${f(pct(steady, 0.95))} ms over the next ${STEPS} inputs`);
    console.log(`[${name}] input to next frame: median ${f(pct(steadyFrame, 0.5))} ms, p95 ${f(pct(steadyFrame, 0.95))} ms`);
  }
} catch (e) {
  await browser.close();
  server.close();
  throw e;
}

const sizes = await pageBytes(browser, server.url);
for (const file of sizes.files) console.log(`  ${file.name}: ${file.raw} B raw, ${file.gzip} B gzip`);
console.log(`page total (everything the page loads): ${sizes.raw} B raw, ${sizes.gzip} B gzip (${(sizes.gzip / 1024).toFixed(1)} KiB; budget ${PAGE_BUDGET_GZIP_BYTES} B)`);
await browser.close();
server.close();
