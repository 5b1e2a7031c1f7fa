// End-to-end: printing (src/ui/print.rs, the stylesheet's `@media print`
// block). The page is printed with `page.pdf()` after a slider has moved,
// in English and in Arabic, and the PDF is read with poppler's tools: its
// text (`pdftotext`) and its pages as pictures (`pdftoppm`). Emulated print
// media alone fires no `beforeprint`; a real print does, and the charts
// must be drawn by then. Checked: no slider or button shows in print; the
// PDF holds every card's number, the address with its state (text and
// link) and no control's label; every chart is drawn for the print, the
// picture a fresh page at that address draws (those the slider moves: not
// the default one), and the printed pages show one box of the print shape
// per chart holding that picture; the parts of the page that fit on a page
// are printed on one; a dark page prints light.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync, copyFileSync, unlinkSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, until, shotPath, sliderOf, dragSlider, SHOTS } from './lib.mjs';

let server;
let browser;
let lab;
before(async () => {
  server = await serve('/');
  browser = await launch();
  // A blank page that decodes and compares pictures.
  lab = await browser.newPage();
});
after(async () => { await browser?.close(); server?.close(); });

/** Resolution the PDF's pages are rendered at, dots per inch (2 per CSS px). */
const DPI = 192;

/** An A4 page's printable width and height, CSS px (the stylesheet's 12 mm margins). */
const A4_CONTENT_PX = [Math.floor((210 - 24) / 25.4 * 96), Math.floor((297 - 24) / 25.4 * 96)];

/** The shape of a printed chart's box (src/ui/canvas.rs PRINT_CSS_PX). */
const CHART_SHAPE = 264 / 672;

/**
 * Records, in the page, each picture drawn for a print (by chart name, as
 * a PNG data URL) and how many `beforeprint` and `afterprint` events came.
 */
const recordPrints = (page) => page.evaluate(() => {
  const charts = window.hashpivotCharts;
  const drawNow = charts.drawNow;
  window.printed = { pictures: {}, before: 0, after: 0 };
  addEventListener('beforeprint', () => { window.printed.before += 1; });
  addEventListener('afterprint', () => { window.printed.after += 1; });
  charts.drawNow = function (base, ...rest) {
    drawNow.call(this, base, ...rest);
    window.printed.pictures[base.dataset.chart] = base.toDataURL('image/png');
  };
});

/** The charts' names, in page order. */
const chartNames = (page) => page.$$eval('canvas[data-chart]', (cs) => cs.map((c) => c.dataset.chart));

