// Browser benchmark (not a test: it prints figures, it asserts nothing).
//   node bench/bench.mjs [steps] [--only=miner,pivot]   desktop, default 200 steps
//   node bench/bench.mjs --mobile [runs] [--paths=/a/,/b/?x=1]
//   node bench/bench.mjs --saved            saved scenarios with 10,000 entries
// HASHPIVOT_DIST=<dir> benchmarks that build instead of the repo's dist/.
//
// Desktop (default): time from navigation to the first result, the first
// chart and (Monte Carlo pages) the first fan; per slider input the main
// thread's busy time from a trace, the handler's time and the input-to-
// next-frame latency, then a drag (a step per frame, at the frame's start)
// and the frames it drops, also with the CPU 4x slower; each beside the same
// figures for the floor page (bench/floor/: the miner panel's job done
// by hand in plain JS, the least work a page can do), whose inputs are
// taken in turns with the page's, and as ours/floor;
// then the gzipped bytes of every file the page loads. --only= keeps the
// pages whose name starts with one of the given words. Each figure is read
// against its target in tests/e2e/budgets.mjs.
//
// Mobile: Lighthouse's mobile profile (412x823 at 1.75x, 4x CPU slowdown,
// 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, no cache); for `/`,
// `/?panel=miner`, any --paths (relative to the served root) and the floor,
// a fresh context per run: first result on screen (a card's number or a
// number in the story), first chart on screen and cumulative layout shift;
// then, in loads of their own, the first touch answered (from navigation
// until moving the first live slider first changes its section's result)
// on the full page, an embed view and a shared link with its own state.
// The floor there is the floor page in one file (bench/lib.mjs floorOneFile).
import { serve, launch, pageBytes, DIST } from '../tests/e2e/lib.mjs';
import {
  PAGE_BUDGET_GZIP_BYTES, PAGE_TARGET_GZIP_BYTES, SLIDER_TARGET_RATIO, DRAG_FRAME_TARGET_MS, FAN_TARGET_MS,
  FIRST_RESULT_TARGET_RATIO, FIRST_TOUCH_TARGET_RATIO, FIRST_MODULE_BUDGET_GZIP_BYTES,
} from '../tests/e2e/budgets.mjs';
import { serveCompressed, busyPerInput, hasFan, pct, SLIDERS, FLOOR_DIR, floorOneFile } from './lib.mjs';

const ARGS = process.argv.slice(2);
const MOBILE = ARGS.includes('--mobile');
const COUNT_ARG = ARGS.find((a) => !a.startsWith('--'));
/** The comma-separated words of option `--<name>=` (none without it). */
function listArg(name) {
  const prefix = `--${name}=`;
  return (ARGS.find((a) => a.startsWith(prefix)) || prefix).slice(prefix.length).split(',').filter(Boolean);
}
const ONLY = listArg('only');
const EXTRA_PATHS = listArg('paths');
const DIST_DIR = process.env.HASHPIVOT_DIST || DIST;

const STEPS = Number(COUNT_ARG || 200);
// A frame interval this long means a frame was dropped (at 60 Hz one frame
// is 16.7 ms, two 33.3).
const DROPPED_FRAME_MS = 25;
const WARM_UP = 20;
// The same slider figures again with the CPU slowed down (CDP
// Emulation.setCPUThrottlingRate), as on a phone: fewer inputs, each slower.
const SLOW_CPU = 4;
const SLOW_STEPS = Math.max(20, Math.round(STEPS / 4));
const DESKTOP_LOAD_RUNS = 5;
const DESKTOP_VIEWPORT = { width: 1280, height: 900 };
// An article's column: the embedded views are measured at this width (the
// floor too, before each of them).
const ARTICLE_VIEWPORT = { width: 720, height: 900 };
const PAGES = [
  // [name, address after the root, slider selector, viewport]
  ['miner', '', SLIDERS.miner],
  ['outlook', '', SLIDERS.growth],
  ['outlook, Monte Carlo 2,000 paths', '?volatility_pct=60', SLIDERS.growth],
  ['pivot (NPVs, both breakevens, tornado)', '', SLIDERS.lease],
  ['outlook, Monte Carlo + equilibrium', '?volatility_pct=60&hashrate_mode=1', SLIDERS.growth],
  ['outlook embedded, 720 px', 'e/outlook/defaults/', SLIDERS.growth, ARTICLE_VIEWPORT],
  ['pivot embedded, 720 px', 'e/pivot/defaults/', SLIDERS.lease, ARTICLE_VIEWPORT],
];

