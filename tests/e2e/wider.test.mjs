// End-to-end: the grid-gap, hashrate-geography and converter panels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, value, allValues, until, chartPixels, fullShot, sliderOf, pressOn } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('grid gap: defaults are 49 GW short; the article preset covers 10-15 and leaves 34-39', async () => {
  const { page, context } = await open(browser, `${server.url}?convertible_pct=20&demand_gw=90`);
  await page.click('[data-preset="article-grid"]');
  await until(async () => (await value(page, 'shortfall_gw')) === 49, 'the preset: 49 GW short');
  await until(() => page.url().includes('convertible_pct=80') && page.url().includes('demand_gw=74'), 'the preset in the URL');
  const covered = await value(page, 'covered_by_mines_gw');
  const left = await value(page, 'shortfall_after_gw');
  assert.ok(covered >= 10 && covered <= 15, `covered ${covered}`);
  assert.ok(left >= 34 && left <= 39, `left ${left}`);
  assert.ok(Math.abs(await value(page, 'share_of_shortfall_covered_pct') - covered / 49 * 100) < 1e-9);
  await context.close();
});

test('grid gap: URL in, slider moved, waterfall redrawn', async () => {
  const { page, context } = await open(browser, `${server.url}?demand_gw=69&supply_gw=25&mining_gw=10&convertible_pct=100&converted_pue=1`);
  assert.equal(await value(page, 'shortfall_gw'), 44);
  assert.equal(await value(page, 'covered_by_mines_gw'), 10);
  assert.equal(await value(page, 'shortfall_after_gw'), 34);
  const before = await chartPixels(page, 'grid-waterfall');
  await pressOn(page, sliderOf('grid', 'convertible_pct'), 10, 'ArrowLeft');
  await until(async () => (await value(page, 'covered_by_mines_gw')) === 9, 'covered to fall to 9 GW');
  await until(async () => (await chartPixels(page, 'grid-waterfall')) !== before, 'the waterfall to change');
  await until(() => page.url().includes('convertible_pct=90'), 'convertible_pct=90 in the URL');
  await context.close();
});

test('geography: the article shares, nothing leaving changes nothing, all leaving empties the US', async () => {
  const none = await open(browser, `${server.url}?us_leave_pct=0`);
  assert.equal(await value(none.page, 'us_share_after_pct'), 37.5);
  assert.equal(await value(none.page, 'russia_share_after_pct'), 16.4);
  assert.equal(await value(none.page, 'hashprice_change_pct'), 0);
  await none.context.close();
  const all = await open(browser, `${server.url}?us_leave_pct=100&others_response_pct=0`);
  assert.equal(await value(all.page, 'us_share_after_pct'), 0);
  assert.ok(Math.abs(await value(all.page, 'network_hashrate_change_pct') + 37.5) < 1e-9);
  await all.context.close();
});

test('geography: the 11% difficulty drop lifts the hashprice of those who stay by 12.4%', async () => {
  const { page, context } = await open(browser, server.url);
  await page.click('[data-preset="difficulty-drop"]');
  await until(async () => Math.abs((await value(page, 'difficulty_change_pct')) + 11) < 1e-6, 'the -11% preset');
  assert.ok(Math.abs(await value(page, 'hashprice_change_pct') - (1 / 0.89 - 1) * 100) < 1e-6);
  await context.close();
});

test('geography: shares that do not add to 100 are renormalised with a visible note', async () => {
  const { page, context } = await open(browser, `${server.url}?us_share_pct=40&russia_share_pct=20&china_share_pct=20&rest_share_pct=40`);
  assert.match(await page.textContent('[data-notice="renormalised"]'), /120/);
  const shares = await allValues(page, '#panel-geography');
  const sum = ['us_share_after_pct', 'russia_share_after_pct', 'china_share_after_pct'].reduce((a, k) => a + Number(shares[k]), 0);
  assert.ok(sum < 100, `${sum}`);
  const before = await chartPixels(page, 'geography-shares');
  await page.fill('#in-geo-us_leave_pct', '60');
  await until(async () => (await chartPixels(page, 'geography-shares')) !== before, 'the bars to change');
  await context.close();
});