/** Bidirectional marks, embeddings and isolates out, white space as single spaces. */
const plain = (text) => text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Words (letters, their marks and digits) separated by single spaces. */
const words = (text) => plain(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

/**
 * Up to `n` consecutive words of `text` that `pdftotext` reads back as
 * written: words of one script, with no mark (a shadda moves) and no
 * lam-alef ligature (its glyph reads back as alef-lam).
 */
function snippet(text, n) {
  const clean = (w) => /^[\p{Script=Latin}\p{N}]+$/u.test(w) || (/^\p{Script=Arabic}+$/u.test(w) && !/ل[اأإآ]/.test(w));
  let [best, run] = [[], []];
  for (const w of words(text).split(' ')) {
    run = clean(w) ? [...run, w] : [];
    if (run.length > best.length && best.length < n) best = run.slice(-n);
  }
  return best.join(' ');
}

/**
 * Whether `text` (a PDF's) holds `number`. `pdftotext` writes Arabic lines
 * in the order they are drawn, so a negative number's sign, drawn on its
 * right in a right-to-left line, comes after its digits.
 */
const holds = (text, number) => text.includes(number) || (/^[-−]/.test(number) && text.includes(`${number.slice(1)}${number[0]}`));

/**
 * Prints `page` to PDF (A4) and reads it: its text and each page rendered
 * at `DPI` as a base64 PNG. The pages are kept in the screenshots folder
 * as `<name>-<n>.png`.
 */
async function print(page, name) {
  const dir = mkdtempSync(join(tmpdir(), 'hashpivot-print-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', String(DPI), '-png', file, join(dir, 'p')]);
  const files = readdirSync(dir).filter((f) => /^p-\d+\.png$/.test(f)).sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
  mkdirSync(SHOTS, { recursive: true });
  for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-`))) unlinkSync(join(SHOTS, old));
  files.forEach((f, i) => copyFileSync(join(dir, f), shotPath(`${name}-${i + 1}`)));
  const read = { text, pdf: readFileSync(file, 'latin1'), pages: files.map((f) => readFileSync(join(dir, f)).toString('base64')) };
  rmSync(dir, { recursive: true });
  return read;
}

/**
 * The printed charts' boxes on `pages` (base64 PNGs), in reading order:
 * rectangles framed on four sides by the chart's 1 px border, at least
 * 400 CSS px wide and of a printed chart's shape. Run in the lab page.
 */
const findBoxes = ([pages, shape, dpi]) => (async () => {
  const px = dpi / 96;
  const boxes = [];
  for (let n = 0; n < pages.length; n++) {
    const img = new Image();
    img.src = `data:image/png;base64,${pages[n]}`;
    await img.decode();
    const [w, h] = [img.naturalWidth, img.naturalHeight];
    const canvas = Object.assign(document.createElement('canvas'), { width: w, height: h });
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, w, h).data;
    // The border's grey (--line), not white and not ink.
    const line = (x, y) => {
      const i = (y * w + x) * 4;
      return d[i] < 240 && d[i] > 150 && Math.abs(d[i] - d[i + 2]) < 30;
    };
    // Runs of border pixels along each row, at least 400 CSS px long.
    const runs = [];
    for (let y = 0; y < h; y++) {
      let x = 0;
      while (x < w) {
        if (!line(x, y)) { x++; continue; }
        const start = x;
        while (x < w && line(x, y)) x++;
        if (x - start >= 400 * px) runs.push({ x0: start, x1: x - 1, y });
      }
    }
    const column = (x, y0, y1) => {
      let hits = 0;
      for (let y = y0; y <= y1; y++) hits += line(x, y) ? 1 : 0;
      return hits >= 0.95 * (y1 - y0 + 1);
    };
    for (const top of runs) {
      const tall = (top.x1 - top.x0 + 1) * shape;
      const bottom = runs.find((r) => Math.abs(r.x0 - top.x0) <= 2 && Math.abs(r.x1 - top.x1) <= 2 && Math.abs(r.y - top.y - tall) <= 3 * px);
      if (!bottom || !column(top.x0, top.y, bottom.y) || !column(top.x1, top.y, bottom.y)) continue;
      // A border 2 px thick gives two rows: keep the outer one.
      if (boxes.some((b) => b.page === n && Math.abs(b.x0 - top.x0) <= 3 && Math.abs(b.y0 - top.y) <= 3)) continue;
      boxes.push({ page: n, x0: top.x0, y0: top.y, x1: top.x1, y1: bottom.y });
    }
  }
  return boxes;
})();

/**
 * Compares the inside of `box` on page `png` with the picture drawn for
 * the print (`own`) and another picture of the same chart (`other`), all
 * brought to half the box's size. Returns the share of the box's pixels
 * inked (not paper), the mean difference from `own` (0-255, largest
 * channel), and, of the pixels where the two pictures differ by more than
 * 64, the share where the print is nearer `own`. Run in the lab page.
 */
const compareBox = ([png, box, own, other]) => (async () => {
  const load = async (src) => { const img = new Image(); img.src = src; await img.decode(); return img; };
  // Inside the border, 1 CSS px.
  const [sx, sy, sw, sh] = [box.x0 + 2, box.y0 + 2, box.x1 - box.x0 - 3, box.y1 - box.y0 - 3];
  const [w, h] = [Math.round(sw / 2), Math.round(sh / 2)];
  const pixels = (img, crop = [0, 0, img.naturalWidth, img.naturalHeight]) => {
    const c = Object.assign(document.createElement('canvas'), { width: w, height: h });
    const ctx = c.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, ...crop, 0, 0, w, h);
    return ctx.getImageData(0, 0, w, h).data;
  };
  const printed = pixels(await load(`data:image/png;base64,${png}`), [sx, sy, sw, sh]);
  const [a, b] = [pixels(await load(own)), pixels(await load(other))];
  const gap = (p, q, i) => Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2]));
  let [ink, sum, telling, nearer] = [0, 0, 0, 0];
  for (let i = 0; i < printed.length; i += 4) {
    if (Math.min(printed[i], printed[i + 1], printed[i + 2]) < 200) ink += 1;
    sum += gap(printed, a, i);
    if (gap(a, b, i) > 64) {
      telling += 1;
      if (gap(printed, a, i) < gap(printed, b, i)) nearer += 1;
    }
  }
  return { ink: ink / (w * h), mean: sum / (w * h), nearer: telling ? nearer / telling : null };
})();

/** Shares of a page's pixels (a base64 PNG) that are near white, and dark. Run in the lab page. */
const tones = (png) => (async () => {
  const img = new Image();
  img.src = `data:image/png;base64,${png}`;
  await img.decode();
  const c = Object.assign(document.createElement('canvas'), { width: img.naturalWidth, height: img.naturalHeight });
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  let [white, dark] = [0, 0];
  for (let i = 0; i < d.length; i += 4) {
    const [lo, hi] = [Math.min(d[i], d[i + 1], d[i + 2]), Math.max(d[i], d[i + 1], d[i + 2])];
    if (lo > 240) white += 1;
    if (hi < 100) dark += 1;
  }
  return { white: white / (d.length / 4), dark: dark / (d.length / 4) };
})();

/** The pictures a page draws for a print, by chart name (from a `beforeprint` of its own). */
async function picturesAt(url) {
  const opened = await open(browser, url);
  // The pivot's odds are computed in short tasks once the page is up.
  await opened.page.waitForFunction(() => !document.querySelector('[data-reason="pending"]'));
  await recordPrints(opened.page);
  await opened.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const pictures = await opened.page.evaluate(() => window.printed.pictures);
  await opened.context.close();
  return pictures;
}

/**
 * Opens the full page in `lang`, moves the miner's BTC price slider (the
 * miner's, the outlook's and the pivot's charts change; most of them off
 * screen), prints it and checks the PDF.
 */
async function printsWhatIsShown(lang) {
  const query = lang === 'en' ? '' : `?lang=${lang}`;
  const { page, context, errors } = await open(browser, `${server.url}${query}`);
  await recordPrints(page);
  const slider = sliderOf('miner', 'btc_usd');
  await page.locator(slider).scrollIntoViewIfNeeded();
  await dragSlider(page, slider, [151000], { release: true });
  await until(() => page.url().includes('btc_usd=151000'), 'the moved price in the address');
  // The panels off screen catch up once the reader pauses, and the
  // pivot's tornado follows: then nothing changes any more.
  await page.waitForTimeout(600);
  const names = await chartNames(page);
  assert.ok(names.length >= 6, `charts: ${names}`);

  // Under print media: no slider, no button, not the worker's canvas; every chart's own canvas.
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (e) => e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    const count = (selector) => [...document.querySelectorAll(selector)].filter(visible).length;
    return {
      sliders: count('input[type=range]'), buttons: count('button'), overlays: count('canvas.chart-live'),
      charts: count('canvas[data-chart]'), all: document.querySelectorAll('input[type=range], button').length,
    };
  });
  await page.emulateMedia({ media: null });
  assert.ok(shown.all > 20, `sliders and buttons on the page: ${shown.all}`);
  assert.deepEqual(shown, { sliders: 0, buttons: 0, overlays: 0, charts: names.length, all: shown.all }, 'what print media shows');

  // What the reader sees: each card's number, and the address.
  const cards = await page.$$eval('.result-value[data-output]', (els) => els.map((e) => [e.dataset.output, e.querySelector('bdi').textContent]));
  assert.ok(cards.length > 30, `cards: ${cards.length}`);
  const address = page.url();
  const printed = await print(page, `print-${lang}`);
  const counts = await page.evaluate(() => ({ before: window.printed.before, after: window.printed.after }));
  assert.deepEqual(counts, { before: 1, after: 1 }, 'page.pdf() fires beforeprint and afterprint once');

  // Text: every headline number, the address with its state, no control's label.
  const text = plain(printed.text);
  const missing = cards.filter(([, number]) => !holds(text, plain(number)));
  assert.deepEqual(missing, [], 'cards whose number is not in the PDF');
  const letters = (t) => t.replace(/[^A-Za-z0-9]/g, '');
  assert.ok(letters(text).includes(letters(address)), `the address ${address} is printed`);
  assert.ok(printed.pdf.includes(`/URI (${address})`), `the address ${address} is a link in the PDF`);
  const labels = lang === 'en'
    ? ['Embed', 'Share link', 'Results CSV', 'CSV data', 'PNG', 'Reset to defaults', 'Dark theme', 'العربية', 'Save this scenario']
    : ['تضمين', 'مشاركة الرابط', 'النتائج CSV', 'بيانات CSV', 'PNG', 'العودة إلى القيم الافتراضية', 'الوضع الداكن', 'English', 'احفظ هذا السيناريو'];
  assert.deepEqual(labels.filter((l) => text.includes(l)), [], 'labels of controls in the PDF');

  // Pictures: every chart drawn for the print, the same as a fresh page at
  // this address draws, and (those the price moves) not the default's.
  const mine = await page.evaluate(() => window.printed.pictures);
  assert.deepEqual(Object.keys(mine).sort(), [...names].sort(), 'every chart drawn for the print');
  const fresh = await picturesAt(address);
  const defaults = await picturesAt(`${server.url}${query}`);
  for (const name of names) assert.ok(mine[name] === fresh[name], `${name}: the picture a fresh page draws at ${address}`);
  const moved = names.filter((name) => mine[name] !== defaults[name]);
  for (const name of ['miner-margin', 'pivot-cash']) assert.ok(moved.includes(name), `${name} moves with the price (moved: ${moved})`);
  assert.ok(moved.length >= 4, `charts the price moves: ${moved}`);

  // The printed pages: one box of a printed chart's shape per chart, in
  // page order, each showing its picture, not the default one.
  const boxes = await lab.evaluate(findBoxes, [printed.pages, CHART_SHAPE, DPI]);
  assert.equal(boxes.length, names.length, `chart boxes found: ${JSON.stringify(boxes)}`);
  for (const [i, name] of names.entries()) {
    const { ink, mean, nearer } = await lab.evaluate(compareBox, [printed.pages[boxes[i].page], boxes[i], mine[name], defaults[name]]);
    assert.ok(ink > 0.02, `${name} prints something (${ink} of its box inked)`);
    assert.ok(mean < 8, `${name} prints its picture (mean difference ${mean})`);
    if (moved.includes(name)) assert.ok(nearer > 0.5, `${name} prints its picture, not the default one (${nearer} of the telling pixels nearer)`);
  }

  // Each part of the page that fits on a page (laid out for print at an A4
  // page's width) is printed on one: a page holds its heading and its last
  // words.
  await page.setViewportSize({ width: A4_CONTENT_PX[0], height: 900 });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const parts = await page.$$eval('main > *', (els) => els.map((e) => {
    const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
    let last = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.textContent.trim() && n.parentElement.checkVisibility({ visibilityProperty: true })) last = n.textContent;
    }
    return { name: e.dataset.panel || e.id, px: e.getBoundingClientRect().height, heading: e.querySelector('h2').innerText, last };
  }));
  await page.emulateMedia({ media: null });
  const pages = printed.text.split('\f').map(words);
  const whole = parts.filter((p) => p.px < A4_CONTENT_PX[1] - 40);
  assert.ok(whole.length >= 5, `parts that fit on a page: ${whole.map((p) => `${p.name} ${p.px}`)}`);
  for (const p of whole) {
    const [heading, last] = [snippet(p.heading, 4), snippet(p.last, 3)];
    assert.ok(heading && last, `${p.name}: words to look for in "${p.heading}" and "${p.last}"`);
    assert.ok(pages.some((t) => t.includes(heading) && t.includes(last)), `${p.name} (${Math.round(p.px)} px) printed on one page: "${heading}" ... "${last}"`);
  }
  assert.deepEqual(errors, []);
  await context.close();
}

test('English: a print after a slider moved shows every chart for that state, every headline number and no control', () => printsWhatIsShown('en'));

test('Arabic: a print after a slider moved shows every chart for that state, every headline number and no control', () => printsWhatIsShown('ar'));

test('the dark theme prints in light colours: dark text and a light chart on white', async () => {
  const { page, context, errors } = await open(browser, `${server.url}?theme=dark&panel=miner`, { colorScheme: 'dark' });
  await recordPrints(page);
  const printed = await print(page, 'print-dark');
  const picture = await page.evaluate(() => window.printed.pictures['miner-margin']);
  const boxes = await lab.evaluate(findBoxes, [printed.pages, CHART_SHAPE, DPI]);
  assert.equal(boxes.length, 1, `chart boxes found: ${JSON.stringify(boxes)}`);
  const { ink, mean } = await lab.evaluate(compareBox, [printed.pages[boxes[0].page], boxes[0], picture, picture]);
  assert.ok(ink > 0.02 && ink < 0.2, `a light chart (${ink} of its box inked)`);
  assert.ok(mean < 8, `the chart prints its picture (mean difference ${mean})`);
  const { white, dark } = await lab.evaluate(tones, printed.pages[0]);
  assert.ok(white > 0.8 && dark > 0.01, `white paper (${white}) and dark text (${dark})`);
  assert.deepEqual(errors, []);
  await context.close();
});
