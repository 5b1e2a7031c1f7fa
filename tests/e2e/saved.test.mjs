// End-to-end: saved scenarios across tabs and when storage fails. Two pages
// of one browser context share one localStorage, as two tabs do (and, as
// tabs, may read each other's writes late). Scripted
// interleavings of save, delete and load between them (saves in the same
// millisecond among them) end with exactly the entries saved and not
// deleted, and each tab lists what the store holds. A store that cannot be
// read is never written, a write that fails changes nothing, and both say
// so and keep the typed name. A scenario valid on screen always saves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, watch, until, PANELS, DIST } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const KEY = 'hashpivot.scenarios';

/** A page of `context` at `query`, ready, its saved section laid out. */
async function tab(context, query = '', { deaf = false } = {}) {
  const page = await context.newPage();
  // A tab that never hears of another's changes (its list goes stale).
  if (deaf) {
    await page.addInitScript(() => {
      const add = window.addEventListener;
      window.addEventListener = function (type, ...rest) { if (type !== 'storage') add.call(this, type, ...rest); };
    });
  }
  page.errors = watch(page).pageErrors;
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('main[data-ready] #saved');
  return page;
}

/** Every saved entry's key and text: the one-text store, each entry under its own key. */
const everything = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hashpivot.scenario')).sort().map((k) => [k, localStorage.getItem(k)]));

/** The names the store holds, in the order listed (the one-text store first, then each own key in time order). */
const stored = async (page) => (await everything(page)).flatMap(([key, text]) => (key === KEY ? text.split('\n').slice(1).filter(Boolean) : [text]).map((l) => l.split('\t')[0]));

/** The names a tab lists. */
const listed = (page) => page.evaluate(() => [...document.querySelectorAll('#saved [data-saved]')].map((li) => li.dataset.saved));

/** Types `name` into a tab's form and waits for it to be rendered (Save reads what was rendered). */
async function typeName(page, name) {
  await page.fill('#saved-name', name);
  await until(async () => (await page.inputValue('#saved-name')) === name, 'the name typed');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Presses Save in every tab of `pages` in the same task of each (Promise.all). */
const saveAll = (pages) => Promise.all(pages.map((p) => p.evaluate(() => document.querySelector('.saved-form').requestSubmit())));

/** A seeded random number generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Waits until both tabs list what the store holds. */
async function settled(a, b) {
  await until(async () => {
    const s = JSON.stringify(await stored(a));
    return JSON.stringify(await listed(a)) === s && JSON.stringify(await listed(b)) === s;
  }, 'both tabs to list the store', 5000);
}

test('every interleaving of saves, deletes and loads in two tabs keeps exactly what was saved and not deleted', async () => {
  const sequences = 22;
  // Two tabs for four sequences at a time: each sequence starts from what the last one left.
  let context;
  let a;
  let b;
  let expected;
  for (let seq = 0; seq < sequences; seq++) {
    const rand = random(seq + 1);
    if (seq % 4 === 0) {
      await context?.close();
      context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      [a, b] = [await tab(context, '?btc_usd=70000'), await tab(context, '?btc_usd=90000')];
      expected = new Set();
    }
    const log = [];
    let n = 0;
    const steps = 5 + Math.floor(rand() * 6);
    for (let step = 0; step < steps; step++) {
      const op = Math.floor(rand() * 6);
      const [one, other] = rand() < 0.5 ? [a, b] : [b, a];
      if (op === 0 || op === 1) {
        const name = `s${seq}-${n++}`;
        await typeName(one, name);
        await saveAll([one]);
        expected.add(name);
        log.push(`save ${name}`);
        // Sometimes the other tab acts before the storage event arrives.
        if (rand() < 0.5) await until(async () => (await stored(one)).includes(name), 'the save');
      } else if (op === 2) {
        // Both tabs save at the same moment.
        const [x, y] = [`s${seq}-${n++}`, `s${seq}-${n++}`];
        await typeName(a, x);
        await typeName(b, y);
        await saveAll([a, b]);
        expected.add(x);
        expected.add(y);
        log.push(`save ${x} and ${y} together`);
        await until(async () => (await stored(a)).includes(x) && (await stored(a)).includes(y), 'both saves');
      } else if (op === 3 || op === 4) {
        // A delete of an entry the tab lists, perhaps after the other tab deleted it already.
        const names = await listed(one);
        if (!names.length) continue;
        const name = names[Math.floor(rand() * names.length)];
        if (op === 4) {
          const otherNames = await listed(other);
          if (otherNames.includes(name)) {
            // In the same task of each tab (an entry a storage event removed is not clicked).
            await Promise.all([one, other].map((p) => p.evaluate((name) => document.querySelectorAll(`[data-saved="${name}"] button`)[1]?.click(), name)));
            log.push(`delete ${name} in both tabs at once`);
          } else continue;
        } else {
          // Found and clicked in one task: a storage event may reorder the list
          // between a lookup and a pointer's click, as it can under a reader's finger.
          await one.evaluate((name) => document.querySelector(`[data-saved="${name}"]`).querySelectorAll('button')[1].click(), name);
          log.push(`delete ${name}`);
        }
        expected.delete(name);
        await until(async () => !(await stored(one)).includes(name), 'the delete');
      } else {
        const names = await listed(one);
        if (!names.length) continue;
        const name = names[Math.floor(rand() * names.length)];
        // Found and clicked in one task: the other tab's delete may have
        // relisted this one since it was read (its storage event), as it
        // can under a reader's finger; then there is nothing to load.
        const clicked = await one.evaluate((name) => {
          const load = document.querySelector(`[data-saved="${name}"] button`);
          load?.click();
          return Boolean(load);
        }, name);
        log.push(clicked ? `load ${name}` : `load ${name}, gone meanwhile`);
      }
    }
    await settled(a, b);
    const store = await stored(a);
    assert.deepEqual([...store].sort(), [...expected].sort(), `sequence ${seq}: ${log.join('; ')}`);
    assert.deepEqual([...a.errors, ...b.errors], [], `sequence ${seq}: no page errors`);
  }
  await context.close();
});

test('a delete from a stale list removes the entry the reader saw, never its neighbour', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await tab(context, '', { deaf: true });
  for (const name of ['X', 'Y', 'Z']) {
    await typeName(a, name);
    await saveAll([a]);
    await a.waitForSelector(`[data-saved="${name}"]`);
  }
  const b = await tab(context);
  await b.waitForSelector('[data-saved="Z"]');
  // Tab A does not hear of B's delete: it still lists X, Y, Z.
  await b.click('[data-saved="X"] button >> nth=1');
  await until(async () => !(await stored(b)).includes('X'), 'B\'s delete');
  assert.deepEqual(await listed(a), ['X', 'Y', 'Z'], 'A\'s list is stale');
  await a.click('[data-saved="X"] button >> nth=1');
  await until(async () => JSON.stringify(await listed(a)) === '["Y","Z"]', 'A to list the store');
  assert.deepEqual(await stored(a), ['Y', 'Z'], 'Y is still there');
  await context.close();
});