const MOBILE_RUNS = Number(COUNT_ARG || 5);
// The full page and the miner panel alone, prerendered and as a query (which
// the prerendered root shows as computing until the app has run).
// Last, the outlook with the Monte Carlo on (a query: the app draws it).
const MOBILE_PATHS = [
  '/', '/p/miner/defaults/', '/e/miner/defaults/', '/p/miner/defaults/?btc_usd=80000', '/?panel=miner',
  '/?panel=outlook&volatility_pct=60', ...EXTRA_PATHS,
];
// First touch answered: the full page, an embed view and a shared link with
// its own state (the panel's page asked for another state).
const TOUCH_PATHS = ['/', '/e/miner/defaults/', '/p/miner/defaults/?btc_usd=80000'];
// Lighthouse's mobile defaults (its "slow 4G" is these numbers, applied by CDP).
const MOBILE_CONTEXT = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const MOBILE_NETWORK = {
  offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8,
};
const MOBILE_CPU_SLOWDOWN = 4;
// Layout shifts are summed until this long after the page settles (see observeLoad).
const CLS_TAIL_MS = 3000;
const LOAD_TIMEOUT_MS = 60_000;

const median = (xs) => pct(xs, 0.5);
const f = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const ratio = (ours, floor) => (Number.isFinite(ours) && Number.isFinite(floor) && floor > 0
  ? `${(ours / floor).toFixed(1)}x` : 'n/a');
const present = (xs) => xs.filter(Number.isFinite);

/**
 * Runs in the page before its own scripts. Marks, in ms since navigation
 * start, the first frame in which (a) a result with a numeric data-value
 * is on screen (a card's [data-output], or a number of the story,
 * [data-lead], which fills the first screen of `/` on a phone) and (b) a
 * drawn chart (a canvas wider than 300 px with data-painted > 0, or an svg
 * inside a figure) is rendered, on screen or below the fold (on a phone
 * our first chart sits below the results and inputs; the floor's fits the
 * first screen), and records every layout shift; and (c) the first frame
 * with a Monte Carlo fan drawn (its legend entry rendered). Checks run in a
 * frame callback after DOM changes (not in the MutationObserver callback)
 * so the page pays at most one layout read a frame; a mark can be one
 * frame late, for any page.
 */
