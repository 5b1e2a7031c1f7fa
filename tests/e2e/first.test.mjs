// End-to-end: the first module (first/). On Lighthouse's mobile profile a
// slider moved as soon as it is enabled changes the result at once, before
// the app has arrived (only the HTML, styles, early scripts and the first
// module have loaded by then); the move survives the app's take-over, and
// the address, the cards and the other panels then agree with a fresh load
// of the final state, value by value, in English and Arabic. Both modules
// give every preset's every output the same data-value.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watch, allValues, until, DIST, prerenderedViews } from './lib.mjs';

let server, browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser.close(); server.close(); });

const APP_WASM = /\/hashpivot-[0-9a-f]+_bg\.wasm$/;
const FIRST_FILES = /\/(index\.html|style-[0-9a-f]+\.css|early-[0-9a-f]+\.js|charts-[0-9a-f]+\.js|boot-[0-9a-f]+\.js|first-[0-9a-f]+(_bg\.wasm|\.js))$|\/(\?.*)?$/;

/** Holds back the app's wasm until `release()` is called (the first module alone meanwhile). */
async function holdApp(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(APP_WASM, async (route) => { await held; await route.continue(); });
  return release;
}

/** A context under Lighthouse's mobile profile (150 ms, 1.6 Mbit/s, CPU 4x slower). */
async function mobilePage() {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, page };
}

/** Every data-output's data-value inside the prerendered copy (the first module's), the pending ones and the converter's left out. */
function copyValues(page) {
  return page.$$eval('.prerendered [data-output]', (els) => Object.fromEntries(els
    .filter((e) => e.dataset.reason !== 'pending' && !e.closest('#panel-converter'))
    .map((e) => [`${e.closest('.panel').id} ${e.dataset.output}`, e.dataset.value])));
}

/** The same keys read from the live page. */
function liveValues(page, keys) {
  return page.$$eval('[data-output]', (els, keys) => Object.fromEntries(els
    .map((e) => [`${e.closest('.panel').id} ${e.dataset.output}`, e.dataset.value])
    .filter(([k]) => keys.includes(k))), keys);
}

