// End-to-end: the miner-economics panel in the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, value, allValues, until, allLocal, fullShot, sliderOf, pressOn } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/any/sub/path/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// The model's formula, restated here so the test checks the page, not itself.
const hashprice = (btcUsd, hashrateEhs, feesBtc, subsidyBtc = 3.125) => 144 * (subsidyBtc + feesBtc) / (hashrateEhs * 1000) * btcUsd;
const close = (a, b, rel = 1e-9) => Math.abs(a - b) <= rel * Math.abs(b);

test('defaults show the snapshot: 450 BTC a day and a hashprice near USD 33.68', async () => {
  const { page, requests, errors, context } = await open(browser, server.url);
  assert.equal(await value(page, 'issuance_btc_day'), 450);
  assert.ok(close(await value(page, 'hashprice_usd_ph_day'), hashprice(67000, 900.9, 0.02)));
  const values = await allValues(page);
  for (const key of ['hashprice_usd_ph_day', 'btc_per_ph_day', 'power_cost_usd_ph_day', 'margin_usd_ph_day',
    'breakeven_power_usd_kwh', 'breakeven_btc_usd', 'issuance_btc_day', 'revenue_usd_mwh']) {
    assert.ok(Number.isFinite(Number(values[key])) && values[key] !== '', `${key} = ${values[key]}`);
  }
  assert.ok(allLocal(requests), `a request left 127.0.0.1: ${requests.join(' ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('URL keys set the state, and 225 BTC a day after the 2028 halving', async () => {
  const { page, context } = await open(browser, `${server.url}?btc_usd=100000&hashrate_ehs=1200&fees_btc=0.05&height=1050000&eff_jth=20&power_usd_kwh=0.04&pool_fee_pct=1&uptime_pct=90`);
  assert.equal(await value(page, 'issuance_btc_day'), 225);
  const hp = hashprice(100000, 1200, 0.05, 1.5625);
  assert.ok(close(await value(page, 'hashprice_usd_ph_day'), hp));
  const power = 20 * 24 * 0.04 * 0.9;
  assert.ok(close(await value(page, 'power_cost_usd_ph_day'), power));
  assert.ok(close(await value(page, 'margin_usd_ph_day'), hp * 0.9 * 0.99 - power, 1e-9));
  assert.ok(close(await value(page, 'breakeven_power_usd_kwh'), hp * 0.99 / (20 * 24)));
  assert.equal(await page.inputValue('#in-eff_jth'), '20.0');
  await context.close();
});

test('the keyboard moves a slider: the result and the URL follow', async () => {
  const { page, context } = await open(browser, server.url);
  const before = await value(page, 'hashprice_usd_ph_day');
  const historyBefore = await page.evaluate(() => history.length);
  await pressOn(page, sliderOf('miner', 'btc_usd'), 10);
  await until(async () => (await value(page, 'hashprice_usd_ph_day')) > before, 'hashprice to rise');
  assert.ok(close(await value(page, 'hashprice_usd_ph_day'), hashprice(68000, 900.9, 0.02)));
  await until(() => page.url().includes('btc_usd=68000'), 'the URL to carry btc_usd=68000');
  assert.equal(await page.inputValue('#in-btc_usd'), '68,000');
  // replaceState: the ten steps added no history entries.
  assert.equal(await page.evaluate(() => history.length), historyBefore);
  // The URL reproduces the state in a new page.
  const again = await open(browser, page.url());
  assert.equal(await value(again.page, 'hashprice_usd_ph_day'), await value(page, 'hashprice_usd_ph_day'));
  await again.context.close();
  await context.close();
});

test('typing in a number box: valid values apply, invalid ones are explained', async () => {
  const { page, context } = await open(browser, server.url);
  await page.fill('#in-eff_jth', '25');
  await until(async () => (await value(page, 'power_cost_usd_ph_day')) > 28, 'power cost to follow 25 J/TH');
  assert.ok(close(await value(page, 'power_cost_usd_ph_day'), 25 * 24 * 0.05 * 0.95));
  await page.fill('#in-eff_jth', '-5');
  await until(() => page.isVisible('#err-eff_jth:not(:empty)'), 'an inline message');
  assert.match(await page.textContent('#err-eff_jth'), /outside the allowed range/);
  assert.equal(await page.getAttribute('#in-eff_jth', 'aria-invalid'), 'true');
  assert.ok(close(await value(page, 'power_cost_usd_ph_day'), 25 * 24 * 0.05 * 0.95), 'the last valid value stays');
  await page.fill('#in-power_usd_kwh', '0,07');
  await until(async () => close(await value(page, 'power_cost_usd_ph_day'), 25 * 24 * 0.07 * 0.95), 'a comma decimal');
  await page.fill('#in-btc_usd', 'abc');
  await until(async () => (await page.textContent('#err-btc_usd')).includes('not a number'), 'not-a-number message');
  await context.close();
});

test('a hostile URL is rejected key by key, with a notice and finite results', async () => {
  const { page, errors, requests, context } = await open(browser, `${server.url}?btc_usd=NaN&eff_jth=-5&hashrate_ehs=1e999&fees_btc=%3Cscript%3Ealert(1)%3C/script%3E&uptime_pct=80`);
  const rejected = await page.$$eval('[data-rejected-key]', (els) => els.map((e) => e.dataset.rejectedKey));
  assert.deepEqual(rejected.sort(), ['btc_usd', 'eff_jth', 'fees_btc', 'hashrate_ehs']);
  assert.match(await page.textContent('[data-notice=url]'), /default was/);
  assert.equal(await page.$('script:not([src])'), null, 'no script was injected');
  const values = await allValues(page, '#panel-miner');
  for (const [key, v] of Object.entries(values)) assert.ok(v !== '' && Number.isFinite(Number(v)), `${key} = ${v}`);
  assert.ok(close(Number(values.hashprice_usd_ph_day), hashprice(67000, 900.9, 0.02)), 'defaults used');
  assert.ok(close(Number(values.power_cost_usd_ph_day), 17.5 * 24 * 0.05 * 0.8), 'the valid key still applies');
  assert.ok(allLocal(requests));
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots at 1280 px and 360 px, with no horizontal scroll', async () => {
  for (const [width, name] of [[1280, 'miner-1280'], [360, 'miner-360']]) {
    const { page, context } = await open(browser, server.url, { width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px`);
    await fullShot(page, name, '#panel-miner');
    const canvas = await page.$eval('canvas[data-chart="miner-margin"]', (c) => ({ w: c.width, css: c.clientWidth }));
    assert.equal(canvas.w, Math.round(canvas.css * 2), 'the canvas is drawn at the device pixel ratio');
    await context.close();
  }
});

