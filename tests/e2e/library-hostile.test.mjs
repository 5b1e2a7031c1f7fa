// End-to-end: the library (dist/lib/hashpivot.mjs) under hostile calls, in
// Node and in Chromium, through `evaluate` and `series` (which share one
// reader of the caller's arguments). Whatever a caller passes (a panel of any type,
// getters and Proxy traps that throw, revoked Proxies, arrays whose
// iterator throws, objects that are not plain, huge and odd values), the
// call throws a HashpivotInputError naming every bad key, or gives what the
// same plain input gives; and afterwards every preset of every panel gives
// exactly what a fresh copy of the module gives: the module never traps and
// never degrades, even after 10^5 throwing calls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, DIST } from './lib.mjs';

const LIB = pathToFileURL(join(DIST, 'lib/hashpivot.mjs')).href;
// A second copy of the library, in its own directory: its own module and
// wasm instance, which no hostile call ever reaches.
const copy = mkdtempSync(join(tmpdir(), 'hashpivot-fresh-'));
cpSync(join(DIST, 'lib'), copy, { recursive: true });
const fresh = await import(pathToFileURL(join(copy, 'hashpivot.mjs')).href);

/** Every preset of every panel (its defaults first) as [panel, id, inputs]. */
const SCENARIOS = fresh.PANELS.flatMap((panel) => [[panel, 'defaults', {}], ...fresh.presets(panel).map((p) => [panel, p.id, p.values])]);
/** What a fresh module gives for each of them, in order: evaluate's outputs, and the series where the panel has one. */
const BASELINE = SCENARIOS.map(([panel, , inputs]) => [fresh.evaluate(panel, inputs), fresh.SERIES_PANELS.includes(panel) ? fresh.series(panel, inputs) : null]);

let server, browser;
before(async () => { server = await serve('/lib/test/'); browser = await launch(); });
after(async () => { await browser.close(); server.close(); rmSync(copy, { recursive: true, force: true }); });

/**
 * Runs the hostile table against the library at `url` (in Node or, through
 * Playwright, in a page: so it is self-contained). After each call it
 * evaluates every scenario and compares with `baseline`. Stops at the first
 * call that goes wrong (a library that hangs would otherwise hang the
 * test), and reports every call.
 */