for (const [name, path] of [['the full page', ''], ['an embed view', 'e/miner/defaults/'], ['a shared link with its own state', 'p/miner/defaults/?btc_usd=80000&power_usd_kwh=0.07']]) {
  for (const lang of ['en', 'ar']) {
    test(`${name} (${lang}) on a phone: a move made as soon as a slider is live answers at once and survives the take-over`, async () => {
      const { context, page } = await mobilePage();
      const { errors } = watch(page);
      // Each request with when it left, and when the first module made the page live.
      const requests = [];
      page.on('request', (r) => requests.push([Date.now(), r.url()]));
      await page.addInitScript(() => new MutationObserver((_, o) => {
        if (document.documentElement?.dataset.first) { window.__liveAt = Date.now(); o.disconnect(); }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-first'] }));
      const address = `${server.url}${lang === 'ar' ? 'ar/' : ''}${path}`;
      await page.goto(address, { waitUntil: 'commit' });
      const slider = '.prerendered #panel-miner [data-input=btc_usd] input[type=range]';
      const card = '.prerendered #panel-miner [data-output=margin_usd_ph_day]';
      await page.waitForFunction((s) => { const el = document.querySelector(s); return el && !el.disabled; }, slider, { polling: 'raf', timeout: 30000 });
      const liveAt = await page.evaluate(() => window.__liveAt);
      const loaded = requests.filter(([t]) => t <= liveAt).map(([, u]) => u);
      assert.ok(!loaded.some((u) => APP_WASM.test(u)), `${name}: the app's wasm is not fetched before the first module answers`);
      assert.deepEqual(loaded.filter((u) => !FIRST_FILES.test(u) && !u.startsWith('data:')), [], `${name}: only the HTML, styles, early scripts and the first module before the first touch`);
      const before = await page.getAttribute(card, 'data-value');
      const moved = await page.evaluate(({ slider, card }) => {
        const el = document.querySelector(slider);
        el.value = '123400';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
        const c = document.querySelector(card);
        return { value: c.dataset.value, text: c.textContent, app: !!document.querySelector('.live-layer [data-output]') };
      }, { slider, card });
      assert.notEqual(moved.value, before, `${name}: the result changed in the same task as the move`);
      assert.ok(Number.isFinite(Number(moved.value)), moved.value);
      assert.equal(moved.app, false, `${name}: answered by the first module, before the app rendered`);
      assert.match(page.url(), /btc_usd=123400/, 'the address follows the move');
      // The app takes over with the move.
      await page.waitForSelector('main[data-ready]', { state: 'attached', timeout: 60000 });
      assert.equal(await page.$('.prerendered'), null);
      assert.equal(await page.$eval('#panel-miner [data-input=btc_usd] input[type=range]', (e) => Number(e.value)), 123400);
      assert.equal(await page.getAttribute('#panel-miner [data-output=margin_usd_ph_day]', 'data-value'), moved.value, 'the same value after the take-over');
      assert.equal(await page.textContent('#panel-miner [data-output=margin_usd_ph_day]'), moved.text, 'written the same');
      const after = await allValues(page);
      await context.close();
      // A fresh load of the final address shows the same, everywhere.
      const fresh = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const again = await fresh.newPage();
      await again.goto(page.url());
      await again.waitForSelector('main[data-ready]', { state: 'attached' });
      assert.deepEqual(await allValues(again), after, `${name}: the taken-over page is a fresh load of its address`);
      await fresh.close();
      assert.deepEqual(errors, []);
    });
  }
}

test('a move made while the app is starting is loaded before it takes over, and the slider keeps focus', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const { errors } = watch(page);
  const release = await holdApp(page);
  await page.goto(`${server.url}`);
  await page.waitForSelector('html[data-first=live]');
  const slider = '.prerendered #panel-pivot [data-input=lease_usd_kw_month] input[type=range]';
  await page.focus(slider);
  await page.keyboard.press('ArrowRight');
  const first = await page.getAttribute('.prerendered #panel-pivot [data-output=npv_advantage_ai_usd]', 'data-value');
  assert.ok(await page.$eval('.prerendered #panel-pivot', (e) => e.classList.contains('behind')), 'what only the app computes is marked behind');
  const lines = await page.$$eval('.prerendered [data-story="pivot"]', (els) => els.map((e) => e.classList.contains('behind')));
  assert.ok(lines.length >= 1 && lines.every(Boolean), `and every line of the story about it: ${lines}`);
  // The app starts from that state; another step comes before it takes over.
  release();
  await page.waitForFunction(() => document.querySelector('.live-layer'));
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('main[data-ready]', { state: 'attached' });
  assert.equal(await page.$('.prerendered'), null);
  assert.equal(await page.$eval('#panel-pivot [data-input=lease_usd_kw_month] input[type=range]', (e) => e === document.activeElement), true, 'the slider keeps focus');
  await until(() => new URL(page.url()).searchParams.get('lease_usd_kw_month'), 'the address written');
  const url = new URL(page.url());
  const lease = Number(url.searchParams.get('lease_usd_kw_month'));
  assert.ok(lease >= 151, `both steps kept (lease ${lease})`);
  assert.equal(await page.$eval('#panel-pivot [data-input=lease_usd_kw_month] input[type=range]', (e) => Number(e.value)), lease);
  assert.notEqual(first, null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a box typed into on the first module: a bad text says why, a good one moves the result', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.route(APP_WASM, () => {});
  await page.goto(`${server.url}p/miner/defaults/`);
  await page.waitForSelector('html[data-first=live]');
  const row = '.prerendered [data-input=power_usd_kwh]';
  const cost = '.prerendered [data-output=power_cost_usd_ph_day]';
  const before = Number(await page.getAttribute(cost, 'data-value'));
  await page.fill(`${row} input.number`, '5');
  assert.match(await page.textContent(`${row} .input-error`), /outside the allowed range \(allowed: 0\.000 – 1\.000 USD\/kWh\)/);
  assert.equal(await page.getAttribute(`${row} input.number`, 'aria-invalid'), 'true');
  assert.equal(Number(await page.getAttribute(cost, 'data-value')), before, 'a bad text moves nothing');
  await page.fill(`${row} input.number`, '0.08');
  assert.equal(await page.textContent(`${row} .input-error`), '');
  // The power cost is proportional to the power price (0.05 USD/kWh by default).
  const after = Number(await page.getAttribute(cost, 'data-value'));
  assert.ok(Math.abs(after / before - 0.08 / 0.05) < 1e-9, `${before} -> ${after}`);
  assert.equal(await page.$eval(`${row} input[type=range]`, (e) => e.value), '0.08', 'the slider follows the box');
  await page.locator(`${row} input.number`).blur();
  assert.equal(await page.inputValue(`${row} input.number`), '0.080', 'left, the box shows the value as the page writes it');
  await context.close();
});

/** The query of the prerendered view at `path` (its data-view). */
function viewQuery(path) {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  return /data-view="([^"]*)"/.exec(html)[1].replaceAll('&amp;', '&');
}

test('both modules give every preset\'s every output the same data-value, in English and Arabic', async () => {
  const presets = prerenderedViews().filter((p) => /^(ar\/)?p\/(?!converter)[a-z]+\/(?!defaults)[a-z0-9-]+\/$/.test(p));
  assert.ok(presets.length >= 28, `${presets.length} preset pages`);
  for (const preset of presets) {
    const panelDefaults = preset.replace(/[a-z0-9-]+\/$/, 'defaults/');
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const { errors } = watch(page);
    const release = await holdApp(page);
    // The panel's default page asked for the preset: computed by the first module.
    await page.goto(`${server.url}${panelDefaults}?${viewQuery(preset)}`);
    await page.waitForSelector('html[data-first=live]');
    const first = await copyValues(page);
    assert.ok(Object.keys(first).length >= 3, `${preset}: ${Object.keys(first).length} outputs`);
    release();
    await page.waitForSelector('main[data-ready]', { state: 'attached' });
    await until(async () => !(await page.$('[data-reason="pending"]')), 'the outputs computed after a pause', 10000);
    assert.deepEqual(await liveValues(page, Object.keys(first)), first, `${preset}: the app's values are the first module's`);
    // And both are the preset's own prerendered page's.
    const still = await browser.newContext({ javaScriptEnabled: false });
    const own = await still.newPage();
    await own.goto(`${server.url}${preset}`);
    const prerendered = await liveValues(own, Object.keys(first));
    for (const [key, v] of Object.entries(prerendered)) assert.equal(first[key], v, `${preset} ${key}`);
    await still.close();
    assert.deepEqual(errors, [], preset);
    await context.close();
  }
});
