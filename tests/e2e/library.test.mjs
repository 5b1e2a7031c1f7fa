// End-to-end: the models as a JavaScript library (dist/lib/hashpivot.mjs).
// In Node and in Chromium it gives, for every preset of every panel, the
// page's own data-values for the same scenario; bad input throws a
// structured error naming every bad key; lib-demo.html runs under the
// page's Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, watch, allValues, DIST } from './lib.mjs';
import { LIBRARY_BUDGET_GZIP_BYTES } from './budgets.mjs';

const lib = await import(pathToFileURL(join(DIST, 'lib/hashpivot.mjs')).href);
const PANELS = lib.PANELS.filter((p) => p !== 'converter');

let server, browser;
before(async () => { server = await serve('/lib/test/'); browser = await launch(); });
after(async () => { await browser.close(); server.close(); });

/** Every scenario a panel names: its defaults and its presets, as [slug, inputs]. */
function scenarios(panel) {
  return [['defaults', {}], ...lib.presets(panel).map((p) => [p.id, p.values])];
}

/** The page's data-values and data-reasons for one prerendered view (no JavaScript needed: they equal the app's). */
async function pageOutputs(context, panel, slug) {
  const page = await context.newPage();
  await page.goto(`${server.url}p/${panel}/${slug}/`);
  const values = await allValues(page, `#panel-${panel}`);
  const reasons = await page.$$eval(`#panel-${panel} [data-reason]`, (els) => Object.fromEntries(els.map((e) => [e.dataset.output, e.dataset.reason])));
  await page.close();
  return { values, reasons };
}

/** Asserts that a library result equals the page's outputs, key for key. */
function same(result, { values, reasons }, where) {
  const keys = Object.keys(result).filter((k) => k !== 'reasons');
  assert.deepEqual(keys.sort(), Object.keys(values).sort(), `${where}: the same keys`);
  for (const key of keys) {
    const [mine, page] = [result[key], values[key]];
    if (mine === null) {
      assert.equal(page, '', `${where} ${key}`);
      assert.equal(result.reasons[key], reasons[key], `${where} ${key}: the same reason`);
    } else if (typeof mine === 'number') {
      assert.ok(Number.isFinite(mine) && mine === Number(page), `${where} ${key}: ${mine} vs ${page}`);
    } else {
      assert.equal(mine, page, `${where} ${key}`);
    }
  }
}

test('in Node, every preset of every panel gives the page\'s data-values', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  let compared = 0;
  for (const panel of PANELS) {
    for (const [slug, inputs] of scenarios(panel)) {
      same(lib.evaluate(panel, inputs), await pageOutputs(context, panel, slug), `${panel}/${slug}`);
      compared += 1;
    }
  }
  assert.ok(compared >= 14, `${compared} scenarios`);
  await context.close();
});

test('in Chromium, the library gives the same numbers, and lib-demo.html runs under the page\'s CSP', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const { errors } = watch(page);
  await page.goto(`${server.url}lib-demo.html`);
  await page.waitForSelector('body[data-ready]');
  assert.ok(Number(await page.textContent('[data-lib-output="hashprice_usd_ph_day"]')) > 0);
  await page.fill('#value', '80000');
  await page.waitForFunction(() => Number(document.querySelector('[data-lib-output="hashprice_usd_ph_day"]').textContent) > 40);
  await page.fill('#value', '-5');
  await page.waitForFunction(() => document.getElementById('error').textContent.includes('outside_domain'));
  const inBrowser = await page.evaluate(async (panels) => {
    const m = await import('./lib/hashpivot.mjs');
    return panels.flatMap((panel) => [['defaults', {}], ...m.presets(panel).map((p) => [p.id, p.values])]
      .map(([slug, inputs]) => [panel, slug, m.evaluate(panel, inputs)]));
  }, PANELS);
  const still = await browser.newContext({ javaScriptEnabled: false });
  for (const [panel, slug, result] of inBrowser) same(result, await pageOutputs(still, panel, slug), `chromium ${panel}/${slug}`);
  await still.close();
  assert.deepEqual(errors, [], 'no CSP violation, no error');
  await context.close();
});

test('the registry and the presets come out with units, domains and sources', () => {
  const grid = lib.inputs('grid');
  assert.deepEqual(grid.map((i) => i.key), ['demand_gw', 'supply_gw', 'mining_gw', 'convertible_pct', 'converted_pue']);
  assert.deepEqual({ ...grid[0], source: undefined }, { key: 'demand_gw', unit: 'GW', min: 0, max: 1000, step: 1, default: 74, source: undefined, choices: 0 });
  assert.match(grid[0].source, /Morgan Stanley/);
  const mode = lib.inputs('outlook').find((i) => i.key === 'hashrate_mode');
  assert.equal(mode.choices, 2);
  assert.deepEqual(lib.presets('pivot').map((p) => p.id), ['hut8-lease', 'terawulf-lease', 'cipher-fluidstack-lease', 'cipher-aws-shell', 'core-scientific-lease', 'applied-digital-lease', 'mining-today']);
  assert.equal(lib.presets('miner').length, 0);
});

