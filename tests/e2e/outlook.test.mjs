// End-to-end: the halving-outlook panel in the release build.
import { readFileSync } from 'node:fs';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, value, allValues, until, chartPixels, fullShot, sliderOf, pressOn } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test("the article's preset: 225 and 112.5 BTC a day, and about 50% a year needed", async () => {
  const { page, context } = await open(browser, server.url);
  await page.click('[data-preset="article-outlook"]');
  await until(async () => (await value(page, 'required_btc_growth_pct')) < 49.9, 'the preset to apply');
  assert.equal(await value(page, 'issuance_btc_day_2028'), 225);
  assert.equal(await value(page, 'issuance_btc_day_2032'), 112.5);
  // 2^(1/4) x 1.26 - 1 with no fees.
  assert.ok(Math.abs(await value(page, 'required_btc_growth_pct') - (2 ** 0.25 * 1.26 - 1) * 100) < 1e-6);
  assert.match(await page.textContent('#panel-outlook .claim'), /about 50% a year[\s\S]*49\.8%/);
  // At 50% a year the fleet keeps earning through the horizon.
  assert.equal(await page.getAttribute('[data-output="fleet_unprofitable_month"]', 'data-value'), 'never');
  await until(() => page.url().includes('fees_btc=0&') && page.url().includes('btc_growth_pct=50'), 'the preset in the URL');
  // The link reproduces the preset.
  const again = await open(browser, page.url());
  assert.deepEqual(await allValues(again.page, '#panel-outlook'), await allValues(page, '#panel-outlook'));
  await again.context.close();
  await context.close();
});

test('URL keys in, data-values out: with nothing else moving hashprice halves in 2028', async () => {
  const { page, context } = await open(browser, `${server.url}?btc_growth_pct=0&hashrate_growth_pct=0&fee_growth_pct=0`);
  const now = await value(page, 'hashprice_usd_ph_day_now');
  const after = await value(page, 'hashprice_usd_ph_day_after_2028');
  assert.ok(Math.abs(after / now - (1.5625 + 0.02) / (3.125 + 0.02)) < 1e-9, `${after} / ${now}`);
  assert.match(await page.getAttribute('[data-output="fleet_unprofitable_month"]', 'data-value'), /^202[6-8]-\d\d$/);
  await context.close();
});

test('moving the growth slider with the keyboard changes the results, the chart and the URL', async () => {
  const { page, context } = await open(browser, server.url);
  const before = await chartPixels(page, 'outlook-hashprice');
  const required = await value(page, 'required_btc_growth_pct');
  const month = await page.getAttribute('[data-output="fleet_unprofitable_month"]', 'data-value');
  await pressOn(page, sliderOf('outlook', 'btc_growth_pct'), 30);
  await until(() => page.url().includes('btc_growth_pct=50'), 'btc_growth_pct=50 in the URL');
  assert.equal(await value(page, 'required_btc_growth_pct'), required, 'the required growth does not depend on the growth chosen');
  assert.notEqual(await page.getAttribute('[data-output="fleet_unprofitable_month"]', 'data-value'), month);
  await until(async () => (await chartPixels(page, 'outlook-hashprice')) !== before, 'the chart to change');
  await context.close();
});

test('the Monte Carlo fan is drawn, reproducible, and the mode switch works', async () => {
  const url = `${server.url}?volatility_pct=60`;
  const a = await open(browser, url);
  // The fan comes right after the first render (never during a drag).
  await a.page.waitForSelector('#panel-outlook .swatch-band');
  const first = await chartPixels(a.page, 'outlook-hashprice');
  const b = await open(browser, url);
  await b.page.waitForSelector('#panel-outlook .swatch-band');
  assert.equal(await chartPixels(b.page, 'outlook-hashprice'), first, 'same inputs, same fan');
  await b.context.close();
  await a.page.check('input[name="hashrate_mode"][value="1"]');
  await until(() => a.page.url().includes('hashrate_mode=1'), 'hashrate_mode=1 in the URL');
  for (const [key, v] of Object.entries(await allValues(a.page, '#panel-outlook'))) {
    if (key !== 'fleet_unprofitable_month') assert.ok(v !== '' && Number.isFinite(Number(v)), `${key} = ${v}`);
  }
  assert.deepEqual(a.errors, []);
  await a.context.close();
});

test('a bad mode or growth in the URL is named and the default used', async () => {
  const { page, context } = await open(browser, `${server.url}?hashrate_mode=7&btc_growth_pct=1e9&volatility_pct=abc`);
  const rejected = await page.$$eval('[data-rejected-key]', (els) => els.map((e) => e.dataset.rejectedKey).sort());
  assert.deepEqual(rejected, ['btc_growth_pct', 'hashrate_mode', 'volatility_pct']);
  assert.ok(Number.isFinite(await value(page, 'required_btc_growth_pct')));
  await context.close();
});

test('screenshots of the outlook at 1280 px and 360 px, with the fan on', async () => {
  for (const width of [1280, 360]) {
    const { page, context } = await open(browser, `${server.url}?volatility_pct=60`, { width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px`);
    await fullShot(page, `outlook-${width}`, '#panel-outlook');
    await context.close();
  }
});

/** The hashprice chart's data as its CSV export gives it. */
async function csvOf(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#panel-outlook .figure:first-of-type [data-export="csv"]')]);
  return readFileSync(await download.path(), 'utf8');
}

test('the fan the page draws (in steps, in wasm) is the model\'s fan computed natively in one piece', async () => {
  const { page, context, errors } = await open(browser, `${server.url}?volatility_pct=60&panel=outlook`);
  await page.waitForSelector('#panel-outlook .swatch-band');
  const [head, ...rows] = (await csvOf(page)).trim().split(/\r?\n/).map((line) => line.split(','));
  const col = (name) => head.indexOf(name);
  const drawn = ['month\tp10\tp90', ...rows.map((r) => [r[col('month')], r[col('p10')], r[col('p90')]].join('\t'))].join('\n');
  const golden = readFileSync(new URL('../golden/fan_volatility_60.tsv', import.meta.url), 'utf8').trim();
  assert.equal(rows.length, 144);
  assert.equal(drawn, golden, 'tests/golden/fan_volatility_60.tsv (written by cargo test --test golden)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a fast drag with the Monte Carlo on: the fan drawn at the end is the final inputs\' fan, never a stale one', async () => {
  const { page, context } = await open(browser, `${server.url}?volatility_pct=60&panel=outlook`);
  await page.waitForSelector('#panel-outlook .swatch-band');
  await pressOn(page, sliderOf('outlook', 'btc_growth_pct'), 50, (i) => (i % 3 === 2 ? 'ArrowLeft' : 'ArrowRight'));
  const growth = await page.inputValue('#in-outlook-btc_growth_pct');
  await until(() => page.url().includes(`btc_growth_pct=${growth}&`), 'the final growth in the URL');
  await page.waitForSelector('#panel-outlook .swatch-band');
  await page.waitForTimeout(400);
  const dragged = await csvOf(page);
  assert.match(dragged.split('\n')[0], /p10|low|band/i, 'the CSV has the fan');
  const fresh = await open(browser, `${server.url}?volatility_pct=60&panel=outlook&btc_growth_pct=${growth}`);
  await fresh.page.waitForSelector('#panel-outlook .swatch-band');
  assert.equal(dragged, await csvOf(fresh.page), 'the fan after the drag equals a fresh load of the final inputs');
  await fresh.context.close();
  await context.close();
});