function markFirsts() {
  const marks = { resultMs: null, chartMs: null, fanMs: null, shifts: [] };
  window.__bench = marks;
  const rendered = (el) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const onScreen = (el) => {
    const r = el.getBoundingClientRect();
    return rendered(el) && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  const isNumber = (s) => s !== null && s.trim() !== '' && Number.isFinite(Number(s));
  const results = () => [...document.querySelectorAll('[data-output], [data-lead]')]
    .filter((el) => isNumber(el.getAttribute('data-value')));
  const painted = (c) => c.width > 300 && Number(c.getAttribute('data-painted')) > 0;
  const charts = () => [
    ...[...document.querySelectorAll('canvas')].filter(painted),
    ...document.querySelectorAll('figure svg'),
  ];
  // The Monte Carlo fan's legend entry, shown with the fan drawn.
  const fans = () => [...document.querySelectorAll('.swatch-band')];
  let scheduled = false;
  const check = () => {
    scheduled = false;
    const now = performance.now();
    // A candidate that exists but is not on screen yet (layout pending) is
    // looked at again next frame even without a further DOM change.
    let waiting = false;
    const kinds = [['resultMs', results, onScreen], ['chartMs', charts, rendered], ['fanMs', fans, rendered]];
    for (const [key, candidates, seen] of kinds) {
      if (marks[key] !== null) continue;
      const found = candidates();
      if (found.some(seen)) marks[key] = now;
      else waiting ||= found.length > 0;
    }
    if (marks.resultMs !== null && marks.chartMs !== null && marks.fanMs !== null) observer.disconnect();
    else if (waiting) schedule();
  };
  const schedule = () => { if (!scheduled) { scheduled = true; requestAnimationFrame(check); } };
  const observer = new MutationObserver(schedule);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      marks.shifts.push({ startMs: e.startTime, value: e.value, afterInput: e.hadRecentInput });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/**
 * Runs in the page before its own scripts: a reader who tries the first
 * slider shown and not disabled in every frame from the first on, until a
 * move changes the first result of the slider's section (its text); marks
 * then, in ms since navigation start (`window.__touch.ms`). Each try moves
 * the slider to another value (a quarter, then three quarters, of its
 * range), so a try made before anything listens is not mistaken for an
 * answer later.
 */
function probeTouch() {
  const touch = { ms: null, tries: 0 };
  window.__touch = touch;
  const attempt = () => {
    const slider = [...document.querySelectorAll('input[type=range]:not(:disabled)')]
      .find((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
    const out = slider && slider.closest('section') && slider.closest('section').querySelector('[data-output]');
    if (!out) { requestAnimationFrame(attempt); return; }
    const before = out.textContent;
    const min = Number(slider.min), max = Number(slider.max), step = Number(slider.step) || 1;
    const at = touch.tries++ % 2 ? 0.25 : 0.75;
    slider.value = String(Math.round((min + (max - min) * at) / step) * step);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(() => {
      if (out.isConnected && out.textContent !== before) touch.ms = performance.now();
      else attempt();
    });
  };
  requestAnimationFrame(attempt);
}

/** One load of `url` under the mobile profile: when the first touch is answered (see `probeTouch`). */
async function mobileTouch(browser, url) {
  const { context, page } = await mobilePage(browser, probeTouch);
  try {
    const asked = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await waitInPage(page, () => window.__touch.ms !== null);
    const touch = await page.evaluate(() => window.__touch);
    return { ...touch, ms: touch.ms + await sinceAsked(page, asked) };
  } finally {
    await context.close();
  }
}

/** Polls the page's marks every 100 ms (not every frame: polling is page work too). */
function waitInPage(page, fn, arg) {
  return page.waitForFunction(fn, arg, { polling: 100, timeout: LOAD_TIMEOUT_MS });
}

/**
 * Waits for the first result, then for the first chart until CLS_TAIL_MS
 * after it (a page whose chart is off screen never shows one), then, with
 * `tail`, until CLS_TAIL_MS after the last mark (and at least CLS_TAIL_MS
 * after navigation) so late shifts are counted. Returns the marks, in ms
 * since navigation start, NaN for one that never came.
 */
async function observeLoad(page, { tail, fan = false }) {
  try {
    await waitInPage(page, () => window.__bench.resultMs !== null);
    // Mark `key`, or CLS_TAIL_MS after the first result without it.
    const markOrTail = (key) => waitInPage(page, ([key, ms]) => {
      const marks = window.__bench;
      return marks[key] !== null || performance.now() > marks.resultMs + ms;
    }, [key, CLS_TAIL_MS]);
    await markOrTail('chartMs');
    if (fan) await markOrTail('fanMs');
    if (tail) {
      await waitInPage(page, (ms) => {
        const marks = window.__bench;
        return performance.now() > Math.max(marks.resultMs, marks.chartMs ?? 0) + ms;
      }, CLS_TAIL_MS);
    }
  } catch (e) {
    if (e.name !== 'TimeoutError') throw e;
  }
  const { resultMs, chartMs, fanMs, shifts } = await page.evaluate(() => window.__bench);
  const sum = (xs) => xs.reduce((s, x) => s + x.value, 0);
  const counted = shifts.filter((x) => !x.afterInput);
  return {
    resultMs: resultMs ?? NaN,
    chartMs: chartMs ?? NaN,
    // The fan after the panel's first result (its first live paint).
    fanAfterResultMs: fan && fanMs !== null && resultMs !== null ? fanMs - resultMs : NaN,
    cls3s: sum(counted.filter((x) => x.startMs <= CLS_TAIL_MS)),
    clsAll: sum(counted),
    // CLS leaves out shifts within 500 ms of input. The benchmark gives no
    // input, yet Chromium flags shifts in the first ~500 ms of an isMobile
    // context so: counted here so they cannot hide unseen.
    flaggedShifts: shifts.length - counted.length,
    flaggedSum: sum(shifts.filter((x) => x.afterInput)),
  };
}

/** One load of `url` in a fresh desktop context. */
async function desktopLoad(browser, url, fan, viewport = DESKTOP_VIEWPORT) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(markFirsts);
    await page.goto(url, { waitUntil: 'commit' });
    return await observeLoad(page, { tail: false, fan });
  } finally {
    await context.close();
  }
}

/**
 * How long after `asked` (Date.now() as the benchmark asked for the page)
 * the page's own clock starts (performance.timeOrigin): the same few ms
 * for every page, more for one that sent the reader on to another.
 */
function sinceAsked(page, asked) {
  return page.evaluate((asked) => performance.timeOrigin - asked, asked);
}

/** A fresh context and page under Lighthouse's mobile profile, `init` run before the page's scripts. */
async function mobilePage(browser, init) {
  const context = await browser.newContext(MOBILE_CONTEXT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_CPU_SLOWDOWN });
  await page.addInitScript(init);
  return { context, page };
}

/** One load of `url` in a fresh context under Lighthouse's mobile profile. */
async function mobileLoad(browser, url) {
  const { context, page } = await mobilePage(browser, markFirsts);
  try {
    const asked = Date.now();
    const response = await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    // A path not in this build (say a prerendered view still to come): no
    // marks, rather than a minute spent waiting for them.
    if (!response.ok()) return { httpStatus: response.status() };
    const marks = await observeLoad(page, { tail: true, fan: hasFan(url) });
    // From the first navigation: a page that sends the reader on
    // (`?panel=` on the full page) counts the way there.
    const shift = await sinceAsked(page, asked);
    return { ...marks, resultMs: marks.resultMs + shift, chartMs: marks.chartMs + shift };
  } finally {
    await context.close();
  }
}

/**
 * Opens `url` and readies it for slider inputs on `selector`, with the CPU
 * slowed `cpu` times. Returns the page and `drive(from, count)`, which
 * gives inputs `from`..`from + count - 1` (the slider's values follow the
 * index), each followed by the next frame and a MessageChannel tick, and
 * returns per input `handler`, dispatch to the tick (the handler and what
 * it queued ahead), and `frame`, dispatch to the tick after the next frame.
 */
async function sliderPage(browser, url, selector, cpu, viewport) {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  // Our page: once the app has taken the prerendered copy's place (the
  // floor has no such mark: its first result is its ready state).
  await page.waitForSelector('[data-output]');
  await page.waitForFunction(() => !document.querySelector('.prerendered'));
  if (cpu > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const drive = (from, count) => page.evaluate(async ({ selector, from, count }) => {
    const slider = document.querySelector(selector);
    if (from === 0) {
      // Measure with the panel's first chart on screen, as a reader would.
      slider.closest('section').querySelector('canvas').scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    const min = Number(slider.min), max = Number(slider.max), step = Number(slider.step);
    const tick = () => new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); });
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => tick().then(r)));
    const handler = [], frame = [];
    for (let i = from; i < from + count; i++) {
      const v = min + ((i * 37) % 100) / 100 * (max - min);
      slider.value = String(Math.round(v / step) * step);
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await tick();
      handler.push(performance.now() - t0);
      await nextFrame();
      frame.push(performance.now() - t0);
    }
    return { handler, frame };
  }, { selector, from, count });
  // A drag as Chromium delivers one: a move per frame, handled at the
  // frame's start (continuous input is aligned to animation frames), the
  // slider swept across and back in `sweep` steps. Returns the interval
  // between frame starts, from rAF's frame timestamps (vsync-aligned): one
  // frame interval while each step fits inside its frame, two or more for a
  // frame dropped.
  const drag = (count, sweep = 60) => page.evaluate(({ selector, count, sweep }) => new Promise((done) => {
    const slider = document.querySelector(selector);
    const min = Number(slider.min), max = Number(slider.max), step = Number(slider.step);
    const stamps = [];
    let i = 0;
    const onFrame = (stamp) => {
      stamps.push(stamp);
      if (i === count) { done(stamps.slice(1).map((t, k) => t - stamps[k])); return; }
      const phase = (i % (2 * sweep)) / sweep;
      const v = min + (phase <= 1 ? phase : 2 - phase) * (max - min);
      slider.value = String(Math.round(v / step) * step);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      i++;
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
  }), { selector, count, sweep });
  return { page, drive, drag };
}

