// End-to-end (no browser): the TypeScript declarations the build ships
// beside the library (dist/lib/*.d.mts, generated from the registries) let
// the README's library examples type-check with the TypeScript compiler,
// strict, and reject code that misuses the library: a string for a number,
// another panel's key, a series of a panel without one, an output that does
// not exist, a month taken for a number, a percentile that may be absent,
// `series` from the entry without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, DIST } from './lib.mjs';

/** The README's library examples: each js block of its library section, and each html block's module script. */
function readmeExamples() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The models as a JavaScript library'), readme.indexOf("## The page's contracts"));
  return [...section.matchAll(/```(js|html)\n([\s\S]*?)```/g)].map(([, lang, code]) => (lang === 'js' ? code : /<script type="module">([\s\S]*?)<\/script>/.exec(code)[1]));
}

/**
 * Type-checks each of `sources` as a module of its own beside a `lib/`
 * holding the shipped declarations (imports of `.../lib/<module>.mjs` point
 * there); returns tsc's error lines for each source, in order.
 */
function typecheck(sources) {
  const dir = mkdtempSync(join(tmpdir(), 'hashpivot-types-'));
  try {
    mkdirSync(join(dir, 'lib'));
    for (const name of ['hashpivot', 'hashpivot-evaluate']) copyFileSync(join(DIST, 'lib', `${name}.d.mts`), join(dir, 'lib', `${name}.d.mts`));
    const files = sources.map((code, i) => {
      const file = `example-${i}.mts`;
      writeFileSync(join(dir, file), code.replace(/from '[^']*\/lib\/(hashpivot[-a-z]*\.mjs)'/g, "from './lib/$1'"));
      return file;
    });
    const tsc = spawnSync(join(ROOT, 'node_modules/.bin/tsc'),
      ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', '--lib', 'es2022,dom', ...files], { cwd: dir, encoding: 'utf8' });
    const lines = tsc.stdout.split('\n').filter((l) => /error TS\d+/.test(l));
    assert.ok(tsc.status === 0 || lines.length > 0, `tsc failed without errors: ${tsc.stdout}${tsc.stderr}`);
    return files.map((file) => lines.filter((l) => l.startsWith(file)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the build ships each entry\'s declarations, as .d.ts and .d.mts, as generated', () => {
  for (const name of ['hashpivot', 'hashpivot-evaluate']) {
    const generated = readFileSync(join(ROOT, 'lib/js', `${name}.d.ts`), 'utf8');
    assert.equal(readFileSync(join(DIST, 'lib', `${name}.d.ts`), 'utf8'), generated, `${name}.d.ts`);
    assert.equal(readFileSync(join(DIST, 'lib', `${name}.d.mts`), 'utf8'), generated, `${name}.d.mts`);
  }
});

test('the README\'s library examples type-check against the declarations; misuses do not', { timeout: 120_000 }, () => {
  const examples = readmeExamples();
  assert.ok(examples.length >= 3, `${examples.length} examples`);
  assert.ok(examples.some((e) => e.includes('series(')) && examples.some((e) => e.includes("'converter'")) && examples.some((e) => e.includes('extra_shares')),
    'the examples show series, the converter and extra_shares');
  const lib = "import { evaluate, series, inputs, presets, HashpivotInputError } from './lib/hashpivot.mjs';\n";
  const misuses = [
    `${lib}evaluate('miner', { btc_usd: '67000' });`,
    `${lib}evaluate('miner', { lease_usd_kw_month: 150 });`,
    `${lib}evaluate('nope', {});`,
    `${lib}series('miner', {});`,
    `${lib}evaluate('pivot', {}).npv_ai;`,
    `${lib}const month: number = evaluate('outlook', {}).fleet_unprofitable_month;`,
    `${lib}const v: number = evaluate('pivot', {}).irr_ai_pct;`,
    `${lib}series('outlook', { volatility_pct: 60 })[0].hashprice_p10_usd_ph_day.toFixed(2);`,
    `${lib}series('pivot', {})[0].hashprice_usd_ph_day;`,
    `${lib}evaluate('converter', { conv_th_s: '5' });`,
    `${lib}evaluate('geography', { extra_shares: [{ name: 'Oman' }] });`,
    `${lib}const k: 'lease_usd_kw_month' = inputs('grid')[0].key;`,
    `${lib}presets('pivot')[0].values.demand_gw;`,
    `${lib}new HashpivotInputError('x', [{ key: 'btc_usd', reason: 'wrong' }]);`,
    "import { series } from './lib/hashpivot-evaluate.mjs';",
  ];
  // Uses the declarations allow, so the misuses fail for the reason meant.
  const uses = [
    `${lib}const p10: number | undefined = series('outlook', { volatility_pct: 60 })[0].hashprice_p10_usd_ph_day;
const cash: number = series('pivot', { discounted: 0 })[0].cumulative_ai_discounted_usd;
const sats: number = evaluate('converter', { conv_usd: 1000, btc_usd: 80000 }).conv_sats;
const month: string = evaluate('outlook', { hashrate_mode: 1 }).fleet_unprofitable_month;
const irr: number | null = evaluate('pivot', {}).irr_ai_pct;
const keys: string[] = inputs('converter').map((i) => i.key);
console.log(p10, cash, sats, month, irr, keys, presets('grid')[0]?.values.demand_gw);`,
    "import { evaluate, inputs, presets, PANELS } from './lib/hashpivot-evaluate.mjs';\nconsole.log(evaluate('grid', {}).shortfall_gw, inputs('miner'), presets('pivot'), PANELS);",
  ];
  const errors = typecheck([...examples, ...uses, ...misuses]);
  [...examples, ...uses].forEach((code, i) => assert.deepEqual(errors[i], [], `type-checks:\n${code}`));
  misuses.forEach((code, i) => assert.ok(errors[examples.length + uses.length + i].length > 0, `rejected:\n${code}`));
});
