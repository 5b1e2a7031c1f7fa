// End-to-end: 30 cases of the committed hostile-URL corpus
// (tests/hostile/urls.tsv, sampled in tests/e2e/hostile_sample.txt) in the
// browser: no page error, the notice names exactly the rejected keys, every
// data-value a finite number, a month or empty with a reason.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watch, allLocal, ROOT } from './lib.mjs';

const CASES = readFileSync(join(ROOT, 'tests/e2e/hostile_sample.txt'), 'utf8').split('\n').filter(Boolean).map((line) => {
  const [query, keys = ''] = line.split('\t');
  return { query, keys: keys ? keys.split(',') : [] };
});

let server, browser;
before(async () => { server = await serve('/hostile/'); browser = await launch(); });
after(async () => { await browser.close(); server.close(); });

test(`the browser handles ${CASES.length} hostile addresses from the corpus: named, never broken`, async () => {
  assert.equal(CASES.length, 30);
  const context = await browser.newContext();
  for (const { query, keys } of CASES) {
    const page = await context.newPage();
    const { errors, requests } = watch(page);
    await page.goto(`${server.url}?${query}`);
    await page.waitForSelector('main[data-ready]', { state: 'attached' });
    const rejected = await page.$$eval('[data-rejected-key]', (els) => els.map((e) => e.dataset.rejectedKey));
    assert.deepEqual(rejected.sort(), [...keys].sort(), query);
    const outputs = await page.$$eval('main [data-output]', (els) => els.map((e) => [e.dataset.output, e.getAttribute('data-value'), e.dataset.reason ?? null]));
    for (const [key, value, reason] of outputs) {
      const fine = (value !== null && value !== '' && (Number.isFinite(Number(value)) || /^\d{4}-\d\d$|^never$/.test(value))) || (value === '' && reason) || key.startsWith('conv_');
      assert.ok(fine, `${query}: ${key}=${value} (${reason})`);
    }
    assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity|undefined/, query);
    assert.deepEqual(errors, [], query);
    assert.ok(allLocal(requests), query);
    await page.close();
  }
  await context.close();
});