/** How many blocks each page's steady inputs are measured in (see `sliderInputs`). */
const BLOCKS = 4;
/** Inputs given at the start of each block's trace and not counted. */
const TRACE_SETTLE = 10;

/**
 * Our page and the floor, side by side: each opened, given `warmUp`
 * inputs, then `steps` measured inputs in BLOCKS blocks taken in turns
 * (floor, ours, ours, floor, ...), so both meet the same minutes of a
 * machine that drifts. Returns `[floor, ours]`, each with, per steady
 * input: `busy`, the renderer main thread's busy time from a Chromium
 * trace (every top-level task from the task that dispatched the input to
 * the one that dispatched the next: the handler, the render, the frame's
 * style, layout, paint and canvas work, timers), `handler` and `frame`
 * (see `sliderPage`).
 */
async function sliderInputs(browser, floorUrl, url, selector, warmUp, steps, cpu = 1, viewport = DESKTOP_VIEWPORT) {
  const pages = [
    await sliderPage(browser, floorUrl, SLIDERS.floor, cpu, viewport),
    await sliderPage(browser, url, selector, cpu, viewport),
  ];
  try {
    const figures = pages.map(() => ({ busy: [], handler: [], frame: [], dragFrame: [] }));
    for (const p of pages) await p.drive(0, warmUp);
    const size = Math.ceil(steps / BLOCKS);
    for (let block = 0; block < BLOCKS; block++) {
      const order = block % 2 ? [1, 0] : [0, 1];
      for (const which of order) {
        const { page, drive } = pages[which];
        const count = Math.min(size, steps - block * size);
        await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
        // The first inputs of a trace are slower (its start-up), on any
        // page: TRACE_SETTLE are given first and not counted. One more
        // input than measured: the last one only closes the interval.
        const from = warmUp + block * (TRACE_SETTLE + size + 1);
        const { handler, frame } = await drive(from, TRACE_SETTLE + count + 1);
        const busy = busyPerInput(JSON.parse(await browser.stopTracing()).traceEvents).slice(TRACE_SETTLE, TRACE_SETTLE + count);
        figures[which].busy.push(...busy);
        figures[which].handler.push(...handler.slice(TRACE_SETTLE, TRACE_SETTLE + count));
        figures[which].frame.push(...frame.slice(TRACE_SETTLE, TRACE_SETTLE + count));
      }
    }
    // Then a drag of `steps` frames on each, untraced, after a short one not counted.
    for (const [which, { drag }] of pages.entries()) {
      await drag(TRACE_SETTLE);
      figures[which].dragFrame = await drag(steps);
    }
    return figures;
  } finally {
    for (const { page } of pages) await page.close();
  }
}

