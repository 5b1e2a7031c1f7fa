// End-to-end: the prerendered pages. Each view reads completely without
// JavaScript and shows, character for character, the data-values the app
// shows for the same address; a view asked for with other inputs never
// shows the prerendered figures; the app takes over without moving
// anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watch, allValues, allLocal, until, shotPath, prerenderedViews as views } from './lib.mjs';

let server, browser;
before(async () => { server = await serve('/any/sub/path/'); browser = await launch(); });
after(async () => { await browser.close(); server.close(); });

/** Loads `path` with JavaScript on and waits for the app to take over. */
async function live(path, query = '') {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const { errors } = watch(page);
  await page.goto(`${server.url}${path}${query}`);
  await page.waitForSelector('main[data-ready]', { state: 'attached' }).catch((e) => { throw new Error(`${path}${query}: ${e.message} ${errors.join(' ')}`); });
  assert.equal(await page.$('.prerendered'), null, `${path}: the prerendered copy is gone`);
  return { page, context, errors };
}

test('every prerendered view reads without JavaScript, and its data-values are the app\'s for the same address', async () => {
  const paths = views();
  assert.ok(paths.length >= 60, `${paths.length} prerendered pages`);
  for (const path of paths) {
    const still = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
    const page = await still.newPage();
    const { requests } = watch(page);
    await page.goto(`${server.url}${path}`);
    const shown = await allValues(page);
    const keys = Object.keys(shown);
    assert.ok(keys.length >= 4, `${path}: ${keys.length} outputs`);
    for (const [key, value] of Object.entries(shown)) assert.match(value, /^(-?\d+(\.\d+)?|\d{4}-\d\d|never)$|^$/, `${path} ${key}=${value}`);
    const charts = await page.$$eval('svg.chart-box', (els) => els.filter((e) => e.getBoundingClientRect().height > 200).length);
    if (!path.includes('converter')) assert.ok(charts >= 1, `${path}: a chart drawn as SVG`);
    assert.match(await page.textContent('[data-static-note]'), /JavaScript|جافاسكريبت/, `${path}: the controls say they need JavaScript`);
    assert.ok(await page.isVisible('.disclaimer'), `${path}: the disclaimer`);
    assert.ok(await page.$$eval('.prerendered input', (els) => els.every((e) => e.disabled)), `${path}: controls disabled`);
    assert.ok(allLocal(requests), `${path}: ${requests.join(' ')}`);
    await still.close();
    const { page: app, context, errors } = await live(path);
    // The pivot's odds are computed in short tasks once the page is up.
    await app.waitForFunction(() => !document.querySelector('[data-reason="pending"]'));
    const computed = await allValues(app);
    assert.deepEqual(computed, shown, `${path}: the app computes what was prerendered`);
    assert.deepEqual(errors, [], path);
    await context.close();
  }
});

test('with the wasm blocked a prerendered view keeps its numbers; asked for other inputs it shows none of them', async () => {
  const context = await browser.newContext();
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${server.url}e/miner/defaults/`);
  await page.waitForSelector('#nowasm:not([hidden])');
  assert.equal(await page.getAttribute('[data-output="issuance_btc_day"]', 'data-value'), '450');
  assert.ok(await page.isVisible('[data-output="hashprice_usd_ph_day"]'));
  await page.goto(`${server.url}e/miner/defaults/?btc_usd=80000`);
  await page.waitForSelector('#nowasm:not([hidden])');
  const stale = await page.$$eval('[data-output]', (els) => els.map((e) => [e.dataset.output, e.getAttribute('data-value'), getComputedStyle(e).visibility]));
  assert.ok(stale.length >= 8);
  for (const [key, value, visibility] of stale) {
    assert.equal(value, null, `${key}: no data-value for another state`);
    assert.equal(visibility, 'hidden', `${key}: not readable`);
  }
  assert.match(await page.evaluate(() => getComputedStyle(document.querySelector('.prerendered'), '::after').content), /Computing/);
  await page.screenshot({ path: shotPath('prerender-stale-no-wasm') });
  // The same address with the app running shows the asked-for state.
  await context.unroute('**/*.wasm');
  const { page: app, context: appContext } = await live('e/miner/defaults/', '?btc_usd=80000');
  assert.equal(await app.getAttribute('[data-output="hashprice_usd_ph_day"]', 'data-value') !== null, true);
  assert.ok(Number(await app.getAttribute('[data-output="hashprice_usd_ph_day"]', 'data-value')) > 40, 'hashprice at 80,000');
  await appContext.close();
  await context.close();
});

test('the app takes over without a layout shift: full page and two embed views, both languages', async () => {
  for (const path of ['', 'ar/', 'e/outlook/defaults/', 'ar/e/outlook/defaults/', 'e/pivot/hut8-lease/', 'ar/e/grid/article-grid/']) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 850 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector('main[data-ready]');
      await page.waitForTimeout(800);
      const cls = await page.evaluate(() => window.__cls);
      assert.ok(cls <= 0.01, `${path} at ${width} px: cumulative layout shift ${cls}`);
      await context.close();
    }
  }
});

test('claim links and the Embed button lead to prerendered pages when the state matches', async () => {
  const { page, context } = await live('');
  const hrefs = await page.$$eval('[data-claim] a', (links) => links.map((a) => a.href));
  assert.ok(hrefs.length >= 10);
  for (const href of hrefs) {
    assert.doesNotMatch(href, /\?/, `${href}: a path, not a query`);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200, href);
  }
  await page.locator('.panel-wrap[data-panel="grid"] [data-tool="embed"]').scrollIntoViewIfNeeded();
  await page.click('.panel-wrap[data-panel="grid"] [data-tool="embed"]');
  const snippet = await page.inputValue('.panel-wrap[data-panel="grid"] [data-embed-snippet]');
  assert.match(snippet, new RegExp(`src="${server.url}e/grid/defaults/\\?theme=auto&amp;childId=hashpivot-grid-\\d+"`));
  assert.match(snippet, new RegExp(`<a data-hashpivot-fallback="hashpivot-grid-\\d+" href="${server.url}p/grid/defaults/"><img src="${server.url}p/grid/defaults/card\\.png"`));
  assert.match(snippet, new RegExp(`<script src="${server.url}embed.js" async>`));
  await context.close();
  // From a prerendered sub-page the links still lead from the site's root.
  const sub = await live('ar/p/outlook/article-outlook/');
  await until(async () => (await sub.page.getAttribute('.footer a', 'href')) !== null, 'the link to the full page');
  const full = await sub.page.$eval('.footer a', (a) => a.href);
  assert.ok(full.startsWith(`${server.url}?v=1&`) && full.includes('lang=ar'), full);
  await sub.context.close();
});
