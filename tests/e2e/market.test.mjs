// End-to-end: the pivot as the market prices it. Each public deal's preset
// shows the golden table's values and what was announced beside what its
// inputs pay; the odds over random bitcoin prices appear once the reader
// pauses and equal the library's; the new levers move the results; an old
// link's all-or-nothing backstop reads as its share.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, open, value, sliderOf, pressOn, until, ROOT, DIST } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const lib = await import(pathToFileURL(join(DIST, 'lib/hashpivot.mjs')).href);

/** The golden table's value of `output` for the preset `scenario` in the pivot. */
function golden(scenario, output) {
  const row = readFileSync(join(ROOT, 'tests/golden/outputs.tsv'), 'utf8').split('\n').map((l) => l.split('\t'))
    .find(([s, panel, key]) => s === scenario && panel === 'pivot' && key === output);
  assert.ok(row, `${scenario} ${output} in the golden table`);
  return Number(row[3]);
}

const DEALS = ['hut8-lease', 'terawulf-lease', 'cipher-fluidstack-lease', 'cipher-aws-shell', 'core-scientific-lease', 'applied-digital-lease'];

/** Waits until the odds are computed (no card says it is pending). */
const oddsShown = (page) => page.waitForSelector('#panel-pivot [data-output="odds_ai_wins_pct"][data-value]:not([data-value=""])');

test('each deal preset shows the golden values, the announced value beside its payments, and its odds', async () => {
  const { page, context, errors } = await open(browser, `${server.url}?panel=pivot`);
  for (const deal of DEALS) {
    await page.click(`#panel-pivot [data-preset="${deal}"]`);
    await page.waitForSelector(`[data-deal="${deal}"]`);
    for (const key of ['npv_advantage_ai_usd', 'npv_ai_usd', 'lease_payments_usd', 'level_lease_usd_kw_month']) {
      const want = golden(deal, key);
      const got = await value(page, key);
      assert.ok(Math.abs(got - want) <= 1e-5 * Math.abs(want), `${deal} ${key}: ${got} vs ${want}`);
    }
    const line = await page.textContent(`[data-deal="${deal}"]`);
    assert.match(line, /Announced: [\d,]+ USD M · these inputs' lease payments: [\d,]+ USD M/, line);
    assert.match(line, deal === 'hut8-lease' ? /escalator as stated/ : /no escalator stated, so 0%/, line);
    // The payments add up to the announced value within 2%.
    const [announced, paid] = [...line.matchAll(/([\d,]+) USD M/g)].map((m) => Number(m[1].replaceAll(',', '')));
    assert.ok(Math.abs(paid / announced - 1) < 0.02, `${deal}: ${paid} vs ${announced}`);
    await oddsShown(page);
    assert.ok(Math.abs(await value(page, 'odds_ai_wins_pct') - golden(deal, 'odds_ai_wins_pct')) < 1e-9, `${deal}: the odds`);
  }
  // Hut 8 solved from its announced USD 7.0 B: it starts near 128 and the flat rate is about 159.
  await page.click('#panel-pivot [data-preset="hut8-lease"]');
  assert.equal(await page.inputValue('#panel-pivot input.number[name="lease_usd_kw_month"]'), '128');
  assert.ok(Math.abs(await value(page, 'level_lease_usd_kw_month') - 158.7) < 0.1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the odds wait for a pause, then equal the library\'s for the same inputs', async () => {
  const { page, context, errors } = await open(browser, `${server.url}?panel=pivot&lease_usd_kw_month=150`);
  await oddsShown(page);
  const slider = sliderOf('pivot', 'lease_usd_kw_month');
  // While keys are pressed the odds are not computed for each step.
  await pressOn(page, slider, 5);
  const lease = Number(await page.inputValue('#panel-pivot input.number[name="lease_usd_kw_month"]'));
  await until(async () => (await page.getAttribute('#panel-pivot [data-output="odds_ai_wins_pct"]', 'data-reason')) === null
    && (await value(page, 'odds_ai_wins_pct')) === lib.evaluate('pivot', { lease_usd_kw_month: lease }).odds_ai_wins_pct, 'the odds for the new lease', 10000);
  const fromLibrary = lib.evaluate('pivot', { lease_usd_kw_month: lease });
  for (const key of ['odds_ai_wins_pct', 'advantage_p10_usd', 'advantage_p50_usd', 'advantage_p90_usd']) {
    assert.equal(await value(page, key), fromLibrary[key], key);
  }
  assert.ok(await page.isVisible('canvas[data-chart="pivot-odds"]'), 'the distribution is drawn');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the new levers move the results, and an old link\'s backstop reads as its share', async () => {
  const { page, context, errors } = await open(browser, `${server.url}?panel=pivot&backstop=1`);
  assert.equal(await page.inputValue('#panel-pivot input.number[name="backstop_pct"]'), '100', 'backstop=1 is 100%');
  const backed = await value(page, 'npv_ai_usd');
  await page.goto(`${server.url}?panel=pivot&backstop_pct=0`);
  await page.waitForSelector('main[data-ready] [data-output]');
  assert.ok(await value(page, 'npv_ai_usd') < backed, 'an unbacked lease is worth less');
  await page.$eval('#panel-pivot details.more', (d) => { d.open = true; });
  for (const [key, moves] of [['leased_pct', 'npv_ai_usd'], ['delay_months', 'npv_ai_usd'], ['debt_pct', 'npv_equity_ai_usd'], ['curtailment_hours', 'npv_mining_usd'], ['land_usd_m_per_mw', 'value_land_usd']]) {
    const before = await value(page, moves);
    const box = `#panel-pivot input.number[name="${key}"]`;
    await page.fill(box, key === 'leased_pct' ? '50' : key === 'land_usd_m_per_mw' ? '2' : key === 'debt_pct' ? '60' : key === 'curtailment_hours' ? '500' : '12');
    await page.press(box, 'Tab');
    await until(async () => (await value(page, moves)) !== before, `${key} moves ${moves}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
