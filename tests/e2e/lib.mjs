// Shared helpers for the end-to-end tests (the browser tools in bench/ use
// them too): a static server on 127.0.0.1 for the release build (optionally
// under a sub-path), Debian's Chromium driven by playwright-core, pages and
// host pages that record what they ask for, readers for the page's
// data-output contract, a helper per action on an input (a slider found by
// its input's key, moved by keys or dragged; a box typed into; a picture
// compared), and the screenshots. The budgets are in budgets.mjs.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'tests/e2e/screenshots');

/** The page's panels in page order, each a `#panel-<name>` section. */
export const PANELS = ['miner', 'outlook', 'pivot', 'grid', 'geography', 'converter'];

/** Serves a copy of dist/ (or of `dir`) at http://127.0.0.1:<port><subPath>. */
export async function serve(subPath = '/', dir = DIST) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: run trunk build --release first`);
  const root = mkdtempSync(join(tmpdir(), 'hashpivot-e2e-'));
  const target = join(root, subPath);
  mkdirSync(target, { recursive: true });
  cpSync(dir, target, { recursive: true });
  const proc = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root], { stdio: ['ignore', 'pipe', 'pipe'] });
  // The server logs every request to stderr: drain it, or after a few hundred
  // requests the pipe is full and the server stops answering.
  proc.stderr.resume();
  const port = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('server did not start')), 10_000);
    proc.stdout.on('data', (chunk) => {
      const m = /port (\d+)/.exec(String(chunk));
      if (m) { clearTimeout(timer); ok(Number(m[1])); }
    });
    proc.on('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}${subPath}`, close: () => proc.kill() };
}

/** Launches Debian's headless Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Records what `page` does: `requests` lists request URLs; `errors` lists
 * page errors and console errors, `pageErrors` and `consoleErrors` each
 * kind alone.
 */
export function watch(page) {
  const seen = { requests: [], errors: [], pageErrors: [], consoleErrors: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => { seen.errors.push(String(e)); seen.pageErrors.push(String(e)); });
  page.on('console', (m) => {
    if (m.type() === 'error') { seen.errors.push(m.text()); seen.consoleErrors.push(m.text()); }
  });
  return seen;
}

/**
 * Opens `url` in a context of its own and waits for the live page's first
 * result; records every request and error (see `watch`). `init`: a script
 * run before the page's own (e.g. to take an API away).
 */
export async function open(browser, url, {
  width = 1280, height = 900, locale = 'en-US', colorScheme = 'light', scale = 2, init = null,
} = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, locale, colorScheme });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const { requests, errors } = watch(page);
  await page.goto(url);
  await page.waitForSelector('main[data-ready] [data-output]');
  return { page, context, requests, errors };
}

/** What the calculator's iframe posts to its host with its height, in Pym.js's wording. */
export const PYM_HEIGHT = /^pymxPYMx[A-Za-z0-9_-]{1,64}xPYMxheightxPYMx\d+$/;

/**
 * Opens `url` as a host page (an article that embeds the calculator),
 * recording every request, page error (`errors`), console error
 * (`consoleErrors`), CSP violation (`window.__violations`) and every
 * message the host window receives (`window.__messages`: { t, data,
 * fromFrame: the id of the iframe whose window sent it, or null }).
 */
