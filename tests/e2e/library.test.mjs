// End-to-end: the models as a JavaScript library (dist/lib/hashpivot.mjs,
// and hashpivot-evaluate.mjs without series). In Node and in Chromium it
// gives, for every preset of every panel, the page's own data-values for
// the same scenario; its series are the page's chart data (each chart's CSV
// download) and its converter the page's converter fields; bad input
// throws a structured error naming every bad key; lib-demo.html runs under
// the page's Content-Security-Policy; each entry is within its budget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, watch, open, typeInto, allValues, until, DIST } from './lib.mjs';
import { LIBRARY_BUDGET_GZIP_BYTES, LIBRARY_EVALUATE_BUDGET_GZIP_BYTES } from './budgets.mjs';

const lib = await import(pathToFileURL(join(DIST, 'lib/hashpivot.mjs')).href);
const evaluateOnly = await import(pathToFileURL(join(DIST, 'lib/hashpivot-evaluate.mjs')).href);
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

test('hashpivot-evaluate.mjs gives what hashpivot.mjs gives, without series', () => {
  assert.equal(evaluateOnly.series, undefined);
  assert.deepEqual(Object.keys(evaluateOnly).sort(), Object.keys(lib).filter((k) => k !== 'series').sort());
  for (const panel of lib.PANELS) {
    assert.deepEqual(evaluateOnly.inputs(panel), lib.inputs(panel), panel);
    for (const [slug, inputs] of scenarios(panel)) assert.deepEqual(evaluateOnly.evaluate(panel, inputs), lib.evaluate(panel, inputs), `${panel}/${slug}`);
  }
});

/** Every scenario a series panel is checked at: its defaults, presets and claims, and the Monte Carlo or the undiscounted chart. */
function seriesScenarios(panel) {
  const more = panel === 'outlook'
    ? [['volatility 60', { volatility_pct: 60 }], ['volatility 45, equilibrium', { volatility_pct: 45, hashrate_mode: 1, btc_growth_pct: 35 }]]
    : [['undiscounted', { discounted: 0 }], ['hut8, undiscounted, no backstop', { ...lib.presets('pivot')[0].values, discounted: 0, backstop_pct: 0 }]];
  return [...scenarios(panel), ...more];
}

/** The charts of each series panel, with each CSV column's series column (and the scale the chart draws it at). */
const CHARTS = {
  outlook: [
    ['outlook-hashprice', { hashprice_usd_ph_day: 'hashprice_usd_ph_day', p10: 'hashprice_p10_usd_ph_day', p90: 'hashprice_p90_usd_ph_day' }],
    ['outlook-margin', { margin_usd_ph_day: 'margin_usd_ph_day' }],
    ['outlook-hashrate', { hashrate_ehs_growth_mode: 'hashrate_ehs_growth_mode', hashrate_ehs_equilibrium_mode: 'hashrate_ehs_equilibrium_mode' }],
  ],
  // The cash chart draws cumulative cash in USD millions, discounted or not as `discounted` says.
  pivot: [['pivot-cash', (discounted) => (discounted
    ? { cumulative_ai_usd_m: 'cumulative_ai_discounted_usd', cumulative_mining_usd_m: 'cumulative_mining_discounted_usd' }
    : { cumulative_ai_usd_m: 'cumulative_ai_usd', cumulative_mining_usd_m: 'cumulative_mining_usd' })]],
};

/** The page's data of each chart of `panel` for `inputs`, as its CSV download gives it: { chart: [header, ...rows] }. */
async function pageCharts(panel, inputs) {
  const query = new URLSearchParams({ panel, ...inputs });
  const { page, context, errors } = await open(browser, `${server.url}?${query}`);
  // The fan is drawn after a pause: wait for its legend.
  if (panel === 'outlook' && inputs.volatility_pct > 0) await page.waitForSelector('#panel-outlook .swatch-band');
  const charts = {};
  for (const [name] of CHARTS[panel]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`#panel-${panel} .chart:has(canvas[data-chart="${name}"]) [data-export="csv"]`),
    ]);
    charts[name] = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
  }
  assert.deepEqual(errors, [], `${panel} ${query}`);
  await context.close();
  return charts;
}

/** Asserts that `rows` (a library series) are the page's charts' data, number for number. */
function sameAsCharts(rows, charts, panel, inputs, where) {
  const discounted = (inputs.discounted ?? 1) === 1;
  for (const [name, columns] of CHARTS[panel]) {
    const map = typeof columns === 'function' ? columns(discounted) : columns;
    const [head, ...cells] = charts[name];
    assert.deepEqual(head, ['month', ...Object.keys(map).filter((c) => head.includes(c))], `${where} ${name}: its columns`);
    assert.equal(cells.length, rows.length, `${where} ${name}: one row a month`);
    cells.forEach((cell, m) => {
      assert.equal(cell[0], rows[m].month, `${where} ${name} row ${m}`);
      head.slice(1).forEach((column, c) => {
        const mine = rows[m][map[column]] / (panel === 'pivot' ? 1e6 : 1);
        assert.ok(Number.isFinite(mine) && mine === Number(cell[c + 1]), `${where} ${name} ${rows[m].month} ${column}: ${mine} vs ${cell[c + 1]}`);
      });
    });
  }
  const fan = rows.every((r) => 'hashprice_p10_usd_ph_day' in r);
  assert.equal(fan, panel === 'outlook' && inputs.volatility_pct > 0, `${where}: the Monte Carlo columns exactly with volatility`);
  if (fan) assert.ok(charts['outlook-hashprice'][0].includes('p10'), `${where}: the page drew the fan`);
}