/** Medians and p95s of `sliderInputs` figures. */
const sliderFigures = (x) => ({
  busyMs: median(x.busy), busyP95Ms: pct(x.busy, 0.95),
  handlerMs: median(x.handler), handlerP95Ms: pct(x.handler, 0.95),
  frameMs: median(x.frame), frameP95Ms: pct(x.frame, 0.95),
  dragFrameMs: median(x.dragFrame), dragFrameP95Ms: pct(x.dragFrame, 0.95),
  dragDropped: x.dragFrame.filter((ms) => ms > DROPPED_FRAME_MS).length, dragFrames: x.dragFrame.length,
});

/** Load marks of one page (medians), over DESKTOP_LOAD_RUNS fresh loads. */
async function loadFigures(browser, url, viewport = DESKTOP_VIEWPORT) {
  const fan = hasFan(url);
  const loads = [];
  for (let i = 0; i < DESKTOP_LOAD_RUNS; i++) loads.push(await desktopLoad(browser, url, fan, viewport));
  const first = present(loads.map((l) => l.resultMs));
  const chart = present(loads.map((l) => l.chartMs));
  return {
    firstMs: median(first), firstMaxMs: Math.max(...first), chartMs: median(chart),
    fanAfterResultMs: fan ? median(present(loads.map((l) => l.fanAfterResultMs))) : NaN,
  };
}

/** Load and slider figures of one page and of the floor, measured side by side. */
async function desktopFigures(browser, floorUrl, url, selector, viewport = DESKTOP_VIEWPORT) {
  const loads = [await loadFigures(browser, floorUrl, viewport), await loadFigures(browser, url, viewport)];
  const normal = await sliderInputs(browser, floorUrl, url, selector, WARM_UP, STEPS, 1, viewport);
  const slow = await sliderInputs(browser, floorUrl, url, selector, WARM_UP, SLOW_STEPS, SLOW_CPU, viewport);
  return [0, 1].map((i) => ({ ...loads[i], ...sliderFigures(normal[i]), slow: sliderFigures(slow[i]) }));
}

/** Median / p95 of figure `key` of `x` (`busy`: busyMs / busyP95Ms), ms. */
const medianP95 = (x, key) => `${f(x[`${key}Ms`])} / ${f(x[`${key}P95Ms`])}`;

/** Ours/floor of figure `key`, median and p95. */
const ratios = (o, fl, key) => `${ratio(o[`${key}Ms`], fl[`${key}Ms`])}, ${ratio(o[`${key}P95Ms`], fl[`${key}P95Ms`])}`;

function printDesktop(name, d) {
  const fan = Number.isFinite(d.fanAfterResultMs)
    ? `; first Monte Carlo fan: median ${f(d.fanAfterResultMs)} ms after the first result` : '';
  console.log(`[${name}] first result after navigation: median ${f(d.firstMs)} ms (max ${f(d.firstMaxMs)}); `
    + `first chart: median ${f(d.chartMs)} ms${fan}`);
  for (const [label, x, steps] of [['', d, STEPS], [`, CPU ${SLOW_CPU}x slower`, d.slow, SLOW_STEPS]]) {
    console.log(`[${name}${label}] per slider input over ${steps} inputs (median / p95, ms): `
      + `main-thread busy ${medianP95(x, 'busy')}; handler to tick ${medianP95(x, 'handler')}; `
      + `input just after a frame to the tick after the next frame ${medianP95(x, 'frame')}`);
    console.log(`[${name}${label}] a drag of ${x.dragFrames} frames, a step per frame at the frame's start: `
      + `input to the next frame's start ${medianP95(x, 'dragFrame')} ms; frames dropped ${x.dragDropped} of ${x.dragFrames}`);
  }
}

function printVsFloor(name, ours, floor) {
  for (const [label, o, fl] of [['', ours, floor], [`, CPU ${SLOW_CPU}x slower`, ours.slow, floor.slow]]) {
    console.log(`[${name}${label}] ours/floor (median, p95): main-thread busy ${ratios(o, fl, 'busy')}; `
      + `handler ${ratios(o, fl, 'handler')}; input to the tick after the next frame ${ratios(o, fl, 'frame')}; `
      + `frames dropped in a drag ${o.dragDropped} vs ${fl.dragDropped}`);
  }
  console.log(`[${name}] ours/floor: first result ${ratio(ours.firstMs, floor.firstMs)}, `
    + `first chart ${ratio(ours.chartMs, floor.chartMs)}`);
}

