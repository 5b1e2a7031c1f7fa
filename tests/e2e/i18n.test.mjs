// End-to-end: Arabic and English, right to left, locale numbers, keyboard,
// and an axe-core accessibility audit of every panel in both languages and
// both themes; screenshots of every panel in both languages at two widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, open, until, fullShot, pictureDifference, sliderOf, pressOn, PANELS, ROOT } from './lib.mjs';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** English strings of the translation table that differ in Arabic. */
function englishStrings() {
  const source = readFileSync(join(ROOT, 'src/i18n.rs'), 'utf8');
  const pairs = [...source.matchAll(/^\s+\w+ => "((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)";$/gm)].map((m) => [m[1], m[2]]);
  assert.ok(pairs.length > 200, `only ${pairs.length} strings parsed from the table`);
  return pairs.filter(([en, ar]) => en !== ar && /[A-Za-z]{4,}/.test(en)).map(([en]) => en);
}
const ALLOW = new Set(['hashpivot']);

let server;
let browser;
before(async () => { server = await serve('/'); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

test('every panel in Arabic: right to left, no English string from the table left', async () => {
  const english = englishStrings().filter((s) => !ALLOW.has(s));
  const { page, context } = await open(browser, `${server.url}?lang=ar`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); }));
  await page.waitForTimeout(200);
  const text = await page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((e) => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')]);
    return `${document.body.innerText}\n${attrs.filter(Boolean).join('\n')}\n${document.title}`;
  });
  const left = english.filter((s) => new RegExp(`(^|[^A-Za-z])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(text));
  assert.deepEqual(left, [], 'untranslated strings');
  for (const panel of PANELS) assert.ok(await page.isVisible(`#panel-${panel}`), panel);
  await context.close();
});

test('Arabic numbers come from Intl, with an option for Latin digits; boxes accept both', async () => {
  const { page, context } = await open(browser, `${server.url}?lang=ar`);
  const shown = async () => page.$eval('#panel-miner [data-output="hashprice_usd_ph_day"] bdi', (e) => e.textContent);
  const value = Number(await page.getAttribute('#panel-miner [data-output="hashprice_usd_ph_day"]', 'data-value'));
  const intl = (locale) => page.evaluate(([l, v]) => new Intl.NumberFormat(l, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v), [locale, value]);
  assert.equal(await shown(), await intl('ar-u-nu-arab'));
  await page.click('[data-switch="digits"]');
  await until(async () => (await shown()) === (await intl('ar-u-nu-latn')), 'Latin digits');
  await until(() => page.url().includes('digits=latn'), 'digits=latn in the URL');
  for (const typed of ['١٢٫٥', '12.5', '12,5']) {
    await page.fill('#in-eff_jth', typed);
    await until(async () => Math.abs(Number(await page.getAttribute('#panel-miner [data-output="power_cost_usd_ph_day"]', 'data-value')) - 12.5 * 24 * 0.05 * 0.95) < 1e-9, `the box to accept ${typed}`);
  }
  await page.fill('#in-eff_jth', '١٢x');
  await until(async () => (await page.textContent('#err-eff_jth')).length > 0, 'a message for bad text');
  await context.close();
});

test('months read year first, left to right, in Arabic digits too', async () => {
  const { page, context } = await open(browser, `${server.url}?lang=ar&panel=outlook`);
  const el = '[data-output="fleet_unprofitable_month"] bdi';
  await page.waitForSelector(el);
  // Where the year and the month are drawn on screen, from the text's own layout.
  const placed = await page.$eval(el, (bdi) => {
    const text = bdi.firstChild;
    const at = (needle) => {
      const range = document.createRange();
      const i = text.textContent.indexOf(needle);
      range.setStart(text, i);
      range.setEnd(text, i + needle.length);
      return range.getBoundingClientRect().left;
    };
    return { shown: text.textContent, year: at('٢٠٢٨'), month: at('٠٤') };
  });
  assert.match(placed.shown, /٢٠٢٨.*٠٤/);
  assert.ok(placed.year < placed.month, `year at ${placed.year} px should be left of month at ${placed.month} px in "${placed.shown}"`);
  await context.close();
});

