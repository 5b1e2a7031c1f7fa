// Where a slider input's main-thread time goes (a tool, not a test).
//   node bench/trace.mjs [page] [inputs]     page: floor|miner|outlook|mc|pivot|mceq
//   PROFILE=1 (also sample JS/wasm stacks; INCLUSIVE=<regex> for inclusive
//   times), CSS='<rules>' (try a stylesheet), DUMP=<event name> (that
//   event's arguments), TASKS=1 (the median input's tasks; TASKS=max the
//   slowest's), THREADS=1 (every thread's busy time), HASHPIVOT_DIST=<dir>,
//   WIDTH=<viewport px>; page `query` with QUERY=<query> (or ADDRESS=<path and
//   query>, e.g. e/pivot/defaults/) SLIDER=<miner|growth|lease>;
//   INVALIDATIONS=1 (why layout was invalidated: reason and node, counted);
//   TREE=1 (the three slowest inputs' long tasks, as nested events);
//   CPU=1 (per input the main thread's CPU time beside its wall time: a
//   gap means the thread was waiting for a core, not working);
//   SLOWEST=1 (the twelve slowest inputs, by index).
// Loads the page, gives 20 warm-up inputs, then records a Chromium trace of
// `inputs` slider inputs, each followed by two frames, and prints per input
// the renderer main thread's busy time (every top-level task, the frame's
// style, layout, paint and canvas work included) and its self time by
// trace event name. The same task accounting for every page, so ours and
// the floor's figures compare.
import { serve, launch, DIST } from '../tests/e2e/lib.mjs';
import { busyPerInput, slide, pct, SLIDERS, PANEL_PAGES, FLOOR_DIR } from './lib.mjs';

const PAGES = {
  floor: [null, '', SLIDERS.floor],
  ...Object.fromEntries(Object.entries(PANEL_PAGES).map(([name, [query, selector]]) => [name, [DIST, query, selector]])),
};
// Any other page: QUERY=<query> on our page, or ADDRESS=<path?query> under
// its root (an embedded or prerendered view), SLIDER=<miner|growth|lease>.
if (process.env.QUERY !== undefined || process.env.ADDRESS !== undefined) {
  PAGES.query = [DIST, process.env.QUERY ?? '', SLIDERS[process.env.SLIDER || 'lease']];
}

/** A sampled stack frame's name: its function's, or where an anonymous one is. */
const frameName = (f) => f.functionName || `(anonymous ${f.url.split('/').pop()}:${f.lineNumber})`;

/**
 * Samples the JS and wasm stacks (50 us interval) while `run()` drives the
 * page, and prints self time per input by function. Wasm names need a build
 * that keeps them (wasm-bindgen --keep-debug, wasm-opt -g).
 */
async function profile(page, run) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await run();
  const { profile: p } = await cdp.send('Profiler.stop');
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const key = frameName(byId.get(p.samples[i]).callFrame);
    self.set(key, (self.get(key) || 0) + (p.timeDeltas[i] || 0));
  }
  // Inclusive time: each sample counts once for every function on its stack.
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const incl = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const seen = new Set();
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const key = frameName(byId.get(id).callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) || 0) + (p.timeDeltas[i] || 0));
    }
  }
  const idle = new Set(['(idle)', '(program)', '(garbage collector)']);
  let total = 0;
  for (const [k, us] of self) if (!idle.has(k)) total += us;
  console.log(`[profile] sampled script self time per input: ${(total / 1000 / COUNT).toFixed(3)} ms`);
  const shown = Number(process.env.PROFILE) > 1 ? Number(process.env.PROFILE) : 40;
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, shown)) {
    console.log(`  ${(us / 1000 / COUNT).toFixed(3).padStart(7)} ms  ${k.slice(0, 140)}`);
  }
  if (process.env.INCLUSIVE) {
    const re = new RegExp(process.env.INCLUSIVE);
    console.log('[profile] inclusive time per input:');
    for (const [k, us] of [...incl].filter(([k]) => re.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`  ${(us / 1000 / COUNT).toFixed(3).padStart(7)} ms  ${k.slice(0, 140)}`);
    }
  }
}