async function runDesktop(browser, ours, floor) {
  console.log(`desktop ${DESKTOP_VIEWPORT.width}x${DESKTOP_VIEWPORT.height} (embedded views ${ARTICLE_VIEWPORT.width} px wide), `
    + `${DESKTOP_LOAD_RUNS} loads and ${WARM_UP} + ${STEPS} slider inputs per page `
    + `(then ${WARM_UP} + ${SLOW_STEPS} with the CPU ${SLOW_CPU}x slower); build: ${DIST_DIR}`);
  // performance.now() is coarsened to 0.1 ms here (no cross-origin
  // isolation): the floor's handler figures sit near that grain. The floor
  // is measured again beside each page, its inputs taken in turns with the
  // page's, so a page is compared with the floor of the same minutes (these
  // machines drift by tens of percent).
  const measured = [];
  const chosen = PAGES.filter(([n]) => !ONLY.length || ONLY.some((o) => n.startsWith(o)));
  for (const [name, address, selector, viewport] of chosen) {
    const [floorFigures, figures] = await desktopFigures(browser, floor.url, `${ours.url}${address}`, selector, viewport);
    printDesktop(`floor, beside ${name}`, floorFigures);
    printDesktop(name, figures);
    printVsFloor(name, figures, floorFigures);
    measured.push([name, figures, floorFigures]);
  }
  const sizes = await pageBytes(browser, ours.url);
  for (const file of sizes.files) console.log(`  ${file.name}: ${file.raw} B raw, ${file.gzip} B gzip`);
  const html = sizes.files.filter((f) => f.name === 'index.html').reduce((sum, f) => sum + f.gzip, 0);
  const first = sizes.files.filter((f) => f.name.startsWith('first-')).reduce((sum, f) => sum + f.gzip, 0);
  const app = sizes.gzip - html - first;
  console.log(`page total (everything the page loads): ${sizes.raw} B raw, ${sizes.gzip} B gzip; `
    + `the first module ${first} B (budget ${FIRST_MODULE_BUDGET_GZIP_BYTES} B), `
    + `the app (without the HTML and the first module) ${app} B (target ${PAGE_TARGET_GZIP_BYTES} B, `
    + `the tests' guard ${PAGE_BUDGET_GZIP_BYTES} B)`);
  const floorSizes = await pageBytes(browser, floor.url);
  console.log(`floor page total: ${floorSizes.raw} B raw, ${floorSizes.gzip} B gzip`);
  printBudgets(measured, app);
}

/** Each desktop figure against its target (tests/e2e/budgets.mjs), a line a page. */
function printBudgets(measured, totalGzip) {
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  const within = (ours, floor) => ours <= SLIDER_TARGET_RATIO * floor;
  console.log(`budgets: main-thread time per input at most ${SLIDER_TARGET_RATIO}x the floor's (median and p95), `
    + `input to next frame p95 at most ${DRAG_FRAME_TARGET_MS} ms in a drag `
    + '(a step per frame, at its start, as Chromium delivers a drag\'s moves), '
    + `first Monte Carlo fan within ${FAN_TARGET_MS} ms of the first result, the app ${PAGE_TARGET_GZIP_BYTES} B gzip`);
  for (const [name, o, fl] of measured) {
    const fan = Number.isFinite(o.fanAfterResultMs)
      ? `; first fan ${f(o.fanAfterResultMs)} ms ${verdict(o.fanAfterResultMs <= FAN_TARGET_MS)}` : '';
    const busy = (key) => `${ratio(o[key], fl[key])} ${verdict(within(o[key], fl[key]))}`;
    console.log(`  [${name}] median ${busy('busyMs')}, p95 ${busy('busyP95Ms')}; `
      + `input to next frame p95 in a drag ${f(o.dragFrameP95Ms)} ms ${verdict(o.dragFrameP95Ms <= DRAG_FRAME_TARGET_MS)} `
      + `(${o.dragDropped} of ${o.dragFrames} frames dropped; CPU ${SLOW_CPU}x slower: ${f(o.slow.dragFrameP95Ms)} ms, `
      + `${o.slow.dragDropped} of ${o.slow.dragFrames} dropped, floor ${fl.slow.dragDropped})${fan}`);
  }
  console.log(`  [bytes] the app ${totalGzip} B gzip ${verdict(totalGzip <= PAGE_TARGET_GZIP_BYTES)}`);
}