export async function hostPage(browser, url, { width = 1000, height = 900, javaScriptEnabled = true, init = null } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled });
  const page = await context.newPage();
  const { requests, pageErrors: errors, consoleErrors } = watch(page);
  await page.addInitScript(() => {
    window.__messages = [];
    window.__violations = [];
    window.addEventListener('message', (e) => {
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
      window.__messages.push({ t: Date.now(), data: e.data, fromFrame: frame ? frame.id || '(an iframe without id)' : null });
    });
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return { context, page, requests, errors, consoleErrors };
}

/** The slider of input `key` in `panel`, whatever the language (found by its number box's name). */
export const sliderOf = (panel, key) => `#panel-${panel} .input-row:has(input[name="${key}"]) input[type=range]`;

/**
 * Moves the slider `selector` with the keyboard, as a reader does: focuses
 * it and presses `key` (a key name, or a function of the press's index
 * giving one) `count` times.
 */
export async function pressOn(page, selector, count, key = 'ArrowRight') {
  await page.locator(selector).focus();
  for (let i = 0; i < count; i++) await page.keyboard.press(typeof key === 'function' ? key(i) : key);
}

/**
 * Drags the slider `selector` through `values` ('min' and 'max' for its
 * ends) as a pointer does: the value set and an `input` event, a frame
 * apart; with `release`, a `change` event after the last (the slider let
 * go of). `scroll`: first scrolled to the middle of the screen.
 */
export function dragSlider(page, selector, values, { release = false, scroll = false } = {}) {
  return page.evaluate(async ({ selector, values, release, scroll }) => {
    const slider = document.querySelector(selector);
    if (scroll) slider.scrollIntoView({ block: 'center' });
    for (const v of values) {
      slider.value = v === 'min' ? slider.min : v === 'max' ? slider.max : String(v);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
    }
    if (release) slider.dispatchEvent(new Event('change', { bubbles: true }));
  }, { selector, values, release, scroll });
}

/** Types `text` into the box `selector` (what was there replaced) and leaves it, as a reader does. */
export async function typeInto(page, selector, text) {
  const box = page.locator(selector);
  await box.fill(text);
  await box.blur();
}

/** The numeric data-value of output `key` (NaN if it is not a number). */
export async function value(page, key) {
  const raw = await page.getAttribute(`[data-output="${key}"]`, 'data-value');
  return raw === '' || raw === null ? NaN : Number(raw);
}

/**
 * Every data-output (inside `scope`) as { key: data-value string }, once
 * those computed after a pause (the pivot's odds) are in.
 */
export async function allValues(page, scope = 'body') {
  const pending = () => page.$$eval(`${scope} [data-reason="pending"]`, (els) => els.length);
  if (await pending()) await until(async () => !(await pending()), 'the outputs computed after a pause', 10000);
  return page.$$eval(`${scope} [data-output]`, (els) => Object.fromEntries(els.map((e) => [e.dataset.output, e.dataset.value])));
}

/** Waits until `fn()` is truthy (polling), or throws with `what`. */
export async function until(fn, what, timeoutMs = 3000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** True if every request stayed on 127.0.0.1 (data: URLs are local too). */
export function allLocal(requests) {
  return requests.every((u) => u.startsWith('http://127.0.0.1:') || u.startsWith('data:') || u.startsWith('blob:'));
}

/** Every prerendered page under dist/, as a path relative to the root ('' for the root). */
export function prerenderedViews(dir = DIST) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...prerenderedViews(full));
    else if (name === 'index.html') out.push(relative(DIST, dir) ? `${relative(DIST, dir)}/` : '');
  }
  return out.sort();
}