const [name = 'miner', countArg = '50'] = process.argv.slice(2);
const COUNT = Number(countArg);
const [dir, query, selector] = PAGES[name];
const server = await serve('/', process.env.HASHPIVOT_DIST || dir || FLOOR_DIR);
const browser = await launch();
try {
  // CSS='...' adds a stylesheet first (to try a rule without a build).
  // WIDTH=<px>: another viewport width.
  const viewport = { width: Number(process.env.WIDTH || 1280), height: 900 };
  const context = await browser.newContext({ viewport, bypassCSP: Boolean(process.env.CSS) });
  const page = await context.newPage();
  await page.goto(process.env.ADDRESS !== undefined ? `${server.url}${process.env.ADDRESS}` : `${server.url}?${query}`);
  await page.waitForSelector('[data-output]');
  await page.waitForFunction(() => !document.querySelector('.prerendered'));
  if (process.env.CSS) {
    await page.addStyleTag({ content: process.env.CSS });
    // Charts read their size on a resize.
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  }
  // Let a deferred fan or tornado (120 ms after the last change) finish in the trace.
  const drive = (count) => slide(page, selector, { count, settleMs: 300 });
  await drive(20);
  if (process.env.PROFILE) await profile(page, () => drive(COUNT));
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'v8.execute', 'toplevel',
    ...(process.env.INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : [])];
  await browser.startTracing(page, { categories });
  await drive(COUNT);
  const { traceEvents } = JSON.parse(await browser.stopTracing());
  if (process.env.INVALIDATIONS) {
    const count = new Map();
    for (const e of traceEvents.filter((x) => x.name === 'LayoutInvalidationTracking')) {
      const key = `${e.args.data.reason}: ${e.args.data.nodeName}`;
      count.set(key, (count.get(key) || 0) + 1);
    }
    console.log('[invalidations] layout, per input:');
    for (const [k, n] of [...count].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`  ${(n / COUNT).toFixed(2).padStart(6)}  ${k}`);
    }
  }
  const input = traceEvents.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input');
  const events = traceEvents.filter((e) => e.pid === input.pid && e.tid === input.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const per = (us, n = COUNT) => (us / 1000 / n).toFixed(3);
  const breakdown = (list, n) => {
    // Self time by name over a containment tree.
    const self = new Map();
    const stack = [];
    for (const e of list) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
      const parent = stack.at(-1);
      if (parent) self.set(parent.name, (self.get(parent.name) || 0) - e.dur);
      self.set(e.name, (self.get(e.name) || 0) + e.dur);
      stack.push(e);
    }
    for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      if (us / n >= 10) console.log(`  ${per(us, n).padStart(7)} ms  ${k}`);
    }
  };
  const inputs = busyPerInput(traceEvents, { tasks: true });
  // THREADS=1: every thread's busy time per input (top-level events), by process and thread name.
  if (process.env.THREADS) {
    const named = (kind) => traceEvents.filter((e) => e.ph === 'M' && e.name === kind);
    const names = new Map(named('thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
    const procs = new Map(named('process_name').map((e) => [e.pid, e.args.name]));
    const byThread = new Map();
    const complete = traceEvents.filter((x) => x.ph === 'X' && x.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    for (const e of complete) {
      const k = `${e.pid}:${e.tid}`;
      const t = byThread.get(k) || { end: 0, us: 0 };
      if (e.ts >= t.end) { t.us += e.dur; t.end = e.ts + e.dur; }
      byThread.set(k, t);
    }
    for (const [k, t] of [...byThread].sort((a, b) => b[1].us - a[1].us).slice(0, 14)) {
      const proc = procs.get(Number(k.split(':')[0])) || '?';
      console.log(`  ${per(t.us, inputs.length).padStart(7)} ms  ${proc} / ${names.get(k) || k}`);
    }
  }
  // The inputs from the fastest to the slowest.
  const byMs = [...inputs].sort((a, b) => a.ms - b.ms);
  const at = (q) => pct(byMs.map((x) => x.ms), q).toFixed(3);
  const busyUs = inputs.reduce((sum, x) => sum + x.ms, 0) * 1000;
  console.log(`[${name}] main-thread busy per input: mean ${per(busyUs, inputs.length)} ms, median ${at(0.5)}, p95 ${at(0.95)} `
    + `(${inputs.length} inputs, each followed by two frames)`);
  breakdown(events, inputs.length);
  // DUMP=<event name>: the 20 longest such events with their arguments
  // (Layout: dirty objects; Paint: the painted node and its clip).
  if (process.env.DUMP) {
    for (const e of events.filter((x) => x.name === process.env.DUMP).sort((a, b) => b.dur - a.dur).slice(0, 20)) {
      const within = events.filter((x) => x !== e && x.ts <= e.ts && x.ts + x.dur >= e.ts + e.dur).map((x) => x.name);
      const inside = events.filter((x) => x !== e && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur).map((x) => x.name);
      const where = `within: ${within.join(' > ') || '(top level)'}; inside: ${inside.slice(0, 6).join(', ')}`;
      console.log(`  ${(e.dur / 1000).toFixed(3)} ms`, JSON.stringify(e.args).slice(0, 300), where);
    }
  }
  // TASKS=1: the top-level tasks of the median input (TASKS=max: the
  // slowest), each with its start (ms after the input's), length and
  // longest events inside.
  if (process.env.TASKS) {
    const mid = process.env.TASKS === 'max' ? byMs.at(-1) : byMs[Math.floor(inputs.length / 2)];
    const t0 = mid.tasks[0].ts;
    for (const t of mid.tasks) {
      const inner = events.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 50)
        .sort((a, b) => b.dur - a.dur).slice(0, 4).map((e) => `${e.name} ${(e.dur / 1000).toFixed(2)}`);
      const start = ((t.ts - t0) / 1000).toFixed(2).padStart(6);
      console.log(`  +${start} ms  ${(t.dur / 1000).toFixed(3)} ms  ${t.name}: ${inner.join(', ')}`);
    }
  }
  if (process.env.TREE) {
    for (const input of byMs.slice(-3).reverse()) {
      console.log(`[tree] input of ${input.ms.toFixed(2)} ms, events over 0.12 ms:`);
      for (const t of input.tasks.filter((x) => x.dur > 300)) {
        const open = [];
        for (const e of events.filter((x) => x.ts >= t.ts && x.ts + x.dur <= t.ts + t.dur && x.dur > 120)) {
          while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
          console.log(`  ${'  '.repeat(open.length)}${(e.dur / 1000).toFixed(2)} ${e.name} ${e.args?.data?.type || ''}`);
          open.push(e);
        }
      }
    }
  }
  if (process.env.CPU) {
    const cpu = inputs.map((x) => x.tasks.reduce((sum, t) => sum + (t.tdur ?? t.dur), 0) / 1000);
    const wall = inputs.map((x) => x.ms);
    const both = (xs) => `${pct(xs, 0.5).toFixed(2)} / ${pct(xs, 0.95).toFixed(2)}`;
    console.log(`[cpu] per input, median / p95: wall ${both(wall)} ms, main thread's CPU ${both(cpu)} ms`);
  }
  // What the slowest twentieth of the inputs spend more on.
  const slow = inputs.filter((x) => x.ms >= Number(at(0.95)));
  if (process.env.SLOWEST) {
    const slowest = inputs.map((x, i) => [i, x.ms]).sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log('slowest inputs (index: ms):', slowest.map(([i, ms]) => `${i}: ${ms.toFixed(2)}`).join(', '));
  }
  const windows = slow.flatMap((x) => x.tasks.map((t) => [t.ts, t.ts + t.dur]));
  console.log(`[${name}] the slowest ${slow.length} inputs (at or above p95), per input:`);
  breakdown(events.filter((e) => windows.some(([a, b]) => e.ts >= a && e.ts < b)), slow.length);
} finally {
  await browser.close();
  server.close();
}
