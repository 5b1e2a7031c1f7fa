// End-to-end: the embed views' content heights, which the Embed snippet and
// the oEmbed files give their iframes (the build cannot lay a page out):
// src/embed_heights.tsv holds each prerendered embed view's height at a 390
// and a 1280 px wide viewport, as Chromium lays out the running app. This
// test measures every embed view and fails if one is missing from the table
// or off by more than 5%; with UPDATE_HEIGHTS=1 it rewrites the table
// (then rebuild: the page and the prerenderer read it at build time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serve, launch, ROOT, DIST } from './lib.mjs';

const TABLE = join(ROOT, 'src/embed_heights.tsv');
const WIDTHS = [390, 1280];
const TOLERANCE = 0.05;

/** Every prerendered embed view under dist/ (`e/<panel>/<scenario>/`, `ar/e/...`). */
function embedViews(dir = DIST) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...embedViews(full));
    else if (name === 'index.html' && /^(ar\/)?e\//.test(`${relative(DIST, dir)}/`)) out.push(`${relative(DIST, dir)}/`);
  }
  return out.sort();
}

/** The table as { dir: [height at 390, height at 1280] }. */
function readTable() {
  if (!existsSync(TABLE)) return {};
  const rows = readFileSync(TABLE, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
  return Object.fromEntries(rows.map(([dir, narrow, wide]) => [dir, [Number(narrow), Number(wide)]]));
}

test('every embed view\'s content height at 390 and 1280 px is in src/embed_heights.tsv (within 5%)', async () => {
  const server = await serve('/heights/');
  const browser = await launch();
  const dirs = embedViews();
  assert.ok(dirs.length >= 20, `${dirs.length} embed views`);
  const measured = Object.fromEntries(dirs.map((d) => [d, []]));
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light', locale: 'en-US' });
      const page = await context.newPage();
      for (const dir of dirs) {
        await page.goto(`${server.url}${dir}`);
        await page.waitForSelector('main[data-ready]', { state: 'attached' });
        // Two frames after the take-over: what a host's embed.js is told.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        measured[dir].push(await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (process.env.UPDATE_HEIGHTS) {
    writeFileSync(TABLE, dirs.map((d) => `${d}\t${measured[d].join('\t')}\n`).join(''));
    console.log(`# wrote ${dirs.length} rows to src/embed_heights.tsv: rebuild to use them`);
    return;
  }
  const table = readTable();
  const off = [];
  for (const dir of dirs) {
    const row = table[dir];
    if (!row) { off.push(`${dir}: not in the table`); continue; }
    WIDTHS.forEach((width, i) => {
      const ratio = measured[dir][i] / row[i];
      if (Math.abs(ratio - 1) > TOLERANCE) off.push(`${dir} at ${width} px: ${measured[dir][i]} px, the table says ${row[i]}`);
    });
  }
  const worst = Math.max(...dirs.filter((d) => table[d]).flatMap((d) => WIDTHS.map((_, i) => Math.abs(measured[d][i] / table[d][i] - 1))));
  console.log(`# ${dirs.length} embed views at ${WIDTHS.join(' and ')} px: largest difference from the table ${(worst * 100).toFixed(1)}%`);
  assert.deepEqual(off, [], `run UPDATE_HEIGHTS=1 node --test tests/e2e/heights.test.mjs, then rebuild:\n${off.join('\n')}`);
  assert.deepEqual(Object.keys(table).filter((d) => !dirs.includes(d)), [], 'rows for views that no longer exist');
});
