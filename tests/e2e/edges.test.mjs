// End-to-end: the edges a careless or hostile reader finds. Each case here
// failed on the build before it was fixed: results that do not exist say
// why, the converter never shows Infinity, row names of any script, -0,
// other versions, repeated keys, the notice's separators, and downloads a
// host may forbid.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, until } from './lib.mjs';

let server, browser;
before(async () => { server = await serve('/edge/'); browser = await launch(); });
after(async () => { await browser.close(); server.close(); });

test('a result that does not exist has an empty data-value, a data-reason word and the reason in words, in both languages', async () => {
  const cases = [
    ['?height=0', 'hashprice_usd_ph_day_after_2028', 'no_halving_in_horizon', /no halving inside the horizon/, /لا تنصيف/],
    ['?lease_usd_kw_month=0&residual_pct=0', 'irr_ai_pct', 'no_sign_change', /never change sign/, /لا معدل عائد داخلي/],
    ['?lease_usd_kw_month=0&residual_pct=0', 'payback_ai_months', 'never_pays_back', /never pays back/, /لا يسترد/],
  ];
  for (const [query, key, reason, english, arabic] of cases) {
    for (const [lang, words] of [['', english], ['&lang=ar', arabic]]) {
      const { page, context, errors } = await open(browser, `${server.url}${query}${lang}`);
      const el = page.locator(`[data-output="${key}"]`);
      await el.scrollIntoViewIfNeeded();
      assert.equal(await el.getAttribute('data-value'), '', `${query}${lang} ${key}`);
      assert.equal(await el.getAttribute('data-reason'), reason);
      assert.match(await el.textContent(), words);
      assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity/);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('the converter never shows Infinity: a value that would overflow another unit is explained and the last values stay', async () => {
  const { page, context } = await open(browser, `${server.url}?panel=converter`);
  const group = (name) => page.$$eval(`[data-group="${name}"] [data-output]`, (els) => els.map((e) => e.getAttribute('data-value')));
  const before = await group('hashrate');
  await page.fill('#conv-conv_zh_s', '1e308');
  await until(async () => (await page.textContent('#conv-conv_zh_s-err')).includes('too large'), 'an overflow message');
  assert.equal(await page.getAttribute('#conv-conv_zh_s', 'aria-invalid'), 'true');
  assert.deepEqual(await group('hashrate'), before, 'the other fields keep their last finite values');
  await page.fill('#conv-conv_btc', '1e301');
  await until(async () => (await page.textContent('#conv-conv_btc-err')).includes('too large'), 'an overflow message for 1e301 BTC');
  for (const value of [...await group('hashrate'), ...await group('money')]) assert.ok(Number.isFinite(Number(value)), value);
  assert.doesNotMatch(await page.textContent('#panel-converter'), /Infinity|NaN/);
  await context.close();
});

test('the converter stays finite when the page\'s inputs move after a value was typed', async () => {
  const { page, context } = await open(browser, `${server.url}?panel=converter&eff_jth=200&btc_usd=1000`);
  const all = () => page.$$eval('#panel-converter [data-output]', (els) => els.map((e) => e.getAttribute('data-value')));
  // Fine at today's 200 J/TH, infinite USD/MWh at 1 J/TH: refused now, not overflowing later.
  await page.fill('#conv-conv_usd_th_day', '1e305');
  await until(async () => (await page.textContent('#conv-conv_usd_th_day-err')).includes('too large'), 'an overflow message');
  await page.fill('#conv-conv_usd', '1e304');
  await until(async () => (await page.textContent('#conv-conv_usd-err')).includes('too large'), 'an overflow message for USD');
  await page.fill('#in-conv-eff_jth', '1');
  await page.fill('#in-conv-btc_usd', '10000000');
  await page.waitForTimeout(300);
  for (const value of await all()) assert.ok(Number.isFinite(Number(value)), value);
  assert.doesNotMatch(await page.textContent('#panel-converter'), /Infinity|NaN/);
  await context.close();
});

test('added rows take names in any script; invisible or blank names are refused with a notice', async () => {
  const { page, context } = await open(browser, `${server.url}?panel=geography&extra_shares=${encodeURIComponent("Türkiye:2;Côte d'Ivoire:1;Ελλάδα:1;عُمان:1")}`);
  assert.deepEqual(await page.$$eval('.added-row .row-name', (els) => els.map((e) => e.value)), ['Türkiye', "Côte d'Ivoire", 'Ελλάδα', 'عُمان']);
  await until(() => page.url().includes('extra_shares='), 'the URL');
  await context.close();
  for (const bad of ['\u200B:1', '   :1', '\u061C:1']) {
    const b = await open(browser, `${server.url}?panel=geography&extra_shares=${encodeURIComponent(bad)}`);
    assert.equal(await b.page.getAttribute('[data-rejected-key="extra_shares"]', 'data-rejected-key'), 'extra_shares', JSON.stringify(bad));
    assert.equal(await b.page.$('.added-row'), null);
    await b.context.close();
  }
  // Typed by hand: an invisible name is not taken.
  const c = await open(browser, `${server.url}?panel=geography`);
  await c.page.click('[data-tool="add-row"]');
  await c.page.fill('#row-0-name', 'Ελλάδα');
  await until(() => c.page.url().includes(encodeURIComponent('Ελλάδα').replace(/%([0-9A-F]{2})/g, '%$1')), 'a Greek name in the URL');
  await c.context.close();
});

test('-0 is 0; another format version is named; the last value of a key wins; the notice separates its keys', async () => {
  const a = await open(browser, `${server.url}?panel=miner&fees_btc=-0`);
  assert.equal(await a.page.$('[data-notice="url"]'), null);
  assert.equal(await a.page.inputValue('#in-fees_btc'), '0.000');
  await a.context.close();
  const b = await open(browser, `${server.url}?v=2&btc_usd=70000`);
  assert.equal(await b.page.getAttribute('[data-rejected-key="v"]', 'data-rejected-key'), 'v');
  assert.equal(await b.page.getAttribute('[data-output="hashprice_usd_ph_day"]', 'data-value') !== null, true);
  await b.context.close();
  const c = await open(browser, `${server.url}?btc_usd=NaN&btc_usd=80000`);
  assert.equal(await c.page.$('[data-notice="url"]'), null, 'the value used is the last one, 80,000: nothing to report');
  assert.equal(await c.page.inputValue('#in-btc_usd'), '80,000');
  await c.context.close();
  const d = await open(browser, `${server.url}?btc_usd=80000&btc_usd=NaN&eff_jth=-5`);
  assert.equal(await d.page.inputValue('#in-btc_usd'), '67,000', 'the last value was bad: the default, as the notice says');
  assert.match(await d.page.textContent('[data-notice="url"] .notice-keys'), /^btc_usd, eff_jth$/);
  await d.context.close();
});

test('inside a frame, export buttons say that the host may forbid downloads', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}embed-demo.html`);
  const frame = page.frameLocator('iframe[data-hashpivot] >> nth=1');
  await frame.locator('main[data-ready]').waitFor({ state: 'attached' });
  await frame.locator('[data-export="csv"]').first().click();
  await until(async () => (await frame.locator('[data-download-note]').first().textContent()).includes('does not allow downloads'), 'the note');
  await context.close();
  // The page itself, not framed, says nothing.
  const own = await open(browser, `${server.url}?panel=miner`);
  await own.page.click('#panel-miner [data-export="csv"]');
  assert.equal(await own.page.textContent('#panel-miner [data-download-note]'), '');
  await own.context.close();
});