async function runTable({ url, scenarios, baseline }) {
  const lib = await import(url);
  const Input = lib.HashpivotInputError;
  const throwing = () => { throw new Error('hostile'); };
  const everyTrap = ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'setPrototypeOf', 'defineProperty',
    'deleteProperty', 'isExtensible', 'preventExtensions', 'apply', 'construct'];
  const allThrow = (target = {}) => new Proxy(target, Object.fromEntries(everyTrap.map((t) => [t, throwing])));
  const revoked = (target = {}) => { const r = Proxy.revocable(target, {}); r.revoke(); return r.proxy; };
  /** An object whose first key is `key`, read by `get`, then `more`. */
  const getter = (key, get, more = {}) => Object.assign(Object.defineProperty({}, key, { enumerable: true, get }), more);
  const row = (name, share_pct) => ({ name, share_pct });
  const iteratorThrows = (rows) => Object.assign(rows, { [Symbol.iterator]: throwing });
  const ev = (panel, inputs) => () => lib.evaluate(panel, inputs);
  const sr = (panel, inputs) => () => lib.series(panel, inputs);
  const panel = (p) => [['panel', 'unknown_panel']];
  const whole = (reason) => [['inputs', reason]];
  const rows = (reason) => [['extra_shares', reason]];
  let mutated = 0;

  // [what, call, expected]: expected is [[key, reason], ...] (throws), or
  // { same: [panel, plain inputs] } (gives what that plain input gives).
  const TABLE = [
    // Panels of every type.
    ['panel 123', ev(123, {}), panel()],
    ['panel {}', ev({}, {}), panel()],
    ['panel Symbol()', ev(Symbol('miner'), {}), panel()],
    ['panel true', ev(true, {}), panel()],
    ['panel 7n', ev(7n, {}), panel()],
    ['panel null', ev(null, {}), panel()],
    ['panel undefined', ev(undefined, {}), panel()],
    ['panel [miner]', ev(['miner'], {}), panel()],
    ['panel NaN', ev(NaN, {}), panel()],
    ['panel -0', ev(-0, {}), panel()],
    ['panel function', ev(() => 'miner', {}), panel()],
    ['panel new String', ev(new String('miner'), {}), panel()],
    ['panel toString', ev({ toString: () => 'miner' }, {}), panel()],
    ['panel toString throws', ev({ toString: throwing, valueOf: throwing }, {}), panel()],
    ['panel Proxy, every trap throws', ev(allThrow(), {}), panel()],
    ['panel revoked Proxy', ev(revoked(), {}), panel()],
    ['panel "MINER"', ev('MINER', {}), panel()],
    ['panel ""', ev('', {}), panel()],
    ['panel __proto__', ev('__proto__', {}), panel()],
    ['panel 1 MB', ev('m'.repeat(1 << 20), {}), panel()],
    ['panel lone surrogate', ev('\uD800', {}), panel()],
    ['inputs(123)', () => lib.inputs(123), panel()],
    ['inputs(Proxy)', () => lib.inputs(allThrow()), panel()],
    ['presets(Symbol())', () => lib.presets(Symbol('pivot')), panel()],
    ['presets(revoked Proxy)', () => lib.presets(revoked()), panel()],
    // Inputs that are not a plain object.
    ['inputs 42', ev('miner', 42), whole('not_an_object')],
    ['inputs true', ev('miner', true), whole('not_an_object')],
    ['inputs Symbol()', ev('miner', Symbol('x')), whole('not_an_object')],
    ['inputs 7n', ev('miner', 7n), whole('not_an_object')],
    ['inputs function', ev('miner', () => ({ btc_usd: 70000 })), whole('not_an_object')],
    ['inputs array', ev('miner', [70000]), whole('not_an_object')],
    ['inputs Date', ev('miner', new Date(0)), whole('not_an_object')],
    ['inputs Map', ev('miner', new Map([['btc_usd', 70000]])), whole('not_an_object')],
    ['inputs Set', ev('miner', new Set(['btc_usd'])), whole('not_an_object')],
    ['inputs Float64Array', ev('miner', new Float64Array(8)), whole('not_an_object')],
    ['inputs RegExp', ev('miner', /btc_usd/), whole('not_an_object')],
    ['inputs new Number', ev('miner', new Number(70000)), whole('not_an_object')],
    ['inputs Error', ev('miner', new Error('x')), whole('not_an_object')],
    ['inputs Promise', ev('miner', Promise.resolve({})), whole('not_an_object')],
    ['inputs toStringTag Map', ev('miner', { [Symbol.toStringTag]: 'Map', btc_usd: 70000 }), whole('not_an_object')],
    // Inputs that throw while being read.
    ['inputs Proxy, every trap throws', ev('miner', allThrow()), whole('unreadable')],
    ['inputs revoked Proxy', ev('miner', revoked()), whole('unreadable')],
    ['inputs Proxy, ownKeys throws', ev('miner', new Proxy({ btc_usd: 70000 }, { ownKeys: throwing })), whole('unreadable')],
    ['inputs Proxy, getOwnPropertyDescriptor throws', ev('miner', new Proxy({ btc_usd: 70000 }, { getOwnPropertyDescriptor: throwing })), whole('unreadable')],
    ['inputs Proxy, get throws', ev('miner', new Proxy({ btc_usd: 70000 }, { get: throwing })), whole('unreadable')],
    ['inputs Proxy, ownKeys breaks its invariants', ev('miner', new Proxy(Object.preventExtensions({ btc_usd: 1 }), { ownKeys: () => ['eff_jth'] })), whole('unreadable')],
    ['inputs toStringTag getter throws', ev('miner', getter(Symbol.toStringTag, throwing)), whole('unreadable')],
    ['getter throws 1', ev('miner', getter('btc_usd', () => { throw 1; })), [['btc_usd', 'unreadable']]],
    ['getter throws an Error, and more', ev('miner', getter('eff_jth', throwing, { btc_usd: 'x', nope: 1 })), [['eff_jth', 'unreadable'], ['btc_usd', 'not_a_number'], ['nope', 'unknown_key']]],
    ['getter throws a Proxy', ev('miner', getter('btc_usd', () => { throw allThrow(); })), [['btc_usd', 'unreadable']]],
    ['getter on an unknown key throws (not read)', ev('miner', getter('nope', throwing)), [['nope', 'unknown_key']]],
    ['getter gives a Proxy', ev('miner', getter('btc_usd', () => allThrow())), [['btc_usd', 'not_a_number']]],
    ['getter deletes a later key', ev('miner', getter('btc_usd', function () { delete this.eff_jth; return 70000; }, { eff_jth: 20 })), [['eff_jth', 'not_a_number']]],
    ['getter calls the library back', ev('miner', getter('btc_usd', () => {
      try { lib.evaluate(123, allThrow()); } catch { /* its own error */ }
      return lib.evaluate('miner', {}).hashprice_usd_ph_day > 0 ? 70000 : 1;
    })), { same: ['miner', { btc_usd: 70000 }] }],
    ['getter changes PANELS', ev('miner', getter('btc_usd', () => { lib.PANELS.push(42); return 70000; })), [['btc_usd', 'unreadable']]],
    ['getter counts its reads', ev('miner', getter('btc_usd', () => (mutated++ ? 1 : 70000))), { same: ['miner', { btc_usd: 70000 }] }],
    // Values.
    ['valueOf throws', ev('miner', { btc_usd: { valueOf: throwing, toString: throwing } }), [['btc_usd', 'not_a_number']]],
    ['valueOf gives a number', ev('miner', { btc_usd: { valueOf: () => 70000 } }), [['btc_usd', 'not_a_number']]],
    ['BigInt', ev('miner', { btc_usd: 70000n }), [['btc_usd', 'not_a_number']]],
    ['Symbol', ev('miner', { btc_usd: Symbol('70000') }), [['btc_usd', 'not_a_number']]],
    ['numeric string', ev('miner', { btc_usd: '70000' }), [['btc_usd', 'not_a_number']]],
    ['new Number', ev('miner', { btc_usd: new Number(70000) }), [['btc_usd', 'not_a_number']]],
    ['NaN and Infinity', ev('miner', { btc_usd: NaN, eff_jth: Infinity, uptime_pct: -Infinity }), [['btc_usd', 'not_a_number'], ['eff_jth', 'not_a_number'], ['uptime_pct', 'not_a_number']]],
    ['1e308', ev('miner', { btc_usd: 1e308 }), [['btc_usd', 'outside_domain']]],
    ['-1e308', ev('miner', { btc_usd: -1e308 }), [['btc_usd', 'outside_domain']]],
    ['MIN_VALUE', ev('miner', { btc_usd: Number.MIN_VALUE }), [['btc_usd', 'outside_domain']]],
    ['2^53 height', ev('miner', { height: 2 ** 53 }), [['height', 'outside_domain']]],
    ['-0', ev('miner', { fees_btc: -0 }), { same: ['miner', { fees_btc: 0 }] }],
    ['choice 0.5', ev('outlook', { hashrate_mode: 0.5 }), [['hashrate_mode', 'not_a_choice']]],
    // Keys.
    ['own __proto__', ev('miner', { ['__proto__']: 70000 }), [['__proto__', 'unknown_key']]],
    ['JSON __proto__', ev('miner', JSON.parse('{"__proto__": {"btc_usd": 70000}}')), [['__proto__', 'unknown_key']]],
    ['Object.prototype names', ev('miner', { constructor: 1, toString: 2, hasOwnProperty: 3 }), [['constructor', 'unknown_key'], ['toString', 'unknown_key'], ['hasOwnProperty', 'unknown_key']]],
    ['inherited keys are not read', ev('miner', Object.create({ btc_usd: 70000 })), { same: ['miner', {}] }],
    ['inherited getter is not read', ev('miner', Object.create(getter('btc_usd', throwing))), { same: ['miner', {}] }],
    ['null prototype', ev('miner', Object.assign(Object.create(null), { btc_usd: 70000 })), { same: ['miner', { btc_usd: 70000 }] }],
    ['frozen', ev('miner', Object.freeze({ btc_usd: 70000 })), { same: ['miner', { btc_usd: 70000 }] }],
    ['sealed, not extensible', ev('pivot', Object.seal(Object.preventExtensions({ lease_usd_kw_month: 159 }))), { same: ['pivot', { lease_usd_kw_month: 159 }] }],
    ['class instance', ev('miner', new (class { btc_usd = 70000; })()), { same: ['miner', { btc_usd: 70000 }] }],
    ['non-enumerable key', ev('miner', Object.defineProperty({}, 'btc_usd', { value: 1 })), { same: ['miner', {}] }],
    ['symbol key', ev('miner', { [Symbol.for('btc_usd')]: 1 }), { same: ['miner', {}] }],
    ['another panel\'s key', ev('miner', { lease_usd_kw_month: 150 }), [['lease_usd_kw_month', 'not_in_panel']]],
    ['rows on another panel', ev('pivot', { extra_shares: [row('Oman', 1)] }), [['extra_shares', 'not_in_panel']]],
    ['10^4 unknown keys', ev('grid', Object.fromEntries(Array.from({ length: 1e4 }, (_, i) => [`k${i}`, i]))),
      Array.from({ length: 1e4 }, (_, i) => [`k${i}`, 'unknown_key'])],
    ['1 MB key', ev('grid', { ['k'.repeat(1 << 20)]: 1 }), [['k'.repeat(1 << 20), 'unknown_key']]],
    // Added share rows.
    ['rows: iterator throws', ev('geography', { extra_shares: iteratorThrows([row('Oman', 1)]) }), { same: ['geography', { extra_shares: [row('Oman', 1)] }] }],
    ['rows: Proxy, every trap throws', ev('geography', { extra_shares: allThrow([row('Oman', 1)]) }), rows('unreadable')],
    ['rows: revoked Proxy', ev('geography', { extra_shares: revoked([]) }), rows('unreadable')],
    ['rows: element getter throws', ev('geography', { extra_shares: Object.defineProperty([row('Oman', 1)], 0, { get: throwing }) }), rows('unreadable')],
    ['rows: name getter throws', ev('geography', { extra_shares: [getter('name', throwing, { share_pct: 1 })] }), rows('unreadable')],
    ['rows: row Proxy, every trap throws', ev('geography', { extra_shares: [allThrow()] }), rows('unreadable')],
    ['rows: length getter (Proxy) throws', ev('geography', { extra_shares: new Proxy([], { get: throwing }) }), rows('unreadable')],
    ['rows: array-like', ev('geography', { extra_shares: { length: 1, 0: row('Oman', 1) } }), rows('bad_rows')],
    ['rows: 10^7 long', ev('geography', { extra_shares: new Array(1e7) }), rows('bad_rows')],
    ['rows: sparse', ev('geography', { extra_shares: [, row('Oman', 1)] }), rows('bad_rows')], // eslint-disable-line no-sparse-arrays
    ['rows: 13 rows', ev('geography', { extra_shares: Array.from({ length: 13 }, (_, i) => row(`R${i}`, 1)) }), rows('bad_rows')],
    ['rows: 1 MB name', ev('geography', { extra_shares: [row('a'.repeat(1 << 20), 1)] }), rows('bad_rows')],
    ['rows: line feed in a name', ev('geography', { extra_shares: [row('Para\nguay', 1)] }), rows('bad_rows')],
    ['rows: name not a string', ev('geography', { extra_shares: [row(new String('Oman'), 1)] }), rows('bad_rows')],
    ['rows: share BigInt', ev('geography', { extra_shares: [row('Oman', 1n)] }), rows('bad_rows')],
    ['rows: share NaN', ev('geography', { extra_shares: [row('Oman', NaN)] }), rows('bad_rows')],
    ['rows: typed array', ev('geography', { extra_shares: new Float64Array(2) }), rows('bad_rows')],
    ['rows: inherited fields', ev('geography', { extra_shares: [Object.create(row('Oman', 1))] }), { same: ['geography', { extra_shares: [row('Oman', 1)] }] }],
    ['rows: frozen', ev('geography', { extra_shares: Object.freeze([Object.freeze(row('Oman', 1))]) }), { same: ['geography', { extra_shares: [row('Oman', 1)] }] }],
    // The same reader behind series, and its own check of the panel.
    ['series: panel 123', sr(123, {}), panel()],
    ['series: panel Proxy, every trap throws', sr(allThrow(), {}), panel()],
    ['series: panel new String', sr(new String('outlook'), {}), panel()],
    ['series: a panel without a series', sr('miner', {}), [['panel', 'no_series']]],
    ['series: the converter', sr('converter', { conv_th_s: 1 }), [['panel', 'no_series']]],
    ['series: inputs array', sr('outlook', [60]), whole('not_an_object')],
    ['series: inputs Map', sr('pivot', new Map([['site_mw', 50]])), whole('not_an_object')],
    ['series: inputs Proxy, every trap throws', sr('outlook', allThrow()), whole('unreadable')],
    ['series: inputs revoked Proxy', sr('pivot', revoked()), whole('unreadable')],
    ['series: getter throws, and more', sr('outlook', getter('volatility_pct', throwing, { btc_usd: 'x', nope: 1 })),
      [['volatility_pct', 'unreadable'], ['btc_usd', 'not_a_number'], ['nope', 'unknown_key']]],
    ['series: getter calls the library back', sr('outlook', getter('volatility_pct', () => {
      try { lib.series('miner', allThrow()); } catch { /* its own error */ }
      return lib.series('pivot', {}).length > 0 ? 60 : 1;
    })), { same: ['outlook', { volatility_pct: 60 }], fn: 'series' }],
    ['series: NaN, Infinity, BigInt', sr('outlook', { volatility_pct: NaN, btc_usd: Infinity, fees_btc: 1n }),
      [['volatility_pct', 'not_a_number'], ['btc_usd', 'not_a_number'], ['fees_btc', 'not_a_number']]],
    ['series: outside the domain', sr('outlook', { volatility_pct: 151, hashrate_mode: 0.5 }), [['volatility_pct', 'outside_domain'], ['hashrate_mode', 'not_a_choice']]],
    ['series: another panel\'s key', sr('pivot', { demand_gw: 1 }), [['demand_gw', 'not_in_panel']]],
    ['series: rows on the outlook', sr('outlook', { extra_shares: [row('Oman', 1)] }), [['extra_shares', 'not_in_panel']]],
    ['series: 10^4 unknown keys', sr('pivot', Object.fromEntries(Array.from({ length: 1e4 }, (_, i) => [`k${i}`, i]))),
      Array.from({ length: 1e4 }, (_, i) => [`k${i}`, 'unknown_key'])],
    ['series: -0 and a frozen object', sr('pivot', Object.freeze({ escalator_pct: -0 })), { same: ['pivot', { escalator_pct: 0 }], fn: 'series' }],
    ['series: the largest volatility', sr('outlook', { volatility_pct: 150, btc_growth_pct: 200 }), { same: ['outlook', { volatility_pct: 150, btc_growth_pct: 200 }], fn: 'series' }],
    // The converter's fields.
    ['converter: two fields of a group', ev('converter', { conv_th_s: 1, conv_eh_s: 2 }), [['conv_eh_s', 'same_group']]],
    ['converter: negative, huge, a string', ev('converter', { conv_kw: -1, conv_btc: 1e308, conv_usd_mwh: '5' }),
      [['conv_kw', 'outside_domain'], ['conv_btc', 'outside_domain'], ['conv_usd_mwh', 'not_a_number']]],
    ['converter: a field on another panel', ev('miner', { conv_th_s: 1 }), [['conv_th_s', 'not_in_panel']]],
    ['converter: getter gives a field', ev('converter', getter('conv_sats', () => 5e7)), { same: ['converter', { conv_sats: 5e7 }] }],
  ];

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const presetsNow = () => scenarios.map(([p, , inputs]) => [lib.evaluate(p, inputs), lib.SERIES_PANELS.includes(p) ? lib.series(p, inputs) : null]);
  /** What is wrong with an error thrown for `expected`, if anything. */
  const wrong = (e, expected) => {
    try {
      return wrongError(e, expected);
    } catch {
      return 'threw something that cannot even be looked at';
    }
  };
  const wrongError = (e, expected) => {
    if (!(e instanceof Error)) return 'not an Error';
    if (typeof Input !== 'function' || !(e instanceof Input)) return 'not a HashpivotInputError';
    if (e.name !== 'HashpivotInputError' || typeof e.stack !== 'string' || !e.stack.includes('HashpivotInputError')) return 'its name or stack';
    const errors = Array.isArray(e.errors) ? e.errors.map((p) => [p.key, p.reason]) : null;
    if (!same(errors, expected)) return `errors ${JSON.stringify(errors).slice(0, 500)}`;
    const unnamed = expected.slice(0, 20).find(([key]) => !e.message.includes(key));
    if (unnamed) return `the message does not name ${unnamed[0].slice(0, 40)}: ${e.message.slice(0, 300)}`;
  };
  const report = [];
  for (const [what, call, expected] of TABLE) {
    const entry = { what };
    report.push(entry);
    let result, thrown, threw = false;
    try {
      result = call();
    } catch (e) {
      [thrown, threw] = [e, true];
    }
    if (Array.isArray(expected)) {
      entry.wrong = threw ? wrong(thrown, expected) : `gave ${JSON.stringify(result).slice(0, 200)}`;
    } else if (threw) {
      entry.wrong = `threw ${wrong(thrown, [])}`;
    } else {
      Object.assign(entry, { result, same: expected.same, fn: expected.fn ?? 'evaluate' });
    }
    if (entry.wrong) return { report, stopped: what };
    if (!same(presetsNow(), baseline)) return { report, stopped: `${what}: the presets afterwards` };
  }
  return { report, after: presetsNow() };
}