test('converter: any field drives the others; bad text is explained', async () => {
  const { page, context } = await open(browser, server.url);
  await page.fill('#conv-conv_eh_s', '1');
  await until(async () => (await page.getAttribute('[data-output="conv_ph_s"]', 'data-value')) === '1000', 'EH/s -> PH/s');
  assert.equal(await page.getAttribute('[data-output="conv_th_s"]', 'data-value'), '1000000');
  const difficulty = Number(await page.getAttribute('[data-output="conv_difficulty"]', 'data-value'));
  assert.ok(Math.abs(difficulty - 1e18 * 600 / 2 ** 32) < 1e-3 * difficulty);
  await page.fill('#conv-conv_sats', '50000000');
  await until(async () => (await page.getAttribute('[data-output="conv_btc"]', 'data-value')) === '0.5', 'sats -> BTC');
  assert.equal(await page.getAttribute('[data-output="conv_usd"]', 'data-value'), '33500');
  await page.fill('#conv-conv_usd_ph_day', '33.68');
  await until(async () => Math.abs(Number(await page.getAttribute('[data-output="conv_usd_mwh"]', 'data-value')) - 80.190476) < 1e-4, 'USD/PH/day -> USD/MWh at 17.5 J/TH');
  await page.fill('#conv-conv_mw', '12abc');
  await until(async () => (await page.textContent('#conv-conv_mw-err')).includes('not a number'), 'an inline message');
  assert.equal(await page.getAttribute('#conv-conv_mw', 'aria-invalid'), 'true');
  await context.close();
});

test('screenshots of the three panels at 1280 px and 360 px', async () => {
  for (const width of [1280, 360]) {
    const { page, context } = await open(browser, server.url, { width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px`);
    for (const panel of ['grid', 'geography', 'converter']) await fullShot(page, `${panel}-${width}`, `#panel-${panel}`);
    await context.close();
  }
});

test('geography: rows can be added from the URL and by hand, renamed, and removed', async () => {
  const { page, context } = await open(browser, `${server.url}?extra_shares=Paraguay:3.87;UAE:3.54&us_leave_pct=0`);
  assert.equal(await page.inputValue('#row-0-name'), 'Paraguay');
  assert.match(await page.textContent('[data-notice="renormalised"]'), /107\.4/);
  // Nothing leaves: each share is its entry over the new total.
  assert.ok(Math.abs(Number(await page.getAttribute('[data-output="us_share_after_pct"]', 'data-value')) - 37.5 / 107.41 * 100) < 1e-9);
  await page.click('[data-tool="add-row"]');
  await page.fill('#row-2-name', 'Oman');
  await page.fill('#row-2-share', '2.99');
  await until(() => page.url().includes('extra_shares=Paraguay:3.87;UAE:3.54;Oman:2.99'), 'the new row in the URL');
  await page.fill('#row-2-share', 'abc');
  await until(async () => (await page.textContent('#row-2-err')).includes('0 to 100'), 'a message for a bad share');
  await page.click('[data-row="0"] button');
  await until(async () => (await page.inputValue('#row-0-name')) === 'UAE', 'Paraguay removed');
  await until(() => page.url().includes('extra_shares=UAE:3.54;Oman:2.99'), 'the URL without Paraguay');
  await context.close();
  const bad = await open(browser, `${server.url}?extra_shares=%3Cscript%3E:1`);
  assert.equal(await bad.page.getAttribute('[data-rejected-key="extra_shares"]', 'data-rejected-key'), 'extra_shares');
  assert.equal(await bad.page.$('#row-0-name'), null);
  await bad.context.close();
});