test('keyboard: a slider moved with the arrow keys in Arabic changes the result; focus is visible', async () => {
  const { page, context } = await open(browser, `${server.url}?lang=ar`);
  const before = await page.getAttribute('#panel-miner [data-output="hashprice_usd_ph_day"]', 'data-value');
  await pressOn(page, sliderOf('miner', 'btc_usd'), 2, 'ArrowUp');
  await until(async () => (await page.getAttribute('#panel-miner [data-output="hashprice_usd_ph_day"]', 'data-value')) !== before, 'the result to change');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'visible focus');
  // The announcer speaks once input pauses, not on every step.
  await until(async () => (await page.textContent('[data-announcer]')).length > 0, 'an announcement after the pause');
  await context.close();
});

test('focus rings are whole at the edge of a panel wrapper, which paints within itself (its tools)', async () => {
  const { page, context } = await open(browser, server.url);
  const button = page.locator('.panel-wrap[data-panel="outlook"] [data-tool="embed"]');
  await button.scrollIntoViewIfNeeded();
  // The strip just outside the button's starting edge, where its ring lies.
  const box = await button.boundingBox();
  const strip = { x: box.x - 5, y: box.y, width: 4, height: box.height };
  const shot = async () => (await page.screenshot({ clip: strip, animations: 'disabled', caret: 'hide' })).toString('base64');
  const unfocused = await shot();
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.tool), 'embed');
  const focused = await shot();
  const { pixels } = await pictureDifference(page, unfocused, focused);
  assert.ok(pixels > box.height, `the ring outside the button is drawn (${pixels} pixels changed)`);
  await context.close();
});

/** axe-core's serious and critical WCAG 2.2 AA violations on `page`, folded sections open. */
async function audit(page) {
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); }));
  await page.waitForTimeout(300);
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

test('axe-core finds no serious or critical violation: both languages, both themes', async () => {
  for (const lang of ['en', 'ar']) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}?lang=${lang}&volatility_pct=40`);
      await page.waitForSelector('[data-output]');
      assert.deepEqual(await audit(page), [], `${lang}, ${scheme}`);
      await context.close();
    }
  }
});

test('axe-core in the dark theme named by the address (theme=dark, and theme=auto under a dark preference): the full page and every embed view', async () => {
  const embeds = readdirSync(join(ROOT, 'dist/e')).flatMap((panel) => readdirSync(join(ROOT, 'dist/e', panel)).map((s) => `e/${panel}/${s}/`));
  assert.ok(embeds.length >= 12, `${embeds.length} embed views`);
  const pages = ['', 'ar/', ...embeds, ...embeds.map((e) => `ar/${e}`)];
  const context = await browser.newContext({ bypassCSP: true, colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  for (const [i, path] of pages.entries()) {
    // Both spellings on the full pages; the embed views take turns.
    for (const theme of i < 2 ? ['dark', 'auto'] : [i % 2 ? 'dark' : 'auto']) {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}?theme=${theme}`);
      await page.waitForSelector('main[data-ready] [data-output]');
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(bg, 'rgb(22, 24, 30)', `${path} theme=${theme} is dark`);
      assert.deepEqual(await audit(page), [], `${path} theme=${theme}`);
      await page.close();
    }
  }
  await context.close();
});

test('theme=auto follows the reader: light under a light preference', async () => {
  const { page, context } = await open(browser, `${server.url}e/grid/defaults/?theme=auto`, { colorScheme: 'light' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await context.close();
});

test('the theme switch flips the colours and lands in the URL', async () => {
  const { page, context } = await open(browser, server.url);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.click('[data-switch="theme"]');
  await until(async () => (await bg()) !== light, 'the background to change');
  await until(() => page.url().includes('theme=dark'), 'theme=dark in the URL');
  await context.close();
});

test('every panel at 320 px has no horizontal scroll; screenshots in both languages', async () => {
  for (const lang of ['en', 'ar']) {
    for (const width of [320, 360, 1280]) {
      const { page, context } = await open(browser, `${server.url}?lang=${lang}`, { width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px at ${width}px in ${lang}`);
      if (width !== 320) for (const panel of PANELS) await fullShot(page, `${panel}-${lang}-${width}`, `#panel-${panel}`);
      await context.close();
    }
  }
});