/** Checks a table run: every call as expected, the same as fresh afterwards. */
function checkTable({ report, stopped, after: last }, where) {
  assert.equal(stopped, undefined, `${where}: went wrong at ${stopped}: ${report.at(-1).wrong ?? ''}`);
  assert.ok(report.length >= 60, `${report.length} calls`);
  for (const { what, result, same, fn } of report) {
    if (same) assert.deepEqual(result, fresh[fn](...same), `${where} ${what}: as the plain input`);
  }
  assert.deepEqual(last, BASELINE, `${where}: every preset as a fresh module's`);
}

test('in Node, 60+ hostile calls each throw a HashpivotInputError or give the plain input\'s outputs, and leave the module as fresh', async () => {
  checkTable(await runTable({ url: LIB, scenarios: SCENARIOS, baseline: BASELINE }), 'node');
});

test('in Chromium, the same hostile calls, the same outcome', { timeout: 120_000 }, async () => {
  const context = await browser.newContext();
  // A page of its own gives the fresh module's numbers there: Node's.
  const first = await context.newPage();
  await first.goto(`${server.url}lib-demo.html`);
  const there = await first.evaluate(async (scenarios) => {
    const m = await import('./lib/hashpivot.mjs');
    return scenarios.map(([p, , inputs]) => [m.evaluate(p, inputs), m.SERIES_PANELS.includes(p) ? m.series(p, inputs) : null]);
  }, SCENARIOS);
  assert.deepEqual(there, BASELINE, 'a fresh module in Chromium gives what it gives in Node');
  const page = await context.newPage();
  await page.goto(`${server.url}lib-demo.html`);
  const url = new URL('lib/hashpivot.mjs', page.url()).href;
  checkTable(await page.evaluate(runTable, { url, scenarios: SCENARIOS, baseline: BASELINE }), 'chromium');
  await context.close();
});