test('in Node and in Chromium, series gives every chart\'s data the page shows for each preset (its CSV download), the fan included', { timeout: 300_000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}lib-demo.html`);
  const all = lib.SERIES_PANELS.flatMap((panel) => seriesScenarios(panel).map(([slug, inputs]) => [panel, slug, inputs]));
  const inBrowser = await page.evaluate(async (all) => {
    const m = await import('./lib/hashpivot.mjs');
    return all.map(([panel, , inputs]) => m.series(panel, inputs));
  }, all);
  await context.close();
  assert.deepEqual(lib.SERIES_PANELS, ['outlook', 'pivot']);
  assert.ok(all.length >= 9, `${all.length} scenarios`);
  for (const [i, [panel, slug, inputs]] of all.entries()) {
    const rows = lib.series(panel, inputs);
    assert.deepEqual(inBrowser[i], rows, `${panel}/${slug}: Chromium's series is Node's`);
    sameAsCharts(rows, await pageCharts(panel, inputs), panel, inputs, `${panel}/${slug}`);
  }
});

/** The page's converter fields' data-values, by key. */
async function converterFields(page) {
  return page.$$eval('#panel-converter input[data-output]', (els) => Object.fromEntries(els.map((e) => [e.dataset.output, Number(e.dataset.value)])));
}

/** The library's converter outputs as numbers by key (no reasons: it has none). */
function converted(inputs) {
  const { reasons, ...fields } = lib.evaluate('converter', inputs);
  assert.deepEqual(reasons, {});
  return fields;
}

test('the converter in the library gives the page\'s converter fields for the same inputs and values typed, and refuses what the page refuses', { timeout: 120_000 }, async () => {
  for (const at of [{}, { btc_usd: 80_000, eff_jth: 20 }, { btc_usd: 1000, eff_jth: 200 }]) {
    const { page, context, errors } = await open(browser, `${server.url}?${new URLSearchParams({ panel: 'converter', ...at })}`);
    assert.deepEqual(await converterFields(page), converted(at), `the starting fields at ${JSON.stringify(at)}`);
    // Each field's group, as the page groups them.
    const groupOf = Object.fromEntries(await page.$$eval('#panel-converter [data-group] input[data-output]',
      (els) => els.map((e) => [e.dataset.output, e.closest('[data-group]').dataset.group])));
    // One field typed into each group, in turn (a group keeps the last typed): the library given the same fields agrees after each.
    const typed = {};
    for (const [key, value] of [['conv_th_s', 250], ['conv_w_ph_s', 21_500], ['conv_kw', 1234.5], ['conv_usd', 1000], ['conv_usd_mwh', 60], ['conv_difficulty', 1.5e14], ['conv_sats', 12_345]]) {
      await typeInto(page, `#conv-${key}`, String(value));
      for (const other of Object.keys(typed)) if (groupOf[other] === groupOf[key]) delete typed[other];
      typed[key] = value;
      const expected = converted({ ...at, ...typed });
      const shown = () => converterFields(page);
      await until(async () => JSON.stringify(await shown()) === JSON.stringify(expected), `${key} = ${value} at ${JSON.stringify(at)}`).catch(() => {});
      assert.deepEqual(await shown(), expected, `${key} = ${value} at ${JSON.stringify(at)}`);
    }
    // The largest value a field takes: the page takes it; the next double up it refuses, as the library does.
    const invalid = (key, is) => until(async () => (await page.getAttribute(`#conv-${key}`, 'aria-invalid')) === is, `#conv-${key} aria-invalid=${is}`);
    for (const key of ['conv_kw', 'conv_usd', 'conv_usd_mwh']) {
      let problem;
      try { lib.evaluate('converter', { ...at, [key]: 1e308 }); } catch (e) { problem = e.errors[0]; }
      assert.deepEqual([problem.key, problem.reason, problem.min], [key, 'outside_domain', 0], key);
      const next = new Float64Array(new BigInt64Array([new BigInt64Array(new Float64Array([problem.max]).buffer)[0] + 1n]).buffer)[0];
      assert.throws(() => lib.evaluate('converter', { ...at, [key]: next }), lib.HashpivotInputError);
      await typeInto(page, `#conv-${key}`, String(next));
      await invalid(key, 'true');
      await typeInto(page, `#conv-${key}`, String(problem.max));
      await invalid(key, 'false');
      await until(async () => (await converterFields(page))[key] === problem.max, `${key} at its largest`);
      for (const other of Object.keys(typed)) if (groupOf[other] === groupOf[key]) delete typed[other];
      typed[key] = problem.max;
      assert.deepEqual(await converterFields(page), converted({ ...at, ...typed }), `${key} at its largest`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test(`each entry (its module, library.mjs, glue and wasm) is within its budget: hashpivot.mjs ${LIBRARY_BUDGET_GZIP_BYTES} B gzip, hashpivot-evaluate.mjs ${LIBRARY_EVALUATE_BUDGET_GZIP_BYTES} B`, async () => {
  const { gzipSync } = await import('node:zlib');
  const gzip = (f) => gzipSync(readFileSync(join(DIST, 'lib', f)), { level: 9 }).length;
  for (const [entry, glue, budget] of [['hashpivot.mjs', 'hashpivot_models', LIBRARY_BUDGET_GZIP_BYTES], ['hashpivot-evaluate.mjs', 'hashpivot_evaluate', LIBRARY_EVALUATE_BUDGET_GZIP_BYTES]]) {
    const files = [entry, 'library.mjs', `${glue}.js`, `${glue}_bg.wasm`];
    const bytes = files.map(gzip);
    const total = bytes.reduce((a, b) => a + b, 0);
    console.log(`# ${entry}: ${files.map((f, i) => `${f} ${bytes[i]}`).join(' + ')} = ${total} B gzip`);
    assert.ok(total <= budget, `${entry}: ${total} B`);
  }
});