test('storage that fails to read, to write, or is full: nothing stored changes, the page says so, the name stays', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await tab(context);
  for (const name of ['one', 'two', 'three']) {
    await typeName(page, name);
    await saveAll([page]);
    await page.waitForSelector(`[data-saved="${name}"]`);
  }
  const before = await everything(page);
  const failing = {
    read: () => { const get = Storage.prototype.getItem; Storage.prototype.getItem = function () { Storage.prototype.getItem = get; throw new DOMException('denied', 'SecurityError'); }; },
    write: () => { const set = Storage.prototype.setItem; Storage.prototype.setItem = function () { Storage.prototype.setItem = set; throw new DOMException('full', 'QuotaExceededError'); }; },
    full: () => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; i < 100; i++) {
        try { localStorage.setItem(`filler-${i}`, chunk); } catch (e) { break; }
      }
      // Fill the last bytes too.
      for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
        try { localStorage.setItem(`filler-small-${size}`, 'x'.repeat(size)); } catch (e) { /* next size */ }
      }
    },
  };
  for (const [what, breakIt] of Object.entries(failing)) {
    await typeName(page, `new after ${what}`);
    await page.evaluate(breakIt);
    await saveAll([page]);
    await page.waitForSelector('[data-notice="saved-failed"]');
    const notice = await page.textContent('[data-notice="saved-failed"]');
    assert.match(notice, what === 'read' ? /read/ : /full|turned off/, `${what}: the page says why`);
    assert.deepEqual(await everything(page), before, `${what}: the store is unchanged`);
    assert.equal(await page.inputValue('#saved-name'), `new after ${what}`, `${what}: the typed name stays`);
    assert.deepEqual(await listed(page), ['one', 'two', 'three']);
  }
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a scenario valid on screen always saves and loads back: every input at 5e-324 where its domain allows', async () => {
  const lib = await import(pathToFileURL(join(DIST, 'lib/hashpivot.mjs')).href);
  const keys = new Map();
  for (const panel of PANELS) {
    let list = [];
    try { list = lib.inputs(panel); } catch (e) { continue; }
    for (const input of list) {
      // URL inputs only (the converter's fields, step 0, are not in the address).
      if (typeof input.min === 'number' && input.min <= 5e-324 && 5e-324 <= input.max && !input.choices && input.step > 0) keys.set(input.key, '5e-324');
    }
  }
  assert.ok(keys.size >= 20, `${keys.size} inputs take 5e-324`);
  const query = `?${[...keys].map(([k, v]) => `${k}=${v}`).join('&')}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await tab(context, query);
  const values = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#panel-pivot [data-output]')].map((e) => [e.dataset.output, e.dataset.value])));
  const shown = await values();
  await typeName(page, 'tiny');
  await saveAll([page]);
  await page.waitForSelector('[data-saved="tiny"]');
  assert.equal(await page.$('[data-notice="saved-kept"]'), null, 'no line kept unread');
  assert.ok((await everything(page)).some(([, text]) => text.length > 8192), 'the long case');
  await page.goto(server.url);
  await page.waitForSelector('main[data-ready] [data-saved="tiny"]');
  await page.click('[data-saved="tiny"] button >> nth=0');
  await until(async () => JSON.stringify(await values()) === JSON.stringify(shown), 'the saved state back');
  await context.close();
});