/**
 * 10^5 throwing calls of every kind, then every scenario: each call throws
 * a HashpivotInputError (stops at the first that does not), and the module
 * ends as it began (its wasm memory too, when `glue` is given).
 */
async function runLoop({ url, glue, scenarios, n }) {
  const lib = await import(url);
  const memory = glue ? (await (await import(glue)).default()).memory : null;
  const throwing = () => { throw new Error('hostile'); };
  const revoked = () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; };
  const get = Object.defineProperty({}, 'btc_usd', { enumerable: true, get: throwing });
  const calls = [
    () => lib.evaluate(123, {}),
    () => lib.evaluate({}, {}),
    () => lib.evaluate(Symbol('x'), {}),
    () => lib.evaluate(true, {}),
    () => lib.evaluate(7n, {}),
    () => lib.evaluate(null, {}),
    () => lib.evaluate(['miner'], {}),
    () => lib.evaluate('miner', get),
    () => lib.evaluate('miner', new Proxy({}, { ownKeys: throwing })),
    () => lib.evaluate('miner', revoked()),
    () => lib.evaluate('geography', { extra_shares: new Proxy([], { get: throwing }) }),
    () => lib.evaluate('pivot', { lease_usd_kw_month: 2001, nope: 1 }),
    () => lib.inputs(Symbol('x')),
    () => lib.series('miner', {}),
    () => lib.series('outlook', get),
    () => lib.series('pivot', revoked()),
    () => lib.series('outlook', { volatility_pct: 151 }),
    () => lib.evaluate('converter', { conv_th_s: 1, conv_ph_s: 1 }),
  ];
  const before = memory && memory.buffer.byteLength;
  for (let i = 0; i < n; i++) {
    let thrown;
    try { calls[i % calls.length](); } catch (e) { thrown = e; }
    const ok = thrown instanceof Error && typeof lib.HashpivotInputError === 'function' && thrown instanceof lib.HashpivotInputError && thrown.errors.length > 0;
    if (!ok) return { stopped: i, thrown: String(thrown) };
  }
  // Measured before the scenarios run: what they allocate is not the throwing calls'.
  const grown = memory && memory.buffer.byteLength - before;
  const after = scenarios.map(([p, , inputs]) => [lib.evaluate(p, inputs), lib.SERIES_PANELS.includes(p) ? lib.series(p, inputs) : null]);
  return { after, grown };
}

