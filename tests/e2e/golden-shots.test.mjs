// End-to-end: golden screenshots. Each panel (`#panel-<name>`) at its
// defaults, 390 and 1280 px wide, in English (`/`) and Arabic (`ar/`), at
// one device pixel a CSS pixel, is compared with its picture in
// tests/e2e/golden/<panel>-<lang>-<width>.png. A shot matches when at most
// MAX_SHARE of its pixels differ from the golden one by more than
// THRESHOLD (0-255) in some channel: antialiasing noise passes, a moved
// line of text or a changed bar does not. A shot that does not match is
// written beside the screenshots, tests/e2e/screenshots/golden/<name>.png,
// with <name>.diff.png (the golden picture faded, the differing pixels in
// red). After a change meant to alter the page (and a build):
//   UPDATE_SHOTS=1 node --test tests/e2e/golden-shots.test.mjs
// rewrites every golden picture; look at them before committing. The
// pictures are Debian Chromium's with this machine's fonts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, open, showWholePage, pictureDifference, shotPath, PANELS, ROOT, TALLEST_VIEWPORT_PX } from './lib.mjs';

const GOLDEN = join(ROOT, 'tests/e2e/golden');
const LANGS = { en: '', ar: 'ar/' };
const WIDTHS = [390, 1280];
/** A channel difference up to this is rendering noise (antialiasing). */
const THRESHOLD = 32;
/**
 * The share of pixels allowed to differ by more than THRESHOLD: 0.1%, about
 * 760 pixels of a phone's panel, 1,400 of a wide one (two runs on one
 * machine give the same bytes; this absorbs a font or Chromium update's
 * noise, not a moved card or line). A changed digit can pass: the numbers
 * are checked by value in the other tests.
 */
const MAX_SHARE = 0.001;
const UPDATE = Boolean(process.env.UPDATE_SHOTS);
const UPDATE_COMMAND = 'UPDATE_SHOTS=1 node --test tests/e2e/golden-shots.test.mjs';

let server;
let browser;
let lab; // a blank page that decodes and compares pictures
before(async () => {
  server = await serve('/');
  browser = await launch();
  lab = await browser.newPage();
});
after(async () => { await browser?.close(); server?.close(); });

/**
 * A screenshot of `selector` once it holds still: taken again until two in
 * a row are the same, byte for byte (a deferred tornado or fan, a chart
 * picture on its way to the worker), with animations stopped and no caret.
 */
async function steadyShot(page, selector) {
  let last = null;
  for (let i = 0; i < 10; i++) {
    await page.evaluate(() => window.hashpivotCharts?.settled());
    const shot = await page.locator(selector).screenshot({ animations: 'disabled', caret: 'hide' });
    if (last?.equals(shot)) return shot;
    last = shot;
    await page.waitForTimeout(150);
  }
  throw new Error(`${selector} never held still: ten screenshots 150 ms apart, each unlike the one before`);
}

/**
 * Why `shot` does not match the golden picture `name`, or null if it does.
 * The shot and its differences are kept in the screenshots folder while it
 * does not match.
 */
async function mismatch(name, shot) {
  const file = join(GOLDEN, `${name}.png`);
  if (!existsSync(file)) return `${name}: no golden picture (${UPDATE_COMMAND} writes it)`;
  const golden = readFileSync(file).toString('base64');
  const diff = await pictureDifference(lab, golden, shot.toString('base64'), { threshold: THRESHOLD, diff: true });
  const kept = [shotPath(`golden/${name}`), shotPath(`golden/${name}.diff`)];
  for (const old of kept.filter(existsSync)) unlinkSync(old);
  if (diff.pixels <= MAX_SHARE * diff.total) return null;
  writeFileSync(kept[0], shot);
  const [[gw, gh], [w, h]] = diff.size;
  const what = diff.pixels === Infinity
    ? `${w}x${h} px, the golden picture ${gw}x${gh} px`
    : `${diff.pixels} of ${diff.total} pixels (${(diff.pixels / diff.total * 100).toFixed(2)}%, at most ${MAX_SHARE * 100}% allowed) `
      + `differ by more than ${THRESHOLD} in a channel (largest ${diff.largest})`;
  if (diff.diffPng) writeFileSync(kept[1], Buffer.from(diff.diffPng, 'base64'));
  return `${name}: ${what}; the shot is tests/e2e/screenshots/golden/${name}.png`
    + `${diff.diffPng ? `, its differences in ${name}.diff.png` : ''}; if the change is meant: ${UPDATE_COMMAND}`;
}

for (const [lang, path] of Object.entries(LANGS)) {
  for (const width of WIDTHS) {
    test(`every panel at ${width} px in ${lang === 'en' ? 'English' : 'Arabic'} looks as its golden picture`, async (t) => {
      const { page, context, errors } = await open(browser, `${server.url}${path}`, { width, height: 900, scale: 1 });
      try {
        await page.evaluate(() => document.fonts.ready);
        await showWholePage(page);
        for (const panel of PANELS) {
          const name = `${panel}-${lang}-${width}`;
          await t.test(name, async () => {
            const bottom = await page.locator(`#panel-${panel}`).evaluate((e) => e.getBoundingClientRect().bottom);
            assert.ok(bottom <= TALLEST_VIEWPORT_PX, `#panel-${panel} ends at ${bottom} px, below the tallest viewport shown`);
            const shot = await steadyShot(page, `#panel-${panel}`);
            if (UPDATE) {
              mkdirSync(GOLDEN, { recursive: true });
              writeFileSync(join(GOLDEN, `${name}.png`), shot);
              return;
            }
            const why = await mismatch(name, shot);
            if (why) assert.fail(why);
          });
        }
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('every golden picture is one this test takes', () => {
  const shots = new Set(Object.keys(LANGS).flatMap((lang) => WIDTHS.flatMap((w) => PANELS.map((p) => `${p}-${lang}-${w}.png`))));
  const stale = existsSync(GOLDEN) ? readdirSync(GOLDEN).filter((f) => !shots.has(f)) : [];
  if (UPDATE) {
    for (const f of stale) unlinkSync(join(GOLDEN, f));
    return;
  }
  assert.deepEqual(stale, [], `pictures of shots no longer taken: ${UPDATE_COMMAND} removes them`);
});