test('panels off screen skip a drag and catch up when the reader pauses: scrolled to, they match a fresh load', async () => {
  const { page, context, errors } = await open(browser, server.url);
  const offScreen = ['#panel-outlook', '#panel-pivot'];
  const before = await Promise.all(offScreen.map((s) => allValues(page, s)));
  await page.locator(sliderOf('miner', 'btc_usd')).focus();
  // The outlook and the pivot are below the fold at 1280 x 900.
  for (const s of offScreen) assert.equal(await page.locator(s).evaluate((el) => el.getBoundingClientRect().top > innerHeight), true, s);
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  const price = (await page.inputValue('#in-btc_usd')).replaceAll(',', '');
  await until(() => page.url().includes(`btc_usd=${price}&`), 'the final price in the URL');
  // Without scrolling: both panels catch up once the keys stop.
  await until(async () => {
    const now = await Promise.all(offScreen.map((s) => allValues(page, s)));
    return now.every((v, i) => v.hashprice_usd_ph_day_now !== before[i].hashprice_usd_ph_day_now || v.npv_mining_usd !== before[i].npv_mining_usd);
  }, 'the panels off screen to catch up');
  const fresh = await open(browser, page.url());
  for (const s of offScreen) {
    await page.locator(s).scrollIntoViewIfNeeded();
    await fresh.page.locator(s).scrollIntoViewIfNeeded();
    assert.deepEqual(await allValues(page, s), await allValues(fresh.page, s), s);
  }
  assert.deepEqual(errors, []);
  await fresh.context.close();
  await context.close();
});