test('10^5 throwing calls in Node, then every preset as a fresh module\'s; no wasm memory growth', async () => {
  const glue = pathToFileURL(join(DIST, 'lib/hashpivot_models.js')).href;
  const { stopped, thrown, after: last, grown } = await runLoop({ url: LIB, glue, scenarios: SCENARIOS, n: 1e5 });
  assert.equal(stopped, undefined, `call ${stopped}: ${thrown}`);
  assert.equal(grown, 0, 'wasm memory bytes grown');
  assert.deepEqual(last, BASELINE);
});

test('10^5 throwing calls in Chromium, then every preset as a fresh module\'s', { timeout: 180_000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}lib-demo.html`);
  const url = new URL('lib/hashpivot.mjs', page.url()).href;
  const { stopped, thrown, after: last } = await page.evaluate(runLoop, { url, scenarios: SCENARIOS, n: 1e5 });
  assert.equal(stopped, undefined, `call ${stopped}: ${thrown}`);
  assert.deepEqual(last, BASELINE);
  await context.close();
});

test('errors are Error instances that name the keys, list the panel\'s keys and suggest the nearest', async () => {
  const lib = await import(LIB);
  const thrown = (f) => { try { f(); } catch (e) { return e; } assert.fail('no throw'); };
  const e = thrown(() => lib.evaluate('miner', { btc_us: 70000, eff_jth: 0, lease_usd_kw_month: 150 }));
  assert.ok(e instanceof Error && e instanceof lib.HashpivotInputError);
  assert.equal(e.name, 'HashpivotInputError');
  assert.match(e.stack, /HashpivotInputError/);
  assert.deepEqual(e.errors, [
    { key: 'btc_us', reason: 'unknown_key', suggestion: 'btc_usd' },
    { key: 'eff_jth', reason: 'outside_domain', min: 1, max: 200 },
    { key: 'lease_usd_kw_month', reason: 'not_in_panel' },
  ]);
  assert.match(e.message, /btc_us: unknown_key \(did you mean btc_usd\?\)/);
  assert.match(e.message, /eff_jth: outside_domain/);
  assert.match(e.message, /lease_usd_kw_month: not_in_panel/);
  assert.match(e.message, new RegExp(`The keys of miner: ${lib.inputs('miner').map((i) => i.key).join(', ')}`));
  for (const [typo, meant] of [['BTC_USD', 'btc_usd'], ['btcusd', 'btc_usd'], ['bct_usd', 'btc_usd'], ['eff_jt', 'eff_jth'], ['uptime', 'uptime_pct']]) {
    assert.equal(thrown(() => lib.evaluate('miner', { [typo]: 1 })).errors[0].suggestion, meant, typo);
  }
  assert.equal(thrown(() => lib.evaluate('miner', { zzzzzzzz: 1 })).errors[0].suggestion, undefined, 'nothing near');
  const panel = thrown(() => lib.evaluate('Pivott', {}));
  assert.deepEqual(panel.errors, [{ key: 'panel', reason: 'unknown_panel', suggestion: 'pivot' }]);
  assert.match(panel.message, /did you mean pivot\?.*The panels: miner, outlook, pivot, grid, geography, converter/);
  assert.ok(Object.isFrozen(lib.PANELS));
});