/** Median and max of the runs that produced `key`, and how many did not. */
function summary(runs, key) {
  const xs = present(runs.map((r) => r[key]));
  return { median: xs.length ? median(xs) : NaN, max: xs.length ? Math.max(...xs) : NaN, missing: runs.length - xs.length };
}

/** "median X (max Y)", saying in how many runs the mark never came. */
function medianMax(runs, key, fmt) {
  const s = summary(runs, key);
  if (s.missing === runs.length) return `none on screen (${runs.length} of ${runs.length} runs)`;
  const missing = s.missing ? `; none on screen in ${s.missing} of ${runs.length} runs` : '';
  return `median ${fmt(s.median)} (max ${fmt(s.max)}${missing})`;
}

function printMobile(name, allRuns) {
  const failed = allRuns.filter((r) => r.httpStatus);
  if (failed.length) {
    console.log(`[mobile ${name}] not served (HTTP ${failed[0].httpStatus}) in ${failed.length} of ${allRuns.length} runs`);
  }
  const runs = allRuns.filter((r) => !r.httpStatus);
  if (!runs.length) return;
  const ms = (x) => `${f(x)} ms`;
  const cls = (x) => x.toFixed(4);
  console.log(`[mobile ${name}] first result: ${medianMax(runs, 'resultMs', ms)}; `
    + `first chart: ${medianMax(runs, 'chartMs', ms)}`);
  if (hasFan(name)) {
    console.log(`[mobile ${name}] first Monte Carlo fan after the first result: ${medianMax(runs, 'fanAfterResultMs', ms)}`);
  }
  const flagged = runs.reduce((n, r) => n + r.flaggedShifts, 0);
  const flaggedSum = runs.reduce((n, r) => n + r.flaggedSum, 0);
  const flaggedNote = flagged ? `; left out as after input: ${flagged} shifts, ${cls(flaggedSum)} in all runs` : '';
  console.log(`[mobile ${name}] CLS to 3 s after navigation: ${medianMax(runs, 'cls3s', cls)}; `
    + `to 3 s after first result/chart: ${medianMax(runs, 'clsAll', cls)}${flaggedNote}`);
}