/** Moves the first slider of every panel on `page` to its minimum or maximum. */
export function firstSliders(page, end) {
  return page.evaluate(async (end) => {
    for (const panel of document.querySelectorAll('.panel')) {
      const s = panel.querySelector('input[type=range]');
      if (!s) continue;
      s.value = end === 'min' ? s.min : s.max;
      s.dispatchEvent(new Event('input', { bubbles: true }));
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await new Promise((r) => setTimeout(r, 400));
  }, end);
}

/** Where screenshot `name` is written (`name` may hold a folder): tests/e2e/screenshots/<name>.png. */
export function shotPath(name) {
  const path = join(SHOTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** The tallest viewport `showWholePage` gives (Chromium's screenshots stop near 16,384 px). */
export const TALLEST_VIEWPORT_PX = 16000;

/**
 * Shows the whole page at once with every chart drawn: charts draw only on
 * screen, so the viewport grows to the page, again while the parts laid
 * out as they come into view make it taller (up to TALLEST_VIEWPORT_PX);
 * then every picture sent to the chart worker shows.
 */
export async function showWholePage(page) {
  const { width } = page.viewportSize();
  for (let shown = 0, i = 0; i < 8; i++) {
    const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), TALLEST_VIEWPORT_PX);
    if (height === shown) break;
    shown = height;
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  await page.waitForTimeout(50);
  await page.evaluate(() => window.hashpivotCharts?.settled());
}

/** Screenshot of the whole page (or one element) with every chart drawn, kept as `shotPath(name)`. */
export async function fullShot(page, name, selector = null) {
  await showWholePage(page);
  if (selector) await page.locator(selector).screenshot({ path: shotPath(name) });
  else await page.screenshot({ path: shotPath(name), fullPage: true });
}

/**
 * Scrolls a chart into view and returns its pixels as the reader sees them
 * (a screenshot of its box: the page's canvas, or the worker's laid over it).
 */
export async function chartPixels(page, name) {
  const canvas = page.locator(`canvas[data-chart="${name}"]`);
  // Scrolled to again while it waits: the parts it passes are laid out as
  // they come into view (`content-visibility: auto`) and may move it away.
  await until(async () => {
    await canvas.scrollIntoViewIfNeeded();
    return Number(await canvas.getAttribute('data-painted')) > 0;
  }, `chart ${name} to be drawn`);
  // Every picture sent to the worker showing; the page's canvas is hidden
  // once the worker's shows: take its box.
  await page.evaluate(() => window.hashpivotCharts.settled());
  const clip = await canvas.boundingBox();
  return (await page.screenshot({ clip, animations: 'disabled', caret: 'hide' })).toString('base64');
}

/**
 * How two pictures (base64 PNGs, e.g. `chartPixels`') differ, decoded in
 * `page`: `pixels`, how many differ in some channel by more than
 * `threshold` (0-255; 0: at all), `largest`, the largest difference in any
 * channel, `total` and each picture's `size` ([width, height]; pictures of
 * two sizes differ in every pixel). With `diff`, also `diffPng`: `b`
 * faded, with the pixels counted in red.
 */
export function pictureDifference(page, a, b, { threshold = 0, diff = false } = {}) {
  return page.evaluate(async ([a, b, threshold, diff]) => {
    const decode = async (png) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return { canvas, ctx, data: ctx.getImageData(0, 0, canvas.width, canvas.height) };
    };
    const [pa, pb] = [await decode(a), await decode(b)];
    const size = [[pa.canvas.width, pa.canvas.height], [pb.canvas.width, pb.canvas.height]];
    if (size[0].join() !== size[1].join()) return { pixels: Infinity, largest: 255, total: pa.data.data.length / 4, size };
    const [da, db] = [pa.data.data, pb.data.data];
    let differing = 0;
    let largest = 0;
    for (let k = 0; k < da.length; k += 4) {
      const d = Math.max(Math.abs(da[k] - db[k]), Math.abs(da[k + 1] - db[k + 1]), Math.abs(da[k + 2] - db[k + 2]));
      if (d > threshold) {
        differing += 1;
        if (diff) db.set([255, 0, 0, 255], k);
      } else if (diff) {
        for (let c = 0; c < 3; c++) db[k + c] = 255 - (255 - db[k + c]) / 4;
      }
      largest = Math.max(largest, d);
    }
    const result = { pixels: differing, largest, total: da.length / 4, size };
    if (diff) {
      pb.ctx.putImageData(pb.data, 0, 0);
      result.diffPng = pb.canvas.toDataURL('image/png').split(',')[1];
    }
    return result;
  }, [a, b, threshold, diff]);
}

/**
 * Loads `url` and returns every file the page fetched (until it is ready
 * and the network is idle), each with its raw and gzip -9 size.
 */
export async function pageBytes(browser, url) {
  const { gzipSync } = await import('node:zlib');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const bodies = [];
  page.on('response', (r) => bodies.push(r.body().then((b) => ({ url: r.url(), b })).catch(() => null)));
  await page.goto(url);
  await page.waitForSelector('main[data-ready] [data-output]');
  await page.waitForLoadState('networkidle');
  // A file fetched twice (the chart worker's script, also the page's) is
  // shipped once: the second load is the browser cache's.
  const seen = new Set();
  const once = (await Promise.all(bodies)).filter((x) => x && !seen.has(x.url) && seen.add(x.url));
  const files = once.map(({ url: u, b }) => ({
    name: new URL(u).pathname.split('/').pop() || 'index.html', raw: b.length, gzip: gzipSync(b, { level: 9 }).length,
  }));
  await page.close();
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