// Each bad input throws a HashpivotInputError: { name, message, errors: [{ key, reason }] }
// (tests/e2e/library-hostile.test.mjs: calls that try to break the module).
const HOSTILE = [
  ['nope', {}, [['panel', 'unknown_panel']]],
  ['', {}, [['panel', 'unknown_panel']]],
  ['MINER', {}, [['panel', 'unknown_panel']]],
  ['miner', [1, 2], [['inputs', 'not_an_object']]],
  ['miner', 'btc_usd=1', [['inputs', 'not_an_object']]],
  ['miner', 42, [['inputs', 'not_an_object']]],
  ['miner', { btc_usd: NaN }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: Infinity }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: -Infinity }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: '67000' }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: null }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: true }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: [67000] }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: { value: 1 } }, [['btc_usd', 'not_a_number']]],
  ['miner', { btc_usd: 999 }, [['btc_usd', 'outside_domain']]],
  ['miner', { btc_usd: 1e308 }, [['btc_usd', 'outside_domain']]],
  ['miner', { eff_jth: -5 }, [['eff_jth', 'outside_domain']]],
  ['miner', { eff_jth: 0 }, [['eff_jth', 'outside_domain']]],
  ['miner', { height: 6930000 }, [['height', 'outside_domain']]],
  ['miner', { nope: 1 }, [['nope', 'unknown_key']]],
  ['miner', { '<script>': 1 }, [['<script>', 'unknown_key']]],
  ['miner', { __proto__: 1 }, []],
  ['miner', { BTC_USD: 70000 }, [['BTC_USD', 'unknown_key']]],
  ['miner', { lease_usd_kw_month: 150 }, [['lease_usd_kw_month', 'not_in_panel']]],
  ['outlook', { hashrate_mode: 0.5 }, [['hashrate_mode', 'not_a_choice']]],
  ['outlook', { hashrate_mode: 2 }, [['hashrate_mode', 'outside_domain']]],
  ['outlook', { hashrate_mode: -1 }, [['hashrate_mode', 'outside_domain']]],
  ['pivot', { build_mining: 3 }, [['build_mining', 'outside_domain']]],
  ['pivot', { delay_mining: 0.5 }, [['delay_mining', 'not_a_choice']]],
  // The old yes/no key: the library names the share that replaced it.
  ['pivot', { backstop: 1 }, [['backstop', 'unknown_key']]],
  ['pivot', { lease_usd_kw_month: 2001 }, [['lease_usd_kw_month', 'outside_domain']]],
  ['grid', { demand_gw: -1, supply_gw: 'x', nope: 1 }, [['demand_gw', 'outside_domain'], ['supply_gw', 'not_a_number'], ['nope', 'unknown_key']]],
  ['geography', { extra_shares: 'Paraguay:3' }, [['extra_shares', 'bad_rows']]],
  ['geography', { extra_shares: [{ name: '<b>', share_pct: 1 }] }, [['extra_shares', 'bad_rows']]],
  ['geography', { extra_shares: [{ name: 'Paraguay', share_pct: 101 }] }, [['extra_shares', 'bad_rows']]],
  ['geography', { extra_shares: [{ name: 'Paraguay' }] }, [['extra_shares', 'bad_rows']]],
  ['geography', { extra_shares: Array.from({ length: 13 }, (_, i) => ({ name: `R${i}`, share_pct: 1 })) }, [['extra_shares', 'bad_rows']]],
  ['geography', { extra_shares: [{ name: '\u200B', share_pct: 1 }] }, [['extra_shares', 'bad_rows']]],
];

test(`hostile input (${HOSTILE.length} cases) throws a structured error naming every bad key; never a NaN`, () => {
  assert.ok(HOSTILE.length >= 30);
  for (const [panel, inputs, expected] of HOSTILE) {
    const where = `${panel} ${JSON.stringify(inputs)}`;
    if (expected.length === 0) {
      const result = lib.evaluate(panel, inputs);
      for (const [key, value] of Object.entries(result)) if (typeof value === 'number') assert.ok(Number.isFinite(value), `${where} ${key}`);
      continue;
    }
    let thrown = null;
    try { lib.evaluate(panel, inputs); } catch (e) { thrown = e; }
    assert.ok(thrown, `${where}: throws`);
    assert.ok(thrown instanceof lib.HashpivotInputError && thrown instanceof Error, where);
    assert.equal(thrown.name, 'HashpivotInputError', where);
    assert.deepEqual(thrown.errors.map((p) => [p.key, p.reason]), expected, where);
    for (const p of thrown.errors.filter((e) => e.reason === 'outside_domain')) assert.ok(Number.isFinite(p.min) && Number.isFinite(p.max), where);
  }
});

test(`the module and its glue are at most ${LIBRARY_BUDGET_GZIP_BYTES} B gzip`, async () => {
  const { gzipSync } = await import('node:zlib');
  const { readFileSync } = await import('node:fs');
  const bytes = ['hashpivot.mjs', 'hashpivot_models.js', 'hashpivot_models_bg.wasm']
    .map((f) => gzipSync(readFileSync(join(DIST, 'lib', f)), { level: 9 }).length);
  const total = bytes.reduce((a, b) => a + b, 0);
  console.log(`# library: ${bytes.join(' + ')} = ${total} B gzip`);
  assert.ok(total <= LIBRARY_BUDGET_GZIP_BYTES, `${total} B`);
});