async function runMobile(browser, ours, floor) {
  const { viewport, deviceScaleFactor } = MOBILE_CONTEXT;
  console.log(`mobile (Lighthouse profile): ${viewport.width}x${viewport.height} at ${deviceScaleFactor}x, `
    + `${MOBILE_CPU_SLOWDOWN}x CPU slowdown, ${MOBILE_NETWORK.latency} ms latency, 1.6 Mbit/s down, 750 kbit/s up, `
    + `cache disabled; ${MOBILE_RUNS} runs each, fresh context per run; build: ${DIST_DIR}`);
  console.log('  (every file is served gzip-compressed, level 9, as a static host would: bench/lib.mjs serveCompressed)');
  const targets = [...MOBILE_PATHS.map((p) => [p, ours.url + p.replace(/^\//, '')]), ['floor', floor.url]];
  const runs = Object.fromEntries(targets.map(([name]) => [name, []]));
  // Runs interleave the pages so a slow spell of the machine hits all alike.
  for (let i = 0; i < MOBILE_RUNS; i++) {
    for (const [name, url] of targets) runs[name].push(await mobileLoad(browser, url));
  }
  for (const [name] of targets) printMobile(name, runs[name]);
  const floorResult = summary(runs.floor, 'resultMs').median;
  const floorChart = summary(runs.floor, 'chartMs').median;
  for (const path of MOBILE_PATHS) {
    const [result, chart] = ['resultMs', 'chartMs'].map((key) => summary(runs[path], key).median);
    const met = result <= FIRST_RESULT_TARGET_RATIO * floorResult ? 'met' : 'MISSED';
    console.log(`[mobile ${path}] ours/floor (medians): first result ${ratio(result, floorResult)} `
      + `(target ${FIRST_RESULT_TARGET_RATIO}x: ${met}), first chart ${ratio(chart, floorChart)}`);
  }
  // First touch answered, in loads of their own (the probe moves sliders).
  const touchTargets = [...TOUCH_PATHS.map((p) => [p, ours.url + p.replace(/^\//, '')]), ['floor', floor.url]];
  const touches = Object.fromEntries(touchTargets.map(([name]) => [name, []]));
  for (let i = 0; i < MOBILE_RUNS; i++) {
    for (const [name, url] of touchTargets) touches[name].push((await mobileTouch(browser, url)).ms);
  }
  const floorTouch = median(touches.floor);
  console.log(`[mobile floor] first touch answered: median ${f(floorTouch)} ms (max ${f(Math.max(...touches.floor))})`);
  for (const path of TOUCH_PATHS) {
    const ms = median(touches[path]);
    const met = ms <= FIRST_TOUCH_TARGET_RATIO * floorTouch ? 'met' : 'MISSED';
    console.log(`[mobile ${path}] first touch answered: median ${f(ms)} ms (max ${f(Math.max(...touches[path]))}); `
      + `ours/floor ${ratio(ms, floorTouch)} (target ${FIRST_TOUCH_TARGET_RATIO}x: ${met})`);
  }
}

/**
 * Saved scenarios with 10,000 entries stored: the time from pressing Save
 * to the list shown again (the store read, parsed, written, re-read and the
 * first page of entries rendered), five times.
 */
async function savedList(browser, ours) {
  const page = await browser.newPage({ viewport: DESKTOP_VIEWPORT });
  await page.goto(ours.url);
  await page.waitForSelector('main[data-ready]', { state: 'attached' });
  await page.evaluate(() => {
    const lines = ['hashpivot-scenarios 2'];
    for (let i = 0; i < 10000; i++) lines.push(`entry ${i}\t2026-11-24\tv=1&btc_usd=${70000 + i}`);
    localStorage.setItem('hashpivot.scenarios', lines.join('\n'));
  });
  await page.reload();
  await page.waitForSelector('[data-saved-count="10000"]');
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.fill('#saved-name', `new ${i}`);
    times.push(await page.evaluate((n) => new Promise((done) => {
      const t0 = performance.now();
      new MutationObserver((_, observer) => {
        if (document.querySelector(`[data-saved-count="${n}"]`)) { observer.disconnect(); done(performance.now() - t0); }
      }).observe(document.body, { subtree: true, attributes: true, childList: true });
      document.querySelector('.saved-form button[type=submit]').click();
    }), 10001 + i));
  }
  await page.close();
  console.log('[saved] Save with 10,000 entries stored, to the list shown again: '
    + `median ${f(pct(times, 0.5))} ms, max ${f(Math.max(...times))} ms`);
}

/**
 * The pivot's odds (1,000 price paths, in short tasks once the reader
 * pauses): the time from a key press on the lease slider until the odds
 * card shows the new inputs' value, five times, with the longest task
 * meanwhile (what a reader's next input could wait for). The 120 ms pause
 * before the run (ui::timing::ODDS_QUIET_MS) is included.
 */
async function oddsAfterInput(browser, ours) {
  const page = await browser.newPage({ viewport: DESKTOP_VIEWPORT });
  await page.goto(`${ours.url}?panel=pivot`);
  const odds = '[data-output="odds_ai_wins_pct"]';
  await page.waitForSelector(`main[data-ready] ${odds}[data-value]:not([data-value=""])`);
  const slider = '#panel-pivot .input-row:has(input[name="lease_usd_kw_month"]) input[type=range]';
  const times = [];
  const longest = [];
  for (let i = 0; i < 5; i++) {
    await page.focus(slider);
    const [ms, task] = await page.evaluate(([odds]) => new Promise((done) => {
      const card = document.querySelector(odds);
      let worst = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) worst = Math.max(worst, e.duration); }).observe({ type: 'longtask' });
      const t0 = performance.now();
      new MutationObserver((_, observer) => {
        const now = document.querySelector(odds);
        if (now.getAttribute('data-reason') === null && now.getAttribute('data-value')) { observer.disconnect(); done([performance.now() - t0, worst]); }
      }).observe(card.closest('[data-after-pause]'), { subtree: true, attributes: true, childList: true, characterData: true });
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      const s = document.activeElement;
      s.value = String(Number(s.value) + Number(s.step));
      s.dispatchEvent(new Event('input', { bubbles: true }));
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }), [odds]);
    times.push(ms);
    longest.push(task);
  }
  await page.close();
  console.log(`[pivot odds] a lease step to its odds shown (120 ms pause included): median ${f(pct(times, 0.5))} ms, `
    + `max ${f(Math.max(...times))} ms; longest task meanwhile ${f(Math.max(...longest))} ms (0: none over 50 ms)`);
}

// Mobile: served gzipped, as any static host does; desktop: as the tests serve.
const ours = MOBILE ? await serveCompressed(DIST_DIR) : await serve('/', DIST_DIR);
// The mobile loads measure against the floor in one file (every byte in the
// first round trip); the desktop inputs against the floor as it is.
const floor = MOBILE ? await serveCompressed(await floorOneFile()) : await serve('/', FLOOR_DIR);
if (MOBILE) floor.url += 'one.html';
const browser = await launch();
try {
  if (MOBILE) await runMobile(browser, ours, floor);
  else if (ARGS.includes('--saved')) await savedList(browser, ours);
  else if (ARGS.includes('--odds')) await oddsAfterInput(browser, ours);
  else {
    await runDesktop(browser, ours, floor);
    await savedList(browser, ours);
    await oddsAfterInput(browser, ours);
  }
} finally {
  await browser.close();
  ours.close();
  floor.close();
}
